"""Which moments keep a version in the history: opening, a pause after changes, leaving a
screen, export, Ctrl+S and closing; never each autosave. The clock is moved by hand."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from assistant.advisor.db import HistoryDB
from assistant.advisor.versions import list_versions, note_text
from assistant.tui.app import make_app
from assistant.tui.screens.budget import BudgetScreen
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.services import Services
from assistant.tui.versioning import IDLE_VERSION_AFTER

from .conftest import FakeCoach
from .helpers import type_text, wait_for


class HandClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def _notes(db_path: Path, sketch: Path) -> list[str]:
    with HistoryDB(db_path) as db:
        return [note_text(v.note, "en") for v in list_versions(db, sketch)]


async def test_typing_with_autosaves_keeps_a_version_after_a_pause_on_leaving_and_on_close(strong: Path, tmp_path: Path) -> None:
    clock = HandClock()
    db_path = tmp_path / "h.sqlite3"
    app = make_app(strong, services=Services(clock=clock), coach=FakeCoach("Bra."), save_delay=0.05)
    app.history_db = lambda: HistoryDB(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await app.workers.wait_for_complete()
        assert _notes(db_path, strong) == ["opened"]
        area = app.screen.query_one("#text", TextArea)
        area.move_cursor((area.document.line_count - 1, 0))
        for sentence in ("Første setning. ", "Andre setning. ", "Tredje setning. "):
            await type_text(pilot, sentence)
            await wait_for(pilot, lambda: strong.read_text(encoding="utf-8") == app.draft.text)  # autosaved
            clock.now += 4
            app.idle_tick()
            await app.workers.wait_for_complete()
        assert _notes(db_path, strong) == ["opened"]  # three autosaves, 4 s apart: no version each
        clock.now += IDLE_VERSION_AFTER
        app.idle_tick()
        await app.workers.wait_for_complete()
        assert _notes(db_path, strong) == ["opened", "pause in typing"]
        app.idle_tick()  # nothing changed since: nothing more
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, BudgetScreen))
        await app.workers.wait_for_complete()
        assert _notes(db_path, strong) == ["opened", "pause in typing"]  # leaving with nothing new keeps none

        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        area = app.screen.query_one("#text", TextArea)
        area.move_cursor((area.document.line_count - 1, 0))
        await type_text(pilot, "Fjerde setning. ")
        await pilot.press("f4")  # left before the pause: kept on leaving
        await wait_for(pilot, lambda: isinstance(app.screen, BudgetScreen))
        await app.workers.wait_for_complete()
        assert _notes(db_path, strong)[-1] == "left a screen"
        with HistoryDB(db_path) as db:
            assert "Fjerde setning." in list_versions(db, strong)[-1].text

        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        area = app.screen.query_one("#text", TextArea)
        area.move_cursor((area.document.line_count - 1, 0))
        await type_text(pilot, "Femte setning.")
        await pilot.press("ctrl+q")
    notes = _notes(db_path, strong)
    assert notes == ["opened", "pause in typing", "left a screen", "closed"]
    with HistoryDB(db_path) as db:
        assert "Femte setning." in list_versions(db, strong)[-1].text


async def test_ctrl_s_keeps_a_version_noted_in_the_readers_language(strong: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "h.sqlite3"
    app = make_app(strong, lang="nb", coach=FakeCoach("Bra."), save_delay=0.05)
    app.history_db = lambda: HistoryDB(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await type_text(pilot, "Ny tekst. ")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        with HistoryDB(db_path) as db:
            assert [note_text(v.note, "nb") for v in list_versions(db, strong)] == ["åpnet", "lagret (Ctrl+S)"]
