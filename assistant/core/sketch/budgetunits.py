"""The unit a budget's bare numbers are written in: a line that says it once («Budsjett (tusen
kroner)», «In thousands of NOK:», «(MNOK)») and a number read in it («- Evaluering: 500» under
«tusen kroner» is 500 000 kr). `budget` reads lists, prose and tables with it."""

from __future__ import annotations

import re

from .amounts import find_amounts, parse_amount

# A bare number of four digits or more, as a list line gives its amount («- Drift: 2 400 000»).
BARE_AMOUNT = re.compile(r"(?<![\w.,])(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f.]\d{3})++(?:,-)?(?!\w)|(?<![\w.,])\d{4,}+(?:,-)?(?!\w)")

# A line that says the unit of the bare numbers under it: «Budsjett (tusen kroner)», «In thousands
# of NOK:», «Alle beløp i 1000 kr», «(MNOK)», «Beløpa er i millionar kroner». Only a line that
# holds no amount of its own says so («Budsjettet er på 10 millionar kroner» is an amount).
_UNIT_THOUSAND = re.compile(
    r"\btusen\s+(?:kroner|kr\b|nok\b)|\bthousands?\s+(?:of\s+)?(?:nok|kroner)\b|\bnok\s*(?:thousands?|1[ .,\u00a0]?000|\'000|’000)(?![\d.,\u00a0 ]*\d)|"
    r"\b(?:tnok|knok|kkr|tkr)\b|(?:\(|\b(?:i|in|er|are)\s+)(?:hele\s+|heile\s+)?(?:tusen|thousands?)\b|"
    r"(?:\(|\b(?:i|in)\s+)(?:nok\s+|kr\.?\s+)?1[ .,\u00a0]?000(?![.,\u00a0 ]?\d)(?:\s*(?:kr\b|kroner|nok\b))?",
    re.IGNORECASE,
)
_UNIT_MILLION = re.compile(
    r"(?:\(|\b(?:i|in|er|are)\s+)(?:nok\s+|kr\.?\s+)?(?:mill\.?(?:\s*(?:kr|kroner|nok)\b)?|millioner\b|millionar\b|millions?\b|mnok\b|mkr\b)|"
    r"\bnok\s+millions?\b|\bmillions?\s+of\s+(?:nok|kroner)\b|\(\s*(?:nok|kr)\s*m(?:n|ill)?\.?\s*\)",
    re.IGNORECASE,
)


def text_scale(line: str) -> int:
    """The unit a line says the bare numbers after it are in (1 000 or 1 000 000), else 0."""
    if not line or len(line) > 200:
        return 0
    for unit, rx in ((1_000, _UNIT_THOUSAND), (1_000_000, _UNIT_MILLION)):
        m = rx.search(line)
        if m is None:
            continue
        # A year or a period («gjeld heile prosjektperioden 2027–2029») is no amount in the line.
        rest = re.sub(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)", " ", line[: m.start()] + " " + line[m.end() :])
        if re.search(r"\d[\d\s.,]*$", line[: m.start()]):
            continue  # «500 tusen kroner» is an amount
        if not find_amounts(rest) and not BARE_AMOUNT.search(rest):
            return unit
    return 0


# A bare number in a list line whose unit the budget says («- Evaluering: 500», «- Drift: 1,2»);
# not a share, a count of years or a year.
SCALED_NUMBER = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})++(?:,\d+)?|\d++(?:[.,]\d+)?)(?:,-)?"
    r"(?!\w|\s*(?:%|prosent|percent|år\b|years?\b|månad|måned|months?|timer\b|hours?\b|stk|stillinger|årsverk|fte\b))",
    re.IGNORECASE,
)


SCALE_WORD = re.compile(r"mill|mrd|milliard|billion|\bbn\b|tusen|thousand|tnok|kkr|mnok|mkr", re.IGNORECASE)


def in_unit(value: int, scale: int) -> int:
    """A number written in the budget's unit, in kroner; a number too large to be in that unit
    («4 500 000» under «tusen kroner») was written in kroner."""
    if scale == 1_000 and value < 100_000 or scale == 1_000_000 and value < 1_000:
        return value * scale
    return value


def unit_amount(written: str, scale: int) -> int | None:
    """A number with no scale word, read in the budget's unit («1,5» in millions is 1 500 000)."""
    if SCALE_WORD.search(written):
        return parse_amount(written)
    value = parse_amount(written)
    if scale == 1_000_000 and (value or 0) < 1_000:
        return parse_amount(written + " mill.") or value  # «0,35» is 350 000
    return in_unit(value, scale) if value else value
