"""The built-in coach's answers to free questions: the whole sketch, or one subject.

A question about what is missing, what is weakest or whether the sketch is ready is answered
for the whole sketch from the one checkup: criteria not met first (with the check's own reason
and advice), then those to strengthen, then the parts with no text, then what is met, in one
line. A question about a subject (budget, partners, data, dialogue, anchoring, ...) is answered
from that subject's criteria and what the sketch itself says about it. Which words mean which is
data: offline_topics.toml. No model, no network: the same question on the same draft gets the
same answer.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..core.judging.findings import Finding, Level, Status
from ..core.sketch.rubric import Criterion
from ..core.sketch.sections import section_order
from ..core.sketch.text import mask_comments
from ..i18n import t
from .context import DraftContext

TOPICS = Path(__file__).with_name("offline_topics.toml")
QUOTE_CHARS = 240  # one sentence of the sketch, quoted, at most this long
QUOTES = 2  # sentences quoted per subject


@dataclass(frozen=True)
class Subject:
    id: str
    words: tuple[str, ...]
    sections: tuple[str, ...]
    criteria: tuple[str, ...]
    quote: str  # "sections": quote from its parts; "whole": from anywhere in the sketch; "none"


def _pattern(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Word starts, as plain text: «budsjett» matches «budsjettet»."""
    return re.compile("|".join(r"(?<!\w)" + re.escape(w.casefold()) for w in words))


@cache
def _topics() -> tuple[re.Pattern[str], tuple[Subject, ...]]:
    data = tomllib.loads(TOPICS.read_text(encoding="utf-8"))
    subjects = tuple(
        Subject(s["id"], tuple(s["words"]), tuple(s.get("sections", [])), tuple(s.get("criteria", [])), s.get("quote", "sections" if s.get("sections") else "none"))
        for s in data["subject"]
    )
    return _pattern(data["overview"]), subjects


@cache
def _subject_pattern(subject: Subject) -> re.Pattern[str]:
    return _pattern(subject.words)


def _normal(question: str) -> str:
    return " ".join(question.casefold().replace("’", "'").split())


def asks_overview(question: str) -> bool:
    """Whether a question asks about the whole sketch: what is missing, weakest, ready to submit."""
    return bool(_topics()[0].search(_normal(question)))


def subjects_in(question: str) -> list[Subject]:
    """The subjects a question names, in the order it names them (words of an overview phrase,
    «what do we still need», name none)."""
    overview, subjects = _topics()
    text = overview.sub(" ", _normal(question))
    found = []
    for subject in subjects:
        match = _subject_pattern(subject).search(text)
        if match:
            found.append((match.start(), subject))
    found.sort(key=lambda pair: pair[0])
    return [s for _, s in found]


def subject_criteria(ctx: DraftContext, subjects: list[Subject]) -> list[Criterion]:
    """The rubric's criteria for the subjects: each subject's own; those of its parts when the
    rubric has none of them (another call's rubric names its criteria otherwise)."""
    out: list[Criterion] = []
    for subject in subjects:
        named = [c for cid in subject.criteria if (c := ctx.rubric.criterion(cid)) is not None]
        for crit in named or [c for sid in subject.sections for c in ctx.criteria_for_section(sid)]:
            if crit not in out:
                out.append(crit)
    return out


# ---- what a criterion's result says ---------------------------------------------------------


def reaction(findings: list[Finding]) -> list[str]:
    """The worst findings' messages first, each once (three at most), then their advice (two)."""
    ranked = sorted(findings, key=lambda f: f.level is not Level.FAIL)
    messages = list(dict.fromkeys(f.message for f in ranked))[:3]
    tips = list(dict.fromkeys(f.suggestion for f in ranked if f.suggestion))[:2]
    return messages + tips


def criterion_block(ctx: DraftContext, crit: Criterion, lang: str) -> str:
    """**Title**: status, then the check's reasons and advice, and the guidance when not met."""
    result = ctx.report.criterion(crit.id)
    status = result.status if result else Status.NA
    lines = [f"**{crit.title.get(lang)}**: {t('coach.status.' + status.value.replace('/', ''), lang)}"]
    if result:
        lines += [f"- {line}" for line in reaction([f for f in result.findings if f.level is not Level.INFO])]
    if status is not Status.PASS:
        lines.append(f"- {crit.guidance.get(lang)}")
    return "\n".join(lines)


def _reason_line(ctx: DraftContext, crit: Criterion, lang: str) -> str:
    """- **Title**: the check's reason(s) → its advice (the guidance when the check says none)."""
    result = ctx.report.criterion(crit.id)
    findings = [f for f in (result.findings if result else []) if f.level is not Level.INFO]
    ranked = sorted(findings, key=lambda f: f.level is not Level.FAIL)
    reasons = list(dict.fromkeys(f.message for f in ranked))[:2]
    tip = next((f.suggestion for f in ranked if f.suggestion), None)
    line = f"- **{crit.title.get(lang)}**: {' '.join(reasons) if reasons else crit.guidance.get(lang)}"
    if tip:
        line += f"\n  → {tip}"
    elif reasons:
        line += f"\n  → {crit.guidance.get(lang)}"
    return line


# ---- the whole sketch -----------------------------------------------------------------------


def empty_parts(ctx: DraftContext) -> list[str]:
    """The parts the rubric looks at that the sketch leaves without text (or leaves out)."""
    wanted = {sid for c in ctx.rubric.criteria for sid in c.sections}
    out = []
    for sid in section_order():
        if sid in wanted and not any(s.body.strip() for s in ctx.sketch.sections_by(sid)):
            out.append(sid)
    return out


def by_status(ctx: DraftContext) -> dict[Status, list[Criterion]]:
    out: dict[Status, list[Criterion]] = {Status.FAIL: [], Status.WARN: [], Status.PASS: [], Status.NA: []}
    for result in ctx.report.criteria:
        crit = ctx.rubric.criterion(result.id)
        if crit is not None:
            out[result.status].append(crit)
    return out


def _quote_title(title: str, lang: str) -> str:
    return f"“{title}”" if lang == "en" else f"«{title}»"


def overview(ctx: DraftContext, lang: str) -> str:
    """The whole sketch from the checkup: not met, to strengthen, parts with no text, met."""
    groups = by_status(ctx)
    empty = empty_parts(ctx)
    out: list[str] = []
    if groups[Status.FAIL]:
        out.append(t("coach.offline.overview_fail", lang, count=len(groups[Status.FAIL])) + "\n" + "\n".join(_reason_line(ctx, c, lang) for c in groups[Status.FAIL]))
    if groups[Status.WARN]:
        out.append(t("coach.offline.overview_warn", lang) + "\n" + "\n".join(_reason_line(ctx, c, lang) for c in groups[Status.WARN]))
    if empty:
        out.append(t("coach.offline.overview_empty", lang, parts=", ".join(_quote_title(ctx.section_title(s), lang) for s in empty)))
    if out:
        out.insert(0, t("coach.offline.weakest", lang))
    else:
        out.append(t("coach.offline.all_pass", lang))
    if groups[Status.PASS]:
        out.append(t("coach.offline.overview_pass", lang, criteria=", ".join(c.title.get(lang) for c in groups[Status.PASS])))
    return "\n\n".join(out)


# ---- one subject ----------------------------------------------------------------------------

_MD = re.compile(r"([\\`*_\[\]<>#|~])")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9«\"(])")
_LIST = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")


def _sentences(text: str) -> list[str]:
    """The prose of a part, sentence by sentence (no table rows, headings, blank lines, or
    comments: the interview's answer marks and the template's guidance, which no reader sees)."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", mask_comments(text)):
        lines = [_LIST.sub("", ln).strip() for ln in para.splitlines() if ln.strip() and not ln.lstrip().startswith(("|", "#"))]
        if lines:
            out += [s.strip() for s in _SENTENCE.split(" ".join(lines)) if s.strip()]
    return out


def _quoted(sentence: str) -> str:
    """One sentence of the sketch as a Markdown quote: cut at a word, its markup escaped."""
    text = " ".join(sentence.replace("**", "").split())  # the sketch's bold, not the quote's
    if len(text) > QUOTE_CHARS:
        text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return "> " + _MD.sub(r"\\\1", text)


def sketch_says(ctx: DraftContext, subject: Subject, lang: str) -> str:
    """What the sketch itself says about a subject: its sentences on it, or that it says nothing."""
    if subject.quote == "none":
        return ""
    pattern = _subject_pattern(subject)
    if subject.quote == "whole":
        sentences = [s for sec in ctx.sketch.sections for s in _sentences(sec.body)]
        about = [s for s in sentences if pattern.search(s.casefold())]
        if not about:
            return t("coach.offline.subject_silent", lang)
        return t("coach.offline.subject_says", lang) + "\n\n" + "\n>\n".join(_quoted(s) for s in about[:QUOTES])
    parts = [sid for sid in subject.sections if any(s.body.strip() for s in ctx.sketch.sections_by(sid))]
    if not parts:
        first = subject.sections[0]
        return t("coach.offline.subject_empty", lang, section=ctx.section_title(first)) + " " + ctx.section_guide(first)
    sentences = [s for sid in parts for sec in ctx.sketch.sections_by(sid) for s in _sentences(sec.body)]
    about = [s for s in sentences if pattern.search(s.casefold())] or sentences
    head = t("coach.offline.subject_part_says", lang, section=ctx.section_title(parts[0]))
    if not about:  # a part with only a table
        return ""
    return head + "\n\n" + "\n>\n".join(_quoted(s) for s in about[:QUOTES])
