"""Where Skisse's data lives: the call folders and prompts, and (from `assistant.userdirs`) the user's dirs."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parents[3]
# Where a wheel carries the top-level `rubric/` and `prompts/` folders (copied there by setup.py).
_SHIPPED = Path(__file__).resolve().parents[2] / "_data"


def _data_dir(name: str, env: str) -> Path:
    """An installed wheel's copy, else the source tree's folder (an editable install)."""
    if value := os.environ.get(env):
        return Path(value)
    for candidate in (_SHIPPED / name, _PACKAGE_ROOT / name, Path(sys.prefix) / "share" / "skisse" / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE_ROOT / name


@cache
def rubric_dir() -> Path:
    """The folder holding the rubric files (SKISSE_RUBRIC_DIR overrides)."""
    return _data_dir("rubric", "SKISSE_RUBRIC_DIR")


@cache
def prompts_dir() -> Path:
    """The folder holding the prompt files (SKISSE_PROMPTS_DIR overrides)."""
    return _data_dir("prompts", "SKISSE_PROMPTS_DIR")


# The user's folders live below the core (the UI-text catalogue needs the cache dir too).
from ...userdirs import _XDG, user_cache_dir, user_config_dir, user_data_dir, user_state_dir  # noqa: E402, F401
