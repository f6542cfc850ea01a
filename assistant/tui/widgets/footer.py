"""The compact footer, built so its keys need no second styling pass."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


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
        for widget in super().compose():
            if compact and isinstance(widget, FooterKey):
                widget.set_class(True, "-compact", update=False)
            yield widget

    def _showing(self) -> tuple | None:
        if not self._bindings_ready or not self.is_attached:
            return None
        active = self.screen.active_bindings
        keys = tuple((key, b.binding, b.enabled, b.tooltip) for key, b in active.items())
        return (keys, self.compact, self.show_command_palette, self.app.ENABLE_COMMAND_PALETTE)

    async def recompose(self) -> None:
        showing = self._showing()
        if showing is not None and showing == self._shown and self.children:
            return  # the same keys, enabled the same way: nothing to redo
        self._shown = showing
        await super().recompose()
