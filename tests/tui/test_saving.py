"""Saving as the user works: the journal on every change, conflicts with edits made elsewhere,
and recovery of text a crashed session never saved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import TextArea

from assistant.core.autosave import journal_path, recovery_for, write_journal
from assistant.core.locks import disk_hash
from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.conflict import ConflictScreen
from assistant.tui.screens.editor import EditorScreen

from .helpers import wait_for

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sketches"


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    path = tmp_path / "sterk.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    return path


async def _type_at_end(pilot, app, text: str) -> None:
    area = app.screen.query_one("#text", TextArea)
    area.focus()
    await pilot.pause()
    area.move_cursor(area.document.end)
    await pilot.press(*text)


async def test_every_change_is_journalled_before_it_is_saved(sketch: Path) -> None:
    app = make_app(sketch, save_delay=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "Ny linje.")
        # Not saved yet (the delay is long), but a crash now would lose nothing:
        assert "Ny linje." not in sketch.read_text(encoding="utf-8")
        recovery = recovery_for(sketch)
        assert recovery is not None and recovery.text.endswith("Ny linje.")
    # Quitting saved it, and the journal is gone.
    assert sketch.read_text(encoding="utf-8").endswith("Ny linje.")
    assert not journal_path(sketch).exists()


async def test_a_crashed_sessions_text_is_offered_back(sketch: Path) -> None:
    lost = sketch.read_text(encoding="utf-8") + "\nTekst som aldri ble lagret.\n"
    write_journal(sketch, lost, disk_hash(sketch))
    app = make_app(sketch, save_delay=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "ikke lagret" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("j")
        await wait_for(pilot, lambda: sketch.read_text(encoding="utf-8") == lost)
        assert app.screen.query_one("#text", TextArea).text == lost
    assert recovery_for(sketch) is None


async def test_recovered_text_can_be_discarded(sketch: Path) -> None:
    before = sketch.read_text(encoding="utf-8")
    write_journal(sketch, before + "\nGammelt utkast.\n", disk_hash(sketch))
    app = make_app(sketch)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.text == before
    assert recovery_for(sketch) is None and sketch.read_text(encoding="utf-8") == before


async def _conflict(pilot, app, sketch: Path) -> str:
    """Change the file behind the app's back, type, and wait for the question."""
    await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
    theirs = sketch.read_text(encoding="utf-8").replace("Trygg hjemme lenger", "Trygg hjemme lenger (endret av Kari)")
    sketch.write_text(theirs, encoding="utf-8")
    # One edit, not key by key: on a slow machine the autosave could fire between two keys and
    # the rest of the typing would land on the conflict dialog (whose keys are letters).
    area = app.screen.query_one("#text", TextArea)
    area.move_cursor(area.document.end)
    area.insert("Min endring.")
    await wait_for(pilot, lambda: isinstance(app.screen, ConflictScreen))
    assert sketch.read_text(encoding="utf-8") == theirs  # nothing written over
    return theirs


async def test_conflict_reload_takes_the_version_on_disk(sketch: Path) -> None:
    app = make_app(sketch, save_delay=0.6)
    async with app.run_test(size=(120, 40)) as pilot:
        theirs = await _conflict(pilot, app, sketch)
        await pilot.press("d")
        assert "Min endring." in str(app.screen.query_one("#conflict-diff-text").render())
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.text == theirs
        assert app.screen.query_one("#text", TextArea).text == theirs
        await _type_at_end(pilot, app, " Videre.")
        await wait_for(pilot, lambda: sketch.read_text(encoding="utf-8").endswith(" Videre."))
    assert "(endret av Kari)" in sketch.read_text(encoding="utf-8")


async def test_conflict_keep_mine_writes_a_copy(sketch: Path) -> None:
    app = make_app(sketch, save_delay=0.6)
    async with app.run_test(size=(120, 40)) as pilot:
        theirs = await _conflict(pilot, app, sketch)
        await pilot.press("k")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        copies = list(sketch.parent.glob("sterk.mine-*.md"))
        assert len(copies) == 1 and copies[0].read_text(encoding="utf-8").endswith("Min endring.")
        assert app.draft.text == theirs
    assert sketch.read_text(encoding="utf-8") == theirs


async def test_conflict_overwrite_keeps_theirs_as_backup(sketch: Path) -> None:
    app = make_app(sketch, save_delay=0.6)
    async with app.run_test(size=(120, 40)) as pilot:
        theirs = await _conflict(pilot, app, sketch)
        await pilot.press("o")
        await wait_for(pilot, lambda: sketch.read_text(encoding="utf-8").endswith("Min endring."))
    assert (sketch.parent / "sterk.md~").read_text(encoding="utf-8") == theirs


async def test_a_second_window_on_the_same_sketch_is_warned(sketch: Path) -> None:
    from assistant.core.locks import SketchLock

    from assistant.core.locks import LockInfo

    me = LockInfo.here()
    lock = SketchLock(sketch)
    lock.path.write_text(LockInfo(pid=1, host=me.host, user=me.user, time=me.time).to_json(), encoding="utf-8")  # pid 1 is alive
    app = make_app(sketch)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert any("annet Skisse-vindu" in n.message for n in app._notifications)
