"""Hermetic tests: the user's home, config and network stay out."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _hermetic(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("skisse-home")
    monkeypatch.setenv("SKISSE_HOME", str(home))
    monkeypatch.setenv("HOME", str(home / "home"))
    for var in ("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY", "SKISSE_MODEL", "SKISSE_BASE_URL", "SKISSE_LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address, *args, **kwargs):  # type: ignore[no-untyped-def]
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("127.") and not host.startswith("/"):
        raise OSError(f"tests may not reach {host}: network is loopback only")
    return _real_connect(self, address, *args, **kwargs)


@pytest.fixture(autouse=True)
def _fresh_checkups() -> None:
    """Each test judges its texts itself: a checkup cached by an earlier test (with another
    renderer, say) is not found."""
    import sys

    module = sys.modules.get("assistant.core.judging.checkup")
    if module is not None:
        module.clear_cache()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture
def sketches_dir() -> Path:
    return FIXTURES / "sketches"


@pytest.fixture
def served_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder `skisse serve` serves: the window may open and write only inside it, no coach."""
    from assistant.core.files import confine

    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.setenv(confine.ENV_ROOT, str(folder))
    monkeypatch.setenv(confine.ENV_COACH, "0")
    confine._settings.cache_clear()
    yield folder
    monkeypatch.delenv(confine.ENV_ROOT)
    confine._settings.cache_clear()
