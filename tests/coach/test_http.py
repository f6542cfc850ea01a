"""The real langchain-openai client against an OpenAI-compatible server on 127.0.0.1.

Every failure the user can meet: no server, 401, 429 (with backoff), 500, a stall, a cut
connection; and personal data that must never reach a remote model.
"""

from __future__ import annotations

import asyncio
import json
import socket

import pytest

from assistant.coach.base import CoachError
from assistant.coach.llm import LangChainCoach
from assistant.coach.settings import CoachSettings
from streaming import ask, stream

FNR = "01019000083"  # a valid fødselsnummer (test value)


def test_sse_stream_end_to_end(server, http_settings, strong_nb: str) -> None:
    coach = LangChainCoach(http_settings, lang="nb")
    got, err = stream(coach, ask(strong_nb))
    assert err is None
    assert "".join(got) == server.reply and len(got) >= 5
    sent = server.requests[0]
    assert sent["stream"] is True and sent["model"] == "test-model"
    assert sent["messages"][0]["role"] == "system" and "need-described" in sent["messages"][0]["content"]
    assert "Hva mangler?" in sent["messages"][-1]["content"]
    usage = coach.usage.last
    assert usage.input_tokens == 321 and usage.encoding == "reported"  # the server's own count wins


def test_401_is_not_retried_and_says_where_the_key_goes(server, http_settings, strong_nb: str) -> None:
    server.script = ["401"]
    got, err = stream(LangChainCoach(http_settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "auth" and not err.retryable
    assert "SKISSE_API_KEY" in err.message_for_user and "keyring" in err.message_for_user
    assert len(server.requests) == 1 and got == []


def test_429_backs_off_then_succeeds(server, http_settings, strong_nb: str) -> None:
    server.script = ["429", "429"]
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    coach = LangChainCoach(http_settings, lang="nb", sleep=fake_sleep)
    got, err = stream(coach, ask(strong_nb))
    assert err is None and "".join(got) == server.reply
    assert len(server.requests) == 3
    assert waits == [0.0, 0.0]  # the server's Retry-After: 0 is honoured


def test_429_after_all_retries_is_a_clear_message(server, http_settings, strong_nb: str) -> None:
    server.script = ["429"] * 3
    got, err = stream(LangChainCoach(http_settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "rate-limit" and err.retryable
    assert "3 forsøk" in err.message_for_user
    assert len(server.requests) == 3


def test_backoff_grows_without_retry_after(strong_nb: str) -> None:
    coach = LangChainCoach(CoachSettings(model="x", base_url="http://127.0.0.1:1/v1", backoff_s=1.0), lang="nb")
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    coach._sleep = fake_sleep
    for attempt in range(3):
        asyncio.run(coach._backoff(attempt, RuntimeError()))
    assert 1.0 <= waits[0] < 1.5 and 2.0 <= waits[1] < 3.0 and 4.0 <= waits[2] < 6.0


def test_500_is_retried_then_reported(server, http_settings, strong_nb: str) -> None:
    server.script = ["500"] * 3
    got, err = stream(LangChainCoach(http_settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "server" and err.retryable and "500" in err.message_for_user
    assert len(server.requests) == 3


def test_stall_times_out_with_partial_text(server, http_settings, strong_nb: str) -> None:
    server.script = ["stall"]
    settings = http_settings.model_copy(update={"timeout_s": 0.5})
    got, err = stream(LangChainCoach(settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "timeout" and err.retryable
    assert err.partial == "".join(got) == "Behovet er "
    assert "0.5 sekunder" in err.message_for_user


def test_cut_connection_keeps_the_partial_reply(server, http_settings, strong_nb: str) -> None:
    server.script = ["cut"]
    coach = LangChainCoach(http_settings, lang="nb")
    got, err = stream(coach, ask(strong_nb))
    assert err is not None and err.code == "cut" and err.retryable
    assert err.partial == "".join(got) == "Behovet er "
    assert len(server.requests) == 1  # a started reply is never silently retried
    assert coach.usage.last.output_tokens > 0  # what came is counted


def test_no_server(strong_nb: str) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = CoachSettings(model="m", base_url=f"http://127.0.0.1:{port}/v1", timeout_s=2, backoff_s=0)
    got, err = stream(LangChainCoach(settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "no-server" and err.retryable
    assert f"127.0.0.1:{port}" in err.message_for_user and got == []


def test_retry_after_failure_works_in_the_same_coach(server, http_settings, strong_nb: str) -> None:
    server.script = ["cut"]
    coach = LangChainCoach(http_settings, lang="nb")
    _, err = stream(coach, ask(strong_nb))
    assert err is not None and err.retryable
    got, err = stream(coach, ask(strong_nb))
    assert err is None and "".join(got) == server.reply


def test_personal_data_never_reaches_a_remote_model(server, http_settings, strong_nb: str) -> None:
    text = strong_nb.replace("## ", f"Kontaktperson Kari Nordmann, fødselsnummer {FNR}, mobil 922 33 444.\n\n## ", 1)
    coach = LangChainCoach(http_settings, lang="nb")
    got, err = stream(coach, ask(text, f"Er {FNR} riktig skrevet?"))
    assert err is None
    assert coach.last_redactions >= 2
    raw = b"".join(server.raw_bodies).decode()
    assert FNR not in raw and FNR[:6] + " " + FNR[6:] not in raw
    assert "922 33 444" not in raw
    assert "[fødselsnummer" in raw
    # the chat history kept for the next question is redacted too
    assert all(FNR not in m.content for m in coach.history)


def test_local_model_gets_the_text_unchanged(server, http_settings, strong_nb: str) -> None:
    text = strong_nb + f"\n\nKontakt: {FNR}\n"
    coach = LangChainCoach(http_settings.model_copy(update={"local_model": True}), lang="nb")
    stream(coach, ask(text))
    assert FNR in b"".join(server.raw_bodies).decode()


def test_structured_assessment_over_http(server, http_settings, strong_nb: str) -> None:
    quote = "tentativt"
    assert quote in strong_nb
    server.structured = {
        "criteria": [
            {"criterion": "budget-present", "score": 4, "evidence": [quote, "et sitat som ikke finnes"], "missing": [], "next_step": "Fordel på år."},
        ],
        "summary": "Bra.",
    }
    assessment = asyncio.run(LangChainCoach(http_settings, lang="nb").assess(strong_nb, "nb"))
    body = server.requests[-1]
    assert "response_format" in body or "tools" in body
    item = assessment.criterion("budget-present")
    assert item.evidence == [quote] and item.dropped_quotes == ["et sitat som ikke finnes"]


def test_structured_assessment_garbage_is_a_retryable_error(server, http_settings, strong_nb: str) -> None:
    server.structured = {"criteria": "not a list"}
    with pytest.raises(CoachError) as info:
        asyncio.run(LangChainCoach(http_settings, lang="nb").assess(strong_nb, "nb"))
    assert info.value.code == "structured" and info.value.retryable


def test_test_connection(server, http_settings) -> None:
    reply = asyncio.run(LangChainCoach(http_settings, lang="nb").test_connection())
    assert reply == server.reply
    assert json.dumps(server.requests[-1]["messages"]).count("OK") == 1


def test_azure_openai_through_its_own_client(server, monkeypatch, strong_nb: str) -> None:
    """`azure_openai:<deployment>` goes through langchain-openai's Azure client: the deployment
    and API version in the URL, the key in the `api-key` header, streamed like OpenAI."""
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-test-key")
    endpoint = server.base_url.removesuffix("/v1")
    settings = CoachSettings(
        model="azure_openai:skisse-gpt", azure_endpoint=endpoint, api_version="2024-10-21", timeout_s=5, max_retries=2, backoff_s=0
    )
    coach = LangChainCoach(settings, lang="nb")
    got, err = stream(coach, ask(strong_nb + f"\nFødselsnummer {FNR}.\n"))
    assert err is None and "".join(got) == server.reply
    assert server.paths[0].startswith("/openai/deployments/skisse-gpt/chat/completions?api-version=2024-10-21")
    assert server.headers[0].get("api-key") == "azure-test-key"
    assert FNR not in server.raw_bodies[0].decode()  # a cloud model: personal data redacted


def test_azure_openai_without_a_key_says_where_it_goes(monkeypatch, strong_nb: str) -> None:
    monkeypatch.delenv("AZURE_OPENAI_API_KEY", raising=False)
    settings = CoachSettings(model="azure_openai:skisse-gpt", azure_endpoint="http://127.0.0.1:9", api_version="2024-10-21")
    got, err = stream(LangChainCoach(settings, lang="nb"), ask(strong_nb))
    assert err is not None and err.code == "no-key" and "AZURE_OPENAI_API_KEY" in err.message_for_user


def test_a_runaway_reply_is_cut_with_a_note_and_the_rest_not_read(server, http_settings, strong_nb: str) -> None:
    from assistant.coach.llm import MAX_REPLY_CHARS

    server.reply = ("x" * 999 + " ") * 2_000  # 2 MB, streamed in 2 000 pieces
    got, err = stream(LangChainCoach(http_settings, lang="nb"), ask(strong_nb))
    assert err is None
    reply = "".join(got)
    body, _, note = reply.rpartition("\n\n")
    assert len(body) == MAX_REPLY_CHARS and server.reply.startswith(body)
    assert note == "[Svaret fra modellen ble kuttet etter 100 000 tegn; resten er ikke lest.]"
    assert len(got) < 2_000 // 5  # the stream was left long before its end


def test_an_oversized_assessment_is_refused_not_held_in_memory(server, http_settings, strong_nb: str) -> None:
    from assistant.coach.llm import MAX_RESPONSE_BYTES

    server.structured = {"criteria": [], "summary": "x" * (MAX_RESPONSE_BYTES + 1_000_000)}
    coach = LangChainCoach(http_settings, lang="nb")
    with pytest.raises(CoachError) as refused:
        asyncio.run(coach.assess(strong_nb, "nb"))
    assert refused.value.code == "too-large"
    assert str(refused.value) == "Modelltjenesten sendte mer enn 32 MB i ett svar; svaret er forkastet."
