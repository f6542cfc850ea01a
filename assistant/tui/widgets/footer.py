"""The compact footer, built so its keys need no second styling pass."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


FIRST = ("portfolio_back", "app.portfolio_back")  # actions shown before all others, whatever the screen's keys


class CompactFooter(Footer):
    """`Footer(compact=True)` that looks the same but styles each key once.

    A `FooterKey` is compact by default but gets its `-compact` class only from its watcher
    once it is mounted, so every key of every recompose (the footer recomposes when the
    bindings change: on mount, on each focus change) is styled a second time. Here the keys
    carry the class from the start, and the watcher finds nothing to change.

    It also recomposes only when what it shows changes: Textual's footer removes and mounts
    all its keys whenever the screen's bindings may have changed (each focus change), though
    most of the time the same keys come back.
    """

    _shown: tuple | None = None  # the bindings the keys were last composed from

    def __init__(self, *children, **kwargs) -> None:
        kwargs.setdefault("compact", True)
        super().__init__(*children, **kwargs)

    def compose(self) -> ComposeResult:
        compact = self.compact
        widgets = list(super().compose())
        # The way back to a portfolio first: it is the key a user who came from one looks for.
        widgets.sort(key=lambda w: not (isinstance(w, FooterKey) and w.action in FIRST))
        # Keys that do not fit beside the command palette's key are left out rather than drawn
        # under it (they stay in F1's help and the palette): the screen's own keys come first.
        room = (self.size.width or self.app.size.width) - sum(
            _width(w) + 1 for w in widgets if isinstance(w, FooterKey) and w.has_class("-command-palette")
        )
        for widget in widgets:
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                room -= _width(widget)
                if room < 0:
                    continue
            if compact and isinstance(widget, FooterKey):
                widget.set_class(True, "-compact", update=False)
            yield widget

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)

    def _showing(self) -> tuple | None:
        if not self._bindings_ready or not self.is_attached:
            return None
        active = self.screen.active_bindings
        keys = tuple((key, b.binding, b.enabled, b.tooltip) for key, b in active.items())
        return (keys, self.compact, self.show_command_palette, self.app.ENABLE_COMMAND_PALETTE, self.size.width)

    async def recompose(self) -> None:
        showing = self._showing()
        if showing is not None and showing == self._shown and self.children:
            return  # the same keys, enabled the same way: nothing to redo
        self._shown = showing
        await super().recompose()


def _width(key: FooterKey) -> int:
    """Cells a compact key takes: «f7 Hopp over» and the gap after it."""
    description = key.description
    return len(key.key_display) + (1 + len(description) if description else 0) + 1
