"""The window and damaged state files: a damaged history database or recovery journal, or a
FIFO where the lock goes, is moved aside with one line on screen; the sketch opens and saves."""

from __future__ import annotations

import os
from pathlib import Path

from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen

from .helpers import type_text, wait_for


async def test_a_damaged_history_database_is_said_once_and_saving_goes_on(strong: Path, skisse_home: Path) -> None:
    from assistant.advisor import db as dbmod

    data = skisse_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "history.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # a header, then nothing readable
    dbmod._checked.clear()
    app = make_app(strong)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await wait_for(pilot, lambda: any("Historikkdatabasen" in n.message for n in app._notifications))
        notes = [n for n in app._notifications if "Historikkdatabasen" in n.message]
        assert len(notes) == 1 and "flyttet til side som history.sqlite3.damaged-" in notes[0].message
        await type_text(pilot, "Ny tekst")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "Ny tekst" in strong.read_text(encoding="utf-8"))
    assert list(data.glob("history.sqlite3.damaged-*"))
    with dbmod.HistoryDB() as fresh:  # the new database works and holds the save
        assert fresh.conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 1


async def test_a_fifo_where_the_lock_goes_does_not_hang_the_window(strong: Path) -> None:
    from assistant.core.files.locks import lock_path_for

    os.mkfifo(lock_path_for(strong))
    app = make_app(strong)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert any("Låsefilen" in n.message and "flyttet til side" in n.message for n in app._notifications)
        assert app.lock is not None and app.lock.held


async def test_a_damaged_journal_is_said_and_the_file_opens_as_saved(strong: Path) -> None:
    from assistant.core.files.autosave import journal_path

    journal = journal_path(strong)
    journal.parent.mkdir(parents=True, exist_ok=True)
    journal.write_text('{"version": 1, "path": "' + str(strong) + '", "text": "halv', encoding="utf-8")
    saved = strong.read_text(encoding="utf-8")
    app = make_app(strong)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert any("Gjenopprettingsjournalen" in n.message for n in app._notifications)
        assert app.draft.text == saved
