"""A window served in a browser (`skisse serve`) is kept inside one folder.

`skisse serve` puts the folder in the served window's environment (`SKISSE_SERVE_ROOT`) before
any browser connects; the window reads it once, at its first file access, and nothing in the
window can change it afterwards. Every path the window opens, creates or writes must then
resolve, symbolic links followed, inside that folder; anything else is refused with a one-line
`OutsideFolder` error. The language model is used only when the owner allowed it
(`skisse serve --allow-coach` sets `SKISSE_SERVE_COACH=1`): it is billed to the owner.

Outside `skisse serve` (no `SKISSE_SERVE_ROOT`), nothing here restricts anything.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .storage import SkisseFileError

ENV_ROOT = "SKISSE_SERVE_ROOT"
ENV_COACH = "SKISSE_SERVE_COACH"


class OutsideFolder(SkisseFileError):
    """A served window asked for a path outside the folder it was started for."""


@cache
def _settings() -> tuple[Path | None, bool]:
    """(folder, model allowed), read from the environment once per process: a later change has no effect."""
    value = os.environ.get(ENV_ROOT)
    if not value:
        return None, True
    return Path(os.path.realpath(value)), os.environ.get(ENV_COACH) == "1"


def root() -> Path | None:
    """The folder a served window is kept in (symbolic links resolved), or None when not served."""
    return _settings()[0]


def active() -> bool:
    return root() is not None


def coach_allowed() -> bool:
    """Whether the language model may be used: always outside `serve`, in it only when allowed."""
    return _settings()[1]


def is_inside(path: Path | str) -> bool:
    """Whether `path` (symbolic links followed, relative to the current folder) is in the folder."""
    folder = root()
    if folder is None:
        return True
    try:
        resolved = Path(os.path.realpath(Path(path).expanduser()))
    except (OSError, ValueError):
        return False
    return resolved == folder or folder in resolved.parents


def inside(path: Path | str, *, lang: str | None = None) -> Path:
    """`path` itself when a served window may use it; else raises `OutsideFolder` (one line)."""
    if not is_inside(path):
        from ...i18n import system_language, t

        raise OutsideFolder(t("serve.outside", lang or system_language(), path=str(path), folder=str(root())), key="outside")
    return Path(path)
