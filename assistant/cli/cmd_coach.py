"""`skisse coach PATH -a NAME`: a coaching session on a sketch (comments, steps, its log).

Only argparse happens at import time; the handler imports what it uses.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..i18n import t
from .advisor_common import check_with_pages, fail, history_db, local_time, read_sketch


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


def run_coach(args: argparse.Namespace) -> int:
    from rich.markup import escape

    from ..advisor.terminal import console as _console, status_markup as _status

    from ..advisor.anchors import anchor_for_quote, make_anchor, section_span
    from ..advisor.comments import CommentStatus, add_comment, get_comment, list_comments, set_status
    from ..advisor.report import section_title
    from ..advisor.service import checkpoint
    from ..advisor.sessions import add_step, end_session, events, mark_step_done, open_session, start_session
    from ..advisor.versions import note_key
    from ..core.judging.checkup import parse
    from ..core.sketch.sections import match_heading

    lang = args.lang
    path = Path(args.path)
    text = read_sketch(path)
    out = _console()
    db = history_db()
    try:
        advisor = (args.advisor or os.environ.get("SKISSE_ADVISOR") or "").strip()
        session = open_session(db, path, advisor or None)
        if session is None:
            if not advisor:
                raise fail(t("advisor.cli.no_advisor", lang))
            session = start_session(db, path, advisor)
            out.print(t("advisor.cli.session_started", lang, id=session.id, advisor=escape(advisor), path=escape(str(path))))
        else:
            out.print(t("advisor.cli.session_continued", lang, id=session.id, advisor=escape(session.advisor), started=session.started[:16].replace("T", " ")))

        cp = checkpoint(db, path, text, session=session, report=check_with_pages(text, path), note=note_key("coach"))
        key = "version_new" if cp.is_new else "version_same"
        out.print(t(f"advisor.cli.{key}", lang, number=cp.version.number))
        out.print(t("advisor.cli.verdicts", lang))
        changed = {c.criterion: c for c in cp.changes}
        from .cmd_check import in_language

        for c in in_language(cp.report, lang).criteria:
            line = f"  {_status(c.status.value, lang)}  {escape(c.title)} [dim]({c.id})[/]"
            if c.id in changed:
                line += f"  [bold]{_status(changed[c.id].before, lang)} → {_status(changed[c.id].after, lang)}[/]"
            out.print(line)
        if cp.sections:
            out.print(t("advisor.cli.sections_changed", lang, sections=", ".join(section_title(s, lang) for s in cp.sections)))

        sketch = parse(text)
        if args.comment:
            section = args.section
            if section and section not in {s.key for s in sketch.sections}:
                section = match_heading(section) or section
            if section and section_span(sketch, section) is None:
                raise fail(t("advisor.cli.section_not_found", lang, section=args.section))
            if args.quote:
                anchor = anchor_for_quote(sketch, args.quote, section=section)
                if anchor is None:
                    raise fail(t("advisor.cli.quote_not_found", lang, quote=args.quote))
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
                raise fail(f"{args.import_comments}: {exc}") from None
            out.print(t("advisor.cli.comments_imported", lang, count=count))
        mine = {c.id for c in list_comments(db, path)}
        for number, status, key in [(n, CommentStatus.RESOLVED, "comment_resolved") for n in args.resolve] + [
            (n, CommentStatus.OPEN, "comment_reopened") for n in args.reopen
        ]:
            if number not in mine:
                raise fail(t("advisor.cli.no_comment", lang, id=number))
            set_status(db, number, status, by=session.advisor, session_id=session.id)
            out.print(t(f"advisor.cli.{key}", lang, id=number))
        for step_text in args.step:
            step = add_step(db, path, step_text, session_id=session.id)
            out.print(t("advisor.cli.step_added", lang, id=step.id, text=escape(step.text)))
        for number in args.step_done:
            try:
                mark_step_done(db, number)
            except KeyError:
                raise fail(t("advisor.cli.no_step", lang, id=number)) from None
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
            from ..core.files.storage import SkisseFileError, atomic_write_text

            try:
                atomic_write_text(Path(args.export_comments), json.dumps(export_comments(db, path), ensure_ascii=False, indent=2) + "\n")
            except SkisseFileError as exc:
                raise fail(str(exc)) from None
            out.print(t("advisor.cli.comments_exported", lang, path=escape(args.export_comments)))
        if args.log:
            from ..advisor.log import describe

            for e in events(db, session.id):
                out.print(f"  [dim]{local_time(e.at)}[/] {escape(describe(e, lang))}")
        if args.end:
            end_session(db, session.id)
            out.print(t("advisor.cli.session_ended", lang, id=session.id))
    finally:
        db.close()
    return 0
