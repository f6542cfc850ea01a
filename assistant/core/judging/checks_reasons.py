"""How a part reads as its lines and sentences, and how it argues why the applicant is placed to do
it: a reason read in it (an earlier deed, data held, a whole chain covered), or only claims (a
partner named with its role, one sentence saying «we are well suited», the body's size or its
responsibility).

Split from `checks_section` (the section check uses it, and so do the keyword check and the
general-talk reading).
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from .analysis import Analysis
from .checks_base import _union


# A line that starts a list item or a table row; a table's rule line («|---|---|»).
_ITEM = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,2}[.)]|\|)[ \t]")
_RULE = re.compile(r"^[ \t|:-]*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t]+(?=\S)")


def _units(a: Analysis, section: str) -> list[str]:
    """The lines of a list or table and the sentences of prose in the parts headed as `section`."""
    return [u for start, end, _ in a.spans_for([section]) for u in _units_in(a, start, end)]


def _units_in(a: Analysis, start: int, end: int) -> list[str]:
    """The lines of a list or table and the sentences of prose in one part's span."""
    units: list[str] = []
    prose: list[str] = []
    for line in a.source[start:end].split("\n"):
        if not _ITEM.match(line) and _names_another_part(line):
            break  # «Budsjett (foreløpig)» alone above its list: the next part, left unheaded
        if _ITEM.match(line) or not line.strip():
            units.extend(_SENTENCE_END.split(" ".join(prose)) if prose else [])
            prose = []
            if line.strip() and not _RULE.match(line):
                units.append(line.strip())
        elif not _RULE.match(line):
            prose.append(line.strip())
    units.extend(_SENTENCE_END.split(" ".join(prose)) if prose else [])
    return [u for u in units if u.strip()]


# A line this short, with no sentence's end, can be a part's own heading written as plain text.
_HEADING_LINE_WORDS = 6


def _names_another_part(line: str) -> bool:
    """Whether a plain line reads as the heading of a known part («Budsjett (foreløpig)», «Dialog
    med markedet»), not as a sentence of the part it stands in."""
    from ..sketch.sections import match_heading

    text = line.strip().strip("*_ ")
    # «Partnarskapet består av:» leads in its own list, and is no heading.
    if not text or len(text.split()) > _HEADING_LINE_WORDS or text[-1] in ".!?,;:" or text[0].islower():
        return False
    return match_heading(text) is not None


def _hollow_part(a: Analysis, found: list, check: r.SectionCheck) -> str | None:
    """The part's first words when every line and sentence in it is hollow (`check.hollow`: a
    partner named with its role, a claim to be well suited with no reason), else None."""
    rx = re.compile("|".join(f"(?:{p})" for p in check.hollow), re.IGNORECASE)
    units = _units_of(a, _asked(a, check.section))
    if not units or not all(rx.search(u) for u in units):
        return None
    shown = " ".join(units[0].split())
    return shown if len(shown) <= 90 else shown[:89].rstrip() + "…"


# A part of one sentence up to this long that names no reason (`lone_reasons`) only claims.
LONE_CLAIM_WORDS = 30


def lone_claim(a: Analysis, section: str, reasons: list[str]) -> str | None:
    """The sentence, when the parts headed as `section` are one sentence that gives none of
    `reasons` (a figure, an earlier deed, data held, a first or only position, an arrangement
    shared already): «Lillestrøm kommune er en stor kommune med mange saker, og vi mener derfor
    vi er godt egnet», «The Courts Administration is responsible for the district courts and has
    the necessary knowledge». Such a part claims fitness and shows none of it. Else None."""
    from ..sketch.sections import match_heading

    found = _asked(a, section)
    # Only a part whose own heading asks it («Hvorfor oss», «Why us»): the writer chose to answer
    # there in one sentence. A part read as it from its text («Gjennomføring») may argue elsewhere.
    if not reasons or not found or any(match_heading(s.heading) != section for s in found):
        return None
    return _lone(_units_of(a, found), reasons)


# A heading that asks the question itself («Hvorfor oss?», «Kvifor vi», «Why this partnership»).
_ASKS_WHY = re.compile(r"\b(?:hvorfor|kvifor|why)\b", re.IGNORECASE)


def _asked(a: Analysis, section: str) -> list:
    """The parts headed as `section`; when some of them ask the question itself («Hvorfor oss»)
    beside others that only present the applicant («Om søker»), those that ask: the writer
    answers there, and the presentation is background. A bare «Hvorfor» heading beside one that
    asks «Hvorfor oss» is left out."""
    from ..sketch.sections import normalise_heading

    found = a.sketch.sections_by(section)
    # A bare «Hvorfor» beside «Hvorfor oss» asks why the project, and the need answers there.
    bare = [s for s in found if _ASKS_WHY.fullmatch(normalise_heading(s.heading))]
    if bare and len(bare) < len(found):
        found = [s for s in found if not any(s is b for b in bare)]
    asked = [s for s in found if _ASKS_WHY.search(s.heading)]
    return asked if asked and len(asked) < len(found) else found


def _headed(a: Analysis, section: str) -> bool:
    """Whether every part read as `section` is headed as it («Hvorfor oss»), not named from its text."""
    from ..sketch.sections import match_heading

    found = _asked(a, section)
    return bool(found) and all(match_heading(s.heading) == section for s in found)


def _reason_in_part(a: Analysis, check: r.SectionCheck) -> str | None:
    """The first line or sentence of the parts headed as the section that gives a reason
    (`check.reasons`) outside a claim of size or responsibility (`check.no_reasons`), shown."""
    return reason_in_units(_units_of(a, _asked(a, check.section)), check, firm_applicant(a))


def firm_applicant(a: Analysis) -> str | None:
    """The name of the company (a consultancy, a vendor) that sends the sketch, or None for a
    public body, a foundation or an association: a company's own track record argues for the
    firm, not for the public partnership."""
    from ..sketch.model import OrgKind

    applicant = a.sketch.applicant
    return applicant.name if applicant is not None and applicant.kind is OrgKind.SELSKAP else None


# A sentence the firm says of itself: it opens with «vi», «we», «our», «selskapet» or its own name.
_OWN_VOICE = re.compile(r"^[\W\d]*(?:vi|we|our|us|vår|vårt|våre|selskapet|firmaet|the company|the firm|the consultancy)\b", re.IGNORECASE)


def _said_by_firm(unit: str, firm: str) -> bool:
    """Whether `unit` speaks of the firm named `firm` (first person or its name first)."""
    if _OWN_VOICE.match(unit):
        return True
    name = firm.split()[0].casefold() if firm.split() else ""
    return bool(name) and unit.lstrip(" -*•\t").casefold().startswith(name)


def _contact_line(unit: str) -> bool:
    """Whether `unit` gives a phone number, an e-mail address or an identity number: a contact
    line or a person's details, whose digits are no figure that argues (and a finding quoting it
    would carry them on)."""
    from ..sketch.personal import find_personal_data

    return bool(find_personal_data(unit))


def reason_in_units(units: list[str], check: r.SectionCheck, firm: str | None = None) -> str | None:
    """The first of `units` that gives a reason (`check.reasons`) outside a claim of size or
    responsibility (`check.no_reasons`), shown; None when every unit only claims («lang erfaring»,
    «et engasjert styre», «one of the most modern»). From a company (`firm`), its own track
    record (`check.firm_pitch`) in what it says of itself claims too; its partners' reasons count."""
    reasons = _union(tuple(check.reasons))
    if reasons is None:
        return None
    # Each claim on its own: a size claim and an experience claim in one sentence both void
    # what they cover, where one pattern of them all would find only the first.
    claims = [_union((p,)) for p in check.no_reasons]
    pitch = [_union((p,)) for p in check.firm_pitch] if firm else []
    for unit in units:
        if _contact_line(unit):
            continue  # «Sentralbord 55 56 55 56 / 976 30 620»: a way to reach the body, no reason
        own = pitch if firm and _said_by_firm(unit, firm) else []
        claimed = [m.span() for rx in (*claims, *own) if rx is not None for m in rx.finditer(unit)]
        for m in reasons.finditer(unit):
            if not any(start < m.end() and m.start() < end for start, end in claimed):
                return first_words_of(unit.rstrip(" .!"))
    return None


def pitched(a: Analysis, criterion: r.Criterion, sentence: str, word: str) -> bool:
    """Whether `word`, found in `sentence`, stands in a company's own track record there
    (`firm_pitch` of the criterion's section check, in a sentence the firm says of itself):
    «Vi har arbeidd med ferjeanbod for fleire reiarlag» argues for the firm, not the partnership."""
    firm = firm_applicant(a)
    if firm is None or not _said_by_firm(sentence.strip(), firm):
        return False
    for check in criterion.checks:
        if isinstance(check, r.SectionCheck) and check.firm_pitch:
            rx = _union(tuple(check.firm_pitch))
            return rx is not None and any(word in m.group(0) for m in rx.finditer(sentence))
    return False


def section_reading(criterion: r.Criterion) -> r.SectionCheck | None:
    """The criterion's section check that reads reasons (`reasons`), or None."""
    return next((c for c in criterion.checks if isinstance(c, r.SectionCheck) and c.reasons), None)


def argued_at(a: Analysis, criterion: r.Criterion, sentence: str) -> bool:
    """Whether `sentence` gives a reason the criterion's section check reads (`reasons`, outside
    its claims): with the criterion's own part only claiming, a word elsewhere counts only there.
    What follows a plan or a possibility in it («Vi vil invitere eierkommunene som testarenaer»,
    «Aktuelle partnere kan være forskningsmiljøer») is not held yet, and argues nothing."""
    said = sentence.strip()
    while (plan := _PLANNED.search(said)) is not None:
        # The plan's own clause goes; a clause of its own after it («…, der kommunane alt
        # samarbeider om rekruttering») still says what is.
        after = _NEXT_CLAUSE.search(said, plan.end())
        said = said[: plan.start()] + (said[after.start() :] if after is not None else "")
    for check in criterion.checks:
        if isinstance(check, r.SectionCheck) and check.reasons:
            return reason_in_units([said], check, firm_applicant(a)) is not None
    return True


# A plan or a possibility, not a thing held or done: «vil», «skal», «kan være», «ser for oss».
_PLANNED = re.compile(
    r"\b(?:vil|skal|skal vi|kan\s+(?:være|vere|bli|verte|tenkjast|tenkes)|kunne|kunne\s+vere|kunne\s+være|ser for oss|tenkjer oss|tenker oss|"
    r"planlegg\w*|håper|håpar|ønsker å|ønskjer å|will|shall|could|may|might|plan(?:s|ned)? to|hope to|aim to|intend to)\b",
    re.IGNORECASE,
)
# Where a new clause begins: «, og vi har …», «, der …», «; …».
_NEXT_CLAUSE = re.compile(r",\s+(?:og|men|der|hvor|kor|som|and|but|where|which|who)\b|;", re.IGNORECASE)


def unreasoned_part(a: Analysis, criterion: r.Criterion) -> list[tuple[int, int]]:
    """The spans of the criterion's own part when it is headed as such, long enough, and gives no
    reason its section check reads (`reasons`): words found there («godt egnet», «landets
    største») only claim. Else none."""
    for check in criterion.checks:
        if isinstance(check, r.SectionCheck) and check.reasons and _headed(a, check.section):
            found = _asked(a, check.section)
            if sum(a.words_in(s) for s in found) >= check.warn_below_words and _reason_in_part(a, check) is None:
                return [(start, end) for start, end, s in a.section_spans if any(s is p for p in found)]
    return []


def _units_of(a: Analysis, parts: list) -> list[str]:
    return [u for start, end, s in a.section_spans if any(s is p for p in parts) for u in _units_in(a, start, end)]


def claimed_elsewhere(a: Analysis, own: str, parts: list[str], claims: list[str], hollow: list[str], reasons: list[str], because: list[str] = (), reading: r.SectionCheck | None = None) -> str | None:
    """The claim, shown, when the sketch has no part headed as `own` and a part headed as one
    of `parts` («Om partnerskapet») makes the claim (`claims`: «Vi er godt egnet til oppgaven»)
    with no reason in any of its lines: each is hollow (a partner named, «Partnerskapet består
    av …»), or is a claim of at most LONE_CLAIM_WORDS words that gives none of `reasons` and
    goes on to no reason of its own (`because`: «… fordi vi har daglig kontakt med …»), or in
    which `reading` (the section check's own reasons, outside its claims) finds none: «Innlandet
    fylkeskommune har stor erfaring med kollektivtransport», «Agder fylkeskommune leder
    prosjektet». The writer answered there, and the answer claims only; words met elsewhere (a staff member's
    «lang erfaring» in the need) are not the answer. Else None."""
    from ..sketch.sections import match_heading

    if not parts or not claims or a.sketch.sections_by(own):
        return None
    claim_rx, hollow_rx = _union(tuple(claims)), _union(tuple(hollow))
    reason_rx = _union((*reasons, *because))
    if claim_rx is None:
        return None
    for key in parts:
        found = a.sketch.sections_by(key)
        if not found or any(match_heading(s.heading) != key for s in found):
            continue
        # Each part on its own: «Om partnerskapet» may claim only while «Organisering» tells who leads.
        for start, end, _ in a.spans_for([key]):
            if (claim := _claim_only(_units_in(a, start, end), claim_rx, hollow_rx, reason_rx, a, reading)) is not None:
                return claim
    return None


def _claim_only(units: list[str], claim_rx: re.Pattern, hollow_rx: re.Pattern | None, reason_rx: re.Pattern | None, a: Analysis | None = None, reading: r.SectionCheck | None = None) -> str | None:
    """The first claim, shown, when `units` make a claim and every one is hollow, a short claim
    with no reason, or a line in which `reading` finds no reason."""
    said = [u for u in units if claim_rx.search(u)]
    if not said:
        return None
    firm = firm_applicant(a) if a is not None and reading is not None else None

    def empty(u: str) -> bool:
        if hollow_rx is not None and hollow_rx.search(u.strip()):
            return True
        if reading is not None and reading.reasons and reason_in_units([u], reading, firm) is None:
            return True
        return u in said and len(u.split()) <= LONE_CLAIM_WORDS and (reason_rx is None or reason_rx.search(u) is None)

    return first_words_of(said[0]) if all(empty(u) for u in units) else None


def first_words_of(text: str, width: int = 90) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= width else shown[: width - 1].rstrip() + "…"


def _lone(units: list[str], reasons: list[str]) -> str | None:
    """The one unit, shown, when `units` is a single sentence that gives none of `reasons`."""
    if len(units) != 1 or len(units[0].split()) > LONE_CLAIM_WORDS:
        return None
    rx = _union(tuple(reasons))
    if rx is None or rx.search(units[0]):
        return None
    shown = " ".join(units[0].split())
    return shown if len(shown) <= 90 else shown[:89].rstrip() + "…"
