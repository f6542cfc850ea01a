"""`skisse portfolio DIR`: every sketch in a folder, checked in parallel, as one table.

Only argparse happens at import time; the handler imports what it uses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import t
from .advisor_common import fail, run_app_with
from .cmd_check import jobs_type


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    tr = lambda key: t(f"advisor.cli.{key}", lang)  # noqa: E731

    portfolio = sub.add_parser("portfolio", help=tr("portfolio_help"), description=tr("portfolio_help"))
    portfolio.add_argument("folder", metavar="DIR", help=tr("opt_dir"))
    fmt = portfolio.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help=tr("opt_csv"))
    fmt.add_argument("--json", action="store_true", help=tr("opt_json"))
    portfolio.add_argument("--sort", default="path", metavar="KEY", help=tr("opt_sort"))
    portfolio.add_argument("--reverse", "-r", action="store_true", help=tr("opt_reverse"))
    portfolio.add_argument("--filter", default="", metavar="TEXT", help=tr("opt_filter"))
    portfolio.add_argument("--status", choices=["pass", "warn", "fail", "n/a"], help=tr("opt_status"))
    portfolio.add_argument("--jobs", "-j", type=jobs_type(lang), metavar="N", help=tr("opt_jobs"))
    portfolio.add_argument("--no-pages", action="store_true", help=tr("opt_pages"))
    portfolio.add_argument("--rubric", metavar="ID|PATH", help=tr("opt_rubric"))
    portfolio.add_argument("--tui", action="store_true", help=tr("opt_tui"))
    portfolio.set_defaults(handler=run_portfolio)


def run_portfolio(args: argparse.Namespace) -> int:
    from ..advisor.portfolio import SORT_KEYS, build_portfolio, find_sketches, sort_rows, to_csv, to_json
    from ..advisor.terminal import print_portfolio, progress_bar
    from ..core.sketch.rubric import rubric_argument

    lang = args.lang
    folder = Path(args.folder)
    if not args.folder.strip() or not folder.is_dir():  # «» reads as «.»
        raise fail(t("advisor.cli.not_a_folder", lang, path=folder if args.folder.strip() else repr(args.folder)))
    if args.sort not in SORT_KEYS and not args.sort.startswith("criterion:"):
        raise fail(t("advisor.cli.opt_sort", lang))
    if args.tui:
        from ..tui.screens.portfolio import PortfolioScreen

        return run_app_with(lambda: PortfolioScreen(folder, jobs=args.jobs, pages=not args.no_pages), lang=getattr(args, "explicit_lang", None))
    paths = find_sketches(folder)
    if not paths:
        raise fail(t("advisor.cli.no_sketches", lang, path=folder), 1)
    progress, finish = progress_bar(len(paths), lang)
    try:
        portfolio = build_portfolio(folder, rubric_id=rubric_argument(args.rubric), jobs=args.jobs, pages=not args.no_pages, progress=progress, paths=paths)
    finally:
        finish()
    rows = [r for r in portfolio.rows if r.matches(args.filter, args.status)]
    rows = sort_rows(rows, args.sort, reverse=args.reverse)
    from .cmd_check import passed_over_lines

    passed = passed_over_lines([folder], lang)  # a Word draft beside its Markdown is named, not missed
    if args.json or args.csv:
        if args.json:
            portfolio.rows = rows
            sys.stdout.write(to_json(portfolio) + "\n")
        else:
            sys.stdout.write(to_csv(portfolio, rows))
        for line in passed:  # the data on stdout stays data
            print(f"skisse: {line}", file=sys.stderr)
        return 0
    print_portfolio(portfolio, rows, lang)
    for line in passed:
        print(line)
    return 0
