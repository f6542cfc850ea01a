"""Which files are Skisse's own exports, so an export replaces those and asks about any other.

A file is Skisse's own export when its bytes are exactly those of a file an export wrote: the
sha256 of each Markdown copy, PDF and Word file written is kept in the user's data folder
(`exports.sha256`, one hash a line, the newest 5 000; no names, no text). Anything else at an
export's path is the user's: a Word draft the sketch was imported from, a PDF made in Word, and
also an earlier export edited by hand or in Word since (a mark inside the file would survive that
edit and let the next export overwrite it). Such a file is replaced only when the user says so,
and then kept as `NAME~` (see `storage._keep_backup`).

The list is written with plain file calls, not `atomic_write_bytes`: a served window may write
its exports only inside its folder, the list lives in the user's data folder. A list that cannot
be read or written only means a question more, never a file lost.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

LIST_NAME = "exports.sha256"
KEEP = 5000
_MAX_HASHED = 256 * 1024 * 1024  # a bigger file is no export of a five-page sketch


def _list_path() -> Path:
    from ...userdirs import user_data_dir

    return user_data_dir() / LIST_NAME


def _digest(path: Path) -> str | None:
    try:
        if path.stat().st_size > _MAX_HASHED:
            return None
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError:
        return None


def _known() -> list[str]:
    try:
        return _list_path().read_text(encoding="ascii", errors="replace").split()
    except OSError:
        return []


def is_own_export(path: Path) -> bool:
    """Whether the file at `path` is, byte for byte, one an export wrote."""
    digest = _digest(Path(path))
    return digest is not None and digest in set(_known())


def not_ours(path: Path) -> bool:
    """Whether writing an export to `path` would replace a file that is not Skisse's own export
    (a file that does not exist, a link, a folder or, in a served window, a file outside its
    folder is no such file: those have their own errors, and nothing is asked about them)."""
    from .confine import is_inside

    path = Path(path)
    if not is_inside(path):
        return False
    try:
        if path.is_symlink() or not path.is_file():
            return False
    except OSError:
        return False
    return not is_own_export(path)


def remember(path: Path) -> None:
    """Note the file just written at `path` as Skisse's own export."""
    digest = _digest(Path(path))
    if digest is None:
        return
    known = [h for h in _known() if h != digest][-(KEEP - 1) :] + [digest]
    target = _list_path()
    tmp = target.with_name(f".{LIST_NAME}.{os.getpid()}.{os.urandom(3).hex()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write("\n".join(known) + "\n")
        os.replace(tmp, target)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
