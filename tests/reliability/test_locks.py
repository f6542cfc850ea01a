"""Conflicts and locks: a file changed on disk is never silently overwritten."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from assistant.core.files.locks import (
    ConflictError,
    FileGuard,
    LockInfo,
    SketchLock,
    content_hash,
    disk_hash,
    lock_path_for,
    mine_copy_path,
)

from .first_version import ORIGINAL, sketch  # noqa: F401 - fixture


def test_hash_of_text_matches_hash_of_file(sketch):
    assert disk_hash(sketch) == content_hash(ORIGINAL)
    assert disk_hash(sketch.with_name("nope.md")) is None


def test_save_when_unchanged_on_disk(sketch):
    guard = FileGuard.from_disk(sketch)
    guard.save("## Behov\n\nAndre versjon.\n")
    assert sketch.read_text(encoding="utf-8") == "## Behov\n\nAndre versjon.\n"
    guard.save("## Behov\n\nTredje.\n")  # its own save is not a conflict
    assert sketch.read_text(encoding="utf-8") == "## Behov\n\nTredje.\n"


def test_changed_on_disk_raises_and_writes_nothing(sketch):
    guard = FileGuard.from_disk(sketch)
    sketch.write_text("## Behov\n\nEndret i et annet program.\n", encoding="utf-8")
    with pytest.raises(ConflictError) as info:
        guard.save("## Behov\n\nMin tekst.\n")
    assert sketch.read_text(encoding="utf-8") == "## Behov\n\nEndret i et annet program.\n"
    conflict = info.value.conflict
    assert conflict.mine == "## Behov\n\nMin tekst.\n"
    assert conflict.disk_text() == "## Behov\n\nEndret i et annet program.\n"
    diff = conflict.diff()
    assert "-Endret i et annet program." in diff and "+Min tekst." in diff
    assert "skisse.md (disk)" in diff and "skisse.md (mine)" in diff


def test_resolve_by_reload(sketch):
    guard = FileGuard.from_disk(sketch)
    sketch.write_text("andres\n", encoding="utf-8")
    assert guard.check("mitt\n") is not None
    assert guard.reload() == "andres\n"
    assert guard.check("mitt\n") is None
    guard.save("andres + mitt\n")
    assert sketch.read_text(encoding="utf-8") == "andres + mitt\n"


def test_resolve_by_keeping_mine_as_a_copy(sketch):
    guard = FileGuard.from_disk(sketch)
    sketch.write_text("andres\n", encoding="utf-8")
    conflict = guard.check("mitt\n")
    copy = guard.keep_mine(conflict)
    assert copy.parent == sketch.parent
    assert copy.name.startswith("skisse.mine-") and copy.suffix == ".md"
    assert copy.read_text(encoding="utf-8") == "mitt\n"
    assert sketch.read_text(encoding="utf-8") == "andres\n"


def test_resolve_by_overwriting_keeps_theirs_as_backup(sketch):
    guard = FileGuard.from_disk(sketch)
    sketch.write_text("andres\n", encoding="utf-8")
    guard.overwrite(guard.check("mitt\n"))
    assert sketch.read_text(encoding="utf-8") == "mitt\n"
    assert sketch.with_name("skisse.md~").read_text(encoding="utf-8") == "andres\n"


def test_deleted_file_is_recreated_not_a_conflict(sketch):
    guard = FileGuard.from_disk(sketch)
    sketch.unlink()
    guard.save("mitt\n")
    assert sketch.read_text(encoding="utf-8") == "mitt\n"


def test_mine_copy_name_never_overwrites(sketch):
    when = dt.datetime(2026, 3, 4, 5, 6, 7)
    first = mine_copy_path(sketch, when)
    assert first.name == "skisse.mine-20260304-050607.md"
    first.write_text("x", encoding="utf-8")
    assert mine_copy_path(sketch, when).name == "skisse.mine-20260304-050607-2.md"


def test_lock_blocks_a_second_holder_and_is_released(sketch):
    first = SketchLock(sketch)
    assert first.acquire() is None and first.held
    info = json.loads(lock_path_for(sketch).read_text(encoding="utf-8"))
    assert info["pid"] == os.getpid() and info["host"]
    second = SketchLock(sketch)
    holder = second.acquire()
    assert holder is not None and holder.pid == os.getpid() and not second.held
    first.release()
    assert not lock_path_for(sketch).exists()
    assert second.acquire() is None and second.held
    second.release()


def test_lock_held_by_another_live_process(sketch):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        other = LockInfo(child.pid, LockInfo.here().host, "kari", "2026-01-01T00:00:00+00:00")
        lock_path_for(sketch).write_text(other.to_json(), encoding="utf-8")
        assert SketchLock(sketch).acquire() == other
    finally:
        child.kill()
        child.wait()
    # Now the holder is dead: the lock is stale and taken over.
    lock = SketchLock(sketch)
    assert lock.acquire() is None and lock.held
    assert json.loads(lock_path_for(sketch).read_text(encoding="utf-8"))["pid"] == os.getpid()


@pytest.mark.parametrize("content", ["", "{not json", '{"pid": "x"}'])
def test_unreadable_lock_is_stale(sketch, content):
    lock_path_for(sketch).write_text(content, encoding="utf-8")
    lock = SketchLock(sketch)
    assert lock.acquire() is None and lock.held


def test_lock_on_another_host_is_respected_unless_forced(sketch):
    other = LockInfo(1, "another-host.example", "ola", "2026-01-01T00:00:00+00:00")
    lock_path_for(sketch).write_text(other.to_json(), encoding="utf-8")
    lock = SketchLock(sketch)
    assert lock.acquire() == other
    assert lock.acquire(force=True) is None and lock.held


def test_release_leaves_someone_elses_lock(sketch):
    lock = SketchLock(sketch)
    lock.acquire()
    other = LockInfo(1, "another-host.example", "ola", "2026-01-01T00:00:00+00:00")
    lock_path_for(sketch).write_text(other.to_json(), encoding="utf-8")
    lock.release()
    assert lock_path_for(sketch).exists()


def test_lock_in_a_read_only_folder_does_not_fail(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "s.md").write_text("x", encoding="utf-8")
    folder.chmod(0o555)
    try:
        lock = SketchLock(folder / "s.md")
        if os.access(folder, os.W_OK):  # root writes anyway
            assert lock.acquire() is None
            lock.release()
        else:
            assert lock.acquire() is None and not lock.held
    finally:
        folder.chmod(0o755)
