"""Personal data in a sketch: fødselsnummer, D- and H-numbers, personal phone numbers and e-mail.

A sketch should hold no personal data, and none should reach a cloud model unasked. This package
finds it (`find_personal_data`, used by the checker's `personal-data` criterion and by the coach
before a request leaves the machine) and replaces it with placeholders (`redact`).

* **Identity numbers** (`_ids`): eleven digits in any grouping and with any spaces, dots, dashes,
  slashes or a line break between them, validated with python-stdnum's `no.fodselsnummer`.
* **Phone numbers** (`_phones`): phonenumbers' own matcher, region NO; mobiles are always
  personal, amounts, dates, year ranges and org numbers never are.
* **E-mail addresses** (`_emails`): an address grammar with any letters and the «(at)» spellings;
  role addresses (`postmottak@…`) are not personal.

Every finder reads the text with Unicode spaces and dashes made plain (`_text.normalise`), which
keeps every offset, so a hit's offsets and text are the original's.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import StrEnum

from ._emails import email_is_personal, email_spans
from ._ids import identity_kind, identity_spans
from ._phones import phone_spans
from ._text import chains, line_of, line_starts, normalise

__all__ = ["PersonalDataHit", "PersonalKind", "email_is_personal", "find_personal_data", "placeholder", "redact"]


class PersonalKind(StrEnum):
    """What kind of personal data a hit is."""

    FODSELSNUMMER = "fodselsnummer"
    D_NUMBER = "d-number"
    H_NUMBER = "h-number"
    PHONE = "phone"
    EMAIL = "email"


IDENTITY_KINDS = frozenset({PersonalKind.FODSELSNUMMER, PersonalKind.D_NUMBER, PersonalKind.H_NUMBER})


@dataclass(frozen=True)
class PersonalDataHit:
    """One piece of personal data: its kind, where it is (offsets, 1-based line) and the text."""

    kind: PersonalKind
    start: int
    end: int
    line: int
    text: str
    checksum_only: bool = False  # 11 digits whose check digits pass though the date check fails


def find_personal_data(text: str, *, cautious: bool = False) -> list[PersonalDataHit]:
    """Every piece of personal data in `text`, in the order it appears, none overlapping.

    The checker reads as an evaluator does: an office's landline is no one's personal data.
    `cautious` is for redaction (before a cloud model, in logs): a landline is taken for a
    person's unless a body's name or unit stands right before it."""
    if not text:
        return []
    norm = normalise(text)
    starts = line_starts(text)
    runs = chains(norm, 8)  # every identity or phone number holds eight digits or more
    hits: list[PersonalDataHit] = []
    for start, end, digits, checksum_only in identity_spans(runs, norm):
        kind = PersonalKind(identity_kind(digits))
        hits.append(PersonalDataHit(kind, start, end, line_of(starts, start), text[start:end], checksum_only))
    id_spans = [(h.start, h.end) for h in hits]  # in order, not overlapping
    id_starts = [s for s, _ in id_spans]
    for start, end, _address in email_spans(norm):
        at = bisect.bisect_left(id_starts, end) - 1
        if at < 0 or id_spans[at][1] <= start:
            hits.append(PersonalDataHit(PersonalKind.EMAIL, start, end, line_of(starts, start), text[start:end]))
    taken = [(h.start, h.end) for h in hits]
    for start, end in phone_spans(norm, runs, taken, cautious):
        hits.append(PersonalDataHit(PersonalKind.PHONE, start, end, line_of(starts, start), text[start:end]))
    return sorted(hits, key=lambda h: (h.start, h.end))


def placeholder(kind: PersonalKind, lang: str = "nb") -> str:
    """The text that stands in for a redacted hit, e.g. `[fødselsnummer fjernet]`."""
    from ....i18n import t

    return "[" + t(f"personal.placeholder.{kind.value}", lang) + "]"


def redact(text: str, lang: str = "nb") -> tuple[str, list[PersonalDataHit]]:
    """`text` with every hit replaced by a placeholder, and the hits (offsets in the original)."""
    hits = find_personal_data(text, cautious=True)
    if not hits:
        return text, hits
    out: list[str] = []
    pos = 0
    for hit in hits:
        out.append(text[pos : hit.start])
        out.append(placeholder(hit.kind, lang))
        pos = hit.end
    out.append(text[pos:])
    return "".join(out), hits
