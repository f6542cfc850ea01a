"""The row of workspace screens under the header: where you are, and F2–F6 to go elsewhere."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...i18n import t

STOPS = (("interview", "F2"), ("editor", "F3"), ("budget", "F4"), ("partners", "F5"), ("export", "F6"), ("coach", "F12"))


class NavBar(Static):
    """Clickable too: each name runs the same action as its key."""

    DEFAULT_CSS = """
    NavBar { height: 1; background: $panel; padding: 0 1; }
    """

    def __init__(self, current: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.current = current

    def on_mount(self) -> None:
        self.relabel()

    def relabel(self) -> None:
        lang = self.app.lang  # type: ignore[attr-defined]
        parts = []
        for name, key in STOPS:
            label = f"{key} {t(f'tui.key.{name}', lang)}"
            if name == self.current:
                parts.append(f"[bold reverse] {label} [/]")
            else:
                parts.append(f"[@click=app.show('{name}')]{label}[/]")
        self.update(Content.from_markup("  [dim]│[/]  ".join(parts)))
