"""The Rich console every command prints through: colours kept, text from files made visible."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from rich.console import Console
from rich.segment import Segment

from ..core.sketch.safetext import raw_stream, visible


class SafeConsole(Console):
    """A Rich console whose text segments pass through `safetext.visible`.

    Rich writes its own colour and cursor codes as it renders; the text between them, which may
    come from a sketch, a file name or a model, is made visible first. It writes to the stream
    under the command line's `SafeStream`, so its own codes reach the terminal unchanged."""

    @property  # type: ignore[override]
    def file(self) -> IO[str]:
        return raw_stream(Console.file.fget(self))  # type: ignore[attr-defined]

    @file.setter
    def file(self, new_file: IO[str]) -> None:
        self._file = new_file

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        return super()._render_buffer(
            segment if segment.control or not segment.text else Segment(visible(segment.text), segment.style)
            for segment in buffer
        )


def safe_console(**kwargs: Any) -> SafeConsole:
    kwargs.setdefault("highlight", False)
    return SafeConsole(**kwargs)
