"""Remove personal data from text before it goes to a model that is not on this machine.

Uses `assistant.core.sketch.personal.find_personal_data` and the case-story reading (a named
citizen beside details of their health or life), the finders the checker's `personal-data`
criterion reports with. Should that finder ever fail, the text is masked more bluntly rather than
sent as it is: every run of eight or more digits and every word with an `@` in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDER = {
    "fodselsnummer": "[fødselsnummer fjernet]",
    "d-number": "[fødselsnummer fjernet]",
    "h-number": "[fødselsnummer fjernet]",
    "phone": "[telefonnummer fjernet]",
    "email": "[e-post fjernet]",
    "name": "[navn fjernet]",
}
_BLUNT_DIGITS = re.compile(r"\+?\d(?:[^\w\n]{0,3}\d){7,}")
_BLUNT_EMAIL = re.compile(r"\S+@\S+")


@dataclass(frozen=True)
class Span:
    """Personal data found at text[start:end]."""

    kind: str  # fodselsnummer, d-number, h-number, phone, email, name
    start: int
    end: int


def _core_spans(text: str) -> list[Span] | None:
    try:
        from ..core.sketch.personal import find_personal_data

        from ..core.sketch.personal._stories import find_case_stories

        found = find_personal_data(text, cautious=True)
        # A citizen named in a case story beside their diagnosis or family situation: the name goes.
        stories = find_case_stories(text)
    except Exception:  # the core's finder failing must not send data unredacted
        return None
    return [Span(str(hit.kind), hit.start, hit.end) for hit in found] + [Span("name", story.start, story.end) for story in stories]


def _blunt_spans(text: str) -> list[Span]:
    spans = [Span("personal", m.start(), m.end()) for m in _BLUNT_DIGITS.finditer(text)]
    spans += [Span("personal", m.start(), m.end()) for m in _BLUNT_EMAIL.finditer(text)]
    return spans


def find_spans(text: str) -> list[Span]:
    """Every piece of personal data in text, non-overlapping, in order."""
    core = _core_spans(text)
    spans = core if core is not None else _blunt_spans(text)
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    merged: list[Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            continue
        merged.append(span)
    return merged


def redact(text: str) -> tuple[str, int]:
    """(text with personal data replaced by placeholders, how many were replaced)."""
    spans = find_spans(text)
    out: list[str] = []
    pos = 0
    for span in spans:
        out.append(text[pos : span.start])
        out.append(PLACEHOLDER.get(span.kind, "[personopplysning fjernet]"))
        pos = span.end
    out.append(text[pos:])
    return "".join(out), len(spans)
