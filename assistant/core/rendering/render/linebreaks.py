"""Lines typed one under the other as a list keep their line breaks in the exports.

Markdown joins the lines of a paragraph into one, as a word processor joins a paragraph wrapped
at 72 columns. The checker, though, reads a budget line by line: three lines typed without list
markers («Innkjøp av plattformen: 4 000 000 kr», «Prosjektledelse: 500 000 kr», «Totalt:
4 500 000 kr») are three posts to it. So that the PDF, the Word file and the exported Markdown
show them as the checker reads them, two or more lines in a row that are each a budget post as
`sketch.budget` reads one, or a short «Label: value», stand on lines of their own. Other lines
(prose wrapped at any width, lines that end mid-sentence) are joined as Markdown joins them.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from ...sketch.budget import budget_post_line

# A line this long is a paragraph's, not a list's.
SHORT_LINE_CHARS = 100
# «Kontaktperson: Kari Nordmann», «Periode: 2026–2028»: a capitalised label of a few words, no sentence in it.
_LABEL_VALUE = re.compile(r"^\s*[*_]*[A-ZÆØÅ0-9][^:.!?]{0,39}:[*_]*\s+\S")
# A paragraph of more lines than this (a hostile file) is left as Markdown reads it.
MAX_LINES = 2000


def typed_line(line: str) -> bool:
    """Whether a line reads as one item of a list typed without markers."""
    text = line.strip()
    if not text or len(text) > SHORT_LINE_CHARS:
        return False
    return budget_post_line(text) or bool(_LABEL_VALUE.match(text))


def breaks_after(lines: list[str]) -> set[int]:
    """Indexes of the lines of one paragraph that end with a line break: those in a run of two or
    more typed lines, and the line before such a run (its lead-in, «Budsjettet er fordelt slik:»)."""
    if len(lines) < 2 or len(lines) > MAX_LINES:
        return set()
    typed = [typed_line(line) for line in lines]
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if not typed[k]:
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and typed[end + 1]:
            end += 1
        if end > k:
            out.update(range(max(0, k - 1), min(end + 1, len(lines) - 1)))
        k = end + 1
    return out


def keep_typed_breaks(tokens: list[Token]) -> None:
    """Turn the soft breaks between typed lines of each paragraph into hard breaks, in place.
    A paragraph whose breaks do not line up with its lines (a code span or a link across two
    lines) is left as Markdown reads it."""
    for n, token in enumerate(tokens):
        if token.type != "inline" or not token.children or n == 0 or tokens[n - 1].type != "paragraph_open":
            continue
        lines = token.content.split("\n")
        keep = breaks_after(lines)
        if not keep:
            continue
        soft = [child for child in token.children if child.type in ("softbreak", "hardbreak")]
        if len(soft) != len(lines) - 1:
            continue
        for k, child in enumerate(soft):
            if k in keep and child.type == "softbreak":
                child.type = "hardbreak"
                child.tag = "br"


def typed_line_ends(text: str) -> set[int]:
    """Indexes of the lines of a Markdown text that end a typed line followed by another line of
    its paragraph (where the exported Markdown gets a hard break)."""
    from .markdown import parser

    out: set[int] = set()
    tokens = parser().parse(text)
    for n, token in enumerate(tokens):
        if token.type != "inline" or n == 0 or tokens[n - 1].type != "paragraph_open" or not tokens[n - 1].map:
            continue
        start, end = tokens[n - 1].map
        lines = token.content.split("\n")
        if len(lines) != end - start:
            continue
        out.update(start + k for k in breaks_after(lines))
    return out


def with_typed_breaks(text: str, newline: str = "\n") -> str:
    """The Markdown text with two spaces (a hard break) at the end of each typed line that
    Markdown would otherwise join to the next; unchanged when it has none."""
    lines = _NEWLINE.split(text)  # as markdown-it counts lines, so its line numbers are these
    maybe = [len(line.strip()) <= SHORT_LINE_CHARS + 10 and bool(_MAYBE_TYPED.search(line)) for line in lines]
    if not any(a and b for a, b in zip(maybe, maybe[1:])):
        return text  # no two lines in a row could be typed ones: the text is not parsed again
    ends = typed_line_ends(text)
    if not ends:
        return text
    for k in ends:
        if k < len(lines) and not lines[k].endswith("  ") and not lines[k].rstrip().endswith("\\"):
            lines[k] = lines[k].rstrip() + "  "
    return newline.join(lines)


_NEWLINE = re.compile(r"\r\n?|\n")
# What every typed line has: a colon, or a list marker (a run of list items may hold lazy lines), or a quote mark.
_MAYBE_TYPED = re.compile(r":|^\s*(?:[-*+•>]|\d{1,2}[.)])")
