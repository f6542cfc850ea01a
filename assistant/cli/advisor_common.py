"""What the advisor commands (`coach`, `history`, `report`, `portfolio`, `serve`) share: one-line
failures, reading the sketch, the history database, the check with the page count, and running
the window with one advisor screen on top.

Only the standard library at import; each helper imports what it uses.
"""

from __future__ import annotations

import sys
from pathlib import Path


def fail(message: str, code: int = 2):
    from .main import CliError

    return CliError(message, code)


def read_sketch(path: Path) -> str:
    return read_sketch_file(path).text


def read_sketch_file(path: Path):
    """The sketch's text and the warnings on how it was read; a Word file is read as Markdown."""
    from ..core.files.storage import SkisseFileError, read_text_file

    try:
        return read_text_file(path, word=True)
    except SkisseFileError as exc:
        raise fail(str(exc)) from None


def history_db():
    from ..advisor.db import HistoryDB
    from ..core.files.storage import SkisseFileError

    try:
        db = HistoryDB()
    except SkisseFileError as exc:
        raise fail(str(exc)) from None
    if db.notice:  # a damaged database was moved aside and a new one started
        print(f"skisse: {db.notice}", file=sys.stderr)
    return db


def check_with_pages(text: str, path: Path, notes: list[str] | None = None):
    """The check with the page count, as `skisse check` does it; `notes` (how the file was read)
    come first in the report's notes, on a copy of the shared checkup's report."""
    from ..advisor.checking import check_text
    from ..core.sketch.rubric import RubricError

    try:
        report = check_text(text, path)
    except RubricError as exc:
        raise fail(str(exc)) from None
    return report.model_copy(update={"notes": [*notes, *report.notes]}) if notes else report


def local_time(stamp: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return stamp


def file_mode() -> int:
    """The mode a new file gets under the user's umask."""
    from ..core.files.storage import new_file_mode

    return new_file_mode()


def run_app_with(make_screen, *, path: Path | None = None, lang: str | None = None) -> int:
    """Run the Skisse app with one of the advisor screens on top of its start screen; `lang` is
    the language asked for on the command line (it wins over the saved one), None for none."""
    from ..tui.app import make_app

    app = make_app(path, lang=lang)

    async def show(pilot) -> None:
        pilot.app.push_screen(make_screen())

    app.run(auto_pilot=show)
    return app.return_code or 0
