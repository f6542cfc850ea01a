"""A warm typst compiler with a cache: page counts for `check`, PDFs for `export`.

Both come from the same typst source, compiled by the same compiler, so the page count a
check reports is the page count of the PDF an export writes. The compiler reads its input
from a private folder (the typst root): a query right after a compile reuses typst's
memoised layout, and no sketch text can reach a file outside that folder.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

from ...sketch.model import Sketch
from ...sketch.rubric import Layout
from ..pages import PageInfo
from .pagecache import PageCache, layout_key
from .source import END_LABEL, TEMPLATE_NAME, build_source

MM_TO_PT = 72 / 25.4
T = TypeVar("T")
log = logging.getLogger(__name__)


class RenderError(RuntimeError):
    """Typst could not lay out a sketch; str() is a one-line message."""


# About 35 pages: a page holds some 4 500 characters, and typst needs a quarter of a second a
# page. Past this a page count tells the user nothing a check needs, and would take minutes.
MAX_LAYOUT_CHARS = 150_000


CHARS_PER_PAGE = 4500


class TooLongToLayOut(RenderError):
    """The sketch is far too long to lay out in bounded time; nothing was rendered."""

    def __init__(self, message: str, estimated_pages: int, values: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.estimated_pages = estimated_pages
        self.values = values or {}  # what `render.too_long` says, to say it in another language


def _refuse_huge(sketch: Sketch) -> None:
    if len(sketch.source) > MAX_LAYOUT_CHARS:
        from ....i18n import system_language, t

        estimate = len(sketch.source) // CHARS_PER_PAGE
        chars = f"{len(sketch.source):,}".replace(",", " ")
        pages = f"{estimate:,}".replace(",", " ")
        raise TooLongToLayOut(t("render.too_long", system_language(), chars=chars, pages=pages), estimate, {"chars": chars, "pages": pages})


@dataclass
class Rendered:
    """One rendered sketch: its typst source, its page info and (once asked for) its PDF."""

    source: str
    info: PageInfo | None = None
    pdf: bytes | None = None
    layout_key: str | None = None  # the page cache's key, once asked for


TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"


def template_text() -> str:
    """The typst template, shipped as package data next to the core."""
    return (TEMPLATE_DIR / TEMPLATE_NAME).read_text(encoding="utf-8")


def _remove_folder(path: str, pid: int) -> None:
    if os.getpid() == pid:  # a forked child must not remove its parent's folder
        shutil.rmtree(path, ignore_errors=True)


class Renderer:
    """Renders sketches to PDF and counts their pages; thread-safe, cached by content hash."""

    def __init__(self, cache_size: int = 64, page_cache: PageCache | None = None) -> None:
        """`page_cache` keeps page counts between runs (the process-wide renderer has one)."""
        self._pages = page_cache
        self._template: str | None = None
        self._lock = threading.RLock()
        self._cache: OrderedDict[str, Rendered] = OrderedDict()
        self._cache_size = cache_size
        self._pid: int | None = None
        self._folder: Path | None = None
        self._compiler = None
        self._loaded: str | None = None  # cache key of the source in main.typ
        self.compiles = 0  # how many times typst laid a document out (for tests and benchmarks)
        self._sweeper = None  # a compiler of an empty page, whose compiles trim typst's memo cache (False: failed)
        self._unswept = 0  # layouts since typst's memo cache was last trimmed

    # ------------------------------------------------------------------ public

    def page_info(self, sketch: Sketch, layout: Layout) -> PageInfo:
        """Pages of the sketch's PDF and the share used, e.g. PageInfo(pages=4, fraction=3.42)."""
        with self._lock:
            key, entry = self._prepared(sketch, layout)
            if entry.info is None:
                self._load(key, entry)
                entry.info = self._measure(layout)
                self._keep(entry)
            return entry.info

    def prepare(self, sketch: Sketch, layout: Layout) -> bool:
        """Everything before the layout itself: the typst source, the page cache's answer and a
        ready compiler. This part holds Python's interpreter lock; the layout that follows in
        `page_info` does not, so a caller can prepare here and lay out in another thread while
        it works. True when the page count is already known (nothing left to lay out)."""
        with self._lock:
            _key, entry = self._prepared(sketch, layout)
            if entry.info is None:
                self._workspace()
            return entry.info is not None

    def pdf(self, sketch: Sketch, layout: Layout) -> bytes:
        """The sketch as a PDF, laid out in the rubric's layout."""
        return self.render(sketch, layout).pdf  # type: ignore[return-value]

    def render(self, sketch: Sketch, layout: Layout) -> Rendered:
        """PDF and page info together, from one compile."""
        _refuse_huge(sketch)
        with self._lock:
            key, entry = self._entry(sketch, layout)
            if entry.pdf is None:
                self._load(key, entry)
                entry.pdf = without_false_suspects(self._typst(lambda: self._compiler.compile()))  # type: ignore[union-attr]
                self.compiles += 1
                self._unswept = 0  # a compile trims the memo cache itself
            if entry.info is None:
                self._load(key, entry)
                entry.info = self._measure(layout)
                self._keep(entry)
            return entry

    def source(self, sketch: Sketch, layout: Layout) -> str:
        """The typst source the sketch is rendered from."""
        with self._lock:
            return self._entry(sketch, layout)[1].source

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    # ------------------------------------------------------------------ inside

    def _prepared(self, sketch: Sketch, layout: Layout) -> tuple[str, Rendered]:
        """The entry for a page count, with the page cache asked when the count is not known."""
        _refuse_huge(sketch)
        key, entry = self._entry(sketch, layout)
        if entry.info is None and self._pages is not None:
            entry.info = self._pages.get(self._layout_key(entry))
        return key, entry

    def _entry(self, sketch: Sketch, layout: Layout) -> tuple[str, Rendered]:
        key = _key(sketch, layout)
        entry = self._cache.get(key)
        if entry is None:
            entry = Rendered(source=build_source(sketch, layout))
            self._cache[key] = entry
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return key, entry

    def _layout_key(self, entry: Rendered) -> str:
        if entry.layout_key is None:
            if self._template is None:
                self._template = template_text()
            entry.layout_key = layout_key(entry.source, self._template)
        return entry.layout_key

    def _keep(self, entry: Rendered) -> None:
        if self._pages is not None and entry.info is not None:
            self._pages.put(self._layout_key(entry), entry.info)

    def _workspace(self) -> None:
        """A private typst root per process (a forked worker gets its own)."""
        if self._pid == os.getpid() and self._compiler is not None:
            return
        folder = Path(tempfile.mkdtemp(prefix="skisse-render-"))
        if "multiprocessing" in sys.modules:
            from multiprocessing import util as mp_util

            # multiprocessing's finalizers also run in pool workers, which leave through os._exit
            # and so never reach atexit; a weakref.finalize alone would leak one folder per worker.
            mp_util.Finalize(self, _remove_folder, args=(str(folder), os.getpid()), exitpriority=0)
        else:  # not a pool worker (none was ever started): the interpreter's exit is enough
            atexit.register(_remove_folder, str(folder), os.getpid())
        if self._template is None:
            self._template = template_text()
        (folder / TEMPLATE_NAME).write_text(self._template, encoding="utf-8")
        (folder / "main.typ").write_text("", encoding="utf-8")
        self._folder, self._pid, self._loaded = folder, os.getpid(), None
        self._new_compiler()
        # A forked worker trims its own typst cache with its own compiler, from its own count.
        self._sweeper, self._unswept = None, 0

    def _new_compiler(self) -> None:
        self._compiler = self._compiler_for("main.typ")

    def _compiler_for(self, name: str):  # type: ignore[no-untyped-def]
        """A typst compiler of the file `name` in the private folder, with only embedded fonts."""
        import typst

        assert self._folder is not None
        return typst.Compiler(input=str(self._folder / name), root=str(self._folder), ignore_system_fonts=True)

    def _typst(self, call: Callable[[], T]) -> T:
        """A call into typst; what it raises becomes a RenderError. A panic inside typst gets one
        more try on a fresh compiler: typst 0.15 re-parses an edited file in place, and panics on
        some edits that swap a multi-byte character for a shorter one ending in the same byte
        («skjer… nå» edited to «skjeræ nå»); the compiler that saw the old text cannot take the
        new, while a fresh one reads it whole."""
        for attempt in (1, 2):
            try:
                return call()
            except Exception as exc:  # typst reports layout problems as plain exceptions
                raise RenderError(_one_line(exc)) from None
            except BaseException as exc:  # a Rust panic is a BaseException (pyo3's PanicException)
                if type(exc).__name__ != "PanicException":
                    raise
                log.warning("typst panicked (attempt %d, fresh compiler next): %s", attempt, _one_line(exc))
                self._new_compiler()
                if attempt == 2:
                    raise RenderError(_one_line(exc)) from None
        raise AssertionError("unreachable")

    def _load(self, key: str, entry: Rendered) -> None:
        self._workspace()
        if self._loaded != key:
            assert self._folder is not None
            (self._folder / "main.typ").write_text(entry.source, encoding="utf-8")
            self._loaded = key

    def _measure(self, layout: Layout) -> PageInfo:
        self._sweep()
        try:
            raw = self._typst(lambda: self._compiler.query(f"<{END_LABEL}>", field="value", one=True))  # type: ignore[union-attr]
        finally:
            self._unswept += 1
        self.compiles += 1
        value = json.loads(raw)
        page, y, height = int(value["page"]), float(value["y"]), float(value["height"])
        top = layout.margin_top_mm * MM_TO_PT
        usable = height - top - layout.margin_bottom_mm * MM_TO_PT
        share = min(1.0, max(0.0, (y - top) / usable)) if usable > 0 else 1.0
        return PageInfo.model_construct(pages=page, fraction=round(page - 1 + share, 2))

    def _sweep(self) -> None:
        """Trim typst's memo cache before the next layout. Typst keeps every intermediate result
        of every layout in one process-wide cache (some 3 MB for five pages), which only a
        compile trims (of what has gone unused for ten compiles); a query, the page count's way,
        never does, so a window open all day or a worker checking thousands of sketches grew
        without bound. Compiling an empty page trims it at once. Done before a layout rather than
        after it: a process that lays out one sketch and exits never pays for it."""
        if self._unswept == 0 or self._folder is None or self._sweeper is False:
            return
        self._unswept = 0
        try:
            if self._sweeper is None:
                # A file, as for the sketch itself: every typst release Skisse allows reads one.
                (self._folder / "sweep.typ").write_text("#set page(width: 1pt, height: 1pt, margin: 0pt)\n", encoding="utf-8")
                self._sweeper = self._compiler_for("sweep.typ")
            self._sweeper.compile(format="svg")
        except Exception as exc:  # noqa: BLE001 - trimming a cache must never stop a page count
            log.warning("typst's layout cache could not be trimmed (not tried again): %s", _one_line(exc))
            self._sweeper = False


_FALSE_SUSPECTS = re.compile(rb"(/MarkInfo\s*<<(?:(?!>>).){0,200}?)/Suspects\s+false", re.S)


def without_false_suspects(pdf: bytes) -> bytes:
    """The PDF without the `/Suspects false` typst writes in the catalog's MarkInfo.

    The key is optional and false is its default, but poppler 22.12 (Debian 12's; pdfinfo,
    pdftotext, Evince, Okular) reports «Syntax Error: Suspects object is wrong type (boolean)»
    for it, which made every PDF look broken. The key is overwritten with spaces of
    the same length, so every byte offset in the cross-reference table stays right.
    """
    catalog = pdf.rfind(b"/Type/Catalog")  # typst writes the catalog last; text elsewhere is left alone
    if catalog < 0:
        return pdf
    head, tail = pdf[:catalog], pdf[catalog:]
    return head + _FALSE_SUSPECTS.sub(lambda m: m.group(1) + b" " * (len(m.group()) - len(m.group(1))), tail, count=1)


def _key(sketch: Sketch, layout: Layout) -> str:
    digest = hashlib.sha256()
    digest.update(layout.model_dump_json().encode())
    digest.update(sketch.model_dump_json(include={"title", "applicant", "partners", "meta", "front_matter_end"}).encode())
    digest.update(sketch.source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= limit else line[: limit - 1] + "…"


_default: Renderer | None = None
_default_lock = threading.Lock()


def default_renderer() -> Renderer:
    """The process-wide renderer, created on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Renderer(page_cache=PageCache())
        return _default
