"""Which public body an e-mail domain belongs to: a municipality's «<place>.kommune.no» (or
«<place>.herad.no»), a registered body's own domain (`domains` in the registry's data:
«vegvesen.no», «vlfk.no») or its name or short name written as a domain («nav.no»,
«helse-bergen.no», «uib.no»). Read for the applicant (`applicant_header.mail_domain`)."""

from __future__ import annotations

import re
from functools import cache

from ..data.datafiles import read_toml
from .registry import DATA, Body, _kommune_body, _registry

_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ü": "u", "ö": "o", "ä": "a"})
_LEGAL_TAIL = re.compile(r"\s+(?:hf|rhf|sf|iks|kf|fkf)$")
# The labels a municipality writes after its place name in its domain.
_MUNICIPAL_LABELS = frozenset({"kommune", "herad"})


def _plain(name: str) -> str:
    """A name as a domain label spells it: ascii letters and digits only («Helse Bergen HF» →
    «helsebergen», «Lillestrøm» → «lillestrom»)."""
    name = _LEGAL_TAIL.sub("", name.casefold())
    return re.sub(r"[^a-z0-9]", "", name.translate(_ASCII))


@cache
def _labels() -> tuple[dict[str, str], dict[str, Body]]:
    reg = _registry()
    places: dict[str, str] = {}
    for key, place in reg.places.items():
        places.setdefault(_plain(key), place)
        places.setdefault(re.sub(r"[^a-z0-9]", "", key.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")), place)
    bodies: dict[str, Body] = {}
    for key, body in reg.named.items():
        if body.kind.is_public:
            bodies.setdefault(_plain(key), body)
    for body in reg.counties.values():
        # A county by its full name only: a bare region («agder», «troms») is a place, and many a
        # private domain is one.
        bodies.setdefault(_plain(body.name), body)
    data = read_toml(DATA)
    for group in ("helseforetak", "statlig", "universitet", "fylkeskommune"):
        for entry in data.get(group, []):
            for domain in entry.get("domains", []):
                found = reg.named.get(entry["name"].casefold()) or reg.counties.get(entry["name"].casefold())
                if found is not None:
                    bodies[domain.casefold()] = found
    return places, bodies


def public_domain_body(domain: str) -> Body | None:
    """The public body whose e-mail domain `domain` is, or None."""
    labels = domain.casefold().split(".")
    if len(labels) < 2:
        return None
    places, bodies = _labels()
    for i, label in enumerate(labels[1:-1], start=1):
        if label in _MUNICIPAL_LABELS and (place := places.get(re.sub(r"[^a-z0-9]", "", labels[i - 1]))) is not None:
            return _kommune_body(f"{place} kommune")
    own = ".".join(labels[-2:])
    if own in bodies:
        return bodies[own]
    return bodies.get(re.sub(r"[^a-z0-9]", "", labels[-2]))
