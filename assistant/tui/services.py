"""What the TUI needs from the rest of Skisse, gathered in one object the factory builds.

Tests hand the app a `Services` with fakes; the real one imports the core's engine,
renderer and exporter on first use, so the first screen never waits for them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the first screen must not wait for pydantic models and the rubric
    from ..core.judging.checkup import Checkup
    from ..core.rendering.pages import PageInfo
    from ..core.judging.findings import Report
    from ..core.sketch.model import Sketch
    from ..core.sketch.rubric import Layout, Rubric


class ServiceUnavailable(Exception):
    """A part of Skisse this build does not have (yet); str() is a message for the user."""


def _export_markdown(sketch: Sketch, path: Path, *, source: Path | None = None, lang: str = "nb", replace: bool = False) -> None:
    from ..core.rendering.export import export_markdown

    export_markdown(sketch, path, source=source, lang=lang, replace=replace)


def _export_docx(
    sketch: Sketch, layout: Layout, path: Path, *, source: Path | None = None, lang: str = "nb", replace: bool = False
) -> None:
    from ..core.rendering.export import export_docx

    export_docx(sketch, layout, path, source=source, lang=lang, replace=replace)


def _export_pdf(
    sketch: Sketch, layout: Layout, path: Path, *, source: Path | None = None, lang: str = "nb", replace: bool = False
) -> PageInfo:
    try:
        from ..core.rendering.export import export_pdf
    except ImportError as exc:
        raise ServiceUnavailable("pdf") from exc
    return export_pdf(sketch, layout, path, source=source, lang=lang, replace=replace)


def _load_rubric(rubric_id: str | None) -> Rubric:
    from ..core.sketch.rubric import load_rubric

    return load_rubric(rubric_id)


def _list_rubrics() -> list[Rubric]:
    from ..core.sketch.rubric import RubricError, list_rubrics

    try:
        return list_rubrics()
    except RubricError:
        return []


def _make_coach() -> Any:
    from ..core.files.confine import coach_allowed

    if not coach_allowed():  # a served window: the model is billed to the owner, off unless allowed
        from ..coach.offline import OfflineCoach

        return OfflineCoach()
    from ..coach.base import make_coach

    return make_coach()


def count_tokens(text: str) -> tuple[int, bool]:
    """(tokens, exact): the coach's o200k_base counter, or its estimate when the encoding is missing.

    Called in the live panel's worker, so the coach's token module is imported there, not at
    start-up; its `text_counter` imports no tiktoken (the window loads none before a model request).
    """
    from ..coach.tokens import text_counter

    counter = text_counter()
    return counter.count(text), not counter.approximate


@dataclass
class Services:
    """The app's dependencies; every field can be replaced by a fake in tests."""

    # The core's checkup judges and counts pages; tests replace the judging or the page count.
    check: Callable[[Sketch, Rubric, PageInfo | None, str | None], Report] | None = None
    page_info: Callable[[Sketch, Layout], PageInfo] | None = None
    export_markdown: Callable[..., None] = _export_markdown
    export_pdf: Callable[..., PageInfo] = _export_pdf
    export_docx: Callable[..., None] = _export_docx
    load_rubric: Callable[[str | None], Rubric] = _load_rubric
    list_rubrics: Callable[[], list[Rubric]] = _list_rubrics
    make_coach: Callable[[], Any] = _make_coach
    count_tokens: Callable[[str], tuple[int, bool]] = count_tokens
    clock: Callable[[], float] = time.time
    data_dir: Path | None = None
    config_dir: Path | None = None
    _rubric_cache: dict[str, Rubric | None] = field(default_factory=dict)

    def checkup(self, text: str, path: str | None = None, *, pages: bool = True, abandon: Callable[[], bool] | None = None) -> Checkup:
        """The core's one checkup of `text`, with the sketch's rubric (or the default one).

        Raises RubricError when no rubric can be read, `Abandoned` when `abandon` says yes, and
        what the judging raises; a page count that fails is in the result's `page_error`."""
        from ..core.judging.checkup import checkup, parse
        from ..core.sketch.rubric import RubricError

        rubric = self.rubric_for(parse(text))
        if rubric is None:
            raise RubricError("no rubric")
        counter = (self.page_info or True) if pages else False
        return checkup(text, rubric=rubric, path=path, pages=counter, abandon=abandon, judge=self.check)

    def rubric_for(self, sketch: Sketch) -> Rubric | None:
        """The sketch's rubric, or the default one; None when no rubric can be read."""
        from ..core.sketch.rubric import DEFAULT_RUBRIC, RubricError, known_rubric_ids

        # Only a known id chooses the rubric; a path in the metadata never reaches a file.
        rid = sketch.meta.rubric if sketch.meta.rubric in known_rubric_ids() else DEFAULT_RUBRIC
        if rid not in self._rubric_cache:
            try:
                self._rubric_cache[rid] = self.load_rubric(rid)
            except RubricError:
                try:
                    self._rubric_cache[rid] = self.load_rubric(None)
                except RubricError:
                    self._rubric_cache[rid] = None
        return self._rubric_cache[rid]

    def layout_for(self, sketch: Sketch) -> Layout:
        from ..core.sketch.rubric import Layout

        rubric = self.rubric_for(sketch)
        return rubric.layout if rubric else Layout()
