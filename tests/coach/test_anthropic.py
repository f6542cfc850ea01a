"""Anthropic through langchain-anthropic's own client, against a server on 127.0.0.1 that speaks
the Messages API (the client is pointed at it with ANTHROPIC_BASE_URL, as a gateway would be)."""

from __future__ import annotations


import pytest

pytest.importorskip("langchain_anthropic")

from assistant.coach.llm import LangChainCoach  # noqa: E402
from assistant.coach.settings import CoachSettings  # noqa: E402
from streaming import ask, stream  # noqa: E402

from anthropic_server import AnthropicServer, start  # noqa: E402

FNR = "01019000083"  # a valid fødselsnummer (test value)


@pytest.fixture
def anthropic(monkeypatch):
    srv: AnthropicServer = start()
    monkeypatch.setenv("ANTHROPIC_BASE_URL", srv.base_url)
    monkeypatch.delenv("ANTHROPIC_API_URL", raising=False)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-key-000000000000")
    yield srv
    srv.shutdown()
    srv.server_close()


def _settings() -> CoachSettings:
    return CoachSettings(model="anthropic:claude-test", timeout_s=5, max_retries=2, backoff_s=0)




def test_claude_streams_through_the_messages_api(anthropic, strong_nb: str) -> None:
    coach = LangChainCoach(_settings(), lang="nb")
    got, err = stream(coach, ask(strong_nb + f"\nFødselsnummer {FNR}.\n"))
    assert err is None and "".join(got) == anthropic.reply and len(got) >= 5
    assert anthropic.paths[0] == "/v1/messages"
    key = "sk-ant-test-key-000000000000"
    headers = anthropic.headers[0]
    assert headers.get("x-api-key") == key or headers.get("authorization") == f"Bearer {key}"
    sent = anthropic.requests[0]
    assert sent["model"] == "claude-test" and sent["stream"] is True
    assert "need-described" in json_text(sent.get("system")) and sent["messages"][-1]["role"] == "user"
    assert FNR not in anthropic.raw_bodies[0].decode()  # a cloud model: personal data redacted


def test_a_wrong_key_is_not_retried_and_names_the_variable(anthropic, strong_nb: str) -> None:
    anthropic.script = ["401"]
    got, err = stream(LangChainCoach(_settings(), lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "auth" and not err.retryable
    assert "ANTHROPIC_API_KEY" in err.message_for_user
    assert len(anthropic.requests) == 1 and got == []


def test_rate_limit_and_overload_are_retried(anthropic, strong_nb: str) -> None:
    anthropic.script = ["429", "529"]

    async def no_sleep(_seconds: float) -> None:
        pass

    got, err = stream(LangChainCoach(_settings(), lang="nb", sleep=no_sleep), ask(strong_nb))
    assert err is None and "".join(got) == anthropic.reply
    assert len(anthropic.requests) == 3


def json_text(system) -> str:  # noqa: ANN001 - a string or a list of content blocks
    if isinstance(system, list):
        return " ".join(block.get("text", "") for block in system if isinstance(block, dict))
    return system or ""
