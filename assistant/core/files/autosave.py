"""Autosave and crash recovery: at most the last two seconds of typing can be lost.

`AutoSaver` is what an editor calls on every change (`touch(text)`). It

* writes a recovery journal at once (`journal.py`, in `user_state_dir()/recovery/`), so a crash or `kill -9`
  loses nothing that reached `touch`;
* saves the sketch itself at most `delay` seconds after the last change, atomically, through a
  `FileGuard` (a file changed on disk is never overwritten: the saver stops and reports the
  `Conflict`), keeping the file as it was when opened as `NAME~` (the first save of a session
  makes the backup; later autosaves do not replace it with a two-second-old copy);
* `flush()` saves now: on exit, suspend, SIGTERM and SIGHUP (see `exiting.py`).

On the next start `pending_recoveries()` lists journals whose text differs from the file;
`recover(path)` gives the text back and `discard(path)` drops it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .exiting import forget, keep_flushed
from .journal import (  # the journal's functions are part of this module's interface
    JOURNAL_VERSION,
    Recovery,
    _remove_journal,
    damaged_journal,
    discard,
    journal_path,
    pending_recoveries,
    recover,
    recovery_dir,
    recovery_for,
    sync_journal,
    write_journal,
)
from .locks import Conflict, ConflictError, FileGuard, LockInfo, SketchLock
from .storage import SkisseFileError, read_text_file

log = logging.getLogger(__name__)

DEFAULT_DELAY = 2.0
# A text this long is journalled at most once per JOURNAL_INTERVAL seconds, not on every key:
# writing a megabyte per keystroke would make typing lag, and a second is well inside 2 s.
JOURNAL_LARGE = 1_000_000
JOURNAL_INTERVAL = 1.0
JOURNAL_SYNC = 0.5  # the background thread fsyncs a changed journal this long after it was written

__all__ = [
    "DEFAULT_DELAY",
    "JOURNAL_VERSION",
    "AutoSaver",
    "EditSession",
    "OpenedSketch",
    "Recovery",
    "damaged_journal",
    "discard",
    "journal_path",
    "pending_recoveries",
    "recover",
    "recovery_dir",
    "recovery_for",
    "sync_journal",
    "write_journal",
]


# ---------------------------------------------------------------- saver


class AutoSaver:
    """Debounced, atomic saving of one sketch, with a recovery journal.

    Thread-safe. With `start()` a background thread saves when the delay has passed; without
    it, call `tick()` from the UI's timer (tests do this with a fake clock).
    """

    def __init__(
        self,
        path: Path,
        *,
        guard: FileGuard | None = None,
        delay: float = DEFAULT_DELAY,
        clock: Callable[[], float] = time.monotonic,
        on_saved: Callable[[Path], None] | None = None,
        on_conflict: Callable[[Conflict], None] | None = None,
        on_error: Callable[[SkisseFileError], None] | None = None,
        on_journal: Callable[[OSError | None], None] | None = None,
        lang: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.on_journal = on_journal  # told when the journal cannot be written (an OSError), and when it can again (None)
        self.journal_error: OSError | None = None  # why the last journal write failed, while it fails
        self._reason: str | None = None  # why the last save failed (a storage key, or "conflict"), while it fails
        self.guard = guard or FileGuard.from_disk(self.path)
        self.delay = delay
        self.clock = clock
        self.on_saved = on_saved
        self.on_conflict = on_conflict
        self.on_error = on_error
        self.lang = lang
        self.backup_made = False
        self.conflict: Conflict | None = None  # set while a conflict waits for the user
        self.last_error: SkisseFileError | None = None
        self._text: str | None = None  # text not yet saved
        self._due: float | None = None
        self._lock = threading.RLock()
        self._wake = threading.Condition(self._lock)
        self._thread: threading.Thread | None = None
        self._closed = False
        self._journal_at: float | None = None
        self._journal_pending = False
        self._unsynced_at: float | None = None  # when a journal not yet fsynced was written
        keep_flushed(self)

    # -- what the editor calls

    def touch(self, text: str) -> None:
        """The text changed: journal it now, save it `delay` seconds after the last change."""
        with self._lock:
            if self._closed:
                return
            now = self.clock()
            self._text = text
            self._due = now + self.delay
            if len(text) < JOURNAL_LARGE or self._journal_at is None or now - self._journal_at >= JOURNAL_INTERVAL:
                self._journal(now)
            else:
                self._journal_pending = True
            self._wake.notify_all()

    def _journal(self, now: float) -> None:
        self._journal_pending = False
        self._journal_at = now
        if self._text is None:
            return
        try:
            write_journal(self.path, self._text, self.guard.known_hash, reason=self._reason, closed=self._closed)
        except OSError as exc:
            log.warning("recovery journal not written: %s", exc.strerror)
            first = self.journal_error is None
            self.journal_error = exc
            if first and self.on_journal:
                self.on_journal(exc)
            return
        if self.journal_error is not None:
            self.journal_error = None
            if self.on_journal:
                self.on_journal(None)
        if self._unsynced_at is None:
            self._unsynced_at = now

    def _sync_journal(self) -> None:
        """fsync the journal with the lock released: typing never waits for the disk."""
        self._unsynced_at = None
        self._lock.release()
        try:
            sync_journal(self.path)
        finally:
            self._lock.acquire()

    def _journal_due(self, now: float) -> bool:
        return self._journal_pending and (self._journal_at is None or now - self._journal_at >= JOURNAL_INTERVAL)

    @property
    def failure(self) -> str | None:
        """Why the last save failed (a storage key such as "disk_full", or "conflict"); None once one succeeds."""
        with self._lock:
            return self._reason

    def _failed(self, reason: str) -> None:
        """A save failed: the journal is written again saying why, so the next start can tell."""
        if self._reason != reason:
            self._reason = reason
            self._journal(self.clock())

    @property
    def pending(self) -> bool:
        """True while there is text not yet saved to the sketch file."""
        with self._lock:
            return self._text is not None

    def tick(self) -> bool:
        """Save if the delay has passed since the last change. True when a save happened."""
        with self._lock:
            now = self.clock()
            if self._journal_due(now):
                self._journal(now)
            if self._text is None or self._due is None or now < self._due:
                return False
            return self._save()

    def flush(self) -> bool:
        """Save now whatever is pending. True when the file holds the latest text."""
        with self._lock:
            if self._text is None:
                return True
            return self._save()

    def mark_saved(self, text: str) -> None:
        """The editor saved `text` itself (through `guard`): nothing is pending any more."""
        with self._lock:
            if self._text == text:
                self._text = None
                self._due = None
                self._reason = None
                self.last_error = None
            _remove_journal(self.path)

    def resolved(self) -> None:
        """The UI settled a conflict (the guard's hash is current again): saving resumes."""
        with self._lock:
            self.conflict = None
            if self._text is not None:
                self._due = self.clock()
                self._wake.notify_all()

    def close(self) -> bool:
        """Flush, stop the thread, and forget the journal if everything is saved. Text left
        unsaved stays in the journal, marked as closed on purpose (with why saving failed)."""
        ok = self.flush()
        with self._lock:
            self._closed = True
            if self._text is not None:
                self._journal(self.clock())
            self._wake.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        forget(self)
        return ok

    # -- background thread

    def start(self) -> AutoSaver:
        """Save from a background thread when the delay has passed."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=f"autosave:{self.path.name}", daemon=True)
            self._thread.start()
        return self

    def _run(self) -> None:
        with self._lock:
            while not self._closed:
                now = self.clock()
                if self._journal_due(now):
                    self._journal(now)
                if self._unsynced_at is not None and now - self._unsynced_at >= JOURNAL_SYNC:
                    self._sync_journal()
                    continue
                wake: list[float] = []
                if self._unsynced_at is not None:
                    wake.append(self._unsynced_at + JOURNAL_SYNC - now)
                if self._journal_pending and self._journal_at is not None:
                    wake.append(self._journal_at + JOURNAL_INTERVAL - now)
                if self._text is not None and self._due is not None and self.conflict is None:
                    wake.append(self._due - now)
                if not wake:
                    self._wake.wait()
                    continue
                wait = min(wake)
                if wait > 0:
                    self._wake.wait(timeout=wait)
                    continue
                if self._due is None or now < self._due or self.conflict is not None:
                    continue
                if not self._save():
                    # A failed save (disk full, conflict) is retried on the next change only.
                    self._due = None

    # -- the save itself

    def _save(self) -> bool:
        if self.conflict is not None:
            return False
        text = self._text
        assert text is not None
        try:
            self.guard.save(text, backup=not self.backup_made and self.path.exists(), lang=self.lang)
        except ConflictError as exc:
            self.conflict = exc.conflict
            self._due = None
            self._failed("conflict")
            log.warning("autosave stopped: %s changed on disk", self.path.name)
            if self.on_conflict:
                self.on_conflict(exc.conflict)
            return False
        except SkisseFileError as exc:
            self.last_error = exc
            self._due = None
            self._failed(exc.key or "write_failed")
            log.warning("autosave failed: %s", exc.key or "write")
            if self.on_error:
                self.on_error(exc)
            return False
        self.backup_made = True
        self.last_error = None
        self._reason = None
        if self._text == text:
            self._text = None
            self._due = None
            self._journal_pending = False
            _remove_journal(self.path)
        if self.on_saved:
            self.on_saved(self.path)
        return True


# ---------------------------------------------------------------- one object for an editor


@dataclass
class OpenedSketch:
    """What an editor gets when it opens a sketch through `EditSession.open`."""

    session: EditSession
    text: str  # the file's text, to show
    warnings: list[str]  # how it was read (encoding, NUL bytes), one line each
    recovery: Recovery | None  # text a session that died left unsaved: offer it
    held_by: LockInfo | None  # another Skisse has the sketch open: say who


class EditSession:
    """Keeps one open sketch safe: lock file, conflict guard, debounced autosave, recovery journal.

    An editor calls `changed(text)` on every change, `save()` for Ctrl+S and `close()` on quit.
    A conflict or a failed write reaches `on_conflict` / `on_error` (called from the saver's
    thread when `background` is on); after resolving a conflict through `guard`, call `resolved()`.
    """

    def __init__(self, path: Path, lock: SketchLock, guard: FileGuard, saver: AutoSaver) -> None:
        self.path = path
        self.lock = lock
        self.guard = guard
        self.saver = saver

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        delay: float = DEFAULT_DELAY,
        background: bool = True,
        lang: str | None = None,
        on_saved: Callable[[Path], None] | None = None,
        on_conflict: Callable[[Conflict], None] | None = None,
        on_error: Callable[[SkisseFileError], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> OpenedSketch:
        """Read the sketch (raises `SkisseFileError`), take its lock, and look for recovered text."""
        path = Path(path)
        loaded = read_text_file(path, lang=lang)
        lock = SketchLock(path)
        held_by = lock.acquire()
        guard = FileGuard(path, loaded.sha256)
        saver = AutoSaver(path, guard=guard, delay=delay, clock=clock, on_saved=on_saved, on_conflict=on_conflict, on_error=on_error, lang=lang)
        if background:
            saver.start()
        session = cls(path, lock, guard, saver)
        return OpenedSketch(session, loaded.text, loaded.warnings, recovery_for(path), held_by)

    def changed(self, text: str) -> None:
        """The editor's text changed: journal now, save after the delay."""
        self.saver.touch(text)

    def save(self) -> bool:
        """Save now (Ctrl+S). False when a conflict or a write error stopped it."""
        return self.saver.flush()

    def resolved(self) -> None:
        """The user settled a conflict (reload, keep mine or overwrite): autosave resumes."""
        self.saver.resolved()

    def close(self) -> bool:
        """Save what is pending, stop the saver, release the lock. False if something is left unsaved."""
        ok = self.saver.close()
        self.lock.release()
        return ok
