"""Small helpers for Pilot tests."""

from __future__ import annotations

from collections.abc import Callable


async def wait_for(pilot, condition: Callable[[], object], *, rounds: int = 400, step: float = 0.05) -> None:
    """Let the app run until `condition()` holds; fail (not time out silently) if it never does."""
    for _ in range(rounds):
        if condition():
            return
        await pilot.pause(step)
    raise AssertionError(f"condition never held: {getattr(condition, '__name__', condition)}")


async def type_text(pilot, text: str) -> None:
    await pilot.press(*text)
