"""Export: a last check, a warning when something fails or the sketch is too long, then the files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Header, Input, Static
from textual.worker import Worker, WorkerState

from ...core.files.exported import not_ours
from ...core.files.storage import SkisseFileError
from ...core.judging.checkup import parse
from ...core.judging.findings import Status
from ...core.rendering.empty import empty_headings
from ...core.rendering.pages import PageInfo
from ..keys import UiLanguage
from ..live import LiveState, compute_live
from ..safe import shown
from ..services import ServiceUnavailable
from ..widgets.checklist import ICONS
from ..widgets.footer import CompactFooter
from ..widgets.nav_bar import NavBar
from ..widgets.page_gauge import format_pages
from ..widgets.tick_box import TickBox
from .confirm import ConfirmScreen


# Why a file could not be written where a path field says: another path in the field helps.
_WHERE_FAILURES = frozenset({"no_write", "no_write_new", "read_only", "folder_missing", "not_a_folder", "disk_full", "disk_full_new", "is_folder"})


@dataclass
class ExportResult:
    markdown: Path | None = None
    pdf: Path | None = None
    pages: PageInfo | None = None
    docx: Path | None = None
    left_out: list[str] = field(default_factory=list)  # headings of empty sections not exported
    failed: list[tuple[str, BaseException]] = field(default_factory=list)  # (format, why) not written
    kept: list[Path] = field(default_factory=list)  # files that were not Skisse's exports, replaced and kept as NAME~


def default_docx_path(sketch_path: Path) -> Path:
    """NAME.export.docx next to the sketch: never NAME.docx, which is often the Word draft the
    sketch was imported from (as the Markdown copy is NAME.export.md, never the sketch)."""
    return sketch_path.with_name(sketch_path.stem + ".export.docx")


def default_paths(sketch_path: Path) -> tuple[Path, Path]:
    """(markdown, pdf) next to the sketch; the Markdown copy never overwrites the sketch itself."""
    return sketch_path.with_name(sketch_path.stem + ".export.md"), sketch_path.with_suffix(".pdf")


class ExportScreen(UiLanguage, Screen):
    """Final check summary, the formats and paths, and what was written."""

    screen_name = "export"
    CSS_PATH = "export.tcss"
    BINDINGS = [
        Binding("f7", "export", "tui.key.do_export", id="export.run"),
        Binding("f8", "recheck", "tui.key.recheck", id="export.recheck"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.state: LiveState | None = None
        self.result: ExportResult | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.screen_name)
        with VerticalScroll(id="export-body"):
            yield Static(id="export-title", classes="pane-title")
            yield Static(id="summary")
            with Horizontal(classes="export-row"):
                yield TickBox(id="want-md", value=True, compact=True)
                yield Input(id="md-path", compact=True)
            with Horizontal(classes="export-row"):
                yield TickBox(id="want-pdf", value=True, compact=True)
                yield Input(id="pdf-path", compact=True)
            with Horizontal(classes="export-row"):
                yield TickBox(id="want-docx", value=False, compact=True)
                yield Input(id="docx-path", compact=True)
            with Horizontal(id="export-buttons"):
                yield Button(id="export", variant="primary")
            yield Static(id="export-result")
        yield CompactFooter()

    def on_mount(self) -> None:
        md, pdf = default_paths(self.app.draft.path)  # type: ignore[attr-defined]
        self.query_one("#md-path", Input).value = str(md)
        self.query_one("#pdf-path", Input).value = str(pdf)
        self.query_one("#docx-path", Input).value = str(default_docx_path(self.app.draft.path))  # type: ignore[attr-defined]
        self.call_after_refresh(self._show_path_ends)
        self.relabel()
        self.action_recheck()
        self.query_one("#export", Button).focus()

    def _show_path_ends(self) -> None:
        """A path longer than its field shows its end: the file name and extension matter most."""
        for field_id in ("#md-path", "#pdf-path", "#docx-path"):
            path = self.query_one(field_id, Input)
            path.action_home()  # the cursor is at the end already, but Textual scrolls only on a move
            path.action_end()

    def relabel(self) -> None:
        self.query_one(NavBar).relabel()
        self.query_one("#export-title", Static).update(self.tr("tui.export.title"))
        self.query_one("#want-md", Checkbox).label = self.tr("tui.export.markdown")
        self.query_one("#want-pdf", Checkbox).label = self.tr("tui.export.pdf")
        self.query_one("#want-docx", Checkbox).label = self.tr("tui.export.docx")
        self.query_one("#export", Button).label = self.tr("tui.export.run")
        self.show_summary()
        if self.result is not None:  # what the last export wrote, in the new language too
            self.show_result()

    # ------------------------------------------------------------------ check

    def action_recheck(self) -> None:
        commit = getattr(self.app, "flush_save", None)
        if commit:
            commit()
        self.state = None
        self.show_summary()
        self._check(self.app.draft.text, str(self.app.draft.path))  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, group="export-check", exit_on_error=False)
    def _check(self, text: str, path: str) -> LiveState:
        return compute_live(text, self.app.services, path, lang=self.lang)  # type: ignore[attr-defined]

    def show_summary(self) -> None:
        summary = self.query_one("#summary", Static)
        state = self.state
        if state is None:
            summary.update(self.tr("tui.export.checking"))
            return
        lines = []
        if state.pages is not None:
            lines.append(format_pages(state.pages.fraction, state.page_limit, self.lang))
        elif "render" in state.problems:
            lines.append(self.tr("tui.live.no_render"))
        from ...core.sketch.answers import parts_as_written

        parts = parts_as_written(self.app.draft.sketch)  # type: ignore[attr-defined]
        if parts:  # interview answers stitched in as typed read as replies to questions no reader sees
            lines.append(self.tr("tui.export.answers_as_written", n=parts))
        report = state.report
        if report is None:
            lines.append(self.tr("tui.live.no_check"))
        else:
            counts = {s: sum(1 for c in report.criteria if c.status is s) for s in Status}
            lines.append(self.tr("tui.export.counts", ok=counts[Status.PASS], warn=counts[Status.WARN], fail=counts[Status.FAIL]))
            for c in report.criteria:
                if c.status in (Status.FAIL, Status.WARN):
                    first = f" – {shown(c.findings[0].message)}" if c.findings else ""
                    lines.append(f"{ICONS[c.status]} {shown(c.title)}{first}")
        lines += [shown(e) for e in state.errors]
        summary.update("\n".join(lines))

    # ------------------------------------------------------------------ export

    def problems(self) -> list[str]:
        """Reasons to ask before exporting: failing criteria, too many pages."""
        state = self.state
        reasons: list[str] = []
        if state is None:
            return reasons
        if state.report is not None:
            failing = [c.title for c in state.report.criteria if c.status is Status.FAIL]
            if failing:
                reasons.append(self.tr("tui.export.warn_failing", names=", ".join(failing)))
        if state.pages is not None and state.pages.fraction > state.page_limit:
            reasons.append(self.tr("tui.export.warn_pages", pages=format_pages(state.pages.fraction, state.page_limit, self.lang), limit=state.page_limit))
        return reasons

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        if self.state is None:
            self.notify(self.tr("tui.export.wait"))
            return
        want_md = self.query_one("#want-md", Checkbox).value
        want_pdf = self.query_one("#want-pdf", Checkbox).value
        want_docx = self.query_one("#want-docx", Checkbox).value
        if not (want_md or want_pdf or want_docx):
            self.query_one("#export-result", Static).update(self.tr("tui.export.choose"))
            return
        fields = (("Markdown", "#md-path", want_md), ("PDF", "#pdf-path", want_pdf), ("Word", "#docx-path", want_docx))
        for name, field_id, wanted in fields:
            if wanted and not self.query_one(field_id, Input).value.strip():  # «.» is no name to write to
                self._say(self.tr("tui.export.no_name", format=name), error=True)
                return
        md = Path(self.query_one("#md-path", Input).value.strip()).expanduser() if want_md else None
        pdf = Path(self.query_one("#pdf-path", Input).value.strip()).expanduser() if want_pdf else None
        docx = Path(self.query_one("#docx-path", Input).value.strip()).expanduser() if want_docx else None
        source = self.app.draft.path.resolve()  # type: ignore[attr-defined]
        if any(p is not None and p.resolve() == source for p in (md, pdf, docx)):
            self.query_one("#export-result", Static).update(self.tr("tui.export.same_path"))
            return
        reasons = self.problems()
        # A file at a target that Skisse did not export (the Word draft the sketch came from, a
        # PDF made in Word, an export edited since) is replaced only after a yes, and kept as NAME~.
        theirs = [p for p in (md, pdf, docx) if p is not None and not_ours(p)]
        reasons += [self.tr("tui.export.not_ours", path=str(p), backup=f"{p}~") for p in theirs]
        if reasons:
            ask, yes = ("tui.export.ask_replace", "tui.export.replace") if theirs else ("tui.export.ask", "tui.export.anyway")
            question = "\n".join(reasons) + "\n\n" + self.tr(ask)

            def answered(answer: bool | None) -> None:
                if answer:
                    self._export(md, pdf, docx, frozenset(theirs))

            self.app.push_screen(ConfirmScreen(question, self.tr(yes), self.tr("tui.export.not_now")), answered)
        else:
            self._export(md, pdf, docx)

    def _say(self, text: str, *, error: bool = False) -> None:
        widget = self.query_one("#export-result", Static)
        widget.update(text)
        widget.set_class(error, "error")
        self._reveal_result()

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, md: Path | None, pdf: Path | None, docx: Path | None = None, replace: frozenset[Path] = frozenset()) -> ExportResult:
        services = self.app.services  # type: ignore[attr-defined]
        draft = self.app.draft  # type: ignore[attr-defined]
        sketch = parse(draft.text)
        result = ExportResult(left_out=empty_headings(sketch))

        def yes(path: Path) -> dict:
            """`replace=True` for a file the user said may be replaced (it is kept as NAME~)."""
            if path in replace:
                result.kept.append(path)
                return {"replace": True}
            return {}

        # Each format on its own: one that fails leaves the others written, and says so.
        if md is not None:
            try:
                services.export_markdown(sketch, md, source=draft.path, lang=self.lang, **yes(md))
                result.markdown = md
            except (SkisseFileError, ServiceUnavailable) as exc:
                result.failed.append(("Markdown", exc))
        if pdf is not None:
            try:
                result.pages = services.export_pdf(sketch, services.layout_for(sketch), pdf, source=draft.path, lang=self.lang, **yes(pdf))
                result.pdf = pdf
            except (SkisseFileError, ServiceUnavailable) as exc:
                result.failed.append(("PDF", exc))
        if docx is not None:
            try:
                services.export_docx(sketch, services.layout_for(sketch), docx, source=draft.path, lang=self.lang, **yes(docx))
                result.docx = docx
            except (SkisseFileError, ServiceUnavailable) as exc:
                result.failed.append(("Word", exc))
        if result.failed and not (result.markdown or result.pdf or result.docx):
            raise result.failed[0][1]  # nothing written: the export failed, as before
        return result

    def _reason(self, error: BaseException | None) -> str:
        if isinstance(error, ServiceUnavailable):
            return self.tr("tui.export.no_pdf")
        if isinstance(error, SkisseFileError):
            if error.key in _WHERE_FAILURES:
                return f"{error} {self.tr('tui.export.elsewhere')}"
            return str(error)
        return str(error).splitlines()[0] if str(error) else type(error).__name__

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "export-check" and event.state == WorkerState.SUCCESS:
            self.state = worker.result
            self.show_summary()
        elif worker.group == "export" and event.state == WorkerState.SUCCESS:
            self.result = worker.result
            self.show_result()
            self.app.keep_version("export")  # type: ignore[attr-defined]  # the text as exported, in the history
        elif event.state == WorkerState.ERROR and worker.group in ("export", "export-check"):
            reason = self._reason(worker.error)
            widget = self.query_one("#export-result", Static)
            widget.update(self.tr("tui.export.failed", reason=reason))
            widget.set_class(True, "error")
            self._reveal_result()  # below the fold at 80×24

    def show_result(self) -> None:
        result = self.result
        if result is None:
            return
        lines = [self.tr("tui.export.partly_done" if result.failed else "tui.export.done")]
        if result.markdown:
            lines.append(self.tr("tui.export.wrote_md", path=str(result.markdown)))
        if result.pdf:
            pages = result.pages.pages if result.pages else 0
            count = self.tr("tui.pages.one" if pages == 1 else "tui.pages.many", n=pages)
            lines.append(self.tr("tui.export.wrote_pdf", path=str(result.pdf), pages=count))
        if result.docx:
            lines.append(self.tr("tui.export.wrote_docx", path=str(result.docx)))
        for path in result.kept:
            if path in (result.markdown, result.pdf, result.docx):
                lines.append(self.tr("tui.export.kept", path=str(path), backup=f"{path}~"))
        if result.left_out:  # bare headings are not printed; say which, so none is a surprise
            lines.append(self.tr("tui.export.left_out", names=", ".join(f"«{shown(name)}»" if self.lang != "en" else f"“{shown(name)}”" for name in result.left_out)))
        for name, error in result.failed:
            lines.append(self.tr("tui.export.not_written", format=name, reason=self._reason(error)))
        widget = self.query_one("#export-result", Static)
        widget.set_class(bool(result.failed), "error")
        widget.update("\n".join(lines))
        self._reveal_result()  # at 80×24 the list of written files was below the fold

    _reveal_pending = False

    def _reveal_result(self) -> None:
        """Scroll the result into view once it is laid out with its new lines (scrolled to at
        once, only its first line would show). An export started from the «export anyway?»
        dialog may finish before this screen is back on top, and coming back, Textual scrolls
        to the focused button: the result is then revealed again after that."""
        # The result is the body's last widget: scrolling to the end shows all of it
        # (`scroll_visible` stopped a few lines short of a result whose path wraps).
        body = self.query_one("#export-body", VerticalScroll)
        self.call_after_refresh(body.scroll_end, animate=False)
        self._reveal_pending = not self.is_current

    def on_screen_resume(self) -> None:
        if self._reveal_pending:
            self._reveal_pending = False
            self.call_after_refresh(self.query_one("#export-body", VerticalScroll).scroll_end, animate=False)
