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
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .model import OrgKind
from .rubric import RubricError

DATA = Path(__file__).resolve().parent / "data" / "public_bodies.toml"

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
    counties: dict[str, Body]  # casefolded county name or alias -> body
    kommune_words: list[str]
    kommune_before: list[str]
    county_words: list[str]
    county_before: list[str]
    legal_forms: dict[str, str]  # legal form -> registry kind
    name_words: list[tuple[str, re.Pattern[str]]]
    lowercase_in_names: frozenset[str]
    span_rx: re.Pattern[str]  # every organisation a text may name


@cache
def _registry() -> _Registry:
    try:
        data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"{DATA}: {exc}") from exc
    named: dict[str, Body] = {}
    for key in ("helseforetak", "statlig", "universitet"):
        for entry in data.get(key, []):
            body = Body(entry["name"], _KINDS[key], "registry", key, entry.get("orgnr"), f"{key}:{entry['name']}")
            for name in [entry["name"], *entry.get("aliases", [])]:
                named.setdefault(name.casefold(), body)
    places: dict[str, str] = {}
    for entry in data.get("kommune", []):
        for name in [entry["name"], *entry.get("aliases", [])]:
            places.setdefault(name.casefold(), entry["name"])
    counties: dict[str, Body] = {}
    for entry in data.get("fylkeskommune", []):
        body = Body(entry["name"], OrgKind.FYLKESKOMMUNE, "registry", "fylkeskommune", entry.get("orgnr"), f"fylkeskommune:{entry['name']}")
        for name in [entry["name"], *entry.get("aliases", [])]:
            counties.setdefault(name.casefold(), body)
    words = data.get("words", {})
    legal = {form: kind for kind, forms in data.get("legal_forms", {}).items() for form in forms}
    name_words = [
        (kind, re.compile(r"(?<!\w)(?:" + _alternation(ws) + r")(?!\w)", re.IGNORECASE)) for kind, ws in data.get("name_words", {}).items()
    ]
    lower = frozenset(w.casefold() for w in words.get("lowercase_in_names", []))
    # One pattern for every span that names an organisation, longest alternatives first.
    upper_word = r"(?:St\.|[A-ZÆØÅÉÜÖÄ][\w&'’-]*)"
    link = r"(?:" + _alternation(sorted(lower)) + r")" if lower else r"(?!x)x"
    legal_alt = _alternation(list(legal))
    place_alt = _alternation(list(places))
    county_alt = _alternation(list(counties))
    named_long = [n for n in named if len(n) > 5 or not n.isupper()]
    parts = [
        r"(?P<county>(?:" + county_alt + r")\s+(?:" + _alternation(words.get("fylkeskommune", [])) + r"))(?!\w)",
        r"(?P<countyb>(?:" + _alternation(words.get("fylkeskommune_before", [])) + r")\s+(?:" + county_alt + r"))(?!\w)",
        r"(?P<kommune>(?:" + place_alt + r")\s+(?:" + _alternation(words.get("kommune", [])) + r"))(?!\w)",
        r"(?P<kommuneb>(?:" + _alternation(words.get("kommune_before", [])) + r")\s+(?:" + place_alt + r"))(?!\w)",
        # Case matters here: capitalised words (and a few lower-case linking words) ending in a legal form.
        r"(?P<legal>(?-i:" + upper_word + r"(?:[ \u00a0](?:" + upper_word + r"|" + link + r")){0,6}?[ \u00a0](?:" + legal_alt + r")))(?![\w/])",
        r"(?P<named>" + _alternation(named_long) + r")(?!\w)",
    ]
    span_rx = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")", re.IGNORECASE)
    return _Registry(
        named=named,
        places=places,
        counties=counties,
        kommune_words=words.get("kommune", []),
        kommune_before=words.get("kommune_before", []),
        county_words=words.get("fylkeskommune", []),
        county_before=words.get("fylkeskommune_before", []),
        legal_forms=legal,
        name_words=name_words,
        lowercase_in_names=lower,
        span_rx=span_rx,
    )


@cache
def _acronyms() -> re.Pattern[str]:
    reg = _registry()
    short = [n for n, b in reg.named.items() if len(n) <= 5 and b.name.casefold() != n]
    originals = sorted({alias for alias in _aliases_as_written() if alias.casefold() in short}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in originals) + r")(?![\w-])") if originals else re.compile(r"(?!x)x")


@cache
def _aliases_as_written() -> tuple[str, ...]:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return tuple(a for key in ("helseforetak", "statlig", "universitet") for e in data.get(key, []) for a in e.get("aliases", []))


_PERSON = re.compile(r"^[A-ZÆØÅ][a-zæøåéü]+(?:[- ][A-ZÆØÅ][a-zæøåéü]+){1,3}$")
_TRIM = " \t*_`«»\"“”'.,;:()[]"


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip(_TRIM)
    return re.sub(r"\s*\((?:org\.?\s*nr\.?|orgnr|organisasjonsnummer)[^)]*\)", "", name, flags=re.I).strip(_TRIM)


def lookup(name: str) -> Body | None:
    """The body a name names in the registry (a municipality, a county, a trust, an agency, a
    university), or None."""
    reg = _registry()
    clean = _clean(name)
    key = clean.casefold()
    if key in reg.named:
        return reg.named[key]
    m = reg.span_rx.fullmatch(clean)
    if m is None:
        return None
    group = m.lastgroup
    if group in ("kommune", "kommuneb"):
        return _kommune_body(m.group(0))
    if group in ("county", "countyb"):
        return _county_body(m.group(0))
    if group == "named":
        return reg.named.get(m.group(0).casefold())
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
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    return {e["name"]: e["orgnr"] for e in data.get("kommune", []) if e.get("orgnr")}


def _kommune_orgnr(place: str) -> str | None:
    return _kommune_orgnrs().get(place)


def _county_body(span: str) -> Body:
    reg = _registry()
    low = span.casefold()
    for county_key, body in sorted(reg.counties.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(county_key + " ") or low.endswith(" " + county_key):
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
    if last in reg.legal_forms or last.rstrip(".") in reg.legal_forms:
        kind_key = reg.legal_forms.get(last, reg.legal_forms.get(last.rstrip(".")))
        if kind_key == "selskap":
            for word_kind in ("consultancy", "private-school"):
                if (m := private_words.get(word_kind)) is not None:
                    return Body(clean, _KINDS[word_kind], "name-word", f"{word_kind}: {m.group(0)}")
        return Body(clean, _KINDS[kind_key], "legal-form", last)
    for kind_key, rx in reg.name_words:
        if m := rx.search(clean):
            return Body(clean, _KINDS[kind_key], "name-word", f"{kind_key}: {m.group(0)}")
    # A name ending in a municipality's or county's own word («Fjell kommune», a municipality
    # merged since) is one, though the registry no longer lists it.
    low = clean.casefold()
    for words, kind, key in ((reg.county_words, OrgKind.FYLKESKOMMUNE, "fylkeskommune"), (reg.kommune_words, OrgKind.KOMMUNE, "kommune")):
        if any(low.endswith(" " + w.casefold()) for w in words if w.casefold() != "fylke"):
            return Body(clean, kind, "name-word", f"{key}: {clean.split()[-1]}")
    if _PERSON.match(clean) and not any(w.casefold() in reg.places for w in clean.split()):
        return Body(clean, OrgKind.PRIVATPERSON, "person")
    return Body(clean, OrgKind.UKJENT, "unknown")


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
    reg = _registry()
    out: list[Found] = []
    taken: list[tuple[int, int]] = []
    for m in reg.span_rx.finditer(text):
        span = m.group(0)
        group = m.lastgroup
        if group in ("kommune", "kommuneb"):
            body = _kommune_body(span)
        elif group in ("county", "countyb"):
            body = _county_body(span)
        elif group == "named":
            body = reg.named[span.casefold()]
            body = Body(span if body.name.casefold() != span.casefold() else body.name, body.kind, body.why, body.detail, body.orgnr, body.ref)
        else:
            span = _strip_leading(span)
            body = classify(span)
            if body.why == "unknown":
                continue
            start = m.end() - len(span)
            out.append(Found(start, m.end(), body))
            taken.append((start, m.end()))
            continue
        out.append(Found(m.start(), m.end(), body))
        taken.append((m.start(), m.end()))
    for m in _acronyms().finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        body = reg.named[m.group(0).casefold()]
        out.append(Found(m.start(), m.end(), Body(m.group(0), body.kind, body.why, body.detail, body.orgnr, body.ref)))
    out.sort(key=lambda f: f.start)
    return out


_LEADING = re.compile(r"^(?:(?:Partnerskapet|Partnarskapet|Prosjektet|Søker|Søkjar|Vi|Og|The|And|Med|Både|Samt|Der|Her|I|Fra|Frå)\s+)+")


def _strip_leading(span: str) -> str:
    """«Både Helgelandssykehuset HF» is «Helgelandssykehuset HF»: a capitalised first word of a
    sentence is not part of a name."""
    return _LEADING.sub("", span)
