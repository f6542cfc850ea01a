"""The sketch changed on disk while it was open: reload theirs, keep mine as a copy, or overwrite."""

from __future__ import annotations

import difflib

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..keys import UiLanguage

CHOICES = ("reload", "mine", "overwrite", "compare")


def side_by_side(theirs: str, mine: str, left: str, right: str, line: str = "{n}", context: int = 2) -> Table | None:
    """The two versions in two columns, only where they differ (with a little context around):
    removed text red on the left, added text green on the right. None when they are the same."""
    a, b = theirs.splitlines(), mine.splitlines()
    groups = list(difflib.SequenceMatcher(None, a, b, autojunk=False).get_grouped_opcodes(context))
    if not groups:
        return None
    table = Table(expand=True, show_lines=False, box=None, padding=(0, 1), pad_edge=False)
    table.add_column(Text(left, style="bold"), ratio=1, overflow="fold")
    table.add_column(Text(right, style="bold"), ratio=1, overflow="fold")
    for n, group in enumerate(groups):
        if n:
            table.add_row(Text("⋯", style="dim"), Text("⋯", style="dim"))
        first = group[0]
        table.add_row(Text(line.format(n=first[1] + 1), style="dim"), Text(line.format(n=first[3] + 1), style="dim"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                    table.add_row(Text(x, style="dim"), Text(y, style="dim"))
                continue
            olds, news = a[i1:i2], b[j1:j2]
            for k in range(max(len(olds), len(news))):
                old = Text(olds[k], style="red") if k < len(olds) else Text("")
                new = Text(news[k], style="green") if k < len(news) else Text("")
                table.add_row(old, new)
    return table


class ConflictScreen(UiLanguage, ModalScreen[str | None]):
    """Returns 'reload', 'mine' or 'overwrite'; «Vis forskjeller» shows what differs side by side.
    Nothing is written until chosen. Each choice's key is the first letter of its label in the UI
    language (the catalogue's `tui.conflict.key_*`)."""

    CSS_PATH = "conflict.tcss"

    def __init__(self, conflict) -> None:
        super().__init__()
        self.conflict = conflict

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-dialog"):
            yield Static(self.tr("tui.conflict.question", name=self.conflict.path.name), id="conflict-question")
            with VerticalScroll(id="conflict-diff"):
                yield Static(id="conflict-diff-text", markup=False)
            with Horizontal(id="conflict-buttons"):
                yield Button(self.tr("tui.conflict.reload"), id="reload", variant="primary", compact=True)
                yield Button(self.tr("tui.conflict.mine"), id="mine", compact=True)
                yield Button(self.tr("tui.conflict.overwrite"), id="overwrite", variant="warning", compact=True)
                yield Button(self.tr("tui.conflict.compare"), id="compare", compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#conflict-diff").display = False
        self.query_one("#reload", Button).focus()

    def key_for(self, choice: str) -> str:
        return self.tr(f"tui.conflict.key_{choice}")

    def on_key(self, event: events.Key) -> None:
        character = (event.character or "").casefold()
        for choice in CHOICES:
            if character and character == self.key_for(choice):
                event.stop()
                event.prevent_default()
                if choice == "compare":
                    self.action_compare()
                else:
                    self.dismiss(choice)
                return

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    def action_compare(self) -> None:
        box = self.query_one("#conflict-diff")
        if not box.display:
            table = side_by_side(self.conflict.disk_text(), self.conflict.mine, self.tr("tui.conflict.theirs_side"), self.tr("tui.conflict.mine_side"), self.tr("tui.conflict.line"))
            self.query_one("#conflict-diff-text", Static).update(table if table is not None else self.tr("tui.conflict.same"))
        box.display = not box.display

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "compare":
            self.action_compare()
        else:
            self.dismiss(event.button.id)
