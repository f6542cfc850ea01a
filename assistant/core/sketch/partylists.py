"""Helpers for reading a list of parties: the names in one item of a partners' field, a name the
registry lacks whose own words tell its kind, and a budget's cost line (a body paid for a task,
not one that takes part). The reader of parties (`parties`) uses them."""

from __future__ import annotations

import re

from .amounts import ENDS_IN_AMOUNT
from .model import OrgKind
from .registry import Body, classify, find_organisations

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
