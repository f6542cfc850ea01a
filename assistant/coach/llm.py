"""A coach backed by a language model through LangChain.

Nothing heavy is imported until the first request: constructing `LangChainCoach` only reads
settings, so the UI can build it at start-up. The chat model may be passed in (tests, or a
UI that builds its own); otherwise it is made from the settings on first use.
"""

from __future__ import annotations

import asyncio
import importlib.util
import random
import warnings
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from ..i18n import system_language, t
from .base import Assessment, CoachError, CoachRequest, CriterionAssessment, MessageUsage, SessionUsage
from .errors import retry_after, to_coach_error
from .http import MAX_RESPONSE_BYTES, ReplyTooLarge  # noqa: F401 - the cap and its error, where they were
from .http import cap_anthropic, cap_mistral, capped_async_client, capped_client, hooks
from .settings import LOCAL_PROVIDERS, OWN_BASE_URL, PROVIDER_KEY_ENV, PROVIDER_PACKAGES, CoachSettings, api_key
from .tokens import counter_for, estimate_cost, price_for, price_table

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage

    from .context import DraftContext

# A reply in the wrong shape makes the OpenAI client's pydantic models print a UserWarning on
# stderr before the client fails; the failure is reported as an invalid reply, the warning is noise.
warnings.filterwarnings("ignore", message="Pydantic serializer warnings", category=UserWarning)

DEFAULT_CONTEXT = 8192  # tokens, when neither the settings nor the price table know the model
HISTORY_TURNS = 20  # at most this many earlier messages are kept before trimming to the context


class _CriterionJudgement(BaseModel):
    """One criterion as the model fills it in."""

    criterion: str = Field(description="The criterion id, exactly as listed.")
    score: int = Field(ge=0, le=5, description="0 = absent, 1 = weak, 3 = adequate, 5 = excellent.")
    evidence: list[str] = Field(default_factory=list, description="Short quotes copied word for word from the draft.")
    missing: list[str] = Field(default_factory=list, description="What the evaluators will look for and not find.")
    next_step: str = Field(default="", description="The most useful next step for this criterion.")


class DraftAssessment(BaseModel):
    """An assessment of a sketch draft against the rubric, one entry per criterion id."""

    criteria: list[_CriterionJudgement]
    summary: str = Field(default="", description="Two or three sentences on the draft as a whole.")


# The longest reply kept: some 25 000 tokens, ten times the 2 000 a reply is asked to stay within.
# A server that streams on (20 MB once took 800 MB of memory) is cut here and the rest never read.
MAX_REPLY_CHARS = 100_000


def _text_of(chunk: Any) -> str:
    content = getattr(chunk, "content", chunk)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    return ""


def check_package(settings: CoachSettings, lang: str) -> None:
    """Raise CoachError naming the package to install when the provider's package is missing."""
    provider = settings.client_provider
    if provider not in PROVIDER_PACKAGES:
        known = ", ".join(sorted(PROVIDER_PACKAGES))
        detail = t("coach.error.unknown_provider", lang, provider=provider, known=known)
        raise CoachError(t("coach.error.bad_model", lang, model=settings.label, detail=detail), False, code="config")
    module, package = PROVIDER_PACKAGES[provider]
    if importlib.util.find_spec(module) is None:
        raise CoachError(t("coach.error.missing_package", lang, model=settings.label, package=package), False, code="missing-package")


def build_chat_model(settings: CoachSettings, lang: str = "nb") -> BaseChatModel:
    """The LangChain chat model the settings name; retries are left to the coach (max_retries=0)."""
    if not settings.has_model:  # never a made-up model name sent to a base URL
        raise CoachError(t("coach.offline.unused", lang, keys=", ".join(settings.unused_settings) or "model"), False, code="config")
    if settings.local_only and not settings.is_local:
        raise CoachError(t("coach.error.local_only", lang, model=settings.label), retryable=False, code="local-only")
    check_package(settings, lang)
    key = api_key(settings)
    common: dict[str, Any] = {}
    if settings.temperature is not None:
        common["temperature"] = settings.temperature
    try:
        if settings.provider == "openai-compatible":
            from langchain_openai import ChatOpenAI

            return ChatOpenAI(
                http_async_client=_async_http_client(settings),
                http_client=capped_client(settings.timeout_s),
                model=settings.model_name,
                base_url=settings.base_url,
                api_key=key or "not-needed",
                timeout=settings.timeout_s,
                max_retries=0,
                stream_usage=True,
                max_tokens=settings.max_output_tokens,
                **common,
            )
        provider = settings.provider
        if provider in PROVIDER_KEY_ENV and not key:
            env = settings.api_key_env or PROVIDER_KEY_ENV[provider]
            raise CoachError(t("coach.error.no_key", lang, provider=provider, env=env), False, code="no-key")
        from langchain.chat_models import init_chat_model

        kwargs = dict(common)
        if key:
            kwargs["api_key"] = key
        if provider in LOCAL_PROVIDERS:
            # Ollama's clients take httpx's arguments: the hooks that cap every body (see `http`).
            kwargs["client_kwargs"] = {"timeout": settings.timeout_s, "event_hooks": hooks()}
        if provider in OWN_BASE_URL and settings.base_url:
            kwargs["base_url"] = settings.base_url
        elif provider in _HTTP_CLIENT_PROVIDERS:
            kwargs |= {"timeout": settings.timeout_s, "max_retries": 0, "max_tokens": settings.max_output_tokens}
        if provider in ("openai", "azure_openai"):
            kwargs["http_async_client"] = _async_http_client(settings)
            kwargs["http_client"] = capped_client(settings.timeout_s)
        if provider == "azure_openai":
            kwargs["azure_deployment"] = settings.model_name
            kwargs |= {k: v for k, v in (("azure_endpoint", settings.azure_endpoint), ("api_version", settings.api_version)) if v}
        if provider == "openai":
            kwargs["stream_usage"] = True
        model = settings.model if ":" in (settings.model or "") else f"openai:{settings.model}"
        return _cap_clients(init_chat_model(model, **kwargs), provider, settings)
    except CoachError:
        raise
    except ImportError as exc:
        package = PROVIDER_PACKAGES.get(settings.provider, ("", exc.name or "?"))[1]
        raise CoachError(t("coach.error.missing_package", lang, model=settings.label, package=package), False, code="missing-package") from exc
    except (ValueError, TypeError) as exc:
        raise CoachError(t("coach.error.bad_model", lang, model=settings.label, detail=_model_error_detail(exc)), False, code="config") from exc


def _model_error_detail(exc: Exception) -> str:
    """What a chat model's constructor objected to, on one line. A pydantic validation error's
    first line is only «1 validation error for AzureChatOpenAI»; its errors name the setting
    and the reason («Must provide either the `api_version` argument …»)."""
    errors = getattr(exc, "errors", None)
    parts: list[str] = []
    if callable(errors):
        try:
            for error in errors():
                msg = str(error.get("msg", "")).removeprefix("Value error, ")
                loc = ".".join(str(part) for part in error.get("loc", ()))
                parts.append(f"{loc}: {msg}" if loc else msg)
        except Exception:  # noqa: BLE001 - not pydantic's errors(): the text is read instead
            parts = []
    text = "; ".join(parts) or (str(exc).splitlines() or [type(exc).__name__])[0]
    return " ".join(text.split())[:300]


# Integrations known to take timeout / max_retries / max_tokens (others get their defaults).
_HTTP_CLIENT_PROVIDERS = frozenset({"openai", "azure_openai", "anthropic", "mistralai", "groq", "deepseek", "xai", "together", "fireworks"})


class LangChainCoach:
    """Coaching by any chat model LangChain can reach; failures become CoachError."""

    offline = False

    def __init__(self, settings: CoachSettings, chat_model: BaseChatModel | None = None, *, lang: str | None = None, sleep=asyncio.sleep) -> None:
        self.settings = settings
        self.name = settings.label
        self.lang = lang or system_language()
        self.usage = SessionUsage()
        self.history: list[BaseMessage] = []
        self.last_redactions = 0
        self._given = chat_model
        self._model: BaseChatModel | None = None
        self._model_loop: asyncio.AbstractEventLoop | None = None
        self._sleep = sleep  # injected so tests of backoff do not wait
        self._counter = None
        prices = price_table(settings.prices_file)
        self.price = price_for(settings.model, prices)
        self.context_tokens = settings.context_tokens or (self.price.context if self.price and self.price.context else DEFAULT_CONTEXT)

    @property
    def counter(self):
        """The token counter for this model (tiktoken is imported on first use)."""
        if self._counter is None:
            self._counter = counter_for(self.settings.model_name, self.settings.provider)
        return self._counter

    # ---- the model --------------------------------------------------------------------------

    def chat_model(self, lang: str | None = None) -> BaseChatModel:
        """The chat model, built on first use (and again in a new event loop, whose client it needs)."""
        if self._given is not None:
            return self._given
        loop = asyncio.get_running_loop()
        if self._model is None or self._model_loop is not loop:
            self._model = build_chat_model(self.settings, lang or self.lang)
            self._model_loop = loop
        return self._model

    @property
    def redacts(self) -> bool:
        return self.settings.redact_personal_data and not self.settings.is_local

    # ---- building a request -----------------------------------------------------------------

    def _context(self, sketch_text: str, lang: str) -> DraftContext:
        from ..core.sketch.rubric import RubricError
        from .context import DraftContext

        ctx = DraftContext(sketch_text, lang, self.settings.rubric)
        try:
            ctx.report  # noqa: B018 - read now so a broken rubric fails here, with its message
        except RubricError as exc:
            raise CoachError(t("coach.error.config", lang, detail=str(exc)), False, code="config") from exc
        return ctx

    def messages(self, request: CoachRequest) -> list[BaseMessage]:
        """The messages sent for a request: prompt, values (redacted when leaving the machine), history."""
        from .prompts import HISTORY, load_prompt, prompt_language, template_values
        from .redact import redact

        ctx = self._context(request.sketch_text, request.lang)
        lang = prompt_language(request.kind, request.lang, str(ctx.sketch.language))
        if lang != request.lang:
            ctx = ctx.in_language(lang)
            request = request.model_copy(update={"lang": lang})
        values = template_values(request, ctx)
        self.last_redactions = 0
        if self.redacts:
            for key, value in values.items():
                values[key], count = redact(value)
                self.last_redactions += count
        template = load_prompt(request.kind, request.lang, ctx.rubric.id)
        if HISTORY in template.optional_variables:
            values[HISTORY] = self._trimmed_history(template, values)
        return template.format_messages(**values)

    def _trimmed_history(self, template, values: dict[str, str]) -> list[BaseMessage]:
        from langchain_core.messages import trim_messages

        history = self.history[-HISTORY_TURNS:]
        if not history:
            return []
        fixed = self.counter.count_messages(template.format_messages(**values, history=[]))
        room = self.context_tokens - fixed - self.settings.max_output_tokens
        if room <= 0:
            return []
        return trim_messages(history, max_tokens=room, token_counter=self.counter.count_messages, strategy="last", start_on="human", allow_partial=False)

    def _remember(self, request: CoachRequest, reply: str) -> None:
        from langchain_core.messages import AIMessage, HumanMessage

        from .prompts import CHAT_KINDS
        from .redact import redact

        if request.kind not in CHAT_KINDS:
            return
        said = request.question or request.kind
        if self.redacts:
            said, _ = redact(said)
        self.history += [HumanMessage(said), AIMessage(reply)]

    def _record(self, messages: list, reply: str, reported: dict | None) -> MessageUsage:
        if reported and reported.get("input_tokens"):
            inp, out, approx, enc = reported["input_tokens"], reported.get("output_tokens", 0), False, "reported"
        else:
            inp, out = self.counter.count_messages(messages), self.counter.count(reply)
            approx, enc = self.counter.approximate, self.counter.label
        usage = MessageUsage(
            input_tokens=inp,
            output_tokens=out,
            cost=estimate_cost(self.price, inp, out),
            currency=self.price.currency if self.price else "USD",
            approximate=approx,
            encoding=enc,
        )
        self.usage.messages.append(usage)
        return usage

    async def _backoff(self, attempt: int, exc: BaseException) -> None:
        wait = retry_after(exc)
        if wait is None:
            wait = self.settings.backoff_s * (2**attempt) * (1 + random.random() / 4)
        await self._sleep(min(wait, 60.0))

    # ---- the Coach protocol -----------------------------------------------------------------

    def _prepared(self, request: CoachRequest) -> list[BaseMessage]:
        """The request's messages; a broken prompt file or rubric becomes a CoachError."""
        from ..core.sketch.rubric import RubricError
        from .prompts import PromptError

        try:
            return self.messages(request)
        except (PromptError, RubricError) as exc:
            raise CoachError(t("coach.error.config", request.lang, detail=str(exc)), False, code="config") from exc

    async def astream(self, request: CoachRequest) -> AsyncIterator[str]:
        lang = request.lang
        messages = self._prepared(request)
        model = self.chat_model(lang)
        parts: list[str] = []
        size = 0  # characters kept so far; a reply stops at MAX_REPLY_CHARS
        reported: dict | None = None
        attempt = 0
        while True:
            stream = model.astream(messages)
            try:
                while True:
                    try:
                        chunk = await asyncio.wait_for(anext(stream), timeout=self.settings.timeout_s)
                    except StopAsyncIteration:
                        break
                    meta = getattr(chunk, "usage_metadata", None)
                    if meta:
                        reported = dict(meta)
                    text = _text_of(chunk)
                    if text:
                        if size + len(text) > MAX_REPLY_CHARS:  # a runaway or hostile reply: cut, say so, stop reading
                            text = text[: MAX_REPLY_CHARS - size]
                            note = "\n\n" + t("reply.cut", lang, n=f"{MAX_REPLY_CHARS:,}".replace(",", " "))
                            parts += [text, note]
                            yield text + note
                            break
                        size += len(text)
                        parts.append(text)
                        yield text
                break
            except asyncio.CancelledError:
                self._remember(request, "".join(parts))
                self._record(messages, "".join(parts), None)
                raise
            except Exception as exc:  # noqa: BLE001 - every failure becomes a CoachError
                err = to_coach_error(exc, self.settings, lang, partial="".join(parts), tries=attempt + 1)
                if err.code in ("rate-limit", "server") and not parts and attempt < self.settings.max_retries:
                    await self._backoff(attempt, exc)
                    attempt += 1
                    continue
                if parts:
                    self._record(messages, "".join(parts), None)
                raise err from exc
            finally:
                await _close(stream)
        reply = "".join(parts)
        self._remember(request, reply)
        self._record(messages, reply, reported)

    async def assess(self, sketch_text: str, lang: str) -> Assessment:
        from .assess import validate_quotes, with_checker_verdicts

        request = CoachRequest(kind="assess", sketch_text=sketch_text, lang=lang)
        ctx = self._context(sketch_text, lang)
        messages = self._prepared(request)
        model = self.chat_model(lang)
        kwargs = {"method": self.settings.structured_method} if self.settings.structured_method else {}
        try:
            structured = model.with_structured_output(DraftAssessment, include_raw=False, **kwargs)
        except NotImplementedError as exc:
            raise CoachError(t("coach.error.structured", lang), False, code="structured") from exc
        attempt = 0
        while True:
            try:
                result = await asyncio.wait_for(structured.ainvoke(messages), timeout=self.settings.timeout_s * 3)
                break
            except Exception as exc:  # noqa: BLE001
                if _is_parse_error(exc):
                    raise CoachError(t("coach.error.structured", lang), True, code="structured") from exc
                err = to_coach_error(exc, self.settings, lang, tries=attempt + 1)
                if err.code in ("rate-limit", "server") and attempt < self.settings.max_retries:
                    await self._backoff(attempt, exc)
                    attempt += 1
                    continue
                raise err from exc
        if isinstance(result, dict):
            result = DraftAssessment.model_validate(result)
        if result is None:
            raise CoachError(t("coach.error.structured", lang), True, code="structured")
        assessment = Assessment(
            criteria=[CriterionAssessment(**c.model_dump()) for c in result.criteria],
            summary=result.summary,
            coach=self.name,
            offline=False,
        )
        self._record(messages, result.model_dump_json(), None)
        ids = [c.id for c in ctx.rubric.criteria]
        return with_checker_verdicts(validate_quotes(assessment, sketch_text, ids), ctx)

    def warm_up(self) -> None:
        """Import LangChain and the provider's client and build the tokenizer, ahead of the first request.

        Blocking and safe to run in a thread after start-up, so the first reply does not wait.
        """
        import langchain_core.messages  # noqa: F401
        import langchain_core.prompts  # noqa: F401

        check_package(self.settings, self.lang)
        if self.settings.client_provider in ("openai", "azure_openai"):
            import langchain_openai  # noqa: F401
        else:
            import langchain.chat_models  # noqa: F401
        self.counter.count("warm")

    async def test_connection(self, lang: str = "nb") -> str:
        """Send a one-word request; return the reply or raise CoachError."""
        from langchain_core.messages import HumanMessage

        model = self.chat_model(lang)
        try:
            reply = await asyncio.wait_for(model.ainvoke([HumanMessage("Reply with the word OK.")]), timeout=self.settings.timeout_s)
        except Exception as exc:  # noqa: BLE001
            raise to_coach_error(exc, self.settings, lang) from exc
        return _text_of(reply)


def _async_http_client(settings: CoachSettings):
    """A client of our own: LangChain's shared default is bound to the first event loop that used
    it. Every response body is read through a counter that stops at MAX_RESPONSE_BYTES."""
    return capped_async_client(settings.timeout_s)


def _cap_clients(model: Any, provider: str, settings: CoachSettings) -> Any:
    """Every provider whose client can be reached reads its bodies through the counter (see
    `http`): Anthropic and Mistral here, once the model is made; OpenAI, Azure, any `base_url`
    and Ollama when their clients are made. Others (groq, deepseek, …) are not capped."""
    if provider == "anthropic":
        return cap_anthropic(model, settings.timeout_s)
    if provider == "mistralai":
        return cap_mistral(model)
    return model


def _is_parse_error(exc: BaseException) -> bool:
    names = {cls.__name__ for cls in type(exc).__mro__}
    return bool(names & {"OutputParserException", "ValidationError", "JSONDecodeError"})


async def _close(stream) -> None:
    aclose = getattr(stream, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except Exception:  # noqa: BLE001 - closing a broken stream may fail again; the error is already reported
            pass
