"""Ollama through langchain-ollama's own client, against an Ollama-compatible server on 127.0.0.1."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("langchain_ollama")

from assistant.coach.llm import LangChainCoach  # noqa: E402
from assistant.coach.settings import CoachSettings  # noqa: E402
from streaming import ask, stream  # noqa: E402

from ollama_server import OllamaServer, start  # noqa: E402

FNR = "01019000083"  # a valid fødselsnummer (test value)


@pytest.fixture
def ollama():
    srv: OllamaServer = start()
    yield srv
    srv.shutdown()
    srv.server_close()




def test_a_local_ollama_model_streams_and_sees_the_text_unchanged(ollama, strong_nb: str) -> None:
    settings = CoachSettings(model="ollama:llama3.1", base_url=ollama.base_url, local_model=True, timeout_s=5, backoff_s=0)
    assert settings.provider == "ollama" and settings.client_provider == "ollama"
    coach = LangChainCoach(settings, lang="nb")
    text = strong_nb + f"\nFødselsnummer {FNR}.\n"
    got, err = stream(coach, ask(text))
    assert err is None and "".join(got) == ollama.reply and len(got) >= 5
    assert ollama.paths[0] == "/api/chat"
    sent = ollama.requests[0]
    assert sent["model"] == "llama3.1" and sent["stream"] is True
    assert sent["messages"][0]["role"] == "system" and "need-described" in sent["messages"][0]["content"]
    assert FNR in ollama.raw_bodies[0].decode()  # marked local: nothing is redacted


def test_ollama_not_marked_local_gets_personal_data_redacted(ollama, strong_nb: str) -> None:
    settings = CoachSettings(model="ollama:llama3.1", base_url=ollama.base_url, timeout_s=5, backoff_s=0)
    got, err = stream(LangChainCoach(settings, lang="nb"), ask(strong_nb + f"\nFødselsnummer {FNR}.\n"))
    assert err is None
    assert FNR not in ollama.raw_bodies[0].decode()


def test_a_model_not_pulled_is_a_clear_error(ollama, strong_nb: str) -> None:
    ollama.script = ["404"]
    settings = CoachSettings(model="ollama:llama3.1", base_url=ollama.base_url, local_model=True, timeout_s=5, backoff_s=0)
    got, err = stream(LangChainCoach(settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "not-found" and not err.retryable
    assert "llama3.1" in err.message_for_user and got == []


def test_ollama_not_running(strong_nb: str) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = CoachSettings(model="ollama:llama3.1", base_url=f"http://127.0.0.1:{port}", local_model=True, timeout_s=2, backoff_s=0)
    got, err = stream(LangChainCoach(settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "no-server" and err.retryable
    assert f"127.0.0.1:{port}" in err.message_for_user and got == []
