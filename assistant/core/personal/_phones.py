"""Phone numbers: found by phonenumbers' own matcher, then judged personal or not by their context.

The matcher (`PhoneNumberMatcher`, region NO, `Leniency.VALID`: any grouping, but a valid number)
runs on windows around runs of digits, on the text with every Unicode space and dash made plain.
Where it finds nothing in a run of more than eight digits (a number right after another number, a
date or a list number before it), the run is split at its group boundaries from the right and each
eight-digit piece is checked with `phonenumbers.is_valid_number`.

Whether a valid number is personal:

* Toll-free, shared-cost, premium and similar numbers never are; neither is a number right after
  «org.nr».
* A number with money right next to it (`45 000 000 kr`, `kr 48000000`) is an amount. Without a
  phone word before it (tlf, mobil, ring …) or a +47 prefix, so is one in amount context: grouped
  in thousands, ending in 000, after a budget or statistics word (budsjett, sum, KOSTRA …), before a
  unit (innbyggere, årsverk …), or in a table column headed by a year, an amount or a count.
* A mobile number is always personal, whatever stands near it.
* Another number is spared only when it is the one labelled switchboard, service centre or
  post room (`Sentralbord: 55 56 55 56`), or when an organisation's name stands before it with no
  person's name or person word (direkte, privat, kontaktperson …) near it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._text import Group, around, chains, table_header_cell

_PHONE_WORD = re.compile(
    r"\btlf|\btelefon|\bmobil|\bmob\b|\bphone|\btel\b|\bmobile\b|\bring\b|\bringe\b|\bsms\b|\bdirekte|\bnås\b|\bkontakt|\bcall\b|\bcell|\bnummer",
    re.I,
)
_MONEY_AFTER = re.compile(r"^[\s)]*(?:kr\b|nok\b|kroner|,-|mill|mrd|milliard|tusen|%|prosent|€|\$|eur\b|usd\b)", re.I)
_MONEY_BEFORE = re.compile(r"(?:\bkr\.?|\bnok|€|\$|\beur)\s*:?\s*$", re.I)
_AMOUNT_WORD = re.compile(
    r"beløp|budsjett|budsjet|ramme|\bsum\b|summen|\btotal|kostnad|kostar|koster|utgift|inntekt|driftsutgift|tilskud|tilskot|"
    r"finansier|søknadsbeløp|kostra|\bssb\b|netto|brutto|lønn|verdi|omsetning|investering|innsparing|gevinst|\bpris|amount|budget|cost",
    re.I,
)
_UNIT_AFTER = re.compile(
    r"^\s*(?:innbygg|brukar|bruker|timar|timer|årsverk|kwh|mwh|gwh|tonn|km\b|m2|m²|liter|døgn|dagar|dager|plass|pasient|elev|person|"
    r"husstand|stk|eining|enhet|inhabitants|users|hours)",
    re.I,
)
_THOUSANDS = re.compile(r"^\d{1,3}(?:[ .,]\d{3})+$")
_HEADER_AMOUNT = re.compile(r"\b(?:19|20)\d\d\b|kr\b|nok|beløp|sum|budsjett|kostnad|utgift|total|antall|tal\b|tall\b|verdi|innbygg|kostra|amount|cost|count", re.I)
_ORGNR_BEFORE = re.compile(r"(?:org(?:anisasjons)?\.?\s*-?\s*(?:nr|nummer)|org\.?\s*no)\.?\s*:?\s*$", re.I)
_SWITCHBOARD = re.compile(
    r"sentralbord|servicesenter|servicetorg|kundesenter|kundeservice|vakttelefon|vaktnummer|hovednummer|hovudnummer|"
    r"switchboard|service ?cent(?:er|re)|main number|front desk|resepsjon|postmottak|publikumstelefon",
    re.I,
)
_LABEL_GAP = re.compile(r"^[^\d@]{0,25}$")  # between a label and its number: no digit, no address
_PERSON_WORD = re.compile(
    r"kontaktperson|prosjektleder|prosjektleiar|privat|personleg|personlig|direkte|direktenummer|mobil|"
    r"contact person|project (?:manager|lead)|private|personal|direct line",
    re.I,
)
# Two or three capitalised words right before a number: a person's name, unless an org word is in it.
_NAME_BEFORE = re.compile(
    r"(?:^|[^\wÆØÅæøå])([A-ZÆØÅ][a-zæøåéèüö]+(?:[ \-][A-ZÆØÅ][a-zæøåéèüö]+){1,2})[\s,:()]*(?:(?:tlf|telefon|mob|mobil|tel)\.?[\s:]*)?$"
)
_ORG_WORD = re.compile(
    r"kommune|fylkeskommune|fylke|direktorat|etat|departement|sykehus|helseforetak|universitet|høgskule|høgskole|"
    r"senter|NAV|\bAS\b|ASA|stiftelse|skule|skole|bibliotek|tilsyn|verket|Norge|Noreg|Innovasjon|\bHF\b|\bIKS\b",
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DATE = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)")
_NATIONAL_DIGITS = 8


def _types():
    from phonenumbers import PhoneNumberType as T

    return {
        "never": {T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.UAN, T.VOICEMAIL, T.PAGER},
        "mobile": {T.MOBILE, T.PERSONAL_NUMBER},
    }


@lru_cache(maxsize=4096)
def _type_of_national(digits: str) -> int | None:
    """phonenumbers' type of a Norwegian number given as eight digits, or None when not valid."""
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, "NO")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.number_type(number)


def _matcher_spans(norm: str, groups_of: list[list[Group]]) -> list[tuple[int, int, int, bool]]:
    """(start, end, type, prefixed) for the matcher's hits in windows around the digit runs."""
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher

    windows: list[list[int]] = []
    for groups in groups_of:
        lo, hi = max(0, groups[0].start - 24), min(len(norm), groups[-1].end + 24)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    out: list[tuple[int, int, int, bool]] = []
    for lo, hi in windows:
        for match in PhoneNumberMatcher(norm[lo:hi], "NO", leniency=Leniency.VALID):
            raw = match.raw_string
            prefixed = raw.lstrip("( ").startswith(("+", "00"))
            out.append((lo + match.start, lo + match.end, phonenumbers.number_type(match.number), prefixed))
    return out


def _split_run(norm: str, groups: list[Group]) -> list[tuple[int, int, int, bool]]:
    """Eight-digit pieces of a run of groups, taken from the right at group boundaries."""
    out: list[tuple[int, int, int, bool]] = []
    j = len(groups)
    while j > 0:
        total, i, found = 0, j, False
        while i > 0 and total < _NATIONAL_DIGITS:
            i -= 1
            total += len(groups[i].digits)
        piece = groups[i:j]
        if total == _NATIONAL_DIGITS and not any(_YEAR.match(g.digits) for g in piece) and not _DATE.search(norm, piece[0].start, piece[-1].end):
            kind = _type_of_national("".join(g.digits for g in groups[i:j]))
            if kind is not None:
                out.append((groups[i].start, groups[j - 1].end, kind, False))
                j, found = i, True
        if not found:
            j -= 1
    return out


def _is_amount(norm: str, start: int, end: int, before: str, after: str, phone_cue: bool) -> bool:
    raw = norm[start:end].strip()
    if _MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before[-12:]):
        return True
    if phone_cue:
        return False
    digits = re.sub(r"\D", "", raw)
    if _THOUSANDS.match(raw) or digits.endswith("000"):
        return True
    if _AMOUNT_WORD.search(before[-50:]) or _UNIT_AFTER.match(after):
        return True
    header = table_header_cell(norm, start)
    return header is not None and bool(_HEADER_AMOUNT.search(header)) and not _PHONE_WORD.search(header)


def _labelled_switchboard(before: str, after: str) -> bool:
    label = None
    for label in _SWITCHBOARD.finditer(before):
        pass
    if label is not None and _LABEL_GAP.match(before[label.end() :]):
        return True
    return bool(re.match(r"^\s*[(\-–,]\s*(?:" + _SWITCHBOARD.pattern + ")", after, re.I))


def _is_personal(norm: str, start: int, end: int, kind: int, prefixed: bool) -> bool:
    types = _types()
    if kind in types["never"]:
        return False
    before, after = around(norm, start, end)
    if _ORGNR_BEFORE.search(before):
        return False
    header = table_header_cell(norm, start)
    phone_cue = prefixed or bool(_PHONE_WORD.search(before[-40:])) or bool(header and _PHONE_WORD.search(header))
    if _is_amount(norm, start, end, before, after, phone_cue):
        return False
    if kind in types["mobile"]:
        return True
    if _labelled_switchboard(before, after):
        return False
    context = before[-60:] + " " + after[:40]
    if _PERSON_WORD.search(context):
        return True
    name = _NAME_BEFORE.search(before[-40:])
    if name and not _ORG_WORD.search(name.group(1)):
        return True
    return not _ORG_WORD.search(before[-50:])


def phone_spans(norm: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of every personal phone number in the normalised text, outside `taken`."""
    groups_of = chains(norm, _NATIONAL_DIGITS)
    if not groups_of:
        return []
    found = _matcher_spans(norm, groups_of)
    covered = [(s, e) for s, e, _, _ in found]
    for groups in groups_of:
        run: list[Group] = []
        for g in [*groups, None]:
            if g is not None and not any(s <= g.start and g.end <= e for s, e in covered):
                run.append(g)
                continue
            if sum(len(x.digits) for x in run) >= _NATIONAL_DIGITS:
                found.extend(_split_run(norm, run))
            run = []
    out: list[tuple[int, int]] = []
    for start, end, kind, prefixed in sorted(found):
        if any(start < e and s < end for s, e in taken) or any(start < e and s < end for s, e in out):
            continue
        if _is_personal(norm, start, end, kind, prefixed):
            out.append((start, end))
    return out
