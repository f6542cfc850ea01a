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
