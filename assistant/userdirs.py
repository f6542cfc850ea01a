"""The user's folders (data, config, state, cache): SKISSE_HOME, else the platform's rules.

Below the core and the UI-text catalogue alike: it imports nothing of Skisse's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
