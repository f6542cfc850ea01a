"""The unit a budget's bare numbers are written in: a line that says it once («Budsjett (tusen
kroner)», «In thousands of NOK:», «(MNOK)») and a number read in it («- Evaluering: 500» under
«tusen kroner» is 500 000 kr). `budget` reads lists, prose and tables with it."""

from __future__ import annotations

import re

from .amounts import GROUPED_DIGITS, MONEY_UNIT, find_amounts, find_word_amounts, parse_amount
from .budgettable import _YEAR

# A bare number of four digits or more, as a list line gives its amount («- Drift: 2 400 000»,
# and in English «- Project management: 3,000,000»: a comma between groups of three).
BARE_AMOUNT = re.compile(
    r"(?<![\w.,])(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f.]\d{3})++(?:,-)?(?!\w)"
    r"|(?<![\w.,])\d{1,3}(?:,\d{3})++(?![.,]\d)(?:,-)?(?!\w)|(?<![\w.,])\d{4,}+(?:,-)?(?!\w)"
)

# A line that says the unit of the bare numbers under it: «Budsjett (tusen kroner)», «In thousands
# of NOK:», «Alle beløp i 1000 kr», «(MNOK)», «Beløpa er i millionar kroner». Only a line that
# holds no amount of its own says so («Budsjettet er på 10 millionar kroner» is an amount).
_UNIT_THOUSAND = re.compile(
    r"\btusen\s+(?:kroner|kr\b|nok\b)|\bthousands?\s+(?:of\s+)?(?:nok|kroner)\b|\bnok\s+thousands?\b|\bnok\s*(?:1[ .,\u00a0]?000|\'000|’000)(?![\d.,\u00a0 ]*\d)|"
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
        year = r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)"
        rest = re.sub(year, " ", line[: m.start()] + " " + line[m.end() :])
        if re.search(r"\d[\d\s.,]*$", re.sub(year, " ", line[: m.start()])):
            continue  # «500 tusen kroner» is an amount
        if not find_amounts(rest) and not BARE_AMOUNT.search(rest):
            return unit
    return 0


# A unit said in brackets beside a table's total («**Sum: 42,5 mill. kr** (alle tall i mill. kr)»,
# «Total: 12 400 (all figures in NOK thousands)»).
_BRACKETED = re.compile(r"\(([^()\n]{2,60})\)")


# Where a note's sentence ends: a stop, then a capital (not «mill. kr», «ca. 3»).
_NOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


def caption_scale(line: str) -> int:
    """The unit a line near a table says for its bare numbers: the whole line («Alle tall i tusen
    kroner»), or a bracket in it beside the total it states («Sum: 42,5 mill. kr (alle tall i
    mill. kr)»). 0 when it says none."""
    if unit := text_scale(line):
        return unit
    if not line or len(line) > 200:
        return 0
    if unit := next((unit for m in _BRACKETED.finditer(line) if (unit := text_scale(m.group(1)))), 0):
        return unit
    # A sentence of its own in a note that goes on («Alle tall i mill. kr. Samlet 9,7 MNOK.»).
    return next((unit for part in _NOTE_SENTENCE.split(line) if (unit := text_scale(part))), 0)


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


# A list line's amount in millions with the «m» glued on and nothing after it («- Plattformutvikling:
# 1.8m», «- Prosjektledelse – 1,2 m»), as «NOK 9.5m» gives the total: after a colon or a spaced
# dash, at the end of the line (so «bredde 1.8m», «5 m2» are no amounts).
_MILLIONS_M = re.compile(r"(?:[:=]|\s[–—-])\s*(?P<n>\d{1,3}(?:[.,]\d{1,3})?)\s?m\s*[.;]?\s*$")


def amounts_in(text: str, bare: bool, scale: int = 0) -> list[tuple[int, int, int]]:
    # A line with no figures may say its amount in words («- Evaluering: ein halv million»).
    found = find_amounts(text) or find_word_amounts(text)
    if not found and bare and (m := _MILLIONS_M.search(text)):
        value = parse_amount(m.group("n") + " mill.")
        if value:
            return [(m.start("n"), m.end(), value)]
    if scale and found:
        # «NOK 1 800» under «In thousands of NOK»: a currency alone is no unit; a scale word is.
        return [(a, b, unit_amount(text[a:b], scale) or v) for a, b, v in found]
    if found or not bare:
        return found
    out = []
    for m in (SCALED_NUMBER if scale else BARE_AMOUNT).finditer(text):
        if _YEAR.match(m.group(0)):
            continue
        value = unit_amount(m.group(0), scale) if scale else parse_amount(m.group(0))
        if value:
            out.append((m.start(), m.end(), value))
    return out[-1:]  # a list line's amount is its last number


# A number with no unit in the prose of a budget is an amount where it stands as one: after a colon
# or «til»/«på»/«at» and before the end of the clause («Markedsdialog: 700 000.», «Følgeevaluering
# settes til 600 000.», «… to skolekretser til 800 000, inkludert leie …»), not before a noun
# («til 10 000 brukere»).
_BARE_GROUPED = re.compile(r"(?<![\w.,])\d{1,3}(?:(?:[ \u00a0\u202f.]\d{3})++|(?:,\d{3}){2,}+)(?![\w.,]\d)(?:,-)?")
_BARE_BEFORE = re.compile(
    # «Prosjektleiing – 3 000 000», «Project management - 3 000 000»: a spaced dash sets the line's
    # amount apart as a colon does.
    r"(?::|\s[–—-]|\b(?:til|på|at|of|er|is|utgjør|utgjer|om\s+lag|omlag|ca\.?|cirka|rundt|about|around|approximately|roughly))\s*$",
    re.IGNORECASE,
)
_BARE_LISTED = re.compile(r"(?:,|\b(?:og|and|samt))\s*$", re.IGNORECASE)
_BARE_AFTER = re.compile(
    r"^\s*(?:$|[.,;:)–-]|(?:og|and|samt|til|for|i\s+året|per\s+år|pr\.?\s+år|hvert\s+år|kvart\s+år|a\s+year|per\s+year|each\s+year|"
    r"inkl\w*|including|totalt|til\s+sammen|til\s+saman|in\s+total)\b)",
    re.IGNORECASE,
)


# One post of a line that sets its posts apart by semicolons: words, then the bare amount that
# closes it («utviklingsfase med leverandører 8 500 000», «evaluation 900,000»), after the line's
# own label for the first («Felles: markedsdialog 400 000»).
_SEMICOLON_POST = re.compile(
    r"^\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?(?:[^\W\d_][^:;\d]{0,60}:\s*)?(?=[^;]*?[^\W\d_]{3})[^\W\d_][^;]{1,160}?\s+"
    rf"(?P<n>{GROUPED_DIGITS}|\d{{1,3}}(?:,\d{{3}})++|\d{{4,9}})(?:,-)?\s*{MONEY_UNIT}?\s*[.]?\s*$",
    re.IGNORECASE,
)


def semicolon_posts(text: str) -> list[tuple[int, int, int]]:
    """The amounts of a line that lists two or more posts set apart by semicolons, each words and
    then its bare amount («Felles: markedsdialog 400 000; utviklingsfase 8 500 000; følgeevaluering
    900 000»): each part is a post, so each closing number is an amount. Empty for any other line,
    so a lone «Innbyggjarar 15 000» stays no amount."""
    if ";" not in text:
        return []
    out, at = [], 0
    for part in text.split(";"):
        # A post closed by the line's subtotal («… procurement expertise 400 000 — subtotal
        # 3 100 000»): the post's own amount and the subtotal each stand.
        sub = _SUBTOTAL_AFTER.match(part)
        for piece, shift in ((part[: sub.start("sep")], 0), (part[sub.start("sum") :], sub.start("sum"))) if sub else ((part, 0),):
            m = _SEMICOLON_POST.match(piece)
            if m is not None and not _YEAR.match(m.group("n")) and (value := parse_amount(m.group("n"))) and value >= 10_000:
                out.append((at + shift + m.start("n"), at + shift + m.end("n"), value))
        at += len(part) + 1
    return out if len(out) >= 2 else []


# The words that give the sum of a line's posts after its last post («— subtotal 3 100 000»,
# «, delsum 2 400 000», «= sum 900 000»).
SUBTOTAL_WORDS = r"(?:sub-?total|delsum(?:men)?|sum(?:men)?|totalt|i\s+alt|til\s+sammen|til\s+saman|in\s+total|total)"
_SUBTOTAL_AFTER = re.compile(
    rf"^.*?\d(?P<sep>\s*(?:[—–=,(]|\s-)\s*)(?P<sum>{SUBTOTAL_WORDS}\s*:?\s*(?:{GROUPED_DIGITS}|\d{{1,3}}(?:,\d{{3}})++|\d{{4,9}})(?:,-)?\s*{MONEY_UNIT}?\s*[.)]?\s*)$",
    re.IGNORECASE,
)


def prose_found(sentence: str, scale: int = 0) -> list[tuple[int, int, int]]:
    """The amounts of a sentence in a budget: written with a unit, in the budget's unit, or bare
    where they stand as amounts."""
    found = amounts_in(sentence, False, scale)
    if not scale:
        # Posts set apart by semicolons, each closed by its bare amount, are each an amount.
        found = sorted(found + [f for f in semicolon_posts(sentence) if not any(a < f[1] and f[0] < b for a, b, _ in found)])
    # In a unit said for the budget, a number after the words of its line is an amount too
    # («prosjektleiing 1 350, frikjøp 600 og evaluering 250»).
    for m in (SCALED_NUMBER if scale else _BARE_GROUPED).finditer(sentence):
        if any(a < m.end() and m.start() < b for a, b, _ in found) or _YEAR.match(m.group(0)):
            continue
        before = sentence[max(0, m.start() - 30) : m.start()]
        # After an amount already read, «og»/«and»/a comma lists the next one («… 1 400 000 til
        # frikjøp og 1 000 000 til kjøp …»).
        listed = bool(found) and found[-1][1] <= m.start() and _BARE_LISTED.search(before)
        if (_BARE_BEFORE.search(before) or listed or (scale and re.search(r"[^\W\d_]{3}\)?\s+$", before))) and _BARE_AFTER.match(sentence[m.end() : m.end() + 30]):
            value = unit_amount(m.group(0), scale) if scale else parse_amount(m.group(0))
            if value and value >= 10_000:
                found.append((m.start(), m.end(), value))
    return sorted(found)
