"""`skisse serve`: the command textual-serve runs for each browser that connects."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

_ENTRY = "from assistant.cli.main import entry; entry()"


def serve_command(path: Path | None = None, *, lang: str | None = None, python: str | None = None) -> str:
    """A shell command that starts the Skisse TUI with this interpreter (textual-serve runs it)."""
    argv = [python or sys.executable, "-c", _ENTRY]
    if lang:
        argv += ["--lang", lang]
    argv.append("tui")
    if path is not None:
        argv.append(str(Path(path).resolve()))
    return shlex.join(argv)


def make_server(command: str, *, host: str, port: int, public_url: str | None, lang: str):
    """textual-serve's server, its start-up banner in `lang` («Skisse er åpen på …; Ctrl+C avslutter»)
    instead of its English «Serving '…' on …» with the whole command line."""
    from textual_serve.server import Server

    from ..i18n import t

    class SkisseServer(Server):
        async def on_startup(self, app) -> None:  # noqa: ANN001 - aiohttp's Application
            from rich.markup import escape

            self.console.print(t("advisor.cli.serve_banner", lang, url=escape(str(self.public_url))), highlight=False)
            self.console.print(f"[cyan]{escape(t('advisor.cli.serve_quit', lang))}[/]")

    return SkisseServer(command, host=host, port=port, title="Skisse", public_url=public_url)
