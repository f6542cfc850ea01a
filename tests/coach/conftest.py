"""Fixtures for the coach tests: sketches, a chat server on 127.0.0.1, settings pointing at it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from openai_server import ChatServer, start  # noqa: E402

from assistant.coach.settings import CoachSettings  # noqa: E402

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
HERE = Path(__file__).parent / "fixtures"


@pytest.fixture
def server():
    srv: ChatServer = start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def http_settings(server: ChatServer) -> CoachSettings:
    """Settings for the test server; it counts as remote, so redaction is on."""
    return CoachSettings(model="test-model", base_url=server.base_url, timeout_s=5, max_retries=2, backoff_s=0, local_model=False)


@pytest.fixture
def strong_nb() -> str:
    return (SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")


@pytest.fixture
def tech_first() -> str:
    return (SKETCHES / "teknologi-forst.md").read_text(encoding="utf-8")


@pytest.fixture
def weak_nb() -> str:
    return (HERE / "svak-bokmal.md").read_text(encoding="utf-8")
