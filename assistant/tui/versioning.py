"""When the window keeps a version of the open sketch in its history.

Autosaves (1.5 s after typing stops) write the file but keep no version: a version per autosave
would bury the few an advisor wants among hundreds. A version is kept:

- when the sketch is opened (the text as found);
- after a change, once the window has been idle for `IDLE_VERSION_AFTER` seconds;
- on leaving a screen (F2-F6, F12, Ctrl+O) with changes not yet kept;
- on export, on Ctrl+S, and when the window closes.

A text equal to the latest version is never kept twice. Each version's note says which of these
kept it, in the reader's language. `Versioning` is part of `SkisseApp` (app.py); the clock is
the services' clock, so tests move time by hand.
"""

from __future__ import annotations

IDLE_VERSION_AFTER = 60.0  # seconds without a change, after a change, before a version is kept
IDLE_CHECK_EVERY = 5.0  # how often the window looks (a timer; the clock decides)


class Versioning:
    """A version at the moments listed above, through `advising.record_save_in_background`."""

    _changed_at: float | None = None  # the clock at the last change not yet kept as a version

    def _start_versioning(self) -> None:
        self.set_interval(IDLE_CHECK_EVERY, self.idle_tick, name="idle-version")  # type: ignore[attr-defined]

    def _changed(self) -> None:
        """The draft changed: the idle wait starts again."""
        self._changed_at = self.services.clock()  # type: ignore[attr-defined]

    def idle_tick(self) -> None:
        """Keep a version when the last change is `IDLE_VERSION_AFTER` seconds old."""
        if self._changed_at is None or getattr(self, "draft", None) is None:
            return
        if self.services.clock() - self._changed_at >= IDLE_VERSION_AFTER:  # type: ignore[attr-defined]
            self.keep_version("idle")

    def keep_version(self, why: str, *, changed_only: bool = False) -> None:
        """Keep the text as a version now (off the UI thread), noting `why` («idle», «screen»,
        «export», «save», «open»). With `changed_only`, only when something changed since the
        last version the window kept."""
        if getattr(self, "draft", None) is None or (changed_only and self._changed_at is None):
            return
        self._changed_at = None
        from ..advisor.versions import note_key
        from .advising import record_save_in_background

        record_save_in_background(self, note=note_key(why))

    def keep_version_on_close(self) -> None:
        """The last text, on this thread (a worker would not outlive the window)."""
        from ..advisor.versions import note_key
        from .advising import record_save_now

        self._changed_at = None
        record_save_now(self, note=note_key("close"))
