"""Where a comment points: a quoted span (with the words around it) or a whole section.

An anchor stores the quote, a little context on each side, the section id and the offset
where it was made. After an edit, `locate` finds the span again: an exact match of the quote
(the one whose context fits best when it occurs twice), else the closest fuzzy match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..core.sketch.model import Sketch

CONTEXT_CHARS = 48
MIN_RATIO = 0.6  # a fuzzy match below this similarity is not the same text any more


@dataclass(frozen=True)
class Anchor:
    """A place in a sketch's text."""

    section: str | None = None
    quote: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None

    @property
    def is_span(self) -> bool:
        return bool(self.quote.strip())


@dataclass(frozen=True)
class Located:
    """Where an anchor is in a text now."""

    start: int
    end: int
    section: str | None
    score: float  # 1.0 for an exact match with matching context


def section_at(sketch: Sketch, offset: int) -> str | None:
    """The canonical id (or the heading) of the section holding a character offset."""
    line = sketch.source.count("\n", 0, max(0, offset)) + 1
    found: str | None = None
    for section in sketch.sections:
        if section.line <= line <= max(section.line, section.end_line):
            found = section.key or section.heading
    return found


def section_span(sketch: Sketch, section: str) -> tuple[int, int] | None:
    """Character offsets of a section's body, found by id or by heading."""
    target = next((s for s in sketch.sections if s.key == section), None)
    if target is None:
        folded = section.casefold()
        target = next((s for s in sketch.sections if s.heading.casefold() == folded), None)
    if target is None:
        return None
    starts = _line_starts(sketch.source)
    start = starts[min(target.body_line - 1, len(starts) - 1)]
    end = starts[target.end_line] if target.end_line < len(starts) else len(sketch.source)
    return start, end


def make_anchor(sketch: Sketch, start: int | None = None, end: int | None = None, *, section: str | None = None) -> Anchor:
    """An anchor for text[start:end], or for a whole section when no span is given."""
    text = sketch.source
    if start is None or end is None or start >= end:
        return Anchor(section=section)
    start, end = max(0, start), min(len(text), end)
    return Anchor(
        section=section or section_at(sketch, start),
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        start=start,
    )


def anchor_for_quote(sketch: Sketch, quote: str, *, section: str | None = None) -> Anchor | None:
    """An anchor for the first occurrence of `quote` (inside `section` when given)."""
    lo, hi = 0, len(sketch.source)
    if section:
        span = section_span(sketch, section)
        if span is None:
            return None
        lo, hi = span
    at = sketch.source.find(quote, lo, hi)
    if at < 0:
        at = _find_loose(sketch.source, quote, lo, hi)
        if at is None:
            return None
        start, end = at
    else:
        start, end = at, at + len(quote)
    return make_anchor(sketch, start, end, section=section)


def _find_loose(text: str, quote: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Find `quote` ignoring differences in white space and case (a line break in the file)."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.compile(pattern, re.IGNORECASE).search(text, lo, hi)
    return (m.start(), m.end()) if m else None


def locate(anchor: Anchor, sketch: Sketch) -> Located | None:
    """Where the anchor's text is in this sketch now; None when it is gone."""
    text = sketch.source
    if not anchor.is_span:
        if anchor.section is None:
            return None
        span = section_span(sketch, anchor.section)
        if span is None:
            return None
        return Located(span[0], span[1], anchor.section, 1.0)
    exact = _exact(anchor, text)
    if exact is not None:
        start, end, score = exact
    else:
        fuzzy = _fuzzy(anchor, text)
        if fuzzy is None:
            return None
        start, end, score = fuzzy
    return Located(start, end, section_at(sketch, start) or anchor.section, score)


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    parts = []
    if anchor.prefix:
        parts.append(SequenceMatcher(None, before, anchor.prefix, autojunk=False).ratio())
    if anchor.suffix:
        parts.append(SequenceMatcher(None, after, anchor.suffix, autojunk=False).ratio())
    return sum(parts) / len(parts) if parts else 1.0


def _exact(anchor: Anchor, text: str) -> tuple[int, int, float] | None:
    hits: list[int] = []
    at = text.find(anchor.quote)
    while at >= 0:
        hits.append(at)
        at = text.find(anchor.quote, at + 1)
    if not hits:
        loose = _find_loose(text, anchor.quote, 0, len(text))
        if loose is None:
            return None
        return loose[0], loose[1], 0.95
    if len(hits) == 1:
        return hits[0], hits[0] + len(anchor.quote), 1.0
    hint = anchor.start or 0

    def rank(pos: int) -> tuple[float, int]:
        return (_context_score(anchor, text, pos, pos + len(anchor.quote)), -abs(pos - hint))

    best = max(hits, key=rank)
    return best, best + len(anchor.quote), 1.0


_WORD = re.compile(r"\w+")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _fuzzy(anchor: Anchor, text: str) -> tuple[int, int, float] | None:
    """The span of `text` most like the quote.

    Word trigrams (then single longer words) shared by the quote and the text vote for where
    the quote starts; only the few best-voted places are compared character by character.
    That keeps a five-page sketch to milliseconds where a sliding window would take seconds.
    """
    quote = anchor.quote
    q_tokens = _tokens(quote)
    t_tokens = _tokens(text)
    if not q_tokens or not t_tokens:
        return None
    votes: dict[int, int] = {}
    for n in (3, 1):
        index: dict[tuple[str, ...], list[int]] = {}
        for i in range(len(t_tokens) - n + 1):
            gram = tuple(tok for tok, _, _ in t_tokens[i : i + n])
            if n == 1 and len(gram[0]) < 5:
                continue
            index.setdefault(gram, []).append(i)
        for j in range(len(q_tokens) - n + 1):
            gram = tuple(tok for tok, _, _ in q_tokens[j : j + n])
            hits = index.get(gram, [])
            if len(hits) > 20:  # a common phrase says nothing about where the quote is
                continue
            for i in hits:
                votes[i - j] = votes.get(i - j, 0) + 1
        if votes:
            break
    if not votes:
        return None
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(quote)
    count = len(q_tokens)
    last = len(t_tokens) - 1
    tail = len(quote) - len(quote.rstrip(".,;:!?)»”\"'"))

    def score(s_tok: int, e_tok: int) -> tuple[float, int, int]:
        s_tok = min(max(0, s_tok), last)
        e_tok = min(max(s_tok, e_tok), last)
        start, end = t_tokens[s_tok][1], t_tokens[e_tok][2]
        # Keep the punctuation that closes the quote (a full stop, a bracket).
        if tail and text[end : end + tail] == quote[-tail:]:
            end += tail
        matcher.set_seq1(text[start:end])
        return matcher.ratio(), s_tok, e_tok

    # The best-voted places as they stand, then the winner's start and end moved word by word.
    ratio, s_tok, e_tok = max(score(first, first + count - 1) for first, _ in sorted(votes.items(), key=lambda kv: -kv[1])[:5])
    ratio, s_tok, _ = max(score(s_tok + d, e_tok) for d in range(-3, 4))
    ratio, _, e_tok = max(score(s_tok, e_tok + d) for d in range(-4, 5))
    start, end = t_tokens[s_tok][1], t_tokens[e_tok][2]
    if tail and text[end : end + tail] == quote[-tail:]:
        end += tail
    best = (ratio, start, end)
    if best is None or best[0] < MIN_RATIO:
        return None
    ratio, start, end = best
    return start, end, ratio


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n", text):
        starts.append(m.end())
    return starts
