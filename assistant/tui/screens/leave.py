"""Leaving (quit, or opening another sketch) while the text is not in the file: what now?

Four answers, each with its key (digits, the same in every language): save again (1), save a copy
elsewhere (2), leave anyway (3: the
text stays in the recovery journal and is offered at the next start; when the journal could not
be written either, the answer says plainly that leaving loses the text), or stay (Esc).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from ..keys import UiLanguage

CHOICES = ("retry", "save_as", "leave", "stay")


class LeaveScreen(UiLanguage, ModalScreen[str | None]):
    """Returns 'retry', 'save_as', 'leave' or 'stay'."""

    AUTO_FOCUS = "#leave-save_as"

    DEFAULT_CSS = """
    LeaveScreen { align: center middle; }
    #leave-dialog { width: 76; max-width: 100%; height: auto; max-height: 100%; border: thick $error; background: $surface; padding: 0 1; }
    #leave-question { height: auto; margin-bottom: 1; }
    #leave-dialog Button { width: 100%; height: 1; border: none; margin: 0 0 0 0; }
    #leave-dialog #leave-leave { margin-top: 1; }
    """
    BINDINGS = [
        Binding("1", "choose('retry')", "tui.leave.key_retry", id="leave.retry", show=False),
        Binding("2", "choose('save_as')", "tui.leave.key_save_as", id="leave.save_as", show=False),
        Binding("3", "choose('leave')", "tui.leave.key_leave", id="leave.leave", show=False),
        Binding("escape", "choose('stay')", "tui.leave.key_stay", id="leave.stay", show=False),
    ]

    def __init__(self, *, name: str, why: str, journal_lost: bool, closing: str = "quit") -> None:
        super().__init__()
        self.file_name, self.why, self.journal_lost, self.closing = name, why, journal_lost, closing

    def compose(self) -> ComposeResult:
        leave = f"tui.leave.{self.closing}_{'lost' if self.journal_lost else 'kept'}"
        with Vertical(id="leave-dialog"):
            yield Static(self.tr("tui.leave.question", name=self.file_name, why=self.why), id="leave-question")
            yield Button(self.tr("tui.leave.retry"), id="leave-retry", variant="primary")
            yield Button(self.tr("tui.leave.save_as"), id="leave-save_as", variant="success")
            yield Button(self.tr(leave), id="leave-leave", variant="error")
            yield Button(self.tr("tui.leave.stay"), id="leave-stay")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "leave-stay").removeprefix("leave-"))
