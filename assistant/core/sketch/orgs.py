"""Organisations: what kind of body a name is, and whether its org number is valid."""

from __future__ import annotations

import re

from .model import OrgKind

_COMPANY = re.compile(r"\b(AS|ASA|ANS|DA|SA|ENK|NUF|BA|KS|SE|Ltd|Inc|GmbH|AB|Oy|LLC)\.?$")
_COMPANY_WORDS = re.compile(r"\b(aksjeselskap|konsern|holding|consulting|startup)\b", re.IGNORECASE)
_PUBLIC_RULES: list[tuple[re.Pattern[str], OrgKind]] = [
    (re.compile(r"fylkeskommun|fylkeskommunen|fylkeskommuna", re.I), OrgKind.FYLKESKOMMUNE),
    (re.compile(r"\bkommune\b|\bkommunen\b|\bkommuna\b|\bherad\b|\bmunicipality\b|\bbydel\b", re.I), OrgKind.KOMMUNE),
    (re.compile(r"\b(HF|helseforetak|sykehus|sjukehus|universitetssykehus|helse (sør-øst|vest|midt-norge|nord))\b", re.I), OrgKind.HELSEFORETAK),
    (
        re.compile(
            r"direktorat|\betat(en)?\b|\btilsyn(et)?\b|verket\b|\bNAV\b|\bstatens\b|\bstatsforvalter|fylkesmann|politi|"
            r"departement|\bDFØ\b|\bDifi\b|Skatteetaten|Kartverket|Lånekassen|Husbanken|Brønnøysundregistrene|"
            r"Innovasjon Norge|Forsvaret|Kriminalomsorg|\bagency\b|\bministry\b|\bdirectorate\b",
            re.I,
        ),
        OrgKind.STATLIG,
    ),
    (re.compile(r"\bIKS\b|\bKF\b|interkommunal|\bregionråd|\bbibliotek|\bbrannvesen|\bbrann og redning", re.I), OrgKind.OFFENTLIG),
    (re.compile(r"universitet|høgskole|høgskule|\bNTNU\b|\bUiO\b|\bUiB\b|\bUiT\b|\bOsloMet\b", re.I), OrgKind.OFFENTLIG),
]
_RESEARCH = re.compile(r"\bSINTEF\b|forskning|NORCE|\bIFE\b|\bNIBIO\b|Norsk regnesentral|institutt", re.I)
_CLUSTER = re.compile(r"\bklynge|\bcluster\b|\bNCE\b|\bArena\b", re.I)
_USER_ORG = re.compile(r"\bforbund(et)?\b|\bpensjonistforbund|brukerorganisasjon|\bforening(en)?\b|\blag(et)?\b|\bråd(et)?\b", re.I)
_PERSON = re.compile(r"^[A-ZÆØÅ][a-zæøåé]+(?:[- ][A-ZÆØÅ][a-zæøåé]+){1,3}$")

KIND_ALIASES: dict[str, OrgKind] = {
    "kommune": OrgKind.KOMMUNE,
    "municipality": OrgKind.KOMMUNE,
    "fylkeskommune": OrgKind.FYLKESKOMMUNE,
    "county": OrgKind.FYLKESKOMMUNE,
    "statlig": OrgKind.STATLIG,
    "statlig-etat": OrgKind.STATLIG,
    "statleg etat": OrgKind.STATLIG,
    "statlig etat": OrgKind.STATLIG,
    "stat": OrgKind.STATLIG,
    "state": OrgKind.STATLIG,
    "state-agency": OrgKind.STATLIG,
    "helseforetak": OrgKind.HELSEFORETAK,
    "offentlig": OrgKind.OFFENTLIG,
    "public": OrgKind.OFFENTLIG,
    "selskap": OrgKind.SELSKAP,
    "bedrift": OrgKind.SELSKAP,
    "business": OrgKind.SELSKAP,
    "company": OrgKind.SELSKAP,
    "research": OrgKind.FORSKNING,
    "forskning": OrgKind.FORSKNING,
    "cluster": OrgKind.KLYNGE,
    "klynge": OrgKind.KLYNGE,
    "user-organisation": OrgKind.BRUKERORGANISASJON,
    "brukerorganisasjon": OrgKind.BRUKERORGANISASJON,
    "privatperson": OrgKind.PRIVATPERSON,
    "person": OrgKind.PRIVATPERSON,
    "private": OrgKind.PRIVATPERSON,
}


def kind_from_text(value: str | None) -> OrgKind | None:
    """Read a kind written in the metadata block ('kommune', 'statlig etat', 'public', ...)."""
    if not value:
        return None
    key = value.strip().casefold()
    try:
        return OrgKind(key)
    except ValueError:
        return KIND_ALIASES.get(key) or KIND_ALIASES.get(key.replace(" ", "-"))


def infer_kind(name: str) -> OrgKind:
    """Guess the kind of body from its name; companies win over public words in their name."""
    cleaned = name.strip().strip("*_ ")
    if _COMPANY.search(cleaned) or _COMPANY_WORDS.search(cleaned):
        return OrgKind.SELSKAP
    for pattern, kind in _PUBLIC_RULES:
        if pattern.search(cleaned):
            return kind
    if _RESEARCH.search(cleaned):
        return OrgKind.FORSKNING
    if _CLUSTER.search(cleaned):
        return OrgKind.KLYNGE
    if _USER_ORG.search(cleaned):
        return OrgKind.BRUKERORGANISASJON
    if _PERSON.match(cleaned):
        return OrgKind.PRIVATPERSON
    return OrgKind.UKJENT


def normalise_orgnr(value: str | int | None) -> str | None:
    """Digits only, or None for an empty value."""
    if value is None:
        return None
    digits = re.sub(r"\D", "", str(value))
    return digits or None


def orgnr_problem(value: str | None) -> str | None:
    """None when the number is a valid organisasjonsnummer, else a short code why not."""
    if not value:
        return "missing"
    from stdnum.exceptions import ValidationError  # python-stdnum: loaded when a number is checked
    from stdnum.no import orgnr as _orgnr

    try:
        _orgnr.validate(value)
    except ValidationError as exc:
        return type(exc).__name__  # InvalidLength, InvalidChecksum, InvalidFormat
    return None


def format_orgnr(value: str) -> str:
    """'964338531' -> '964 338 531'."""
    digits = normalise_orgnr(value) or ""
    if len(digits) != 9:
        return value
    from stdnum.no import orgnr as _orgnr

    return _orgnr.format(digits)
