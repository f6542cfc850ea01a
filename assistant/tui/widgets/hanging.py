"""A line of text that wraps under itself, not under what stands before it (an icon, an indent)."""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """`lead` (an icon, blanks) and then `body`; the body's wrapped lines hang under its first
    word, so a long title or finding reads as one block beside its mark."""

    def __init__(self, lead: Content, body: Content) -> None:
        self.lead = lead
        self.body = body

    def __str__(self) -> str:
        return self.lead.plain + self.body.plain  # the row's text as read, without its styles

    @property
    def indent(self) -> int:
        return self.lead.cell_length

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.indent + self.body.get_optimal_width(rules, max(1, container_width - self.indent))

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.body.get_height(rules, max(1, width - self.indent))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        room = max(1, width - self.indent)
        lines = self.body.render_strips(room, height, style, options)
        lead = self.lead.render_strips(self.indent, 1, style, options)[0] if self.indent else None
        blank = Strip.blank(self.indent, style.rich_style)
        out = []
        for n, line in enumerate(lines):
            first = lead if n == 0 and lead is not None else blank
            out.append(Strip.join([first, line.extend_cell_length(room, style.rich_style)]))
        return out
