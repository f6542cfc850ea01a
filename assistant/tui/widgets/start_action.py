"""The start screen's two actions (new sketch, open a file): a focusable line of text that
presses like a button.

Textual's `Button` brings some 7 KB of CSS (every variant, every state) that must be parsed and
matched before the first screen can be drawn; the start screen needs two plain buttons, so
these are a `Static` with a few lines of style. The other screens keep Textual's buttons.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Static


class StartAction(Static, can_focus=True):
    """A button drawn as a centred label in a three-line block; Enter, space or a click press it."""

    DEFAULT_CSS = """
    StartAction { width: 100%; height: 3; content-align: center middle; background: $panel; text-style: bold; }
    StartAction.-primary { background: $primary; color: $text; }
    StartAction:hover { background: $panel-lighten-1; }
    StartAction.-primary:hover { background: $primary-lighten-1; }
    StartAction:focus { text-style: bold reverse; }
    """
    BINDINGS = [Binding("enter,space", "press", show=False)]

    class Pressed(Message):
        """The action was pressed."""

        def __init__(self, action: StartAction) -> None:
            super().__init__()
            self.action = action

        @property
        def control(self) -> StartAction:
            return self.action

    def __init__(self, label: str, *, id: str, primary: bool = False) -> None:  # noqa: A002 - Textual's name
        super().__init__(label, id=id, classes="-primary" if primary else "", markup=False)
        self._label = label

    @property
    def label(self) -> str:
        return self._label

    @label.setter
    def label(self, text: str) -> None:
        self._label = text
        self.update(text)

    def action_press(self) -> None:
        self.post_message(self.Pressed(self))

    def on_click(self) -> None:
        self.focus()
        self.action_press()
