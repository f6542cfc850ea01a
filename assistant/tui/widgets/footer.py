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
    """

    def __init__(self, *children, **kwargs) -> None:
        kwargs.setdefault("compact", True)
        super().__init__(*children, **kwargs)

    def compose(self) -> ComposeResult:
        compact = self.compact
        for widget in super().compose():
            if compact and isinstance(widget, FooterKey):
                widget.set_class(True, "-compact", update=False)
            yield widget
