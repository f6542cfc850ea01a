"""Text the sketch file does not hold is never lost in silence: a lasting warning while saving
fails, a question before quitting or opening another sketch, «Lagre som …» to another file, and
an honest recovery offer at the next start.

Tests run as root, so a full disk and a read-only folder are simulated where the atomic write
makes its temp file (`storage._temp_file`), and the journal where it is written: the errors then
take the same way through the code as the real ones."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from assistant.core.files import autosave, storage
from assistant.core.files.autosave import journal_path, recovery_for, write_journal
from assistant.core.files.locks import disk_hash
from assistant.tui.app import make_app
from assistant.tui.messages import OpenSketch
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.screens.leave import LeaveScreen
from assistant.tui.screens.save_as import SaveAsScreen
from assistant.tui.widgets.nav_bar import NavBar

from .helpers import asked, open_screen, wait_for


class Disk:
    """Writes to the folders in `refused` fail with `code` (a full disk, a read-only folder)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, code: int, *folders: Path) -> None:
        self.code = code
        self.refused = {f.resolve() for f in folders}
        self.journal: int | None = None  # an errno for the recovery journal too
        real_temp, real_journal = storage._temp_file, autosave.write_journal

        def temp_file(dir_fd: int, name: str):
            import os

            here = Path(os.readlink(f"/proc/self/fd/{dir_fd}")).resolve()
            if here in self.refused:
                raise OSError(self.code, os.strerror(self.code))
            return real_temp(dir_fd, name)

        def journal(*args, **kwargs):
            if self.journal is not None:
                import os

                raise OSError(self.journal, os.strerror(self.journal))
            return real_journal(*args, **kwargs)

        monkeypatch.setattr(storage, "_temp_file", temp_file)
        monkeypatch.setattr(autosave, "write_journal", journal)

    def heal(self) -> None:
        self.refused.clear()
        self.journal = None


def exits(app) -> list[dict]:
    """Record how the app is told to exit (its return code and the line left on the terminal)."""
    seen: list[dict] = []
    real = app.exit

    def exit(*args, **kwargs):
        seen.append(kwargs)
        return real(*args, **kwargs)

    app.exit = exit
    return seen


def warning(app) -> str:
    """The lasting line under the screen row, as the user reads it ('' when none)."""
    bar = app.screen.query_one(NavBar)
    text = str(bar.render())
    return text.split("\n", 1)[1] if "\n" in text else ""


async def _type_at_end(pilot, app, text: str) -> None:
    area = app.screen.query_one("#text", TextArea)
    area.focus()
    area.move_cursor(area.document.end)
    area.insert(text)
    await pilot.pause()


async def _leave_after_typing(pilot, app, text: str) -> None:
    """In the editor, `text` typed at the end, then Ctrl+Q: the leave question is shown."""
    await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
    await _type_at_end(pilot, app, text)
    await pilot.press("ctrl+q")
    await wait_for(pilot, lambda: isinstance(app.screen, LeaveScreen))


@pytest.mark.parametrize(
    ("lang", "code", "why"),
    [
        ("nb", errno.ENOSPC, "disken er full"),
        ("nn", errno.EFBIG, "disken er full"),
        ("en", errno.EROFS, "no permission to write"),
        ("nb", errno.EACCES, "ingen skrivetilgang"),
    ],
)
async def test_a_failed_autosave_shows_a_lasting_warning_until_a_save_succeeds(strong: Path, monkeypatch, lang: str, code: int, why: str) -> None:
    disk = Disk(monkeypatch, code, strong.parent)
    before = strong.read_text(encoding="utf-8")
    app = make_app(strong, save_delay=0.05, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert warning(app) == ""
        await _type_at_end(pilot, app, "\nVIKTIG NY TEKST.")
        await wait_for(pilot, lambda: why in warning(app))
        assert "sterk.md" in warning(app) and ("F10" in warning(app))
        for _ in range(10):  # it stays (a toast would have gone), on other screens too
            await pilot.pause(0.1)
        await open_screen(pilot, app, "f4", "budget")
        await wait_for(pilot, lambda: why in warning(app))
        assert strong.read_text(encoding="utf-8") == before
        disk.heal()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: warning(app) == "")
        assert strong.read_text(encoding="utf-8").endswith("VIKTIG NY TEKST.")


async def test_a_journal_that_cannot_be_written_is_said_while_the_file_is_not_saved_either(strong: Path, monkeypatch) -> None:
    disk = Disk(monkeypatch, errno.ENOSPC, strong.parent)
    disk.journal = errno.ENOSPC
    app = make_app(strong, save_delay=0.05)
    told = exits(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "\nTekst.")
        await wait_for(pilot, lambda: "bare i dette vinduet" in warning(app))
        assert "disken er full" in warning(app)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, LeaveScreen))
        shown = str(app.screen.query_one("#leave-leave").label)
        assert "MIST" in shown and "gjenopprettingskopien" not in shown
        await pilot.press("3")
    assert app.return_code == 1
    assert "endringene er tapt" in told[-1]["message"]
    assert not journal_path(strong).exists()


async def test_ctrl_q_with_unsaved_text_asks_and_can_stay_or_quit_keeping_the_journal(strong: Path, monkeypatch) -> None:
    Disk(monkeypatch, errno.EFBIG, strong.parent)
    before = strong.read_text(encoding="utf-8")
    app = make_app(strong, save_delay=60)
    told = exits(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await _leave_after_typing(pilot, app, "\nVIKTIG AVSNITT.")
        question = str(app.screen.query_one("#leave-question").render())
        assert "ikke lagret i sterk.md" in question and "disken er full" in question
        assert "gjenopprettingskopien" in str(app.screen.query_one("#leave-leave").label)
        await pilot.press("ctrl+q")  # a second Ctrl+Q does not quit behind the question
        await pilot.pause()
        assert isinstance(app.screen, LeaveScreen) and app.is_running
        await pilot.press("escape")  # stay
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.text.endswith("VIKTIG AVSNITT.")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, LeaveScreen))
        await pilot.press("3")  # quit anyway
    assert app.return_code == 1  # not a silent 0, and the terminal is told where the text is:
    assert told[-1]["message"] == "skisse: teksten i sterk.md ble ikke lagret. Den ligger i gjenopprettingskopien og tilbys neste gang du åpner skissen."
    assert strong.read_text(encoding="utf-8") == before
    record = json.loads(journal_path(strong).read_text(encoding="utf-8"))
    assert record["text"].endswith("VIKTIG AVSNITT.") and record["reason"] == "disk_full" and record["closed"] is True


async def test_the_palette_quit_asks_too(strong: Path, monkeypatch) -> None:
    Disk(monkeypatch, errno.ENOSPC, strong.parent)
    app = make_app(strong, save_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "\nMer.")
        await app.action_quit()  # what the palette's «Avslutt» runs
        await wait_for(pilot, lambda: isinstance(app.screen, LeaveScreen))
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.is_running


async def test_quitting_with_everything_saved_asks_nothing(strong: Path) -> None:
    app = make_app(strong, save_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "\nLagres ved avslutning.")
        await pilot.press("ctrl+q")
    assert app.return_code in (0, None)
    assert strong.read_text(encoding="utf-8").endswith("Lagres ved avslutning.")


async def test_save_as_from_the_quit_question_writes_elsewhere_then_quits(strong: Path, tmp_path: Path, monkeypatch) -> None:
    Disk(monkeypatch, errno.EROFS, strong.parent)
    elsewhere = tmp_path / "annet"
    elsewhere.mkdir()
    app = make_app(strong, save_delay=60, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await _leave_after_typing(pilot, app, "\nKEEP ME.")
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, SaveAsScreen))
        box = app.screen.query_one("#save-as-path", Input)
        box.value = str(elsewhere / "kopi.md")
        await pilot.press("enter")
    assert app.return_code in (0, None)
    assert (elsewhere / "kopi.md").read_text(encoding="utf-8").endswith("KEEP ME.")
    assert not strong.read_text(encoding="utf-8").endswith("KEEP ME.")
    assert not journal_path(strong).exists() and not journal_path(elsewhere / "kopi.md").exists()


async def test_save_as_goes_on_editing_the_new_file_and_asks_before_replacing(strong: Path, tmp_path: Path, monkeypatch) -> None:
    Disk(monkeypatch, errno.EACCES, strong.parent)
    elsewhere = tmp_path / "annet"
    elsewhere.mkdir()
    taken = elsewhere / "finnes.md"
    taken.write_text("Noen andres tekst.\n", encoding="utf-8")
    app = make_app(strong, save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "\nFØRSTE.")
        await wait_for(pilot, lambda: "IKKE lagret" in warning(app))
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, SaveAsScreen))
        box = app.screen.query_one("#save-as-path", Input)
        box.value = str(taken)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "finnes allerede" in str(app.screen.query_one("#save-as-error").render()))
        assert taken.read_text(encoding="utf-8") == "Noen andres tekst.\n"  # nothing replaced without a yes
        box.value = str(elsewhere / "ny.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.draft.path.name == "ny.md")
        assert warning(app) == ""
        await _type_at_end(pilot, app, "\nANDRE.")
        await wait_for(pilot, lambda: (elsewhere / "ny.md").read_text(encoding="utf-8").endswith("FØRSTE.\nANDRE."))
        await pilot.press("ctrl+q")
    assert app.return_code in (0, None)
    assert taken.read_text(encoding="utf-8") == "Noen andres tekst.\n"


async def test_save_as_in_a_served_window_stays_in_its_folder(served_folder: Path, tmp_path: Path, monkeypatch) -> None:
    import shutil

    sketch = served_folder / "s.md"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md", sketch)
    monkeypatch.chdir(served_folder)
    outside = tmp_path / "ute"
    outside.mkdir()
    app = make_app(sketch, save_delay=60, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, SaveAsScreen))
        box = app.screen.query_one("#save-as-path", Input)
        assert Path(box.value).name == "s-copy.md" and Path(box.value).resolve().parent == served_folder.resolve()
        box.value = str(outside / "x.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "outside the folder" in str(app.screen.query_one("#save-as-error").render()))
        box.value = str(served_folder / "inne.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.draft.path.name == "inne.md")
    assert list(outside.iterdir()) == [] and (served_folder / "inne.md").exists()


async def test_opening_another_sketch_with_unsaved_text_asks_first(strong: Path, tmp_path: Path, monkeypatch) -> None:
    Disk(monkeypatch, errno.ENOSPC, strong.parent)
    other = tmp_path / "andre" / "b.md"
    other.parent.mkdir()
    other.write_text(strong.read_text(encoding="utf-8"), encoding="utf-8")
    app = make_app(strong, save_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "\nUlagret.")
        app.post_message(OpenSketch(other))  # what the start page and the file dialog send
        await wait_for(pilot, lambda: isinstance(app.screen, LeaveScreen))
        assert "Lukk likevel" in str(app.screen.query_one("#leave-leave").label)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.path == strong and app.draft.text.endswith("Ulagret.")
        app.post_message(OpenSketch(other))
        await wait_for(pilot, lambda: isinstance(app.screen, LeaveScreen))
        await pilot.press("3")
        await wait_for(pilot, lambda: app.draft is not None and app.draft.path == other)
    assert recovery_for(strong) is not None and recovery_for(strong).text.endswith("Ulagret.")


@pytest.mark.parametrize(
    ("reason", "closed", "expected", "not_expected"),
    [
        ("disk_full", True, "fordi disken er full", "ikke avsluttet ordentlig"),
        ("no_write", True, "fordi det er ingen skrivetilgang", "ikke avsluttet ordentlig"),
        (None, True, "lukket før all tekst var lagret", "ikke avsluttet ordentlig"),
        (None, False, "ikke avsluttet ordentlig", "fordi"),
    ],
)
async def test_the_recovery_offer_says_why_the_text_was_not_saved(strong: Path, reason, closed, expected: str, not_expected: str) -> None:
    write_journal(strong, strong.read_text(encoding="utf-8") + "\nTapt?\n", disk_hash(strong), reason=reason, closed=closed)
    app = make_app(strong, save_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        question = await asked(pilot, app)
        assert expected in question and not_expected not in question


async def test_recovery_into_a_folder_that_still_cannot_be_written_offers_save_as(strong: Path, tmp_path: Path, monkeypatch) -> None:
    lost = strong.read_text(encoding="utf-8") + "\nTekst fra sist.\n"
    write_journal(strong, lost, disk_hash(strong), reason="no_write", closed=True)
    Disk(monkeypatch, errno.EROFS, strong.parent)
    app = make_app(strong, save_delay=60)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: isinstance(app.screen, SaveAsScreen))
        assert app.draft.text == lost
        (tmp_path / "annet").mkdir()
        target = tmp_path / "annet" / "berget.md"  # the sketch's own folder still refuses
        app.screen.query_one("#save-as-path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.draft.path == target)
    assert target.read_text(encoding="utf-8") == lost


async def test_the_leave_question_and_the_save_as_dialog_fit_80x24(strong: Path, monkeypatch) -> None:
    Disk(monkeypatch, errno.ENOSPC, strong.parent)
    app = make_app(strong, save_delay=60, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await _leave_after_typing(pilot, app, "\nX.")
        for button in app.screen.query("#leave-dialog Button"):
            region = button.region
            assert region.height >= 1 and region.bottom <= 24 and region.right <= 80
            assert len(str(button.label)) <= region.width
        await pilot.press("2")
        await wait_for(pilot, lambda: isinstance(app.screen, SaveAsScreen))
        for widget in app.screen.query("#save-as-dialog > *"):
            assert widget.region.bottom <= 24 and widget.region.right <= 80
        assert app.screen.query_one("#save-as-save").region.height >= 1


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
async def test_the_warning_is_whole_on_every_workspace_screen_at_80x24(strong: Path, monkeypatch, lang: str) -> None:
    import math

    from textual.widgets import Footer

    disk = Disk(monkeypatch, errno.ENOSPC, strong.parent)
    disk.journal = errno.ENOSPC  # the longest warning: neither the file nor the journal
    app = make_app(strong, save_delay=0.05, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "\nX.")
        await wait_for(pilot, lambda: warning(app) != "")
        text = app.unsaved_warning()
        for key, name in (("f2", "interview"), ("f3", "editor"), ("f4", "budget"), ("f5", "partners"), ("f6", "export"), ("f12", "coach")):
            await pilot.press(key)
            await wait_for(pilot, lambda name=name: getattr(app.screen, "screen_name", "") == name)
            await wait_for(pilot, lambda: warning(app) != "")
            await pilot.pause()
            bar = app.screen.query_one(NavBar)
            lines = app.screen.query_one(NavBar).render_lines(bar.region.reset_offset)
            shown = " ".join("".join(s.text for s in line).strip() for line in lines[1:])
            assert " ".join(shown.split()) == " ".join(text.split()), name  # every word, nothing cut
            assert bar.region.height >= 1 + math.ceil(len(text) / 78)
            footers = [w for w in app.screen.query("*") if isinstance(w, Footer) or type(w).__name__ == "CompactFooter"]
            assert all(f.region.bottom <= 24 for f in footers)


async def test_a_save_as_that_fails_asks_again_saying_why(strong: Path, tmp_path: Path, monkeypatch) -> None:
    full = tmp_path / "full"
    full.mkdir()
    Disk(monkeypatch, errno.ENOSPC, strong.parent, full)
    app = make_app(strong, save_delay=60, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await _type_at_end(pilot, app, "\nStill here.")
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, SaveAsScreen))
        app.screen.query_one("#save-as-path", Input).value = str(full / "x.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SaveAsScreen) and "the file was not created" in str(app.screen.query_one("#save-as-error").render()))
        assert "the disk is full" in str(app.screen.query_one("#save-as-error").render())
        assert app.screen.query_one("#save-as-path", Input).value == str(full / "x.md")  # kept, to change
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        assert app.draft.path == strong and app.draft.text.endswith("Still here.") and not (full / "x.md").exists()
