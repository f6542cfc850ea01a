"""Text from a sketch, a file name, a lock file or a model, made safe for the window.

Textual reads `[` … `]` in a string as markup: an applicant named `Test [/]AS`, a lock file's
host `fileserver[/]` or a file named `rapport[b=x:y].md` crashed the screen that showed it
(MarkupError). A control character reaches the terminal as it is: a model's reply could set the
window title or clear the chat. Every such string passes through here before it is shown:

* `shown(value)` for a markup string (Static, notifications, option lists): markup escaped,
  controls made visible (`safetext.visible`);
* `tr(key, lang, **values)` for a text from the locale files: the template is ours and may hold
  markup, each value is `shown`;
* `cell(value)` for a table cell: a Rich `Text`, never read as markup;
* `widgets.safe_markdown.SafeMarkdown` for a model's reply: controls made visible, and links shown as the text they
  are, never made clickable (`[here](https://…)` is not a link a click can follow).
"""

from __future__ import annotations

import re

from rich.segment import Segment
from rich.text import Text
from textual.color import Color
from textual.filter import LineFilter

from ..core.sketch.safetext import UNSAFE, visible
from ..i18n import t


# Textual reads any run of backslashes just before «[» as escaping it (n backslashes show n - 1);
# `textual.markup.escape` leaves a «[» alone unless a tag-like «]» follows with no «[» between,
# so «\u001b[2J [dim]» slipped through and swallowed the next tag.
_BRACKET = re.compile(r"(\\*)\[")


def shown(value: object) -> str:
    """The value as markup that shows exactly its text (controls made visible)."""
    text = _BRACKET.sub(lambda m: m.group(1) + "\\[", visible(str(value)))
    if text.endswith("\\"):
        text += "\u200b"  # a backslash at the end would escape the markup that follows the value
    return text


def tr(key: str, lang: str, /, **values: object) -> str:
    """The locale text for `key`, each value escaped (numbers pass as they are, for format specs)."""
    return t(key, lang, **{k: v if isinstance(v, int | float) else shown(v) for k, v in values.items()})


def cell(value: object) -> Text:
    """A table cell that shows its text as it is, never as markup."""
    return Text(visible(str(value)))


class ControlCharacters(LineFilter):
    """The window's last guard: no control, escape or bidi character reaches the terminal.

    Applied to every line of every widget (the editor showing a sketch that holds `ESC[2J`, an
    input filled from the metadata, a title). Text shown through `shown`, `cell` or
    `SafeMarkdown` has its controls made visible before this; here, what is left is dropped.
    These characters take no cell on screen, so dropping them moves nothing: the editor's cursor
    stays where the text is."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        if not any(not s.control and UNSAFE.search(s.text) for s in segments):
            return segments
        return [s if s.control else Segment(UNSAFE.sub("", s.text), s.style) for s in segments]
