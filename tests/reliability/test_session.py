"""EditSession: lock, conflict guard, autosave and recovery behind one object an editor can use."""

from __future__ import annotations

import hashlib

import pytest

from assistant.core.files.autosave import EditSession, journal_path
from assistant.core.files.locks import lock_path_for
from assistant.core.files.storage import SkisseFileError

from .first_version import ORIGINAL, sketch  # noqa: F401 - fixture


def test_open_edit_save_close(sketch):
    opened = EditSession.open(sketch, background=False)
    session = opened.session
    assert opened.text == ORIGINAL and opened.warnings == [] and opened.recovery is None and opened.held_by is None
    assert session.guard.known_hash == hashlib.sha256(sketch.read_bytes()).hexdigest()
    assert lock_path_for(sketch).exists()
    session.changed(ORIGINAL + "Mer.\n")
    assert journal_path(sketch).exists()
    assert session.save()
    assert sketch.read_text(encoding="utf-8") == ORIGINAL + "Mer.\n"
    assert session.close()
    assert not lock_path_for(sketch).exists() and not journal_path(sketch).exists()


def test_second_open_sees_the_first(sketch):
    first = EditSession.open(sketch, background=False)
    second = EditSession.open(sketch, background=False)
    assert second.held_by is not None and second.held_by.pid == first.session.lock._me.pid
    second.session.close()
    assert lock_path_for(sketch).exists()  # the first one's lock stays
    first.session.close()
    assert not lock_path_for(sketch).exists()


def test_unsaved_text_of_a_dead_session_is_offered(sketch):
    dead = EditSession.open(sketch, background=False, delay=60)
    dead.session.changed(ORIGINAL + "Skrevet før krasjet.\n")
    dead.session.lock.release()  # as if the process had died: its lock is stale
    opened = EditSession.open(sketch, background=False)
    assert opened.held_by is None
    assert opened.recovery is not None and opened.recovery.text == ORIGINAL + "Skrevet før krasjet.\n"
    assert opened.text == ORIGINAL


def test_conflict_reaches_the_editor_and_nothing_is_overwritten(sketch):
    conflicts = []
    opened = EditSession.open(sketch, background=False, on_conflict=conflicts.append)
    session = opened.session
    sketch.write_text("Endret i et annet program.\n", encoding="utf-8")
    session.changed("Min tekst.\n")
    assert session.save() is False
    assert sketch.read_text(encoding="utf-8") == "Endret i et annet program.\n"
    assert len(conflicts) == 1 and "+Min tekst." in conflicts[0].diff()
    text = session.guard.reload()
    session.resolved()
    session.changed(text + "Min tekst.\n")
    assert session.save()
    assert sketch.read_text(encoding="utf-8") == "Endret i et annet program.\nMin tekst.\n"
    assert session.close()


def test_close_with_an_open_conflict_keeps_the_text_for_recovery(sketch):
    opened = EditSession.open(sketch, background=False)
    sketch.write_text("andres\n", encoding="utf-8")
    opened.session.changed("mitt\n")
    assert opened.session.close() is False
    assert sketch.read_text(encoding="utf-8") == "andres\n"
    again = EditSession.open(sketch, background=False)
    assert again.recovery is not None and again.recovery.text == "mitt\n"


def test_refused_files_raise_one_line(tmp_path):
    bad = tmp_path / "b.md"
    bad.write_bytes(b"%PDF-1.4" + bytes(range(256)))
    with pytest.raises(SkisseFileError, match="this is a PDF"):
        EditSession.open(bad, background=False, lang="en")
    assert not lock_path_for(bad).exists()


def test_cp1252_file_is_not_rewritten_until_an_edit(tmp_path):
    p = tmp_path / "w.md"
    data = "## Behov\n\nØkonomi.\n".encode("cp1252")
    p.write_bytes(data)
    opened = EditSession.open(p, background=False, lang="en")
    assert opened.warnings and "Økonomi" in opened.text
    assert opened.session.close()
    assert p.read_bytes() == data
