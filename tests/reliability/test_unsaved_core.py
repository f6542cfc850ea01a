"""The core's side of unsaved text: the journal says why a save failed and that the window was
closed on purpose; a journal that cannot be written is reported; a failed write of a new file does
not speak of «the old file»; an operating system's error is a plain phrase, never «[Errno 27]».

Tests run as root: a full disk and a read-only folder are simulated where the atomic write makes
its temp file (`storage._temp_file`), so the error takes the real way through `atomic_write_bytes`.
"""

from __future__ import annotations

import errno
import json
import os

import pytest

from assistant.cli.main import main
from assistant.core.files import autosave, storage
from assistant.core.files.autosave import AutoSaver, journal_path, recovery_for
from assistant.core.files.storage import SkisseFileError, atomic_write_text, plain_os_error

from .first_version import FakeClock, sketch  # noqa: F401 - fixture


def refuse(monkeypatch, code: int) -> None:
    def temp_file(dir_fd: int, name: str):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(storage, "_temp_file", temp_file)


@pytest.mark.parametrize(("code", "key"), [(errno.ENOSPC, "disk_full"), (errno.EFBIG, "disk_full"), (errno.EACCES, "no_write"), (errno.EROFS, "no_write")])
def test_a_failed_autosave_puts_the_reason_in_the_journal_and_close_marks_it_closed(sketch, monkeypatch, code: int, key: str):
    refuse(monkeypatch, code)
    clock = FakeClock()
    saver = AutoSaver(sketch, delay=1.0, clock=clock)
    saver.touch("## Behov\n\nNy tekst.\n")
    clock.now += 2
    assert saver.tick() is False
    assert saver.failure == key
    record = json.loads(journal_path(sketch).read_text(encoding="utf-8"))
    assert record["reason"] == key and "closed" not in record
    assert saver.close() is False
    recovery = recovery_for(sketch)
    assert recovery is not None and recovery.reason == key and recovery.closed and recovery.text.endswith("Ny tekst.\n")


def test_a_journal_that_cannot_be_written_is_reported_and_its_recovery_too(sketch, monkeypatch):
    seen: list[object] = []
    real = autosave.write_journal
    failing = {"on": True}

    def journal(*args, **kwargs):
        if failing["on"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(autosave, "write_journal", journal)
    saver = AutoSaver(sketch, delay=60, clock=FakeClock(), on_journal=seen.append)
    saver.touch("a")
    assert isinstance(saver.journal_error, OSError) and seen[-1] is saver.journal_error
    failing["on"] = False
    saver.touch("ab")
    assert saver.journal_error is None and seen[-1] is None
    assert saver.close() is True


def test_a_session_that_saved_everything_leaves_no_reason_behind(sketch, monkeypatch):
    clock = FakeClock()
    saver = AutoSaver(sketch, delay=1.0, clock=clock)
    refuse(monkeypatch, errno.ENOSPC)
    saver.touch("x")
    clock.now += 2
    saver.tick()
    monkeypatch.undo()
    assert saver.flush() is True and saver.failure is None
    assert saver.close() is True and not journal_path(sketch).exists()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES, errno.EIO])
def test_a_new_file_that_could_not_be_written_is_not_called_the_old_file(tmp_path, monkeypatch, code: int):
    refuse(monkeypatch, code)
    for lang, old in (("nb", "gamle filen"), ("nn", "gamle fila"), ("en", "old file")):
        with pytest.raises(SkisseFileError) as new:
            atomic_write_text(tmp_path / "ny.md", "x", lang=lang)
        assert old not in str(new.value) and "Errno" not in str(new.value)
        existing = tmp_path / "gammel.md"
        existing.write_text("y", encoding="utf-8")
        with pytest.raises(SkisseFileError) as replaced:
            atomic_write_text(existing, "x", lang=lang)
        assert old in str(replaced.value) and existing.read_text(encoding="utf-8") == "y"


def test_skisse_new_in_a_read_only_folder_does_not_promise_an_old_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    refuse(monkeypatch, errno.EROFS)
    assert main(["--lang", "nb", "new", "ny.md"]) != 0
    err = capsys.readouterr().err
    assert err == "skisse: ny.md: kan ikke skrive her (ingen tilgang eller skrivebeskyttet mappe); filen ble ikke laget\n"
    assert not (tmp_path / "ny.md").exists()


@pytest.mark.parametrize(
    ("code", "lang", "phrase"),
    [
        (errno.EFBIG, "nb", "disken er full"),
        (errno.ENOSPC, "nn", "disken er full"),
        (errno.EROFS, "en", "no permission to write"),
        (errno.ENAMETOOLONG, "en", "the file name is too long"),
        (errno.ETIMEDOUT, "nb", "ETIMEDOUT"),
    ],
)
def test_an_operating_system_error_is_a_plain_phrase(code: int, lang: str, phrase: str):
    text = plain_os_error(OSError(code, os.strerror(code)), lang)
    assert phrase in text and "Errno" not in text and os.strerror(code) not in text


def test_the_page_gauge_says_a_full_disk_plainly(monkeypatch):
    from pathlib import Path

    from assistant.core.rendering.render import renderer
    from assistant.tui.live import compute_live
    from assistant.tui.services import Services

    def full(self, *args, **kwargs):
        raise OSError(errno.EFBIG, "File too large")

    monkeypatch.setattr(renderer.Renderer, "_load", full)
    text = (Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8")
    for lang, expected in (("nb", "Sidetallet kunne ikke regnes ut: disken er full"), ("en", "The page count could not be worked out: the disk is full")):
        state = compute_live(text + f"\n{lang}\n", Services(), lang=lang)
        assert any(e.startswith(expected) for e in state.errors), state.errors
        assert not any("Errno" in e or "File too large" in e for e in state.errors)
