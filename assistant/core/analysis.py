"""Facts about a sketch computed once per check run and shared by every check."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .model import Section, Sketch
from .text import Sentence, mask_comments, sentences


@dataclass(frozen=True, slots=True)
class Hit:
    """A match of a pattern in the sketch's source."""

    start: int
    end: int
    text: str
    line: int
    section: str | None


class Analysis:
    """A parsed sketch plus lazily computed views of its text."""

    def __init__(self, sketch: Sketch) -> None:
        self.sketch = sketch
        # Comments (template guidance) are blanked so no check counts their words.
        self.source = mask_comments(sketch.source)

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        for m in re.finditer("\n", self.source):
            starts.append(m.end())
        return starts

    def line_of(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self.line_starts, offset)

    def offset_of_line(self, line: int) -> int:
        return self.line_starts[min(max(line, 1), len(self.line_starts)) - 1]

    @cached_property
    def section_spans(self) -> list[tuple[int, int, Section]]:
        """Character spans (start, end) of each section's body in the source."""
        spans = []
        for s in self.sketch.sections:
            start = self.offset_of_line(s.body_line) if s.body_line <= len(self.line_starts) else len(self.source)
            end = self.offset_of_line(s.end_line + 1) if s.end_line < len(self.line_starts) else len(self.source)
            spans.append((start, end, s))
        return spans

    def section_at(self, offset: int) -> Section | None:
        for start, end, s in self.section_spans:
            if start <= offset < end:
                return s
        return None

    @cached_property
    def body_start(self) -> int:
        """Offset where the text after the metadata block starts."""
        fm = self.sketch.front_matter_end
        return self.offset_of_line(fm + 1) if fm else 0

    def spans_for(self, sections: list[str] | None = None, exclude: list[str] | None = None) -> list[tuple[int, int, str | None]]:
        """Spans of text to search: chosen sections, or the whole text minus excluded sections.

        'preamble' names the text before the first section (title, applicant lines).
        """
        out: list[tuple[int, int, str | None]] = []
        first = self.section_spans[0][0] if self.section_spans else len(self.source)
        heading_start = self.offset_of_line(self.sketch.sections[0].line) if self.sketch.sections else len(self.source)
        if sections:
            if "preamble" in sections:
                out.append((self.body_start, min(first, heading_start), "preamble"))
            for start, end, s in self.section_spans:
                if s.key in sections:
                    out.append((start, end, s.key))
            return out
        exclude = exclude or []
        out.append((self.body_start, heading_start, "preamble"))
        for start, end, s in self.section_spans:
            if s.key not in exclude:
                out.append((start, end, s.key or s.heading))
        return out

    def find(self, pattern: re.Pattern[str], spans: list[tuple[int, int, str | None]]) -> list[Hit]:
        hits: list[Hit] = []
        for start, end, key in spans:
            for m in pattern.finditer(self.source, start, end):
                hits.append(Hit(m.start(), m.end(), m.group(0), self.line_of(m.start()), key))
        return hits

    @cached_property
    def all_sentences(self) -> list[Sentence]:
        return [s for sec in self.sketch.sections for s in self.section_sentences(sec)]

    def section_sentences(self, section: Section) -> list[Sentence]:
        return self._section_sentences.setdefault(id(section), sentences(section.body, section.body_line))

    @cached_property
    def _section_sentences(self) -> dict[int, list[Sentence]]:
        return {}

    def words_in(self, section: Section) -> int:
        return sum(s.words for s in self.section_sentences(section))
