"""The row of workspace screens under the header: where you are, and F2–F6 to go elsewhere.

Under it, while the text is not saved to the file (a failed autosave, a journal that could not
be written), a warning that stays on every workspace screen until a save succeeds
(`SkisseApp.unsaved_warning`)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ...i18n import t

STOPS = (("interview", "F2"), ("editor", "F3"), ("budget", "F4"), ("partners", "F5"), ("export", "F6"), ("coach", "F12"))


class NavBar(Static):
    """Clickable too: each name runs the same action as its key."""

    DEFAULT_CSS = """
    NavBar { height: auto; max-height: 6; background: $panel; padding: 0 1; }
    """

    def __init__(self, current: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.current = current

    def on_mount(self) -> None:
        self.relabel()

    def on_resize(self) -> None:
        self.relabel()

    def relabel(self) -> None:
        """Every stop, F2 to F12, always: the gaps shrink first, then the other stops show their
        key alone, so a narrow terminal (80 columns) still shows where F12 leads."""
        lang = self.app.lang  # type: ignore[attr-defined]
        width = (self.size.width or self.app.size.width - 2) if self.is_attached else 0
        labels = [(name, key, f"{key} {t(f'tui.key.{name}', lang)}") for name, key in STOPS]
        plans = [("  │  ", False), (" │ ", False), ("│", False), ("│", True)]
        for gap, short in plans:
            shown = [label if (name == self.current or not short) else key for name, key, label in labels]
            if not width or sum(map(len, shown)) + 2 + len(gap) * (len(shown) - 1) <= width:
                break
        parts = []
        for (name, _key, _label), text in zip(labels, shown, strict=True):
            if name == self.current:
                parts.append(f"[bold reverse] {text} [/]")
            else:
                parts.append(f"[@click=app.show('{name}')]{text}[/]")
        markup = f"[dim]{gap}[/]".join(parts)
        warning = getattr(self.app, "unsaved_warning", lambda: None)()
        if (markup, warning) == getattr(self, "_shown", None):
            return  # unchanged: no repaint, no new layout (this runs after every autosave)
        self._shown = (markup, warning)
        row = Content.from_markup(markup)
        self.set_class(warning is not None, "-unsaved")
        if warning is not None:  # plain text (a file name in it is never markup)
            row = Content.assemble(row, "\n", (warning, "bold $text-error"))
        self.update(row)
