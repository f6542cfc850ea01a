"""The LangChain coach with LangChain's fake chat models: streaming, cancel, cut, history, assessment."""

from __future__ import annotations

import asyncio

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel, GenericFakeChatModel
from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableLambda

from assistant.coach.base import CoachError, CoachRequest
from assistant.coach.llm import DraftAssessment, LangChainCoach
from assistant.coach.settings import CoachSettings

SETTINGS = CoachSettings(model="openai:gpt-4o-mini", backoff_s=0)


def _ask(text: str, question: str = "Hva mangler?") -> CoachRequest:
    return CoachRequest(kind="ask", sketch_text=text, question=question, lang="nb")


async def _collect(coach: LangChainCoach, request: CoachRequest) -> list[str]:
    return [chunk async for chunk in coach.astream(request)]


def test_streams_token_by_token_and_counts_usage(strong_nb: str) -> None:
    model = GenericFakeChatModel(messages=iter([AIMessage("Behovet er tydelig. Legg til en kilde for tallene.")]))
    coach = LangChainCoach(SETTINGS, model, lang="nb")
    chunks = asyncio.run(_collect(coach, _ask(strong_nb)))
    assert len(chunks) > 5
    assert "".join(chunks) == "Behovet er tydelig. Legg til en kilde for tallene."
    usage = coach.usage.last
    assert usage is not None and usage.encoding == "o200k_base" and not usage.approximate
    assert usage.input_tokens > 1000  # the system prompt with the rubric and the whole draft
    assert usage.output_tokens == coach.counter.count("".join(chunks))
    assert usage.cost == pytest.approx((usage.input_tokens * 0.15 + usage.output_tokens * 0.60) / 1e6)
    assert coach.usage.cost == usage.cost


def test_history_is_kept_and_sent_with_the_next_question(strong_nb: str) -> None:
    model = GenericFakeChatModel(messages=iter([AIMessage("Første svar."), AIMessage("Andre svar.")]))
    coach = LangChainCoach(SETTINGS, model, lang="nb")
    asyncio.run(_collect(coach, _ask(strong_nb, "Første spørsmål?")))
    messages = coach.messages(_ask(strong_nb, "Andre spørsmål?"))
    assert [m.type for m in messages] == ["system", "human", "ai", "human"]
    assert messages[1].content == "Første spørsmål?" and messages[2].content == "Første svar."
    assert len(coach.usage.messages) == 1


def test_history_is_trimmed_to_the_context(strong_nb: str) -> None:
    settings = SETTINGS.model_copy(update={"context_tokens": 9000, "max_output_tokens": 500})
    coach = LangChainCoach(settings, GenericFakeChatModel(messages=iter([])), lang="nb")
    from langchain_core.messages import AIMessage as AI
    from langchain_core.messages import HumanMessage

    for i in range(10):
        coach.history += [HumanMessage(f"Spørsmål {i}? " + "ord " * 300), AI(f"Svar {i}. " + "ord " * 300)]
    messages = coach.messages(_ask(strong_nb, "Nytt?"))
    assert coach.counter.count_messages(messages) <= 9000 - 500
    kept = [m for m in messages if m.type in ("human", "ai")][:-1]
    assert 0 < len(kept) < 20
    assert kept[0].type == "human" and kept[-1].content.startswith("Svar 9.")


def test_cut_mid_stream_raises_with_the_partial_text(strong_nb: str) -> None:
    model = FakeListChatModel(responses=["Behovet er godt beskrevet"], error_on_chunk_number=6)
    coach = LangChainCoach(SETTINGS, model, lang="nb")
    got: list[str] = []

    async def run() -> None:
        async for chunk in coach.astream(_ask(strong_nb)):
            got.append(chunk)

    with pytest.raises(CoachError) as info:
        asyncio.run(run())
    assert info.value.code == "cut" and info.value.retryable
    assert info.value.partial == "".join(got) == "Behovet"[:6]
    assert "ufullstendig" in info.value.message_for_user


def test_cancel_stops_the_reply_and_keeps_what_came(strong_nb: str) -> None:
    model = FakeListChatModel(responses=["Et langt svar som aldri blir ferdig fordi brukeren trykker Esc"], sleep=0.01)
    coach = LangChainCoach(SETTINGS, model, lang="nb")
    got: list[str] = []

    async def run() -> None:
        async def consume() -> None:
            async for chunk in coach.astream(_ask(strong_nb)):
                got.append(chunk)

        task = asyncio.create_task(consume())
        while len(got) < 5:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(run())
    assert 5 <= len(got) < len("Et langt svar som aldri blir ferdig fordi brukeren trykker Esc")
    assert coach.history[-1].content == "".join(got)  # the stopped reply is remembered as it was


class _StructuredFake(GenericFakeChatModel):
    """A fake chat model whose structured output returns a fixed assessment."""

    result: dict = {}

    def with_structured_output(self, schema, **kwargs):  # noqa: ANN001
        return RunnableLambda(lambda _messages: schema.model_validate(self.result))


def test_structured_assessment_drops_quotes_not_in_the_draft(strong_nb: str) -> None:
    real_quote = next(line for line in strong_nb.splitlines() if len(line) > 60 and not line.startswith(("#", "|", "-", "title")))[:50]
    result = {
        "criteria": [
            {"criterion": "need-described", "score": 4, "evidence": [real_quote, "Dette står ikke i skissen i det hele tatt."], "missing": [], "next_step": "Kort ned."},
            {"criterion": "no-such-criterion", "score": 5, "evidence": [], "missing": [], "next_step": ""},
            {"criterion": "data-backing", "score": 2, "evidence": [], "missing": ["Kilde for tallene"], "next_step": "Oppgi kilden."},
        ],
        "summary": "Godt utgangspunkt.",
    }
    model = _StructuredFake(messages=iter([]), result=result)
    coach = LangChainCoach(SETTINGS, model, lang="nb")
    assessment = asyncio.run(coach.assess(strong_nb, "nb"))
    assert [c.criterion for c in assessment.criteria] == ["need-described", "data-backing"]
    need = assessment.criterion("need-described")
    assert need.evidence == [real_quote]
    assert need.dropped_quotes == ["Dette står ikke i skissen i det hele tatt."]
    assert assessment.flagged == {"need-described": ["Dette står ikke i skissen i det hele tatt."]}
    assert assessment.coach == "openai:gpt-4o-mini" and not assessment.offline


def test_assessment_schema_is_what_the_model_fills() -> None:
    schema = DraftAssessment.model_json_schema()
    item = schema["$defs"]["_CriterionJudgement"]["properties"]
    assert set(item) == {"criterion", "score", "evidence", "missing", "next_step"}


def test_missing_key_is_a_clear_error(strong_nb: str) -> None:
    coach = LangChainCoach(SETTINGS, lang="en")
    with pytest.raises(CoachError) as info:
        asyncio.run(_collect(coach, _ask(strong_nb)))
    assert info.value.code == "no-key" and not info.value.retryable
    assert "OPENAI_API_KEY" in info.value.message_for_user


def test_missing_provider_package_names_it(strong_nb: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "langchain_anthropic" else real(name, *a))
    coach = LangChainCoach(CoachSettings(model="anthropic:claude-3-5-haiku-latest"), lang="en")
    with pytest.raises(CoachError) as info:
        asyncio.run(_collect(coach, _ask(strong_nb)))
    assert info.value.code == "missing-package"
    assert 'pip install "skisse[anthropic]"' in info.value.message_for_user


def test_rewrites_follow_the_sketch_language(sketches_dir) -> None:
    nynorsk = (sketches_dir / "sterk-nynorsk.md").read_text(encoding="utf-8")
    coach = LangChainCoach(SETTINGS, GenericFakeChatModel(messages=iter([])), lang="nb")
    improve = coach.messages(CoachRequest(kind="improve", sketch_text=nynorsk, section="need", lang="nb"))
    assert "Svar på nynorsk" in improve[0].content and "Rettleiing for delen" in improve[-1].content
    ask = coach.messages(CoachRequest(kind="ask", sketch_text=nynorsk, question="?", lang="nb"))
    assert "Svar på bokmål" in ask[0].content  # the chat itself follows the user's language
    translate = coach.messages(CoachRequest(kind="translate", sketch_text=nynorsk, lang="en"))
    assert "frå nynorsk til bokmål" not in translate[-1].content
    assert "fra nynorsk til bokmål" in translate[-1].content and "Svar på bokmål" in translate[0].content


def test_warm_up_loads_the_client_ahead_of_time() -> None:
    coach = LangChainCoach(CoachSettings(model="m", base_url="http://127.0.0.1:9/v1"), lang="nb")
    coach.warm_up()
    import sys

    assert "langchain_openai" in sys.modules


def test_azure_settings_reach_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.coach.llm import build_chat_model

    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "k")
    model = build_chat_model(CoachSettings(model="azure_openai:gpt-4o", azure_endpoint="https://eu.openai.azure.com", api_version="2024-10-21"))
    assert (model.deployment_name, model.azure_endpoint, model.openai_api_version) == ("gpt-4o", "https://eu.openai.azure.com", "2024-10-21")
    assert model.max_retries == 0  # the coach does its own backoff


def test_a_setting_the_client_refuses_is_named_not_only_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's own first line («1 validation error for AzureChatOpenAI») says nothing a
    user can act on; the error names what is missing."""
    from assistant.coach.llm import build_chat_model

    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "k")
    for name in ("OPENAI_API_VERSION", "AZURE_OPENAI_ENDPOINT", "OPENAI_API_BASE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(CoachError) as info:
        build_chat_model(CoachSettings(model="azure_openai:gpt-4o"), "nb")
    message = info.value.message_for_user
    assert info.value.code == "config" and message.startswith("Kan ikke bruke modellen «azure_openai:gpt-4o»: ")
    assert "api_version" in message and "validation error" not in message and "\n" not in message


def test_unknown_provider_explains_the_name_format() -> None:
    from assistant.coach.llm import build_chat_model

    with pytest.raises(CoachError) as info:
        build_chat_model(CoachSettings(model="llama3.1:8b"), "en")
    assert info.value.code == "config" and "--base-url" in info.value.message_for_user


def test_improve_reply_becomes_hunks_and_only_accepted_ones_change_the_draft(weak_nb: str) -> None:
    from assistant.coach.diff import propose_rewrite
    from assistant.core.sketch.document import parse_sketch

    rewrite_text = "Eldre faller ofte hjemme.\n\nI 2023 hadde kommunen [TALL: antall fall blant hjemmeboende over 67 år]."
    coach = LangChainCoach(SETTINGS, GenericFakeChatModel(messages=iter([AIMessage("```markdown\n" + rewrite_text + "\n```")])), lang="nb")
    request = CoachRequest(kind="improve", sketch_text=weak_nb, section="need", lang="nb")
    reply = "".join(asyncio.run(_collect(coach, request)))
    proposal = propose_rewrite(weak_nb, "need", reply)
    assert [h.kind for h in proposal.hunks] == ["replace", "insert"]
    only_second = parse_sketch(proposal.apply({1})).section("need").body
    assert "Eldre faller." in only_second and "[TALL:" in only_second and "ofte" not in only_second
    assert proposal.apply(set()) == weak_nb
    assert coach.history == []  # improve is not part of the chat history


def test_both_coaches_satisfy_the_protocol() -> None:
    from assistant.coach.base import Coach
    from assistant.coach.offline import OfflineCoach

    for coach in (OfflineCoach(lang="nb"), LangChainCoach(SETTINGS, lang="nb")):
        assert isinstance(coach, Coach)
        assert isinstance(coach.name, str) and coach.name
