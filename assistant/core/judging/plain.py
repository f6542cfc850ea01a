"""Rubric and finding text for a screen that shows no Markdown (a terminal).

The rubric's messages may mark a command or a name as code («`skisse new` viser en mal»); a
Markdown view shows it as code, a terminal would show the backticks. Here a code span is said
the way Skisse's own terminal messages quote a command: «skisse new». Words quoted from the
sketch are left as written, backticks and all: only the catalogue's text is changed.
"""

from __future__ import annotations

import re

from .findings import Said

_CODE = re.compile(r"(«)?`([^`\n]+)`(»)?")
_QUOTE = re.compile(r"«[^«»\n]*»")


def _quoted(match: re.Match[str]) -> str:
    """A code span as a quote; one the catalogue already put in «» keeps that one pair."""
    before, code, after = match.group(1) or "", match.group(2), match.group(3) or ""
    if before and after:
        return f"«{code}»"
    return f"{before}«{code}»{after}"


def _values(said: Said) -> list[str]:
    """The text of every value put into `said` (and into the values said within it)."""
    out: list[str] = []
    for value in said.values.values():
        if isinstance(value, Said):  # words of the catalogue: only the values put into them
            out.extend(_values(value))
        elif isinstance(value, str):
            out.append(value)
    return out


def without_code_marks(text: str | None) -> str | None:
    """`text` with each Markdown code span («`skisse new`») shown as «skisse new». A backtick
    that came from the sketch is kept: a value put into a message that remembers how it was
    said (`Said`), or, in a text that does not, a «quote»."""
    if not text or "`" not in text:
        return text
    if isinstance(text, Said):
        kept = [v for v in _values(text) if "`" in v]
    else:
        kept = [m.group(0) for m in _QUOTE.finditer(text) if "`" in m.group(0)]
    spans = [(m.start(), m.end()) for v in kept for m in re.finditer(re.escape(v), text)]
    if not spans:
        return _CODE.sub(_quoted, text)

    def mark(match: re.Match[str]) -> str:
        ticks = (match.start(0) + len(match.group(1) or ""), match.end(0) - len(match.group(3) or "") - 1)
        if any(start <= tick < end for tick in ticks for start, end in spans):
            return match.group(0)
        return _quoted(match)

    return _CODE.sub(mark, text)
