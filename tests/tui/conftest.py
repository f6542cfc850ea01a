"""Hermetic fixtures for the TUI tests: a private SKISSE_HOME, a fixed clock, fake coaches."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from assistant.coach.base import CoachError, SessionUsage


@pytest.fixture(autouse=True)
def skisse_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SKISSE_HOME", str(home))
    monkeypatch.setenv("SKISSE_LANG", "nb")
    for var in ("OPENAI_API_KEY", "SKISSE_MODEL", "SKISSE_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    return home


@pytest.fixture
def strong(tmp_path: Path) -> Path:
    """A copy of the strong bokmål fixture sketch, as `sterk.md`."""
    path = tmp_path / "sterk.md"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md", path)
    return path


@pytest.fixture
def weak(tmp_path: Path) -> Path:
    """A copy of the short weak fixture sketch, as `svak.md`."""
    path = tmp_path / "svak.md"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "sketches" / "svak-kort.md", path)
    return path


class FakeCoach:
    """Streams a fixed reply word by word; can fail mid-stream or wait until released."""

    name = "fake"
    offline = True

    def __init__(self, reply: str = "Bra svar. Legg gjerne til tall fra KOSTRA.", *, fail_after: int | None = None, retryable: bool = True, hold: bool = False) -> None:
        self.reply = reply
        self.fail_after = fail_after
        self.retryable = retryable
        self.requests: list = []
        self.usage = SessionUsage()
        self.release = asyncio.Event()
        if not hold:
            self.release.set()

    async def astream(self, request) -> AsyncIterator[str]:
        self.requests.append(request)
        for n, word in enumerate(self.reply.split(" ")):
            if self.fail_after is not None and n == self.fail_after:
                raise CoachError("the server did not answer", self.retryable, partial=self.reply[:10], code="no-server")
            await self.release.wait()
            yield word + " "
            await asyncio.sleep(0)

    async def assess(self, sketch_text: str, lang: str):  # pragma: no cover - not used by the TUI
        raise CoachError("not used", False)


@pytest.fixture
def fake_coach() -> FakeCoach:
    return FakeCoach()
