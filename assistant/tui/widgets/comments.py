"""Advisor comments beside the text: where each one points, open or resolved, and a way to act."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ...advisor.comments import Comment, CommentStatus, list_comments, reanchor, set_status
from ...advisor.db import HistoryDB
from ...advisor.report import section_title
from ...core.files.storage import SkisseFileError
from ...core.judging.checkup import parse
from ...i18n import t
from ..messages import JumpToLine


class CommentsPanel(Vertical):
    """The comments on one sketch, re-anchored to the text it shows now."""

    DEFAULT_CSS = """
    CommentsPanel { height: auto; max-height: 50%; }
    CommentsPanel > .pane-title { padding: 0 1; text-style: bold; }
    CommentsPanel.-collapsed > .pane-title { margin-bottom: 0; }
    CommentsPanel OptionList { height: auto; max-height: 20; }
    CommentsPanel #comments-empty { color: $text-muted; padding: 0 1; }
    """
    BINDINGS = [Binding("r", "toggle_status", "advisor.tui.resolve", id="comments.resolve")]

    class Changed(Message):
        """A comment was resolved or opened again."""

        def __init__(self, comment: Comment) -> None:
            super().__init__()
            self.comment = comment

    def __init__(
        self,
        path: Path,
        *,
        db_factory: Callable[[], HistoryDB] = HistoryDB,
        author: str = "",
        lang: str = "nb",
        hide_when_empty: bool = False,
        collapsible: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        # Collapsible (under the editor): one line saying how many are open until opened, so
        # the text keeps its height at 80×24.
        self.collapsible = collapsible
        self.expanded = not collapsible
        self.path = Path(path)
        self.db_factory = db_factory
        self.author = author
        self.lang = lang
        self.hide_when_empty = hide_when_empty
        self.comments: list[Comment] = []
        self._text = ""

    def on_mount(self) -> None:
        from ..keys import localise_bindings

        localise_bindings(self, self.lang)  # «r Løs / åpne igjen» in the footer, not its catalogue key

    def compose(self) -> ComposeResult:
        yield Static(t("advisor.tui.comments", self.lang), classes="pane-title")
        yield OptionList(id="comments-list")
        yield Static(t("advisor.tui.comments_none", self.lang), id="comments-empty")

    def reload(self, text: str | None = None) -> None:
        """Read the comments again; with `text`, find their words in it first."""
        try:
            db = self.db_factory()
        except (SkisseFileError, sqlite3.Error):
            db = None  # no history database here (read-only home): no comments to show
        try:
            if db is None:
                self.comments = []
            elif text is not None:
                self._text = text
                self.comments = reanchor(db, self.path, parse(text))
            else:
                self.comments = list_comments(db, self.path)
        except sqlite3.Error:
            self.comments = []
        finally:
            if db is not None:
                db.close()
        self.comments.sort(key=lambda c: (not c.is_open, c.anchor.start if c.anchor.start is not None else 1 << 30, c.id))
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(self._label(c), id=str(c.id)) for c in self.comments])
        if self.hide_when_empty:
            self.display = bool(self.comments)
        self._show_expanded()

    def _show_expanded(self) -> None:
        title = self.query_one(".pane-title", Static)
        if self.expanded:
            title.update(t("advisor.tui.comments_shown" if self.collapsible else "advisor.tui.comments", self.lang))
        else:
            open_ = sum(c.is_open for c in self.comments)
            title.update(t("advisor.tui.comments_collapsed", self.lang, open=open_, total=len(self.comments)))
        self.set_class(not self.expanded, "-collapsed")
        self.query_one(OptionList).display = self.expanded
        self.query_one("#comments-empty").display = self.expanded and not self.comments

    def toggle(self) -> bool:
        """Open or close the list (collapsible panels); True when it is open now."""
        self.expanded = not self.expanded
        self._show_expanded()
        if self.expanded:
            self.query_one(OptionList).focus()
        return self.expanded

    def _label(self, c: Comment) -> Text:
        text = Text()
        text.append("● " if c.is_open else "✓ ", style="yellow" if c.is_open else "green")
        text.append(section_title(c.section, self.lang), style="bold")
        line = self.line_of(c)
        if line:
            text.append(f" :{line}", style="dim")
        if c.quote:
            text.append(f" «{' '.join(c.quote.split())[:50]}»", style="italic")
        if c.orphaned:
            text.append(f" ({t('advisor.cli.orphaned', self.lang)})", style="red")
        text.append(f"\n  {c.body}")
        text.append(f" — {c.author}", style="dim")
        return text

    def line_of(self, c: Comment) -> int | None:
        """The 1-based line of the text the comment points at now."""
        if c.span is None or not self._text:
            return None
        return self._text.count("\n", 0, c.span[0]) + 1

    def selected(self) -> Comment | None:
        index = self.query_one(OptionList).highlighted
        return self.comments[index] if index is not None and index < len(self.comments) else None

    @on(OptionList.OptionSelected, "#comments-list")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        comment = self.comments[event.option_index]
        draft = getattr(self.app, "draft", None)
        if draft is not None and Path(draft.path).resolve() == self.path.resolve() and draft.text != self._text:
            self.reload(draft.text)  # the text moved on since the list was made
            comment = next((c for c in self.comments if c.id == comment.id), comment)
        line = self.line_of(comment)
        if not line:
            return
        show_line = getattr(self.screen, "show_line", None)
        if show_line is not None:
            show_line(line)  # the editor puts its cursor there
        else:
            self.post_message(JumpToLine(line))

    def action_toggle_status(self) -> None:
        comment = self.selected()
        if comment is None:
            return
        status = CommentStatus.OPEN if not comment.is_open else CommentStatus.RESOLVED
        db = self.db_factory()
        try:
            updated = set_status(db, comment.id, status, by=self.author or comment.author)
        finally:
            db.close()
        self.reload()
        self.post_message(self.Changed(updated))
