"""What the live panel shows, computed off the UI's path from one snapshot of the text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..core.judging.checkup import Abandoned, parse
from ..core.judging.findings import Report
from ..core.rendering.pages import PageInfo
from ..core.sketch.text import lix
from .services import Services, ServiceUnavailable

__all__ = ["Abandoned", "LiveState", "compute_live"]


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
    read_notes: list[str] = field(default_factory=list)  # how the file was read (not UTF-8, bytes lost): shown while it is open


def _one_line(exc: BaseException, lang: str | None = None) -> str:
    """A failure as one line for the panel; an operating system's error («[Errno 27] File too
    large») as a plain phrase in the window's language."""
    if isinstance(exc, OSError):
        from ..core.files.storage import plain_os_error
        from ..i18n import t

        return t("tui.live.os_error", lang or "nb", why=plain_os_error(exc, lang))
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def compute_live(text: str, services: Services, path: str | None = None, *, abandon: Callable[[], bool] | None = None, lang: str | None = None) -> LiveState:
    """The core's checkup of the text (parse, page count, check), and words, LIX and tokens.

    `abandon` is asked between the steps (each takes a few to some ten milliseconds): when it
    says yes, `Abandoned` is raised, so a computation for a text already typed over stops
    taking CPU time from the window. A save of the same text right after finds this checkup
    in the core's cache: the text is parsed and judged once. With `lang`, the report is shown
    in that language (`engine.report_in`).
    """

    def step() -> None:
        if abandon is not None and abandon():
            raise Abandoned

    sketch = parse(text)
    layout = services.layout_for(sketch)
    state = LiveState(text=text, page_limit=layout.page_limit)
    step()
    state.tokens, state.tokens_exact = services.count_tokens(text)
    try:
        result = services.checkup(text, path, abandon=step)
    except Abandoned:
        raise
    except ServiceUnavailable:
        state.problems.append("check")
    except Exception as exc:  # noqa: BLE001 - a broken check must not break the editor
        state.errors.append(_one_line(exc, lang))
    else:
        state.pages, state.report = result.pages, result.report
        if lang is not None:  # titles, notes and findings in the window's language
            from ..core.judging.engine import report_in

            state.report = report_in(result.report, lang, result.rubric)
        if isinstance(result.page_error, ServiceUnavailable):
            state.problems.append("render")
        elif result.page_error is not None:
            state.errors.append(_one_line(result.page_error, lang))
    if state.report is not None and state.report.stats is not None:
        # The check's own figures, so the panel and `skisse check` never disagree.
        stats = state.report.stats
        state.words, state.lix, state.lix_band = stats.words, stats.lix, stats.lix_band
    else:
        body = "\n\n".join(s.body for s in sketch.sections) or sketch.preamble
        plain = lix(body)
        state.words, state.lix, state.lix_band = plain.words, round(plain.value, 1), plain.band
    return state
