"""Run the rubric on a sketch's text for the advisor code, through the core's one checkup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.judging.findings import Report

Checker = Callable[[str, "Path | None"], Report]


def check_text(text: str, path: Path | None = None, *, rubric_id: str | None = None, pages: bool = True) -> Report:
    """Judge the text with the sketch's rubric (or `rubric_id`) as `skisse check` does: with the
    page count of its PDF, so every version in the history is judged alike, whoever saved it.
    A page count that cannot be found leaves the page criterion n/a; the rest is judged."""
    from ..core.judging.checkup import checkup

    return checkup(text, rubric_id=rubric_id, path=str(path) if path is not None else None, pages=pages).report
