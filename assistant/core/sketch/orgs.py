"""Organisations: what kind of body a name is, and whether its org number is valid."""

from __future__ import annotations

import re

from .model import OrgKind

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
    """The kind of body a name is, read as the checker reads it (`registry.classify`): the
    registry of public bodies first, then a legal form at the end of the name, then the words
    in it; UKJENT when nothing tells. The forms (new sketch, partners, what an answer names)
    and a metadata block without `kind:` use this, so a window never shows a kind the checker
    would not give."""
    from .registry import classify  # the registry loads on first use, not at start-up

    return classify(name).kind


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
