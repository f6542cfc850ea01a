"""Messages that travel across the app: between screens, widgets and the App."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from .live import LiveState


class OpenSketch(Message):
    """Open this sketch file in the workspace."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class DraftChanged(Message):
    """The draft's text changed; screens showing it should refresh."""

    def __init__(self, source: object | None = None) -> None:
        super().__init__()
        self.source = source


class LiveUpdated(Message):
    """Fresh checklist, page count and figures for the draft."""

    def __init__(self, state: LiveState) -> None:
        super().__init__()
        self.state = state


class JumpToLine(Message):
    """Show this 1-based line of the sketch in the editor."""

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line


class SaveEvent(Message):
    """What the autosaver (on its own thread) reports: 'saved', 'conflict' or 'error'."""

    def __init__(self, kind: str, *, conflict: object | None = None, error: Exception | None = None, recreated: bool = False) -> None:
        super().__init__()
        self.kind = kind
        self.conflict = conflict
        self.error = error
        self.recreated = recreated  # 'saved': the file had been deleted or moved away, and was written again
