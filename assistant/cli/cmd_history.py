"""`skisse history PATH`: the versions kept at every save, compared and restored.

Only argparse happens at import time; the handler imports what it uses.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import t
from .advisor_common import fail, history_db, local_time, run_app_with


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    tr = lambda key: t(f"advisor.cli.{key}", lang)  # noqa: E731

    history = sub.add_parser("history", help=tr("history_help"), description=tr("history_help"))
    history.add_argument("path", metavar="PATH", help=tr("opt_path"))
    history.add_argument("--compare", type=int, nargs=2, metavar=("A", "B"), help=tr("opt_compare"))
    history.add_argument("--all", action="store_true", help=tr("opt_all"))
    history.add_argument("--restore", type=int, metavar="N", help=tr("opt_restore"))
    history.add_argument("--json", action="store_true", help=tr("opt_json"))
    history.add_argument("--tui", action="store_true", help=tr("opt_tui"))
    history.add_argument("--log", action="store_true", help=tr("opt_sessions_log"))
    history.set_defaults(handler=run_history)


def run_history(args: argparse.Namespace) -> int:
    import json

    from rich.markup import escape

    from ..advisor.terminal import console as _console, print_comparison, print_versions

    from ..advisor.versions import compare, in_language, judge_unjudged, list_versions, note_text, restore_version, version_by_number

    lang = args.lang
    path = Path(args.path)
    if args.tui:
        from ..tui.screens.history import HistoryScreen

        return run_app_with(lambda: HistoryScreen(path), path=path if path.is_file() else None, lang=getattr(args, "explicit_lang", None))
    out = _console()
    db = history_db()
    try:
        versions = judge_unjudged(db, path, list_versions(db, path))
        if not versions:
            raise fail(t("advisor.cli.no_versions", lang, path=path), 1)

        def pick(number: int):
            try:
                return version_by_number(db, path, number)
            except KeyError:
                raise fail(t("advisor.cli.no_version", lang, number=number)) from None

        if args.restore is not None:
            from ..advisor.sessions import open_session
            from ..core.files.locks import SketchLock

            version = pick(args.restore)
            holder = SketchLock(path).holder()
            if holder is not None:
                # The window would see the file change under it; restore there instead.
                raise fail(t("advisor.cli.restore_locked", lang, path=path, host=holder.host, pid=holder.pid))
            session = open_session(db, path)
            restore_version(db, path, version, session_id=session.id if session else None)
            out.print(t("advisor.cli.restored", lang, number=version.number, path=escape(str(path)), backup=escape(str(path.with_name(path.name + "~")))))
            return 0
        if args.compare:
            old, new = in_language(pick(args.compare[0]), lang), in_language(pick(args.compare[1]), lang)
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
                    out.print(f"  [dim]{local_time(e.at)}[/] {escape(describe(e, lang))}")
            return 0
        if args.json:
            print(json.dumps([{"number": v.number, "created": v.created, "note": note_text(v.note, lang), "verdicts": v.verdicts()} for v in versions], ensure_ascii=False, indent=2))
            return 0
        print_versions(out, versions, lang)
    finally:
        db.close()
    return 0
