"""Keep every reliability test away from the user's real config, data and state."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def skisse_home(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("skisse-home")
    monkeypatch.setenv("SKISSE_HOME", str(home))
    monkeypatch.setenv("SKISSE_LANG", "en")
    return home
