"""The offline coach: no language model, only the rubric's questions and the core's findings.

It says plainly what it is, asks what the criteria ask, reacts to each answer with what the
checker still misses, and points to public data sources. Its replies are deterministic.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from ..core.judging.findings import Status
from ..core.sketch.editing import set_section_body
from ..core.sketch.sections import match_heading, section_specs
from ..i18n import system_language, t
from .assess import chunks, offline_assessment
from .base import Assessment, CoachError, CoachRequest, SessionUsage
from .context import DraftContext, criterion_sources
from .fit import cuts_text, estimated_pages, rank_cuts, words_per_page
from .offline_ask import Subject, asks_overview, criterion_block, overview, reaction, sketch_says, subject_criteria, subjects_in
from .prompts import budget_facts


def unused_note(keys: list[str], lang: str) -> str:
    """«base_url is set but unused without model: nothing is sent anywhere.» ("" for no keys)."""
    return t("coach.offline.unused", lang, keys=", ".join(keys)) if keys else ""


class OfflineCoach:
    """A coach that works with no model, no network and no config."""

    offline = True
    builtin = True  # named in the reader's language wherever it is shown (its `name` is in the language it was made in)

    def __init__(self, lang: str | None = None, rubric: str | None = None, unused_settings: list[str] | None = None) -> None:
        self.lang = lang or system_language()
        # Provider settings (base_url, ...) set without a model: named in a note, never used.
        self.unused_settings = list(unused_settings or [])
        self.rubric_id = rubric
        self.name = t("coach.offline.name", self.lang)
        self.usage = SessionUsage()
        self._asked: set[str] = set()  # questions already put to the user this session
        self._introduced = False

    def unused_note(self, lang: str) -> str:
        """One line saying which provider settings are set but unused ("" when none are)."""
        return unused_note(self.unused_settings, lang)

    async def astream(self, request: CoachRequest) -> AsyncIterator[str]:
        text = self._safely(request.lang, self.reply, request)
        for chunk in chunks(text):
            yield chunk
            await asyncio.sleep(0)  # let the UI draw between chunks

    async def assess(self, sketch_text: str, lang: str) -> Assessment:
        return self._safely(lang, lambda: offline_assessment(DraftContext(sketch_text, lang, self.rubric_id)))

    @staticmethod
    def _safely(lang: str, fn, *args):
        """Run fn; a broken rubric or sections file becomes a CoachError with its one-line message."""
        from ..core.sketch.rubric import RubricError
        from ..core.sketch.sections import SectionsError

        try:
            return fn(*args)
        except (RubricError, SectionsError) as exc:
            raise CoachError(t("coach.error.config", lang, detail=str(exc)), False, code="config") from exc

    # ---- replies ------------------------------------------------------------------------

    def reply(self, request: CoachRequest) -> str:
        """The whole reply to a request, as Markdown."""
        ctx = DraftContext(request.sketch_text, request.lang, self.rubric_id)
        handler = {
            "ask": self._ask,
            "interview": self._interview,
            "improve": self._improve,
            "assess": self._assess,
            "fit": self._fit,
            "budget-narrative": self._budget_narrative,
            "translate": self._translate,
        }[request.kind]
        parts = []
        if not self._introduced:
            parts.append(t("coach.offline.intro", request.lang))
            self._introduced = True
        parts.append(handler(request, ctx))
        return "\n\n".join(p for p in parts if p)

    def _next_question(self, questions: list[str]) -> str | None:
        for q in questions:
            if q not in self._asked:
                self._asked.add(q)
                return q
        return None

    def _interview(self, request: CoachRequest, ctx: DraftContext) -> str:
        lang = request.lang
        section = request.section or "need"
        criteria = ctx.criteria_for_section(section)
        questions = [q.get(lang) for c in criteria for q in c.questions]
        out: list[str] = []
        if not request.question.strip():
            out.append(f"**{ctx.section_title(section)}.** {ctx.section_guide(section)}")
            question = self._next_question(questions)
            out.append(question or t("coach.offline.write_freely", lang))
            return "\n\n".join(out)
        # React to the draft as it reads with the answer in it (the UI may have put it there already).
        existing = ctx.section_body(section)
        answer = request.question.strip()
        if " ".join(answer.split()) in " ".join(existing.split()):
            trial = ctx
        else:
            trial_text = set_section_body(ctx.sketch, section, (existing + "\n\n" if existing else "") + answer)
            trial = DraftContext(trial_text, lang, self.rubric_id, with_pages=False)  # its findings only
        findings = trial.findings(section=section)
        reactions = reaction(findings)
        if reactions:
            out.extend(reactions)
        else:
            out.append(t("coach.offline.section_ok", lang, section=ctx.section_title(section)))
        crit_ids = {f.criterion for f in findings}
        sources: list[str] = []
        for c in criteria:
            if c.id in crit_ids:
                sources += [s for s in criterion_sources(c) if s not in sources]
        if sources and not all(src in "\n".join(out) for src in sources):
            out.append(t("coach.offline.sources", lang, sources=", ".join(sources)))
        # No question here: the window puts the next open question itself, so a reply never says
        # «no more questions» before another one, nor repeats the question just answered.
        return "\n\n".join(out)

    def _topic(self, question: str, ctx: DraftContext) -> tuple[str | None, list]:
        """The section and criteria a free question is about, by the words it uses."""
        words = question.casefold()
        section = None
        for spec in section_specs():
            names = [spec.id, spec.title.nb, spec.title.nn, spec.title.en, *spec.synonyms]
            if any(len(n) >= 4 and n.casefold() in words for n in names):
                section = spec.id
                break
        if section is None:
            section = match_heading(question)
        asked = _content_words(words)
        criteria = [
            c
            for c in ctx.rubric.criteria
            if c.id in words or any(_stem_match(w, v) for x in ("nb", "nn", "en") for v in _content_words(c.title.get(x)) for w in asked)
        ]
        if section and not criteria:
            criteria = ctx.criteria_for_section(section)
        return section, criteria

    def _ask(self, request: CoachRequest, ctx: DraftContext) -> str:
        """A free question: about one or more subjects, or about the whole sketch (what is
        missing, weakest, ready to submit); the honest line about free questions closes it."""
        lang = request.lang
        subjects = subjects_in(request.question)
        if subjects:
            out, criteria = self._about_subjects(subjects, ctx, lang)
        elif asks_overview(request.question):
            out, criteria = [overview(ctx, lang)], ctx.failing_criteria()
        else:
            section, criteria = self._topic(request.question, ctx)
            if criteria:
                out = [criterion_block(ctx, c, lang) for c in criteria[:3]]
                if section:
                    out.append(f"*{ctx.section_title(section)}:* {ctx.section_guide(section)}")
            else:
                out, criteria = [overview(ctx, lang)], ctx.failing_criteria()
        question = self._closing_question(criteria, ctx, lang)
        if question:
            out.append(question)
        out.append(t("coach.offline.free_questions", lang))
        return "\n\n".join(p for p in out if p)

    def _about_subjects(self, subjects: list[Subject], ctx: DraftContext, lang: str) -> tuple[list[str], list]:
        """The subjects' criteria (worst first), what the sketch says about them, where to find numbers."""
        criteria = subject_criteria(ctx, subjects)
        rank = {Status.FAIL: 0, Status.WARN: 1}
        statuses = {c.id: c.status for c in ctx.report.criteria}
        criteria.sort(key=lambda c: rank.get(statuses.get(c.id, Status.NA), 2))
        out = [criterion_block(ctx, c, lang) for c in criteria[:4]]
        for subject in subjects[:2]:
            out.append(sketch_says(ctx, subject, lang))
            if "budget" in subject.sections:
                out.append(budget_facts(ctx))
        sources = [s for c in criteria for s in criterion_sources(c)]
        if sources:
            out.append(t("coach.offline.sources", lang, sources=", ".join(dict.fromkeys(sources))))
        return out, criteria

    def _closing_question(self, criteria: list, ctx: DraftContext, lang: str) -> str | None:
        """The first question of these criteria not yet put (worst first); when all have been put,
        the worst one's again: a reply on a subject always ends on that subject."""
        questions = [q.get(lang) for c in criteria for q in c.questions]
        return self._next_question(questions) or (questions[0] if questions else None)

    def _improve(self, request: CoachRequest, ctx: DraftContext) -> str:
        lang = request.lang
        section = request.section or "need"
        out = [t("coach.offline.improve_head", lang, section=ctx.section_title(section)), f"*{ctx.section_guide(section)}*"]
        findings = ctx.findings(section=section)
        if findings:
            out.append("\n".join(f"- {line}" for line in reaction(findings)))
        else:
            out.append(t("coach.offline.section_ok", lang, section=ctx.section_title(section)))
        questions = ctx.section_questions(section)
        if questions:
            out.append(t("coach.offline.ask_yourself", lang) + "\n" + "\n".join(f"- {q}" for q in questions))
        out.append(t("coach.offline.rewrite_needs_model", lang))
        return "\n\n".join(out)

    def _assess(self, request: CoachRequest, ctx: DraftContext) -> str:
        from .assess import format_assessment

        titles = {c.id: c.title.get(request.lang) for c in ctx.rubric.criteria}
        return format_assessment(offline_assessment(ctx), request.lang, titles)

    def _fit(self, request: CoachRequest, ctx: DraftContext) -> str:
        lang = request.lang
        pages = estimated_pages(ctx)
        limit = ctx.rubric.layout.page_limit
        shown = f"{pages:.1f}" if lang == "en" else f"{pages:.1f}".replace(".", ",")
        if pages <= limit:
            head = t("coach.offline.fit_ok", lang, pages=shown, limit=limit)
        else:
            words = int((pages - limit) * words_per_page(ctx)) + 1
            head = t("coach.offline.fit_over", lang, pages=shown, limit=limit, words=words)
        cuts = rank_cuts(ctx, limit=8)
        if not cuts:
            return head
        return head + "\n\n" + t("coach.offline.fit_cuts", lang) + "\n" + cuts_text(cuts, lang)

    def _budget_narrative(self, request: CoachRequest, ctx: DraftContext) -> str:
        lang = request.lang
        budget = ctx.sketch.budget
        if budget is None or not budget.lines:
            return t("coach.budget.none", lang) + " " + t("coach.offline.budget_first", lang)
        from ..core.sketch.amounts import format_amount

        total = format_amount(budget.total_excluding_procurement, currency=True, lang=lang)
        items = [line for line in budget.lines if not line.procurement and line.amount]
        items.sort(key=lambda line: -(line.amount or 0))
        parts = ", ".join(f"{line.item.lower() if lang != 'en' else line.item} ({format_amount(line.amount or 0, currency=True, lang=lang)})" for line in items[:4])
        text = t("coach.offline.budget_text", lang, total=total, parts=parts)
        if budget.procurement_lines:
            text += " " + t("coach.offline.budget_procurement", lang)
        else:
            text += " " + t("coach.offline.budget_no_procurement", lang)
        return t("coach.offline.budget_head", lang) + "\n\n" + text + "\n\n" + budget_facts(ctx)

    def _translate(self, request: CoachRequest, ctx: DraftContext) -> str:
        return t("coach.offline.translate_needs_model", request.lang)


_STOP = frozenset("ikke ikkje godt store stor ingen inga ingen with from that the this have hvordan korleis skissen skissa sketch dette hvorfor kvifor hvilke kva".split())


def _content_words(text: str) -> list[str]:
    import re

    return [w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 4 and w not in _STOP]


def _stem_match(a: str, b: str) -> bool:
    """Words that share a stem, e.g. tallene/tall, budsjettet/budsjettposter."""
    return a.startswith(b) or b.startswith(a) or (len(a) >= 6 and len(b) >= 6 and a[:6] == b[:6])
