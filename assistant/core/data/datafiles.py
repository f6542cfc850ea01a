"""Skisse's data files (the rubric, sections, messages) read through a JSON copy.

The files are TOML, for the people who write them. Python's TOML parser is written in Python
and costs milliseconds a file at every start; `json` is written in C. So the first read of a
file also writes its content as JSON to the user's cache dir, under a name made of the file's
path, size and modification time, and later reads take the JSON. Editing the TOML changes
its size or time, and so the name: the old copy is not read again. Nothing but speed depends
on the copy: when it cannot be written (read-only home, full disk) the TOML is parsed each time.

Files read into pydantic models (the rubric, the sections, the check messages) go one step
further with `read_validated`: the validated objects themselves are kept, pickled, so a later
start builds no schema and checks no value for them.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from ...datacopy import DataFileError, _copy_path, _file_name, _read, _replace, read_toml  # noqa: F401 - the core's names for them

T = TypeVar("T")


def read_validated(path: Path, validate: Callable[[dict[str, Any]], T], code: Iterable[Path]) -> T:
    """The file's TOML as `validate` makes it (a pydantic model built from the dict), through a
    pickled copy of what it made.

    Validating builds the models' schemas first (some 20 ms for the rubric's, at every start)
    and then checks every value; the copy holds the checked objects, so a later read needs
    neither. The copy is read only when made from the same bytes of the file and of `code`
    (the modules that define the models), by the same Python and pydantic: an edited file or an
    upgraded Skisse never reads an old copy, even where installs keep file times fixed. A pickle
    can run code when loaded, so a copy is loaded only from the user's private cache dir: owned
    by the user and writable by no one else. A copy that cannot be read or is not what
    `validate` makes is ignored; errors from `validate` are raised as they are."""
    import pickle
    import sys

    import pydantic

    stat = path.stat()
    resolved = str(path.resolve())
    stamp: list[Any] = [resolved, _content_stamp(path), sys.version_info[:2], pydantic.VERSION]
    for module in code:
        stamp += [str(module.resolve()), _content_stamp(module)]
    digest = f"{zlib.crc32(repr(stamp).encode('utf-8', 'surrogatepass')):08x}"
    copy = _copy_path(resolved, f"validated-{digest}", "pickle")
    private = _private(copy.parent)
    if private:
        try:
            with open(copy, "rb") as fh:
                if _private(Path(fh.name), os.fstat(fh.fileno())):
                    kept = pickle.load(fh)
                    if isinstance(kept, _Kept) and kept.stamp == stamp:
                        return kept.value  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - a damaged or foreign copy is only a missed shortcut
            pass
    value = validate(_read(resolved, stat.st_mtime_ns, stat.st_size))
    if private is False:
        return value  # a folder others can write to: no pickled copy there
    try:
        blob = pickle.dumps(_Kept(stamp, value), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - a value that cannot be kept is validated each time
        return value
    _replace(copy, blob, stale=f"{Path(resolved).stem}-{_file_name(resolved)}-validated-*.pickle")
    return value


def _content_stamp(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), zlib.crc32(data)


def _private(path: Path, stat: os.stat_result | None = None) -> bool | None:
    """True when `path` is the user's own and no one else may write to it; None when it does
    not exist (yet); where there are no owners to compare (Windows), True."""
    try:
        stat = stat or path.stat()
    except OSError:
        return None
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return True
    return stat.st_uid == getuid() and not stat.st_mode & 0o022


class _Kept:
    """A validated value and the stamp it was made under."""

    def __init__(self, stamp: list[Any], value: Any) -> None:
        self.stamp, self.value = stamp, value
