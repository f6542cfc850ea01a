"""Personal data: identity numbers, personal phone numbers and e-mail addresses, in the whole text.

The other checks read a very long text only up to `engine.MAX_CHECK_CHARS`; a contact line pasted
after a long block must still be found, since this criterion decides whether a sketch may be sent.
Past the cut the finder reads only the lines around what could be such a datum (an `@`, a run
of eight or more digits), so a megabyte of figures costs no more than its first part; when there
are too many of those to read, the criterion says it could not read them all instead of passing.
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from ..sketch.text import mask_comments
from .checks_base import Context, Outcome
from .analysis import Hit
from .findings import Finding, Level, Status

# What could be personal data in the unread part: an e-mail's «@», or a run of digits and
# separators holding eight or more digits (a phone number, an identity number in any of its
# forms). One character class, so a megabyte of «1.1.1.…» is one quick match.
_CANDIDATE = re.compile(r"@|\d[\d .\-]{6,}\d")
_DIGITS = 8
REST_CANDIDATES = 400  # past this many, the rest is not read piece by piece: said, not passed
_AROUND = 300  # characters of context on each side, as the finder reads a contact line
_WIDEST = 1200  # a run of digits longer than this is no single number


def _windows(rest: str) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) spans of `rest` around each candidate, merged; and whether all were taken."""
    spans: list[tuple[int, int]] = []
    n = 0
    for m in _CANDIDATE.finditer(rest):
        if m.group() != "@" and sum(ch.isdigit() for ch in m.group()[:_WIDEST]) < _DIGITS:
            continue
        n += 1
        if n > REST_CANDIDATES:
            return spans, False
        start, end = max(0, m.start() - _AROUND), min(len(rest), m.start() + min(m.end() - m.start(), _WIDEST) + _AROUND)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans, True


def check_personal_data(ctx: Context, check: r.PersonalDataCheck) -> Outcome:
    from ..sketch.personal import find_personal_data

    a = ctx.analysis
    out: list[Finding] = []
    status = Status.PASS

    def found(hit, start: int, line: int, section: str | None) -> None:
        nonlocal status
        serious = hit.kind in ("fodselsnummer", "d-number", "h-number")
        h = Hit(start, start + len(hit.text), hit.text, line, None)
        out.append(ctx.finding(Level.FAIL if serious else Level.WARN, f"personal_data.{hit.kind}", hit=h, section=section))
        status = Status.FAIL if serious else (status if status is Status.FAIL else Status.WARN)

    for hit in find_personal_data(a.source):
        section = a.section_at(hit.start)
        found(hit, hit.start, a.line_of(hit.start), section.key if section else None)
    rest = mask_comments(a.rest) if a.rest else ""
    if rest:
        spans, whole = _windows(rest)
        first_line = a.source.count("\n") + 1  # the line the rest starts on
        seen: set[int] = set()
        for start, end in spans:
            for hit in find_personal_data(rest[start:end]):
                at = start + hit.start
                if at not in seen:
                    seen.add(at)
                    found(hit, len(a.source) + at, first_line + rest.count("\n", 0, at), None)
        if not whole:
            chars = f"{len(a.source):,}".replace(",", " ")
            out.append(ctx.finding(Level.WARN, "personal_data.unread", chars=chars))
            status = status if status is Status.FAIL else Status.WARN
    if not out:
        out.append(ctx.finding(Level.INFO, "personal_data.ok"))
    return Outcome(status, out)
