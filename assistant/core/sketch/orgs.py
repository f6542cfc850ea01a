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
    # Brønnøysundregistrene's organisasjonsform codes, as a metadata block may give them.
    "komm": OrgKind.KOMMUNE,
    "fylk": OrgKind.FYLKESKOMMUNE,
    "sf": OrgKind.STATLIG,
    "orgl": OrgKind.OFFENTLIG,
    "hf": OrgKind.HELSEFORETAK,
    "rhf": OrgKind.HELSEFORETAK,
    "iks": OrgKind.OFFENTLIG,
    "kf": OrgKind.OFFENTLIG,
    "fkf": OrgKind.OFFENTLIG,
    "as": OrgKind.SELSKAP,
    "asa": OrgKind.SELSKAP,
    "ans": OrgKind.SELSKAP,
    "da": OrgKind.SELSKAP,
    "enk": OrgKind.SELSKAP,
    "sa": OrgKind.SELSKAP,
    "nuf": OrgKind.SELSKAP,
    "sti": OrgKind.BRUKERORGANISASJON,
    "fli": OrgKind.BRUKERORGANISASJON,
    # Kinds written out in words (nb, nn, en).
    "county authority": OrgKind.FYLKESKOMMUNE,
    "county council": OrgKind.FYLKESKOMMUNE,
    "county municipality": OrgKind.FYLKESKOMMUNE,
    "bydel": OrgKind.OFFENTLIG,
    "city district": OrgKind.OFFENTLIG,
    "municipal enterprise": OrgKind.OFFENTLIG,
    "kommunalt foretak": OrgKind.OFFENTLIG,
    "interkommunalt selskap": OrgKind.OFFENTLIG,
    "inter-municipal company": OrgKind.OFFENTLIG,
    "intermunicipal company": OrgKind.OFFENTLIG,
    "interkommunalt politisk råd": OrgKind.OFFENTLIG,
    "regionråd": OrgKind.OFFENTLIG,
    "fylkeskommunal enhet": OrgKind.OFFENTLIG,
    "fylkeskommunalt kompetansesenter": OrgKind.OFFENTLIG,
    "state enterprise": OrgKind.STATLIG,
    "statsforetak": OrgKind.STATLIG,
    "statlig forvaltningsorgan": OrgKind.STATLIG,
    "statleg forvaltningsorgan": OrgKind.STATLIG,
    "direktorat": OrgKind.STATLIG,
    "directorate": OrgKind.STATLIG,
    "etat": OrgKind.OFFENTLIG,
    "helseføretak": OrgKind.HELSEFORETAK,
    "health trust": OrgKind.HELSEFORETAK,
    "hospital trust": OrgKind.HELSEFORETAK,
    "regional health authority": OrgKind.HELSEFORETAK,
    "universitet": OrgKind.OFFENTLIG,
    "university": OrgKind.OFFENTLIG,
    "university college": OrgKind.OFFENTLIG,
    "høgskole": OrgKind.OFFENTLIG,
    "høgskule": OrgKind.OFFENTLIG,
    "statlig høgskole": OrgKind.OFFENTLIG,
    "statleg høgskule": OrgKind.OFFENTLIG,
    "aksjeselskap": OrgKind.SELSKAP,
    "limited company": OrgKind.SELSKAP,
    "stiftelse": OrgKind.BRUKERORGANISASJON,
    "stifting": OrgKind.BRUKERORGANISASJON,
    "foundation": OrgKind.BRUKERORGANISASJON,
    "forening": OrgKind.BRUKERORGANISASJON,
    "foreining": OrgKind.BRUKERORGANISASJON,
    "association": OrgKind.BRUKERORGANISASJON,
}


def kind_from_text(value: str | None) -> OrgKind | None:
    """Read a kind written in the metadata block ('kommune', 'statlig etat', 'public', ...)."""
    if not value:
        return None
    key = " ".join(value.split()).casefold()
    try:
        return OrgKind(key)
    except ValueError:
        pass
    found = KIND_ALIASES.get(key) or KIND_ALIASES.get(key.replace(" ", "-"))
    if found is None and (bare := re.sub(r"\s*\(.*$", "", key)) != key:
        # «AS (heileigd av Helse Vest RHF)»: the kind before the bracket.
        found = KIND_ALIASES.get(bare) or KIND_ALIASES.get(bare.replace(" ", "-"))
    return found


def infer_kind(name: str) -> OrgKind:
    """The kind of body a name is, read as the checker reads it (`registry.classify`): the
    registry of public bodies first, then a legal form at the end of the name, then the words
    in it; UKJENT when nothing tells. The forms (new sketch, partners, what an answer names)
    and a metadata block without `kind:` use this, so a window never shows a kind the checker
    would not give."""
    from .registry import classify  # the registry loads on first use, not at start-up

    return classify(name).kind


def is_regional_trust(name: str) -> bool:
    """Whether a name is a regional health authority («Helse Sør-Øst RHF», «Helse Vest»): a
    health trust (`OrgKind.HELSEFORETAK`) that the forms name as «Regionalt helseforetak»."""
    from .registry import classify

    body = classify(name)
    return body.kind is OrgKind.HELSEFORETAK and (body.ref.endswith(" RHF") or body.name.split()[-1:] == ["RHF"])


def is_university(name: str) -> bool:
    """Whether the registry lists a name as a university or university college («Høgskulen i
    Volda», «NTNU»): a public body (`OrgKind.OFFENTLIG`) the forms name as such."""
    from .registry import classify

    body = classify(name)
    return body.kind is OrgKind.OFFENTLIG and body.detail == "universitet"


def unit_kind(name: str) -> OrgKind:
    """The kind of a body named in a metadata block: as `infer_kind` reads it, or, for a unit
    named after its body («NTNU, Department of Structural Engineering», «Bergen kommune,
    Etat for helse»), the kind of that body."""
    from .registry import find_organisations

    kind = infer_kind(name)
    if kind is OrgKind.UKJENT and (found := find_organisations(name)) and found[0].start == 0:
        return found[0].body.kind
    return kind


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
