"""Places listed with one word for their kind: «Hamar, Løten, Stange og Ringsaker kommuner»,
«kommunene Kinn, Solund og Hyllestad», «Vinje og Tokke kommune» each name every place listed as a
municipality (or county). Read for `registry.find_organisations`."""

from __future__ import annotations

import re

from .registry import Found, _county_body, _kommune_body, _registry


# «Hamar, Løten, Stange og Ringsaker kommuner»: places the registry knows, listed before one
# plural word, are each a municipality (or county). Read backwards from each plural word over a
# bounded stretch of text, so a long run of capitalised words costs no more than its length.
# «Vinje og Tokke kommune», «Sel og Vågå kommune»: the singular after two or more places names
# each of them too (a county's own name holds «og»: «Vestfold og Telemark fylkeskommune» stays one).
_PLURAL = re.compile(
    r"\b(?:kommuner|kommunar|kommunene|kommunane|kommune|municipalities|fylkeskommuner|fylkeskommunar|fylkeskommunene|counties|county authorities)\b"
)
_WHERE = frozenset({"i", "in", "ved", "at", "på", "frå", "fra", "from"})
_LIST_SEP = re.compile(r",\s*(?:og\s+|and\s+|samt\s+)?|\s+(?:og|and|samt)\s+")
_LIST_WINDOW = 300


def place_lists(text: str) -> list[Found]:
    reg = _registry()
    out: list[Found] = []
    for m in _PLURAL.finditer(text):
        county = m.group(0).startswith(("fylke", "count"))
        known = reg.counties if county else reg.places
        start = max(0, m.start() - _LIST_WINDOW)
        stretch = re.split(r"[.!?:;()\[\]\n]", text[start : m.start()])[-1]
        offset = m.start() - len(stretch)
        pieces = _LIST_SEP.split(stretch.rstrip())
        if len(pieces) < 2 or not _LIST_SEP.search(stretch):
            continue
        names: list[str] = []
        for k, piece in enumerate(reversed(pieces)):
            words = piece.split()
            first = k == len(pieces) - 1
            # The first piece may begin with other words («på vegne av Hamar»): its last one to
            # three words are the place.
            cand = next((" ".join(words[-n:]) for n in (3, 2, 1) if len(words) >= n and " ".join(words[-n:]).casefold() in known), None) if first else (piece.strip() if piece.strip().casefold() in known else None)
            if cand is None or not cand[:1].isupper():
                names = []
                break
            if first and m.group(0) == "kommune" and len(words) > len(cand.split()) and words[-len(cand.split()) - 1].casefold() in _WHERE:
                # «Helseetaten i Oslo og Lørenskog kommune»: the first place says where a body
                # is; only the plural («i Oslo og Lørenskog kommuner») lists both.
                names = []
                break
            names.append(cand)
        if len(names) < 2:
            continue
        spans: list[Found] = []
        pos = offset
        for name in reversed(names):
            at = text.find(name, pos, m.start())
            if at == -1:
                spans = []
                break
            pos = at + len(name)
            body = _county_body(f"{name} fylkeskommune") if county else _kommune_body(f"{name} kommune")
            spans.append(Found(at, pos, body))
        out.extend(spans)
    return out + _lists_after(text, reg)


# «kommunene Kinn, Solund og Hyllestad», «the municipalities of Nome and Drangedal»: the plural
# word before the places.
# A compound that says how they take part counts as the plural word too («eierkommunene Levanger,
# Verdal og Frosta», «deltakarkommunane», «the owner municipalities Giske and Sula»).
_PLURAL_BEFORE = re.compile(
    r"\b(?i:(?:eier|eigar|deltaker|deltakar|partner|partnar|samarbeids|pilot|medlems)?kommunene|(?:eier|eigar|deltaker|deltakar|partner|partnar|samarbeids|pilot|medlems)?kommunane|"
    r"the (?:owner |partner |participating |member |pilot )?municipalities of|municipalities of|(?:the )?(?:owner |partner |participating |member |pilot )?municipalities)[ \t]+(?=[A-ZÆØÅ])"
)


def _lists_after(text: str, reg) -> list[Found]:
    out: list[Found] = []
    for m in _PLURAL_BEFORE.finditer(text):
        stretch = re.split(r"[.!?:;()\[\]\n]", text[m.end() : m.end() + _LIST_WINDOW])[0]
        names: list[str] = []
        rest = stretch.lstrip()
        while rest:
            # The longest place at the start, a name holding «og» too («kommunene Nesbyen og Nore og
            # Uvdal»); the list goes on only over a separator («… og Hyllestad stiller med …» ends it).
            words = rest.split(",", 1)[0].split()
            cand = next((" ".join(words[:n]) for n in (4, 3, 2, 1) if len(words) >= n and " ".join(words[:n]).casefold() in reg.places), None)
            if cand is None or not cand[:1].isupper() or not rest.startswith(cand):
                break
            names.append(cand)
            if (sep := _LIST_SEP.match(rest, len(cand))) is None:
                break
            rest = rest[sep.end() :]
        pos = m.end()
        for name in names if len(names) >= 2 else []:
            at = text.find(name, pos)
            pos = at + len(name)
            out.append(Found(at, pos, _kommune_body(f"{name} kommune")))
    return out
