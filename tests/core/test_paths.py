"""The user's folders: SKISSE_HOME puts everything in one place; otherwise the platform's rules."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.core.data import paths

KINDS = ["data", "config", "state", "cache"]


@pytest.mark.parametrize("kind", KINDS)
def test_skisse_home_holds_every_folder(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKISSE_HOME", str(tmp_path))
    assert getattr(paths, f"user_{kind}_dir")() == tmp_path / kind


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rules are followed by hand on Linux only")
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("xdg", ["unset", "set", "blank"])
def test_linux_folders_are_the_ones_platformdirs_gives(kind: str, xdg: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("SKISSE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    variable = paths._XDG[kind][0]
    if xdg == "unset":
        monkeypatch.delenv(variable, raising=False)
    else:
        monkeypatch.setenv(variable, str(tmp_path / "xdg") if xdg == "set" else "  ")
    expected = getattr(platformdirs, f"user_{kind}_path")("skisse", appauthor=False)
    assert getattr(paths, f"user_{kind}_dir")() == expected
