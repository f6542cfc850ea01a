"""Helpers for reading a list of parties: the names in one item of a partners' field, a name the
registry lacks whose own words tell its kind, and a budget's cost line (a body paid for a task,
not one that takes part). The reader of parties (`parties`) uses them."""

from __future__ import annotations

import re

from .amounts import ENDS_IN_AMOUNT
from .model import OrgKind
from .registry import Body, Found, classify, find_organisations

_MONEY_NAMED = re.compile(r"kr|kroner|NOK|mill|million", re.IGNORECASE)


def cost_line(line: str) -> bool:
    """A line that ends in an amount of money with its currency or scale named («… 600 000 kr»,
    «NOK 1.2 million», «| 400 000 kr |»); a bare figure («… 15 000») may count people."""
    m = ENDS_IN_AMOUNT.search(line)
    return m is not None and _MONEY_NAMED.search(m.group(0)) is not None


CHUNKS = re.compile(r"\s*[,;·|]\s*")
# What follows a name in a list of partners: its role after a dash or a colon, a bracket.
_ROLE_AFTER = re.compile(r"\s+[–—-]\s+.*$|\s*[(:].*$")


def named_in_field(chunk: str) -> Body | None:
    """A body named alone in a partners' field or list whose kind its own words tell («Ålesund
    Havnevesen», «Kirkelig fellesråd i Bergen»): a capitalised name of at most six words."""
    name = _ROLE_AFTER.sub("", re.sub(r"[*_`]", "", chunk)).strip(" .")
    if not name[:1].isupper() or len(name.split()) > 6 or len(name) > 80 or chunk.count("(") != chunk.count(")"):
        return None
    body = classify(name)
    if body.why not in ("registry", "legal-form", "name-word") or body.kind in (OrgKind.UKJENT, OrgKind.PRIVATPERSON):
        return None
    return body


_JOINS = re.compile(r"\s+(?:og|and|samt)\s+(?=[A-ZÆØÅ])")


def pieces(chunk: str) -> list[str]:
    """The names in one item of a partners' field, split at «og» / «and» / «samt», but never
    inside a name that holds the word («Vestfold og Telemark fylkeskommune», «Møre og Romsdal»)."""
    inside = [(f.start, f.end) for f in find_organisations(chunk)]
    out, at = [], 0
    for m in _JOINS.finditer(chunk):
        if any(a < m.start() and m.end() < b for a, b in inside):
            continue
        out.append(chunk[at : m.start()])
        at = m.end()
    out.append(chunk[at:])
    return out


def line_offsets(lines: list[str], start: int) -> list[int]:
    offsets, pos = [], 0
    for line in lines[start:]:
        offsets.append(pos)
        pos += len(line) + 1
    offsets.append(pos)
    return offsets


_PLACE = r"[A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?"
# One way to join the last place, comma or blanks: «\s*,?\s+» tried every split of a run of
# blanks between its two quantifiers, which was quadratic in the run (200 KB of blanks: minutes).
_PLACE_RUN = _PLACE + r"(?:\s*,\s*" + _PLACE + r")*(?:\s*,\s*|\s+)(?:og|and|&)\s+" + _PLACE
# Bare places before a plural word for municipalities («Trondheim, Malvik og Melhus kommuner»,
# «Askvoll, Fjaler og Hyllestad kommunar», «Vik and Aurland municipalities»), or after it
# («kommunane Askvoll, Fjaler og Hyllestad», «the municipalities of Vik and Aurland»).
_PLACES_LISTED = re.compile(
    r"(?<![\w-])(?P<before>" + _PLACE_RUN + r")\s+(?:kommuner|kommunar|kommunene|kommunane|municipalities)\b|"
    r"\b(?:kommunene|kommunane|the\s+municipalities\s+of|municipalities\s+of)\s+(?P<after>" + _PLACE_RUN + r")(?![\w-])"
)
_ONE_PLACE = re.compile(_PLACE)


def places_listed(text: str) -> list[Found]:
    """The municipalities a list of bare places names where a plural word says they are
    municipalities: each place that is one by the registry, at its place in the text."""
    out: list[Found] = []
    for m in _PLACES_LISTED.finditer(text):
        group = "before" if m.group("before") else "after"
        at = m.start(group)
        for p in _ONE_PLACE.finditer(m.group(group)):
            body = classify(p.group(0) + " kommune")
            if body.kind is OrgKind.KOMMUNE and body.why == "registry":
                out.append(Found(at + p.start(), at + p.end(), body))
    return out


# Owning a company with another body («eier sammen med Oslo kommune Ruter», «Ruter, eid av Oslo
# kommune og Akershus fylkeskommune», «co-owns the port with Bergen municipality»): the owners
# named there are no partners in the project, whatever cue («sammen med») the clause holds;
# owning the project, the need or the solution together («eier prosjektet sammen med») is taking part.
CO_OWNED = re.compile(
    r"\b(?:eier|eig|eigar|eiger|owns?|co-owns?)\s+(?:(?!(?:prosjekt|partnerskap|partnarskap|project|partnership|behov|need|utfordring|challenge|løsning|løysing|solution|idé|ide|idea|innovasjon|innovation))[\w-]+\s+){0,3}?(?:sammen\s+med|saman\s+med|i\s+lag\s+med|together\s+with|jointly\s+with|with)\b[^.;,!?\n]*|"
    r"\b(?:eid|eigd|eigde|eide|owned|co-owned)\s+(?:\w+\s+)?(?:sammen\s+med|saman\s+med|i\s+lag\s+med|together\s+with|jointly\s+with|av|by)\b[^.;,!?\n]*|"
    r"\b(?:medeier|medeigar|deleier|deleigar|co-owners?|part-owners?)\s+(?:i|av|of|in)\b[^.;,!?\n]*",
    re.IGNORECASE,
)
