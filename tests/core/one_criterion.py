"""One criterion's result for a sketch written as text: the reading every verdict test runs."""

from __future__ import annotations

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def one_result(text: str, criterion_id: str):
    """Parse ``text`` as a sketch, judge it, and return the result of ``criterion_id``."""
    report = check_sketch(parse_sketch(text))
    return next(c for c in report.criteria if c.id == criterion_id)
