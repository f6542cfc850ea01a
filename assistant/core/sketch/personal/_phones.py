"""Phone numbers: found by phonenumbers' own matcher, then judged personal or not by their context.

The matcher (`PhoneNumberMatcher`, region NO, `Leniency.VALID`: any grouping, but a valid number)
runs on windows around runs of digits that can hold a phone number, on the text with every
Unicode space and dash made plain. Runs of more than eight digits (a number right after another
number, a date or a list number before it), where the matcher takes the whole run as one
candidate and finds nothing, are split at their group boundaries from the right and each
eight-digit piece is checked with `phonenumbers.is_valid_number`.

Whether a valid number is personal:

* Toll-free, shared-cost, premium and similar numbers never are; neither is a date, a number
  right after «org.nr», nor digits run across a slash or a spaced dash or grouped with a group
  of one digit («900 / 1 600 / 1 600», «900 – 1 600 – 1 600», «900 1 600 1 600»: a budget's
  figures per year side by side).
* A number with money right next to it (`45 000 000 kr`, `kr 48000000`) is an amount. So is one
  in amount context unless a phone word (tlf, mobil, ring, sentralbord …), a person's name or a
  +47 prefix stands before it: grouped in thousands, ending in 000, after a budget or statistics
  word (budsjett, sum, KOSTRA …), before a unit (innbyggere, årsverk …), or in a table column
  headed by a year, an amount or a count.
* A mobile number is personal unless it is labelled as a switchboard (below) with no person's
  name or person word near it («sentralbord 915 02 770»).
* Another number (a landline) is personal only when a person is named or said near it (a
  person's name, direkte, privat, kontaktperson …) and it is not the one labelled switchboard:
  a landline given for a body or its unit, or for «us», is the office's.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ._text import Chain, Tables, around

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
_SWITCHBOARD_RIGHT_BEFORE = re.compile(r"(?:" + _SWITCHBOARD.pattern + r")\w{0,3}\s*:?\s*$", re.I)
_LABEL_GAP = re.compile(r"^[^\d@]{0,25}$")  # between a label and its number: no digit, no address
_PERSON_WORD = re.compile(
    r"kontaktperson|prosjektleder|prosjektleiar|privat|personleg|personlig|direkte|direktenummer|mobil|"
    r"contact person|project (?:manager|lead)|private|personal|direct line",
    re.I,
)
# Two or three capitalised words right before a number: a person's name, unless an org word is in it.
_NAME_BEFORE = re.compile(
    r"(?:^|[^\wÆØÅæøå])([A-ZÆØÅ][a-zæøåéèüö]+(?:[ \-][A-ZÆØÅ][a-zæøåéèüö]+){1,2})[\s,;:()–\-]*(?:(?:tlf|telefon|mob|mobil|tel)\.?[\s:]*)?$"
)
_BODY_WORDS = (
    r"kommune|fylkeskommune|fylke|direktorat|etat|departement|sykehus|helseforetak|universitet|høgskule|høgskole|"
    r"senter|NAV|\bAS\b|ASA|stiftelse|skule|skole|bibliotek|tilsyn|verket|Norge|Noreg|Innovasjon|\bHF\b|\bIKS\b|"
    r"[Ss]tiftelsen|[Ss]tifting|[Ff]orening|[Ff]orbund|[Oo]rganisasjon|[Ll]aget\b|Foundation|Association|Council|Municipality|\bSA\b"
)
_ORG_WORD = re.compile(
    _BODY_WORDS + r"|"
    # A body's district or unit («Bydel Søndre Nordstrand», «Kvam herad», «Avdeling for …»).
    r"[Bb]ydel|[Hh]erad|[Aa]vdeling|[Ss]eksjon|[Ee]ining|[Ee]nhet|[Kk]ontor|[Dd]ivisjon|Division|Department|Office|Unit\b",
)
# Redaction spares a landline only after a body's own name (not a unit word such as «kontor»,
# «enhet»): what leaves the machine errs on the side of the person.
_BODY_WORD = re.compile(_BODY_WORDS)
# A run of two or three capitalised words anywhere in the line before a number (a person's name
# unless an org word is in it).
_NAME_RUN = re.compile(r"(?<![\wÆØÅæøå])[A-ZÆØÅ][a-zæøåéèüö]+(?:[ \-][A-ZÆØÅ][a-zæøåéèüö]+){1,2}")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DATE = re.compile(r"(?<!\d)(\d{1,2})[./\-](\d{1,2})[./\-](\d{4}|\d{2})(?!\d)|(?<!\d)((?:19|20)\d\d)[./\-](\d{1,2})[./\-](\d{1,2})(?!\d)")
_PREFIX_BEFORE = re.compile(r"(?:\(\s?(?:\+|00)\s?47\s?\)|(?:\+|00)\s?47)[ .\-]?$")
_NATIONAL_DIGITS = 8
# The matcher re-parses every inner piece of a long candidate (quadratic in the run's length), so
# runs of digits longer than two phone numbers side by side go to the splitter alone.
_MATCHER_CHAIN = 48
_MATCHER_LIMIT = 500  # the matcher costs some 0.1 ms a number; past this many, the splitter alone


@lru_cache(maxsize=1)
def _types():
    from phonenumbers import PhoneNumberType as T

    return {
        "never": {T.TOLL_FREE, T.PREMIUM_RATE, T.SHARED_COST, T.UAN, T.VOICEMAIL, T.PAGER},
        "mobile": {T.MOBILE, T.PERSONAL_NUMBER},
    }


def is_mobile_number(text: str) -> bool:
    """Whether a phone number as written («+47 915 55 123», «mob. 41 23 45 67») is a mobile:
    a person's own line, where an office's landline is not."""
    digits = re.sub(r"\D", "", text)
    if len(digits) > 8 and digits.startswith(("47", "0047")):
        digits = digits[-8:]
    kind = _type_of_national(digits) if len(digits) == 8 else None
    return kind is None or kind in _types()["mobile"]


@lru_cache(maxsize=65536)
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


def _worth_matching(norm: str, chain: Chain) -> bool:
    """Whether the matcher can find a number in this chain that the splitter would not.

    Eight digits that are a valid number, or a country code and a number (+47 …, 0047 …, or any
    + prefix); on longer runs the matcher finds nothing (it takes the run as one candidate), and
    the splitter takes them apart.
    """
    digits = chain.digits
    if len(digits) == _NATIONAL_DIGITS:
        return _type_of_national(digits) is not None
    if norm[max(0, chain.starts[0] - 3) : chain.starts[0]].count("+"):
        return len(digits) <= 15
    return (len(digits) == 10 and digits.startswith("47")) or (len(digits) == 12 and digits.startswith("0047"))


def _matcher_spans(norm: str, groups_of: list[Chain]) -> list[tuple[int, int, int, bool]]:
    """(start, end, type, prefixed) for the matcher's hits, each chain it is worth running on in a
    window of its own (the chain and 24 characters either side, room for a +47 and the words the
    matcher looks at)."""
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher

    out: list[tuple[int, int, int, bool]] = []
    tried = 0
    for chain in groups_of:
        first, last = chain.starts[0], chain.ends[-1]
        if last - first > _MATCHER_CHAIN or not _worth_matching(norm, chain):
            continue  # a run of numbers, or no phone number: split at its group boundaries instead
        tried += 1
        if tried > _MATCHER_LIMIT:
            break  # a text made of numbers: the rest go to the splitter, which checks each as well
        lo = max(0, first - 24)
        for match in PhoneNumberMatcher(norm[lo : last + 24], "NO", leniency=Leniency.VALID):
            start, end = lo + match.start, lo + match.end
            # Only a number that ends in this chain: the window also holds the text around it,
            # where the matcher finds pieces such as "0 57 61" (a short number) of another run.
            if not first < end <= last:
                continue
            if match.number.country_code == 47 and len(phonenumbers.national_significant_number(match.number)) != _NATIONAL_DIGITS:
                continue
            prefixed = match.raw_string.lstrip("( ").startswith(("+", "00"))
            out.append((start, end, phonenumbers.number_type(match.number), prefixed))
    return out


def _is_date(m: re.Match[str]) -> bool:
    """A real calendar date: day 1-31, month 1-12, a year of two digits or 1900-2099."""
    if m.group(1) is not None:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        return 1 <= day <= 31 and 1 <= month <= 12 and (len(year) == 2 or year[:2] in ("19", "20"))
    return 1 <= int(m.group(5)) <= 12 and 1 <= int(m.group(6)) <= 31


def _holds_date(norm: str, start: int, end: int) -> bool:
    return any(_is_date(m) for m in _DATE.finditer(norm, start, end))


def _split_run(norm: str, chain: Chain, a: int, b: int) -> list[tuple[int, int, int, bool]]:
    """Eight-digit pieces of groups a .. b-1 of a chain, taken from the right at group boundaries."""
    out: list[tuple[int, int, int, bool]] = []
    index = {cut: n for n, cut in enumerate(chain.cuts)}
    years = [0] * (a + 1)  # years[g]: groups before g (from a) that are a year such as 2024
    for g in range(a, b):
        years.append(years[-1] + (chain.cuts[g + 1] - chain.cuts[g] == 4 and _YEAR.match(chain.group(g)) is not None))
    j = b
    while j > a:
        i = index.get(chain.cuts[j] - _NATIONAL_DIGITS)
        if (
            i is not None
            and i >= a
            and (kind := _type_of_national(chain.span(i, j))) is not None
            and years[j] - years[i] < 2  # two years side by side are a range or a header row
            and not _holds_date(norm, chain.starts[i], chain.ends[j - 1])
        ):
            prefixed = i > a and chain.group(i - 1) in ("47", "0047")  # a country code, not a number's end
            start = chain.starts[i - 1] if prefixed else chain.starts[i]
            out.append((start, chain.ends[j - 1], kind, prefixed))
            j = i - 1 if prefixed else i
        else:
            j -= 1
    return out


def _is_amount(norm: str, start: int, end: int, before: str, after: str, phone_cue: bool, header: str | None) -> bool:
    raw = norm[start:end].strip()
    if _MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before[-12:]):
        return True
    if phone_cue:
        return False
    digits = re.sub(r"\D", "", raw)
    if digits.endswith("000") or _THOUSANDS.match(raw):
        return True
    if _AMOUNT_WORD.search(before[-50:]) or _UNIT_AFTER.match(after):
        return True
    return header is not None and bool(_HEADER_AMOUNT.search(header)) and not _PHONE_WORD.search(header)


def _labelled_switchboard(before: str, after: str) -> bool:
    label = None
    for label in _SWITCHBOARD.finditer(before):
        pass
    if label is not None and _LABEL_GAP.match(before[label.end() :]):
        return True
    return bool(re.match(r"^\s*[(\-–,]\s*(?:" + _SWITCHBOARD.pattern + ")", after, re.I))


def _is_personal(norm: str, start: int, end: int, kind: int, prefixed: bool, tables: Tables, cautious: bool = False) -> bool:
    types = _types()
    if kind in types["never"]:
        return False
    before, after = around(norm, start, end)
    if _ORGNR_BEFORE.search(before) or _holds_date(norm, start, end):
        return False
    header = tables.header_cell(start)
    name = _NAME_BEFORE.search(before[-40:])
    person = bool(name and not _ORG_WORD.search(name.group(1)))
    near = before[-40:]
    phone_cue = prefixed or person or bool(_PHONE_WORD.search(near) or _SWITCHBOARD.search(near)) or bool(header and _PHONE_WORD.search(header))
    if _is_amount(norm, start, end, before, after, phone_cue, header):
        return False
    context = before[-60:] + " " + after[:40]
    if kind in types["mobile"]:
        # Some bodies' switchboards have numbers in the mobile range (Oslo universitetssykehus:
        # «sentralbord 915 02 770»): the label right before it, no person named or person word
        # near, and the number is the switchboard's.
        return not (_SWITCHBOARD_RIGHT_BEFORE.search(before) and not person and not _PERSON_WORD.search(context))
    if _labelled_switchboard(before, after):
        return False
    if _PERSON_WORD.search(context):
        return True
    if person:
        return True
    # A person named earlier on the line («Kontakt: Kari Nordmann, post@x.no, tlf 33 30 45 00»):
    # the text does not tell whose line it is, so it is said.
    line = before[before.rfind("\n") + 1 :]
    if any(not _ORG_WORD.search(line[n.start() : n.end() + 20]) for n in _NAME_RUN.finditer(line)):
        return True
    # A landline with no person named or said near it is an office's («Statens vegvesen, divisjon
    # Drift og vedlikehold, telefon 22 07 30 00», «Eining for areal og teknisk, Kvam herad, tlf.
    # 56 55 30 00», «Kontakt oss på 33 30 45 00»): only a person's number is personal data.
    # Redaction before text leaves the machine is `cautious`: a landline stays unless a body's name
    # or unit stands right before it, since a number nobody claims may still be a person's.
    if cautious:
        return not _BODY_WORD.search(before[-50:])
    return False


_SPACED_DASH = re.compile(r"\d\s+-\s*\d|\d\s*-\s+\d")


def _figures_side_by_side(text: str) -> bool:
    """Digits that no one writes as one phone number: across a slash or a spaced dash (a list
    or a range of figures), or with a group of one digit beside others («900 1 600 1», a
    budget's thousands per year; a phone number is grouped in twos, threes and fours)."""
    if "/" in text or _SPACED_DASH.search(text):
        return True
    groups = re.findall(r"\d+", re.sub(r"^\s*\(?\s*(?:\+|00)\s?47\s?\)?", "", text))
    return len(groups) > 1 and any(len(g) == 1 for g in groups)


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted, not overlapping; `starts` their starts)."""
    at = bisect.bisect_left(starts, end) - 1
    return at >= 0 and spans[at][1] > start


def _within(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    at = bisect.bisect_right(starts, start) - 1
    return at >= 0 and spans[at][1] >= end


def phone_spans(norm: str, groups_of: list[Chain], taken: list[tuple[int, int]], cautious: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every personal phone number in the normalised text, outside `taken`.

    `groups_of`: the text's chains of digits with eight digits or more (`_text.chains`).
    `cautious` (redaction): a landline nobody is said to own counts as a person's (see `_is_personal`).
    """
    if not groups_of:
        return []
    found = _matcher_spans(norm, groups_of)
    covered = sorted((s, e) for s, e, _, _ in found)
    covered_starts = [s for s, _ in covered]
    for chain in groups_of:
        a = 0
        for g in range(len(chain) + 1):
            if g < len(chain) and not _within(covered, covered_starts, chain.starts[g], chain.ends[g]):
                continue
            if chain.cuts[g] - chain.cuts[a] >= _NATIONAL_DIGITS:
                found.extend(_split_run(norm, chain, a, g))
            a = g + 1
    tables = Tables(norm)
    taken = sorted(taken)
    taken_starts = [s for s, _ in taken]
    out: list[tuple[int, int]] = []
    for start, end, kind, prefixed in sorted(found):
        if _overlaps(taken, taken_starts, start, end) or (out and start < out[-1][1]):
            continue
        if _figures_side_by_side(norm[start:end]):
            continue  # «900 / 1 600 / 1 600», «900 – 1 600 – 1 600»: a budget's years, not one number
        if not prefixed and (prefix := _PREFIX_BEFORE.search(norm, max(0, start - 8), start)):
            if not (out and prefix.start() < out[-1][1]) and not _overlaps(taken, taken_starts, prefix.start(), end):
                start, prefixed = prefix.start(), True
        if _is_personal(norm, start, end, kind, prefixed, tables, cautious):
            out.append((start, end))
    return out
