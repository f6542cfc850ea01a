"""Where Skisse's data lives: the rubric and prompt folders, and the user's dirs."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parents[2]


def _data_dir(name: str, env: str) -> Path:
    if value := os.environ.get(env):
        return Path(value)
    for candidate in (_PACKAGE_ROOT / name, Path(sys.prefix) / "share" / "skisse" / name):
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


def user_data_dir() -> Path:
    """Recent files, history database; SKISSE_HOME puts everything under one folder."""
    if home := os.environ.get("SKISSE_HOME"):
        return Path(home) / "data"
    from platformdirs import user_data_path

    return user_data_path("skisse", appauthor=False)


def user_config_dir() -> Path:
    if home := os.environ.get("SKISSE_HOME"):
        return Path(home) / "config"
    from platformdirs import user_config_path

    return user_config_path("skisse", appauthor=False)


def user_state_dir() -> Path:
    """Logs and autosave recovery files."""
    if home := os.environ.get("SKISSE_HOME"):
        return Path(home) / "state"
    from platformdirs import user_state_path

    return user_state_path("skisse", appauthor=False)
