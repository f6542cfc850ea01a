"""Run the rubric on a sketch's text: the one place the advisor code calls the engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.findings import Report

Checker = Callable[[str, "Path | None"], Report]


def check_text(text: str, path: Path | None = None, *, rubric_id: str | None = None) -> Report:
    """Parse the text and judge it with the sketch's rubric (or `rubric_id`)."""
    from ..core.document import parse_sketch
    from ..core.engine import check_sketch
    from ..core.rubric import load_rubric, sketch_rubric

    sketch = parse_sketch(text)
    rubric = load_rubric(rubric_id) if rubric_id else sketch_rubric(sketch.meta.rubric)
    return check_sketch(sketch, rubric, path=str(path) if path is not None else None)
