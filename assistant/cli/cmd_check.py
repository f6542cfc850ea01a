"""`skisse check PATH... [--json] [--rubric ID]`: judge sketches against the rubric."""

from __future__ import annotations

import argparse
import json
import sys

from ..i18n import t


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    p = sub.add_parser(
        "check",
        help=t("check.help", lang),
        description=t("check.description", lang),
        epilog=t("check.epilog", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=t("check.opt.paths", lang))
    p.add_argument("--json", action="store_true", help=t("check.opt.json", lang))
    p.add_argument("--rubric", metavar="ID|PATH", help=t("check.opt.rubric", lang))
    p.add_argument("--no-pages", action="store_true", help=t("check.opt.no_pages", lang))
    p.add_argument("--jobs", "-j", type=jobs_type(lang), default=None, metavar="N", help=t("check.opt.jobs", lang))
    p.add_argument("--verbose", "-v", action="store_true", help=t("check.opt.verbose", lang))
    p.set_defaults(handler=run)


def jobs_type(lang: str):  # noqa: ANN201 - an argparse type
    """`--jobs N`: a whole number from 1 up, or a clear error in the user's language."""

    def parse(value: str) -> int:
        try:
            jobs = int(value)
        except ValueError:
            jobs = 0
        if jobs < 1:
            raise argparse.ArgumentTypeError(t("check.bad_jobs", lang, value=value))
        return jobs

    return parse


def run(args: argparse.Namespace) -> int:
    from ..core.judging.batch import BatchError, check_paths, expand_paths
    from ..core.sketch.rubric import RubricError, load_rubric, rubric_argument
    from .main import CliError

    if args.rubric:
        try:
            args.rubric = rubric_argument(args.rubric)
            load_rubric(args.rubric)
        except RubricError as exc:
            raise CliError(exc.text(args.lang)) from None
    if any(not str(p).strip() for p in args.paths):
        raise CliError(t("check.empty_path", args.lang))  # «» would read as «.», every file below
    paths = expand_paths(args.paths)
    if not paths:
        raise CliError(t("check.no_files", args.lang, paths=" ".join(args.paths)))
    progress = finish = None
    try:
        if len(paths) > 20 and not args.json and sys.stderr.isatty():
            from ..advisor.terminal import progress_bar

            progress, finish = progress_bar(len(paths), args.lang, "check.progress")
        results = check_paths(paths, args.rubric, jobs=args.jobs, render=not args.no_pages, progress=progress)
    finally:
        if finish is not None:
            finish()  # Ctrl+C too: the bar's line is cleared before «avbrutt»
    errors = [r for r in results if isinstance(r, BatchError)]
    reports = [in_language(r, args.lang, args.rubric) for r in results if not isinstance(r, BatchError)]
    code = 2 if errors else 1 if any(r.failed for r in reports) else 0
    args.exit_code = code  # kept should the reader of the output go away mid-print (a broken pipe)
    for err in errors:
        print(f"skisse: {err.message}", file=sys.stderr)
    for line in passed_over_lines(args.paths, args.lang):
        print(f"skisse: {line}", file=sys.stderr)
    if args.json:
        json.dump([r.to_json_dict() for r in reports], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from .report_text import print_reports

        print_reports(reports, lang=args.lang, verbose=args.verbose)
    return code


def passed_over_lines(args, lang: str) -> list[str]:  # noqa: ANN001 - the paths as given
    """One line per NAME.docx a folder's check passes over because NAME.md stands beside it."""
    from pathlib import Path

    from ..advisor.portfolio import passed_over_lines as lines_for

    return [line for arg in args if Path(arg).is_dir() for line in lines_for(Path(arg), lang)]


def in_language(report, lang: str, rubric=None):  # noqa: ANN001, ANN201 - core types imported on first use
    """The report in the language of the command line (`--lang`): criterion titles, notes and
    findings (quotes from the sketch stay as written)."""
    from ..core.judging.engine import report_in

    return report_in(report, lang, rubric)
