"""The live panel's scheduling: after a pause in typing, the sketch is judged in a thread and
the state handed to the screens that show it (`LiveUpdated`). A mixin of `SkisseApp`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen
from textual.worker import get_current_worker

from .gcfreeze import freeze_heap
from .messages import LiveUpdated

if TYPE_CHECKING:  # imported on first use: the start screen needs none of them
    from .live import LiveState


class LiveScheduling:
    """`schedule_live` after each change; `_run_live` in a thread; `_live_ready` back on the app."""

    def schedule_live(self, immediately: bool = False) -> None:
        if self.draft is None:
            return
        if self._live_timer is not None:
            self._live_timer.stop()
        if immediately:
            self._run_live(self.draft.text, str(self.draft.path))
        else:
            self._live_timer = self.set_timer(self.live_delay, lambda: self._run_live(self.draft.text, str(self.draft.path)), name="live")

    @work(thread=True, exclusive=True, group="live")
    def _run_live(self, text: str, path: str) -> None:
        from .live import Abandoned, compute_live

        worker = get_current_worker()
        try:
            state = compute_live(text, self.services, path, abandon=lambda: worker.is_cancelled, lang=self.lang)
        except Abandoned:
            return
        draft = self.draft
        if draft is not None and str(draft.path) == path:
            state.read_notes = list(draft.warnings)  # kept in the live panel, not only in an 8 s notice
        if not worker.is_cancelled:
            self.call_from_thread(self._live_ready, state)

    def _live_running(self) -> bool:
        return any(w.node is self and w.group == "live" and not w.is_finished for w in self.workers)

    def _live_ready(self, state: LiveState) -> None:
        if self.draft is None or state.text != self.draft.text:
            return  # a newer text is on its way
        first = self.live is None
        self.live = state
        if first:
            freeze_heap()
        for screen in self.screen_stack:
            # Only to screens that show it: a message to a screen in the background (the start
            # screen under every workspace) makes it repaint, and Textual then repaints the
            # whole screen on top: every line of the editor, after each pause in typing.
            if _handles(screen, LiveUpdated):
                screen.post_message(LiveUpdated(state))


def _handles(screen: Screen, message_type: type) -> bool:
    """Whether `screen` has a handler for `message_type` (`@on(...)` or `on_<name>`)."""
    name = message_type.handler_name  # type: ignore[attr-defined]
    for cls in type(screen).__mro__:
        if message_type in (cls.__dict__.get("_decorated_handlers") or {}):
            return True
        if name in cls.__dict__ or f"_{name}" in cls.__dict__:
            return True
    return False


