"""Personal data in a sketch: fødselsnummer, D- and H-numbers, personal phone numbers and e-mail.

A sketch should hold no personal data, and none should reach a cloud model unasked. This module
finds it and can replace it with placeholders (`redact`).

What counts as personal, and why:

* **11-digit numbers** whose two MOD11 check digits pass. The kind follows the digits: day + 40
  is a D-number, month + 40 an H-number, otherwise a fødselsnummer. When the check digits pass
  but the date, the century or "born by today" check fails (`stdnum` rejects it), the hit has
  `checksum_only=True`: that check depends on today's date and on rules that change in 2032,
  so such a number is still far more likely an identity number than chance.
* **Phone numbers**: valid Norwegian numbers (`phonenumbers`). A mobile number is personal,
  unless the same line calls it a switchboard, service centre or on-call line. A fixed-line
  number is personal only when the line marks it as a person's (contact person, private,
  direct line) or a person's name stands right before it; a municipality's switchboard
  (`55 56 55 56`) is not. Toll-free, shared-cost and short numbers never are. A run of digits
  grouped like an amount (`45 000 000`) counts only with a phone word or `+47` before it.
* **E-mail addresses** at a consumer provider (gmail, hotmail, outlook, online.no ...), or whose
  local part is a name in two or more parts (`kari.nordmann@bergen.kommune.no`). Role
  addresses (`postmottak@...`, `innovasjon@...`) and single-word local parts on an
  organisation's domain are not flagged: they are the addresses a sketch should give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache



class PersonalKind(StrEnum):
    """What kind of personal data a hit is."""

    FODSELSNUMMER = "fodselsnummer"
    D_NUMBER = "d-number"
    H_NUMBER = "h-number"
    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True)
class PersonalDataHit:
    """One piece of personal data: its kind, where it is (offsets, 1-based line) and the text."""

    kind: PersonalKind
    start: int
    end: int
    line: int
    text: str
    checksum_only: bool = False  # 11 digits whose check digits pass though the date check fails


_SEP = r"[ \u00a0\-]"
# The look-behind sits after the first digit, so the regex engine can skip ahead to digits.
_ELEVEN = re.compile(rf"(\d(?<!\d\d)\d{{5}}){_SEP}?(\d{{5}})(?!\d)")

# An 8-digit Norwegian number, optionally after +47 / 0047, written with single separators.
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[ \u00a0.\-])"
    r"(?P<cc>\(?(?:\+|00)[ \u00a0]?47\)?[ \u00a0.\-]?)?"
    r"(?P<num>\d(?:[ \u00a0.\-]?\d){7})"
    r"(?![ \u00a0.\-]?\d)(?!\w)"
)
_AMOUNT_LIKE = re.compile(r"^\d{1,3}(?:[ \u00a0.]\d{3})+$")
_PHONE_WORD = re.compile(r"(?:\btlf\b|\btelefon|\bmobil|\bmob\b|\bphone\b|\btel\b|\bmobile\b|\bring\b|\bcall\b|\bsms\b)\.?[:\s]*$", re.I)
_MONEY_AFTER = re.compile(r"^\s*(?:kr\b|nok\b|mill|mrd|kroner|,-)", re.I)
_MONEY_BEFORE = re.compile(r"(?:\bkr\.?|\bnok)\s*$", re.I)
_SWITCHBOARD = re.compile(
    r"sentralbord|servicesenter|servicetorg|kundesenter|kundeservice|vakttelefon|vaktnummer|hovednummer|"
    r"hovudnummer|switchboard|service ?cent(?:er|re)|main number|front desk|resepsjon|postmottak|publikumstelefon",
    re.I,
)
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
    r"senter|NAV|AS$|ASA$|stiftelse|skule|skole|bibliotek|tilsyn|verket|Norge|Noreg|Innovasjon",
)
_PERSON_LINE_TYPES = None  # filled lazily: phonenumbers is imported on first use

_EMAIL = re.compile(
    r"(?<![\w.+\-])(?P<local>[A-Za-z0-9ÆØÅæøåéü._%+\-]{1,64})@(?P<domain>[A-Za-z0-9ÆØÅæøå\-]+(?:\.[A-Za-z0-9ÆØÅæøå\-]+)+)"
)
_CONSUMER_DOMAINS = {
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.no", "outlook.com", "outlook.no", "live.com",
    "live.no", "msn.com", "yahoo.com", "yahoo.no", "icloud.com", "me.com", "mac.com", "online.no",
    "getmail.no", "broadpark.no", "start.no", "frisurf.no", "c2i.net", "chello.no", "altibox.no",
    "lyse.net", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "aol.com", "mail.com",
    "tutanota.com", "yandex.com", "hushmail.com",
}
_ROLE_WORDS = {
    "post", "postmottak", "postkasse", "firmapost", "kontakt", "contact", "info", "informasjon", "servicetorg",
    "servicesenter", "sentralbord", "kundeservice", "support", "hjelp", "help", "noreply", "no-reply",
    "admin", "administrasjon", "innovasjon", "prosjekt", "project", "sekretariat", "office", "kontor",
    "okonomi", "økonomi", "faktura", "invoice", "personal", "hr", "it", "presse", "press", "media",
    "kommunikasjon", "redaksjon", "webmaster", "ikt", "drift", "mottak", "soknad", "søknad", "anskaffelser",
    "innkjop", "innkjøp", "lup", "fou", "utvikling", "tjenester", "helse", "omsorg", "skole", "barnehage",
}
_NAME_PART = re.compile(r"^[a-zæøåéü]{2,}(?:\d{0,4})$|^[a-zæøåéü]$")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", text))
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


_CONTEXT = 80  # characters either side that can make a number personal (or not)


def _line_text(text: str, start: int, end: int) -> tuple[str, str]:
    """(up to 80 characters of the line before `start`, up to 80 after `end`).

    Bounded, so that a megabyte-long line full of numbers is still scanned in linear time.
    """
    before = text[max(0, start - _CONTEXT) : start]
    after = text[end : end + _CONTEXT]
    before = re.split(r"\r\n|\r|\n", before)[-1]
    after = re.split(r"\r\n|\r|\n", after, maxsplit=1)[0]
    return before, after


# ---------------------------------------------------------------- identity numbers


def _check_digits_pass(digits: str) -> bool:
    from stdnum.no import fodselsnummer  # python-stdnum: loaded when eleven digits turn up

    return digits[9] == fodselsnummer.calc_check_digit1(digits[:9]) and digits[10] == fodselsnummer.calc_check_digit2(digits[:10])


def _valid_identity(digits: str) -> bool:
    from stdnum.no import fodselsnummer

    return fodselsnummer.is_valid(digits)


def _identity_kind(digits: str) -> PersonalKind:
    day, month = int(digits[0:2]), int(digits[2:4])
    if 41 <= day <= 71:
        return PersonalKind.D_NUMBER
    if 41 <= month <= 52:
        return PersonalKind.H_NUMBER
    return PersonalKind.FODSELSNUMMER


def _identity_numbers(text: str, starts: list[int]) -> list[PersonalDataHit]:
    hits: list[PersonalDataHit] = []
    for m in _ELEVEN.finditer(text):
        digits = m.group(1) + m.group(2)
        if not _check_digits_pass(digits):
            continue
        hits.append(
            PersonalDataHit(
                kind=_identity_kind(digits),
                start=m.start(),
                end=m.end(),
                line=_line_of(starts, m.start()),
                text=m.group(0),
                checksum_only=not _valid_identity(digits),
            )
        )
    return hits


# ---------------------------------------------------------------- phone numbers


def _number_types():
    global _PERSON_LINE_TYPES
    if _PERSON_LINE_TYPES is None:
        from phonenumbers import PhoneNumberType as T

        _PERSON_LINE_TYPES = {
            "mobile": {T.MOBILE},
            "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE, T.VOIP, T.PERSONAL_NUMBER},
        }
    return _PERSON_LINE_TYPES


@lru_cache(maxsize=4096)
def _number_type(digits: str) -> int | None:
    """phonenumbers' type of a Norwegian number, or None when it is not a valid one."""
    import phonenumbers

    try:
        number = phonenumbers.parse("+47" + digits)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.number_type(number)


def _phone_is_personal(digits: str, before: str, after: str, raw: str, has_cc: bool) -> bool:
    kind = _number_type(digits)
    if kind is None:
        return False
    near_before = before[-40:]
    phone_word = bool(_PHONE_WORD.search(near_before))
    if not has_cc and not phone_word:
        if _AMOUNT_LIKE.match(raw) or _MONEY_AFTER.match(after) or _MONEY_BEFORE.search(near_before):
            return False
    types = _number_types()
    context = before[-60:] + " " + after[:40]
    if _SWITCHBOARD.search(context):
        return False
    if kind in types["mobile"]:
        return True
    if kind in types["fixed"]:
        if _PERSON_WORD.search(context):
            return True
        name = _NAME_BEFORE.search(near_before)
        return bool(name and not _ORG_WORD.search(name.group(1)))
    return False


# Eight digits in a row, separators allowed: every phone number holds such a run. The full
# pattern (look-behinds first) is slow to try at every position, so it runs only near these.
_PHONE_HINT = re.compile(r"\d(?:[ \u00a0.\-]?\d){7}")


def _phone_matches(text: str) -> list[re.Match[str]]:
    """The matches `_PHONE.finditer(text)` gives, found by looking only near runs of digits."""
    windows: list[list[int]] = []
    for hint in _PHONE_HINT.finditer(text):
        lo, hi = max(0, hint.start() - 16), hint.end() + 32  # room for a +47 prefix and the rest
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    out: list[re.Match[str]] = []
    for lo, hi in windows:
        for m in _PHONE.finditer(text, lo, min(hi, len(text))):
            # A window's end cuts the text short; the match must stand in the whole text too.
            whole = _PHONE.match(text, m.start())
            if whole is not None and whole.end() == m.end():
                out.append(whole)
    return out


def _phone_numbers(text: str, starts: list[int], taken: list[tuple[int, int]]) -> list[PersonalDataHit]:
    hits: list[PersonalDataHit] = []
    for m in _phone_matches(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        raw = m.group("num")
        digits = re.sub(r"\D", "", raw)
        before, after = _line_text(text, m.start(), m.end())
        if _phone_is_personal(digits, before, after, raw, bool(m.group("cc"))):
            hits.append(PersonalDataHit(PersonalKind.PHONE, m.start(), m.end(), _line_of(starts, m.start()), m.group(0)))
    return hits


# ---------------------------------------------------------------- e-mail


def email_is_personal(address: str) -> bool:
    """Whether an e-mail address is plausibly one person's (see the module docstring)."""
    local, _, domain = address.rpartition("@")
    local, domain = local.casefold(), domain.casefold().rstrip(".")
    if domain in _CONSUMER_DOMAINS:
        return True
    parts = [p for p in re.split(r"[._\-]", local) if p]
    if len(parts) < 2 or any(p.rstrip("0123456789") in _ROLE_WORDS for p in parts):
        return False
    return all(_NAME_PART.match(p) for p in parts) and sum(len(p) >= 2 for p in parts) >= 2


def _emails(text: str, starts: list[int]) -> list[PersonalDataHit]:
    hits: list[PersonalDataHit] = []
    if "@" not in text:
        return hits
    for m in _EMAIL.finditer(text):
        address = m.group(0).rstrip(".")
        if email_is_personal(address):
            end = m.start() + len(address)
            hits.append(PersonalDataHit(PersonalKind.EMAIL, m.start(), end, _line_of(starts, m.start()), address))
    return hits


# ---------------------------------------------------------------- public


def find_personal_data(text: str) -> list[PersonalDataHit]:
    """Every piece of personal data in `text`, in the order it appears."""
    if not text:
        return []
    starts = _line_starts(text)
    ids = _identity_numbers(text, starts)
    mails = _emails(text, starts)
    taken = [(h.start, h.end) for h in ids + mails]
    phones = _phone_numbers(text, starts, taken)
    return sorted(ids + mails + phones, key=lambda h: (h.start, h.end))


def placeholder(kind: PersonalKind, lang: str = "nb") -> str:
    """The text that stands in for a redacted hit, e.g. `[fødselsnummer]`."""
    from ..i18n import t

    return "[" + t(f"personal.placeholder.{kind.value}", lang) + "]"


def redact(text: str, lang: str = "nb") -> tuple[str, list[PersonalDataHit]]:
    """`text` with every hit replaced by a placeholder, and the hits (offsets in the original)."""
    hits = find_personal_data(text)
    if not hits:
        return text, hits
    out: list[str] = []
    pos = 0
    for hit in hits:
        if hit.start < pos:
            continue
        out.append(text[pos : hit.start])
        out.append(placeholder(hit.kind, lang))
        pos = hit.end
    out.append(text[pos:])
    return "".join(out), hits
