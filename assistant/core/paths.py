"""Where Skisse's data lives: the rubric and prompt folders, and the user's dirs."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]
# Where a wheel carries the top-level `rubric/` and `prompts/` folders (copied there by setup.py).
_SHIPPED = Path(__file__).resolve().parents[1] / "_data"


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


# On Linux the XDG rules are short enough to follow here; importing platformdirs costs more
# start-up time than a whole check's rubric. Elsewhere platformdirs decides.
_XDG = {
    "data": ("XDG_DATA_HOME", (".local", "share")),
    "config": ("XDG_CONFIG_HOME", (".config",)),
    "state": ("XDG_STATE_HOME", (".local", "state")),
    "cache": ("XDG_CACHE_HOME", (".cache",)),
}


def _user_dir(kind: str) -> Path:
    if home := os.environ.get("SKISSE_HOME"):
        return Path(home) / kind
    if sys.platform.startswith("linux"):
        env, default = _XDG[kind]
        base = os.environ.get(env, "").strip()
        return (Path(base) if base else Path.home().joinpath(*default)) / "skisse"
    import platformdirs

    return getattr(platformdirs, f"user_{kind}_path")("skisse", appauthor=False)


def user_data_dir() -> Path:
    """Recent files, history database; SKISSE_HOME puts everything under one folder."""
    return _user_dir("data")


def user_config_dir() -> Path:
    return _user_dir("config")


def user_state_dir() -> Path:
    """Logs and autosave recovery files."""
    return _user_dir("state")


def user_cache_dir() -> Path:
    """Caches that can always be deleted: page counts, parsed data files."""
    return _user_dir("cache")
