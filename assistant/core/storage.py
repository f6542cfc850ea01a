"""Files on disk: read a sketch whatever its encoding, write atomically, keep a backup."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # the largest sketch file Skisse opens


class SkisseFileError(Exception):
    """A file could not be read or written; str() is a one-line message for the user."""


@dataclass
class LoadedText:
    """A text read from disk, with what the user should know about how it was read."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def read_text_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> LoadedText:
    """Read a sketch file. Not UTF-8: read as cp1252 with a warning. Binary: refused."""
    path = Path(path)
    try:
        if path.is_dir():
            raise SkisseFileError(f"{path}: is a folder, not a sketch file")
        size = path.stat().st_size
        if size > max_bytes:
            raise SkisseFileError(f"{path}: {size / 1_048_576:.1f} MB is too large for a sketch (limit {max_bytes // 1_048_576} MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SkisseFileError(f"{path}: no such file") from None
    except PermissionError:
        raise SkisseFileError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise SkisseFileError(f"{path}: is a folder, not a sketch file") from None
    except OSError as exc:
        raise SkisseFileError(f"{path}: {exc.strerror or exc}") from None
    return decode_text(data, str(path))


def decode_text(data: bytes, name: str = "input") -> LoadedText:
    warnings: list[str] = []
    sample = data[:8192]
    if sample and (sample.count(b"\x00") > len(sample) // 10 or _looks_binary(sample)):
        raise SkisseFileError(f"{name}: looks like a binary file, not a Markdown sketch")
    if data.startswith(b"\xef\xbb\xbf"):
        return LoadedText(data.decode("utf-8-sig", errors="replace"), "utf-8-sig", warnings)
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        encoding = "cp1252"
        warnings.append(f"{name}: not UTF-8; read as Windows-1252 (cp1252). Saving writes UTF-8.")
    if "\x00" in text:
        warnings.append(f"{name}: holds NUL bytes; they are kept but ignored by the checks")
    return LoadedText(text, encoding, warnings)


def _looks_binary(sample: bytes) -> bool:
    magic = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\xd0\xcf\x11\xe0")
    if sample.startswith(magic):
        return True
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > max(8, len(sample) // 20)


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = False, mode: int | None = None) -> None:
    """Write via a temp file in the same folder, fsync, then rename over the target.

    With `backup`, the previous file is kept as `NAME~`. On any failure the old file is intact.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise SkisseFileError(f"{path}: is a folder")
    if not folder.is_dir():
        raise SkisseFileError(f"{folder}: folder does not exist")
    fd = -1
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        elif path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        if backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
        tmp = ""
        _fsync_dir(folder)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise SkisseFileError(f"{path}: the disk is full; nothing was written and the old file is intact") from None
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise SkisseFileError(f"{path}: cannot write here (permission denied or read-only)") from None
        raise SkisseFileError(f"{path}: could not write: {exc.strerror or exc}") from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _keep_backup(path: Path) -> None:
    """Keep the current file as NAME~: a hard link to the old inode, so it costs no copy."""
    bak = path.with_name(path.name + "~")
    link = path.with_name(f".{path.name}.bak.tmp")
    try:
        if link.exists():
            link.unlink()
        os.link(path, link)
    except OSError:
        shutil.copy2(path, link)
    os.replace(link, bak)


def atomic_write_text(path: Path, text: str, *, backup: bool = False, mode: int | None = None) -> None:
    """Write text as UTF-8, atomically; line endings are written exactly as given."""
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup, mode=mode)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
