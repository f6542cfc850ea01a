"""A proposed rewrite as hunks: each one shown as a small diff the user accepts (a) or rejects (r)."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Static

from ...i18n import t


class HunkView(Static, can_focus=True):
    """One hunk: removed paragraphs in red, added ones in green, and the user's choice above them.

    `choice` is None until the user decides, then True (accepted) or False (rejected).
    """

    DEFAULT_CSS = """
    HunkView { height: auto; margin: 1 0 0 0; padding: 0 1; border-left: thick $panel; }
    HunkView:focus { border-left: thick $accent; background: $boost; }
    HunkView.-accepted { border-left: thick $success; }
    HunkView.-rejected { border-left: thick $error; color: $text-muted; }
    """

    BINDINGS = [
        Binding("a", "choose(True)", "tuicoach.key.accept", id="hunk.accept"),
        Binding("r", "choose(False)", "tuicoach.key.reject", id="hunk.reject"),
        Binding("down,j", "step(1)", "tuicoach.key.next_hunk", id="hunk.next", show=False),
        Binding("up,k", "step(-1)", "tuicoach.key.previous_hunk", id="hunk.previous", show=False),
    ]

    KEYS = frozenset({"a", "r", "j", "k"})  # the letters a focused change keeps for itself

    choice: reactive[bool | None] = reactive(None)

    class Chosen(Message):
        """The user accepted or rejected a hunk."""

        def __init__(self, view: HunkView) -> None:
            super().__init__()
            self.view = view

    def __init__(self, hunk, total: int, lang: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hunk = hunk
        self.total = total
        self.lang = lang

    def on_mount(self) -> None:
        from ..keys import localise_bindings

        localise_bindings(self, self.lang)
        self._show()

    def watch_choice(self, choice: bool | None) -> None:
        self.set_class(choice is True, "-accepted")
        self.set_class(choice is False, "-rejected")
        self._show()

    def _show(self) -> None:
        state = {None: "pending", True: "accepted", False: "rejected"}[self.choice]
        head = t("tuicoach.rewrite.hunk", self.lang, n=self.hunk.index + 1, total=self.total)
        mark = "▶ " if self.has_focus else "  "  # the focus, visible without colours
        parts = [Content.from_markup("$mark[b]$head[/b] · $state", mark=mark, head=head, state=t(f"tuicoach.rewrite.{state}", self.lang))]
        for line in _lines(self.hunk.before):
            parts.append(Content.styled("  " + line, "dim"))
        for line in _lines(self.hunk.old_paragraphs):
            parts.append(Content.styled("- " + line, "$text-error"))
        for line in _lines(self.hunk.new_paragraphs):
            parts.append(Content.styled("+ " + line, "$text-success"))
        for line in _lines(self.hunk.after):
            parts.append(Content.styled("  " + line, "dim"))
        self.update(Content("\n").join(parts))

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        if self.is_mounted:
            self._show()

    def action_choose(self, accept: bool) -> None:
        self.choice = accept
        self.post_message(self.Chosen(self))
        self.action_step(1)

    def action_step(self, delta: int) -> None:
        views = list(self.parent.query(HunkView)) if self.parent else [self]
        index = views.index(self) + delta
        if 0 <= index < len(views):
            views[index].focus()


def _lines(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in p.split("\n")]
