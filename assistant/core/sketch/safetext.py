"""Text from a sketch, a file name or a model, made safe for a terminal: the one place that does it.

A terminal obeys the control characters it is sent: an escape sequence in an applicant's name
can clear the screen, set the window title or put a command on the clipboard (OSC 52), a
carriage return can print «OK» over «FEIL», and a bidi override can show a text reversed.
`visible` writes each such character as its escape, `\\u001b`, so the reader sees it and the
terminal does nothing with it. The form is JSON's own escape: in JSON output it is read back as
the same character, so a JSON document stays valid and exact; in text it is plainly visible.

`SafeStream` applies `visible` to everything written; the command line wraps stdout and stderr
in it for every command (see `cli.main`). Writers that colour their output themselves (our
Rich console, the check report) apply `visible` to each piece of text and write the colours
to the stream underneath (`SafeStream.raw`).
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# C0 controls except tab and line feed, DEL, C1 controls, and the bidi marks, embeddings,
# overrides and isolates (U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069).
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group(0)):04x}"


def visible(text: str) -> str:
    """The text with every control, escape and bidi character written as `\\uXXXX`.

    >>> visible("Bergen\\x1b]52;c;Y3VybA==\\x07 kommune")
    'Bergen\\\\u001b]52;c;Y3VybA==\\\\u0007 kommune'
    """
    if not text or UNSAFE.search(text) is None:
        return text
    return UNSAFE.sub(_escape, text)


def is_visible(text: str) -> bool:
    """True when the text holds nothing a terminal would act on."""
    return UNSAFE.search(text) is None


class SafeStream:
    """A text stream that shows control characters instead of sending them (see `visible`)."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        self.raw.write(visible(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.raw.flush()

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding, buffer, …
        return getattr(self.raw, name)


def raw_stream(stream: Any) -> Any:
    """The stream under a `SafeStream` (for writers that make their text visible themselves)."""
    return getattr(stream, "raw", stream) if isinstance(stream, SafeStream) else stream
