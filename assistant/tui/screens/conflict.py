"""The sketch changed on disk while it was open: reload theirs, keep mine as a copy, or overwrite."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..keys import UiLanguage


class ConflictScreen(UiLanguage, ModalScreen[str | None]):
    """Returns 'reload', 'mine' or 'overwrite'; D shows what differs. Nothing is written until chosen."""

    CSS_PATH = "conflict.tcss"
    BINDINGS = [
        Binding("r", "choose('reload')", "tui.key.conflict_reload", id="conflict.reload"),
        Binding("k", "choose('mine')", "tui.key.conflict_mine", id="conflict.mine"),
        Binding("o", "choose('overwrite')", "tui.key.conflict_overwrite", id="conflict.overwrite"),
        Binding("d", "compare", "tui.key.conflict_compare", id="conflict.compare"),
    ]

    def __init__(self, conflict) -> None:
        super().__init__()
        self.conflict = conflict

    def compose(self) -> ComposeResult:
        with Vertical(id="conflict-dialog"):
            yield Static(self.tr("tui.conflict.question", name=self.conflict.path.name), id="conflict-question")
            with VerticalScroll(id="conflict-diff"):
                yield Static(id="conflict-diff-text", markup=False)
            with Horizontal(id="conflict-buttons"):
                yield Button(self.tr("tui.conflict.reload"), id="reload", variant="primary")
                yield Button(self.tr("tui.conflict.mine"), id="mine")
                yield Button(self.tr("tui.conflict.overwrite"), id="overwrite", variant="warning")
                yield Button(self.tr("tui.conflict.compare"), id="compare")

    def on_mount(self) -> None:
        self.query_one("#conflict-diff").display = False
        self.query_one("#reload", Button).focus()

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    def action_compare(self) -> None:
        box = self.query_one("#conflict-diff")
        if not box.display:
            diff = self.conflict.diff() or self.tr("tui.conflict.same")
            self.query_one("#conflict-diff-text", Static).update(diff)
        box.display = not box.display

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "compare":
            self.action_compare()
        else:
            self.dismiss(event.button.id)
