"""Norwegian public bodies by a registry, not by guessing: what kind of body a name is, and
where a text names organisations.

The registry is package data (`assistant/core/data/public_bodies.toml`: every kommune and
fylkeskommune, the health trusts, state agencies, directorates, universities, with English
names), plus legal-form suffixes (AS, ASA, IKS, HF, …) and words that name a kind of body.
Only spans that name an organisation become one: a municipality by its name and a legal word
(«Bodø kommune», «Troms County Authority»), a body by its registered name or an alias, a
company or trust by capitalised words ending in a legal form («Omsorgsteknologi Nord AS»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..data.datafiles import DataFileError, read_toml
from .model import OrgKind
from .rubric import RubricError

DATA = Path(__file__).resolve().parents[1] / "data" / "public_bodies.toml"

_KINDS = {
    "kommune": OrgKind.KOMMUNE,
    "fylkeskommune": OrgKind.FYLKESKOMMUNE,
    "helseforetak": OrgKind.HELSEFORETAK,
    "statlig": OrgKind.STATLIG,
    "universitet": OrgKind.OFFENTLIG,
    "offentlig": OrgKind.OFFENTLIG,
    "selskap": OrgKind.SELSKAP,
    "company": OrgKind.SELSKAP,
    "consultancy": OrgKind.SELSKAP,
    "private-foundation": OrgKind.BRUKERORGANISASJON,
    "private-school": OrgKind.SELSKAP,
    "association": OrgKind.BRUKERORGANISASJON,
    "research": OrgKind.FORSKNING,
    "cluster": OrgKind.KLYNGE,
}


_OFFICE = re.compile(r"\s(?:i|of)\s+(\S.{0,60})$")


@dataclass(frozen=True)
class Body:
    """An organisation as the registry or its name tells it."""

    name: str
    kind: OrgKind
    why: str  # registry, legal-form, name-word, person or unknown
    detail: str = ""  # the registry kind, the legal form or the word that told
    orgnr: str | None = None
    ref: str = ""  # the registry entry («kommune:Bergen»), the same for every name of one body

    @property
    def key(self) -> str:
        # One office of a body with many («Statsforvalteren i Vestland», «County Governor of
        # Rogaland»: the body's own name, then the place) is a body of its own; a name that holds
        # its place («Sykehuset i Vestfold HF», «University Hospital of North Norway», «City of
        # Oslo») is one body, whichever of its names is used.
        if self.ref and " i " not in self.ref and (office := _OFFICE.search(self.name)):
            head = _registry().named.get(self.name[: office.start()].strip().casefold())
            if head is not None and head.ref == self.ref:
                return f"{self.ref}@{office.group(1).casefold()}"
        return self.ref or self.name.casefold()


@dataclass(frozen=True)
class Found:
    """An organisation named in a text."""

    start: int
    end: int
    body: Body


class RegistryError(RubricError):
    """The bundled registry is broken (a broken install); the message names the file."""


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass
class _Registry:
    named: dict[str, Body]  # casefolded name or alias -> body
    places: dict[str, str]  # casefolded municipality name or alias -> its name
    districts: dict[str, str]  # casefolded city district («Alna», «Fana») -> its municipality
    counties: dict[str, Body]  # casefolded county name or alias -> body
    kommune_words: list[str]
    kommune_before: list[str]
    county_words: list[str]
    county_before: list[str]
    legal_forms: dict[str, str]  # legal form -> registry kind
    name_words: list[tuple[str, re.Pattern[str]]]
    described_as: list[tuple[str, re.Pattern[str]]]  # words after a name that say what it is
    lowercase_in_names: frozenset[str]
    acronyms: frozenset[str]  # short names («NAV», «UiT», «SSB») that count only as written
    last_words: frozenset[str]  # the last word of a municipality's or county's legal words
    first_words: frozenset[str]  # the first word of «Municipality of», «County of», …
    named_first: frozenset[str]  # the first word of every registered name


@cache
def _registry() -> _Registry:
    try:
        data = read_toml(DATA)  # through its JSON copy: the TOML parser costs 60 ms for this file
    except (OSError, UnicodeDecodeError, DataFileError) as exc:
        raise RegistryError(f"{DATA}: {exc}") from exc
    named: dict[str, Body] = {}
    for key in ("helseforetak", "statlig", "universitet"):
        for entry in data.get(key, []):
            # A directorate that heads an agency is that agency (`part_of`): one body, whichever is named.
            body = Body(entry["name"], _KINDS[key], "registry", key, entry.get("orgnr"), f"{key}:{entry.get('part_of', entry['name'])}")
            for name in [entry["name"], *entry.get("aliases", [])]:
                named.setdefault(name.casefold(), body)
    places: dict[str, str] = {}
    districts: dict[str, str] = {}
    for entry in data.get("kommune", []):
        for name in [entry["name"], *entry.get("aliases", [])]:
            places.setdefault(name.casefold(), entry["name"])
        for name in entry.get("districts", []):
            districts.setdefault(" ".join(name.replace(".", " ").split()).casefold(), entry["name"])  # «St. Hanshaugen» as its words
    counties: dict[str, Body] = {}
    for entry in [*data.get("fylkeskommune", []), *data.get("former_fylkeskommune", [])]:
        body = Body(entry["name"], OrgKind.FYLKESKOMMUNE, "registry", "fylkeskommune", entry.get("orgnr"), f"fylkeskommune:{entry['name']}")
        for name in [entry["name"], *entry.get("aliases", [])]:
            counties.setdefault(name.casefold(), body)
    words = data.get("words", {})
    legal = {form: kind for kind, forms in data.get("legal_forms", {}).items() for form in forms}
    name_words = [
        (kind, re.compile(r"(?<!\w)(?:" + _alternation(ws) + r")(?!\w)", re.IGNORECASE)) for kind, ws in data.get("name_words", {}).items()
    ]
    described_as = [
        (kind, re.compile(r"(?<!\w)(?:" + _alternation(ws) + r")(?!\w)", re.IGNORECASE)) for kind, ws in data.get("described_as", {}).items()
    ]
    lower = frozenset(w.casefold() for w in words.get("lowercase_in_names", []))
    written = {a for key in ("helseforetak", "statlig", "universitet") for e in data.get(key, []) for a in [e["name"], *e.get("aliases", [])]}
    return _Registry(
        named=named,
        places=places,
        districts=districts,
        counties=counties,
        kommune_words=words.get("kommune", []),
        kommune_before=words.get("kommune_before", []),
        county_words=words.get("fylkeskommune", []),
        county_before=words.get("fylkeskommune_before", []),
        legal_forms=legal,
        name_words=name_words,
        described_as=described_as,
        lowercase_in_names=lower,
        acronyms=frozenset(a for a in written if len(a) <= 5),
        last_words=frozenset(w.split()[-1].casefold() for w in [*words.get("kommune", []), *words.get("fylkeskommune", [])]),
        first_words=frozenset(w.split()[0].casefold() for w in [*words.get("kommune_before", []), *words.get("fylkeskommune_before", [])]),
        named_first=frozenset(_first_word(n) for n in named),
    )


_PERSON = re.compile(r"^[A-ZÆØÅ][a-zæøåéü]+(?:[- ][A-ZÆØÅ][a-zæøåéü]+){1,3}$")
# A name that ends in what a body is («Fjellheim Barnehage», «Solbakken Sykehjem») is no person's,
# though it is shaped like one: who runs it is not said.
_BODY_NOUN = re.compile(
    r"(?:barnehage|barnehagen|skole|skolen|skule|skulen|senter|senteret|museum|museet|bibliotek|biblioteket|klinikk|klinikken|"
    r"sykehjem|sjukeheim|omsorgssenter|verksted|institutt|instituttet|kontor|kontoret|huset|tun|tunet|gård|gården|"
    r"kindergarten|school|centre|center|clinic|library)$",
    re.IGNORECASE,
)
# One word that Norwegian makes a public body's name of: a directorate, a supervisory authority
# (state bodies), an agency («Valgdirektoratet», «Havindustritilsynet», «Vegetaten»), though the
# registry lacks it.
_STATE_COMPOUND = re.compile(r"[A-ZÆØÅ][a-zæøåé-]{2,}?(?P<suffix>direktoratet|direktorat|tilsynet|etaten|departementet)")
# A court named by its place («Oslo tingrett», «Borgarting lagmannsrett», «Nord-Troms og Senja
# tingrett», «Oslo District Court», «Borgarting Court of Appeal»): a state body, though the registry
# does not list every court.
_COURT = re.compile(
    r"[A-ZÆØÅ][\wæøå-]*(?:[ \u00a0](?:og[ \u00a0])?[A-ZÆØÅ][\wæøå-]*){0,3}?[ \u00a0]"
    r"(?:tingretten|tingrett|lagmannsretten|lagmannsrett|jordskifteretten|jordskifterett|District[ \u00a0]Court|Court[ \u00a0]of[ \u00a0]Appeal|Land[ \u00a0]Consolidation[ \u00a0]Court)\b"
)
# A word Norwegian makes an association's name of («Pensjonistforbundet», «Diabetesforbundet»,
# «Funksjonshemmedes Fellesorganisasjon»).
_ASSOCIATION_COMPOUND = re.compile(r"[A-ZÆØÅ][a-zæøåé-]{2,}?(?P<suffix>forbundet|forbund|foreningen|forening|foreininga|foreining|organisasjon|organisasjonen)\b")
_TRIM = " \t*_`«»\"“”'.,;:()[]"


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip(_TRIM)
    return re.sub(r"\s*\((?:org\.?\s*nr\.?|orgnr|organisasjonsnummer)[^)]*\)", "", name, flags=re.I).strip(_TRIM)


@lru_cache(maxsize=1024)
def is_place_name(word: str) -> bool:
    """Whether a word is a municipality's or a county's name («innlandet», «tromso»), as an office
    writes its region into a mailbox («nav.innlandet@nav.no»)."""
    ascii_ = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e"})
    reg = _registry()
    return any(word.casefold() in (n, n.translate(ascii_), n.replace(" ", "-")) for n in (*reg.places, *reg.counties))


def lookup(name: str) -> Body | None:
    """The body a name names in the registry (a municipality, a county, a trust, an agency, a
    university), or None."""
    reg = _registry()
    clean = _clean(name)
    key = clean.casefold()
    if key in reg.named:
        return reg.named[key]
    found = _scan(clean, legal=False)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(clean):
        return found[0].body
    return None


def _kommune_body(span: str) -> Body:
    reg = _registry()
    low = span.casefold()
    for place_key, place in reg.places.items():
        if low.startswith(place_key + " ") or low.endswith(" " + place_key):
            return Body(span, OrgKind.KOMMUNE, "registry", "kommune", _kommune_orgnr(place), f"kommune:{place}")
    return Body(span, OrgKind.KOMMUNE, "registry", "kommune")


@cache
def _kommune_orgnrs() -> dict[str, str]:
    data = read_toml(DATA)
    return {e["name"]: e["orgnr"] for e in data.get("kommune", []) if e.get("orgnr")}


def _kommune_orgnr(place: str) -> str | None:
    return _kommune_orgnrs().get(place)


def _county_body(span: str) -> Body:
    reg = _registry()
    low = " ".join(span.split()).casefold()
    # The name itself, else the longest place it begins with («Vestfold og Telemark
    # fylkeskommune» is not «Telemark fylkeskommune»), else the one it ends with («County of …»).
    ordered = sorted(reg.counties.items(), key=lambda kv: -len(kv[0]))
    for test in (low.__eq__, lambda k: low.startswith(k + " "), lambda k: low.endswith(" " + k)):
        for county_key, body in ordered:
            if test(county_key):
                return Body(span, OrgKind.FYLKESKOMMUNE, "registry", "fylkeskommune", body.orgnr, body.ref)
    return Body(span, OrgKind.FYLKESKOMMUNE, "registry", "fylkeskommune")


def classify(name: str) -> Body:
    """What kind of body a name is: the registry first, then a legal form at its end, then the
    words in it, then a person's name; otherwise unknown (and the checker says it cannot tell)."""
    reg = _registry()
    clean = _clean(name)
    if not clean:
        return Body(name, OrgKind.UKJENT, "unknown")
    if (known := lookup(clean)) is not None:
        return Body(clean, known.kind, known.why, known.detail, known.orgnr, known.ref)
    last = clean.split()[-1] if clean.split() else ""
    private_words = {k: rx.search(clean) for k, rx in reg.name_words if k in ("consultancy", "private-school", "private-foundation")}
    # A legal form ends a name of more words: «KS» alone is an organisation's short name, no form.
    if len(clean.split()) > 1 and (last in reg.legal_forms or last.rstrip(".") in reg.legal_forms):
        kind_key = reg.legal_forms.get(last, reg.legal_forms.get(last.rstrip(".")))
        if kind_key == "selskap":
            for word_kind in ("consultancy", "private-school"):
                if (m := private_words.get(word_kind)) is not None:
                    return Body(clean, _KINDS[word_kind], "name-word", f"{word_kind}: {m.group(0)}")
        return Body(clean, _KINDS[kind_key], "legal-form", last)
    for kind_key, rx in reg.name_words:
        if m := rx.search(clean):
            return Body(clean, _KINDS[kind_key], "name-word", f"{kind_key}: {m.group(0)}")
    if m := _STATE_COMPOUND.fullmatch(clean):
        # «-etaten» names a municipality's agency too («Bymiljøetaten» in Oslo): public, level unknown.
        kind = OrgKind.OFFENTLIG if m.group("suffix") == "etaten" else OrgKind.STATLIG
        return Body(clean, kind, "name-word", f"{'offentlig' if kind is OrgKind.OFFENTLIG else 'statlig'}: -{m.group('suffix')}")
    if m := _ASSOCIATION_COMPOUND.search(clean):
        return Body(clean, OrgKind.BRUKERORGANISASJON, "name-word", f"association: -{m.group('suffix')}")
    # A name ending in a municipality's or county's own word («Fjell kommune», a municipality
    # merged since) is one, though the registry no longer lists it.
    low = clean.casefold()
    for words, kind, key in ((reg.county_words, OrgKind.FYLKESKOMMUNE, "fylkeskommune"), (reg.kommune_words, OrgKind.KOMMUNE, "kommune")):
        if any(low.endswith(" " + w.casefold()) for w in words if w.casefold() != "fylke"):
            return Body(clean, kind, "name-word", f"{key}: {clean.split()[-1]}")
    if _PERSON.match(clean) and not any(w.casefold() in reg.places for w in clean.split()) and not _BODY_NOUN.search(clean):
        return Body(clean, OrgKind.PRIVATPERSON, "person")
    return Body(clean, OrgKind.UKJENT, "unknown")


def described_private(body: Body, description: str) -> Body:
    """`body` as its description says it is: a name the registry does not know, described as a
    private school, foundation or consultancy («X Skole (privatskole godkjent etter …)»), is that."""
    if body.why in ("registry", "legal-form") or body.kind in (OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE):
        return body
    for kind_key, rx in _registry().name_words:
        if kind_key in ("consultancy", "private-school", "private-foundation") and (m := rx.search(description)):
            return Body(body.name, _KINDS[kind_key], "name-word", f"{kind_key}: {m.group(0)}", body.orgnr, body.ref)
    if body.why in ("unknown", "person"):
        # A name that tells nothing («NIVK», «Funksjonshemmedes transportforum») followed by what
        # it is («research institute, limited company», «interest organisation»).
        for kind_key, rx in _registry().described_as:
            if m := rx.search(description):
                return Body(body.name, _KINDS[kind_key], "name-word", f"{kind_key}: {m.group(0)}", body.orgnr, body.ref)
    return body


def private_kind(body: Body) -> str | None:
    """The kind of private body a name says («consultancy», «private-school», …), if it says one."""
    if body.why == "name-word":
        return body.detail.split(":", 1)[0]
    if body.why == "legal-form" and body.kind is OrgKind.SELSKAP:
        return "company"
    return None


def find_organisations(text: str) -> list[Found]:
    """Every organisation a text names, in order, as spans that name one (never a fragment of
    a sentence)."""
    from .registry_lists import place_lists  # reads the registry built here

    found = _scan(text, legal=True)
    taken = [(f.start, f.end) for f in found]
    for f in place_lists(text):
        if not any(a < f.end and f.start < b for a, b in taken):
            found.append(f)
    return sorted(found, key=lambda f: f.start)


def _first_word(name: str) -> str:
    m = _TOKEN.match(name)
    return m.group().casefold() if m else ""


# Words of a name: letters and digits, with hyphens and apostrophes inside («Sør-Varanger»).
_TOKEN = re.compile(r"\w(?:[\w&'’-]*\w)?")
# What may stand between two words of one name: spaces, or «St.» before a name.
_GAP = re.compile(r"[ \u00a0]{1,3}|\.[ \u00a0]")
MAX_NAME_WORDS = 9


def _scan(text: str, *, legal: bool) -> list[Found]:
    """Names of organisations in a text: at each capitalised word, the longest run of words
    (at most MAX_NAME_WORDS) that the registry knows, that names a municipality or a county
    with its legal word, or (with `legal`) that ends in a legal form."""
    reg = _registry()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out: list[Found] = []
    i = 0
    while i < len(tokens):
        start, _end, word = tokens[i]
        if not word[:1].isupper() or (start and text[start - 1] in "-/"):
            i += 1
            continue
        # The words that may belong to one name: up to a gap that no name has.
        last = i
        while last + 1 < len(tokens) and last + 1 - i < MAX_NAME_WORDS and _GAP.fullmatch(text[tokens[last][1] : tokens[last + 1][0]]):
            if text[tokens[last][1]] == "." and tokens[last][2] != "St":
                break
            last += 1
        hit: tuple[int, Body] | None = None
        any_end = word.casefold() in reg.first_words or _first_word(word) in reg.named_first
        # The registry's names first, then a name ending in a legal form; the longest of each.
        for with_legal in (False, True) if legal else (False,):
            for j in range(last, i - 1, -1):
                end_word = tokens[j][2]
                if with_legal and end_word not in reg.legal_forms:
                    continue
                if not with_legal and not any_end and end_word.casefold() not in reg.last_words:
                    continue
                span = text[start : tokens[j][1]]
                body = _name_at(reg, span, [t[2] for t in tokens[i : j + 1]], with_legal)
                if body is not None:
                    hit = (j, body)
                    break
            if hit is not None:
                break
        if hit is None and legal and _STATE_COMPOUND.fullmatch(word):
            hit = (i, classify(word))
        if hit is None and legal and (court := _COURT.match(text, start)) is not None and not _LEADING.match(court.group(0)):
            j = next(k for k in range(i, len(tokens)) if tokens[k][1] >= court.end())
            hit = (j, classify(court.group(0)))
        if hit is None:
            i += 1
            continue
        j, body = hit
        out.append(Found(start, tokens[j][1], body))
        i = j + 1
    return out


def _name_at(reg: _Registry, span: str, words: list[str], legal: bool) -> Body | None:
    if legal:
        return _legal_name(reg, span, words)
    key = " ".join(span.split()).casefold()
    if key not in reg.named and words[-1].casefold() not in reg.last_words and words[0].casefold() not in reg.first_words:
        return None  # neither a registered name nor a municipality's or county's words
    if key in reg.named:
        body = reg.named[key]
        if len(span) <= 5 and span not in reg.acronyms and body.name != span:
            return None  # «Nav» at the start of a sentence is not NAV
        return Body(span if body.name.casefold() != key else body.name, body.kind, body.why, body.detail, body.orgnr, body.ref)
    low = [w.casefold() for w in words]
    for after, before, bodies in ((reg.county_words, reg.county_before, "county"), (reg.kommune_words, reg.kommune_before, "kommune")):
        for w in after:
            n = len(w.split())
            if len(low) > n and " ".join(low[-n:]) == w.casefold():
                place = " ".join(key.split()[: len(" ".join(low[:-n]).split())])
                if bodies == "county" and place in reg.counties:
                    return _county_body(span)
                if bodies == "kommune" and place in reg.places:
                    return _kommune_body(span)
                if bodies == "kommune" and w.casefold() == "bydel" and place in reg.districts:
                    return _district_body(span, reg.districts[place])
        for w in before:
            n = len(w.split())
            if len(low) > n and " ".join(low[:n]) == w.casefold():
                place = " ".join(low[n:])
                if bodies == "county" and place in reg.counties:
                    return _county_body(span)
                if bodies == "kommune" and place in reg.places:
                    return _kommune_body(span)
                if bodies == "kommune" and w.casefold() == "bydel" and place in reg.districts:
                    return _district_body(span, reg.districts[place])
    return None


def _district_body(span: str, place: str) -> Body:
    """A city district («Bydel Alna», «Fana bydel»): a unit of its municipality, the same body as
    it (two districts of Oslo are one municipality, not two public bodies), of the kind its name
    word gives («offentlig»)."""
    return Body(span, OrgKind.OFFENTLIG, "registry", "kommune", _kommune_orgnr(place), f"kommune:{place}")


def _legal_name(reg: _Registry, span: str, words: list[str]) -> Body | None:
    """Capitalised words (and a few lower-case linking words) ending in a legal form."""
    if len(words) >= 2 and words[-1] in reg.legal_forms and not _LEADING.match(span):
        inner = words[:-1]
        # A legal form ends a name: none inside it («Nordlandssykehuset HF og Helse Nord RHF» is two).
        if all((w[:1].isupper() or w.casefold() in reg.lowercase_in_names) and w not in reg.legal_forms for w in inner) and inner[0][:1].isupper():
            body = classify(span)
            if body.why != "unknown":
                return body
    return None


_LEADING = re.compile(
    r"^(?:Partnerskapet|Partnarskapet|Prosjektet|Søker|Søkjar|Vi|Og|The|And|Med|Både|Samt|Der|Her|I|Fra|Frå|Gjennom|Through|Hos|Ved|At|For|Til|To|Mellom|Between)\s|"
    # A leader or a board of a body («Styret i Sogn brann og redning IKS», «Board of Nordic
    # Impact Advisors AS», «Direktøren i Sykehusapotekene HF»): the body is named after the word.
    r"^(?:Styret|Styre|Styreleiaren|Styrelederen|Styreleder|Styreleiar|Leiinga|Ledelsen|Ledergruppen|Leiargruppa|Dagleg|Daglig|Direktøren|Direktør|Administrerende|Adm|"
    r"Board|Management|Director|Chair|Chairman|CEO|Rektor|Rektoren)\b[^\n]{0,30}?\s(?:i|for|ved|av|hos|of|at|in)\s"
)
