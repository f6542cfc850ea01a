"""TOML data files read through a JSON copy in the user's cache dir (see `core.data.datafiles`).

Below the core and the UI-text catalogue (`assistant.i18n`) alike, which both read their files
through it; it imports nothing of Skisse's but the user's folders.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

from .userdirs import user_cache_dir


class DataFileError(ValueError):
    """A data file is not valid TOML; str() is the parser's message."""


def read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML as a dict. Raises OSError (cannot read) or DataFileError (not TOML)."""
    stat = path.stat()
    return _read(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def _file_name(path: str) -> str:
    return f"{zlib.crc32(path.encode('utf-8', 'surrogatepass')):08x}"  # which file of that name


def _copy_path(path: str, tag: str, suffix: str) -> Path:
    return user_cache_dir() / "data" / f"{Path(path).stem}-{_file_name(path)}-{tag}.{suffix}"


def _replace(copy: Path, blob: bytes, stale: str) -> None:
    """Write `copy` atomically, removing older copies of the same file; never fatal."""
    try:
        copy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in copy.parent.glob(stale):
            old.unlink(missing_ok=True)
        tmp = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # the user's alone
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, copy)
    except OSError:
        pass


def _read(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    copy = _copy_path(path, f"{mtime_ns}-{size}", "json")
    try:
        return json.loads(copy.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    import tomllib

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(str(exc)) from exc
    try:
        text = json.dumps(data, ensure_ascii=False)
    except TypeError:  # TOML dates and times have no JSON form: such a file is parsed each time
        return data
    _replace(copy, text.encode("utf-8"), stale=f"{Path(path).stem}-{_file_name(path)}-*.json")
    return data
