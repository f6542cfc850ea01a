"""Judge a sketch against a rubric: the one function the CLI, the TUI and the tests call."""

from __future__ import annotations

from .findings import PageInfo, Report
from .model import Sketch
from .rubric import Rubric


def check_sketch(sketch: Sketch, rubric: Rubric | None = None, *, pages: PageInfo | None = None, path: str | None = None) -> Report:
    """Run every check of the rubric on a parsed sketch. `pages` comes from the renderer."""
    raise NotImplementedError
