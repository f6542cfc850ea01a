"""History of one sketch: its versions, two of them side by side with the verdicts, restore, comments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from ...advisor.db import HistoryDB
from ...advisor.report import section_title, status_label
from ...advisor.versions import Comparison, Version, compare, in_language, judge_unjudged, list_versions, note_key, note_text, restore_version
from ...core.files.storage import SkisseFileError
from ...core.sketch.safetext import visible
from ...i18n import t
from ..keys import OwnLanguage, localise_bindings
from ..safe import cell, shown
from ..widgets.comments import CommentsPanel
from ..widgets.footer import CompactFooter

STATUS_STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red", "n/a": "dim"}


class HistoryScreen(OwnLanguage, Screen):
    """Versions on the left; the chosen one compared with the one before it (or a marked one)."""

    screen_name = "history"
    CSS_PATH = "history.tcss"
    BINDINGS = [
        Binding("m", "mark", "advisor.tui.mark", id="history.mark"),
        Binding("ctrl+r", "restore", "advisor.tui.restore", id="history.restore"),
        Binding("l", "toggle_log", "advisor.tui.log", id="history.log"),
        Binding("escape", "back", "advisor.tui.back", id="history.back"),
    ]

    def __init__(self, path: Path, *, db_factory: Callable[[], HistoryDB] = HistoryDB, lang: str | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.db_factory = db_factory
        self._lang = lang
        self.versions: list[Version] = []
        self.marked: Version | None = None
        self.comparison: Comparison | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="history-body"):
            with Vertical(id="history-left"):
                yield Static(self.tr("advisor.tui.history"), classes="pane-title")
                yield DataTable(id="versions", cursor_type="row")
                yield Static(id="history-empty")
                yield CommentsPanel(self.path, db_factory=self.db_factory, lang=self.lang, id="history-comments")
            with Vertical(id="history-right"):
                yield Static(id="compare-title", classes="pane-title")
                yield Static(id="verdicts")
                yield DataTable(id="diff", cursor_type="row", show_cursor=False)
                yield Static(id="session-log")
        yield CompactFooter()

    def on_mount(self) -> None:
        localise_bindings(self, self.lang)
        table = self.query_one("#versions", DataTable)
        for key in ("col_version", "col_time", "col_verdicts", "col_note"):
            table.add_column(self.tr(f"advisor.cli.{key}"), key=key)
        diff = self.query_one("#diff", DataTable)
        diff.add_column("", key="ln")
        diff.add_column("", key="left")
        diff.add_column("", key="rn")
        diff.add_column("", key="right")
        self.query_one("#session-log").display = False
        self.reload()
        table.focus()

    def reload(self) -> None:
        db = self.db_factory()
        try:
            self.versions = judge_unjudged(db, self.path, list_versions(db, self.path))
        finally:
            db.close()
        table = self.query_one("#versions", DataTable)
        table.clear()
        for v in self.versions:
            verdicts = list(v.verdicts().values())
            summary = Text()
            for status in ("pass", "warn", "fail"):
                if n := verdicts.count(status):
                    summary.append(f"{n}{'✓!✗'[('pass', 'warn', 'fail').index(status)]} ", style=STATUS_STYLE[status])
            mark = "▸ " if self.marked is not None and self.marked.id == v.id else ""
            table.add_row(f"{mark}{v.number}", v.created[:16].replace("T", " "), summary, cell(note_text(v.note, self.lang)), key=str(v.id))
        self.query_one("#history-empty", Static).update("" if self.versions else self.tr("advisor.tui.no_versions"))
        text = None
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            pass
        self.query_one(CommentsPanel).reload(text)
        if self.versions:
            table.move_cursor(row=len(self.versions) - 1)
            self.show_comparison(len(self.versions) - 1)

    def current(self) -> Version | None:
        row = self.query_one("#versions", DataTable).cursor_row
        return self.versions[row] if self.versions and row is not None and 0 <= row < len(self.versions) else None

    @on(DataTable.RowHighlighted, "#versions")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.show_comparison(event.cursor_row)

    def show_comparison(self, index: int) -> None:
        """The version at `index` against the marked version, or the one before it."""
        if not self.versions or index >= len(self.versions):
            return
        new = in_language(self.versions[index], self.lang)
        old = self.marked if self.marked is not None and self.marked.id != new.id else (self.versions[index - 1] if index > 0 else None)
        old = in_language(old, self.lang) if old is not None else None
        title = self.query_one("#compare-title", Static)
        verdicts = self.query_one("#verdicts", Static)
        diff = self.query_one("#diff", DataTable)
        diff.clear()
        if old is None:
            self.comparison = None
            title.update(f"{self.tr('advisor.cli.col_version')} {new.number}")
            verdicts.update(self._verdict_lines([(c.id, c.title, None, c.status.value) for c in (new.report.criteria if new.report else [])]))
            return
        if old.number > new.number:
            old, new = new, old
        self.comparison = cmp = compare(old, new)
        title.update(self.tr("advisor.tui.compare_title", old=old.number, new=new.number))
        lines = self._verdict_lines([(v.criterion, v.title, v.before, v.after) for v in cmp.verdicts])
        if cmp.sections_changed:
            lines.append("\n" + self.tr("advisor.cli.sections_changed", sections=", ".join(section_title(s, self.lang) for s in cmp.sections_changed)))
        verdicts.update(lines)
        for row in cmp.rows:
            if row.tag == "gap":
                diff.add_row("…", "", "…", "")
                continue
            changed = row.tag != "equal"
            diff.add_row(
                Text(str(row.left_no or ""), style="dim"),
                Text(visible(row.left or ""), style="red" if changed else ""),
                Text(str(row.right_no or ""), style="dim"),
                Text(visible(row.right or ""), style="green" if changed else ""),
            )

    def _verdict_lines(self, items: list[tuple[str, str, str | None, str | None]]) -> Text:
        text = Text()
        for cid, title, before, after in items:
            changed = before is not None and before != after
            text.append(f"{title or cid}: ", style="bold" if changed else "")  # the title users read, not the id
            if changed:
                text.append(status_label(before, self.lang), style=STATUS_STYLE.get(before or "", "dim"))
                text.append(" → ")
            text.append(status_label(after, self.lang), style=STATUS_STYLE.get(after or "", "dim"))
            text.append("\n")
        return text

    def action_toggle_log(self) -> None:
        """Show the log of every session on this sketch instead of the comparison, or back."""
        log = self.query_one("#session-log", Static)
        showing = not log.display
        log.display = showing
        for wid in ("#verdicts", "#diff"):
            self.query_one(wid).display = not showing
        if not showing:
            return
        from ...advisor.log import describe
        from ...advisor.sessions import events, sessions_for

        db = self.db_factory()
        try:
            text = Text()
            for session in sessions_for(db, self.path):
                ended = "" if session.ended else self.tr("advisor.log.open")
                # A Text, not markup: the values go in as they are, controls made visible.
                line = t("advisor.log.session_line", self.lang, id=session.id, advisor=session.advisor, started=session.started[:16].replace("T", " "), ended=ended)
                text.append(visible(line) + "\n", style="bold")
                for e in events(db, session.id):
                    text.append(f"  {e.at[11:16]} ", style="dim")
                    text.append(visible(describe(e, self.lang)) + "\n")
        finally:
            db.close()
        self.query_one("#compare-title", Static).update(self.tr("advisor.log.sessions"))
        log.update(text)

    def action_mark(self) -> None:
        version = self.current()
        if version is None:
            return
        self.marked = None if self.marked is not None and self.marked.id == version.id else version
        row = self.query_one("#versions", DataTable).cursor_row
        self.reload()
        self.query_one("#versions", DataTable).move_cursor(row=row)
        self.show_comparison(row)

    def action_restore(self) -> None:
        version = self.current()
        if version is None:
            return
        draft = getattr(self.app, "draft", None)
        if draft is not None and Path(draft.path).resolve() == self.path.resolve():
            self._restore_open_sketch(draft, version)
        else:
            db = self.db_factory()
            try:
                restore_version(db, self.path, version)
            except SkisseFileError as exc:
                self.notify(shown(exc), severity="error", timeout=8)
                return
            finally:
                db.close()
        self.notify(self.tr("advisor.tui.restored", number=version.number))
        self.reload()

    def _restore_open_sketch(self, draft, version: Version) -> None:
        """The sketch is open in the app: restore through the app's own save (its lock, its guard)."""
        from ...advisor.versions import record_version

        for screen in self.app.screen_stack:
            commit = getattr(screen, "commit", None)
            if commit is not None and screen is not self:
                commit()  # what is typed goes into the draft first
        db = self.db_factory()
        try:
            if draft.text != version.text:
                record_version(db, self.path, draft.text, note=note_key("before-restore"))
            draft.set_text(version.text)
            save_now = getattr(self.app, "save_now", None)
            if save_now is not None:
                save_now()
            record_version(db, self.path, version.text, report=version.report, note=note_key("restored", version.number))
        finally:
            db.close()
        for screen in self.app.screen_stack:
            load = getattr(screen, "load", None)
            if load is not None and screen is not self:
                load()  # the editor shows the restored text, and will not write the old one back

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
