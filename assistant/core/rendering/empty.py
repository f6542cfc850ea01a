"""Sections with nothing to print: a heading with no body, or only the template's guidance
comments. Under a page limit a bare heading is wasted space and looks unfinished, so the PDF,
the Word file and the exported Markdown leave them out, and the export says which."""

from __future__ import annotations

import re

from ..sketch.document import _BOLD_ONLY, _SETEXT, atx_heading
from ..sketch.model import Section, Sketch

# An HTML comment, closed or running to the end of the body (Markdown hides both).
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def is_empty(section: Section) -> bool:
    """True when the body holds nothing a reader would see: blanks and comments only."""
    return not _COMMENT.sub("", section.body).strip()


def _written_as_heading(lines: list[str], section: Section) -> bool:
    """Whether the section's heading is marked up as one («## …», a setext underline, a bold line
    of its own). A plain line the parser reads as a part's name («Start budsjett slutt») is the
    applicant's words: it is never left out."""
    i = section.line - 1
    if not 0 <= i < len(lines):
        return True
    line = lines[i]
    if atx_heading(line) is not None or _BOLD_ONLY.match(line):
        return True
    return i + 1 < len(lines) and _SETEXT.match(lines[i + 1]) is not None


def empty_sections(sketch: Sketch) -> list[Section]:
    """The sections left out of an export: empty, headed by a heading written as one, and not a
    heading over deeper sections that follow it (a «# Del 1» grouping «## Behov» keeps its place)."""
    sections = sketch.sections
    lines = sketch.source.splitlines()
    out = []
    for i, section in enumerate(sections):
        following = sections[i + 1] if i + 1 < len(sections) else None
        if is_empty(section) and (following is None or following.level <= section.level) and _written_as_heading(lines, section):
            out.append(section)
    return out


def empty_headings(sketch: Sketch) -> list[str]:
    """The headings of `empty_sections`, as written (for the export's note)."""
    return [" ".join(s.heading.strip("#*_ ").split()) for s in empty_sections(sketch)]


def without_empty_lines(sketch: Sketch) -> set[int]:
    """0-based numbers of the source lines the empty sections take (heading and body)."""
    return {n for s in empty_sections(sketch) for n in range(s.line - 1, s.end_line)}
