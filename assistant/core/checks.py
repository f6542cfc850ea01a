"""Check functions, one per check kind in the rubric. A rubric picks them by `kind`.

Each function gets the shared analysis, the check's typed record, and a message function
for the criterion, and returns a verdict with findings. No check knows about a screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from . import rubric as r
from .amounts import format_amount, parse_amount
from .analysis import Analysis, Hit, literal_keys
from .findings import Finding, Level, PageInfo, Status, worst
from .model import OrgKind
from .orgs import format_orgnr, orgnr_problem
from .text import lix_of_sentences

Say = Callable[..., str]


@dataclass
class Outcome:
    status: Status
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Context:
    """What a check may look at."""

    analysis: Analysis
    criterion: r.Criterion
    layout: r.Layout
    pages: PageInfo | None
    say: Say  # say(key, **values) -> text in the sketch's language
    tip: Callable[..., str | None]  # tip(key, **values) -> suggestion or None

    def finding(
        self,
        level: Level,
        key: str,
        *,
        line: int | None = None,
        section: str | None = None,
        hit: Hit | None = None,
        **values: object,
    ) -> Finding:
        if hit is not None:
            line = line or hit.line
            section = section or hit.section
        return Finding.model_construct(
            criterion=self.criterion.id,
            level=level,
            message=self.say(key, **values),
            suggestion=self.tip(key, **values),
            line=line,
            section=section,
            quote=hit.text if hit else None,
            start=hit.start if hit else None,
            end=hit.end if hit else None,
        )


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


_keys = cache(literal_keys)
_UNION_KEYS: dict[re.Pattern[str], frozenset[str] | None] = {}


def _union(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a list; `_find` then knows which first letters can start a match."""
    if not patterns:
        return None
    rx = _rx("|".join(f"(?:{p})" for p in patterns))
    if rx not in _UNION_KEYS:
        _UNION_KEYS[rx] = _keys(tuple(patterns))
    return rx


@cache
def _phrases(phrases: tuple[tuple[str, int], ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for all phrases, a named group per phrase, so the text is scanned once."""
    rx = _rx("|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _) in enumerate(phrases)))
    return rx, {f"p{i}": weight for i, (_, weight) in enumerate(phrases)}


def _distinct(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out = []
    for h in hits:
        key = h.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def _without_excluded(ctx: Context, hits: list[Hit], exclude: list[str], spans) -> list[Hit]:
    rx = _union(tuple(exclude))
    if rx is None or not hits:
        return hits
    blocked = [(h.start, h.end) for h in ctx.analysis.find(rx, spans, keys=_UNION_KEYS.get(rx))]
    return [h for h in hits if not any(s <= h.start and h.end <= e for s, e in blocked)]


# ------------------------------------------------------------------ eligibility


def check_eligibility(ctx: Context, check: r.EligibilityCheck) -> Outcome:
    sketch = ctx.analysis.sketch
    out: list[Finding] = []
    applicant = sketch.applicant
    if applicant is None:
        out.append(ctx.finding(Level.WARN, "eligibility.no-applicant", line=1))
        return Outcome(Status.WARN, out)
    status = Status.PASS
    kind = applicant.kind
    what = _private_what(applicant)
    if kind is OrgKind.PRIVATPERSON and applicant.basis == "person":
        # Only the shape of the name says «person»: a guess, so the checker says it cannot tell.
        out.append(ctx.finding(Level.WARN, "eligibility.maybe-person", line=1, name=applicant.name))
        status = Status.WARN
    elif kind in (OrgKind.SELSKAP, OrgKind.PRIVATPERSON, OrgKind.FORSKNING, OrgKind.KLYNGE, OrgKind.BRUKERORGANISASJON):
        if kind is OrgKind.PRIVATPERSON:
            out.append(ctx.finding(Level.FAIL, "eligibility.private-person", line=1, name=applicant.name))
        elif what:
            out.append(ctx.finding(Level.FAIL, "eligibility.private-kind", line=1, name=applicant.name, what=ctx.say(f"eligibility.what-{what}")))
        else:
            out.append(ctx.finding(Level.FAIL, "eligibility.not-public", line=1, name=applicant.name))
        status = Status.FAIL
    elif kind is OrgKind.UKJENT:
        out.append(ctx.finding(Level.WARN, "eligibility.unknown-kind", line=1, name=applicant.name))
        status = Status.WARN
    else:
        out.append(ctx.finding(Level.INFO, "eligibility.public", line=1, name=applicant.name, kind=kind.value))
    problem = orgnr_problem(applicant.orgnr)
    if applicant.orgnr and problem:
        out.append(ctx.finding(Level.WARN, "eligibility.orgnr-invalid", line=1, name=applicant.name, orgnr=applicant.orgnr))
        status = Status.WARN if status is Status.PASS else status
    elif not applicant.orgnr:
        out.append(ctx.finding(Level.INFO, "eligibility.orgnr-missing", line=1, name=applicant.name))
    for partner in sketch.partners:
        if partner.orgnr and orgnr_problem(partner.orgnr):
            out.append(ctx.finding(Level.WARN, "eligibility.orgnr-invalid", line=1, name=partner.name, orgnr=format_orgnr(partner.orgnr)))
            status = Status.WARN if status is Status.PASS else status
    return Outcome(status, out)


def _private_what(applicant) -> str | None:  # noqa: ANN001
    """What kind of private body the applicant's name says it is (company, consultancy, …)."""
    from .registry import classify, private_kind

    if applicant.kind not in (OrgKind.SELSKAP, OrgKind.BRUKERORGANISASJON, OrgKind.FORSKNING, OrgKind.KLYNGE):
        return None
    body = classify(applicant.name)
    found = private_kind(body)
    if found in ("company", "consultancy", "private-school", "private-foundation"):
        return found
    return {"forskning": "research", "klynge": "cluster", "brukerorganisasjon": "association"}.get(body.kind.value)


# ------------------------------------------------------------------ pages


def check_page_limit(ctx: Context, check: r.PageLimitCheck) -> Outcome:
    limit = ctx.layout.page_limit
    if ctx.pages is None:
        return Outcome(Status.NA, [ctx.finding(Level.INFO, "page_limit.not-rendered", limit=limit)])
    pages, fraction = ctx.pages.pages, ctx.pages.fraction
    shown = f"{fraction:.1f}".replace(".", "," if ctx.analysis.sketch.language != "en" else ".")
    if pages > limit:
        return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "page_limit.over", pages=pages, limit=limit, fraction=shown)])
    if fraction > limit * check.warn_fraction:
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "page_limit.close", pages=pages, limit=limit, fraction=shown)])
    return Outcome(Status.PASS, [ctx.finding(Level.INFO, "page_limit.ok", pages=pages, limit=limit, fraction=shown)])


# ------------------------------------------------------------------ sections


def check_section(ctx: Context, check: r.SectionCheck) -> Outcome:
    a = ctx.analysis
    found = a.sketch.sections_by(check.section)
    if not found:
        return _section_in_text(ctx, check)
    words = sum(a.words_in(s) for s in found)
    first = found[0]
    out: list[Finding] = []
    status = Status.PASS
    if words < check.fail_below_words and any(_NUMBER.search(a.source, st, en) for st, en, _ in a.spans_for([check.section])):
        # A short part that gives figures says more than its words count: short, not missing.
        out.append(ctx.finding(Level.WARN, "section.short", line=first.line, section=check.section, words=words, wanted=check.warn_below_words))
        status = Status.WARN
    elif words < check.fail_below_words:
        out.append(ctx.finding(Level.FAIL, "section.too-short", line=first.line, section=check.section, words=words, wanted=check.warn_below_words))
        status = Status.FAIL
    elif words < check.warn_below_words:
        out.append(ctx.finding(Level.WARN, "section.short", line=first.line, section=check.section, words=words, wanted=check.warn_below_words))
        status = Status.WARN
    else:
        out.append(ctx.finding(Level.INFO, "section.ok", line=first.line, section=check.section, words=words))
    if check.solution_words:
        rx = _union(tuple(check.solution_words))
        hits = a.find(rx, a.spans_for([check.section]), keys=_keys(tuple(check.solution_words))) if rx else []
        if hits:
            out.append(ctx.finding(Level.WARN, "section.solution", hit=hits[0], words=hits[0].text.strip()))
            status = Status.WARN if status is Status.PASS else status
    if check.need_words and status is not Status.FAIL:
        rx = _union(tuple(check.need_words))
        spans = a.spans_for([check.section])
        if rx is not None and not a.find(rx, spans, keys=_UNION_KEYS.get(rx)):
            out.append(ctx.finding(Level.WARN, "section.no-need-words", line=first.line, section=check.section))
            status = Status.WARN
    return Outcome(status, out)


# A number that is not a year («100 kjøretøy», «38 %», «2 400»).
_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d+)?(?![\w])")


# A sketch without a part for a section is judged on its whole text: this many of the section's
# content words (rubric/sections.toml) say it is there, fewer that it is there but thin.
WHOLE_TEXT_PASS = 3
WHOLE_TEXT_WARN = 1
WHOLE_TEXT_THIN = 250  # words


def _section_in_text(ctx: Context, check: r.SectionCheck) -> Outcome:
    from .sections import spec
    from .text import plain_text

    a = ctx.analysis
    body = plain_text(a.source[a.body_start :])
    section_spec = spec(check.section)
    words: list[str] = []
    if section_spec is not None and section_spec.content:
        rx = re.compile(r"(?<!\w)(?:" + "|".join(section_spec.content) + r")(?!\w)", re.IGNORECASE)
        words = [m.group(0) for m in rx.finditer(body)]
    distinct = list(dict.fromkeys(w.casefold() for w in words))
    shown = ", ".join(distinct[:4])
    if len(words) >= WHOLE_TEXT_PASS:
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "section.whole-text", section=check.section, words=shown)])
    if len(words) >= WHOLE_TEXT_WARN:
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.whole-text-weak", section=check.section, words=shown)])
    # Nothing in the text speaks of it either: a confident «missing» only for a thin text; a
    # full sketch may say it in words the checker does not know, so it warns.
    thin = sum(s.words for s in a.all_sentences) < WHOLE_TEXT_THIN
    level = Level.FAIL if check.missing == "fail" and thin else Level.WARN
    return Outcome(Status(level.value), [ctx.finding(level, "section.missing", section=check.section)])


# ------------------------------------------------------------------ technology first


def check_technology_first(ctx: Context, check: r.TechnologyFirstCheck) -> Outcome:
    a = ctx.analysis
    lead = a.spans_for(["preamble", *check.lead_sections])
    rest = [s for s in a.spans_for() if s[2] not in {"preamble", *check.lead_sections}]
    score = 0
    out: list[Finding] = []
    lead_hits: list[tuple[Hit, int]] = []
    rx, weights = _phrases(tuple((p.pattern, p.weight) for p in check.phrases))
    keys = _keys(tuple(p.pattern for p in check.phrases))
    negated = _union(tuple(check.negations))

    def said_not(hit: Hit) -> bool:
        if negated is None:
            return False
        start = max(a.source.rfind(".", 0, hit.start), a.source.rfind("\n", 0, hit.start)) + 1
        ends = [e for e in (a.source.find(".", hit.end), a.source.find("\n", hit.end)) if e != -1]
        return negated.search(a.source, start, min(ends) if ends else len(a.source)) is not None

    for hit in a.find(rx, lead, keys=keys):
        if not said_not(hit):
            lead_hits.append((hit, weights.get(hit.group or "", 1)))
    strongest = max(weights.values())
    for hit in a.find(rx, rest, keys=keys):
        # A first-person plan to build or buy a named technology starts from it wherever it stands.
        if weights.get(hit.group or "", 1) >= strongest and not said_not(hit):
            # Outside the lead it warns; it fails only together with more signs.
            lead_hits.append((hit, max(strongest - 1, check.warn_at)))
    if a.sketch.meta.title and rx.search(a.sketch.meta.title):
        score += max(weights.values())
        out.append(ctx.finding(Level.WARN, "technology_first.title", line=1, words=a.sketch.meta.title))
    if check.solution_headings:
        from .sections import normalise_heading

        heading_rx = re.compile("|".join(f"(?:{p})" for p in check.solution_headings), re.IGNORECASE)
        for section in a.sketch.sections:
            if section.key is None and heading_rx.search(normalise_heading(section.heading)):
                score += max(weights.values())
                out.append(ctx.finding(Level.WARN, "technology_first.heading", line=section.line, words=section.heading))
                break
    # Overlapping matches (a strong phrase and the noun inside it) count once, at the higher weight.
    lead_hits.sort(key=lambda hw: (hw[0].start, -hw[1]))
    kept: list[tuple[Hit, int]] = []
    for hit, weight in lead_hits:
        if kept and hit.start < kept[-1][0].end:
            continue
        kept.append((hit, weight))
    for hit, weight in kept:
        score += weight
        out.append(ctx.finding(Level.WARN, "technology_first.lead", hit=hit, words=hit.text.strip()))
    elsewhere = a.find(rx, rest, keys=keys)
    for hit in _distinct(elsewhere)[:5]:
        out.append(ctx.finding(Level.INFO, "technology_first.elsewhere", hit=hit, words=hit.text.strip()))
    if score >= check.fail_at:
        for f in out:
            if f.level is Level.WARN:
                f.level = Level.FAIL
        return Outcome(Status.FAIL, out)
    if score >= check.warn_at:
        return Outcome(Status.WARN, out)
    for f in out:
        f.level = Level.INFO
    out.insert(0, ctx.finding(Level.INFO, "technology_first.ok"))
    return Outcome(Status.PASS, out)


# ------------------------------------------------------------------ numbers and data

_FIGURE = re.compile(
    r"(?<![\w.,])(?:kr\.?\s*|nok\s*)?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:[.,]\d+)?\s*"
    r"(?:%|‰|prosent|prosentpoeng|percent|mill\.?|millioner|millionar|mrd\.?|milliarder|milliardar|mnok|nok|kr\b|kroner|"
    r"innbyggere|innbyggjarar|personer|personar|brukere|brukarar|pasienter|pasientar|elever|elevar|barn|eldre|ansatte|tilsette|"
    r"årsverk|timer|timar|døgn|dager|dagar|uker|veker|måneder|månader|år\b|years?|tonn|tonnes?|kwh|mwh|gwh|km|kilometer|"
    r"liggedøgn|plasser|plassar|sengeplasser|saker|vedtak|søknader|søknadar|husstander|hushald|tilfeller|tilfelle|"
    r"besøk|reiser|turar|people|residents|users|patients|hours|days|per\b|av\s+(?:\d|alle|hundre)|"
    r"inhabitants|municipalities|kommuner|kommunar|households|passengers|passasjerer|passasjerar|pupils|students|"
    r"children|employees|cases|trips|routes|ruter|buildings|bygg|bygninger|skoler|skular|schools|sykehjem|sjukeheimar|"
    r"boliger|bustader|homes|dwellings|m2|m²|m3|m³|kvadratmeter)",
    re.IGNORECASE,
)
_FIGURE_KEYS = frozenset({*"0123456789", "kr", "no"})
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d\s*(?:år\b)?$")


def _figures(a: Analysis, exclude: list[str]) -> list[Hit]:
    hits = a.find(_FIGURE, a.spans_for(exclude=exclude), keys=_FIGURE_KEYS)
    out = []
    for h in hits:
        text = h.text.strip()
        if _YEAR_ONLY.match(text):
            continue
        out.append(Hit(h.start, h.start + len(text), text, h.line, h.section))
    return out


_DIGIT = re.compile(r"\d")


def _sentence_around(source: str, start: int, end: int) -> str:
    """The sentence (or line) holding source[start:end]."""
    left = max(source.rfind(". ", 0, start), source.rfind("\n", 0, start)) + 1
    stops = [e for e in (source.find(". ", end), source.find("\n", end)) if e != -1]
    return source[left : min(stops) if stops else len(source)]


def _line_head(source: str, start: int, width: int = 40) -> str:
    """The first characters of the line holding `start` («Budsjett: …» labels the whole line)."""
    left = source.rfind("\n", 0, start) + 1
    return source[left : min(left + width, start + 1)]


def check_numbers(ctx: Context, check: r.NumbersCheck) -> Outcome:
    a = ctx.analysis
    figures = _distinct(_figures(a, check.exclude_sections))
    sources_rx = _union(tuple(check.sources))
    spans = a.spans_for(exclude=check.exclude_sections)
    sources = _distinct(a.find(sources_rx, spans, keys=_keys(tuple(check.sources)))) if sources_rx else []
    # A source backs figures: a body named where no figure stands (a partner on the partners
    # line) is not a source.
    sources = [h for h in sources if _DIGIT.search(_sentence_around(a.source, h.start, h.end))]
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


# ------------------------------------------------------------------ keywords


_PRIVATE_KINDS = frozenset({OrgKind.SELSKAP, OrgKind.PRIVATPERSON, OrgKind.FORSKNING, OrgKind.KLYNGE, OrgKind.BRUKERORGANISASJON})


def _stated(source: str, hits: list[Hit], check: r.KeywordsCheck) -> list[Hit]:
    """The hits that stand in a statement saying so: not a heading or label alone, not negated,
    not merely weak («informed», «supports») without a strong word («approved»)."""
    negated, weak, strong = (_union(tuple(p)) for p in (check.negated, check.weak, check.strong))
    kept = []
    for h in hits:
        sentence = _sentence_around(source, h.start, h.end)
        if not re.sub(r"[\W\d_]+", "", sentence.replace(h.text, "", 1)):
            continue
        if negated is not None and negated.search(sentence):
            continue
        if weak is not None and weak.search(sentence) and not (strong is not None and strong.search(sentence)):
            continue
        kept.append(h)
    return kept


def check_keywords(ctx: Context, check: r.KeywordsCheck) -> Outcome:
    a = ctx.analysis
    spans = a.spans_for(check.sections or None, check.exclude_sections or None)
    rx = _union(tuple(check.patterns))
    hits = a.find(rx, spans, keys=_keys(tuple(check.patterns))) if rx else []
    hits = _distinct(_without_excluded(ctx, hits, check.exclude, spans))
    if check.statements_only:
        hits = _stated(a.source, hits, check)
    if check.small_amount:
        hits = [h for h in hits if (amount := parse_amount(h.text)) is None or amount >= check.small_amount]
    if (drop := _union(tuple(check.drop_sentences))) is not None:
        hits = [h for h in hits if not (drop.search(_sentence_around(a.source, h.start, h.end)) or drop.search(_line_head(a.source, h.start)))]
    applicant = a.sketch.applicant
    roles = _union(tuple(check.public_roles))
    if roles is not None and hits and applicant is not None and applicant.kind in _PRIVATE_KINDS:
        if not any(roles.search(_sentence_around(a.source, h.start, h.end)) for h in hits):
            # Anchoring in the applicant's own board is not anchoring with public top management.
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.private-only", hit=hits[0], name=applicant.name, words=hits[0].text)])
    n = len(hits)
    if check.large_amount and any((parse_amount(h.text) or 0) >= check.large_amount for h in hits):
        n = max(n, check.warn_below)
    if check.thin_text_words and n == 1 and n >= check.fail_below and sum(s.words for s in a.all_sentences) < check.thin_text_words:
        # One word in a short sketch is too little to tell: warn, saying what was found.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.weak", hit=hits[0], count=1, words=hits[0].text)])
    if n < check.fail_below:
        return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "keywords.missing", count=n)])
    if n < check.warn_below:
        level = Level.WARN
        key = "keywords.missing" if n == 0 else "keywords.weak"
        found = [ctx.finding(level, key, hit=hits[0] if hits else None, count=n, words=", ".join(h.text for h in hits[:3]))]
        return Outcome(Status.WARN, found)
    return Outcome(Status.PASS, [ctx.finding(Level.INFO, "keywords.found", hit=hits[0], count=n, words=", ".join(h.text.strip() for h in hits[:4]))])


# ------------------------------------------------------------------ collaboration


def check_public_bodies(ctx: Context, check: r.PublicBodiesCheck) -> Outcome:
    sketch = ctx.analysis.sketch
    bodies = sketch.public_bodies
    names = ", ".join(b.name for b in bodies)
    partners_section = sketch.section("partners")
    line = partners_section.line if partners_section else 1
    if len(bodies) >= check.min_bodies:
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "public_bodies.ok", line=line, count=len(bodies), names=names)])
    level = Level.FAIL if check.missing == "fail" else Level.WARN
    key = "public_bodies.single" if len(bodies) == 1 else "public_bodies.none"
    return Outcome(Status(level.value), [ctx.finding(level, key, line=line, count=len(bodies), names=names, wanted=check.min_bodies)])


# ------------------------------------------------------------------ budget

# A number starts only where no digit run continues (the lookbehinds), and its groups are taken
# once (possessive): a long run of «1 1 1 …» or «1.1.1.…» is read once, not again from each digit.
_MONEY = re.compile(
    r"(?<![\d.,])(?<!\d[ \u00a0])(?<!\d[.,][ \u00a0])\d+(?:(?:[.,][ \u00a0]?|[ \u00a0])\d+)*+[.,]?\s*(?:kr|kroner|nok|mill|mnok|mrd)"
    r"|(?:kr|nok|mnok)\s*\d",
    re.IGNORECASE,
)


def _total_tolerance(budget, every: int) -> int:  # noqa: ANN001
    tolerance = max(1, int(0.001 * max(every, 1)))
    stated = budget.stated_total
    if stated is not None and stated % 100_000 == 0 and stated >= 1_000_000:
        tolerance = max(tolerance, 50_000)  # a total written rounded («12,4 mill.»)
    return tolerance


def _unexplained_gap(a: Analysis) -> tuple[int, int] | None:
    """(stated total, sum of the lines) when a budget's stated total disagrees with its
    lines and nothing about buying the finished solution explains the gap: an arithmetic error
    that leaves the project's cost unclear, not a procurement."""
    from .budgetmeaning import PROCUREMENT, classify, excluded

    budget = a.sketch.budget
    if budget is None or budget.stated_total is None or not budget.lines:
        return None
    every = budget.sum_of_lines
    counted = sum(line.amount or 0 for line in budget.lines if not excluded(line.raw or line.item))
    tolerance = _total_tolerance(budget, every)
    stated = budget.stated_total
    if abs(stated - every) <= tolerance or abs(stated - counted) <= tolerance:
        return None
    if _procurement_in_sight(a):
        return None
    return stated, every


def _procurement_in_sight(a: Analysis) -> bool:
    """Whether a budget line or a sentence around the budget buys the finished solution and is
    not said to be kept out of the sum."""
    from .budgetmeaning import PROCUREMENT, classify, excluded

    budget = a.sketch.budget
    if budget is not None and any(classify(x.item).kind == PROCUREMENT and not excluded(x.raw or x.item) for x in budget.lines):
        return True
    for hit in a.find(_rx(r"[^.!?\n]+[.!?]?"), _budget_spans(a), anywhere=True):
        text = hit.text.strip()
        if text and not text.startswith("|") and classify(text).kind == PROCUREMENT and not excluded(text):
            return True
    return False


def check_budget_present(ctx: Context, check: r.BudgetPresentCheck) -> Outcome:
    sketch = ctx.analysis.sketch
    section = sketch.section("budget")
    budget = sketch.budget
    amounts = [line for line in (budget.lines if budget else []) if line.amount]
    if budget is not None and amounts and len(amounts) >= check.min_lines:
        if (gap := _unexplained_gap(ctx.analysis)) is not None:
            stated, every = gap
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "budget_present.total-differs", line=budget.total_line, section="budget", stated=format_amount(stated, currency=True), computed=format_amount(every, currency=True))])
        total = budget.stated_total if budget.stated_total is not None else budget.total_excluding_procurement
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "budget_present.ok", line=budget.table_start, section="budget", count=len(amounts), total=format_amount(total or 0, currency=True))])
    if amounts or (budget is not None and budget.stated_total):
        # One amount, or a total without lines: a tentative budget, if a thin one.
        line = budget.total_line if budget is not None else None
        total = budget.stated_total if budget is not None and budget.stated_total else sum(x.amount or 0 for x in amounts)
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "budget_present.total-only", line=line or (section.line if section else None), section="budget", total=format_amount(total, currency=True))])
    if section is None:
        return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "budget_present.missing")])
    if _MONEY.search(section.body):
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "budget_present.no-table", line=section.line, section="budget")])
    return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "budget_present.no-amounts", line=section.line, section="budget")])


def _budget_spans(a: Analysis) -> list[tuple[int, int, str | None]]:
    """The text around the budget: its section, else the lines it was read from and a few after."""
    spans = a.spans_for(["budget"])
    budget = a.sketch.budget
    if budget is not None and budget.table_start:
        start = a.offset_of_line(budget.table_start)
        end = a.offset_of_line((budget.table_end or budget.table_start) + 4)
        if not any(s <= start < e for s, e, _ in spans):
            spans.append((start, max(end, start), "budget"))
    return spans


def check_budget_procurement(ctx: Context, check: r.BudgetProcurementCheck) -> Outcome:
    from .budgetmeaning import PROCESS, PROCUREMENT, UNCLEAR, classify, excluded, including

    a = ctx.analysis
    budget = a.sketch.budget
    if budget is None or (not budget.lines and budget.stated_total is None):
        return Outcome(Status.NA, [ctx.finding(Level.INFO, "budget_procurement.no-budget")])
    out: list[Finding] = []
    status = Status.PASS

    def worse(new: Status) -> None:
        nonlocal status
        status = worst([status, new])

    money = lambda v: format_amount(v, currency=True)  # noqa: E731
    kept_in: list = []  # procurement lines counted in the budget
    process_items: list[str] = []
    for line in budget.lines:
        meaning = classify(line.item)
        out_of_total = excluded(line.raw or line.item)
        if meaning.kind == PROCUREMENT and not out_of_total:
            kept_in.append((line, meaning))
        elif meaning.kind == UNCLEAR and not out_of_total:
            out.append(ctx.finding(Level.WARN, "budget_procurement.unclear-line", line=line.line, section="budget", item=line.item[:80], words=meaning.words))
            worse(Status.WARN)
        elif meaning.kind == PROCESS and meaning.reason in ("staff-time", "procurement-expertise", "test", "needs-analysis", "dialogue", "evaluation"):
            process_items.append(f"«{line.item[:60]}» ({meaning.words})")
    # What the prose around the budget says about buying the finished solution.
    keeps_out = False  # the text says the purchase is kept out of the sum
    for hit in a.find(_rx(r"[^.!?\n]+[.!?]?"), _budget_spans(a), anywhere=True):
        text = hit.text.strip()
        if not text or text.startswith("|"):
            continue
        meaning = classify(text)
        if meaning.kind != PROCUREMENT:
            continue
        if excluded(text):
            keeps_out = True
            out.append(ctx.finding(Level.INFO, "budget_procurement.excluded-in-text", hit=hit, quote=text[:120]))
        elif including(text):
            out.append(ctx.finding(Level.FAIL, "budget_procurement.included-in-text", hit=hit, quote=text[:120]))
            worse(Status.FAIL)
    stated = budget.stated_total
    counted = sum(line.amount or 0 for line in budget.lines if not excluded(line.raw or line.item))
    bought = sum(line.amount or 0 for line, _ in kept_in)
    every = budget.sum_of_lines
    tolerance = _total_tolerance(budget, every)
    # A procurement line fails when it is in the budget: counted in the stated total, or, with no
    # total, not said to be kept out of it. Shown beside a total that leaves it out, it is fine.
    shown_apart = bool(kept_in) and (abs(stated - (counted - bought)) <= tolerance if stated is not None else keeps_out)
    if not shown_apart:
        for line, meaning in kept_in:
            reason = ctx.say(f"budget_meaning.{meaning.reason}")
            out.append(ctx.finding(Level.FAIL, "budget_procurement.procurement-line", line=line.line, section="budget", item=line.item[:80], amount=money(line.amount or 0), reason=reason, words=meaning.words))
            worse(Status.FAIL)
    if stated is not None and budget.lines:
        if shown_apart or abs(stated - counted) <= tolerance or abs(stated - every) <= tolerance:
            if not kept_in or shown_apart:
                out.append(ctx.finding(Level.INFO, "budget_procurement.total-ok", line=budget.total_line, section="budget", total=money(stated)))
        elif not kept_in and status is not Status.FAIL and not _procurement_in_sight(a):
            # Nothing bought is in sight: the gap is arithmetic (budget-present says so), not procurement.
            out.append(ctx.finding(Level.INFO, "budget_procurement.total-differs", line=budget.total_line, section="budget", stated=money(stated), computed=money(counted)))
        elif budget.written == "table":
            # A table's own sum row that its rows do not add up to: an error, not a reading.
            out.append(ctx.finding(Level.FAIL, "budget_procurement.sum-mismatch", line=budget.total_line, section="budget", stated=money(stated), computed=money(counted - bought)))
            worse(Status.FAIL)
        else:
            # A total in the text: the lines read from a list or prose may be read wrong.
            out.append(ctx.finding(Level.WARN, "budget_procurement.total-differs", line=budget.total_line, section="budget", stated=money(stated), computed=money(counted)))
            worse(Status.WARN)
    if not budget.lines and status is Status.PASS and (cues := _union(tuple(check.finished_cues))) is not None:
        if found := a.find(cues, a.spans_for(), keys=_keys(tuple(check.finished_cues))):
            out.append(ctx.finding(Level.WARN, "budget_procurement.total-finished", hit=found[0], words=found[0].text.strip(), total=money(stated or 0)))
            worse(Status.WARN)
    if process_items:
        out.append(ctx.finding(Level.INFO, "budget_procurement.process-lines", section="budget", items="; ".join(process_items[:4])))
    if status is Status.PASS and not out:
        out.append(ctx.finding(Level.INFO, "budget_procurement.ok", section="budget"))
    return Outcome(status, out)


# ------------------------------------------------------------------ personal data


def check_personal_data(ctx: Context, check: r.PersonalDataCheck) -> Outcome:
    from .personal import find_personal_data

    a = ctx.analysis
    out: list[Finding] = []
    status = Status.PASS
    for hit in find_personal_data(a.source):
        serious = hit.kind in ("fodselsnummer", "d-number", "h-number")
        level = Level.FAIL if serious else Level.WARN
        h = Hit(hit.start, hit.end, hit.text, a.line_of(hit.start), None)
        section = a.section_at(hit.start)
        out.append(ctx.finding(level, f"personal_data.{hit.kind}", hit=h, section=section.key if section else None))
        status = Status.FAIL if serious else (status if status is Status.FAIL else Status.WARN)
    if not out:
        out.append(ctx.finding(Level.INFO, "personal_data.ok"))
    return Outcome(status, out)


# ------------------------------------------------------------------ readability


def check_readability(ctx: Context, check: r.ReadabilityCheck) -> Outcome:
    a = ctx.analysis
    out: list[Finding] = []
    sents = a.all_sentences
    if not sents:
        return Outcome(Status.NA, [ctx.finding(Level.INFO, "readability.empty")])
    whole = lix_of_sentences(sents)
    shown = lambda v: f"{v:.0f}"  # noqa: E731
    status = Status.PASS
    if whole.value >= check.fail_lix:
        status = Status.FAIL
        out.append(ctx.finding(Level.FAIL, "readability.whole", lix=shown(whole.value), band=ctx.say(f"lix.{whole.band}")))
    elif whole.value >= check.warn_lix:
        status = Status.WARN
        out.append(ctx.finding(Level.WARN, "readability.whole", lix=shown(whole.value), band=ctx.say(f"lix.{whole.band}")))
    else:
        out.append(ctx.finding(Level.INFO, "readability.whole-ok", lix=shown(whole.value), band=ctx.say(f"lix.{whole.band}")))
    for section in a.sketch.sections:
        if section.key == "budget":
            continue
        sec_sents = a.section_sentences(section)
        if len(sec_sents) < 3:
            continue
        value = lix_of_sentences(sec_sents).value
        if value >= check.warn_lix:
            out.append(ctx.finding(Level.WARN if value >= check.fail_lix else Level.INFO, "readability.section", line=section.line, section=section.key or section.heading, heading=section.heading, lix=shown(value)))
    long_ones = [s for s in sents if s.words > check.long_sentence_words]
    for s in long_ones[:8]:
        sec = next((x for x in a.sketch.sections if x.body_line <= s.line <= x.end_line), None)
        out.append(ctx.finding(Level.INFO, "readability.long-sentence", line=s.line, section=sec.key if sec else None, words=s.words, start=s.text[:60]))
    # A longer text may hold more long sentences: the limit, or one in fifteen, whichever is more.
    if len(long_ones) > max(check.max_long_sentences, len(sents) // 15) and status is Status.PASS:
        status = Status.WARN
        out.append(ctx.finding(Level.WARN, "readability.many-long", count=len(long_ones), limit=check.long_sentence_words))
    return Outcome(status, out)


CHECKS: dict[str, Callable[[Context, object], Outcome]] = {
    "eligibility": check_eligibility,
    "page_limit": check_page_limit,
    "section": check_section,
    "technology_first": check_technology_first,
    "numbers": check_numbers,
    "keywords": check_keywords,
    "public_bodies": check_public_bodies,
    "budget_present": check_budget_present,
    "budget_procurement": check_budget_procurement,
    "personal_data": check_personal_data,
    "readability": check_readability,
}
