"""The interview's answers: how long one may be before it is asked about, undoing the last one
written, what an answer names (applicant, partners, budget lines) put where it counts, and an
answer typed and not sent kept over a visit to another screen. Parts of `InterviewScreen`
(interview.py)."""

from __future__ import annotations

from textual import work
from textual.markup import escape

from ...core.sketch.answers import find_in_answer, is_note, set_answer


class AnswerLength:
    """An answer's size, and the sketch's pages with it written in, against the page limit.

    The pages are those the page gauge and `skisse check` show: the page count of the rendered
    PDF (the core's checkup of the text, cached by text, so the gauge finds it made). Only when
    no page count can be made (no renderer) is a word-count estimate used."""

    def _words_per_page(self) -> float:
        """Words on a page of this sketch, from its last measured page count; the coach's
        estimate for prose (`coach.fit.WORDS_PER_PAGE`) before one is measured."""
        from ...coach.fit import WORDS_PER_PAGE

        live = getattr(self.app, "live", None)
        if live is not None and live.pages is not None and live.pages.fraction >= 1 and live.words >= 200:
            return max(200.0, live.words / live.pages.fraction)
        return float(WORDS_PER_PAGE)

    def _page_limit(self) -> int:
        live = getattr(self.app, "live", None)
        return live.page_limit if live is not None else 5

    @staticmethod
    def _answer_words(answer: str) -> int:
        """The answer's words; a text without spaces counts a word per eight characters."""
        return max(len(answer.split()), len(answer) // 8)

    def _pages_of(self, text: str) -> float | None:
        """The pages of `text` as the gauge counts them; None when no page count can be made."""
        try:
            result = self.app.services.checkup(text)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - no rubric or renderer: the estimate is used instead
            return None
        return round(result.pages.fraction, 1) if result.pages is not None else None

    def _estimated_pages(self, text: str) -> float:
        from ...core.judging.checkup import parse

        sketch = parse(text)
        words = sum(len(s.text.split()) for s in sketch.sections) + len(sketch.preamble.split())
        return round(words / self._words_per_page(), 1)

    def _sketch_pages(self, text: str) -> float:
        """The sketch's pages as the gauge shows them (an estimate only without a renderer)."""
        pages = self._pages_of(text)
        return pages if pages is not None else self._estimated_pages(text)

    def _oversized(self, answer: str, before: float | None, after: float | None) -> bool:
        """An answer is asked about before it is written when, written in, it takes the sketch
        over its page limit and adds a page or more (a pasted report, not the sentence that tips
        a full sketch over: that one gets the note on the page count). Without a page count:
        when the answer alone, by the word estimate, fills more than the whole sketch may."""
        limit = self._page_limit()
        if after is None:
            return self._answer_words(answer) / self._words_per_page() > limit
        return after > limit and (before is None or after - before >= 1.0)

    def _answered_text(self, answer: str, index: int, text: str) -> str:
        """`text` with `answer` written in as the answer to question `index`."""
        from ...core.judging.checkup import parse
        from ...core.sketch.answers import set_answer, shape_answer
        from ...core.sketch.editing import set_section_body

        sketch = parse(text)
        step = self.steps[index]
        section = sketch.section(step.section)
        shaped = shape_answer(answer, self.app.draft.language.value, step.question)  # type: ignore[attr-defined]
        return set_section_body(sketch, step.section, set_answer(section.body if section else "", self.key(index), shaped.text))

    @work(thread=True, group="answer-pages", exit_on_error=False)
    def _measure_answer(self, answer: str, index: int, text: str, trial: str) -> None:
        before, after = self._pages_of(text), self._pages_of(trial)
        self.app.call_from_thread(self._measured, answer, index, before, after)

    def _measured(self, answer: str, index: int, before: float | None, after: float | None) -> None:
        if not self._oversized(answer, before, after):
            self.index = index
            self._write(answer)
            return
        from .confirm import ConfirmScreen

        from ..widgets.answer_box import AnswerBox

        limit = self._page_limit()
        pages = after if after is not None else round(self._answer_words(answer) / self._words_per_page(), 1)

        def chosen(yes: bool | None) -> None:
            if yes:
                self.index = index
                self._write(answer, long=True)
            else:
                box = self.query_one("#answer", AnswerBox)
                if not box.text.strip():
                    box.value = answer  # the user's text is never lost
                self.say_tr("tui.interview.too_long_kept", "msg-note")

        key = "tui.interview.too_long_question" if after is not None else "tui.interview.too_long_question_words"
        question = self.tr(key, words=_count(self._answer_words(answer), self.lang), pages=_pages(pages, self.lang), limit=limit)
        self.app.push_screen(ConfirmScreen(question, self.tr("tui.interview.too_long_yes"), self.tr("tui.interview.too_long_no")), chosen)

    def action_undo_answer(self) -> None:
        """Put the text back as it was before the last answer (or budget table) was written in.
        An answer undone takes the interview back to its question, the answer in the box to
        change and send again (an earlier answer the undo brought back is offered instead)."""
        draft = self.app.draft  # type: ignore[attr-defined]
        written = self._answers_written  # type: ignore[attr-defined]
        point = written[-1] if written and written[-1][2] == draft.text and draft.can_undo() == "answer" else None
        if draft.undo() is None:
            self.notify(self.tr("tui.interview.nothing_to_undo"), markup=False)
            return
        self.say_tr("tui.interview.undone", "msg-note")
        if point is None:
            self._refresh_sections()
            return
        written.pop()
        index, answer, _ = point
        self._cancel_reply()  # type: ignore[attr-defined]
        self.ask(index)  # type: ignore[attr-defined]
        from ..widgets.answer_box import AnswerBox

        box = self.query_one("#answer", AnswerBox)  # type: ignore[attr-defined]
        if not box.text.strip():  # nothing typed, no earlier answer offered: the undone one
            box.value = answer
            self._prefilled = answer
            box.select_all()



class AnswerFindings:
    """What an answer names, offered and written into the metadata and the budget table."""

    def _offer_found(self, answer: str, section: str, key: str | None = None) -> None:
        from ...core.sketch.budget import infer_category
        from ...core.sketch.orgs import format_orgnr, infer_kind, is_regional_trust, is_university

        draft = self.app.draft  # type: ignore[attr-defined]
        meta = draft.metadata()
        budget = draft.sketch.budget
        found = find_in_answer(
            answer,
            section,
            applicant=meta.applicant.name if meta.applicant else None,
            partners=[p.name for p in meta.partners],
            budget_items=[line.item for line in _table_lines(budget)],
        )
        if not found:
            return
        lines: list[str] = []
        if found.applicant:
            name, orgnr = found.applicant
            lines.append(self.tr("tui.interview.found_applicant", name=name, orgnr=f" ({format_orgnr(orgnr)})" if orgnr else ""))
        for name in found.partners:
            kind = infer_kind(name)
            kind_key = ("rhf" if is_regional_trust(name) else "universitet" if is_university(name) else kind.value) if kind.is_public else "offentlig"
            line = self.tr("tui.interview.found_partner", name=name, kind=self.tr(f"tui.kind.{kind_key}"))
            role = found.roles.get(name)
            lines.append(f"{line} – {role}" if role else line)  # the role the form (F5) will show
        from ...core.sketch.amounts import format_amount

        for item, amount in found.budget:
            category = self.tr(f"tui.category.{infer_category(item).value}")
            lines.append(self.tr("tui.interview.found_budget", item=item, category=category, amount=format_amount(amount, currency=True, lang=self.lang)))
        from .confirm import ConfirmScreen

        question = self.tr("tui.interview.found_question") + "\n\n" + "\n".join(f"• {escape(line)}" for line in lines)

        def write(yes: bool | None) -> None:
            if yes:
                replaced = self.write_found(found, key=key, answer=answer)
                self.say(escape(self.tr("tui.interview.found_written", what="; ".join(lines))), "msg-note")
                left = getattr(self, "budget_left_in_answer", [])
                if left:  # never «the list is taken out» while lines with amounts stay in it
                    self.say(escape(self.tr("tui.interview.budget_left", lines="; ".join(f"«{line}»" for line in left))), "msg-note")
                elif replaced:
                    self.say_tr("tui.interview.budget_replaced", "msg-note")

        self.app.push_screen(ConfirmScreen(question, self.tr("tui.interview.found_yes"), self.tr("tui.interview.found_no")), write)

    def write_found(self, found, *, key: str | None = None, answer: str = "") -> bool:
        """Put what an answer named where it counts: the applicant and partners in the metadata
        (F5), budget lines in the budget table (F4). An answer to a budget question whose lines
        went into the table leaves the sketch: the table is its one budget (a list and a table
        drifted apart in the PDF); the answer stays as a note by its question, and Ctrl+Z or
        the history brings the list back. True when that happened."""
        from ...core.sketch.budget import infer_category
        from ...core.sketch.model import BudgetLine, Organisation, Partner
        from ...core.sketch.orgs import infer_kind

        draft = self.app.draft  # type: ignore[attr-defined]
        before = draft.text
        self.budget_left_in_answer: list[str] = []
        if found.applicant:
            name, orgnr = found.applicant
            draft.set_applicant(Organisation(name=name, orgnr=orgnr, kind=infer_kind(name)))
        if found.partners:
            meta = draft.metadata()
            draft.set_partners([*meta.partners, *(Partner(name=n, kind=infer_kind(n), role=found.roles.get(n)) for n in found.partners)])
        replaced = False
        if found.budget:
            replaced = key is not None and self._answer_into_table(key, found.budget)
            budget = draft.sketch.budget
            lines = _table_lines(budget)  # lines read from prose (an answer) are not the table's
            years = list(budget.year_columns) if lines and budget.year_columns else None
            lines += [BudgetLine(item=item, category=infer_category(item), amount=amount) for item, amount in found.budget]
            if _table_lines(budget):
                draft.set_budget(lines, years)
            else:  # no table yet: one after the section's text
                from ...core.sketch.editing import budget_table

                section = draft.sketch.section("budget")
                body = section.body.strip("\n") if section else ""
                table = budget_table(lines, draft.sketch.language, None)
                draft.set_section("budget", f"{body}\n\n{table}" if body.strip() else table)
        if draft.text != before:
            # What the answer just written named (a budget table, partners) is part of it: one
            # Ctrl+Z, here or in the editor, takes back both writes.
            draft.remember("found", before, joins="answer")
            written = getattr(self, "_answers_written", None)
            if written and written[-1][2] == before:
                index, typed, _ = written[-1]
                written[-1] = (index, typed, draft.text)
            if replaced:  # the list as it stood, kept as a version of its own in the history
                from ..advising import record_save_in_background

                from ...advisor.versions import note_key

                record_save_in_background(self.app, note=note_key("table"), before=before, before_note=note_key("before-table"))
        return replaced

    def _answer_into_table(self, key: str, taken: list[tuple[str, int]]) -> bool:
        """Take what the table took out of the answer's block in the budget part, sentence by
        sentence (and a lead-in ending in «:»); any other sentence stays (an amount the table did
        not take is never dropped), with a note that the answer is in the table (the list as
        typed is kept in the history, as the version before). Every sentence left is named."""
        from ...core.sketch.answerbudget import amounts_unread, budget_lines_named, split_taken
        from ...core.sketch.answers import answer_in, note
        from ...i18n import t

        draft = self.app.draft  # type: ignore[attr-defined]
        section = draft.sketch.section("budget")
        body = section.body if section else ""
        kept = answer_in(body, key)
        if kept is None:
            return False
        text = "\n".join(line for line in kept.splitlines() if line.strip() and not is_note(line))
        rest, took = split_taken(text, {(item.casefold(), amount) for item, amount in taken})
        if not took:
            # Nothing of the answer's text is in the table: it all stays, and what has an amount is named.
            self.budget_left_in_answer = [_shown(line) for line in rest if budget_lines_named(line) or amounts_unread(line)]
            return False
        # Every line left in the text is named, so the user moves or deletes it: one budget.
        self.budget_left_in_answer = [_shown(line) for line in rest]
        remark = note(t("tui.interview.budget_note", draft.language.value))
        draft.set_section("budget", set_answer(body, key, "\n".join([*rest, remark])))
        return True


def _shown(line: str) -> str:
    """A line of the answer as the user typed it, without the list's bullet."""
    return line.strip().removeprefix("- ").strip()


def _table_lines(budget) -> list:
    """The budget's lines that stand in its table (the checker also reads lines from prose)."""
    if budget is None or budget.table_start is None or budget.table_end is None or getattr(budget, "written", "table") != "table":
        return []
    return [line for line in budget.lines if line.line is None or budget.table_start <= line.line <= budget.table_end]


def _applicant_given(draft) -> bool:
    applicant = draft.metadata().applicant
    return applicant is not None and bool(applicant.name) and bool(applicant.orgnr)


def _public_partner_given(draft) -> bool:
    return any(p.kind.is_public for p in draft.metadata().partners)


def _budget_table_given(draft) -> bool:
    return bool(_table_lines(draft.sketch.budget))


# The criteria whose question a form answers, and whether the form holds the answer.
FORM_ANSWERS = {
    "eligibility": _applicant_given,
    "public-collaboration": _public_partner_given,
    "budget-present": _budget_table_given,
}


def _count(n: int, lang: str) -> str:
    from ...core.sketch.amounts import format_amount

    return format_amount(n, lang=lang)


def _pages(pages: float, lang: str) -> str:
    return f"{pages:.1f}".replace(".", ",") if lang != "en" else f"{pages:.1f}"


class UnsentAnswer:
    """An answer typed and not sent: kept with the draft when the screen is left, and back in its
    box, under its question, when the interview is made anew."""

    def _resume_unsent(self, index: int, text: str) -> None:
        """Back from another screen with an answer typed and not sent: its question asked
        again, the answer in the box as it was left."""
        from ..widgets.answer_box import AnswerBox

        box = self.query_one("#answer", AnswerBox)  # type: ignore[attr-defined]
        box.value = text  # first: a box holding the user's typing is not given an earlier answer
        self._prefilled = None
        self.ask(index)
        box.move_cursor(box.document.end)

    def commit(self) -> None:
        """Leaving the screen: an answer typed and not sent is kept with the draft for the next
        interview screen (an earlier answer put in the box and left untouched is not)."""
        from ..widgets.answer_box import AnswerBox

        text = self.query_one("#answer", AnswerBox).text  # type: ignore[attr-defined]
        keep = bool(text.strip()) and text != self._prefilled and bool(self.steps)
        self.app.draft.unsent_answer = (self.index, text) if keep else None  # type: ignore[attr-defined]
        self.app.draft.interview_at = self.index if self.steps else None  # type: ignore[attr-defined]

    def _resume_left_question(self) -> bool:
        """Back from another screen with nothing typed: the question the interview was left at,
        when it is still open (a question skipped earlier does not take its place); False when
        there is none, and the interview starts at its first open question."""
        at = self.app.draft.interview_at  # type: ignore[attr-defined]
        if at is None or not 0 <= at < len(self.steps) or not self.is_open(at):  # type: ignore[attr-defined]
            return False
        done = sum(not self.is_open(i) for i in range(len(self.steps)))  # type: ignore[attr-defined]
        if done:
            self.say_tr("tui.interview.resumed", "msg-note", done=done, total=len(self.steps))  # type: ignore[attr-defined]
        self.ask(at)  # type: ignore[attr-defined]
        return True
