"""Sections with nothing to print: a heading with no body, or only the template's guidance
comments. Under a page limit a bare heading is wasted space and looks unfinished, so the PDF,
the Word file and the exported Markdown leave them out, and the export says which."""

from __future__ import annotations

import re

from ..sketch.model import Section, Sketch

# An HTML comment, closed or running to the end of the body (Markdown hides both).
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def is_empty(section: Section) -> bool:
    """True when the body holds nothing a reader would see: blanks and comments only."""
    return not _COMMENT.sub("", section.body).strip()


def empty_sections(sketch: Sketch) -> list[Section]:
    """The sections left out of an export: empty, and not a heading over deeper sections that
    follow it (a «# Del 1» grouping «## Behov» keeps its place)."""
    sections = sketch.sections
    out = []
    for i, section in enumerate(sections):
        following = sections[i + 1] if i + 1 < len(sections) else None
        if is_empty(section) and (following is None or following.level <= section.level):
            out.append(section)
    return out


def empty_headings(sketch: Sketch) -> list[str]:
    """The headings of `empty_sections`, as written (for the export's note)."""
    return [" ".join(s.heading.strip("#*_ ").split()) for s in empty_sections(sketch)]


def without_empty_lines(sketch: Sketch) -> set[int]:
    """0-based numbers of the source lines the empty sections take (heading and body)."""
    return {n for s in empty_sections(sketch) for n in range(s.line - 1, s.end_line)}
