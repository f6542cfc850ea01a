"""The recovery journal: the text of a sketch not yet saved, kept in the user's state folder
(`user_state_dir()/recovery/`, private to the user) until the sketch file holds it.

`AutoSaver` (autosave.py) writes it on every change; the next start reads it back with
`recovery_for` / `pending_recoveries`. A journal also says why the sketch file does not hold the
text when that is known (`reason`: a failed save) and whether the window was closed on purpose
(`closed`), so the offer at the next start can say so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from ..data import paths
from .locks import content_hash, disk_hash
from .storage import fsync_path

log = logging.getLogger(__name__)

JOURNAL_VERSION = 1


def recovery_dir() -> Path:
    return paths.user_state_dir() / "recovery"


def _key(path: Path) -> str:
    return hashlib.sha256(str(Path(path).absolute()).encode("utf-8", errors="surrogateescape")).hexdigest()[:24]


def journal_path(path: Path) -> Path:
    """Where the recovery journal for the sketch at `path` lives."""
    return recovery_dir() / f"{_key(path)}.json"


@dataclass(frozen=True)
class Recovery:
    """Text recovered from a session that ended without saving it."""

    path: Path  # the sketch the text belongs to
    text: str
    time: str  # when it was journalled, ISO 8601 UTC
    disk_hash: str | None  # hash of the file on disk when the session last saw it
    reason: str | None = None  # why saving failed, when it did: a storage key ("disk_full", "no_write", ...) or "conflict"
    closed: bool = False  # the window was closed (quit, another sketch opened) with the text unsaved: no crash

    @property
    def file_exists(self) -> bool:
        return self.path.exists()


def write_journal(path: Path, text: str, known_hash: str | None, *, reason: str | None = None, closed: bool = False) -> None:
    """Record the current text of a sketch; private to the user (0600). `reason` says why the
    sketch file does not hold it (a failed save), `closed` that the window was closed on purpose:
    the next start then says so, not that Skisse crashed."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    record = {
        "version": JOURNAL_VERSION,
        "path": str(Path(path).absolute()),
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "disk_hash": known_hash,
        "text": text,
    }
    if reason:
        record["reason"] = reason
    if closed:
        record["closed"] = True
    data = json.dumps(record, ensure_ascii=False)
    # Not fsynced here (8 ms a key on a busy disk, in the typing path): the journal guards
    # against the process dying at once; the saver's thread fsyncs it within JOURNAL_SYNC seconds.
    target = journal_path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


_moved_aside: dict[str, Path] = {}  # journal file -> where this process moved it, damaged


def sync_journal(path: Path) -> None:
    """fsync the journal of the sketch at `path` and its folder: after a power cut it is whole."""
    target = journal_path(path)
    fsync_path(target, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    fsync_path(target.parent)


def _read_journal(file: Path) -> Recovery | None:
    """The journal in `file`; None when there is none. A damaged one (truncated, not JSON, not a
    regular file) is moved aside as NAME.damaged-YYYYmmdd-HHMMSS, so the next one starts fresh;
    `damaged_journal` then says where it went."""
    try:
        if not file.exists():
            return None
        if not file.is_file():
            raise ValueError("not a regular file")
        with open(file, "rb") as handle:  # not read_text: a FIFO would block; is_file() ruled it out
            raw = handle.read()
        record = json.loads(raw.decode("utf-8", errors="surrogateescape"))
        reason = record.get("reason")
        return Recovery(
            Path(record["path"]),
            str(record["text"]),
            str(record.get("time", "")),
            record.get("disk_hash"),
            reason=str(reason)[:40] if reason else None,
            closed=record.get("closed") is True,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        if isinstance(exc, FileNotFoundError):
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = file.with_name(f"{file.name}.damaged-{stamp}")
        try:
            os.replace(file, aside)
        except OSError:
            return None
        _moved_aside[str(file)] = aside
        log.warning("recovery journal %s was damaged (%s); moved aside as %s", file.name, type(exc).__name__, aside.name)
        return None


def damaged_journal(path: Path) -> Path | None:
    """Where the damaged recovery journal of the sketch at `path` was moved this run, if it was."""
    return _moved_aside.pop(str(journal_path(path)), None)


def _remove_journal(path: Path) -> None:
    try:
        journal_path(path).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove recovery journal: %s", exc.strerror)


def pending_recoveries() -> list[Recovery]:
    """Journals with text the sketch file does not hold; journals that match the file are removed."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found: list[Recovery] = []
    for file in sorted(folder.glob("*.json")):
        rec = _read_journal(file)
        if rec is None:
            continue
        if disk_hash(rec.path) == content_hash(rec.text):
            try:
                file.unlink()
            except OSError:
                pass
            continue
        found.append(rec)
    return found


def recovery_for(path: Path) -> Recovery | None:
    """The pending recovery for one sketch, if any."""
    rec = _read_journal(journal_path(path))
    if rec is None or disk_hash(rec.path) == content_hash(rec.text):
        return None
    return rec


def recover(path: Path) -> str:
    """The recovered text for the sketch at `path`. The journal stays until the text is saved."""
    rec = _read_journal(journal_path(path))
    if rec is None:
        raise KeyError(str(path))
    return rec.text


def discard(path: Path) -> None:
    """Forget the recovered text for the sketch at `path`."""
    _remove_journal(path)
