"""One catalogue for every text the user reads: assistant/locale/*.toml.

Each file holds `key = { nb = "...", nn = "...", en = "..." }` entries; files are split by
area (cli.toml, tui.toml, ...) and merged. Missing nn falls back to nb, missing en to nb.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path

LANGUAGES = ("nb", "nn", "en")
_DIR = Path(__file__).parent / "locale"


@cache
def catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for key, value in _flatten(data):
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


def t(key: str, lang: str = "nb", /, **kwargs: object) -> str:
    """The text for `key` in `lang`, formatted with kwargs; the key itself if unknown."""
    entry = catalogue().get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nb"]
    return text.format(**kwargs) if kwargs else text


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
