"""Advisor commands: `coach`, `history`, `report`, `portfolio` and `serve`.

Only argparse happens at import time; each handler imports what it uses.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..i18n import t


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    tr = lambda key: t(f"advisor.cli.{key}", lang)  # noqa: E731

    coach = sub.add_parser("coach", help=tr("coach_help"), description=tr("coach_help"))
    coach.add_argument("path", metavar="PATH", help=tr("opt_path"))
    coach.add_argument("--advisor", "-a", metavar="NAME", help=tr("opt_advisor"))
    coach.add_argument("--comment", "-c", metavar="TEXT", help=tr("opt_comment"))
    coach.add_argument("--section", "-s", metavar="ID", help=tr("opt_section"))
    coach.add_argument("--quote", "-q", metavar="TEXT", help=tr("opt_quote"))
    coach.add_argument("--resolve", type=int, metavar="N", action="append", default=[], help=tr("opt_resolve"))
    coach.add_argument("--reopen", type=int, metavar="N", action="append", default=[], help=tr("opt_reopen"))
    coach.add_argument("--step", metavar="TEXT", action="append", default=[], help=tr("opt_step"))
    coach.add_argument("--step-done", type=int, metavar="N", action="append", default=[], help=tr("opt_step_done"))
    coach.add_argument("--log", action="store_true", help=tr("opt_log"))
    coach.add_argument("--export-comments", metavar="FILE", help=tr("opt_export_comments"))
    coach.add_argument("--import-comments", metavar="FILE", help=tr("opt_import_comments"))
    coach.add_argument("--end", action="store_true", help=tr("opt_end"))
    coach.set_defaults(handler=run_coach)

    history = sub.add_parser("history", help=tr("history_help"), description=tr("history_help"))
    history.add_argument("path", metavar="PATH", help=tr("opt_path"))
    history.add_argument("--compare", type=int, nargs=2, metavar=("A", "B"), help=tr("opt_compare"))
    history.add_argument("--all", action="store_true", help=tr("opt_all"))
    history.add_argument("--restore", type=int, metavar="N", help=tr("opt_restore"))
    history.add_argument("--json", action="store_true", help=tr("opt_json"))
    history.add_argument("--tui", action="store_true", help=tr("opt_tui"))
    history.add_argument("--log", action="store_true", help=tr("opt_sessions_log"))
    history.set_defaults(handler=run_history)

    report = sub.add_parser("report", help=tr("report_help"), description=tr("report_help"))
    report.add_argument("path", metavar="PATH", help=tr("opt_path"))
    report.add_argument("--output", "-o", metavar="FILE", help=tr("opt_output"))
    report.add_argument("--language", choices=["nb", "nn", "en"], help=tr("opt_report_lang"))
    report.set_defaults(handler=run_report)

    portfolio = sub.add_parser("portfolio", help=tr("portfolio_help"), description=tr("portfolio_help"))
    portfolio.add_argument("folder", metavar="DIR", help=tr("opt_dir"))
    fmt = portfolio.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help=tr("opt_csv"))
    fmt.add_argument("--json", action="store_true", help=tr("opt_json"))
    portfolio.add_argument("--sort", default="path", metavar="KEY", help=tr("opt_sort"))
    portfolio.add_argument("--reverse", "-r", action="store_true", help=tr("opt_reverse"))
    portfolio.add_argument("--filter", default="", metavar="TEXT", help=tr("opt_filter"))
    portfolio.add_argument("--status", choices=["pass", "warn", "fail", "n/a"], help=tr("opt_status"))
    portfolio.add_argument("--jobs", "-j", type=int, metavar="N", help=tr("opt_jobs"))
    portfolio.add_argument("--no-pages", action="store_true", help=tr("opt_pages"))
    portfolio.add_argument("--rubric", metavar="ID", help=tr("opt_rubric"))
    portfolio.add_argument("--tui", action="store_true", help=tr("opt_tui"))
    portfolio.set_defaults(handler=run_portfolio)

    serve = sub.add_parser("serve", help=tr("serve_help"), description=tr("serve_help"))
    serve.add_argument("path", metavar="PATH", nargs="?", help=tr("opt_path"))
    serve.add_argument("--host", default="127.0.0.1", help=tr("opt_host"))
    serve.add_argument("--port", type=int, default=8000, help=tr("opt_port"))
    serve.add_argument("--public-url", metavar="URL", help=tr("opt_public_url"))
    serve.set_defaults(handler=run_serve)


# ---------------------------------------------------------------- helpers


def _fail(message: str, code: int = 2):
    from .main import CliError

    return CliError(message, code)


def _read(path: Path) -> str:
    from ..core.storage import SkisseFileError, read_text_file

    try:
        return read_text_file(path).text
    except SkisseFileError as exc:
        raise _fail(str(exc)) from None


def _db():
    from ..advisor.db import HistoryDB
    from ..core.storage import SkisseFileError

    try:
        return HistoryDB()
    except SkisseFileError as exc:
        raise _fail(str(exc)) from None


def _check(text: str, path: Path):
    """The check with the page count, as `skisse check` does it."""
    from ..core.document import parse_sketch
    from ..core.engine import check_sketch
    from ..core.rubric import RubricError, load_rubric

    sketch = parse_sketch(text)
    try:
        rubric = load_rubric(sketch.meta.rubric)
    except RubricError as exc:
        raise _fail(str(exc)) from None
    pages = None
    try:
        from ..core.render import default_renderer

        pages = default_renderer().page_info(sketch, rubric.layout)
    except Exception:  # no page count is better than no check
        pages = None
    return check_sketch(sketch, rubric, pages=pages, path=str(path))


# ---------------------------------------------------------------- coach


def run_coach(args: argparse.Namespace) -> int:
    from rich.markup import escape

    from ..advisor.terminal import console as _console, status_markup as _status

    from ..advisor.anchors import anchor_for_quote, make_anchor, section_span
    from ..advisor.comments import CommentStatus, add_comment, get_comment, list_comments, set_status
    from ..advisor.report import section_title
    from ..advisor.service import checkpoint
    from ..advisor.sessions import add_step, end_session, events, mark_step_done, open_session, start_session
    from ..core.document import parse_sketch
    from ..core.sections import match_heading

    lang = args.lang
    path = Path(args.path)
    text = _read(path)
    out = _console()
    db = _db()
    try:
        advisor = (args.advisor or os.environ.get("SKISSE_ADVISOR") or "").strip()
        session = open_session(db, path, advisor or None)
        if session is None:
            if not advisor:
                raise _fail(t("advisor.cli.no_advisor", lang))
            session = start_session(db, path, advisor)
            out.print(t("advisor.cli.session_started", lang, id=session.id, advisor=escape(advisor), path=escape(str(path))))
        else:
            out.print(t("advisor.cli.session_continued", lang, id=session.id, advisor=escape(session.advisor), started=session.started[:16].replace("T", " ")))

        cp = checkpoint(db, path, text, session=session, report=_check(text, path))
        key = "version_new" if cp.is_new else "version_same"
        out.print(t(f"advisor.cli.{key}", lang, number=cp.version.number))
        out.print(t("advisor.cli.verdicts", lang))
        changed = {c.criterion: c for c in cp.changes}
        for c in cp.report.criteria:
            line = f"  {_status(c.status.value, lang)}  {escape(c.title)} [dim]({c.id})[/]"
            if c.id in changed:
                line += f"  [bold]{_status(changed[c.id].before, lang)} → {_status(changed[c.id].after, lang)}[/]"
            out.print(line)
        if cp.sections:
            out.print(t("advisor.cli.sections_changed", lang, sections=", ".join(section_title(s, lang) for s in cp.sections)))

        sketch = parse_sketch(text)
        if args.comment:
            section = args.section
            if section and section not in {s.key for s in sketch.sections}:
                section = match_heading(section) or section
            if section and section_span(sketch, section) is None:
                raise _fail(t("advisor.cli.section_not_found", lang, section=args.section))
            if args.quote:
                anchor = anchor_for_quote(sketch, args.quote, section=section)
                if anchor is None:
                    raise _fail(t("advisor.cli.quote_not_found", lang, quote=args.quote))
            else:
                anchor = make_anchor(sketch, section=section)
            comment = add_comment(db, path, anchor, args.comment, author=session.advisor, session_id=session.id)
            out.print(t("advisor.cli.comment_added", lang, id=comment.id, where=section_title(comment.section, lang)))
        if args.import_comments:
            import json

            from ..advisor.comments import import_comments

            try:
                data = json.loads(Path(args.import_comments).read_text(encoding="utf-8"))
                count = import_comments(db, path, data, sketch)
            except (OSError, ValueError) as exc:
                raise _fail(f"{args.import_comments}: {exc}") from None
            out.print(t("advisor.cli.comments_imported", lang, count=count))
        mine = {c.id for c in list_comments(db, path)}
        for number, status, key in [(n, CommentStatus.RESOLVED, "comment_resolved") for n in args.resolve] + [
            (n, CommentStatus.OPEN, "comment_reopened") for n in args.reopen
        ]:
            if number not in mine:
                raise _fail(t("advisor.cli.no_comment", lang, id=number))
            set_status(db, number, status, by=session.advisor, session_id=session.id)
            out.print(t(f"advisor.cli.{key}", lang, id=number))
        for step_text in args.step:
            step = add_step(db, path, step_text, session_id=session.id)
            out.print(t("advisor.cli.step_added", lang, id=step.id, text=escape(step.text)))
        for number in args.step_done:
            try:
                mark_step_done(db, number)
            except KeyError:
                raise _fail(t("advisor.cli.no_step", lang, id=number)) from None
            out.print(t("advisor.cli.step_done", lang, id=number))

        open_comments = list_comments(db, path, status=CommentStatus.OPEN)
        if open_comments:
            out.print(t("advisor.cli.open_comments", lang))
            for c in open_comments:
                c = get_comment(db, c.id)
                quote = f" «{escape(' '.join(c.quote.split())[:60])}»" if c.quote else ""
                flag = f" [yellow]({t('advisor.cli.orphaned', lang)})[/]" if c.orphaned else ""
                out.print(f"  [bold]{c.id}[/] {escape(section_title(c.section, lang))}{quote}{flag}: {escape(c.body)} [dim]— {escape(c.author)}[/]")
        if args.export_comments:
            import json

            from ..advisor.comments import export_comments
            from ..core.storage import SkisseFileError, atomic_write_text

            try:
                atomic_write_text(Path(args.export_comments), json.dumps(export_comments(db, path), ensure_ascii=False, indent=2) + "\n")
            except SkisseFileError as exc:
                raise _fail(str(exc)) from None
            out.print(t("advisor.cli.comments_exported", lang, path=escape(args.export_comments)))
        if args.log:
            from ..advisor.log import describe

            for e in events(db, session.id):
                out.print(f"  [dim]{_local_time(e.at)}[/] {escape(describe(e, lang))}")
        if args.end:
            end_session(db, session.id)
            out.print(t("advisor.cli.session_ended", lang, id=session.id))
    finally:
        db.close()
    return 0


# ---------------------------------------------------------------- history


def run_history(args: argparse.Namespace) -> int:
    import json

    from rich.markup import escape

    from ..advisor.terminal import console as _console, print_comparison, print_versions

    from ..advisor.versions import compare, list_versions, restore_version, version_by_number

    lang = args.lang
    path = Path(args.path)
    if args.tui:
        from ..tui.screens.history import HistoryScreen

        return _run_app_with(lambda: HistoryScreen(path), path=path if path.is_file() else None, lang=lang)
    out = _console()
    db = _db()
    try:
        versions = list_versions(db, path)
        if not versions:
            raise _fail(t("advisor.cli.no_versions", lang, path=path), 1)

        def pick(number: int):
            try:
                return version_by_number(db, path, number)
            except KeyError:
                raise _fail(t("advisor.cli.no_version", lang, number=number)) from None

        if args.restore is not None:
            from ..advisor.sessions import open_session
            from ..core.locks import SketchLock

            version = pick(args.restore)
            holder = SketchLock(path).holder()
            if holder is not None:
                # The window would see the file change under it; restore there instead.
                raise _fail(t("advisor.cli.restore_locked", lang, path=path, host=holder.host, pid=holder.pid))
            session = open_session(db, path)
            restore_version(db, path, version, session_id=session.id if session else None)
            out.print(t("advisor.cli.restored", lang, number=version.number, path=escape(str(path)), backup=escape(str(path.with_name(path.name + "~")))))
            return 0
        if args.compare:
            old, new = pick(args.compare[0]), pick(args.compare[1])
            cmp = compare(old, new, context=None if args.all else 3)
            if args.json:
                print(json.dumps({
                    "old": old.number, "new": new.number,
                    "verdicts": [{"criterion": v.criterion, "before": v.before, "after": v.after} for v in cmp.verdicts],
                    "sections_changed": cmp.sections_changed,
                }, ensure_ascii=False, indent=2))
                return 0
            print_comparison(out, cmp, lang)
            return 0
        if args.log:
            from ..advisor.log import describe
            from ..advisor.sessions import events, sessions_for

            for session in sessions_for(db, path):
                ended = "" if session.ended else t("advisor.log.open", lang)
                out.print(f"[bold]{escape(t('advisor.log.session_line', lang, id=session.id, advisor=session.advisor, started=session.started[:16].replace('T', ' '), ended=ended))}[/]")
                for e in events(db, session.id):
                    out.print(f"  [dim]{_local_time(e.at)}[/] {escape(describe(e, lang))}")
            return 0
        if args.json:
            print(json.dumps([{"number": v.number, "created": v.created, "note": v.note, "verdicts": v.verdicts()} for v in versions], ensure_ascii=False, indent=2))
            return 0
        print_versions(out, versions, lang)
    finally:
        db.close()
    return 0


# ---------------------------------------------------------------- report


def run_report(args: argparse.Namespace) -> int:
    from ..advisor.report import feedback_markdown
    from ..advisor.service import checkpoint
    from ..advisor.sessions import open_session
    from ..core.storage import SkisseFileError, atomic_write_bytes, atomic_write_text

    path = Path(args.path)
    text = _read(path)
    db = _db()
    try:
        from ..core.document import parse_sketch

        lang = args.language or parse_sketch(text).language.value
        report = _check(text, path)
        session = open_session(db, path)
        checkpoint(db, path, text, session=session, report=report)
        as_pdf = bool(args.output) and Path(args.output).suffix.lower() == ".pdf"
        # The PDF lists the verdicts: a three-column table of long texts does not fit a page.
        markdown = feedback_markdown(db, path, report, text=text, lang=lang, session=session, table=not as_pdf)
    finally:
        db.close()
    if not args.output:
        sys.stdout.write(markdown)
        return 0
    target = Path(args.output)
    try:
        if target.suffix.lower() == ".pdf":
            from ..advisor.report import feedback_pdf

            try:
                data = feedback_pdf(markdown)
            except RuntimeError as exc:
                raise _fail(t("advisor.cli.pdf_unavailable", lang, reason=exc)) from None
            atomic_write_bytes(target, data, mode=_file_mode())
        else:
            atomic_write_text(target, markdown, mode=None if target.exists() else _file_mode())
    except SkisseFileError as exc:
        raise _fail(str(exc)) from None
    print(t("advisor.cli.report_written", lang, path=target), file=sys.stderr)
    return 0


def _local_time(stamp: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return stamp


def _file_mode() -> int:
    """The mode a new file gets under the user's umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


# ---------------------------------------------------------------- portfolio


def run_portfolio(args: argparse.Namespace) -> int:
    from ..advisor.portfolio import SORT_KEYS, build_portfolio, find_sketches, sort_rows, to_csv, to_json
    from ..advisor.terminal import print_portfolio, progress_bar

    lang = args.lang
    folder = Path(args.folder)
    if not folder.is_dir():
        raise _fail(t("advisor.cli.not_a_folder", lang, path=folder))
    if args.sort not in SORT_KEYS and not args.sort.startswith("criterion:"):
        raise _fail(t("advisor.cli.opt_sort", lang))
    if args.tui:
        from ..tui.screens.portfolio import PortfolioScreen

        return _run_app_with(lambda: PortfolioScreen(folder, jobs=args.jobs, pages=not args.no_pages), lang=lang)
    paths = find_sketches(folder)
    if not paths:
        raise _fail(t("advisor.cli.no_sketches", lang, path=folder), 1)
    progress, finish = progress_bar(len(paths), lang)
    try:
        portfolio = build_portfolio(folder, rubric_id=args.rubric, jobs=args.jobs, pages=not args.no_pages, progress=progress, paths=paths)
    finally:
        finish()
    rows = [r for r in portfolio.rows if r.matches(args.filter, args.status)]
    rows = sort_rows(rows, args.sort, reverse=args.reverse)
    if args.json:
        portfolio.rows = rows
        sys.stdout.write(to_json(portfolio) + "\n")
        return 0
    if args.csv:
        sys.stdout.write(to_csv(portfolio, rows))
        return 0
    print_portfolio(portfolio, rows, lang)
    return 0


def _run_app_with(make_screen, *, path: Path | None = None, lang: str | None = None) -> int:
    """Run the Skisse app with one of the advisor screens on top of its start screen."""
    from ..tui.app import make_app

    explicit = lang if "--lang" in sys.argv[1:] else None
    app = make_app(path, lang=explicit)

    async def show(pilot) -> None:
        pilot.app.push_screen(make_screen())

    app.run(auto_pilot=show)
    return app.return_code or 0


# ---------------------------------------------------------------- serve


def run_serve(args: argparse.Namespace) -> int:
    from ..advisor.serve import make_server, serve_command

    try:
        import textual_serve.server  # noqa: F401 - only whether it is installed
    except ImportError:
        raise _fail(t("advisor.cli.serve_needs", args.lang)) from None
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(t("advisor.cli.serve_public", args.lang, host=args.host), file=sys.stderr)
    command = serve_command(Path(args.path) if args.path else None, lang=args.lang)
    server = make_server(command, host=args.host, port=args.port, public_url=args.public_url, lang=args.lang)
    server.serve()
    return 0
