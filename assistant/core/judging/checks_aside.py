"""How a keyword check reads a part headed by the aim that only says a gain in passing.

A sketch may answer the call's question in a part of its own («Grønt og smart», «Greener and
smarter») with one line. Whether that line states an aim depends on what it says: a gain on
something the sketch is about («Fewer unnecessary drives to Bodø» where the need tells of
patients driving two hours) is the project's aim; a gain the sketch never raises anywhere else
(«Mer friluftsliv gir … mindre bilbruk» in a sketch on trail posts), or what a tool brings («Appen
vil gjøre hallbruken smartere», «the platform makes the process smarter»), is a by-product.
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from .analysis import Analysis, Hit
from .checks_base import _union

# A part of more sentences or words than this says more than a line in passing.
ASIDE_SENTENCES = 2
ASIDE_WORDS = 45

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# Where a sentence joins a clause of its own («…, og lagene kan samkjøre transport», «…; færre …»).
_CLAUSE = re.compile(r",\s+(?:og|and|men|but|samt)\s+|;\s+|\s+[–—-]\s+", re.IGNORECASE)


def aside_part(a: Analysis, hits: list[Hit], every_hit: list[Hit], check: r.KeywordsCheck) -> tuple[Hit, str] | None:
    """The heading hit of a part headed by the aim itself (`heading`) when that part is the only
    place the words found stand, is short (at most ASIDE_SENTENCES sentences and ASIDE_WORDS
    words), names no figure and says no aim of its own (`aim_said`: «Målet er», «we aim»), and
    each of its clauses says only a by-product: what a tool brings (`tool_benefit`, said by the
    clause or by an earlier clause of its sentence: «Digital søknad gjer at søkjarane slepp å reise
    …, og papir blir spart»), or a gain on one of `aside_topics` (travel, paper, energy, waste) that
    the rest of the sketch never names. A clause that names none of the topics cannot be told so
    and keeps the aim standing. Returns the hit and the part's words; else None."""
    named = _union(tuple(check.heading))
    topics = [re.compile(t, re.IGNORECASE) for t in check.aside_topics]
    if named is None or not topics or not hits:
        return None
    tool, aim = _union(tuple(check.tool_benefit)), _union(tuple(check.aim_said))
    parts = [(a.offset_of_line(section.line), body_end, body_start) for body_start, body_end, section in a.section_spans if named.search(section.heading)]
    if not parts:
        return None
    kept = {h.text.casefold() for h in hits}
    if any(not any(start <= h.start < end for start, end, _ in parts) for h in every_hit if h.text.casefold() in kept):
        return None  # a word found stands elsewhere too
    rest = a.source
    for start, end, _ in sorted(parts, reverse=True):
        rest = rest[:start] + "\n" + rest[end:]
    body = " ".join(a.source[body_start:end] for _, end, body_start in parts)
    sentences = [s.strip(" \t*_-•") for s in _SENTENCE_END.split(body) if re.search(r"\w", s)]
    if not sentences or len(sentences) > ASIDE_SENTENCES or len(body.split()) > ASIDE_WORDS or re.search(r"\d", body):
        return None
    if aim is not None and aim.search(body):
        return None
    for sentence in sentences:
        by_tool = False
        for clause in _CLAUSE.split(sentence):
            by_tool = by_tool or (tool is not None and tool.search(clause) is not None)
            if by_tool:
                continue  # what the tool brings, said by this clause or an earlier one
            said = [t for t in topics if t.search(clause)]
            if not said or any(t.search(rest) for t in said):
                return None  # a gain on what the sketch is about, or one that cannot be told
    first = next(h for h in every_hit if h.text.casefold() in kept)
    return first, " ".join(sentences)
