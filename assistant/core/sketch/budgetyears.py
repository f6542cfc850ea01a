"""A budget line that gives its cost year by year: the line's amount is the cost over the years.

People write a list budget's years on one line in three ways, and a line's amount is then not
its last number but what the years add up to:

* figures side by side across slashes, in the order of the years («Prosjektledelse: 1 000 /
  1 000 / 1 000» under «i tusen kroner per år», «Frikjøp: 900/1 600/1 600»);
* each amount with the year it is for («300k (år 1), 150k (år 2)», «3 MNOK i år 2 og 3 MNOK i år
  3», «0.3 MNOK, year 1; 0.2 MNOK, year 2», «2026: 400 000, 2027: 300 000»);
* one amount a year and how many years («1,2 MNOK per år (3 år)», «1 100k per år i tre år»,
  «1.1 MNOK per year, years 1–3», «600 000 kr årlig over fire år»).

A line whose last amount is its own sum («1,2 mill. kr per år i 3 år = 3,6 mill. kr», «…, til
sammen 900 000») is left as it is. `budget` reads list lines with `line_total`.
"""

from __future__ import annotations

import re

from .amounts import parse_amount
from .budgetunits import unit_amount

# A number as a list line writes it, with the unit it may carry («1 600», «900k», «1,2 MNOK», «0»).
_FIGURE = (
    r"(?:kr\.?\s?|nok\s?)?(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})++|\d++)(?:,\d+|\.\d+)?"
    r"(?:\s?(?:k|mill\.?|mnok|mkr|tusen|kr\.?|nok)(?![^\W\d_]))?"
)
# Two to ten figures joined by slashes and nothing else: a row of years written on one line.
_SLASHED = re.compile(r"(?<![\w.,/])" + _FIGURE + r"(?:\s*/\s*" + _FIGURE + r"){1,9}+(?![\w/]|[.,]\d)", re.IGNORECASE)
_SLASH_PART = re.compile(_FIGURE, re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")

# The year an amount is for, right after it («(år 1)», «i år 2», «, year 1», «in 2027») or right
# before it («år 1: …», «2026: …»).
_TAG_AFTER = re.compile(
    r"^[\s,]*\(?\s*(?:(?:i|in|for)\s+)?(?:(?:år|year|yr)\s*[1-9]\b|(?:19|20)\d\d\b)", re.IGNORECASE
)
_TAG_BEFORE = re.compile(r"(?:\b(?:år|year|yr)\s*[1-9]|\b(?:19|20)\d\d)\s*[:=]?\s*$", re.IGNORECASE)
# What may stand between two amounts of the years: their tags, commas, «og», a plus.
_BETWEEN = re.compile(
    r"^[\s,;:+()]*(?:(?:i|in|for)\s+)?(?:(?:år|year|yr)\s*[1-9]|(?:19|20)\d\d)?[\s,;:+()]*(?:og|and|samt|plus)?[\s,;:+()]*"
    r"(?:(?:i|in|for)\s+)?(?:(?:år|year|yr)\s*[1-9]|(?:19|20)\d\d)?[\s,;:=()]*$",
    re.IGNORECASE,
)
# The last amount of a line is its own sum when a sum word or «=» leads to it.
_OWN_SUM = re.compile(r"(?:=|\b(?:til\s+sammen|til\s+saman|totalt|i\s+alt|samlet|samla|sum|in\s+total|total)\b)[\s:]*$", re.IGNORECASE)

# An amount for one year, and for how many years it is paid.
_EACH_YEAR = re.compile(
    r"^[^.;]{0,12}?\b(?:per|pr\.?|hvert|kvart|each|a|every)\s+(?:år|year)\b|^[^.;]{0,12}?(?:\bi\s+året\b|\bårlig\w*|\bårleg\w*|\bannual\w*|\byearly\b|/\s*år\b)",
    re.IGNORECASE,
)
_COUNT_WORDS = {"to": 2, "two": 2, "tre": 3, "three": 3, "fire": 4, "four": 4, "fem": 5, "five": 5}
_YEARS_COUNT = re.compile(
    r"\b(?:i|over|for|in|gjennom)\s+(?P<n>[2-5]|to|tre|fire|fem|two|three|four|five)\s+(?:år|years?)\b|"
    r"\(\s*(?P<p>[2-5])\s*(?:år|years?)\s*\)|"
    r"\b(?:år|years?)\s+(?P<a>[1-5])\s*(?P<join>[-–]|og|and|to|til)\s*(?P<r>[2-5])\b|"
    r"[×x*]\s*(?P<x>[2-5])(?:\s*(?:år|years?))?\b",
    re.IGNORECASE,
)


def counted_years(text: str) -> int | None:
    """How many years a line says its amount a year is paid for («per år (3 år)» → 3), else None."""
    m = _YEARS_COUNT.search(text)
    if m is None:
        return None
    if m.group("r"):
        # «years 1–3» are three, «i år 2 og 3» two («år 1 og 3» names two as well).
        first, last = int(m.group("a")), int(m.group("r"))
        count = 2 if m.group("join").casefold() in ("og", "and") else last - first + 1
        return count if count >= 2 else None
    word = next(g for g in (m.group("n"), m.group("p"), m.group("x")) if g)
    return int(word) if word.isdigit() else _COUNT_WORDS[word.casefold()]


def _figure(text: str, scale: int) -> int | None:
    if re.search(r"\d\s?k$", text, re.IGNORECASE):
        return parse_amount(text)
    if re.search(r"[^\W\d_]", text):
        return parse_amount(text)
    return unit_amount(text, scale) if scale else parse_amount(text)


def line_total(body: str, found: list[tuple[int, int, int]], scale: int = 0) -> tuple[int, int, int] | None:
    """(start, end, kroner) of a list line's cost over its years, when the line gives it year by
    year; None when it gives one amount, or amounts that are not years of one cost."""
    slashed = _SLASHED.search(body)
    # The years' figures end the line («…: 900 / 1 600 / 1 600 (tusen kroner)»); «24/7» or a date
    # inside the line's words is no row of amounts.
    if slashed is not None and not re.search(r"\d", body[slashed.end() :]):
        parts = [p.group(0) for p in _SLASH_PART.finditer(slashed.group(0))]
        values = [_figure(p.strip(), scale) for p in parts]
        if (
            not any(_YEAR_ONLY.match(p.strip()) for p in parts)
            and all(v is not None and (v == 0 or v >= 10_000) for v in values)
            and sum(v or 0 for v in values) > 0
        ):
            return slashed.start(), slashed.end(), sum(v or 0 for v in values)
    if len(found) >= 2:
        last_start = found[-1][0]
        if _OWN_SUM.search(body[max(0, last_start - 20) : last_start]):
            return None
        tagged = all(_TAG_AFTER.match(body[e : e + 16]) or _TAG_BEFORE.search(body[max(0, s - 12) : s]) for s, e, _ in found)
        joined = all(_BETWEEN.match(body[found[k][1] : found[k + 1][0]]) for k in range(len(found) - 1))
        if tagged and joined:
            return found[0][0], found[-1][1], sum(v for _, _, v in found)
        return None
    if len(found) == 1:
        start, end, value = found[0]
        after = body[end:]
        if _EACH_YEAR.search(after) and (years := counted_years(after)):
            return start, end, value * years
    return None
