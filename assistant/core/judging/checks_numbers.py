"""The numbers-and-data check: figures that back the need, and the sources named beside them.

Split from `checks` (one module per family of checks); `_sentence_around` and `_line_head` are
shared with the keyword checks there.
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from ..sketch.amounts import find_amounts, parse_amount
from .analysis import Analysis, Hit
from .checks_base import Context, Outcome, _distinct, _keys, _union
from .findings import Level, Status


# ------------------------------------------------------------------ numbers and data

_FIGURE = re.compile(
    # An amount after its currency («NOK 140 000 a year», «kr 2 500»), with or without a scale word…
    r"(?<![\w.,])(?:(?:kr\.?|nok)\s*\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:[.,]\d+)?(?:\s*(?:millioner|millionar|millions?|milliarder|milliardar|billions?|mill\.?|mrd\.?))?(?![\d])"
    # …or a number followed by what it counts.
    r"|\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:[.,]\d+)?\s*"
    # Longer words before their beginnings: «1,2 milliarder» is not «1,2 mill».
    r"(?:%|‰|prosentpoeng|prosent|percent|millioner|millionar|millions?|milliarder|milliardar|billions?|mill\.?|mrd\.?|mnok|nok|kr\b|kroner|"
    r"minutter|minutt|minutes|klager|klagar|complaints|bookinger|bookingar|(?:double )?bookings|bestillinger|bestillingar|"
    r"besøkende|visitors|hikers|walkers|turgåere|turgåarar|hendelser|hendingar|incidents|avvik|deviations|ganger|gonger|"
    r"times\b|senger|beds|biler|bilar|cars|vehicles|kjøretøy|dekar|daa\b|hektar|hectares|km2|km²|"
    r"innbyggere|innbyggjarar|personer|personar|brukere|brukarar|pasienter|pasientar|elever|elevar|barn|eldre|ansatte|tilsette|"
    r"årsverk|timer|timar|døgn|dager|dagar|uker|veker|måneder|månader|år\b|years?|tonn|tonnes?|kwh|mwh|gwh|km|kilometer|"
    r"liggedøgn|plasser|plassar|sengeplasser|saker|vedtak|søknader|søknadar|husstander|hushald|tilfeller|tilfelle|"
    r"besøk|reiser|turar|people|residents|users|patients|hours|days|per\b|av\s+(?:\d|alle|hundre)|"
    r"inhabitants|municipalities|kommuner|kommunar|households|passengers|passasjerer|passasjerar|pupils|students|"
    r"children|employees|cases|trips|routes|ruter|buildings|bygg|bygninger|skoler|skular|schools|sykehjem|sjukeheimar|"
    r"boliger|bustader|homes|dwellings|m2|m²|m3|m³|kvadratmeter))",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(r"kr\b|kroner|nok|mill|mrd|milliard", re.IGNORECASE)
_FIGURE_KEYS = frozenset({*"0123456789", "kr", "no"})
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d\s*(?:år\b)?$")


def _budget_lines(a: Analysis) -> set[int]:
    """The lines the budget was read from (1-based): the project's own cost, not the need's."""
    budget = a.sketch.budget
    if budget is None:
        return set()
    lines = {x.line for x in budget.lines if x.line} | ({budget.total_line} if budget.total_line else set())
    if budget.table_start:
        lines |= set(range(budget.table_start, (budget.table_end or budget.table_start) + 1))
    return lines


def _figures(a: Analysis, exclude: list[str]) -> list[Hit]:
    hits = a.find(_FIGURE, a.spans_for(exclude=exclude), keys=_FIGURE_KEYS)
    budget_lines = _budget_lines(a)  # a budget outside its own part (no headings, a «Budsjett:» line)
    out = []
    for h in hits:
        text = h.text.strip()
        if _YEAR_ONLY.match(text) or (h.line in budget_lines and _MONEY_WORD.search(text)):
            continue  # an amount on a budget line is the project's cost; a «38 %» beside it still counts
        out.append(Hit(h.start, h.start + len(text), text, h.line, h.section))
    return out


# A figure's digit: not one inside a code or a name («TEK17», «E6», «CO2»).
_DIGIT = re.compile(r"(?<!\w)\d")
_LABELLED = re.compile(r"(?:kilder?|kjelder?|sources?)\s*:|\[\^", re.IGNORECASE)
_TITLED = re.compile(r"«[^»\n]{3,80}»|(?<!\*)\*[^*\n]{3,80}\*(?!\*)")


# How far either side of a hit its sentence is looked for: a «sentence» of a megabyte (hostile
# input with no full stop) would otherwise make every hit in it scan the whole of it again.
SENTENCE_REACH = 1000


def _sentence_around(source: str, start: int, end: int) -> str:
    """The sentence (or line) holding source[start:end], at most SENTENCE_REACH either side."""
    floor, ceiling = max(start - SENTENCE_REACH, 0), min(end + SENTENCE_REACH, len(source))
    left = max(source.rfind(". ", floor, start), source.rfind("\n", floor, start), floor - 1) + 1
    stops = [e for e in (source.find(". ", end, ceiling), source.find("\n", end, ceiling)) if e != -1]
    return source[left : min(stops) if stops else ceiling]


def _line_head(source: str, start: int, width: int = 40) -> str:
    """The first characters of the line holding `start` («Budsjett: …» labels the whole line)."""
    left = source.rfind("\n", 0, start) + 1
    return source[left : min(left + width, start + 1)]


def check_numbers(ctx: Context, check: r.NumbersCheck) -> Outcome:
    a = ctx.analysis
    figures = _distinct(_figures(a, check.exclude_sections))
    sources_rx = _union(tuple(check.sources))
    spans = a.spans_for(exclude=check.exclude_sections)
    sources = _capped(a.find(sources_rx, spans, keys=_keys(tuple(check.sources)))) if sources_rx else []
    # A source that opens with a mark («(Helse Fonna, 2024)», «[^1]») starts at no word: looked
    # for at every place its mark stands (each pattern starts with a literal mark the scan skips to).
    if (marked := _union(tuple(check.marked_sources))) is not None:
        sources = sorted([*sources, *_capped(a.find(marked, spans, anywhere=True))], key=lambda h: h.start)
    # A source backs figures: a body named where no figure stands (a partner on the partners
    # line) is not a source.
    # A named publication («NVEs rapport *Fjernvarme i Norge*») is a source in any sentence.
    # Each mention is read in its own sentence before like names are merged: «Statens vegvesen»
    # on the partners line does not hide «Statens vegvesen si kartlegging (rapport 2022) …».
    # A label that says so («Kilde: …», «Kjelder:», a footnote) declares a source wherever it stands.
    sources = _distinct([h for h in sources if _LABELLED.match(h.text) or _DIGIT.search(sentence := _sentence_around(a.source, h.start, h.end)) or _TITLED.search(sentence)])
    out: list[Finding] = []
    n = len(figures)
    need = a.sketch.section("need") or a.sketch.section("data")
    line = need.line if need else None
    if n == 0:
        budget_only = a.sketch.budget is not None and a.sketch.budget.lines
        key = "numbers.budget-only" if budget_only else "numbers.none"
        out.append(ctx.finding(Level.FAIL, key, line=line, section=need.key if need else None))
        return Outcome(Status.FAIL, out)
    status = Status.PASS
    if n < check.min_figures and not sources:
        # A few figures with a named source back the need; a few figures with none do not.
        out.append(ctx.finding(Level.WARN, "numbers.few", line=line, count=n, wanted=check.min_figures))
        status = Status.WARN
    else:
        examples = ", ".join(h.text.rstrip(".") for h in figures[:3])
        out.append(ctx.finding(Level.INFO, "numbers.ok", hit=figures[0], count=n, examples=examples))
    if not sources:
        out.append(ctx.finding(Level.WARN, "numbers.no-source", line=line))
        status = Status.WARN
    else:
        out.append(ctx.finding(Level.INFO, "numbers.sources", hit=sources[0], sources=", ".join(h.text for h in sources[:4])))
    return Outcome(status, out)


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


def _small_cost(source: str, hit: Hit, small: int) -> bool:
    """A cost word in a sentence whose amounts of money are all small («at a cost of about NOK
    140 000 a year»): the sentence sizes the cost, and it is no large budget item."""
    if parse_amount(hit.text) is not None:
        return False
    sentence = _sentence_around(source, hit.start, hit.end)
    if _UNIT_COST.search(sentence):
        return False
    amounts = [value for start, end, value in find_amounts(sentence) if _CURRENCY_WORD.search(sentence[start:end])]
    return bool(amounts) and max(amounts) < small


# The cost of one unit of a service used many times («Et institusjonsdøgn koster i snitt 8 000
# kroner», «a place costs 1,3 mill. per year»): small alone, large as a budget item.
_UNIT_COST = re.compile(r"^\W*(?:en|ein|et|eit|ei|a|an|one|each)\s|\b(?:per|pr\.)\s+(?!år\b|året\b|year\b|annum\b)|(?<!\w)(?:én|éin|éi|ett|eitt)\s|\b(?:i snitt|each|every|average|gjennomsnitt\w*|snitt\w*)\b", re.I)
_CURRENCY_WORD = re.compile(r"\bkr\b|\bkr\.|kroner|\bnok\b|mnok|,-", re.I)
