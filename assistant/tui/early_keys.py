"""Keys that come while a screen for writing is being put up, kept for it in the order typed.

Opening a sketch pushes the editor; it is composed and mounted a few messages later, and Textual
gives its text area the focus later still (`Widget.focus` is queued behind the keys already
waiting). Keys typed in that moment (a fast start: «skisse sterk.md», then at once Ctrl+End and
text; tmux send-keys; a text expander) went to a screen with nothing focused and were lost.

`EarlyKeys` is part of `SkisseApp` (app.py): while the screen shown has `takes_early_keys` and
has not yet said it is ready, keys are held; the screen's `on_mount` calls
`app.release_early_keys(widget)`, which, right after the message being handled, focuses that
widget and hands the held keys on in order, before any key that came after them.
"""

from __future__ import annotations

from textual import events
from textual.widget import Widget


class EarlyKeys:
    """Hold keys for a screen that is not ready, then hand them on in order."""

    _early_keys: list[events.Key] | None = None

    def hold_early_key(self, event: events.Event) -> bool:
        """Keep `event` for the screen being put up; True when it was kept."""
        if not isinstance(event, events.Key) or event.is_forwarded:
            return False
        screen = self.screen  # type: ignore[attr-defined]
        if not getattr(screen, "takes_early_keys", False) or getattr(screen, "early_keys_released", False):
            return False
        if self._early_keys is None:
            self._early_keys = []
        self._early_keys.append(event)
        return True

    def release_early_keys(self, widget: Widget) -> None:
        """The screen is mounted: focus `widget` and hand it the held keys, before any later key."""
        widget.screen.early_keys_released = True  # type: ignore[attr-defined]
        self.call_next(self._replay_early_keys, widget)  # type: ignore[attr-defined]

    async def _replay_early_keys(self, widget: Widget) -> None:
        keys, self._early_keys = self._early_keys or [], None
        if widget.is_attached and widget.screen is self.screen:  # type: ignore[attr-defined]
            widget.screen.set_focus(widget)  # now, not queued behind the keys
        for key in keys:
            await self.on_event(key)  # type: ignore[attr-defined]
