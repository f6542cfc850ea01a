"""Saving as the user works: the journal on every change, conflicts with edits made elsewhere,
and recovery of text a crashed session never saved."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from textual.widgets import TextArea

from assistant.core.files.autosave import journal_path, recovery_for, write_journal
from assistant.core.files.locks import disk_hash
from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.conflict import ConflictScreen
from assistant.tui.screens.editor import EditorScreen

from .helpers import asked, wait_for



async def _type_at_end(pilot, app, text: str) -> None:
    area = app.screen.query_one("#text", TextArea)
    area.focus()
    await pilot.pause()
    area.move_cursor(area.document.end)
    await pilot.press(*text)


async def test_every_change_is_journalled_before_it_is_saved(strong: Path) -> None:
    app = make_app(strong, save_delay=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "Ny linje.")
        # Not saved yet (the delay is long), but a crash now would lose nothing:
        assert "Ny linje." not in strong.read_text(encoding="utf-8")
        recovery = recovery_for(strong)
        assert recovery is not None and recovery.text.endswith("Ny linje.")
    # Quitting saved it, and the journal is gone.
    assert strong.read_text(encoding="utf-8").endswith("Ny linje.")
    assert not journal_path(strong).exists()


async def test_a_crashed_sessions_text_is_offered_back(strong: Path) -> None:
    lost = strong.read_text(encoding="utf-8") + "\nTekst som aldri ble lagret.\n"
    write_journal(strong, lost, disk_hash(strong))
    app = make_app(strong, save_delay=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "ikke lagret" in await asked(pilot, app)
        await pilot.press("j")
        await wait_for(pilot, lambda: strong.read_text(encoding="utf-8") == lost)
        assert app.screen.query_one("#text", TextArea).text == lost
    assert recovery_for(strong) is None


async def test_recovered_text_can_be_discarded(strong: Path) -> None:
    before = strong.read_text(encoding="utf-8")
    write_journal(strong, before + "\nGammelt utkast.\n", disk_hash(strong))
    app = make_app(strong)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.text == before
    assert recovery_for(strong) is None and strong.read_text(encoding="utf-8") == before


async def _conflict(pilot, app, strong: Path) -> str:
    """Change the file behind the app's back, type, and wait for the question."""
    await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
    theirs = strong.read_text(encoding="utf-8").replace("Trygg hjemme lenger", "Trygg hjemme lenger (endret av Kari)")
    strong.write_text(theirs, encoding="utf-8")
    # One edit, not key by key: on a slow machine the autosave could fire between two keys and
    # the rest of the typing would land on the conflict dialog (whose keys are letters).
    area = app.screen.query_one("#text", TextArea)
    area.move_cursor(area.document.end)
    area.insert("Min endring.")
    await wait_for(pilot, lambda: isinstance(app.screen, ConflictScreen))
    assert strong.read_text(encoding="utf-8") == theirs  # nothing written over
    return theirs


async def test_conflict_reload_takes_the_version_on_disk(strong: Path) -> None:
    app = make_app(strong, save_delay=0.6)
    async with app.run_test(size=(120, 40)) as pilot:
        theirs = await _conflict(pilot, app, strong)
        await pilot.press("v")  # «Vis forskjellene (V)»: the two versions side by side
        from rich.console import Console

        console = Console(width=120, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
        console.print(app.screen.query_one("#conflict-diff-text").content)
        shown = console.export_text()
        assert "På disken" in shown and "Din versjon" in shown
        row = next(line for line in shown.splitlines() if "Min endring." in line)
        assert row.index("Min endring.") > 50  # in the right-hand column, mine
        assert "(endret av Kari)" in shown and "@@" not in shown and "+++" not in shown
        await pilot.press("h")  # «Hent den på disken (H)»
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.text == theirs
        assert app.screen.query_one("#text", TextArea).text == theirs
        await _type_at_end(pilot, app, " Videre.")
        await wait_for(pilot, lambda: strong.read_text(encoding="utf-8").endswith(" Videre."))
    assert "(endret av Kari)" in strong.read_text(encoding="utf-8")


async def test_conflict_keep_mine_writes_a_copy(strong: Path) -> None:
    app = make_app(strong, save_delay=0.6)
    async with app.run_test(size=(120, 40)) as pilot:
        theirs = await _conflict(pilot, app, strong)
        await pilot.press("b")  # «Behold min som kopi (B)»
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        copies = list(strong.parent.glob("sterk.mine-*.md"))
        assert len(copies) == 1 and copies[0].read_text(encoding="utf-8").endswith("Min endring.")
        assert app.draft.text == theirs
    assert strong.read_text(encoding="utf-8") == theirs


async def test_conflict_overwrite_keeps_theirs_as_backup(strong: Path) -> None:
    app = make_app(strong, save_delay=0.6)
    async with app.run_test(size=(120, 40)) as pilot:
        theirs = await _conflict(pilot, app, strong)
        await pilot.press("s")  # «Skriv over med min (S)»
        await wait_for(pilot, lambda: strong.read_text(encoding="utf-8").endswith("Min endring."))
    assert (strong.parent / "sterk.md~").read_text(encoding="utf-8") == theirs


async def test_a_second_window_on_the_same_sketch_is_warned(strong: Path) -> None:
    from assistant.core.files.locks import SketchLock

    from assistant.core.files.locks import LockInfo

    me = LockInfo.here()
    lock = SketchLock(strong)
    lock.path.write_text(LockInfo(pid=1, host=me.host, user=me.user, time=me.time).to_json(), encoding="utf-8")  # pid 1 is alive
    app = make_app(strong)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert any("annet Skisse-vindu" in n.message for n in app._notifications)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "sterk.md var borte fra mappen; den er skrevet på nytt med teksten din."),
        ("nn", "sterk.md var borte frå mappa; ho er skriven på nytt med teksten din."),
        ("en", "sterk.md was gone from the folder; it is written again with your text."),
    ],
)
@pytest.mark.parametrize("how", ["deleted", "moved"])
async def test_a_file_deleted_while_open_is_written_again_and_said_once(strong: Path, lang: str, said: str, how: str) -> None:
    """The sketch deleted (or moved away) while open: the next autosave writes it again from the
    window's text, as before, and the window says so once (it was recreated without a word)."""
    from textual.content import Content

    def told() -> list[str]:
        return [Content.from_markup(str(n.message)).plain for n in app._notifications if "sterk.md" in str(n.message)]

    app = make_app(strong, save_delay=0.05, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        if how == "deleted":
            strong.unlink()
        else:
            strong.rename(strong.with_name("flytta.md"))
        area = app.screen.query_one("#text", TextArea)
        area.move_cursor(area.document.end)
        area.insert("\nSkrive etter at fila vart borte.")
        await wait_for(pilot, lambda: strong.exists() and "Skrive etter" in strong.read_text(encoding="utf-8"))
        await wait_for(pilot, lambda: said in told())
        area.insert("\nOg meir.")
        await wait_for(pilot, lambda: "Og meir." in strong.read_text(encoding="utf-8") and app.saver is not None and not app.saver.pending)
        await pilot.pause()
        assert told().count(said) == 1
    assert "Og meir." in strong.read_text(encoding="utf-8")
