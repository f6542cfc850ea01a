"""Assessments: quotes checked against the draft, the offline assessment, and text output."""

from __future__ import annotations

import re
import unicodedata

from ..core.judging.findings import Level, Status
from ..core.sketch.text import split_sentences, strip_inline
from ..i18n import t
from .base import Assessment, CriterionAssessment
from .context import DraftContext

_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})
_SCORE = {Status.PASS: 4, Status.WARN: 2, Status.FAIL: 0}


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", strip_inline(text)).translate(_QUOTES)
    return " ".join(text.split()).casefold()


def quote_in_draft(quote: str, draft: str) -> bool:
    """True when the quote occurs in the draft, ignoring Markdown, spacing, case and quote marks."""
    needle = _normalise(quote).strip(" .\"'")
    if len(needle) < 3:
        return False
    return needle in _normalise(draft)


def validate_quotes(assessment: Assessment, draft: str, criteria_ids: list[str] | None = None) -> Assessment:
    """Drop evidence quotes not found in the draft (kept in `dropped_quotes`) and unknown criteria."""
    kept: list[CriterionAssessment] = []
    seen: set[str] = set()
    for item in assessment.criteria:
        if criteria_ids is not None and item.criterion not in criteria_ids:
            continue
        if item.criterion in seen:
            continue
        seen.add(item.criterion)
        good = [q for q in item.evidence if quote_in_draft(q, draft)]
        bad = [q for q in item.evidence if not quote_in_draft(q, draft)]
        kept.append(item.model_copy(update={"evidence": good, "dropped_quotes": item.dropped_quotes + bad}))
    if criteria_ids is not None:
        kept.sort(key=lambda c: criteria_ids.index(c.criterion))
    return assessment.model_copy(update={"criteria": kept})


# Check kinds that decide a criterion by rule: who may apply, the budget, personal data. A model
# that scores such a criterion as met (3 or more) while the checker fails it is contradicted by
# the facts of the draft, whatever the draft told it; the score is shown flagged.
RULE_KINDS = frozenset({"eligibility", "budget_present", "budget_procurement", "personal_data"})
CONTRADICTING_SCORE = 3


def with_checker_verdicts(assessment: Assessment, ctx: DraftContext) -> Assessment:
    """Each criterion with the checker's verdict beside the coach's score, and a score that
    passes a criterion the checker fails by rule flagged."""
    verdicts = {c.id: c.status for c in ctx.report.criteria}
    kept: list[CriterionAssessment] = []
    for item in assessment.criteria:
        status = verdicts.get(item.criterion)
        crit = ctx.rubric.criterion(item.criterion)
        by_rule = crit is not None and any(check.kind in RULE_KINDS for check in crit.checks)
        contradicts = by_rule and status is Status.FAIL and item.score >= CONTRADICTING_SCORE
        kept.append(item.model_copy(update={"checker": status.value if status is not None else None, "contradicts_checker": contradicts}))
    return assessment.model_copy(update={"criteria": kept})


def _first_sentence(body: str) -> str | None:
    for line in body.splitlines():
        text = strip_inline(line).strip()
        if not text or text.startswith(("#", "|", "-", "*")):
            continue
        sentences = split_sentences(text)
        if sentences:
            return sentences[0]
    return None


def offline_assessment(ctx: DraftContext) -> Assessment:
    """The assessment the core's checks support, criterion by criterion, with no model."""
    lang = ctx.lang
    items: list[CriterionAssessment] = []
    for result in ctx.report.criteria:
        if result.status is Status.NA:
            continue
        crit = ctx.rubric.criterion(result.id)
        evidence = []
        if result.status is not Status.FAIL:
            evidence = list(dict.fromkeys(f.quote for f in result.findings if f.quote and f.level is Level.INFO))
        if not evidence and crit is not None and result.status is not Status.FAIL:
            for section_id in crit.sections:
                sentence = _first_sentence(ctx.section_body(section_id))
                if sentence:
                    evidence.append(sentence)
                    break
        missing = list(dict.fromkeys(f.message for f in result.findings if f.level in (Level.WARN, Level.FAIL)))[:5]
        next_step = next((f.suggestion for f in result.findings if f.suggestion and f.level is not Level.INFO), None)
        if next_step is None and result.status is not Status.PASS and crit is not None:
            next_step = crit.questions[0].get(lang) if crit.questions else crit.guidance.get(lang)
        items.append(
            CriterionAssessment(
                criterion=result.id,
                score=_SCORE[result.status],
                evidence=evidence[:3],
                missing=missing,
                next_step=next_step or "",
            )
        )
    counts = {s: sum(1 for c in ctx.report.criteria if c.status is s) for s in (Status.PASS, Status.WARN, Status.FAIL)}
    summary = t("coach.assess.offline_summary", lang, passed=counts[Status.PASS], warned=counts[Status.WARN], failed=counts[Status.FAIL])
    assessment = Assessment(criteria=items, summary=summary, coach="offline", offline=True)
    return with_checker_verdicts(validate_quotes(assessment, ctx.sketch_text), ctx)


def format_assessment(assessment: Assessment, lang: str, titles: dict[str, str] | None = None) -> str:
    """The assessment as plain text, one block per criterion id: the rubric's code marks
    («`skisse new`») said as a terminal says a command («skisse new»)."""
    from ..core.judging.plain import without_code_marks as plain

    titles = titles or {}
    out: list[str] = []
    head = t("coach.assess.offline_head", lang) if assessment.offline else t("coach.assess.model_head", lang, model=assessment.coach)
    out.append(head)
    if assessment.summary:
        out.append(assessment.summary)
    for item in assessment.criteria:
        title = f" – {titles[item.criterion]}" if item.criterion in titles else ""
        out.append("")
        checker = f" · {t('coach.assess.checker', lang)}: {t(f'coach.assess.status.{item.checker}', lang)}" if item.checker else ""
        out.append(f"{item.criterion}{title}: {item.score}/5{checker}")
        if item.contradicts_checker:
            out.append(f"  ⚠ {t('coach.assess.contradicts', lang, score=item.score)}")
        for quote in item.evidence:
            out.append(f"  «{quote}»")
        for miss in item.missing:
            out.append(f"  {t('coach.assess.missing', lang)}: {plain(miss)}")
        if item.next_step:
            out.append(f"  {t('coach.assess.next', lang)}: {plain(item.next_step)}")
        for quote in item.dropped_quotes:
            out.append(f"  {t('coach.assess.dropped', lang)}: «{quote}»")
    return "\n".join(out)


_WORD_RE = re.compile(r"\S+\s*|\s+")


def chunks(text: str) -> list[str]:
    """Text split into word-sized chunks, the way a model streams."""
    return _WORD_RE.findall(text)
