"""Keep the advisor tests away from the user's files and the network."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def skisse_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("SKISSE_HOME", str(home))
    monkeypatch.setenv("SKISSE_LANG", "nb")
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    return home


class StepClock:
    """A clock that moves one minute per reading, from a fixed start."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.t = start

    def __call__(self) -> datetime:
        self.t += timedelta(minutes=1)
        return self.t


@pytest.fixture
def clock():
    return StepClock()


@pytest.fixture
def db(tmp_path, clock):
    from assistant.advisor.db import HistoryDB

    with HistoryDB(tmp_path / "history.sqlite3", clock=clock) as database:
        yield database


@pytest.fixture
def sketch_text() -> str:
    return (FIXTURES / "omsorg.md").read_text(encoding="utf-8")


@pytest.fixture
def sketch_file(tmp_path, sketch_text) -> Path:
    path = tmp_path / "work" / "omsorg.md"
    path.parent.mkdir()
    path.write_text(sketch_text, encoding="utf-8")
    return path
