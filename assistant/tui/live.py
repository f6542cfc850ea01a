"""What the live panel shows, computed off the UI's path from one snapshot of the text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..core.document import parse_sketch
from ..core.findings import PageInfo, Report
from ..core.text import lix
from .services import Services, ServiceUnavailable


@dataclass
class LiveState:
    """The checklist, the page gauge and the text figures for one version of the text."""

    text: str
    report: Report | None = None
    pages: PageInfo | None = None
    page_limit: int = 5
    words: int = 0
    lix: float = 0.0
    lix_band: str = "very-easy"
    tokens: int = 0
    tokens_exact: bool = True
    problems: list[str] = field(default_factory=list)  # catalogue keys: what could not be computed
    errors: list[str] = field(default_factory=list)  # one-line messages from failures


class Abandoned(Exception):
    """The text changed while its live state was being computed; a newer one will follow."""


def compute_live(text: str, services: Services, path: str | None = None, *, abandon: Callable[[], bool] | None = None) -> LiveState:
    """Parse, render the page count, check, and count words, LIX and tokens.

    `abandon` is asked between the steps (each takes a few to some ten milliseconds): when it
    says yes, `Abandoned` is raised, so a computation for a text already typed over stops
    taking CPU time from the window.
    """

    def step() -> None:
        if abandon is not None and abandon():
            raise Abandoned

    sketch = parse_sketch(text)
    layout = services.layout_for(sketch)
    state = LiveState(text=text, page_limit=layout.page_limit)
    step()
    state.tokens, state.tokens_exact = services.count_tokens(text)
    step()
    try:
        state.pages = services.page_info(sketch, layout)
    except ServiceUnavailable:
        state.problems.append("render")
    except Exception as exc:  # noqa: BLE001 - a broken render must not break the editor
        state.errors.append(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    step()
    try:
        state.report = services.check(sketch, services.rubric_for(sketch), state.pages, path)
    except ServiceUnavailable:
        state.problems.append("check")
    except Exception as exc:  # noqa: BLE001
        state.errors.append(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    if state.report is not None and state.report.stats is not None:
        # The check's own figures, so the panel and `skisse check` never disagree.
        stats = state.report.stats
        state.words, state.lix, state.lix_band = stats.words, stats.lix, stats.lix_band
    else:
        body = "\n\n".join(s.body for s in sketch.sections) or sketch.preamble
        plain = lix(body)
        state.words, state.lix, state.lix_band = plain.words, round(plain.value, 1), plain.band
    return state
