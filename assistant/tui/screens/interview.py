"""The guided interview: the rubric's questions, section by section, in a chat."""

from __future__ import annotations

from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.markup import escape
from textual.widgets import Header, Markdown, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from ...core.sketch.answers import answer_in, answer_key, answered_keys, is_note, left_open, parts_as_written, set_answer, shape_answer
from ...core.sketch.sections import spec
from ...i18n import tn
from ..interview_plan import Step, interview_steps
from ..keys import UiLanguage, localise_bindings
from ..messages import DraftChanged
from ..widgets.answer_box import AnswerBox
from ..widgets.chat_log import ChatLog
from ..widgets.footer import CompactFooter
from ..widgets.nav_bar import NavBar
from ..widgets.reply_stream import (
    REPLY_GROUP,
    StreamingReplies,
    reply_failure,
    stream_into,
)
from ..widgets.safe_markdown import SafeMarkdown
from .interview_answers import AnswerFindings, AnswerLength, UnsentAnswer, FORM_ANSWERS, _count, _pages


class ChatMessage(SafeMarkdown):
    """One message in the chat; the role decides its look."""

    remake: Callable[[], str] | None = None  # the text again, in the window's language


class InterviewScreen(AnswerLength, AnswerFindings, UnsentAnswer, StreamingReplies, UiLanguage, Screen):
    """Questions on the right, sections on the left; each answer lands in the draft at once."""

    screen_name = "interview"
    CSS_PATH = "interview.tcss"
    BINDINGS = [
        Binding("f7", "skip", "tui.key.skip", id="interview.skip"),
        Binding("f8", "back", "tui.key.back", id="interview.back"),
        Binding("ctrl+g", "sections", "tui.key.sections", id="interview.sections"),
        Binding("escape", "stop", "tui.key.stop", id="interview.stop"),
        Binding("ctrl+r", "retry", "tui.key.retry", id="interview.retry"),
        Binding("ctrl+d", "draft", "tui.key.draft", id="interview.draft"),
        Binding("ctrl+z", "undo_answer", "tui.key.undo_answer", id="interview.undo", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.steps: list[Step] = []
        self.index = 0
        self._last_request = None
        self._reply_target: Markdown | None = None
        self._can_retry = False
        self._moving = False
        self._prefilled: str | None = None  # the earlier answer put in the box by `ask`
        self._advance = True  # the reply under way moves the interview on when it ends
        self._told_unreachable = False  # «the model could not be reached» is said once
        self._builtin = None  # the built-in coach that answers while the model cannot be reached

    @property
    def _answers_written(self) -> list[tuple[int, str, str]]:
        """(question, answer, the text it left) of each answer written: Ctrl+Z goes back to it.
        Kept with the draft, so an undo after leaving the interview and coming back still puts
        the answer in the box."""
        return self.app.draft.answers_written  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.screen_name)
        with Horizontal(id="interview-body"):
            with Vertical(id="section-pane"):
                yield Static(id="sections-title", classes="pane-title")
                yield OptionList(id="section-list")
            with Vertical(id="chat-pane"):
                yield ChatLog(id="chat")
                yield Static(id="progress", classes="hint")
                yield AnswerBox(id="answer")
        yield CompactFooter()

    def on_mount(self) -> None:
        draft = self.app.draft  # type: ignore[attr-defined]
        self.steps = interview_steps(self.app.services.rubric_for(draft.sketch), self.lang)  # type: ignore[attr-defined]
        self.relabel()
        self.say_tr("tui.interview.intro", "msg-coach", coach=lambda lang: self._coach_name())
        unused = list(getattr(self.app.coach, "unused_settings", []) or [])  # type: ignore[attr-defined]
        if unused and getattr(self.app.coach, "offline", False):  # type: ignore[attr-defined]
            self.say_tr("coach.offline.unused", "msg-note", keys=", ".join(unused))
        unsent, draft.unsent_answer = draft.unsent_answer, None
        if unsent is not None and 0 <= unsent[0] < len(self.steps):
            self._resume_unsent(*unsent)
        elif not self._resume_left_question():
            self._start()
        self.query_one("#answer", AnswerBox).focus()

    def _start(self) -> None:
        start = self.next_open(-1)
        done = sum(not self.is_open(i) for i in range(len(self.steps)))
        if start is None:
            self.index = len(self.steps) - 1
            self.say_tr("tui.interview.all_answered", "msg-coach")
            self._refresh_sections()
            self._refresh_progress()
        else:
            if done and start > 0:  # a new sketch (its applicant from the form) starts at the top, not «where you left off»
                self.say_tr("tui.interview.resumed", "msg-note", done=done, total=len(self.steps))
            self.ask(start)

    def relabel(self) -> None:
        """Every text of the screen in the window's language: the questions in the transcript,
        the current one, the progress line and the keys (answers stay as written)."""
        if self.steps:
            steps = interview_steps(self.app.services.rubric_for(self.app.draft.sketch), self.lang)  # type: ignore[attr-defined]
            if len(steps) == len(self.steps):  # the same questions, in the new language
                self.steps = steps
        for message in self.query(ChatMessage):
            remake = getattr(message, "remake", None)
            if remake is not None:
                message.update(remake())
        box = self.query_one("#answer", AnswerBox)
        localise_bindings(box, self.lang)
        self.refresh_bindings()
        self.query_one(NavBar).relabel()
        self.query_one("#sections-title", Static).update(self.tr("tui.interview.sections"))
        self.query_one("#answer", AnswerBox).placeholder = self.tr("tui.interview.placeholder")
        self._refresh_sections()
        self._refresh_progress()

    def _coach_name(self) -> str:
        coach = self.app.coach  # type: ignore[attr-defined]
        return self.tr("tui.coach.offline") if getattr(coach, "offline", False) else str(getattr(coach, "name", ""))

    # ------------------------------------------------------------------ open questions

    def _body(self, section_id: str) -> str:
        section = self.app.draft.sketch.section(section_id)  # type: ignore[attr-defined]
        return section.body if section else ""

    def key(self, index: int) -> str:
        step = self.steps[index]
        return answer_key(step.section, step.number)

    def is_open(self, index: int) -> bool:
        """A question not yet answered: no answer of its own in the section, the sketch does not
        already say it (a section written without the interview counts as answered), and no
        form holds its answer (`answered_by_form`)."""
        step = self.steps[index]
        if self.answered_by_form(index):
            return False
        body = self._body(step.section)
        keys = answered_keys(body)
        if keys:
            # «veit ikkje», «må sjekke med …», kept as a note: still open, to come back to.
            return self.key(index) not in keys or left_open(answer_in(body, self.key(index)))
        return not self._section_words(step.section)

    def answered_by_form(self, index: int) -> bool:
        """Question `index` is one a form answers, and the form holds its answer: the applicant's
        name and org number (the new-sketch form), a public partner (F5), budget lines in the
        table (F4). The interview does not ask it again, nor does F7 land on it."""
        check = FORM_ANSWERS.get(self.steps[index].criterion or "")
        return check is not None and check(self.app.draft)  # type: ignore[attr-defined]

    def next_open(self, after: int) -> int | None:
        """The first open question after `after`, else the first open one before it."""
        order = list(range(after + 1, len(self.steps))) + list(range(0, max(after + 1, 0)))
        return next((i for i in order if self.is_open(i)), None)

    # ------------------------------------------------------------------ sections list

    def _section_words(self, section_id: str) -> int:
        section = self.app.draft.sketch.section(section_id)  # type: ignore[attr-defined]
        return len(section.text.split()) if section else 0

    def _refresh_sections(self) -> None:
        options = self.query_one("#section-list", OptionList)
        current = self.steps[self.index].section if self.steps else None
        seen: list[str] = []
        for step in self.steps:
            if step.section not in seen:
                seen.append(step.section)
        highlighted = options.highlighted
        options.clear_options()
        for sid in seen:
            words = self._section_words(sid)
            mark = "●" if sid == current else ("✓" if words else "○")
            title = spec(sid).title.get(self.lang) if spec(sid) else sid
            options.add_option(Option(f"{mark} {title} [dim]({tn('tui.words', words, self.lang)})[/dim]", id=sid))
        if highlighted is not None and highlighted < len(seen):
            options.highlighted = highlighted

    def _refresh_progress(self) -> None:
        if not self.steps:
            return
        step = self.steps[self.index]
        title = spec(step.section).title.get(self.lang) if spec(step.section) else step.section
        self.query_one("#progress", Static).update(
            self.tr("tui.interview.progress", n=self.index + 1, total=len(self.steps), section=title)
        )

    @on(DraftChanged)
    def _draft_changed(self) -> None:
        self._refresh_sections()

    # ------------------------------------------------------------------ chat

    def say(self, text: str, role: str, remake: Callable[[], str] | None = None) -> ChatMessage:
        """A message in the chat; `remake` gives its text again in the window's language."""
        message = ChatMessage(text, classes=role)
        message.remake = remake
        # Always the newest at the bottom: the next question, which the user answers, comes last.
        self.query_one("#chat", ChatLog).mount(message)
        return message

    def say_tr(self, key: str, role: str, /, **kwargs: object) -> ChatMessage:
        """A message from the catalogue, said again in a new language when the window's
        changes. A value may be a function of the language (a number written its way)."""

        def text() -> str:
            return self.tr(key, **{k: (v(self.lang) if callable(v) else v) for k, v in kwargs.items()})

        return self.say(text(), role, text)

    def _question_text(self, index: int) -> str:
        """Question `index` as put to the user: with its section's title (and guide) first when
        it opens a section."""
        step = self.steps[index]
        previous = self.steps[index - 1].section if index > 0 else None
        lines = []
        if step.section != previous or index == 0:
            s = spec(step.section)
            if s is not None:
                lines.append(f"**{s.title.get(self.lang)}**")
                if not step.from_guide:
                    lines.append(f"_{s.guide.get(self.lang)}_")
        lines.append(step.question)
        return "\n\n".join(lines)

    def ask(self, index: int) -> None:
        """Put question `index` to the user."""
        if not self.steps:
            return
        if index >= len(self.steps):
            self.index = len(self.steps) - 1
            self.say_tr("tui.interview.done", "msg-coach")
            parts = parts_as_written(self.app.draft.sketch)  # type: ignore[attr-defined]
            if parts:  # the answers stand one after another as typed: replies to questions no reader sees
                self.say_tr("tui.interview.edit_hint", "msg-note", n=parts)
            self._refresh_sections()
            return
        self.index = max(0, index)
        at = self.index
        self.say(self._question_text(at), "msg-question", lambda: self._question_text(at))
        self._offer_earlier_answer(at)
        self._refresh_sections()
        self._refresh_progress()

    def _offer_earlier_answer(self, index: int) -> None:
        """Back at a question answered before (F8, Ctrl+G, F7): its answer in the box, to change
        and send again, rather than to type anew. A box holding the user's own typing is left
        alone; an earlier answer put there and not touched makes way for this question's."""
        box = self.query_one("#answer", AnswerBox)
        if box.text.strip() and box.text != self._prefilled:
            return
        earlier = answer_in(self._body(self.steps[index].section), self.key(index))
        lines = [line for line in (earlier or "").splitlines() if not is_note(line)]
        text = "\n".join(lines).strip("\n")
        box.value = text
        self._prefilled = text or None
        if text:
            box.select_all()  # typing replaces it; an arrow key lets you change it instead
            self.say_tr("tui.interview.earlier_answer", "msg-note")

    @on(AnswerBox.Submitted, "#answer")
    def _answered(self, event: AnswerBox.Submitted) -> None:
        answer = event.value.strip()
        if not answer or not self.steps:
            return
        event.box.value = ""
        self._prefilled = None
        self.answer(answer)

    def answer(self, answer: str) -> None:
        """Write the answer to the current question into its own block, replacing an earlier
        one; offer what it names for the budget, the partner list or the applicant. The sketch
        with the answer in it is measured first, as the page gauge measures it (off the UI's
        path): an answer that takes it over the page limit by a page or more (a paste of a whole
        report) is asked about first; with «no» it goes back into the box, nothing written."""
        index = self.index
        before = self.app.draft.text  # type: ignore[attr-defined]
        self._measure_answer(answer, index, before, self._answered_text(answer, index, before))

    def _write(self, answer: str, *, long: bool = False) -> None:
        draft = self.app.draft  # type: ignore[attr-defined]
        step = self.steps[self.index]
        key = self.key(self.index)
        body = self._body(step.section)
        again = key in answered_keys(body)
        shaped = shape_answer(answer, draft.language.value, step.question)
        # Each line of the answer on its own line, as typed (a budget written line by line).
        self.say("\\\n".join(escape(line) for line in answer.splitlines()), "msg-user")
        before = draft.text
        draft.set_section(step.section, set_answer(body, key, shaped.text))
        draft.remember("answer", before)  # Ctrl+Z here or in the editor puts the text back
        self._answers_written.append((self.index, answer, draft.text))
        if again:
            self.say_tr("tui.interview.replaced", "msg-note")
        if shaped.note and left_open(shaped.text):
            # No praise for «veit ikkje»: the question stays open and the interview comes back to it.
            self.say_tr("tui.interview.left_open", "msg-coach")
            following = next((i for i in [self.next_open(self.index)] if i is not None and i != self.index), None)
            self.ask(len(self.steps) if following is None else following)
            return
        if shaped.note:
            self.say_tr("tui.interview.kept_as_note", "msg-note")
        words, limit = self._answer_words(answer), self._page_limit()
        total = self._sketch_pages(draft.text)  # measured just before: found in the core's cache
        if long:
            # No praise for a paste longer than the sketch: say what it did to the page count,
            # and stay on the question so a shorter answer replaces it.
            self.say_tr("tui.interview.too_long_written", "msg-coach", words=lambda lang: _count(words, lang), pages=lambda lang: _pages(total, lang), limit=limit)
            return
        if total > limit:
            self.say_tr("tui.interview.over_pages", "msg-note", pages=lambda lang: _pages(total, lang), limit=limit)
        self._offer_found(answer, step.section, key)
        self.reply(step, answer)

    def reply(self, step: Step, answer: str) -> None:
        from ...coach.base import CoachRequest

        request = CoachRequest(
            kind="interview",
            sketch_text=self.app.draft.text,  # type: ignore[attr-defined]
            question=answer,
            section=step.section,
            lang=self.lang,
        )
        self._last_request = request
        self._reply_target = self.say("", "msg-coach")
        self._can_retry = False
        self._advance = True
        self._stream_reply(request, self._reply_target)

    @work(exclusive=True, group=REPLY_GROUP, exit_on_error=False)
    async def _stream_reply(self, request, target: Markdown, coach=None) -> None:
        await stream_into(target, (coach or self.app.coach).astream(request))  # type: ignore[attr-defined]

    @on(Worker.StateChanged)
    def _reply_state(self, event: Worker.StateChanged) -> None:
        """The one place a coach reply's end is handled: done, stopped, or failed."""
        if not self._is_reply(event.worker):
            return
        state = event.state
        if state == WorkerState.SUCCESS:
            if self._last_request is not None and self._reply_target is not None:
                from ..advising import log_coach

                log_coach(self.app, self._last_request.question, self._reply_target.source)  # into an open coaching session
            if self._advance:
                self._after_reply()
            self._advance = False  # a retry of this reply (Ctrl+R) shows it where the interview is
        elif state == WorkerState.CANCELLED:
            if not self._moving:
                self.say_tr("tui.interview.stopped", "msg-note")
                self._can_retry = True
            self._moving = False
        elif state == WorkerState.ERROR:
            if self._reply_target is not None and not self._reply_target.source.strip():
                self._reply_target.remove()
            if self._builtin_answers(event.worker.error):
                return
            message, retryable, partial = reply_failure(event.worker.error, self.lang)
            self._can_retry = retryable
            key = "tui.interview.failed_retry" if retryable else "tui.interview.failed"
            text = self.tr(key, reason=message)
            if partial:
                text += "\n\n" + self.tr("tui.interview.partial")
            self.say(text, "msg-error")

    def _builtin_answers(self, error: BaseException | None) -> bool:
        """The model could not be reached (nothing came from it): the answer is written, so the
        built-in coach reacts to it and the interview moves on, as without a model. The first time
        one line says so; Ctrl+R asks the model again about the last answer. False when the
        failure is another (a reply cut off, a refusal): it is shown as before."""
        if not self._advance or getattr(error, "code", "") != "no-server" or getattr(error, "partial", ""):
            return False
        if self._last_request is None or getattr(self.app.coach, "offline", False):  # type: ignore[attr-defined]
            return False
        if self._reply_target is not None and self._reply_target.source.strip():
            return False
        self._can_retry = True
        if not self._told_unreachable:
            self._told_unreachable = True
            message, _, _ = reply_failure(error, self.lang)
            self.say(self.tr("tui.interview.unreachable", reason=escape(message)), "msg-error")
        if self._builtin is None:
            from ...coach.offline import OfflineCoach

            rubric = getattr(getattr(self.app.coach, "settings", None), "rubric", None)  # type: ignore[attr-defined]
            self._builtin = OfflineCoach(lang=self.lang, rubric=rubric)
        self._reply_target = self.say("", "msg-coach")  # below the line above (the empty one is gone)
        self._stream_reply(self._last_request, self._reply_target, self._builtin)
        return True

    def _after_reply(self) -> None:
        """Say when a section is answered (with a model: offer its draft), then ask the next open question."""
        step = self.steps[self.index]
        following = self.next_open(self.index)
        section_done = not any(self.is_open(i) for i, s in enumerate(self.steps) if s.section == step.section)
        if section_done and not getattr(self.app.coach, "offline", False):  # type: ignore[attr-defined]
            self.say_tr("tui.interview.section_done_model", "msg-note", section=lambda lang: _title(step.section, lang))
        if following is None:
            self.ask(len(self.steps))
        else:
            self.ask(following)

    def action_draft(self) -> None:
        """With a model: the coach drafts the current section from its answers, shown as changes to accept."""
        if not self.steps:
            return
        coach = self.app.coach  # type: ignore[attr-defined]
        if getattr(coach, "offline", False) and not getattr(coach, "rewrites", False):
            self.say_tr("tui.interview.draft_needs_model", "msg-note")
            return
        section = self.steps[self.index].section
        self._cancel_reply()
        screen = self.app.make_screen("coach")  # type: ignore[attr-defined]
        screen.pending_draft = (section, self.tr("tui.interview.draft_instruction"))
        self.app.switch_screen(screen)

    def action_retry(self) -> None:
        if self._last_request is None or not self._can_retry:
            self.notify(self.tr("tui.interview.nothing_to_retry"))
            return
        request = self._last_request.model_copy(update={"sketch_text": self.app.draft.text})  # type: ignore[attr-defined]
        # After the built-in coach answered and the interview moved on, the model's reply comes
        # where the interview is now, and moves nothing; after a stop or a failure it moves on.
        self._reply_target = self.say("", "msg-coach")
        self._can_retry = False
        self._stream_reply(request, self._reply_target)

    # ------------------------------------------------------------------ moving around

    def _cancel_reply(self) -> None:
        if any(w.group == REPLY_GROUP and w.is_running for w in self.workers):
            self._moving = True
            self.workers.cancel_group(self, REPLY_GROUP)

    def action_skip(self) -> None:
        """On to the next question, past those a form has answered (F4, F5, the applicant)."""
        self._cancel_reply()
        following = range(self.index + 1, len(self.steps))
        self.ask(next((i for i in following if not self.answered_by_form(i)), len(self.steps)))

    def action_back(self) -> None:
        self._cancel_reply()
        self.ask(self.index - 1)

    def action_sections(self) -> None:
        options = self.query_one("#section-list", OptionList)
        if self.steps:  # the arrows move from the section being asked, not from the top
            current = self.steps[self.index].section
            at = next((i for i in range(options.option_count) if options.get_option_at_index(i).id == current), None)
            if at is not None:
                options.highlighted = at
        options.focus()

    def jump_to(self, section_id: str) -> None:
        """The section's first open question; its first question when all are answered."""
        in_section = [i for i, s in enumerate(self.steps) if s.section == section_id]
        index = next((i for i in in_section if self.is_open(i)), in_section[0] if in_section else None)
        if index is not None:
            self._cancel_reply()
            self.ask(index)
            self.query_one("#answer", AnswerBox).focus()

    @on(OptionList.OptionSelected, "#section-list")
    def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.jump_to(event.option.id)


def _title(section: str, lang: str) -> str:
    s = spec(section)
    return s.title.get(lang) if s else section
