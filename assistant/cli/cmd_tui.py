"""`skisse tui [PATH]` and plain `skisse [PATH]`: the interactive window."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..i18n import t
from .shell import shell_arg

if TYPE_CHECKING:
    import argparse


def register(subparsers: argparse._SubParsersAction, lang: str) -> None:
    parser = subparsers.add_parser("tui", help=t("tui.cli.help", lang), description=t("tui.cli.description", lang))
    parser.add_argument("path", nargs="?", metavar=t("tui.cli.path_metavar", lang), help=t("tui.cli.path_help", lang))
    parser.set_defaults(handler=run_tui)


def run_tui(args: argparse.Namespace) -> int:
    """Open the app, with the sketch at `args.path` if one is given."""
    from .main import CliError

    path = getattr(args, "path", None)
    lang = getattr(args, "lang", None)
    from ..core.files import confine

    served = confine.root()
    if served is not None:  # a window of `skisse serve`: kept in its folder
        from ..core.files.storage import SkisseFileError

        try:
            os.chdir(served)
            if path is not None:
                confine.inside(path, lang=lang)
        except (OSError, SkisseFileError) as exc:
            raise CliError(str(exc), 2) from None
    if path is not None:
        p = Path(path).expanduser()
        if p.is_dir():
            raise CliError(t("tui.cli.is_folder", lang or "nb", path=str(p)), 2)
        if not p.exists():
            raise CliError(t("tui.cli.missing", lang or "nb", path=str(p), arg=shell_arg(p)), 2)
    from ..tui.app import make_app

    app = make_app(path, lang=getattr(args, "explicit_lang", None))
    _flush_on_signals()
    app.run()
    return app.return_code or 0


def _flush_on_signals() -> None:
    """SIGTERM and SIGHUP (logout, a closed terminal) save what the autosaver holds before exiting."""
    import signal

    from ..core.files.exiting import install_signal_handlers, watch_terminal

    install_signal_handlers(tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None))
    watch_terminal(0)  # a terminal gone without a SIGHUP ends the window too
