"""How large an amount said in a sketch's text is: a cost sized small, an amount per unit or per
body, the money a sentence names, and the quote a finding shows around it.

Split from `checks_numbers`; read by the numbers check, the keyword checks in `checks` and the
large-budget reading in `checks_cost`.
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from ..sketch.amounts import find_amounts
from .analysis import Analysis, Hit
from .checks_base import _union
from .sentence_bounds import _sentence_around


# Each hit read in its sentence costs the sentence's length: past this many hits of one word
# (a real sketch has a few), the rest add nothing and are not read.
HITS_PER_WORD = 40


def _capped(hits: list[Hit]) -> list[Hit]:
    seen: dict[str, int] = {}
    out = []
    for h in hits:
        key = h.text.casefold()
        if (n := seen.get(key, 0)) < HITS_PER_WORD:
            seen[key] = n + 1
            out.append(h)
    return out


def _small_cost(source: str, hit: Hit, small: int, shared: re.Pattern[str] | None = None, bodies: int = 1) -> bool:
    """A cost word in a sentence whose amounts of money are all small («at a cost of about NOK
    140 000 a year»): the sentence sizes the cost, and it is no large budget item. A cost the
    sentence sums over the partners (`shared`) is held small by each of the `bodies`' share."""
    sentence = _sentence_around(source, hit.start, hit.end)
    if (own := _money(hit.text)) is not None:
        return _per_body(own, sentence, shared, bodies) < small
    if (_UNIT_COST.search(sentence) and not _ONE_NEW.search(sentence)) or _UNIT.search(sentence):
        return False
    found = find_amounts(sentence)
    if any(_PER_AFTER.match(sentence, end, end + 40) for _, end, _ in found):
        return False
    amounts = [value for start, end, value in found if _CURRENCY_WORD.search(sentence[start:end])]
    return bool(amounts) and _per_body(max(amounts), sentence, shared, bodies) < small


def _per_body(amount: int, sentence: str, shared: re.Pattern[str] | None, bodies: int) -> int:
    if shared is not None and bodies > 1 and shared.search(sentence):
        return amount // bodies
    return amount


# «Ein ny runde med skilt vil koste 250 000 kr»: the price of one new thing, bought once, is no
# unit cost of a service used many times.
_ONE_NEW = re.compile(r"^\W*(?:en|ein|et|eit|ei|a|an|one)\s+(?:ny|nytt|nye|new)\b", re.I)


# The cost of one unit of a service used many times («Et institusjonsdøgn koster i snitt 8 000
# kroner», «a place costs 1,3 mill. per year»): small alone, large as a budget item.
_UNIT_COST = re.compile(r"^\W*(?:en|ein|et|eit|ei|a|an|one|each)\s|(?<!\w)(?:én|éin|éi|ett|eitt)\s|\b(?:i snitt|each|every|average|gjennomsnitt\w*|snitt\w*)\b", re.I)
# «8 000 kr per døgn», «1,3 mill. per plass»: «per» right after the amount makes it a unit's cost;
# «press på einingskostnadene per elev» elsewhere in the sentence does not.
_PER_AFTER = re.compile(r"\W*(?:kr\.?|kroner|nok)?\W*(?:\w+\s+){0,2}?(?:per|pr\.)\s+(?!år\b|året\b|year\b|annum\b)", re.I)
# The cost of one unit of something used or met many times, beyond `_UNIT_COST`: «kvar ungdom som
# ikkje fullfører kostar 1,4 millionar», «over a lifetime», «for a small municipality … NOK 1–2
# million a year», «ambulance cost per mission». Small alone; a budget item times the many.
_UNIT = re.compile(
    r"\b(?:kvar|kvart|hver|hvert)\b|\b(?:over|i|gjennom)\s+(?:a|et|eit|the|heile|hele)?\s*(?:lifetime|livsløp\w*|livstid\w*|livet)\b"
    r"|\b(?:for|i|in|per)\s+(?:a|an|one|each|every|ein|en|ei|eit|et|kvar|hver)\s+(?:\w+\s+)?(?:kommune|municipality|fylke|county|sykehus|sjukehus|hospital|skole|skule|school|plant|anlegg|renseanlegg|household|husstand|hushald|husholdning|normalbustad|normalbolig|bustad|bolig|dwelling|home|abonnent|subscriber)\b"
    r"|\b(?:ein|en|ei|eitt|ett|one|a|an|each)\s+(?:\w+\s+)?(?:plass|place|bed|seng|døgn|opphaldsdøgn|oppholdsdøgn|institusjonsdøgn|liggedøgn|bed-day|day|time|hour|tur|trip|flytur|flight|utrykning|call-out|mission|aksjon|redningsaksjon|operation|operasjon|innsats|sak|case)\s+(?:(?:med|with|i|in|på|for|of)\s+(?:\w+\s+){1,2}?)?(?:\w+\s+)?(?:kostar|koster|costs?)\b"
    r"|\b(?:cost|kostnad|kostnaden|pris|prisen|price|koster|kostar|costs)\s+(?:per|pr\.|for each|for kvar|for hver)\s"
    r"|\bof (?:one|a|an) (?:single )?(?:young|person|pupil|patient|child|student|resident|place|bed|user)",
    re.I,
)
# A unit's price from this many kroner (a place a year, a placement, a life outside work) may be a
# large budget item times the many: the sketch's sizing is then no small one.
UNIT_LARGE = 100_000


_CURRENCY_WORD = re.compile(r"\bkr\b|\bkr\.|kroner|\bnok\b|mnok|,-", re.I)


def _quote_around(source: str, hit: Hit, width: int = 160) -> str:
    """The hit's sentence, or the part of a long one around the hit, marked «…» where cut."""
    sentence = _sentence_around(source, hit.start, hit.end)
    left = source.rfind(sentence, max(0, hit.start - len(sentence)), hit.end + len(sentence))
    at = hit.start - left if left != -1 else 0
    start = max(0, min(at - width // 3, len(sentence) - width))
    end = start + width
    if start and (space := sentence.find(" ", start, at)) != -1:
        start = space + 1  # whole words only
    if end < len(sentence) and (space := sentence.rfind(" ", at, end)) != -1:
        end = space
    return ("…" if start else "") + sentence[start:end].strip() + ("…" if end < len(sentence) else "")


def _not_sized_small(a: Analysis, hits: list[Hit], check: r.KeywordsCheck) -> tuple[list[Hit], list[Hit]]:
    """(kept, sized small): a cost word or amount in a sentence that sizes the cost small (each
    partner's share of a summed cost included), or the value of equipment short of very large."""
    shared = _union(tuple(check.shared_words))
    assets = _union(tuple(check.asset_words))
    bodies = len(a.sketch.public_bodies)
    kept: list[Hit] = []
    small: list[Hit] = []
    for h in hits:
        if _small_cost(a.source, h, check.small_amount, shared, bodies):
            if _money(h.text) is None or _sizes_a_cost(a.source, h):
                small.append(h)
        elif assets is not None and (_money(h.text) or check.large_amount) < check.large_amount and assets.search(_sentence_around(a.source, h.start, h.end)):
            small.append(h)  # what stands in a building is no yearly cost unless it is very large
        else:
            kept.append(h)
    return kept, small


def _sizes_a_cost(source: str, hit: Hit) -> bool:
    """Whether a small amount sizes a cost: it says kroner and is no unit's cost («1 mill. kr
    per hoftebrot» is small alone, large times the cases)."""
    sentence = _sentence_around(source, hit.start, hit.end)
    if not _CURRENCY_WORD.search(source[hit.start : hit.end + 12]):
        return False
    if (_UNIT_COST.search(sentence) and not _ONE_NEW.search(sentence)) or _UNIT.search(sentence):
        return False
    return not _PER_AFTER.match(source, hit.end, hit.end + 40)


def _money(text: str) -> int | None:
    """The amount of money a hit is, or None: «over 80 will double» holds a number, not kroner.
    A range is its upper end: «NOK 1.6–8.3 billion» reads «NOK 1.6» as two kroner alone."""
    found = find_amounts(text)
    return max(v for _, _, v in found) if found else None
