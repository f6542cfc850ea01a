"""When a bold line is a heading: the one rule for text that lost its heading styles.

A draft written in a word processor without heading styles marks its headings by setting a short
line in bold (or larger). The Word import (`files.docx_read`) and the Markdown parser (a draft
pasted from Word: `**1. Hva er problemet?**` above its text) read such lines with this rule, so
the same draft gets the same parts whichever way it comes in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_WORDS = 10
MAX_CHARS = 80
# A sentence's end, or a label's colon: such a line is bold text, not a heading.
_ENDS = (".", "!", ":", ",", ";", "…")
# A full stop inside the line followed by a new sentence («Vi er klare. Nå starter vi»).
_INNER_STOP = re.compile(r"[.!?] +[A-ZÆØÅ]")
# A label and its value («Samla: 5 600 000 kr», «Dato: 1. mars») or an amount («Totalt 2,4 mill.
# kr»): a field or a total line set in bold, not a heading.
_VALUE = re.compile(r":\s*\d|\d\s*(?:kr\b|kroner|NOK|mill|mrd|%)", re.IGNORECASE)
# A heading's own numbering («1. Hva er problemet?», «2.3 Budsjett»), whose stop ends no sentence.
_NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-H][.)])\s+")


def heading_like(text: str) -> bool:
    """Short (at most ten words), no sentence's end, colon or inner full stop, no label with a
    value or amount, not lower case first: the text of a line that may be a heading. `text` is the line's words, without its
    bold marks."""
    text = text.strip("*_ \t")
    if not text or "\n" in text or len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS:
        return False
    if text.endswith(_ENDS) or _INNER_STOP.search(_NUMBERING.sub("", text, count=1)) or _VALUE.search(text):
        return False
    return not text[0].islower()


def headings_among(looks: Sequence[bool]) -> list[int]:
    """Which of a run of paragraphs are headings, given which look like one (`heading_like` and
    set bold or larger): those followed by body text, perhaps under one more such line (a
    heading and its sub-heading), and the first paragraph, where the title stands. A bold line
    at the end (a signature) is not, nor one followed by two more such lines."""
    found = []
    for n, looking in enumerate(looks):
        if not looking:
            continue
        body_after = next((k for k in (n + 1, n + 2) if k < len(looks) and not looks[k]), None)
        if n == 0 or body_after is not None:
            found.append(n)
    return found
