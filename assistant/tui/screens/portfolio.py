"""The portfolio: every sketch in a folder with its verdicts; sort, filter, Enter opens one."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, ProgressBar, Static

from ...advisor.portfolio import Portfolio, PortfolioRow, build_portfolio, legend_text, passed_over_lines, sort_rows, summary_text
from ...i18n import t
from ..keys import OwnLanguage, localise_bindings
from ..messages import OpenSketch
from ..safe import visible
from ..widgets.footer import CompactFooter

def marks_legend(lang: str) -> str:
    """«✓ bestått  ! bør forbedres  ✗ ikke bestått  · ikke vurdert», as the CLI's table has it."""
    return "  ".join(f"{mark} {t(f'advisor.status.{status}', lang)}" for status, (mark, _) in MARKS.items())


MARKS = {"pass": ("✓", "green"), "warn": ("!", "yellow"), "fail": ("✗", "bold red"), "n/a": ("·", "dim")}
# Sort keys in the order the `s` key cycles through them; the column a click on a header sorts by.
SORT_CYCLE = ("path", "applicant", "pages", "fails", "open", "changed")
COLUMN_SORT = {"file": "path", "applicant": "applicant", "pages": "pages", "verdicts": "fails", "open": "open", "changed": "changed"}


def verdict_marks(row: PortfolioRow, criteria: list[tuple[str, str]]) -> Text:
    text = Text()
    for cid, _ in criteria:
        mark, style = MARKS.get(row.verdicts.get(cid, ""), (" ", ""))
        text.append(mark, style=style)
    return text


class PortfolioScreen(OwnLanguage, Screen):
    """All sketches in a folder, checked in parallel while a progress bar fills."""

    screen_name = "portfolio"
    CSS_PATH = "portfolio.tcss"
    BINDINGS = [
        Binding("enter", "open", "advisor.tui.open", id="portfolio.open", show=True),
        Binding("s", "cycle_sort", "advisor.tui.sort", id="portfolio.sort"),
        Binding("slash", "focus_filter", "advisor.tui.filter", id="portfolio.filter"),
        Binding("f5", "refresh", "advisor.tui.refresh", id="portfolio.refresh"),
        Binding("escape", "back", "advisor.tui.back", id="portfolio.back"),
    ]

    def __init__(self, folder: Path, *, jobs: int | None = None, pages: bool = True, db=None, lang: str | None = None) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.jobs = jobs
        self.pages = pages
        self.db = db
        self._lang = lang
        self.portfolio: Portfolio | None = None
        self.sort_key = "path"
        self.reverse = False
        self.shown: list[PortfolioRow] = []
        self.opened: Path | None = None  # the sketch last opened from here: the cursor goes back to it
        self.passed_over: list[str] = []  # «utkast.docx: not checked; utkast.md beside it is»

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="portfolio-title", classes="pane-title")
        yield Input(id="portfolio-filter", compact=True)
        yield ProgressBar(id="portfolio-progress", show_eta=False)
        yield Static(id="portfolio-status")
        yield DataTable(id="portfolio-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="portfolio-current")  # the row under the cursor, its name whole
        yield Static(id="portfolio-legend")
        yield CompactFooter()

    def on_screen_resume(self) -> None:
        """The title bar names the folder, not a sketch opened from here before."""
        self.app.sub_title = visible(str(self.folder))
        self.app.refresh_bindings()  # the sketch's keys (Ctrl+S, F5 Partners) give way to these

    def on_mount(self) -> None:
        localise_bindings(self, self.lang)
        self.relabel()
        self.add_columns()
        self.action_refresh()

    def add_columns(self) -> None:
        """Every column on screen at 80 columns: the marks, pages, comments and date keep their
        width; the file and applicant share what is left (cut with «…» rather than pushed off)."""
        table = self.query_one(DataTable)
        table.clear(columns=True)
        keys = ("file", "applicant", "pages", "verdicts", "open", "changed")
        labels = [self.tr({"verdicts": "advisor.cli.col_verdicts"}.get(key, f"advisor.portfolio.col_{key}")) for key in keys]
        marks = len(self.portfolio.criteria) if self.portfolio else 15
        if self.portfolio and self.portfolio.criteria:
            labels[3] = "".join(str(n % 10) for n in range(1, marks + 1))  # each mark under its criterion's number
        fixed = {"pages": max(len(labels[2]), 5), "verdicts": max(len(labels[3]), marks), "open": len(labels[4]), "changed": max(len(labels[5]), 14)}
        rows = self.portfolio.rows if self.portfolio else []
        want = {
            "file": max([len(labels[0]), *(len(r.name) for r in rows)]),
            "applicant": max([len(labels[1]), *(len(r.applicant or "") for r in rows)]),
        }
        room = (table.size.width or self.app.size.width) - 2 * table.cell_padding * len(keys) - 2 - sum(fixed.values())
        if want["file"] + want["applicant"] > room:
            file_w = max(10, min(want["file"], room // 2 if want["applicant"] > room // 2 else room - want["applicant"]))
            want = {"file": file_w, "applicant": max(8, room - file_w)}
        widths = {**want, **fixed}
        for key, label in zip(keys, labels, strict=True):
            table.add_column(label, key=key, width=widths[key])

    def on_resize(self) -> None:
        if self.is_mounted and self.portfolio is not None:
            self.call_after_refresh(self._relayout)

    def _relayout(self) -> None:
        self.add_columns()
        self.fill()

    def relabel(self) -> None:
        """Every text in the window's language: also, once loaded, the table's heading, rows
        («85,0» in Norwegian), summary and legend, with the cursor kept on its sketch."""
        self.query_one("#portfolio-title", Static).update(self.tr("advisor.portfolio.title", path=str(self.folder)))
        self.query_one("#portfolio-filter", Input).placeholder = self.tr("advisor.portfolio.filter_placeholder")
        if self.portfolio is None or not self.is_mounted:
            return
        table = self.query_one(DataTable)
        at = self.shown[table.cursor_row].path if self.shown and 0 <= table.cursor_row < len(self.shown) else None
        self._show_legend()
        self.add_columns()
        self.fill()
        rows = [r.path for r in self.shown]
        if at in rows:
            table.move_cursor(row=rows.index(at))
        under = self.shown[table.cursor_row] if self.shown and 0 <= table.cursor_row < len(self.shown) else None
        self.query_one("#portfolio-current", Static).update(Text(self._describe(under)) if under else "")

    def _show_legend(self) -> None:
        assert self.portfolio is not None
        self.query_one("#portfolio-legend", Static).update(Text(f"{marks_legend(self.lang)} · {legend_text(self.portfolio.criteria, self.lang)}"))

    # ------------------------------------------------------------------ loading

    def action_refresh(self) -> None:
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self.query_one("#portfolio-status", Static).update(self.tr("advisor.portfolio.loading", done=0, total="…"))
        self._load()

    @work(thread=True, exclusive=True, group="portfolio")
    def _load(self) -> None:
        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        portfolio = build_portfolio(self.folder, jobs=self.jobs, pages=self.pages, progress=progress, db=self.db)
        self.passed_over = passed_over_lines(self.folder, self.lang)  # a Word draft beside its Markdown, named
        self.app.call_from_thread(self._loaded, portfolio)

    def _progress(self, done: int, total: int) -> None:
        try:
            self.query_one(ProgressBar).update(total=total, progress=done)
            self.query_one("#portfolio-status", Static).update(self.tr("advisor.portfolio.loading", done=done, total=total))
        except NoMatches:  # the window closing while the checks ran
            pass

    def _loaded(self, portfolio: Portfolio) -> None:
        self.portfolio = portfolio
        if not self.is_attached or not self.query(ProgressBar):  # the window closing while the checks ran
            return
        self.query_one(ProgressBar).display = False
        self._show_legend()
        self.add_columns()
        self.fill()
        table = self.query_one(DataTable)
        rows = [r.path for r in self.shown]
        if self.opened in rows:
            table.move_cursor(row=rows.index(self.opened))
        table.focus()

    # ------------------------------------------------------------------ table

    def fill(self) -> None:
        """Show the rows that pass the filter, in the chosen order."""
        if self.portfolio is None:
            return
        text = self.query_one("#portfolio-filter", Input).value
        status = None
        words = []
        for word in text.split():
            if word.casefold() in MARKS:
                status = word.casefold()
            else:
                words.append(word)
        rows = [r for r in self.portfolio.rows if r.matches(" ".join(words), status)]
        self.shown = sort_rows(rows, self.sort_key, reverse=self.reverse)
        table = self.query_one(DataTable)
        table.clear()
        for row in self.shown:
            pages = "" if row.pages is None else f"{row.pages:.1f}".replace(".", "," if self.lang != "en" else ".")
            changed = row.last_change.astimezone().strftime("%d.%m.%y %H:%M") if row.last_change else ""
            marks = Text(self.tr("advisor.portfolio.unreadable_short"), style="red") if row.error else verdict_marks(row, self.portfolio.criteria)
            table.add_row(
                Text(visible(row.name), overflow="ellipsis", no_wrap=True),
                Text(visible(row.applicant or ""), overflow="ellipsis", no_wrap=True),
                Text(pages, justify="right"),
                marks,
                Text(str(row.open_comments or ""), justify="right"),
                changed,
                key=str(row.path),
            )
        shown = Portfolio(self.portfolio.folder, self.shown, self.portfolio.criteria)
        summary = summary_text(len(self.shown), shown.failed, shown.open_comments, self.lang, shown.unreadable)
        self.query_one("#portfolio-status", Static).update(Text(" · ".join([summary, *map(visible, self.passed_over)])))

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The row under the cursor, whole: its file name and applicant (cut in the table at 80
        columns) and the numbers of the criteria it fails or could do better on."""
        row = next((r for r in self.shown if str(r.path) == str(event.row_key.value)), None)
        self.query_one("#portfolio-current", Static).update(Text(self._describe(row)) if row else "")

    def _describe(self, row: PortfolioRow) -> str:
        parts = [visible(row.name)]
        if row.applicant:
            parts.append(visible(row.applicant))
        if row.error:
            parts.append(self.tr("advisor.portfolio.unreadable"))
        elif self.portfolio is not None:
            numbers = {s: [str(n) for n, (cid, _) in enumerate(self.portfolio.criteria, 1) if row.verdicts.get(cid) == s] for s in ("fail", "warn")}
            parts += [f"{MARKS[s][0]} {', '.join(numbers[s])}" for s in ("fail", "warn") if numbers[s]]
        return "▸ " + " · ".join(parts)

    @on(Input.Changed, "#portfolio-filter")
    def _filter_changed(self) -> None:
        self.fill()

    @on(Input.Submitted, "#portfolio-filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        key = COLUMN_SORT.get(str(event.column_key.value))
        if key is None:
            return
        self.reverse = not self.reverse if key == self.sort_key else key in ("fails", "open", "changed")
        self.sort_key = key
        self.fill()

    def action_cycle_sort(self) -> None:
        i = SORT_CYCLE.index(self.sort_key) if self.sort_key in SORT_CYCLE else -1
        self.sort_key = SORT_CYCLE[(i + 1) % len(SORT_CYCLE)]
        self.reverse = self.sort_key in ("fails", "open", "changed")  # the worst and the newest first
        self.fill()

    def action_focus_filter(self) -> None:
        self.query_one("#portfolio-filter", Input).focus()

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(Path(str(event.row_key.value)))

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row is None or table.cursor_row >= len(self.shown):
            return
        self._open(self.shown[table.cursor_row].path)

    def _open(self, path: Path) -> None:
        self.opened = path
        keep = getattr(self.app, "keep_portfolio", None)
        if keep is not None:
            keep(self)  # Esc in the sketch comes back here
        self.post_message(OpenSketch(path))

    def returned(self) -> None:
        """Back from a sketch opened here: checked again (it may have changed), with the filter,
        the order and the row as they were."""
        self.action_refresh()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
