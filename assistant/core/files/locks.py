"""The same sketch open twice, or changed behind Skisse's back: noticed, never silently overwritten.

Two guards work together:

* `SketchLock`: a lock file `.NAME.skisse-lock` next to the sketch holding pid, host, user and
  time. A second Skisse sees who holds it. A lock whose process is gone (same host, dead pid)
  or that cannot be read is stale and taken over.
* `FileGuard`: the SHA-256 of the file as it was loaded or last saved. Before every save the
  file on disk is hashed again; when it differs, `save` raises `ConflictError` and writes
  nothing. The user resolves the `Conflict`: reload the disk version, keep mine as a copy
  (`NAME.mine-YYYYmmdd-HHMMSS.md`), or compare (a unified diff).
"""

from __future__ import annotations

import datetime as dt
import difflib
import errno
import getpass
import hashlib
import json
import os
import socket
import stat
from dataclasses import dataclass
from pathlib import Path

from .storage import SkisseFileError, atomic_write_text, plain_os_error, read_text_file


def content_hash(data: bytes | str) -> str:
    """SHA-256 of the file's bytes (text is hashed as UTF-8)."""
    if isinstance(data, str):
        data = data.encode("utf-8", errors="surrogateescape")
    return hashlib.sha256(data).hexdigest()


def disk_hash(path: Path) -> str | None:
    """The hash of the file on disk now; None when it does not exist."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in (errno.ENOTDIR, errno.EISDIR):
            return None
        raise


# ---------------------------------------------------------------- lock file


@dataclass(frozen=True)
class LockInfo:
    """Who holds a sketch open."""

    pid: int
    host: str
    user: str
    time: str  # ISO 8601, UTC

    def to_json(self) -> str:
        return json.dumps({"pid": self.pid, "host": self.host, "user": self.user, "time": self.time})

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        try:
            data = json.loads(text)
            return cls(pid=int(data["pid"]), host=str(data["host"]), user=str(data.get("user", "")), time=str(data.get("time", "")))
        except (ValueError, KeyError, TypeError):
            return None

    @classmethod
    def here(cls) -> LockInfo:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = ""
        return cls(os.getpid(), socket.gethostname(), user, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


class _NotALockFile(Exception):
    """Something other than a regular file (a FIFO, a device, a folder) where the lock goes."""


def lock_path_for(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f".{path.name}.skisse-lock")


class SketchLock:
    """A lock file for one open sketch. `acquire()` returns None when taken, else the holder."""

    def __init__(self, path: Path) -> None:
        self.sketch = Path(path).absolute()
        self.path = lock_path_for(self.sketch)
        self.held = False
        self._me = LockInfo.here()
        self.notice: str | None = None  # one line for the user when the lock file was odd or could not be written

    def _read(self) -> str | None:
        """The lock file's text; None when there is none or it cannot be read. Never blocks: a
        FIFO, a device or a folder in its place raises `_NotALockFile`."""
        try:
            st = os.lstat(self.path)
        except FileNotFoundError:
            return None
        except OSError:
            return None
        if not stat.S_ISREG(st.st_mode):
            raise _NotALockFile
        try:
            fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the lstat
                raise _NotALockFile
            return os.read(fd, 65536).decode("utf-8", errors="replace")
        except OSError:
            return None
        finally:
            os.close(fd)

    def _move_aside(self) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError:
            return
        from ...i18n import system_language, t

        self.notice = t("files.lock_odd", system_language(), path=self.path.name, moved=aside.name)

    def holder(self) -> LockInfo | None:
        """The live holder of the lock, or None when it is free or stale."""
        try:
            text = self._read()
        except _NotALockFile:
            return None
        if text is None:
            return None
        info = LockInfo.from_json(text)
        if info is None:
            return None  # unreadable: left by a crash mid-write
        if info.host == self._me.host and not _pid_alive(info.pid):
            return None  # the process that held it is gone
        if info.host == self._me.host and info.pid == self._me.pid and self.held:
            return None
        return info

    def acquire(self, *, force: bool = False) -> LockInfo | None:
        """Take the lock. Returns the other holder (and takes nothing) unless free, stale or `force`."""
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                try:
                    self._read()
                except _NotALockFile:  # a FIFO or a folder where the lock goes: moved aside, never read
                    self._move_aside()
                    continue
                other = self.holder()
                if other is not None and not force:
                    return other
                self._remove_file()
                continue
            except OSError:
                # A folder we cannot write to: nobody else can lock here either.
                self.held = False
                return None
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(self._me.to_json())
            except OSError as exc:  # a full disk: the sketch opens unlocked, and says so
                self._remove_file()
                self.held = False
                from ...i18n import system_language, t

                lang = system_language()
                self.notice = t("files.lock_unwritable", lang, path=self.path.name, reason=plain_os_error(exc, lang))
                return None
            self.held = True
            return None
        return self.holder()

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if not self.held:
            return
        self.held = False
        try:
            text = self._read()
        except _NotALockFile:
            return
        if text is None:
            return
        info = LockInfo.from_json(text)
        if info is not None and info.pid == self._me.pid and info.host == self._me.host:
            self._remove_file()

    def _remove_file(self) -> None:
        try:
            self.path.unlink()
        except OSError:
            pass

    def __enter__(self) -> SketchLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


# ---------------------------------------------------------------- conflicts


@dataclass
class Conflict:
    """The file on disk changed since it was loaded; `mine` is the text Skisse was about to save."""

    path: Path
    expected_hash: str | None
    disk_hash: str | None
    mine: str

    def disk_text(self) -> str:
        """The text now on disk (empty when the file is gone)."""
        if self.disk_hash is None:
            return ""
        return read_text_file(self.path).text

    def diff(self, context: int = 3) -> str:
        """A unified diff from the disk version to mine."""
        theirs = self.disk_text().splitlines(keepends=True)
        mine = self.mine.splitlines(keepends=True)
        name = self.path.name
        return "".join(difflib.unified_diff(theirs, mine, f"{name} (disk)", f"{name} (mine)", n=context))


class ConflictError(Exception):
    """Raised by `FileGuard.save` instead of overwriting a file that changed on disk."""

    def __init__(self, conflict: Conflict) -> None:
        super().__init__(f"{conflict.path}: changed on disk since it was opened")
        self.conflict = conflict


def mine_copy_path(path: Path, when: dt.datetime | None = None) -> Path:
    """`NAME.mine-YYYYmmdd-HHMMSS.md` next to the sketch; never an existing file."""
    path = Path(path)
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = path.suffix or ".md"
    candidate = path.with_name(f"{path.stem}.mine-{stamp}{suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.mine-{stamp}-{n}{suffix}")
        n += 1
    return candidate


class FileGuard:
    """Remembers the hash of the file Skisse last read or wrote, and refuses to save over a change."""

    def __init__(self, path: Path, known_hash: str | None) -> None:
        self.path = Path(path)
        self.known_hash = known_hash
        self.was_gone = False  # the last save found the file it knew deleted or moved away, and wrote it again

    @classmethod
    def from_disk(cls, path: Path) -> FileGuard:
        return cls(path, disk_hash(path))

    def check(self, mine: str = "") -> Conflict | None:
        """A `Conflict` when the file on disk is not the one Skisse knows; None otherwise.

        A file that was deleted is no conflict: saving recreates it and loses nothing.
        """
        now = disk_hash(self.path)
        if now is None or now == self.known_hash:
            return None
        return Conflict(self.path, self.known_hash, now, mine)

    def save(self, text: str, *, backup: bool = False, lang: str | None = None) -> None:
        """Write atomically unless the file changed on disk (then `ConflictError`, nothing written)."""
        conflict = self.check(text)
        if conflict is not None:
            raise ConflictError(conflict)
        gone = self.known_hash is not None and disk_hash(self.path) is None
        atomic_write_text(self.path, text, backup=backup, lang=lang)
        self.known_hash = content_hash(text)
        self.was_gone = gone

    # The three ways out of a conflict.

    def reload(self) -> str:
        """Take the disk version: returns its text and trusts it from now on."""
        data = read_text_file(self.path)
        self.known_hash = disk_hash(self.path)
        return data.text

    def keep_mine(self, conflict: Conflict, *, lang: str | None = None) -> Path:
        """Save my text as a copy next to the sketch; the file on disk stays as the other editor left it."""
        copy = mine_copy_path(self.path)
        atomic_write_text(copy, conflict.mine, lang=lang)
        return copy

    def overwrite(self, conflict: Conflict, *, lang: str | None = None) -> None:
        """Replace the disk version with mine after the user chose so; theirs is kept as `NAME~`."""
        atomic_write_text(self.path, conflict.mine, backup=True, lang=lang)
        self.known_hash = content_hash(conflict.mine)


__all__ = [
    "Conflict",
    "ConflictError",
    "FileGuard",
    "LockInfo",
    "SketchLock",
    "SkisseFileError",
    "content_hash",
    "disk_hash",
    "lock_path_for",
    "mine_copy_path",
]
