"""Remove personal data from text before it goes to a model that is not on this machine.

Uses `assistant.core.personal.find_personal_data` (the same finder the checker reports with);
if that module cannot be imported, a stricter local finder for fødselsnummer / D-nummer,
Norwegian phone numbers and e-mail addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FNR = re.compile(r"(?<![\d])(\d{6})[ .]?(\d{5})(?![\d])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:(?:\+|00)47[ .-]?)?(?:\d{2}[ .-]?\d{2}[ .-]?\d{2}[ .-]?\d{2}|\d{3}[ .-]?\d{2}[ .-]?\d{3})(?![\w])")

PLACEHOLDER = {"fodselsnummer": "[fødselsnummer fjernet]", "d-number": "[fødselsnummer fjernet]", "h-number": "[fødselsnummer fjernet]", "phone": "[telefonnummer fjernet]", "email": "[e-post fjernet]"}


@dataclass(frozen=True)
class Span:
    """Personal data found at text[start:end]."""

    kind: str  # fodselsnummer, phone, email
    start: int
    end: int


def _plausible_date(digits: str) -> bool:
    """DDMMYY, with D-numbers (+40 on the day) and H-numbers (+40 on the month)."""
    day, month = int(digits[:2]), int(digits[2:4])
    day = day - 40 if day > 40 else day
    month = month - 40 if month > 40 else month
    return 1 <= day <= 31 and 1 <= month <= 12


def _valid_fnr(digits: str) -> bool:
    """A checksum-valid number, or one shaped like a birth date (a mistyped number is still personal)."""
    if _plausible_date(digits):
        return True
    try:
        from stdnum.no import fodselsnummer
    except ImportError:  # pragma: no cover - python-stdnum is a core dependency
        return True
    return fodselsnummer.is_valid(digits)


def _local_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _FNR.finditer(text):
        if _valid_fnr(m.group(1) + m.group(2)):
            spans.append(Span("fodselsnummer", m.start(), m.end()))
    for m in _EMAIL.finditer(text):
        spans.append(Span("email", m.start(), m.end()))
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        national = digits[-8:]
        # Norwegian numbers start with 2-9; amounts like "1 250 000" are not phone numbers.
        if len(national) == 8 and national[0] in "2345679" and not _is_amount_like(text, m):
            spans.append(Span("phone", m.start(), m.end()))
    return spans


def _is_amount_like(text: str, m: re.Match) -> bool:
    after = text[m.end(): m.end() + 8].casefold().lstrip()
    return after.startswith(("kr", "nok", "mill", "%", "innbygg", "timer", "årsverk"))


def _core_spans(text: str) -> list[Span] | None:
    try:
        from ..core.personal import find_personal_data  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        found = find_personal_data(text)
    except Exception:  # the core's finder failing must not send data unredacted
        return None
    spans: list[Span] = []
    for item in found:
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if isinstance(start, int) and isinstance(end, int):
            kind = str(getattr(item, "kind", "personal"))
            spans.append(Span(kind, start, end))
    return spans


def find_spans(text: str) -> list[Span]:
    """Every piece of personal data in text, non-overlapping, in order."""
    core = _core_spans(text)
    spans = core if core is not None else _local_spans(text)
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
        out.append(text[pos: span.start])
        out.append(PLACEHOLDER.get(span.kind, "[personopplysning fjernet]"))
        pos = span.end
    out.append(text[pos:])
    return "".join(out), len(spans)
