"""Run a coach request to the end, as the window does: the chunks, or the CoachError it ended with."""

from __future__ import annotations

import asyncio

from assistant.coach.base import CoachError, CoachRequest
from assistant.coach.llm import LangChainCoach


def ask(text: str, question: str = "Hva mangler?") -> CoachRequest:
    return CoachRequest(kind="ask", sketch_text=text, question=question, lang="nb")


def stream(coach: LangChainCoach, request: CoachRequest) -> tuple[list[str], CoachError | None]:
    got: list[str] = []

    async def run() -> None:
        async for chunk in coach.astream(request):
            got.append(chunk)

    try:
        asyncio.run(run())
    except CoachError as exc:
        return got, exc
    return got, None
