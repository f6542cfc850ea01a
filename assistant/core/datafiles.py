"""Skisse's data files (the rubric, sections, messages) read through a JSON copy.

The files are TOML, for the people who write them. Python's TOML parser is written in Python
and costs milliseconds a file at every start; `json` is written in C. So the first read of a
file also writes its content as JSON to the user's cache dir, under a name made of the file's
path, size and modification time, and later reads take the JSON. Editing the TOML changes
its size or time, and so the name: the old copy is not read again. Nothing but speed depends
on the copy: when it cannot be written (read-only home, full disk) the TOML is parsed each time.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

from .paths import user_cache_dir


class DataFileError(ValueError):
    """A data file is not valid TOML; str() is the parser's message."""


def read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML as a dict. Raises OSError (cannot read) or DataFileError (not TOML)."""
    stat = path.stat()
    return _read(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def _read(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    name = f"{zlib.crc32(path.encode('utf-8', 'surrogatepass')):08x}"  # which file of that name
    folder = user_cache_dir() / "data"
    copy = folder / f"{Path(path).stem}-{name}-{mtime_ns}-{size}.json"
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
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for old in folder.glob(f"{Path(path).stem}-{name}-*.json"):
            old.unlink(missing_ok=True)
        tmp = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, copy)
    except OSError:
        pass
    return data
