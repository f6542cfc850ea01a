"""One catalogue for every text the user reads: assistant/locale/*.toml.

Each file holds `key = { nb = "...", nn = "...", en = "..." }` entries; files are split by
area (cli.toml, tui.toml, ...) and merged. Missing nn falls back to nb, missing en to nb.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path, PurePath

LANGUAGES = ("nb", "nn", "en")
_DIR = Path(__file__).parent / "locale"


_TABLE = re.compile(r"^\[\s*\"?([\w-]+)", re.MULTILINE)
_DOTTED = re.compile(r"^([\w-]+)\.", re.MULTILINE)


@cache
def _files_by_area() -> dict[str, list[Path]]:
    """Which catalogue files define which top-level names, found without parsing them."""
    areas: dict[str, list[Path]] = {}
    for path in sorted(_DIR.glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        for name in {*_TABLE.findall(text), *_DOTTED.findall(text)}:
            areas.setdefault(name, []).append(path)
    return areas


@cache
def _load(path: Path) -> dict[str, dict[str, str]]:
    """One catalogue file's entries. The TOML is parsed once; later starts read a JSON copy of it
    from the user's cache dir (see `datacopy`): a large catalogue costs tens of
    milliseconds of start-up to parse."""
    from .datacopy import read_toml

    return dict(_flatten(read_toml(path)))


@cache
def _area(name: str) -> dict[str, dict[str, str]]:
    """The entries under one top-level name; only the files that define it are parsed."""
    merged: dict[str, dict[str, str]] = {}
    for path in _files_by_area().get(name, []):
        for key, value in _load(path).items():
            if key.split(".", 1)[0] != name:
                continue
            if key in merged:
                raise ValueError(f"{path}: key '{key}' is defined twice in the catalogue")
            merged[key] = value
    return merged


def catalogue() -> dict[str, dict[str, str]]:
    """Every entry of every file (for tests and tools; `t` loads only what it needs)."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(_DIR.glob("*.toml")):
        for key, value in _load(path).items():
            if key in merged:
                raise ValueError(f"{path}: key '{key}' is defined twice in the catalogue")
            merged[key] = value
    return merged


def _flatten(data: dict, prefix: str = ""):
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict) and "nb" in value and isinstance(value["nb"], str):
            yield full, value
        elif isinstance(value, dict):
            yield from _flatten(value, full + ".")


# The values that name a file or folder: shown on one line, whatever the name holds.
_PATH_KEYS = frozenset({"path", "folder", "file", "source", "target", "output"})
# Line breaks and other C0/C1 controls, DEL: a file name may hold any of them.
_NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def shown_name(name: object) -> str:
    """A file name as a message shows it: each control character, a line break too, written as
    its escape (`\\u000a`), so a name with a newline reads on one line («a.md\\u000ab.md»)."""
    text = str(name)
    return _NAME_CONTROLS.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text) if _NAME_CONTROLS.search(text) else text


def t(key: str, lang: str = "nb", /, **kwargs: object) -> str:
    """The text for `key` in `lang`, formatted with kwargs; the key itself if unknown. A file
    name (a `Path`, or the value of `path`, `folder`, …) is shown with `shown_name`."""
    entry = _area(key.split(".", 1)[0]).get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nb"]
    if not kwargs:
        return text
    for name, value in kwargs.items():
        if isinstance(value, PurePath) or (name in _PATH_KEYS and isinstance(value, str)):
            kwargs[name] = shown_name(value)
    return text.format(**kwargs)


def tn(key: str, n: int, lang: str = "nb", /, **kwargs: object) -> str:
    """`key` for a count: `key_one` when n is 1 («1 åpen kommentar»), else `key` («2 åpne kommentarer»)."""
    if n == 1 and _area(key.split(".", 1)[0]).get(f"{key}_one") is not None:
        key = f"{key}_one"
    return t(key, lang, n=n, **kwargs)


def system_language() -> str:
    """nb, nn or en from SKISSE_LANG, LC_ALL/LC_MESSAGES/LANG: English for other real locales, bokmål otherwise."""
    for var in ("SKISSE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            code = value.split(".")[0].split(":")[0].casefold()
            if var == "SKISSE_LANG" and code in LANGUAGES:
                return code
            if code.startswith(("nn", "no_nn")):
                return "nn"
            if code.startswith(("nb", "no")):
                return "nb"
            if code in ("c", "posix"):
                continue
            return "en"
    return "nb"  # no locale, or C/POSIX: Norwegian first
