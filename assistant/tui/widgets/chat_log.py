"""The chat of the coach and the interview: it follows the newest message, as a chat does; in the
coach, a reply taller than the view stops scrolling where the user's question stands at the top.

Followed to the bottom, a long reply (the offline coach's answer fills more than a screen at
80×24) would show only its end: the question that asked it, and the reply's first lines, would
have scrolled past before they were ever drawn. Held, the user reads the reply from its start;
scrolling to the bottom (End, the wheel) follows new messages again.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widget import Widget


class ChatLog(VerticalScroll):
    """A chat that follows its end, except past the top of the message it was told to hold."""

    def __init__(self, *children: Widget, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*children, **kwargs)
        self._hold: Widget | None = None
        self._waits = 0  # refreshes waited for the held message to be laid out

    def on_mount(self) -> None:
        self.anchor()

    def hold(self, message: Widget) -> None:
        """Follow what comes after `message`, but never scroll it out of view at the top."""
        self._hold = message
        self._waits = 0
        self.anchor()  # a user who had scrolled up: the new message is shown all the same

    def watch_virtual_size(self) -> None:
        # The messages grow as a reply streams in; once they are laid out, see whether the
        # held message has reached the top.
        if self._hold is not None:
            self.call_after_refresh(self._check_hold)

    def _check_hold(self) -> None:
        message = self._hold
        if message is None:
            return
        if message.parent is not self:
            self._hold = None
            return
        if not message.is_mounted or message.virtual_region.height == 0:
            # Not laid out yet, its place unknown (a region of 0 would scroll to the top).
            self._waits += 1
            if self._waits < 50:
                self.call_after_refresh(self._check_hold)
            return
        top = message.virtual_region.y
        if self.max_scroll_y > top:  # the bottom lies more than a view below the message
            self._hold = None
            self.release_anchor()
            self.scroll_to(y=top, animate=False, immediate=True)
