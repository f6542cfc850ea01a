"""The coach's public face: what the UI asks, what it gets back, and how failures look.

Nothing here imports LangChain or a provider SDK; `make_coach` returns a coach whose
language model is built on its first request, so start-up stays fast.

How a UI uses it::

    coach = make_coach()                          # offline coach when nothing is configured
    async for chunk in coach.astream(request):   # CoachError on failure (.retryable, .partial)
        ...
    coach.usage.last, coach.usage.cost            # tokens and estimated cost, per reply / session
    assessment = await coach.assess(text, "nb")   # per criterion id; invented quotes dropped

An *improve* reply is a rewritten section body: `diff.propose_rewrite(text, section, reply)`
gives paragraph hunks, and `.apply(accepted_indexes)` the new sketch text. A model coach also
has `warm_up()` (blocking; run it in a thread after start-up so the first reply does not wait
for LangChain's imports).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from .settings import CoachSettings

CoachKind = Literal["ask", "interview", "improve", "assess", "fit", "budget-narrative", "translate"]


class CoachRequest(BaseModel):
    """What the UI asks the coach."""

    kind: CoachKind
    sketch_text: str  # the whole Markdown
    question: str = ""  # the user's words (ask, or an answer in the interview)
    section: str | None = None  # canonical section id (improve, interview)
    lang: str = "nb"


class CriterionAssessment(BaseModel):
    """The coach's judgement on one criterion, with evidence quoted from the draft."""

    criterion: str = Field(description="The criterion id, exactly as listed in the rubric.")
    score: int = Field(ge=0, le=5, description="0 = absent, 1 = weak, 3 = adequate, 5 = excellent.")
    evidence: list[str] = Field(default_factory=list, description="Short quotes copied word for word from the draft that support the score.")
    missing: list[str] = Field(default_factory=list, description="What the evaluators will look for and not find.")
    next_step: str = Field(default="", description="The single most useful thing to do next for this criterion.")
    dropped_quotes: list[str] = Field(default_factory=list, description="Filled by Skisse: quotes that were not found in the draft.")
    checker: str | None = Field(default=None, description="Filled by Skisse: the checker's own verdict for this criterion (pass, warn, fail, n/a).")
    contradicts_checker: bool = Field(default=False, description="Filled by Skisse: the score passes a criterion the checker fails by rule (who may apply, the budget, personal data).")


class Assessment(BaseModel):
    """A judgement of the whole draft against the rubric, criterion by criterion."""

    criteria: list[CriterionAssessment] = Field(default_factory=list)
    summary: str = Field(default="", description="Two or three sentences on the draft as a whole.")
    coach: str = ""  # which coach made it, e.g. "offline" or "openai:gpt-4o-mini"
    offline: bool = False

    def criterion(self, cid: str) -> CriterionAssessment | None:
        return next((c for c in self.criteria if c.criterion == cid), None)

    @property
    def flagged(self) -> dict[str, list[str]]:
        """Per criterion id, the quotes dropped because they do not occur in the draft."""
        return {c.criterion: c.dropped_quotes for c in self.criteria if c.dropped_quotes}


class MessageUsage(BaseModel):
    """Tokens and estimated cost of one exchange."""

    input_tokens: int = 0
    output_tokens: int = 0
    cost: float | None = None  # in `currency`; None when the model has no price in the table
    currency: str = "USD"
    approximate: bool = False  # True when the count is an estimate, not the model's tokenizer
    encoding: str = ""  # e.g. "o200k_base", or "approx" for other vendors


class SessionUsage(BaseModel):
    """Tokens and estimated cost so far in this session, and of the last exchange."""

    messages: list[MessageUsage] = Field(default_factory=list)

    @property
    def last(self) -> MessageUsage | None:
        return self.messages[-1] if self.messages else None

    @property
    def input_tokens(self) -> int:
        return sum(m.input_tokens for m in self.messages)

    @property
    def output_tokens(self) -> int:
        return sum(m.output_tokens for m in self.messages)

    @property
    def cost(self) -> float | None:
        costs = [m.cost for m in self.messages if m.cost is not None]
        return sum(costs) if costs else None

    @property
    def approximate(self) -> bool:
        return any(m.approximate for m in self.messages)


class CoachError(Exception):
    """A coaching request failed; `message_for_user` says what happened and what to do.

    `retryable` tells the UI to offer a retry; `partial` holds the text streamed before a
    reply was cut, so it can be shown marked as partial.
    """

    def __init__(self, message_for_user: str, retryable: bool = False, *, partial: str = "", code: str = "error") -> None:
        super().__init__(message_for_user)
        self.message_for_user = message_for_user
        self.retryable = retryable
        self.partial = partial
        self.code = code  # no-server, timeout, auth, rate-limit, server, cut, missing-package, config, ...


@runtime_checkable
class Coach(Protocol):
    """Anything that can coach: the offline coach or a language model."""

    name: str  # shown in the UI, e.g. "Built-in coach" / "openai:gpt-4o-mini"
    offline: bool
    usage: SessionUsage

    def astream(self, request: CoachRequest) -> AsyncIterator[str]:
        """The reply as text chunks; raises CoachError on failure."""
        ...

    async def assess(self, sketch_text: str, lang: str) -> Assessment:
        """Judge the draft criterion by criterion; raises CoachError on failure."""
        ...


def make_coach(settings: CoachSettings | None = None, *, lang: str | None = None) -> Coach:
    """The coach the settings name; the offline coach when no model is configured.

    Builds no language model and imports no LangChain: that happens on the first request.
    `lang` is the language of the coach's own name and messages (default: the system's).
    """
    from .settings import load_settings

    settings = settings if settings is not None else load_settings()
    if not settings.has_model:  # a base URL or endpoint without a model sends nothing anywhere
        from .offline import OfflineCoach

        return OfflineCoach(lang=lang, rubric=settings.rubric, unused_settings=settings.unused_settings)
    from .llm import LangChainCoach

    return LangChainCoach(settings, lang=lang)
