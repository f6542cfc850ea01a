"""A generated corpus of sketches with planted personal data, and numbers that must stay untouched.

`corpus(seed, count)` writes `count` sketches. Each holds identity numbers (fødselsnummer, D- and
H-numbers), personal phone numbers and e-mail addresses, written in every form people use (any
grouping and separator, Unicode spaces and dashes, a line break inside the number, «(at)»
spellings), in every place a sketch has them: prose, tables, lists, the metadata block, Markdown
comments, headings, right after another number, near a switchboard or post room, and in the
question put to the coach. Beside them stand amounts, budget cells, dates, year ranges, org
numbers and KOSTRA figures, which must come through untouched.

Every planted item and every number that must stay is recorded with its offsets, so a test can
measure recall per kind and false positives exactly. Used by the tests in this folder and by
`benchmarks/bench_redact.py`.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

import phonenumbers
from stdnum.no import fodselsnummer, orgnr

IDENTITY = ("fodselsnummer", "d-number", "h-number")


@dataclass(frozen=True)
class Planted:
    """A piece of personal data placed at text[start:end] (or in the question)."""

    kind: str  # fodselsnummer, d-number, h-number, phone, email
    start: int
    end: int
    written: str  # as it stands in the text
    key: str  # what must not reach a model: the digits, or the address's local part
    context: str  # prose, table, list, metadata, comment, heading, after-number, switchboard, question
    in_question: bool = False


@dataclass(frozen=True)
class Kept:
    """A number that is no personal data and must come through untouched."""

    kind: str  # amount, budget-cell, date, year-range, orgnr, kostra
    start: int
    end: int
    written: str


@dataclass
class GeneratedSketch:
    text: str
    question: str
    planted: list[Planted] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)


FIRST = ["Kari", "Ola", "Per-Arne", "Åse", "Øystein", "Jörg", "Siri", "Bjørn", "Ingrid", "Håkon", "Aisha", "Mikael", "Tone", "Jens", "Ærlend", "Renée"]
LAST = ["Nordmann", "Hansen", "Olsen", "Bråten", "Møller", "Sæther", "Ødegård", "Johansen", "Lie", "Berg", "Haugen", "Dahl", "Strøm", "Løvås"]
ROLES = ["prosjektleder", "fagansvarlig", "rådgiver", "enhetsleder", "kontaktperson"]
ORG_DOMAINS = ["bergen.kommune.no", "stavanger.kommune.no", "nav.no", "vlfk.no", "helse-bergen.no", "bø.kommune.no", "ålesund.kommune.no"]
CONSUMER = ["gmail.com", "hotmail.com", "online.no", "outlook.com", "icloud.com"]
ID_SEPARATORS = [" ", ".", "-", "/", "\u2013", "\u2011", "\u202f", "\u2009", "\u00a0", "  ", " - ", "\u2007"]
PHONE_SEPARATORS = [" ", ".", "-", "\u00a0", "\u202f", "\u2009", "\u2011", ""]
PHONE_PREFIXES = ["", "", "", "+47 ", "+47", "0047 ", "(+47) ", "+47\u00a0"]

FILLER = [
    "Kommunen har et stort og voksende behov for nye løsninger i tjenestene.",
    "Tallene viser at utgiftene øker hvert år, og at ventetiden blir lengre.",
    "Vi vil samarbeide med leverandørene for å finne løsninger som ikke finnes i dag.",
    "Prosjektet er forankret hos kommunedirektøren og i kommunestyret.",
    "Brukerne og de ansatte skal være med fra starten av.",
    "Løsningen skal kunne tas i bruk av andre kommuner etterpå.",
]
SECTIONS = ["Sammendrag", "Problem og behov", "Tall og data", "Samarbeidspartnere", "Hvorfor oss", "Dialog med næringslivet", "Budsjett"]


# ---------------------------------------------------------------- the identifiers


def identity_number(rng: random.Random, kind: str) -> str:
    """A valid fødselsnummer, D- or H-number (stdnum agrees)."""
    while True:
        year = rng.randint(1935, 2012)
        individual = rng.randint(0, 499) if year < 2000 else rng.randint(500, 999)
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        day += 40 if kind == "d-number" else 0
        month += 40 if kind == "h-number" else 0
        base = f"{day:02d}{month:02d}{year % 100:02d}{individual:03d}"
        k1 = fodselsnummer.calc_check_digit1(base)
        if len(k1) != 1:
            continue
        k2 = fodselsnummer.calc_check_digit2(base + k1)
        if len(k2) != 1:
            continue
        number = base + k1 + k2
        if fodselsnummer.is_valid(number):
            return number


def write_identity(rng: random.Random, digits: str, *, line_break: bool) -> str:
    """The number as people write it: together, 6 + 5, a date with dots, 3-3-3-2, 6-3-2, a line break."""
    sep = rng.choice(ID_SEPARATORS)
    forms = [
        digits,
        digits[:6] + sep + digits[6:],
        digits[:2] + "." + digits[2:4] + "." + digits[4:6] + rng.choice([" ", "-", "\u00a0"]) + digits[6:],
        digits[:3] + sep + digits[3:6] + sep + digits[6:9] + sep + digits[9:],
        digits[:6] + sep + digits[6:9] + sep + digits[9:],
        digits[:6] + sep + digits[6:],
    ]
    if line_break:
        cut = rng.randint(2, 9)
        forms.append(digits[:cut] + "\n" + digits[cut:])
        forms.append(digits[:6] + rng.choice(["\n", " \n", "\n  "]) + digits[6:])
    return rng.choice(forms)


def phone_number(rng: random.Random, mobile: bool = True) -> str:
    """Eight digits of a valid Norwegian mobile (or fixed-line) number."""
    want = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    while True:
        first = rng.choice("49") if mobile else rng.choice("23567")
        digits = first + "".join(rng.choice("0123456789") for _ in range(7))
        number = phonenumbers.parse(digits, "NO")
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) == want:
            return digits


def write_phone(rng: random.Random, digits: str) -> str:
    sep = rng.choice(PHONE_SEPARATORS)
    groupings = [(2, 2, 2, 2), (3, 2, 3), (8,), (4, 4), (2, 3, 3), (3, 3, 2), (2, 2, 4)]
    parts, pos = [], 0
    for size in rng.choice(groupings):
        parts.append(digits[pos : pos + size])
        pos += size
    return rng.choice(PHONE_PREFIXES) + sep.join(parts)


def email_address(rng: random.Random, serial: int) -> tuple[str, str]:
    """(address as written, its local part) in one of the forms people use or hide it in."""
    first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    local = rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}{serial}", f"{first}.{last}{serial}", f"{first}_{last}", f"{last}.{first}"])
    if not any(c.isdigit() for c in local):
        local += str(serial)
    domain = rng.choice(ORG_DOMAINS + CONSUMER)
    at = rng.choice(["@", "@", "@", " (at) ", "[at]", " [at] ", "(at)", " at ", " (a) "])
    if at == " at " and "." not in local:
        at = "@"
    if rng.random() < 0.1:
        domain = domain.replace(".", " (dot) ")
    return local + at + domain, local


# ---------------------------------------------------------------- numbers that must stay


def org_number(rng: random.Random) -> str:
    while True:
        number = str(rng.choice([8, 9])) + "".join(rng.choice("0123456789") for _ in range(8))
        if orgnr.is_valid(number):
            return number


def amount(rng: random.Random) -> int:
    return rng.choice([rng.randint(10, 99) * 1_000_000, rng.randint(1_000, 99_999) * 1_000, rng.randint(100, 9_999) * 10_000])


def write_amount(rng: random.Random, value: int) -> str:
    plain = str(value)
    grouped = f"{value:,}"
    return rng.choice([plain, grouped.replace(",", " "), grouped.replace(",", "\u00a0"), grouped.replace(",", "."), grouped.replace(",", "\u202f")])


# ---------------------------------------------------------------- assembling a sketch


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.planted: list[Planted] = []
        self.kept: list[Kept] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def plant(self, kind: str, written: str, key: str, context: str) -> None:
        self.planted.append(Planted(kind, self.pos, self.pos + len(written), written, key, context))
        self.add(written)

    def keep(self, kind: str, written: str) -> None:
        self.kept.append(Kept(kind, self.pos, self.pos + len(written), written))
        self.add(written)

    def template(self, template: str, values: dict[str, tuple]) -> None:
        """Fill `{name}` slots: a value is ("plant", kind, written, key, context), ("keep", kind, written) or ("text", s)."""
        for piece in re.split(r"(\{\w+\})", template):
            if piece.startswith("{") and piece.endswith("}"):
                value = values[piece[1:-1]]
                if value[0] == "plant":
                    self.plant(*value[1:])
                elif value[0] == "keep":
                    self.keep(*value[1:])
                else:
                    self.add(value[1])
            else:
                self.add(piece)

    @property
    def text(self) -> str:
        return "".join(self.parts)


PERSONAL_TEMPLATES = {
    "prose": [
        "Kontaktperson er {name}, {role}, {label} {x}.",
        "Brukeren {name} ({x}) har fått tjenesten siden 2021.",
        "Ta kontakt med {name} på {x} om prosjektet.",
        "Søknaden er skrevet av {name}; {x} kan brukes for spørsmål.",
        "{name} {x}",
    ],
    "list": ["- {name}: {x}", "* {role} {name}, {x}", "1. {x} ({name})"],
    "markup": ["**{x}**", "`{x}`", "> {name}, {x}", "_{x}_", "({x})", "Se {x}, {name}."],
    "comment": ["<!-- intern merknad: {name} {x} -->", "<!--\nSjekk med {name}: {x}\n-->"],
    "heading": ["### Kontakt: {name} {x}", "## Prosjektleder {name}, {x}"],
    "after-number": [
        "Sentralbord 55 56 55 56 / {x}",
        "Sak 2024 {x} er lukket.",
        "Ring sentralbordet på 22 33 44 55 eller {x}.",
        "I 2024 fikk {name} nytt nummer {x}",
        "Saksnummer 12 {x}",
    ],
    "switchboard": [
        "Postmottak: postmottak@bergen.kommune.no. Prosjektleder {name}: {x}",
        "Sentralbord 55 56 55 56 – {name} direkte {x}",
        "Servicesenteret hjelper deg, eller ring {name} på {x} (postmottak tar ikke telefon).",
        "Kontakt {name} på {x} eller sentralbordet.",
        "Servicesenter {x} ({name}, mobil)",
    ],
}


def _person_value(rng: random.Random, kind: str, context: str, serial: int) -> tuple:
    if kind in IDENTITY:
        digits = identity_number(rng, kind)
        written = write_identity(rng, digits, line_break=context in ("prose", "comment", "list"))
        return ("plant", kind, written, digits, context)
    if kind == "phone":
        mobile = context in ("switchboard", "after-number") or rng.random() < 0.85
        digits = phone_number(rng, mobile=mobile)
        return ("plant", kind, write_phone(rng, digits), digits, context)
    written, local = email_address(rng, serial)
    return ("plant", kind, written, local, context)


def _label(kind: str) -> str:
    return {"phone": "mobil", "email": "e-post", "fodselsnummer": "fødselsnummer", "d-number": "D-nummer", "h-number": "H-nummer"}[kind]


def _kept_paragraph(b: _Builder, rng: random.Random) -> None:
    choice = rng.randrange(8)
    a = ("keep", "amount", write_amount(rng, amount(rng)))
    if choice == 0:
        b.template("Budsjettet er på {a} kr for hele perioden. ", {"a": a})
    elif choice == 1:
        b.template("Rammen er {a}, og {b} går til utvikling. ", {"a": ("keep", "amount", str(rng.randint(20, 99) * 1_000_000)), "b": a})
    elif choice == 2:
        b.template("Oppstart {d}, prosjektleder {e} fra {f}. ", {
            "d": ("keep", "date", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2024, 2027)}"),
            "e": ("keep", "date", f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2024, 2027)}"),
            "f": ("keep", "date", f"{rng.randint(2024, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
        })
    elif choice == 3:
        y = rng.randint(2023, 2027)
        sep = rng.choice(["–", "-", " – ", "/", "\u2011"])
        b.template("Planperioden {r} følger økonomiplanen. ", {"r": ("keep", "year-range", f"{y}{sep}{y + rng.randint(1, 5)}")})
    elif choice == 4:
        number = org_number(rng)
        written = rng.choice([number, f"{number[:3]} {number[3:6]} {number[6:]}"])
        b.template(rng.choice(["Org.nr. {o}. ", "Partneren (org.nr {o}) deltar. ", "{o} er organisasjonsnummeret. "]), {"o": ("keep", "orgnr", written)})
    elif choice == 5:
        b.template("Netto driftsutgifter til pleie og omsorg var {k} kroner i 2023 (KOSTRA). ", {"k": ("keep", "kostra", write_amount(rng, rng.randint(20_000_000, 99_999_999)))})
    elif choice == 6:
        b.template("KOSTRA 2023: {k} i netto driftsutgifter. ", {"k": ("keep", "kostra", f"{rng.randint(20_000_000, 99_999_999):,}".replace(",", " "))})
    else:
        b.template("Vi har satt av {a} til utvikling og {c} til testing. ", {"a": ("keep", "amount", str(rng.randint(20, 99) * 1_000_000)), "c": ("keep", "amount", write_amount(rng, amount(rng)))})


def _budget_table(b: _Builder, rng: random.Random) -> None:
    b.add("| Post | 2025 | 2026 | Sum |\n|---|---:|---:|---:|\n")
    for post in ("Prosjektledelse", "Utvikling i partnerskapet", "Testing og evaluering"):
        first, second = rng.randint(20_000, 99_999) * 1000, rng.randint(2_000, 99_999) * 1000
        b.template("| " + post + " | {a} | {b} | {c} |\n", {
            "a": ("keep", "budget-cell", str(first)),
            "b": ("keep", "budget-cell", write_amount(rng, second)),
            "c": ("keep", "budget-cell", str(first + second)),
        })
    b.add("\n")
    b.add("| Indikator | 2023 | Kilde |\n|---|---:|---|\n")
    b.template("| Netto driftsutgifter pleie og omsorg | {k} | KOSTRA |\n\n", {"k": ("keep", "kostra", str(rng.randint(20_000_000, 99_999_999)))})


def _contact_table(b: _Builder, rng: random.Random, serial: int) -> int:
    b.add("| Navn | Rolle | Telefon | E-post |\n|---|---|---|---|\n")
    for _ in range(3):
        name = rng.choice(FIRST) + " " + rng.choice(LAST)
        b.template("| {n} | {r} | {p} | {e} |\n", {
            "n": ("text", name),
            "r": ("text", rng.choice(ROLES)),
            "p": _person_value(rng, "phone", "table", serial),
            "e": _person_value(rng, "email", "table", serial + 1),
        })
        serial += 2
    b.add("\n| Navn | Fødselsnummer |\n|---|---|\n")
    for _ in range(2):
        kind = rng.choice(IDENTITY)
        b.template("| {n} | {i} |\n", {"n": ("text", rng.choice(FIRST) + " " + rng.choice(LAST)), "i": _person_value(rng, kind, "table", serial)})
    b.add("\n")
    return serial + 1


def generate(rng: random.Random, index: int) -> GeneratedSketch:
    """One sketch with planted personal data and numbers that must stay."""
    b = _Builder()
    serial = index * 100
    b.add("---\ntitle: Trygg hjemme lenger\napplicant:\n  name: Bergen kommune\n  orgnr: \"")
    b.keep("orgnr", "964338531")
    b.add("\"\n  kind: kommune\ncontact:\n  name: " + rng.choice(FIRST) + " " + rng.choice(LAST) + "\n  phone: \"")
    phone = _person_value(rng, "phone", "metadata", serial)
    b.plant(*phone[1:])
    b.add("\"\n  email: ")
    mail = _person_value(rng, "email", "metadata", serial + 1)
    b.plant(*mail[1:])
    b.add("\n  fnr: \"")
    ident = _person_value(rng, rng.choice(IDENTITY), "metadata", serial)
    b.plant(ident[1], ident[2].replace("\n", " "), ident[3], "metadata")
    b.add("\"\nlanguage: nb\nrubric: innovasjonspartnerskap\n---\n\n# Trygg hjemme lenger\n\n")
    serial += 2
    for number, title in enumerate(SECTIONS):
        b.add(f"## {title}\n\n")
        for _ in range(2):
            b.add(rng.choice(FILLER) + " ")
            _kept_paragraph(b, rng)
        b.add("\n\n")
        if title == "Budsjett":
            _budget_table(b, rng)
        if title == "Samarbeidspartnere":
            serial = _contact_table(b, rng, serial)
        for _ in range(3 if number else 2):
            context = rng.choice(list(PERSONAL_TEMPLATES))
            kind = "phone" if context in ("switchboard", "after-number") and rng.random() < 0.7 else rng.choice(["phone", "email", *IDENTITY])
            if context == "switchboard" and kind not in ("phone", "email"):
                kind = "phone"
            template = rng.choice(PERSONAL_TEMPLATES[context])
            b.template(template, {
                "name": ("text", rng.choice(FIRST) + " " + rng.choice(LAST)),
                "role": ("text", rng.choice(ROLES)),
                "label": ("text", _label(kind)),
                "x": _person_value(rng, kind, context, serial),
            })
            serial += 1
            b.add("\n\n")
    q = _Builder()
    kind = rng.choice(["phone", "email", *IDENTITY])
    q.template(rng.choice(["Bør jeg ta med {x} i skissen?", "Er {x} riktig skrevet, og hva mangler ellers?", "Hvordan kan vi omtale kontaktpersonen ({x}) uten personopplysninger?"]), {
        "x": _person_value(rng, kind, "question", serial + 50),
    })
    question_planted = [Planted(p.kind, p.start, p.end, p.written, p.key, "question", in_question=True) for p in q.planted]
    return GeneratedSketch(b.text, q.text, b.planted + question_planted, b.kept)


def leaked(planted: Planted, redacted: str) -> bool:
    """Whether what identifies a planted item (its digits, in any grouping, or the address's local
    part) still stands in the redacted text."""
    if planted.kind == "email":
        return planted.key in redacted
    from assistant.core.sketch.personal._text import CHAIN, normalise

    return any(planted.key in re.sub(r"\D", "", m.group()) for m in CHAIN.finditer(normalise(redacted)))


def corpus(seed: int = 16, count: int = 60) -> list[GeneratedSketch]:
    rng = random.Random(seed)
    return [generate(rng, i) for i in range(count)]
