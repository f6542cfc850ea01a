"""Autosave: debounced, atomic, journalled; a crash loses at most the last two seconds."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from assistant.core.files import autosave, exiting, storage
from assistant.core.files.autosave import AutoSaver, discard, journal_path, pending_recoveries, recover, recovery_for
from assistant.core.files.locks import FileGuard

from .first_version import ORIGINAL, FakeClock, sketch  # noqa: F401 - fixture


def test_saves_only_after_the_delay_since_the_last_change(sketch):
    clock = FakeClock()
    saver = AutoSaver(sketch, clock=clock)
    saver.touch(ORIGINAL + "a")
    clock.now += 1.5
    saver.touch(ORIGINAL + "ab")
    clock.now += 1.9
    assert saver.tick() is False
    assert sketch.read_text(encoding="utf-8") == ORIGINAL
    clock.now += 0.1
    assert saver.tick() is True
    assert sketch.read_text(encoding="utf-8") == ORIGINAL + "ab"
    assert not saver.pending and saver.tick() is False


def test_journal_is_written_on_every_change_and_removed_after_save(sketch, skisse_home):
    clock = FakeClock()
    saver = AutoSaver(sketch, clock=clock)
    saver.touch(ORIGINAL + "x")
    journal = journal_path(sketch)
    assert journal.parent == skisse_home / "state" / "recovery"
    assert json.loads(journal.read_text(encoding="utf-8"))["text"] == ORIGINAL + "x"
    assert journal.stat().st_mode & 0o777 == 0o600
    saver.touch(ORIGINAL + "xy")
    assert json.loads(journal.read_text(encoding="utf-8"))["text"] == ORIGINAL + "xy"
    assert saver.flush()
    assert not journal.exists()


def test_backup_is_the_file_as_opened(sketch):
    clock = FakeClock()
    saver = AutoSaver(sketch, clock=clock)
    for i in range(3):
        saver.touch(f"versjon {i}\n")
        saver.flush()
    assert sketch.read_text(encoding="utf-8") == "versjon 2\n"
    assert sketch.with_name("skisse.md~").read_text(encoding="utf-8") == ORIGINAL


def test_flush_on_close(sketch):
    saver = AutoSaver(sketch, delay=60)
    saver.touch("siste ord\n")
    assert saver.close()
    assert sketch.read_text(encoding="utf-8") == "siste ord\n"
    saver.touch("etter lukking\n")
    assert sketch.read_text(encoding="utf-8") == "siste ord\n"


def test_background_thread_saves_after_the_delay(sketch):
    saved = []
    saver = AutoSaver(sketch, delay=0.05, on_saved=saved.append).start()
    try:
        saver.touch("fra tråden\n")
        deadline = time.monotonic() + 10
        while not saved and time.monotonic() < deadline:
            time.sleep(0.01)
        assert saved == [sketch]
        assert sketch.read_text(encoding="utf-8") == "fra tråden\n"
    finally:
        saver.close()


def test_conflict_stops_autosave_and_keeps_the_journal(sketch):
    clock = FakeClock()
    conflicts = []
    saver = AutoSaver(sketch, clock=clock, on_conflict=conflicts.append)
    sketch.write_text("endret utenfra\n", encoding="utf-8")
    saver.touch("min tekst\n")
    clock.now += 5
    assert saver.tick() is False
    assert sketch.read_text(encoding="utf-8") == "endret utenfra\n"
    assert len(conflicts) == 1 and conflicts[0].mine == "min tekst\n"
    assert saver.pending and journal_path(sketch).exists()
    # Still blocked until the user resolves it.
    assert saver.flush() is False
    saver.guard.overwrite(saver.conflict)
    saver.resolved()
    saver.mark_saved("min tekst\n")
    assert not saver.pending and not journal_path(sketch).exists()


def test_conflict_resolved_by_reload_then_saving_resumes(sketch):
    clock = FakeClock()
    saver = AutoSaver(sketch, clock=clock)
    sketch.write_text("endret utenfra\n", encoding="utf-8")
    saver.touch("min tekst\n")
    assert saver.flush() is False
    text = saver.guard.reload()
    saver.resolved()
    saver.touch(text + "pluss mitt\n")
    assert saver.flush()
    assert sketch.read_text(encoding="utf-8") == "endret utenfra\npluss mitt\n"


def test_full_disk_keeps_old_file_and_journal_and_reports(sketch, monkeypatch):
    errors = []
    saver = AutoSaver(sketch, on_error=errors.append, lang="en")
    saver.touch("ny tekst\n")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "fsync", full)
    assert saver.flush() is False
    assert sketch.read_text(encoding="utf-8") == ORIGINAL
    assert len(errors) == 1 and "disk is full" in str(errors[0])
    assert recover(sketch) == "ny tekst\n"
    monkeypatch.undo()
    assert saver.flush()
    assert sketch.read_text(encoding="utf-8") == "ny tekst\n"


def test_recovery_listing_recover_and_discard(sketch, tmp_path):
    other = tmp_path / "annen.md"
    other.write_text("annen\n", encoding="utf-8")
    AutoSaver(sketch).touch("ulagret 1\n")
    AutoSaver(other).touch("annen\n")  # same as the file: nothing to recover
    recs = pending_recoveries()
    assert [(r.path, r.text) for r in recs] == [(sketch.absolute(), "ulagret 1\n")]
    assert not journal_path(other).exists()
    assert recovery_for(sketch).text == "ulagret 1\n"
    assert recover(sketch) == "ulagret 1\n"
    discard(sketch)
    assert pending_recoveries() == [] and recovery_for(sketch) is None
    with pytest.raises(KeyError):
        recover(sketch)


def test_corrupt_journal_is_ignored(sketch):
    folder = autosave.recovery_dir()
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{half", encoding="utf-8")
    assert pending_recoveries() == []


def test_new_file_is_saved_without_backup(tmp_path):
    path = tmp_path / "ny.md"
    saver = AutoSaver(path)
    saver.touch("ny\n")
    assert saver.flush()
    assert path.read_text(encoding="utf-8") == "ny\n" and not path.with_name("ny.md~").exists()


def test_guard_from_the_editor_is_shared(sketch):
    guard = FileGuard.from_disk(sketch)
    saver = AutoSaver(sketch, guard=guard)
    guard.save("lagret av editoren\n")
    saver.touch("lagret av editoren\nog mer\n")
    assert saver.flush()


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from assistant.core.files.autosave import AutoSaver
    from assistant.core.files.exiting import install_signal_handlers
    install_signal_handlers()
    saver = AutoSaver(Path(sys.argv[1]), delay=float(sys.argv[2])).start()
    for i in range(5):
        saver.touch("linje %d\\n" % i * (i + 1))
    saver.touch(sys.argv[3])
    print("ready", flush=True)
    time.sleep(60)
    """
)


def _child(sketch, delay, text):
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(sketch), str(delay), text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
        text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_kill_9_loses_nothing_that_was_typed(sketch):
    proc = _child(sketch, 60, "siste setning før krasjet\n")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert sketch.read_text(encoding="utf-8") == ORIGINAL  # the 60 s delay had not passed
    recs = pending_recoveries()
    assert [r.text for r in recs] == ["siste setning før krasjet\n"]
    assert recs[0].path == sketch.absolute()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_flush(sketch, signum):
    proc = _child(sketch, 60, "lagret ved signal\n")
    proc.send_signal(signum)
    proc.wait(timeout=30)
    assert proc.returncode == 128 + signum
    assert sketch.read_text(encoding="utf-8") == "lagret ved signal\n"
    assert sketch.with_name("skisse.md~").read_text(encoding="utf-8") == ORIGINAL
    assert pending_recoveries() == []


HANGING_UI = textwrap.dedent(
    """
    import sys, threading, time
    from pathlib import Path
    from assistant.core.files import autosave, exiting
    exiting.EXIT_GRACE_S = 0.5
    exiting.install_signal_handlers()
    asked = []
    exiting.register_exit(asked.append)  # a UI asked to leave that never does
    saver = autosave.AutoSaver(Path(sys.argv[1]), delay=60).start()
    saver.touch(sys.argv[2])
    threading.Thread(target=time.sleep, args=(60,)).start()  # and a thread that never ends
    print("ready", flush=True)
    while True:
        time.sleep(0.05)
        if asked:
            print("asked", asked[0], flush=True)
            asked.clear()
    """
)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_ui_is_asked_to_leave_and_ends_anyway_if_it_hangs(sketch, signum):
    proc = subprocess.Popen(
        [sys.executable, "-c", HANGING_UI, str(sketch), "lagret før utgangen\n"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ.copy(), text=True,
    )
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signum)
    proc.wait(timeout=30)
    assert proc.returncode == 128 + signum  # ended by the grace timer, with the signal's code
    assert proc.stdout.read().split() == ["asked", str(128 + signum)]  # the UI was asked first
    assert sketch.read_text(encoding="utf-8") == "lagret før utgangen\n"


def test_suspend_flushes_before_stopping(sketch):
    proc = _child(sketch, 60, "lagret ved ctrl-z\n")
    try:
        proc.send_signal(signal.SIGTSTP)
        deadline = time.monotonic() + 20
        while sketch.read_text(encoding="utf-8") != "lagret ved ctrl-z\n" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sketch.read_text(encoding="utf-8") == "lagret ved ctrl-z\n"
    finally:
        proc.send_signal(signal.SIGCONT)
        proc.kill()
        proc.wait(timeout=30)


def test_large_text_is_journalled_at_most_once_a_second(sketch, monkeypatch):
    monkeypatch.setattr(autosave, "JOURNAL_LARGE", 100)
    clock = FakeClock()
    saver = AutoSaver(sketch, clock=clock, delay=60)
    big = "x" * 200
    saver.touch(big + "1")
    saver.touch(big + "2")
    assert recover(sketch) == big + "1"
    clock.now += 0.5
    saver.tick()
    assert recover(sketch) == big + "1"
    clock.now += 0.5
    saver.tick()
    assert recover(sketch) == big + "2"
    clock.now += 1.0
    saver.touch(big + "3")  # a second after the last write: journalled at once
    assert recover(sketch) == big + "3"


def test_large_text_journal_catches_up_in_the_background(sketch, monkeypatch):
    monkeypatch.setattr(autosave, "JOURNAL_LARGE", 100)
    monkeypatch.setattr(autosave, "JOURNAL_INTERVAL", 0.05)
    saver = AutoSaver(sketch, delay=60).start()
    try:
        big = "y" * 200
        saver.touch(big + "a")
        saver.touch(big + "b")
        deadline = time.monotonic() + 10
        while recover(sketch) != big + "b" and time.monotonic() < deadline:
            time.sleep(0.01)
        assert recover(sketch) == big + "b"
        assert sketch.read_text(encoding="utf-8") == ORIGINAL  # the save itself waits its 60 s
    finally:
        saver.close()


CHILD_CALLBACK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from assistant.core.files.exiting import install_signal_handlers, register_flush
    from assistant.core.files.storage import atomic_write_text
    pending = {"text": sys.argv[2]}
    def save():
        atomic_write_text(Path(sys.argv[1]), pending["text"])
    install_signal_handlers()
    register_flush(save)
    print("ready", flush=True)
    time.sleep(60)
    """
)


def test_registered_flush_runs_on_sigterm(sketch):
    proc = subprocess.Popen([sys.executable, "-c", CHILD_CALLBACK, str(sketch), "fra editorens egen lagring\n"], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert sketch.read_text(encoding="utf-8") == "fra editorens egen lagring\n"


def test_unregistered_flush_does_not_run():
    calls = []
    unregister = exiting.register_flush(lambda: calls.append(1))
    exiting.flush_all()
    unregister()
    exiting.flush_all()
    assert calls == [1]
