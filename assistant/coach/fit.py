"""Make it fit five pages: paragraphs ranked by how little rubric value they carry.

A paragraph's value counts what the criteria reward (figures, named sources, the keywords a
criterion looks for, being what keeps a required section alive) and subtracts what they
penalise (solution- and technology-first wording). The cheapest cuts come first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..core.sketch import rubric as r
from ..core.sketch.text import blocks, words
from .context import DEFAULT_SOURCES, DraftContext

WORDS_PER_PAGE = 520  # 11 pt serif on A4 with 25 mm margins, prose with a few headings
_FIGURE = re.compile(r"\d")


@dataclass
class Cut:
    """A paragraph that could go, and what it would cost."""

    section: str | None
    line: int  # 1-based line in the file
    text: str
    words: int
    value: float
    reasons: list[str] = field(default_factory=list)

    def short(self, width: int = 90) -> str:
        return self.text if len(self.text) <= width else self.text[: width - 1].rstrip() + "…"


def _total_words(ctx: DraftContext) -> int:
    return sum(len(words(s.text)) for s in ctx.sketch.sections) + len(words(ctx.sketch.preamble))


def _laid_out(ctx: DraftContext) -> float | None:
    """Pages used, e.g. 5.4, from the real layout."""
    if ctx.report.page_fraction:
        return ctx.report.page_fraction
    return ctx.pages.fraction if ctx.pages is not None else None


def estimated_pages(ctx: DraftContext) -> float:
    """Pages from the renderer, or from the word count when the sketch cannot be laid out."""
    pages = _laid_out(ctx)
    return pages if pages is not None else round(_total_words(ctx) / WORDS_PER_PAGE, 1)


def words_per_page(ctx: DraftContext) -> float:
    """How many of this sketch's words fill a page: measured on its own layout (tables and
    headings take room), or the typical figure when it cannot be laid out."""
    pages = _laid_out(ctx) or 0.0
    total = _total_words(ctx)
    if pages >= 1 and total:
        return total / pages
    return float(WORDS_PER_PAGE)


def _compile(pattern: str) -> re.Pattern | None:
    try:
        return re.compile(pattern, re.I)
    except re.error:
        return None


def _patterns(ctx: DraftContext) -> tuple[list[tuple[str, re.Pattern]], list[re.Pattern], list[re.Pattern]]:
    keywords: list[tuple[str, re.Pattern]] = []
    solution_first: list[re.Pattern] = []
    sources: list[re.Pattern] = [re.compile(re.escape(s), re.I) for s in DEFAULT_SOURCES]
    for crit in ctx.rubric.criteria:
        for check in crit.checks:
            if isinstance(check, r.KeywordsCheck):
                for pattern in check.patterns:
                    try:
                        keywords.append((crit.id, re.compile(pattern, re.I)))
                    except re.error:
                        continue
            elif isinstance(check, r.TechnologyFirstCheck):
                for phrase in check.phrases:
                    try:
                        solution_first.append(re.compile(phrase.pattern, re.I))
                    except re.error:
                        continue
            elif isinstance(check, r.NumbersCheck):
                sources += [rx for s in check.sources if (rx := _compile(s)) is not None]
    return keywords, solution_first, sources


def _min_words(ctx: DraftContext) -> dict[str, int]:
    need: dict[str, int] = {}
    for crit in ctx.rubric.criteria:
        for check in crit.checks:
            if isinstance(check, r.SectionCheck):
                need[check.section] = max(need.get(check.section, 0), check.warn_below_words)
    return need


def rank_cuts(ctx: DraftContext, limit: int | None = None) -> list[Cut]:
    """Paragraphs and list items, cheapest to cut first (lowest value, then most words saved)."""
    keywords, solution_first, sources = _patterns(ctx)
    min_words = _min_words(ctx)
    lang = ctx.lang
    cuts: list[Cut] = []
    for section in ctx.sketch.sections:
        if section.key == "budget":
            continue  # the budget table is required, and its rows are figures
        section_words = len(words(section.text))
        for block in blocks(section.body, section.body_line):
            if block.kind not in ("paragraph", "item", "quote"):
                continue
            n = len(words(block.text))
            if n == 0:
                continue
            value = 1.0
            reasons: list[str] = []
            if _FIGURE.search(block.text):
                value += 3
                reasons.append(_say("figures", lang))
            named = list(dict.fromkeys(m.group(0).strip() for rx in sources if (m := rx.search(block.text))))
            if named:
                value += 3
                reasons.append(_say("sources", lang) + " " + ", ".join(named))
            hit_criteria = sorted({cid for cid, rx in keywords if rx.search(block.text)})
            if hit_criteria:
                value += 2 * len(hit_criteria)
                titles = {c.id: c.title.get(lang) for c in ctx.rubric.criteria}
                reasons.append(_say("keywords", lang) + " " + ", ".join(f"«{titles.get(cid, cid)}»" for cid in hit_criteria))
            if section.key and section_words - n < min_words.get(section.key, 0):
                value += 10
                reasons.append(_say("keeps_section", lang))
            if section.key == "summary":
                value += 2
            if any(rx.search(block.text) for rx in solution_first):
                value -= 2
                reasons.append(_say("solution_first", lang))
            cuts.append(Cut(section.key, block.line, block.text, n, value, reasons))
    cuts.sort(key=lambda c: (c.value, -c.words, c.line))
    return cuts[:limit] if limit else cuts


def _say(key: str, lang: str) -> str:
    from ..i18n import t

    return t(f"coach.fit.{key}", lang)


def cuts_text(cuts: list[Cut], lang: str) -> str:
    """The ranked cuts as numbered lines for a prompt or the offline coach."""
    from ..i18n import t

    lines = []
    for i, cut in enumerate(cuts, 1):
        why = "; ".join(cut.reasons) or t("coach.fit.little_value", lang)
        lines.append(
            t("coach.fit.cut_line", lang, n=i, line=cut.line, words=cut.words, text=cut.short(), why=why)
        )
    return "\n".join(lines)
