"""F1: what each screen is for and every key, in the UI language."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from ..keys import UiLanguage


class HelpScreen(UiLanguage, ModalScreen[None]):
    """The help text; Esc or F1 closes it."""

    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q,question_mark", "close", "tui.key.close", id="help.close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-dialog"):
            yield Markdown(id="help-text")

    def on_mount(self) -> None:
        self.relabel()
        self.query_one("#help-dialog").focus()

    def relabel(self) -> None:
        self.query_one("#help-text", Markdown).update(self.tr("tui.help.text"))
        # On the frame, where it shows however far the text is scrolled: how to leave.
        self.query_one("#help-dialog").border_subtitle = self.tr("tui.help.keys")

    def action_close(self) -> None:
        self.dismiss(None)
