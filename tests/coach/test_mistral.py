"""Mistral through langchain-mistralai's own client, against the OpenAI-style test server on
127.0.0.1 (Mistral's chat API streams the same events; the client is pointed at it with
MISTRAL_BASE_URL, as at a gateway)."""

from __future__ import annotations


import pytest

pytest.importorskip("langchain_mistralai")

from assistant.coach.llm import LangChainCoach  # noqa: E402
from assistant.coach.settings import CoachSettings  # noqa: E402
from streaming import ask, stream  # noqa: E402

FNR = "01019000083"  # a valid fødselsnummer (test value)


@pytest.fixture
def mistral(server, monkeypatch):
    monkeypatch.setenv("MISTRAL_BASE_URL", server.base_url)
    monkeypatch.setenv("MISTRAL_API_KEY", "mistral-test-key")
    return server




def _settings() -> CoachSettings:
    return CoachSettings(model="mistralai:mistral-small-latest", timeout_s=5, max_retries=2, backoff_s=0)


def test_mistral_streams_and_gets_personal_data_redacted(mistral, strong_nb: str) -> None:
    got, err = stream(LangChainCoach(_settings(), lang="nb"), ask(strong_nb + f"\nFødselsnummer {FNR}.\n"))
    assert err is None and "".join(got) == mistral.reply
    assert mistral.paths[0] == "/v1/chat/completions"
    assert mistral.headers[0].get("authorization") == "Bearer mistral-test-key"
    sent = mistral.requests[0]
    assert sent["model"] == "mistral-small-latest" and sent["stream"] is True
    assert FNR not in mistral.raw_bodies[0].decode()


def test_a_wrong_mistral_key_names_the_variable(mistral, strong_nb: str) -> None:
    mistral.script = ["401"]
    got, err = stream(LangChainCoach(_settings(), lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "auth" and not err.retryable
    assert "MISTRAL_API_KEY" in err.message_for_user and got == []
