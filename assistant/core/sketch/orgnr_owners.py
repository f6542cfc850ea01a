"""Whose organisation number is it: the registered body a number belongs to, to catch a number
copied from another body (see `orgnr_owner`)."""

from __future__ import annotations

import re
from functools import cache

from ..data.datafiles import read_toml
from .model import OrgKind
from .registry import DATA, classify


@cache
def _owners() -> dict[str, str]:
    """Organisation number → the name of the registered body it belongs to."""
    data = read_toml(DATA)
    owners: dict[str, str] = {}
    for key in ("kommune", "fylkeskommune", "helseforetak", "statlig", "universitet"):
        for entry in data.get(key, []):
            if entry.get("orgnr"):
                name = entry["name"] if key != "kommune" else f"{entry['name']} kommune"
                owners.setdefault(re.sub(r"\D", "", str(entry["orgnr"])), name)
    return owners


def orgnr_owner(name: str, orgnr: str | None) -> str | None:
    """The registered body an organisation number belongs to, when the registry knows both the
    number and the named body and they are two different bodies of which one is a municipality or
    a county («Trondheim kommune» given Bergen kommune's number: a copied number); else None. A name the registry does not know (a unit
    of a body, a body formed since) may use its parent's number and is not judged."""
    digits = re.sub(r"\D", "", orgnr or "")
    owner = _owners().get(digits) if digits else None
    if owner is None:
        return None
    named, owning = classify(name), classify(owner)
    if not named.ref or named.ref == owning.ref:
        return None
    # Within the state one number can stand for an agency and its directorate («Statens
    # vegvesen» / «Vegdirektoratet»); a municipality's or county's number is its own.
    if not {named.kind, owning.kind} & {OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE}:
        return None
    return owner
