"""Files Skisse writes beside a sketch or keeps for itself: exports and reports never write
through a link, state files are private, damaged ones are moved aside with one clear line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.cli.main import main

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
VICTIM = "# another user's shell settings\n"


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    """A shared folder with a sketch, and a file outside it that a planted link points to."""
    folder = tmp_path / "shared"
    folder.mkdir()
    sketch = folder / "s.md"
    shutil.copy(SKETCHES / "sterk-bokmal.md", sketch)
    victim = tmp_path / "victim" / ".bashrc"
    victim.parent.mkdir()
    victim.write_text(VICTIM)
    return sketch, victim


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["export", "{sketch}", "--md", "-o", "{link}"], "s.export.md"),
        (["export", "{sketch}", "--md"], "s.export.md"),
        (["export", "{sketch}", "--pdf", "-o", "{link}"], "s.pdf"),
        (["report", "{sketch}", "--language", "en", "-o", "{link}"], "s.rapport.md"),
        (["report", "{sketch}", "--language", "en", "-o", "{link}"], "s.rapport.pdf"),
    ],
    ids=["export-md-o", "export-md-default-name", "export-pdf", "report-md", "report-pdf"],
)
def test_exports_and_reports_never_write_through_a_planted_link(shared, argv, name, capsys):
    sketch, victim = shared
    link = sketch.parent / name
    link.symlink_to(victim)
    code = main(["--lang", "en", *[a.format(sketch=sketch, link=link) for a in argv]])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{link}: is a symbolic link; an export or report does not write through links" in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert victim.read_text() == VICTIM
    assert link.is_symlink() and Path(link).resolve() == victim.resolve()


def test_a_link_planted_after_the_check_is_replaced_not_followed(tmp_path: Path):
    from assistant.core.files.storage import atomic_write_text

    victim = tmp_path / "victim"
    victim.write_text(VICTIM)
    out = tmp_path / "out.md"
    real_replace = __import__("os").replace

    def plant_then_replace(src, dst, *a, **k):  # the race: a link appears between check and rename
        if Path(dst).name == out.name and not out.exists():  # a name in the folder the write holds open
            out.symlink_to(victim)
        return real_replace(src, dst, *a, **k)

    import os

    os.replace = plant_then_replace
    try:
        atomic_write_text(out, "export\n", no_symlink=True)
    finally:
        os.replace = real_replace
    assert victim.read_text() == VICTIM
    assert not out.is_symlink() and out.read_text() == "export\n"


def test_an_export_to_a_plain_file_still_works(shared, capsys):
    sketch, _ = shared
    assert main(["--lang", "en", "export", str(sketch), "--md"]) == 0
    out = sketch.parent / "s.export.md"
    assert out.is_file() and not out.is_symlink() and "\n## " in out.read_text()


# ------------------------------------------------------------------ the history database


def _history(sketch: Path, capsys) -> tuple[int, str]:
    code = main(["--lang", "en", "history", str(sketch)])
    return code, capsys.readouterr().err


def test_the_history_database_and_its_folder_are_private(shared, skisse_home: Path, capsys):
    import os

    os.umask(0o022)
    sketch, _ = shared
    assert main(["--lang", "en", "coach", str(sketch), "-a", "Kari", "--comment", "Mangler tall"]) == 0
    db = skisse_home / "data" / "history.sqlite3"
    assert db.stat().st_mode & 0o777 == 0o600
    assert db.parent.stat().st_mode & 0o777 == 0o700
    for extra in db.parent.glob("history.sqlite3-*"):
        assert extra.stat().st_mode & 0o077 == 0, extra


def test_a_history_database_found_wider_is_made_private(shared, skisse_home: Path, capsys):
    sketch, _ = shared
    assert main(["--lang", "en", "coach", str(sketch), "-a", "Kari", "--comment", "Mangler tall"]) == 0
    db = skisse_home / "data" / "history.sqlite3"
    db.chmod(0o644)
    db.parent.chmod(0o755)
    assert main(["--lang", "en", "history", str(sketch)]) == 0
    assert db.stat().st_mode & 0o777 == 0o600 and db.parent.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("damage", ["truncated", "garbage", "zeroed-header"])
def test_a_damaged_history_database_is_moved_aside_and_a_new_one_started(shared, skisse_home: Path, capsys, damage):
    import sqlite3

    from assistant.advisor import db as dbmod

    sketch, _ = shared
    for n in range(30):
        assert main(["--lang", "en", "coach", str(sketch), "-a", "Kari", "--comment", f"Kommentar {n} " + "x" * 400]) == 0
    capsys.readouterr()
    path = skisse_home / "data" / "history.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = path.read_bytes()
    assert len(data) > 8192
    damaged = {"truncated": data[: len(data) // 2], "garbage": b"not a database at all\n" * 500, "zeroed-header": b"\0" * 100 + data[100:]}[damage]
    path.write_bytes(damaged)
    dbmod._checked.clear()  # a new process would check the file again
    code = main(["--lang", "en", "coach", str(sketch), "-a", "Kari", "--comment", "Etter skaden"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "The history database" in err and "was damaged and has been moved aside as history.sqlite3.damaged-" in err
    assert "Traceback" not in err and err.count("\n") == 1
    aside = list(path.parent.glob("history.sqlite3.damaged-*"))
    assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [damaged]  # kept as it was
    assert main(["--lang", "en", "coach", str(sketch), "--log"]) == 0
    assert "Etter skaden" in capsys.readouterr().out  # the new database works


def test_a_history_database_that_cannot_be_opened_is_one_line(shared, skisse_home: Path, capsys):
    sketch, _ = shared
    data = skisse_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "history.sqlite3").mkdir()  # a folder where the file should be
    code, err = _history(sketch, capsys)
    assert code == 2 and "cannot open the history database" in err and "Traceback" not in err


# ------------------------------------------------------------------ pipes


@pytest.mark.parametrize(("sketch", "expected"), [("teknologi-forst.md", 1), ("sterk-bokmal.md", 0)])
@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_a_closed_pipe_keeps_the_exit_code_of_check(sketch, expected, json_output, skisse_home):
    import os
    import subprocess
    import sys

    argv = [sys.executable, "-c", "from assistant.cli.main import entry; entry()", "--lang", "en", "check", "--no-pages", str(SKETCHES / sketch)]
    if json_output:
        argv.append("--json")
    env = dict(os.environ, SKISSE_HOME=str(skisse_home))
    closed = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    closed.stdout.close()  # the reader is gone before anything is written (`skisse check … | true`)
    err = closed.stderr.read().decode()
    assert closed.wait(120) == expected, err
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err
    # And with the reader there, the same verdict.
    assert subprocess.run(argv, capture_output=True, env=env, timeout=120).returncode == expected


# ------------------------------------------------------------------ new


@pytest.mark.parametrize(
    ("title", "applicant"),
    [
        ("Tittel\n---\n## Budsjett", "Bergen kommune"),
        ("Tittel\r\n---\r\n", "Bergen\nkommune"),
        ("---", "Bergen kommune"),
        ("a: b\n- c", "x: [y"),
        ("Tittel\u2028## Budsjett\x85\x0b\x0c", "Bergen\tkommune"),
        ("'\"{}[]&*!|>%@`#", "Bergen kommune"),
    ],
)
def test_new_writes_only_metadata_its_reader_reads_back(tmp_path: Path, title, applicant, capsys):
    from assistant.core.sketch.document import parse_sketch

    path = tmp_path / "ny.md"
    code = main(["--lang", "en", "new", str(path), "--sketch-lang", "nb", f"--title={title}", f"--applicant={applicant}"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 2:  # refused with one line, nothing written
        assert not path.exists() and err.count("\n") == 1
        return
    assert code == 0
    sketch = parse_sketch(path.read_text())
    assert not [n for n in sketch.notes if n.code.startswith("metadata")]
    assert sketch.meta.title == " ".join(title.replace("\u2028", " ").replace("\x85", " ").split())
    assert sketch.meta.applicant.name == " ".join(applicant.split())
    assert [s.heading for s in sketch.sections].count("Budsjett") == 1  # the template's own, none smuggled in


# ------------------------------------------------------------------ recovery journal and lock


def _sketch(tmp_path: Path) -> Path:
    path = tmp_path / "s.md"
    shutil.copy(SKETCHES / "sterk-bokmal.md", path)
    return path


def test_the_recovery_journal_is_fsynced_off_the_typing_path(tmp_path: Path, monkeypatch):
    import os
    import threading
    import time

    from assistant.core.files import autosave

    path = _sketch(tmp_path)
    synced: list[tuple[str, str]] = []
    real_fsync = os.fsync

    def recording_fsync(fd):
        synced.append((os.readlink(f"/proc/self/fd/{fd}"), threading.current_thread().name))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    saver = autosave.AutoSaver(path, delay=3600).start()  # no save: only the journal
    try:
        saver.touch("skrevet tekst\n")
        journal = str(autosave.journal_path(path))
        assert not [s for s in synced if s[0] == journal]  # touch() itself does not wait for the disk
        deadline = time.monotonic() + 30
        while not [s for s in synced if s[0] == journal] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [s for s in synced if s[0] == journal and s[1].startswith("autosave:")]
    finally:
        saver.close()


@pytest.mark.parametrize("damage", ["truncated", "not-json", "fifo", "folder", "empty"])
def test_a_damaged_journal_is_moved_aside_and_a_fresh_one_started(tmp_path: Path, damage):
    import json
    import os

    from assistant.core.files import autosave

    path = _sketch(tmp_path)
    journal = autosave.journal_path(path)
    journal.parent.mkdir(parents=True, exist_ok=True)
    record = json.dumps({"version": 1, "path": str(path), "time": "", "disk_hash": None, "text": "typed " * 100})
    if damage == "truncated":
        journal.write_text(record[: len(record) // 2])
    elif damage == "not-json":
        journal.write_bytes(b"\x00\xff garbage")
    elif damage == "fifo":
        os.mkfifo(journal)  # reading it would block forever
    elif damage == "folder":
        journal.mkdir()
    else:
        journal.write_text("")
    assert autosave.recovery_for(path) is None
    aside = autosave.damaged_journal(path)
    assert aside is not None and aside.name.startswith(journal.name + ".damaged-") and os.path.lexists(aside)
    assert not os.path.lexists(journal)
    assert autosave.pending_recoveries() == []
    autosave.write_journal(path, "ny tekst\n", None)  # a fresh journal works again
    assert autosave.recover(path) == "ny tekst\n"


@pytest.mark.parametrize("odd", ["fifo", "folder"])
def test_a_lock_file_that_is_not_a_file_is_moved_aside_never_read(tmp_path: Path, odd):
    import os

    from assistant.core.files.locks import SketchLock, lock_path_for

    path = _sketch(tmp_path)
    lock_file = lock_path_for(path)
    os.mkfifo(lock_file) if odd == "fifo" else lock_file.mkdir()
    lock = SketchLock(path)
    assert lock.acquire() is None and lock.held  # no hang: a FIFO is never opened for reading
    assert "was not a regular file" in lock.notice
    assert [p for p in tmp_path.iterdir() if p.name.startswith(lock_file.name + ".damaged-")]
    lock.release()
    assert not lock_file.exists()


def test_a_lock_on_a_full_disk_opens_the_sketch_unlocked_with_a_notice(tmp_path: Path, monkeypatch):
    import errno
    import io

    from assistant.core.files import locks
    from assistant.core.files.locks import SketchLock, lock_path_for

    path = _sketch(tmp_path)

    class FullDisk(io.StringIO):
        def write(self, s):
            raise OSError(errno.ENOSPC, "No space left on device")

    real_fdopen = locks.os.fdopen

    def fdopen(fd, *a, **k):
        locks.os.close(fd)
        return FullDisk()

    monkeypatch.setattr(locks.os, "fdopen", fdopen)
    lock = SketchLock(path)
    assert lock.acquire() is None and not lock.held
    monkeypatch.setattr(locks.os, "fdopen", real_fdopen)
    assert "the disk is full" in lock.notice and "No space left" not in lock.notice  # SKISSE_LANG=en here
    assert not lock_path_for(path).exists()  # no empty lock file left to block others


# ------------------------------------------------------------------ the terminal goes away


def _spawn_window(path: Path, skisse_home: Path, *, log: str | None = "DEBUG"):
    """The window on a pseudo-terminal of its own (100x30, in a new session: closing the
    terminal sends no SIGHUP), its log at `log`; returns (process, master fd)."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    env = dict(os.environ, SKISSE_HOME=str(skisse_home), TERM="xterm-256color", SKISSE_LANG="nb")
    if log is not None:
        env["SKISSE_LOG"] = log
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    window = subprocess.Popen(
        [sys.executable, "-c", "from assistant.cli.main import entry; entry()", "tui", str(path)],
        stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True, close_fds=True,
    )
    os.close(slave)
    return window, master


def test_the_window_ends_and_saves_when_its_terminal_goes_away_without_a_hangup(tmp_path: Path, skisse_home: Path):
    import os
    import select
    import time

    path = _sketch(tmp_path)
    # A new session with no controlling terminal: closing the terminal sends no SIGHUP.
    window, master = _spawn_window(path, skisse_home, log=None)
    try:
        shown = b""
        deadline = time.monotonic() + 120
        while b"Sammendrag" not in shown and time.monotonic() < deadline:
            if select.select([master], [], [], 0.5)[0]:
                shown += os.read(master, 65536)
        assert b"Sammendrag" in shown
        for _ in range(40):  # let the editor take the keys, then type
            if select.select([master], [], [], 0.1)[0]:
                os.read(master, 65536)
        os.write(master, b"QZXJV")
        deadline = time.monotonic() + 60
        while "QZXJV" not in (saved := path.read_text()) and time.monotonic() < deadline:
            if select.select([master], [], [], 0.2)[0]:
                os.read(master, 65536)
        os.close(master)  # the terminal is gone
        master = -1
        assert window.wait(60) == 129  # ended as a hang-up would end it (was: running for ever, 40-90 % CPU)
    finally:
        if master >= 0:
            os.close(master)
        if window.poll() is None:
            window.kill()
            window.wait(10)
    assert "QZXJV" in saved and "QZXJV" in path.read_text()


# ------------------------------------------------------------------ a full state folder


def _read_until(master: int, wanted: bytes, seconds: float) -> bytes:
    import os
    import select
    import time

    shown = b""
    deadline = time.monotonic() + seconds
    while wanted not in shown and time.monotonic() < deadline:
        if select.select([master], [], [], 0.2)[0]:
            try:
                shown += os.read(master, 65536)
            except OSError:
                break
    return shown


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a file every write to fails with ENOSPC)")
def test_a_full_state_folder_costs_the_log_not_a_traceback_on_exit(skisse_home: Path, tmp_path: Path):
    import os

    from assistant.core.files.logs import log_path

    os.environ["SKISSE_HOME"] = str(skisse_home)
    log = log_path()
    log.parent.mkdir(parents=True, exist_ok=True)
    log.symlink_to("/dev/full")  # every write to the log fails as on a full disk
    from assistant.core.files.autosave import recovery_dir

    recovery_dir().write_text("")  # and the journal cannot be written either: its warning goes to the log
    path = _sketch(tmp_path)
    window, master = _spawn_window(path, skisse_home)
    try:
        assert b"Sammendrag" in _read_until(master, b"Sammendrag", 120)
        _read_until(master, b"never", 2)
        os.write(master, b"QZXJV")
        _read_until(master, b"never", 3)
        os.write(master, b"\x11")  # Ctrl+Q
        after = _read_until(master, b"never", 10).decode("utf-8", "replace")
        assert window.wait(60) == 0, after[-2000:]
    finally:
        os.close(master)
        if window.poll() is None:
            window.kill()
            window.wait(10)
    assert "Traceback" not in after and "Logging error" not in after and "Exception ignored" not in after
    assert "QZXJV" in path.read_text()


def test_a_log_that_cannot_be_written_is_given_up_quietly(tmp_path: Path, capsys):
    import logging

    from assistant.core.files.logs import setup_logging, teardown_logging

    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    target = tmp_path / "skisse.log"
    target.symlink_to("/dev/full")
    setup_logging("DEBUG", path=target)
    try:
        for n in range(3):
            logging.getLogger("assistant.test").warning("line %d %s", n, "x" * 10_000)
    finally:
        teardown_logging()
    assert "Logging error" not in capsys.readouterr().err


def test_two_openers_of_one_damaged_history_move_it_aside_once(tmp_path):
    """The window's worker and a screen may open a damaged history at once: it is moved aside once,
    said once, and neither opener moves the new database the other has started."""
    import threading

    from assistant.advisor import db as dbmod

    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    dbmod._checked.clear()
    start = threading.Barrier(2)
    opened: list = []

    def open_it() -> None:
        start.wait()
        opened.append(dbmod.HistoryDB(path))

    threads = [threading.Thread(target=open_it) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(opened) == 2
    assert sum(1 for h in opened if h.notice) == 1
    assert len(list(tmp_path.glob("history.sqlite3.damaged-*[0-9]"))) == 1
    for h in opened:
        assert h.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        h.conn.close()
