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


# What an export leaves out: a whole escape sequence (CSI `ESC [ … m`, OSC `ESC ] … BEL` such as
# a window title or a hyperlink's address, a string or a two-character escape), then any control
# character left (C0 but tab, line feed and carriage return; DEL; C1) and the bidi marks,
# embeddings, overrides and isolates, which would reorder the text on the page. Text between an
# OSC 8 hyperlink's two sequences is the visible text and stays.
_SEQUENCE = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"  # CSI
    "|\x9b[0-?]*[ -/]*[@-~]"  # CSI, 8-bit
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n\r]*(?:\x07|\x1b\\\\|\x9c)?"  # OSC, DCS, SOS, PM, APC
    "|\x1b[ -/]*[0-~]"  # any other escape
)
CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def without_controls(text: str) -> str:
    """The text as a reader sees it: escape sequences and control and bidi characters taken out,
    tab and line ends kept (so every line keeps its number).

    >>> without_controls("Trygg \\x1b]0;HACKED\\x07heime \\x1b[31mNÅ\\x1b[0m \\u202eevil\\u202c")
    'Trygg heime NÅ evil'
    """
    if not text or CONTROLS.search(text) is None:
        return text
    return CONTROLS.sub("", _SEQUENCE.sub("", text))


def first_control_line(text: str, *, skip_nul: bool = True) -> int | None:
    """The 1-based line of the first control or bidi character in `text` (NUL left out with
    `skip_nul`: it has a note of its own), or None."""
    for found in CONTROLS.finditer(text):
        if skip_nul and found.group(0) == "\x00":
            continue
        return text.count("\n", 0, found.start()) + 1
    return None
