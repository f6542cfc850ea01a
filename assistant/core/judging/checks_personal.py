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


# A contact line: the sketch names who to ask («Kontaktperson: Kari Holm, rådgiver, kari.holm@…»).
# An evaluator reads a staff member's work address or phone there as the submission's contact,
# not as a citizen's data: a note, not a warning. Sought in the hit's line and the two before it
# (a label on its own line, then the name, then the address); a letter's closing («Med helsing»,
# «Kind regards») above the name and the number is such a label.
_CONTACT_LABEL = re.compile(
    r"^[\s*_|#>\-–•]*(?:kontakt(?:person|personar|personer|informasjon|opplysningar|opplysninger|punkt)?|contact(?:\s+person)?|"
    r"prosjektleder|prosjektleiar|project\s+(?:lead(?:er)?|manager)|ansvarleg|ansvarlig|ansvar\s+for\s+innsending|"
    r"signert|signed|med\s+(?:(?:vennleg|vennlig|venleg)\s+)?(?:hels|hils)\w*|(?:vennlig|vennleg|venleg)\s+(?:hilsen|helsing)|"
    r"(?:kind|best|warm)\s+regards|yours\s+(?:sincerely|faithfully))\b|\bv/\s|\b(?:spørsmål|questions)\b[^\n]{0,60}\b(?:rettes|rettast|til|to)\b",
    re.IGNORECASE | re.MULTILINE,
)
_CONTACT_LINES = 2


# A number said to be private is so, in a contact line or not: the word stands by the number
# («privat tlf 33 30 45 00», «912 34 567 (privat)», «home phone»), not in a unit's or a service's
# name on the same line («enhetsleder hjemmetjenester», «home care services», «Privatskolen X»).
_PRIVATE = re.compile(
    r"\b(?:privat|private|privat(?:nummer|telefon|mobil|tlf)|personleg|personlig|personal|hjemme|heime|"
    r"(?:hjemme|heime)(?:nummer|telefon|tlf)|home(?!\s+(?:care|nursing|help|services?|office|based|visits?)\b))\b",
    re.IGNORECASE,
)
_PRIVATE_BEFORE = 40  # characters before the number that may call it private
_PRIVATE_AFTER = 25  # and after it («912 34 567 (privat)»)


def _is_contact(text: str, start: int, end: int) -> bool:
    """Whether the phone number at text[start:end] is a staff member's work phone: it stands in a
    contact line (see `_CONTACT_LABEL`) or beside an address at an organisation on its line. Many
    staff have only a work mobile, so a mobile there is theirs too; a number called private, or one
    beside a consumer mailbox, is never."""
    from ..sketch.personal._emails import EMAIL, is_consumer_address

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    if _PRIVATE.search(text, max(line_start, start - _PRIVATE_BEFORE), min(len(line) + line_start, end + _PRIVATE_AFTER)):
        return False
    addresses = [m.group() for m in EMAIL.finditer(line)]
    if any(is_consumer_address(address) for address in addresses):
        return False  # a private mailbox beside it: private contact details
    if addresses:
        return True
    above = line_start
    for _ in range(_CONTACT_LINES):
        if above <= 0:
            break
        above = text.rfind("\n", 0, above - 1) + 1
    return bool(_CONTACT_LABEL.search(text, above, len(text) if line_end == -1 else line_end))


# A Norwegian mobile number: eight digits from 4 or 9, after +47 or 0047 if given.
_MOBILE = re.compile(r"^(?:47|0047)?[49]\d{7}$")
# The number is called a mobile right before it («mobil 915 47 203», «Mobil: 918 47 263», «mob.»).
_CALLED_MOBILE = re.compile(r"\b(?:mobil|mob|mobile|mobiltelefon|mobilnummer|cell(?:phone)?)\b\.?\s*(?:nr\.?\s*)?:?\s*(?:\+47\s*)?$", re.IGNORECASE)
# Applicants with no switchboard of a public body behind their staff: companies, foundations and
# associations, private persons.
_PRIVATE_KINDS = ("selskap", "brukerorganisasjon", "klynge", "privatperson")


def _private_applicant(a) -> bool:  # noqa: ANN001
    """Whether the applicant is a private body (a company, a foundation, an association) or a
    person: a mobile number given for its named contact is that person's own number, as an
    evaluator reads it, where a public body's staff member's mobile is the work phone."""
    applicant = a.sketch.applicant
    return applicant is not None and applicant.kind.value in _PRIVATE_KINDS


_STORIES_SAID = 3  # named citizens said one by one; more are the same advice


def _named_citizens(text: str) -> list:
    """Each citizen named in a case story with details about them (see `_stories`), once per name.
    The message names the detail, not the person: findings may go on to a model off this machine."""
    from ..sketch.personal._stories import find_case_stories

    said: dict[str, object] = {}
    for story in find_case_stories(mask_comments(text)):
        said.setdefault(story.name, story)
    return list(said.values())[:_STORIES_SAID]


def check_personal_data(ctx: Context, check: r.PersonalDataCheck) -> Outcome:
    from ..sketch.personal import find_personal_data
    from ..sketch.personal._emails import is_consumer_address

    a = ctx.analysis
    out: list[Finding] = []
    status = Status.PASS
    contact_said = False

    def found(hit, start: int, line: int, section: str | None, text: str, at: int) -> None:
        nonlocal status, contact_said
        serious = hit.kind in ("fodselsnummer", "d-number", "h-number")
        h = Hit(start, start + len(hit.text), hit.text, line, None)
        if not serious and _contact_kind(hit, text, at):
            if not contact_said:  # said once: the contact line is one line
                contact_said = True
                out.append(ctx.finding(Level.INFO, "personal_data.contact", hit=h, section=section))
            return
        out.append(ctx.finding(Level.FAIL if serious else Level.WARN, f"personal_data.{hit.kind}", hit=h, section=section))
        status = Status.FAIL if serious else (status if status is Status.FAIL else Status.WARN)

    private = _private_applicant(a)

    def _contact_kind(hit, text: str, at: int) -> bool:
        if hit.kind == "email":
            return not is_consumer_address(hit.text)
        if hit.kind == "phone" and private and _CALLED_MOBILE.search(text, max(0, at - 16), at) and _MOBILE.match(re.sub(r"\D", "", hit.text)):
            return False  # a company's or a foundation's person's number called a mobile: that person's own
        return hit.kind == "phone" and _is_contact(text, at, at + len(hit.text))

    for hit in find_personal_data(a.source):
        section = a.section_at(hit.start)
        found(hit, hit.start, a.line_of(hit.start), section.key if section else None, a.source, hit.start)
    for story in _named_citizens(a.source):
        section = a.section_at(story.start)
        h = Hit(story.start, story.end, story.name, a.line_of(story.start), None)
        out.append(ctx.finding(Level.WARN, "personal_data.case_story", hit=h, section=section.key if section else None, detail=story.detail))
        status = status if status is Status.FAIL else Status.WARN
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
                    found(hit, len(a.source) + at, first_line + rest.count("\n", 0, at), None, rest, at)
        if not whole:
            chars = f"{len(a.source):,}".replace(",", " ")
            out.append(ctx.finding(Level.WARN, "personal_data.unread", chars=chars))
            status = status if status is Status.FAIL else Status.WARN
    if not out:
        out.append(ctx.finding(Level.INFO, "personal_data.ok"))
    return Outcome(status, out)
