"""A multi-line answer box that grows with its text: Enter sends, Shift+Enter or Ctrl+J breaks the line."""

from __future__ import annotations

from dataclasses import replace

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import TextArea


_TAKEN = {"f6", "f7", "ctrl+d"}
_NEWLINE_KEYS = ("shift+enter", "ctrl+j")


class AnswerBox(TextArea, inherit_bindings=False):
    """A `TextArea` for chat answers. Most terminals send Shift+Enter as Enter; Ctrl+J always
    arrives as its own key (a line feed), so both are bound to a new line."""

    DEFAULT_CSS = """
    AnswerBox { height: auto; min-height: 3; max-height: 10; }
    """
    # TextArea's F6 (select line), F7 (select all) and Ctrl+D (delete right, as Delete does) would
    # take the interview's keys; they are left out.
    BINDINGS = [
        *(
            replace(b, key=",".join(k for k in b.key.split(",") if k not in _TAKEN))
            for b in TextArea.BINDINGS
            if isinstance(b, Binding) and set(b.key.split(",")) - _TAKEN
        ),
        Binding("shift+enter,ctrl+j", "newline", "tui.key.newline", id="answer.newline", key_display="^j"),
    ]

    class Submitted(Message):
        """The user pressed Enter: `value` is the whole text."""

        def __init__(self, box: AnswerBox, value: str) -> None:
            super().__init__()
            self.box = box
            self.value = value

        @property
        def control(self) -> AnswerBox:
            return self.box

    def __init__(self, *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(id=id, soft_wrap=True, show_line_numbers=False, tab_behavior="focus", compact=True, placeholder=placeholder)

    def on_mount(self) -> None:
        from ..keys import localise_bindings

        localise_bindings(self, self.app.lang)  # type: ignore[attr-defined]

    @property
    def value(self) -> str:
        return self.text

    @value.setter
    def value(self, text: str) -> None:
        self.load_text(text)

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self, self.text))
            return
        if event.key in _NEWLINE_KEYS:
            # The new line goes in now, as typed letters do: run as a binding's action it came
            # after the letters typed behind it in the same burst, gluing the lines together.
            event.stop()
            event.prevent_default()
            self.action_newline()
            return
        await super()._on_key(event)

    def action_undo(self) -> None:
        """Undo typing in the box; an empty box's Ctrl+Z undoes the last answer written in."""
        if self.history.undo_stack:
            self.undo()
            return
        undo_answer = getattr(self.screen, "action_undo_answer", None)
        if undo_answer is not None:
            undo_answer()

    def action_newline(self) -> None:
        start, end = self.selection
        self._replace_via_keyboard("\n", start, end)
