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
    coach.add_argument("--verdicts", action="store_true", help=tr("opt_verdicts"))
    coach.set_defaults(handler=run_coach)


def default_advisor() -> str:
    """The advisor's name when none is given: SKISSE_ADVISOR, else the login name (from the
    environment, else the password database, so an unset $USER still gives one)."""
    name = os.environ.get("SKISSE_ADVISOR", "").strip()
    if name:
        return name
    import getpass

    try:
        return getpass.getuser().strip()
    except (OSError, KeyError, ImportError):  # no name in the environment and no passwd entry
        return ""


def _writes(args: argparse.Namespace) -> bool:
    """Whether the call changes the session (anything but --log, --export-comments, --verdicts)."""
    return bool(args.comment or args.import_comments or args.resolve or args.reopen or args.step or args.step_done or args.end)


def run_coach(args: argparse.Namespace) -> int:
    """A plain call checks the sketch, keeps a version and shows the verdicts and open comments;
    a call with actions does them and prints only their results (plus a new version, if the text
    changed); `--log` alone only reads. Everything given is checked before anything is written."""
    from rich.markup import escape

    from ..advisor.terminal import console as _console

    from ..advisor.sessions import open_session, sessions_for

    lang = args.lang
    path = Path(args.path)
    text = read_sketch(path)
    out = _console()
    db = history_db()
    try:
        plan = _validate(args, db, path, text, lang)
        plain = not _writes(args) and not args.log and not args.export_comments
        if not plain and not _writes(args):  # only reading: no session is started, no check logged
            if args.verdicts:
                _show_verdicts(out, _checkpoint_quietly(db, path, text, None), lang, full=True)
                _show_open_comments(out, db, path, lang)
                _show_open_steps(out, db, path, lang)
            if args.export_comments:
                _export(out, db, path, args.export_comments, lang)
            if args.log:
                session = open_session(db, path, args.advisor) or next(reversed(sessions_for(db, path)), None)
                _show_log(out, db, session, lang)
            return 0
        session = _session(out, db, path, args, lang, escape)
        cp = _checkpoint_quietly(db, path, text, session, log_check=plain or args.verdicts)
        _show_verdicts(out, cp, lang, full=plain or args.verdicts)
        _act(out, db, path, session, args, plan, lang, escape)
        if plain or args.verdicts or args.import_comments:
            _show_open_comments(out, db, path, lang)
        if plain or args.verdicts:
            _show_open_steps(out, db, path, lang)
        if args.export_comments:
            _export(out, db, path, args.export_comments, lang)
        if args.log:
            _show_log(out, db, session, lang)
        if args.end:
            from ..advisor.sessions import end_session

            end_session(db, session.id)
            out.print(t("advisor.cli.session_ended", lang, id=session.id))
    finally:
        db.close()
    return 0


def _validate(args: argparse.Namespace, db, path: Path, text: str, lang: str) -> dict:
    """Refuse a wrong section, quote, comment or step number, or an unreadable comments file,
    before a session is started or anything is logged. Returns the anchor and imported data."""
    from ..advisor.anchors import anchor_for_quote, make_anchor, section_span
    from ..advisor.comments import list_comments
    from ..advisor.sessions import steps_for
    from ..core.judging.checkup import parse
    from ..core.sketch.sections import match_heading

    sketch = parse(text)
    plan: dict = {"sketch": sketch}
    if args.comment:
        section = args.section
        if section and section not in {s.key for s in sketch.sections}:
            section = match_heading(section) or section
        if section and section_span(sketch, section) is None:
            valid = ", ".join(dict.fromkeys(s.key for s in sketch.sections if s.key)) or "—"
            raise fail(t("advisor.cli.section_not_found_valid", lang, section=args.section, valid=valid))
        if args.quote:
            anchor = anchor_for_quote(sketch, args.quote, section=section)
            if anchor is None:
                raise fail(t("advisor.cli.quote_not_found", lang, quote=args.quote))
        else:
            anchor = make_anchor(sketch, section=section)
        plan["anchor"] = anchor
    # Numbers are the sketch's own (1, 2, …), as the report, the listing and the add message show them.
    comments = {c.number: c for c in list_comments(db, path)}
    for number in [*args.resolve, *args.reopen]:
        if number not in comments:
            raise fail(_no_such("comment", number, comments, lang))
    plan["comments"] = comments
    steps = {s.number: s for s in steps_for(db, path, include_done=True)}
    for number in args.step_done:
        if number not in steps:
            raise fail(_no_such("step", number, steps, lang))
    plan["steps"] = steps
    if args.import_comments:
        plan["imported"] = _comments_file(Path(args.import_comments), lang, fail)
    return plan


def _no_such(kind: str, number: int, numbered: dict, lang: str) -> str:
    """The error line for a comment or step number the sketch lacks, naming the valid ones."""
    if not numbered:
        return t(f"advisor.cli.no_{kind}_none", lang, id=number)
    return t(f"advisor.cli.no_{kind}", lang, id=number, valid=", ".join(str(n) for n in sorted(numbered)))


def _comments_file(path: Path, lang: str, fail) -> dict:  # noqa: ANN001
    """A comments file (`--export-comments`'s JSON) read, or one line in the user's language
    saying why not: not found, not readable, not JSON, not a comments file."""
    import json

    from ..advisor.comments import SIDECAR_FORMAT
    from ..core.files.storage import SkisseFileError, read_text_file

    try:
        text = read_text_file(path, lang=lang).text
    except SkisseFileError as exc:
        raise fail(str(exc)) from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise fail(t("advisor.cli.import_not_json", lang, path=path, line=getattr(exc, "lineno", 1))) from None
    if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT or not isinstance(data.get("comments", []), list):
        raise fail(t("advisor.cli.import_not_comments", lang, path=path, format=SIDECAR_FORMAT))
    return data


def _session(out, db, path: Path, args: argparse.Namespace, lang: str, escape):
    """The open session on the sketch, or a new one. A name other than the open session's
    advisor is refused, not made a second session beside it."""
    from ..advisor.sessions import open_session, start_session

    current = open_session(db, path)
    named = (args.advisor or "").strip()
    if current is not None:
        if named and named != current.advisor:
            raise fail(t("advisor.cli.other_session_open", lang, id=current.id, advisor=current.advisor, name=named, path=str(path)))
        return current
    advisor = named or default_advisor()
    if not advisor:
        raise fail(t("advisor.cli.no_advisor", lang))
    session = start_session(db, path, advisor)
    out.print(t("advisor.cli.session_started", lang, id=session.id, advisor=escape(advisor), path=escape(str(path))))
    return session


def _checkpoint_quietly(db, path: Path, text: str, session, *, log_check: bool = True):
    from ..advisor.service import checkpoint
    from ..advisor.versions import note_key

    return checkpoint(db, path, text, session=session, report=check_with_pages(text, path), note=note_key("coach"), log_check=log_check)


def _show_verdicts(out, cp, lang: str, *, full: bool) -> None:
    """The version line and the verdicts (all 15 when `full`; else only a new version and the
    verdicts it changed)."""
    from rich.markup import escape

    from ..advisor.report import section_title
    from ..advisor.terminal import status_markup as _status
    from ..core.judging.plain import without_code_marks
    from .cmd_check import in_language

    if not full and not cp.is_new:
        return
    out.print(t(f"advisor.cli.{'version_new' if cp.is_new else 'version_same'}", lang, number=cp.version.number))
    changed = {c.criterion: c for c in cp.changes}
    if full:
        out.print(t("advisor.cli.verdicts", lang))
    for c in in_language(cp.report, lang).criteria:
        if not full and c.id not in changed:
            continue
        line = f"  {_status(c.status.value, lang)}  {escape(without_code_marks(c.title))} [dim]({c.id})[/]"
        if c.id in changed:
            line += f"  [bold]{_status(changed[c.id].before, lang)} → {_status(changed[c.id].after, lang)}[/]"
        out.print(line)
    if cp.sections:
        out.print(t("advisor.cli.sections_changed", lang, sections=", ".join(section_title(s, lang) for s in cp.sections)))


def _act(out, db, path: Path, session, args: argparse.Namespace, plan: dict, lang: str, escape) -> None:
    from ..advisor.comments import CommentStatus, add_comment, import_comments, set_status
    from ..advisor.report import section_title
    from ..advisor.sessions import add_step, mark_step_done

    if args.comment:
        comment = add_comment(db, path, plan["anchor"], args.comment, author=session.advisor, session_id=session.id)
        out.print(t("advisor.cli.comment_added", lang, id=comment.number, where=section_title(comment.section, lang)))
    if args.import_comments:
        count = import_comments(db, path, plan["imported"], plan["sketch"])
        out.print(t("advisor.cli.comments_imported", lang, count=count))
    for number, status, key in [(n, CommentStatus.RESOLVED, "comment_resolved") for n in args.resolve] + [
        (n, CommentStatus.OPEN, "comment_reopened") for n in args.reopen
    ]:
        set_status(db, plan["comments"][number].id, status, by=session.advisor, session_id=session.id)
        out.print(t(f"advisor.cli.{key}", lang, id=number))
    for step_text in args.step:
        step = add_step(db, path, step_text, session_id=session.id)
        out.print(t("advisor.cli.step_added", lang, id=step.number, text=escape(step.text)))
    for number in args.step_done:
        mark_step_done(db, plan["steps"][number].id, session_id=session.id)
        out.print(t("advisor.cli.step_done", lang, id=number))


def _show_open_comments(out, db, path: Path, lang: str) -> None:
    from rich.markup import escape

    from ..advisor.comments import CommentStatus, get_comment, list_comments
    from ..advisor.report import section_title

    open_comments = list_comments(db, path, status=CommentStatus.OPEN)
    if open_comments:
        out.print(t("advisor.cli.open_comments", lang))
        for c in open_comments:
            c = get_comment(db, c.id)
            quote = f" «{escape(' '.join(c.quote.split())[:60])}»" if c.quote else ""
            flag = f" [yellow]({t('advisor.cli.orphaned', lang)})[/]" if c.orphaned else ""
            out.print(f"  [bold]{c.number}[/] {escape(section_title(c.section, lang))}{quote}{flag}: {escape(c.body)} [dim]— {escape(c.author)}[/]")


def _show_open_steps(out, db, path: Path, lang: str) -> None:
    """The open next steps with the numbers `--step-done` takes (the report shows the same)."""
    from rich.markup import escape

    from ..advisor.sessions import steps_for

    steps = steps_for(db, path)
    if steps:
        out.print(t("advisor.cli.open_steps", lang))
        for s in steps:
            out.print(f"  [bold]{s.number}[/] {escape(s.text)}")


def _export(out, db, path: Path, target: str, lang: str) -> None:
    import json

    from rich.markup import escape

    from ..advisor.comments import export_comments
    from ..core.files.storage import SkisseFileError, atomic_write_text

    try:
        atomic_write_text(Path(target), json.dumps(export_comments(db, path), ensure_ascii=False, indent=2) + "\n")
    except SkisseFileError as exc:
        raise fail(str(exc)) from None
    out.print(t("advisor.cli.comments_exported", lang, path=escape(target)))


def _show_log(out, db, session, lang: str) -> None:
    from rich.markup import escape

    from ..advisor.log import describe
    from ..advisor.sessions import events

    if session is None:
        out.print(t("advisor.cli.no_sessions", lang))
        return
    out.print(t("advisor.cli.log_head", lang, id=session.id, advisor=escape(session.advisor), started=session.started[:16].replace("T", " ")))
    for e in events(db, session.id):
        out.print(f"  [dim]{local_time(e.at)}[/] {escape(describe(e, lang))}")
