"""One question, one line of answer: the dialog the advisor commands ask with."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class AskText(ModalScreen[str | None]):
    """One question, one line of answer; Escape cancels."""

    DEFAULT_CSS = """
    AskText { align: center middle; }
    AskText > Vertical { width: 70; height: auto; padding: 1 2; border: round $primary; background: $surface; }
    AskText #ask-hint { color: $text-muted; }
    AskText #ask-keys { color: $text-muted; margin: 1 0 0 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "advisor.tui.back", id="ask.cancel")]

    def __init__(self, question: str, *, value: str = "", hint: str = "", title: str = "", keys: str = "") -> None:
        super().__init__()
        self.question, self.value, self.hint, self.dialog_title, self.key_hint = question, value, hint, title, keys

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, id="ask-question")
            # A value given is kept and the cursor put after it: the first key typed adds to it.
            yield Input(self.value, id="ask-input", select_on_focus=False)
            yield Static(self.hint, id="ask-hint")
            yield Static(self.key_hint, id="ask-keys")

    def on_mount(self) -> None:
        self.query_one(Vertical).border_title = self.dialog_title
        box = self.query_one(Input)
        box.focus()
        box.cursor_position = len(box.value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
