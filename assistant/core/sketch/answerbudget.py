"""Budget lines in an interview answer: each amount with the item it pays for, named by its noun
phrase («Vi trur prosjektleiing blir om lag 600 000 kr» → «Prosjektleiing»), and which parts of
the answer the budget table took, so nothing with an amount leaves the text unread.

The words a speaker wraps an item in (hedges, «vi trur», «skal vi kjøpe … for», «blir om lag»)
are data, per language, in `rubric/answers.toml` ([budget])."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from ..data.paths import rubric_dir

_AMOUNT = re.compile(
    r"(?P<amount>(?:(?:kr\.?|NOK|MNOK)\s*)?\d[\d\u00a0 .,]*\d?\s*(?:mill(?:ioner|\.)?|mrd\.?|millions?)?\s*(?:kr\b\.?|kroner\b|NOK\b)?)"
)
_CURRENCY = re.compile(r"kr|NOK|kroner|mill|mrd", re.IGNORECASE)
# A bare number after a dash or colon at the end of a budget answer's line is its amount
# («Utprøving i 40 hjem - 900 000»): thousands written apart or five digits or more, so a year
# («Fase 2 - 2027») or a count is not one.
_BARE = re.compile(
    r"(?:\s[–-]|:)\s*(?P<amount>\d{1,3}(?:[ \u00a0.]\d{3})+|\d{5,})(?=\s*(?:\([^()\n]{1,60}\))?\s*[.?!]?\s*$)"
)
_BIG = r"(?<![\d,.])(?:\d{1,3}(?:[ \u00a0.]\d{3})+|\d{5,})(?![\d,]|\.\d)"
# So is one that ends its clause after a word that leads to a price («frikjøp av sjukepleiarar
# for ca. 450 000.», «Reiser rundt 50 000, og …»), in prose as well as in a list; a number
# followed by a noun is a count («for 12 000 innbyggjarar»).
_BARE_IN_PROSE = re.compile(
    r"(?:\s[–-]|:|\b(?:for|på|til|ca\.?|cirka|om\s+lag|omlag|omtrent|rundt|kring|kanskje|about|around|approx\.?|maybe|at|koster|kostar|costs?|blir)\s)\s*"
    rf"(?P<amount>{_BIG})"
    r"(?=\s*(?:\([^()\n]{1,60}\))?\s*(?:[.?!,;]|\s+(?:og|and|samt|pluss)\b|$))",
    re.IGNORECASE,
)
_ANY_BIG = re.compile(_BIG)
_CLAUSE = re.compile(r"[^\n;]+")
SENTENCE_END = re.compile(r"(?<!mill)(?<!mrd)(?<!ca)\.\s+(?=[A-ZÆØÅ])")


def _amounts(part: str) -> list[tuple[re.Match[str], int]]:
    """The amounts in a clause, in order: numbers in kroner, and bare numbers where a price
    stands (see `_BARE`, `_BARE_IN_PROSE`). Any other number is part of an item's name
    («Prosjektleiing (frikjøp 50 %): 1 200 000 kr», «Reiser 2027: 50 000 kr», «til 3 workshops»)."""
    from .amounts import parse_amount

    found = [
        (m, amount)
        for m in _AMOUNT.finditer(part)
        if _CURRENCY.search(m.group("amount")) and (amount := parse_amount(m.group("amount")))
    ]
    bare = list(_BARE_IN_PROSE.finditer(part))
    if not found and (end := _BARE.search(part)):
        bare.append(end)
    for m in bare:
        a, b = m.span("amount")
        if any(a < x.end("amount") and x.start("amount") < b for x, _ in found) or _orgnr(m.group("amount")):
            continue
        if amount := parse_amount(m.group("amount")):
            found.append((m, amount))
    found.sort(key=lambda f: f[0].start("amount"))
    return found


def budget_lines_named(text: str) -> list[tuple[str, int]]:
    """(item, kroner) pairs from lines such as «Markedsdialog 400 000 kr», «Prototyp: 2,5 mill. kr»
    or «… og så treng vi frikjøp av sjukepleiarar for ca. 450 000»."""
    from .budget import total_only

    out: list[tuple[str, int]] = []
    for clause in _CLAUSE.finditer(SENTENCE_END.sub(";\n", text)):
        part = clause.group(0)
        if total_only(part):  # «Totalt: 2 800 000 kr» is the sum, not a line (the table has its own)
            continue
        previous = 0  # where the clause's last amount ended: an item is named after it
        amounts = _amounts(part)
        for n, (m, amount) in enumerate(amounts):
            upto = amounts[n + 1][0].start("amount") if n + 1 < len(amounts) else len(part)  # «til X og 2 mill. kr til Y»
            start, previous = previous, m.end("amount")
            after = re.match(r"\s*(?:til|for|på|to|on)\s+(?P<item>[^,.;\n]{3,60})", part[m.end("amount") : upto])
            unsure: list[str] = []
            if after:
                item = noun_phrase(re.sub(r"\s+(?:og|and)$", "", after.group("item").strip()))
            else:
                # The words since the last amount, after their last comma or colon: «… 400 000 kr
                # og prototyp 2 mill. kr» names «prototyp»; an «og» inside a name is kept
                # («Prosjektledelse og koordinering: 1 200 000 kr»).
                # Words on how sure the amount is, between the item and the amount, are not the
                # item («Evaluering, usikkert, kanskje 300 000 kr» names «Evaluering»).
                before, unsure = _without_hedges(part[start : m.start("amount")])
                item = re.split(r"[,:;]\s*(?=[^,:;]*$)", before.strip(" :–-"))[-1]
                item = noun_phrase(item)
            item = item.strip(" :–-.")
            if len(item) >= 3 and re.search(r"[A-Za-zÆØÅæøå]", item):
                if not after:
                    item += f" ({', '.join(unsure)})" if unsure else ""
                    item += _remark(part[m.end("amount") : upto], last=n + 1 == len(amounts))
                out.append((item[0].upper() + item[1:], amount))
    return out


# ---------------------------------------------------------------- an item's noun phrase


@dataclass(frozen=True)
class _Phrasing:
    lead: re.Pattern[str]  # what a speaker says before the item («og så treng vi», «Vi trur»)
    tail: re.Pattern[str]  # and between the item and its amount («blir», «vil koste», «for»)
    verb: re.Pattern[str]  # a verb the item starts with once the speaker is gone («kjøpe …»)
    nouns: dict[str, str]  # that verb's noun («kjøpe» → «kjøp av»)


@cache
def _phrasing() -> _Phrasing:
    data = tomllib.loads((rubric_dir() / "answers.toml").read_text(encoding="utf-8")).get("budget", {})
    lead = "|".join(f"(?:{p})" for p in data.get("lead", []))
    tail = "|".join(f"(?:{p})" for p in data.get("tail", []))
    nouns = {str(k).casefold(): str(v) for k, v in data.get("verbs", {}).items()}
    verbs = "|".join(re.escape(v) for v in sorted(nouns, key=len, reverse=True))
    return _Phrasing(
        lead=re.compile(rf"^(?:{lead})(?:\s+|$)", re.IGNORECASE),
        tail=re.compile(rf"(?:^|\s+)(?:{tail})$", re.IGNORECASE),
        verb=re.compile(rf"^(?P<verb>{verbs})\s+(?!(?:av|of|for|til|to)\b)(?=\S)", re.IGNORECASE),
        nouns=nouns,
    )


_NO_ITEM = frozenset({"det", "dette", "den", "denne", "dei", "de", "alt", "it", "this", "that", "they", "everything", "all"})


def noun_phrase(words: str) -> str:
    """What a budget line pays for, without the words the speaker said around it: «Vi trur
    prosjektleiing blir» → «prosjektleiing», «og så treng vi frikjøp av sjukepleiarar for» →
    «frikjøp av sjukepleiarar», «Etterpå skal vi kjøpe sensorar til alle 310 brukarane for» →
    «Kjøp av sensorar til alle 310 brukarane» (the verb that says what the money does becomes
    its noun, so a purchase is still read as one), «We will hire a service designer for» →
    «Hiring of a service designer». A text that is nothing but such words, or a pronoun («Vi
    trur det blir»), names no item: ''."""
    p = _phrasing()
    text = " ".join(words.split()).strip(" :–-,")
    for _ in range(12):  # each pass takes one phrase off the front or the end, or a hedge
        before = text
        text = p.lead.sub("", text, count=1).strip(" :–-,")
        text = p.tail.sub("", text, count=1).strip(" :–-,")
        text, _unsure = _without_hedges(text)
        if text == before:
            break
    if m := p.verb.match(text):
        text = p.nouns[m.group("verb").casefold()] + " " + text[m.end() :]
    if text.casefold() in _NO_ITEM or not re.search(r"[^\W\d_]{3}", text):
        return ""
    return text


# ---------------------------------------------------------------- what the table took


def amounts_unread(text: str) -> list[str]:
    """The amounts in `text` that no line read from it carries, as written: a number in kroner,
    or one written as a price (thousands apart, or five digits or more), that is neither a
    line's amount nor part of a line's item («til 12 000 brukarar»). Totals count: «Totalt
    3,4 mill. kr» is no line, so it stays where the user wrote it."""
    from .amounts import parse_amount

    named = budget_lines_named(text)
    amounts = [line_amount for _item, line_amount in named]
    items = " ".join(item for item, _amount in named)
    spans: list[tuple[int, int]] = []
    left: list[str] = []
    candidates = [m for m in _AMOUNT.finditer(text) if _CURRENCY.search(m.group("amount"))]
    candidates += [m for m in _ANY_BIG.finditer(text) if not any(a <= m.start() < b for a, b in (c.span() for c in candidates))]
    for m in sorted(candidates, key=lambda c: c.start()):
        written = m.group(0).strip().rstrip(".").strip()
        value = parse_amount(written)
        if not value or _orgnr(written) or any(a <= m.start() < b for a, b in spans):
            continue
        spans.append(m.span())
        if value in amounts:
            amounts.remove(value)
        elif written not in items:
            left.append(written)
    return left


def split_taken(text: str, taken: set[tuple[str, int]]) -> tuple[list[str], bool]:
    """The lines of an answer with what the budget table took out of them, and whether it took
    anything. A sentence goes when each line read from it is in `taken` ((item casefolded,
    amount)) and no other amount stands in it; any other sentence stays where it was (an amount
    the table did not take is never dropped). A lead-in ending in «:» goes with the list it
    introduced."""
    kept: list[str] = []
    took = False
    for line in text.splitlines():
        if not line.strip():
            continue
        pieces, at = [], 0
        for m in SENTENCE_END.finditer(line):
            pieces.append(line[at : m.start() + 1])
            at = m.end()
        pieces.append(line[at:])
        left = []
        for piece in pieces:
            named = budget_lines_named(piece)
            if named and all((item.casefold(), amount) in taken for item, amount in named) and not amounts_unread(piece):
                took = True
            elif piece.strip():
                left.append(piece.strip())
        if len(left) == len(pieces):
            kept.append(line)  # nothing of it taken: as written
        elif left:
            kept.append(" ".join(left))
    if took:
        kept = [line for line in kept if not line.rstrip().endswith(":")]
    return kept, took


def _orgnr(number: str) -> bool:
    """A bare number that is a valid organisation number («974 760 673»), not kroner."""
    from .orgs import normalise_orgnr, orgnr_problem

    digits = normalise_orgnr(number)
    return bool(digits) and len(digits) == 9 and orgnr_problem(digits) is None


@cache
def _hedges() -> tuple[re.Pattern[str], frozenset[str]]:
    """One pattern for a hedge word at the end of a text, and the hedges kept as a remark."""
    data = tomllib.loads((rubric_dir() / "answers.toml").read_text(encoding="utf-8")).get("budget", {})
    uncertain = [str(w) for w in data.get("uncertain", [])]
    words = sorted({*uncertain, *(str(w) for w in data.get("approximate", []))}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "") for w in words)
    return re.compile(rf"(?:^|[\s,:;–(-])(?P<word>{alternatives})[\s,:;–)-]*$", re.IGNORECASE), frozenset(w.casefold() for w in uncertain)


def _without_hedges(text: str) -> tuple[str, list[str]]:
    """The text before an amount without the hedge words it ends with, and the uncertain ones
    among them, as written and in order («Evaluering, usikkert, kanskje» → «Evaluering»,
    [«usikkert», «kanskje»]; «Reiser ca.» → «Reiser», [])."""
    pattern, uncertain = _hedges()
    text = text.rstrip()
    kept: list[str] = []
    while m := pattern.search(text):
        if m.group("word").casefold() in uncertain:
            kept.insert(0, m.group("word"))
        text = text[: m.start("word")].rstrip(" ,:;–(-")
    return text, kept


_REMARK_PAREN = re.compile(r"\s*(\([^()\n]{1,60}\))")
_REMARK_PER = re.compile(r"\s*((?:per|pr\.?|i|a|each)\s+(?:år|året|måned|månad|year|month)|årleg|årlig|yearly|annually)\b", re.IGNORECASE)
_REMARK_TAIL = re.compile(r"\s*[,–-]\s*([^,.;:\n]{3,40}?)\s*[.]?\s*$")


def _remark(tail: str, *, last: bool) -> str:
    """What the user wrote right after a line's amount, kept with its item so the table says it
    too: «Programvare: 300 000 kr (usikker)» → «Programvare (usikker)», «Reiser 50 000 kr per år»
    → «Reiser (per år)». Words after the amount that lead to the next amount are that line's
    item, not a remark («400 000 kr og prototyp 2 mill. kr»)."""
    if m := _REMARK_PAREN.match(tail):
        return " " + m.group(1)
    if m := _REMARK_PER.match(tail):
        return f" ({m.group(1)})"
    if last and (m := _REMARK_TAIL.match(tail)):
        return f" ({m.group(1)})"
    return ""
