"""Textual's own texts in the UI language. Textual has no translations: its system commands, the
command palette's placeholder and «No matches found», and the descriptions of the few of its
bindings a user reads (the select menu's «esc Dismiss menu», the palette's keys) are replaced here."""

from __future__ import annotations

from dataclasses import replace

from textual.binding import BindingsMap
from textual.command import CommandPalette

from ..i18n import t

# Textual's English binding descriptions -> catalogue keys.
BINDING_TEXTS = {
    "Dismiss menu": "tui.textual.dismiss_menu",
    "Show menu": "tui.textual.show_menu",
    "Exit the command palette": "tui.textual.exit_palette",
    "Go to bottom": "tui.textual.bottom",
    "Go to top": "tui.textual.top",
    "Next command": "tui.textual.next_command",
    "Previous command": "tui.textual.previous_command",
    "Next page": "tui.textual.next_page",
    "Previous page": "tui.textual.previous_page",
}


def _localise_class(cls: type, lang: str) -> None:
    original = cls.__dict__.get("_english_bindings")
    if original is None:
        original = cls._merged_bindings  # type: ignore[attr-defined]
        if original is None:
            return
        cls._english_bindings = original  # type: ignore[attr-defined]
    bindings = [
        replace(b, description=t(BINDING_TEXTS[b.description], lang)) if b.description in BINDING_TEXTS else b
        for group in original.key_to_bindings.values()
        for b in group
    ]
    cls._merged_bindings = BindingsMap(bindings)  # type: ignore[attr-defined]


def localise_textual(lang: str) -> None:
    """Give Textual's widgets made from now on their key descriptions in `lang`."""
    from textual.widgets._select import Select, SelectOverlay

    for cls in (SelectOverlay, Select, Palette):
        _localise_class(cls, lang)


class Palette(CommandPalette):
    """The command palette with its placeholder and «no matches» in the UI language."""

    def __init__(self, *args, placeholder: str | None = None, **kwargs) -> None:
        lang = kwargs.pop("lang", "nb")
        self._lang = lang
        super().__init__(*args, placeholder=placeholder or t("tui.palette.placeholder", lang), **kwargs)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        from rich.align import Align
        from rich.text import Text
        from textual.command import CommandList
        from textual.widgets.option_list import Option

        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(t("tui.palette.no_matches", self._lang), style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
