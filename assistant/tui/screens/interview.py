"""The guided interview: the rubric's questions, section by section, in a chat."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, Markdown, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState

from ...core.sections import spec
from ..interview_plan import Step, interview_steps
from ..keys import UiLanguage
from ..messages import DraftChanged
from ..widgets.footer import CompactFooter
from ..widgets.nav_bar import NavBar
from ..widgets.reply_stream import (
    REPLY_GROUP,
    StreamingReplies,
    reply_failure,
    stream_into,
)
from ..widgets.safe_markdown import SafeMarkdown


class ChatMessage(SafeMarkdown):
    """One message in the chat; the role decides its look."""


class InterviewScreen(StreamingReplies, UiLanguage, Screen):
    """Questions on the right, sections on the left; each answer lands in the draft at once."""

    screen_name = "interview"
    CSS_PATH = "interview.tcss"
    BINDINGS = [
        Binding("f7", "skip", "tui.key.skip", id="interview.skip"),
        Binding("f8", "back", "tui.key.back", id="interview.back"),
        Binding("ctrl+g", "sections", "tui.key.sections", id="interview.sections"),
        Binding("escape", "stop", "tui.key.stop", id="interview.stop"),
        Binding("ctrl+r", "retry", "tui.key.retry", id="interview.retry"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.steps: list[Step] = []
        self.index = 0
        self._last_request = None
        self._reply_target: Markdown | None = None
        self._can_retry = False
        self._moving = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.screen_name)
        with Horizontal(id="interview-body"):
            with Vertical(id="section-pane"):
                yield Static(id="sections-title", classes="pane-title")
                yield OptionList(id="section-list")
            with Vertical(id="chat-pane"):
                yield VerticalScroll(id="chat")
                yield Static(id="progress", classes="hint")
                yield Input(id="answer")
        yield CompactFooter()

    def on_mount(self) -> None:
        draft = self.app.draft  # type: ignore[attr-defined]
        self.steps = interview_steps(self.app.services.rubric_for(draft.sketch), self.lang)  # type: ignore[attr-defined]
        self.relabel()
        self.query_one("#chat").anchor()
        start = next((i for i, s in enumerate(self.steps) if not self._section_words(s.section)), 0)
        self.say(self.tr("tui.interview.intro", coach=self._coach_name()), "msg-coach")
        self.ask(start)
        self.query_one("#answer", Input).focus()

    def relabel(self) -> None:
        self.query_one(NavBar).relabel()
        self.query_one("#sections-title", Static).update(self.tr("tui.interview.sections"))
        self.query_one("#answer", Input).placeholder = self.tr("tui.interview.placeholder")
        self._refresh_sections()
        self._refresh_progress()

    def _coach_name(self) -> str:
        coach = self.app.coach  # type: ignore[attr-defined]
        return self.tr("tui.coach.offline") if getattr(coach, "offline", False) else str(getattr(coach, "name", ""))

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
            options.add_option(Option(f"{mark} {title} [dim]({self.tr('tui.words', n=words)})[/dim]", id=sid))
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

    def say(self, text: str, role: str) -> ChatMessage:
        message = ChatMessage(text, classes=role)
        self.query_one("#chat").mount(message)
        return message

    def ask(self, index: int) -> None:
        """Put question `index` to the user."""
        if not self.steps:
            return
        if index >= len(self.steps):
            self.index = len(self.steps) - 1
            self.say(self.tr("tui.interview.done"), "msg-coach")
            self._refresh_sections()
            return
        self.index = max(0, index)
        step = self.steps[self.index]
        previous = self.steps[self.index - 1].section if self.index > 0 else None
        lines = []
        if step.section != previous or index == 0:
            s = spec(step.section)
            if s is not None:
                lines.append(f"**{s.title.get(self.lang)}**")
                if not step.from_guide:
                    lines.append(f"_{s.guide.get(self.lang)}_")
        lines.append(step.question)
        self.say("\n\n".join(lines), "msg-question")
        self._refresh_sections()
        self._refresh_progress()

    @on(Input.Submitted, "#answer")
    def _answered(self, event: Input.Submitted) -> None:
        answer = event.value.strip()
        if not answer or not self.steps:
            return
        event.input.value = ""
        step = self.steps[self.index]
        self.say(answer, "msg-user")
        self.app.draft.append_to_section(step.section, answer)  # type: ignore[attr-defined]
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
        self._stream_reply(request, self._reply_target)

    @work(exclusive=True, group=REPLY_GROUP, exit_on_error=False)
    async def _stream_reply(self, request, target: Markdown) -> None:
        await stream_into(target, self.app.coach.astream(request))  # type: ignore[attr-defined]

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
            self.ask(self.index + 1)
        elif state == WorkerState.CANCELLED:
            if not self._moving:
                self.say(self.tr("tui.interview.stopped"), "msg-note")
                self._can_retry = True
            self._moving = False
        elif state == WorkerState.ERROR:
            if self._reply_target is not None and not self._reply_target.source.strip():
                self._reply_target.remove()
            message, retryable, partial = reply_failure(event.worker.error)
            self._can_retry = retryable
            key = "tui.interview.failed_retry" if retryable else "tui.interview.failed"
            text = self.tr(key, reason=message)
            if partial:
                text += "\n\n" + self.tr("tui.interview.partial")
            self.say(text, "msg-error")

    def action_retry(self) -> None:
        if self._last_request is None or not self._can_retry:
            self.notify(self.tr("tui.interview.nothing_to_retry"))
            return
        request = self._last_request.model_copy(update={"sketch_text": self.app.draft.text})  # type: ignore[attr-defined]
        self._reply_target = self.say("", "msg-coach")
        self._can_retry = False
        self._stream_reply(request, self._reply_target)

    # ------------------------------------------------------------------ moving around

    def _cancel_reply(self) -> None:
        if any(w.group == REPLY_GROUP and w.is_running for w in self.workers):
            self._moving = True
            self.workers.cancel_group(self, REPLY_GROUP)

    def action_skip(self) -> None:
        self._cancel_reply()
        self.ask(self.index + 1)

    def action_back(self) -> None:
        self._cancel_reply()
        self.ask(self.index - 1)

    def action_sections(self) -> None:
        self.query_one("#section-list", OptionList).focus()

    def jump_to(self, section_id: str) -> None:
        index = next((i for i, s in enumerate(self.steps) if s.section == section_id), None)
        if index is not None:
            self._cancel_reply()
            self.ask(index)
            self.query_one("#answer", Input).focus()

    @on(OptionList.OptionSelected, "#section-list")
    def _section_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.jump_to(event.option.id)
