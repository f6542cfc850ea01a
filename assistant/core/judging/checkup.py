"""The one road from a sketch's text to its verdict: read it, lay it out for the page count, judge it.

`checkup(text)` is what `skisse check`, the window's live panel and its saves, the history, the
coach's context, the offline coach, the feedback report and the portfolio call; none of them
parses and judges a text on its own. The result, a `Checkup`, holds the parsed sketch, the
rubric, the page count and the report together, so the page count a version was judged with
is the one it keeps.

Checkups are kept in a small in-process cache keyed by the text's hash, the rubric, its layout
and the renderer's version (typst and the template), so the same text judged twice (a keystroke
judged by the live panel, then saved with Ctrl+S and kept as a version) is parsed and judged
once. Two threads asking for the same checkup at once share one computation. Parsed sketches
have a cache of their own (`parse`), for callers that need the sketch but no verdict.

Nothing in a `Checkup` may be changed: it is shared by every caller that asks for the same
text. `with_path` and `with_notes` give copies of the report for one caller.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, TypeAlias

from ..rendering.pages import PageInfo
from ..sketch.model import Sketch
from ..sketch.rubric import Layout, Rubric
from .findings import Report, Said

CACHE_SIZE = 16  # checkups kept; a five-page sketch and its report are some 200 kB
PARSE_CACHE_SIZE = 16

PageCounter: TypeAlias = Callable[[Sketch, Layout], PageInfo]
Judge: TypeAlias = Callable[[Sketch, Rubric, PageInfo | None, str | None], Report]
# What `pages` may be: True (lay it out with the process's renderer), False or None (no page
# count), a known PageInfo, or a function that counts pages (the window's tests pass fakes).
Pages: TypeAlias = bool | PageInfo | PageCounter | None


class Abandoned(Exception):
    """`abandon` said yes between two steps: the text changed, a newer checkup will follow."""


@dataclass(frozen=True)
class Checkup:
    """One text judged: the sketch read from it, the rubric, the page count and the report.

    `page_error` is what stopped the page count (the report then has no page count and the
    page criterion is n/a); None when there was none or none was asked for.
    """

    digest: str
    sketch: Sketch
    rubric: Rubric
    pages: PageInfo | None
    report: Report
    page_error: Exception | None = None

    def with_path(self, path: str | None) -> Checkup:
        """The same checkup, its report naming `path` (a copy; the cached one is left alone)."""
        if self.report.path == path:
            return self
        return replace(self, report=self.report.model_copy(update={"path": path}))

    def with_notes(self, notes: list[str]) -> Checkup:
        """The same checkup with `notes` before the report's own (a file's reading warnings)."""
        if not notes:
            return self
        return replace(self, report=self.report.model_copy(update={"notes": [*notes, *self.report.notes]}))


def text_digest(text: str) -> str:
    """The key a text is cached under."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


_lock = threading.Lock()
_parsed: OrderedDict[str, Sketch] = OrderedDict()
_checked: OrderedDict[Hashable, tuple[Checkup, tuple[Any, ...]]] = OrderedDict()
_running: dict[Hashable, threading.Event] = {}


def parse(text: str) -> Sketch:
    """The text as a sketch, read once for all who ask (the sketch must not be changed)."""
    return _parse(text, text_digest(text))


def _parse(text: str, digest: str) -> Sketch:
    with _lock:
        sketch = _parsed.get(digest)
        if sketch is not None:
            _parsed.move_to_end(digest)
            return sketch
    from ..sketch.document import parse_sketch

    sketch = parse_sketch(text)
    with _lock:
        _parsed[digest] = sketch
        while len(_parsed) > PARSE_CACHE_SIZE:
            _parsed.popitem(last=False)
    return sketch


def clear_cache() -> None:
    """Forget every parsed sketch and checkup (tests; a rubric edited while running)."""
    with _lock:
        _parsed.clear()
        _checked.clear()


@cache
def renderer_version() -> str:
    """What a page count depends on besides the text and the layout: typst and the template."""
    import typst

    from ..rendering.render.renderer import template_text

    template = hashlib.blake2b(template_text().encode("utf-8"), digest_size=16).hexdigest()
    return f"{getattr(typst, '__version__', '') or 'unknown'}:{template}"


def _pages_key(pages: Pages) -> tuple[Any, ...]:
    if pages is True:
        return ("render", renderer_version())
    if pages is None or pages is False:
        return ("none",)
    if isinstance(pages, PageInfo):
        return ("given", pages.pages, pages.fraction)
    return ("counter", id(pages))


def checkup(
    text: str,
    *,
    rubric_id: str | None = None,
    rubric: Rubric | None = None,
    path: str | None = None,
    pages: Pages = True,
    overlap: bool = True,
    abandon: Callable[[], bool] | None = None,
    judge: Judge | None = None,
) -> Checkup:
    """Judge `text` with `rubric` (or the rubric `rubric_id` names, or the one the sketch names).

    Raises RubricError for a rubric that cannot be read, and what the engine raises; a page count
    that fails is kept in `page_error`. With `overlap` the layout runs in a thread while the
    checks run. `abandon` is asked before the layout and before the judging: when it says yes,
    `Abandoned` is raised and nothing is kept. `judge` replaces the engine (tests of the window).
    """
    digest = text_digest(text)
    sketch = _parse(text, digest)
    if rubric is None:
        from ..sketch.rubric import load_rubric, sketch_rubric

        # Named as the window names it, so both find the one rubric object `load_rubric` keeps.
        # The sketch names only a known id (a path or an unknown name there is noted by the
        # parser and the default rubric used); a file comes only from the user (`rubric_id`).
        rubric = load_rubric(rubric_id) if rubric_id else sketch_rubric(sketch.meta.rubric)
    # A rubric (and the layout in it) is known by its object: `load_rubric` keeps one per id for
    # the process, and a rubric is never changed once loaded. The rubric, the page counter and
    # the judge are held by the cache entry (`keep`), so their ids stay theirs while it lives.
    key = (digest, rubric.id, id(rubric), id(rubric.layout), _pages_key(pages), id(judge) if judge else None)
    keep = (rubric, pages, judge)
    while True:
        with _lock:
            hit = _checked.get(key)
            if hit is not None:
                _checked.move_to_end(key)
                return hit[0].with_path(path)
            running = _running.get(key)
            if running is None:
                running = _running[key] = threading.Event()
                break
        running.wait()  # the same checkup in another thread: wait for it, then take its result
    try:
        result = _compute(digest, sketch, rubric, pages, overlap, abandon, judge)
        if result.page_error is None:
            with _lock:
                _checked[key] = (result, keep)
                while len(_checked) > CACHE_SIZE:
                    _checked.popitem(last=False)
    finally:
        with _lock:
            del _running[key]
        running.set()
    return result.with_path(path)


def _compute(
    digest: str,
    sketch: Sketch,
    rubric: Rubric,
    pages: Pages,
    overlap: bool,
    abandon: Callable[[], bool] | None,
    judge: Judge | None,
) -> Checkup:
    def step() -> None:
        if abandon is not None and abandon():
            raise Abandoned

    step()
    notes: list[str] = []
    failed: list[Exception] = []
    if pages is True:
        waiting = _layout_in_background(sketch, rubric.layout, notes, overlap and abandon is None)
    elif pages is None or pages is False:
        waiting = None
    elif isinstance(pages, PageInfo):
        known = pages
        waiting = lambda: known  # noqa: E731
    else:
        counter = pages
        waiting = lambda: counter(sketch, rubric.layout)  # noqa: E731

    @cache
    def page_info() -> PageInfo | None:  # asked once, however often it is called
        if waiting is None:
            return None
        try:
            return waiting()
        except Exception as exc:  # noqa: BLE001 - no page count is better than no check
            failed.append(exc)
            return None

    info: PageInfo | None = None
    if abandon is not None or judge is not None:
        info = page_info()  # laid out here, so that a text typed over stops before its judging
        step()
    if judge is not None:
        report = judge(sketch, rubric, info, None)
    else:
        from .engine import check_sketch

        report = check_sketch(sketch, rubric, pages=page_info, path=None)
        info = page_info()
    if notes:
        report = report.model_copy(update={"notes": [*notes, *report.notes]})
    return Checkup(digest, sketch, rubric, info, report, failed[0] if failed else None)


def _layout_in_background(sketch: Sketch, layout: Layout, notes: list[str], overlap: bool = True) -> Callable[[], PageInfo | None]:
    """Lay the sketch out in a thread (typst lets go of the interpreter while it works), so the
    checks run meanwhile; the function returned waits for the page info, or raises what the
    layout raised. Without `overlap`, or when the page cache knows the count, it is found here
    and now. A sketch too long to lay out gets an estimate, and a note saying so."""
    from ..rendering.render import default_renderer
    from ..rendering.render.renderer import TooLongToLayOut

    box: list[PageInfo | BaseException] = []
    renderer = default_renderer()

    def work() -> None:
        try:
            box.append(renderer.page_info(sketch, layout))
        except TooLongToLayOut as exc:
            # Far over any page limit: the page criterion gets the estimate, the note says so, in
            # the sketch's language as the other notes; a reader of another has it said in theirs.
            from ...i18n import t

            notes.append(Said(t("render.too_long", sketch.language.value, **exc.values), "render.too_long", exc.values, catalogue="locale"))
            box.append(PageInfo.model_construct(pages=int(exc.estimated_pages), fraction=float(exc.estimated_pages)))
        except BaseException as exc:  # handed to the thread that waits
            box.append(exc)

    try:
        # The source, the page cache's answer and the compiler are readied here: that work
        # needs the interpreter, and in the thread it would only take turns with the checks.
        known = renderer.prepare(sketch, layout)
    except Exception:
        known = True  # nothing to overlap: `work` meets the same problem and hands it on
    if known or not overlap:
        work()
        return cache(lambda: _unbox(box[0]))
    thread = threading.Thread(target=work, name="skisse-layout", daemon=True)
    thread.start()

    def result() -> PageInfo | None:
        thread.join()
        return _unbox(box[0])

    return result


def _unbox(value: PageInfo | BaseException) -> PageInfo:
    if isinstance(value, BaseException):
        raise value
    return value
