"""The coach: a chat about the draft, and actions on a section or the whole sketch.

Replies stream into the chat in an async worker (Esc stops, Ctrl+R retries). An *improve*
reply from a language model becomes hunks the user accepts or rejects; the draft changes only
when the accepted ones are applied, through the draft like every other edit (and so is saved
by the app's autosaver). *Assess* shows the coach's judgement beside the checker's status.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Select, Static
from textual.worker import Worker, WorkerState

from ...core.sketch.sections import spec
from ..keys import UiLanguage
from ..messages import DraftChanged, LiveUpdated
from ..widgets.chat_log import ChatLog
from ..widgets.footer import CompactFooter
from ..widgets.hunks import HunkView
from ..widgets.nav_bar import NavBar
from ..widgets.reply_stream import (
    REPLY_GROUP,
    StreamingReplies,
    reply_failure,
    stream_into,
)
from ..widgets.safe_markdown import SafeMarkdown
from .coach_assess import AssessmentView

if TYPE_CHECKING:
    from ...coach.base import Assessment, CoachRequest
    from ...coach.diff import SectionRewrite

ACTIONS = ("improve", "assess", "fit", "budget", "translate")
KIND = {"improve": "improve", "fit": "fit", "budget": "budget-narrative", "translate": "translate"}


class CoachMessage(SafeMarkdown):
    """One message in the coach's chat; the role (a CSS class) decides its look."""


class CoachCommands(Provider):
    """The coach's actions in the command palette while the coach screen is shown."""

    def _commands(self) -> list[tuple[str, str, Any]]:
        screen = self.screen
        if not isinstance(screen, CoachScreen):
            return []
        return [(screen.tr(f"tuicoach.key.{name}"), screen.tr(f"tuicoach.palette.{name}"), partial(screen.run_action_named, name)) for name in ACTIONS]

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = max(matcher.match(title), matcher.match(help_text))
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


class CoachScreen(StreamingReplies, UiLanguage, AssessmentView, Screen):
    """Sections and actions on the left; the chat, proposals and assessments on the right."""

    screen_name = "coach"
    CSS_PATH = "coach.tcss"
    COMMANDS: ClassVar[set] = {CoachCommands}
    BINDINGS = [
        Binding("ctrl+t", "changes", "tuicoach.key.changes", id="coach.changes"),  # first: the footer has room for it at 80 columns
        Binding("f7", "improve", "tuicoach.key.improve", id="coach.improve"),
        Binding("f8", "assess", "tuicoach.key.assess", id="coach.assess"),
        Binding("f9", "fit", "tuicoach.key.fit", id="coach.fit"),
        Binding("ctrl+g", "choose_section", "tuicoach.key.section", id="coach.section", show=False),
        Binding("escape", "stop", "tuicoach.key.stop", id="coach.stop"),
        Binding("ctrl+r", "retry", "tuicoach.key.retry", id="coach.retry"),
    ]
    # The cursor starts in the question box, set as the screen is made: keys typed right after
    # F12 (queued while the coach was being made) reach it, never a list or a button.
    AUTO_FOCUS = "#coach-question"

    def __init__(self) -> None:
        super().__init__()
        self._last: tuple[str, CoachRequest] | None = None  # (action, request) of the last reply
        self._target: CoachMessage | None = None
        self._can_retry = False
        self._stopping = False
        self.rewrite: SectionRewrite | None = None
        self.assessment: Assessment | None = None
        self._review: Vertical | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.screen_name)
        with Horizontal(id="coach-body"):
            with Vertical(id="coach-side"):
                yield Static(id="section-title", classes="pane-title")
                options = self._section_options()
                yield Select(options, id="coach-section", allow_blank=not options, compact=True, value=self._default_section(options))
                yield Static(id="actions-title", classes="pane-title")
                for name in ACTIONS:
                    yield Button("", id=f"act-{name}", compact=True, classes="action")
            with Vertical(id="coach-pane"):
                yield Static(id="coach-header")
                yield ChatLog(id="coach-chat")
                yield Input(id="coach-question", select_on_focus=False)  # a key that moved the cursor here stays typed
        yield CompactFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.relabel()
        self.say(self.tr("tuicoach.intro"), "msg-coach")
        box = self.query_one("#coach-question", Input)
        unsent, self.app.draft.unsent_question = self.app.draft.unsent_question, None  # type: ignore[attr-defined]
        if unsent:  # typed and not sent before another screen was shown: back as it was left
            box.value = unsent
            box.cursor_position = len(unsent)
        box.focus()
        if self.pending_draft is not None:
            section, instruction = self.pending_draft
            self.pending_draft = None
            self.draft_section(section, instruction)

    pending_draft: tuple[str, str] | None = None  # (section, instruction) from the interview's Ctrl+D

    def commit(self) -> None:
        """Leaving the screen (or saving, or quitting): a question typed and not sent is kept with
        the draft, for the next coach screen and for the question before quitting."""
        text = self.query_one("#coach-question", Input).value
        self.app.draft.unsent_question = text if text.strip() else None  # type: ignore[attr-defined]

    def draft_section(self, section: str, instruction: str) -> None:
        """Improve one section by an instruction (the interview's «draft from the answers»):
        the reply is shown as changes to accept one by one."""
        from ...coach.base import CoachRequest

        choice = self.query_one("#coach-section", Select)
        if section in [key for _, key in self._section_options()]:
            with choice.prevent(Select.Changed):
                choice.value = section
        self.say(self.tr("tuicoach.ask.improve", section=self._section_title(section)), "msg-user")
        request = CoachRequest(kind="improve", sketch_text=self.app.draft.text, question=instruction, section=section, lang=self.lang)  # type: ignore[attr-defined]
        self._start("improve", request=request)

    def relabel(self) -> None:
        self.query_one(NavBar).relabel()
        self.query_one("#section-title", Static).update(self.tr("tuicoach.section"))
        self.query_one("#actions-title", Static).update(self.tr("tuicoach.actions"))
        keys = {"improve": "F7", "assess": "F8", "fit": "F9"}
        for name in ACTIONS:
            label = self.tr(f"tuicoach.key.{name}")
            self.query_one(f"#act-{name}", Button).label = f"{label} ({keys[name]})" if name in keys else label
        self.query_one("#coach-question", Input).placeholder = self.tr("tuicoach.placeholder")
        self._show_focus()
        self._refresh_sections()
        self.refresh_header()

    def _section_options(self) -> list[tuple[str, str]]:
        """The sketch's sections with a known id, titled in the UI language."""
        sketch = self.app.draft.sketch  # type: ignore[attr-defined]
        options: list[tuple[str, str]] = []
        for section in sketch.sections:
            if section.key and not any(key == section.key for _, key in options):
                s = spec(section.key)
                options.append((s.title.get(self.lang) if s else section.title, section.key))
        return options

    @staticmethod
    def _default_section(options: list[tuple[str, str]]) -> Any:
        keys = [key for _, key in options]
        return ("need" if "need" in keys else keys[0]) if keys else Select.BLANK

    def _refresh_sections(self) -> None:
        choice = self.query_one("#coach-section", Select)
        options = self._section_options()
        if not options:
            return
        current = choice.value if isinstance(choice.value, str) else None
        if [label for label, _ in options] == [str(label) for label, _ in getattr(choice, "_options", [])]:
            return
        with choice.prevent(Select.Changed):
            choice.set_options(options)
            keys = [key for _, key in options]
            choice.value = current if current in keys else self._default_section(options)

    @property
    def section(self) -> str | None:
        value = self.query_one("#coach-section", Select).value
        return value if isinstance(value, str) else None

    def _section_title(self, section: str | None) -> str:
        s = spec(section) if section else None
        return s.title.get(self.lang) if s else (section or "")

    def refresh_header(self) -> None:
        """The coach's name, whether it is offline, and the session's tokens and cost."""
        coach = self.app.coach  # type: ignore[attr-defined]
        offline = bool(getattr(coach, "offline", False))
        mode = self.tr("tuicoach.offline") if offline else self.tr("tuicoach.online")
        # The offline coach's name in the UI language (it was named once, in the language it was made in).
        name = self.tr("coach.offline.name") if getattr(coach, "builtin", False) else str(getattr(coach, "name", ""))
        parts = [self.tr("tuicoach.header", name=name, mode=mode)]
        unused = list(getattr(coach, "unused_settings", []) or []) if offline else []
        if unused:  # e.g. a base_url left without a model: said, and never used
            parts.append(self.tr("coach.offline.unused", keys=", ".join(unused)))
        usage = getattr(coach, "usage", None)
        if usage is not None and getattr(usage, "messages", None):
            key = "tuicoach.usage_approx" if usage.approximate else "tuicoach.usage"
            parts.append(self.tr(key, tokens_in=usage.input_tokens, tokens_out=usage.output_tokens))
            if usage.cost is not None:
                cost = f"{usage.cost:.4f}"
                currency = usage.last.currency if usage.last else "USD"
                parts.append(self.tr("tuicoach.cost", cost=cost if self.lang == "en" else cost.replace(".", ","), currency=currency))
        self.query_one("#coach-header", Static).update(" · ".join(parts))

    @on(DraftChanged)
    def _draft_changed(self) -> None:
        self._refresh_sections()

    @on(LiveUpdated)
    def _live_updated(self) -> None:
        pass  # the assessment table reads app.live when it is drawn

    # ------------------------------------------------------------------ chat

    def say(self, text: str, role: str) -> CoachMessage:
        message = CoachMessage(text, classes=role)
        chat = self.query_one("#coach-chat", ChatLog)
        chat.mount(message)
        if role == "msg-user":  # the reply to come is read from its start, under what was asked
            chat.hold(message)
        return message

    @on(Input.Submitted, "#coach-question")
    def _asked(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        if self._replying:
            self.notify(self.tr("tuicoach.busy"), severity="warning")
            return
        event.input.value = ""
        self.say(question, "msg-user")
        self._start("ask", question=question)

    def _request(self, action: str, question: str = "") -> CoachRequest:
        from ...coach.base import CoachRequest

        kind = "ask" if action == "ask" else ("assess" if action == "assess" else KIND[action])
        section = self.section if action in ("improve", "translate") else None
        return CoachRequest(kind=kind, sketch_text=self.app.draft.text, question=question, section=section, lang=self.lang)  # type: ignore[attr-defined]

    def _start(self, action: str, question: str = "", request: CoachRequest | None = None) -> None:
        request = request or self._request(action, question)
        self._last = (action, request)
        self._can_retry = False
        self._stopping = False
        self._target = self.say("", "msg-coach")
        self._run(action, request, self._target)

    @work(exclusive=True, group=REPLY_GROUP, exit_on_error=False)
    async def _run(self, action: str, request: CoachRequest, target: CoachMessage) -> None:
        coach = self.app.coach  # type: ignore[attr-defined]
        if action == "assess":
            self.assessment = await coach.assess(request.sketch_text, request.lang)
            return
        await stream_into(target, coach.astream(request))

    @on(Worker.StateChanged)
    def _reply_state(self, event: Worker.StateChanged) -> None:
        """The one place a reply's end is handled: done, stopped, or failed."""
        if self._last is None or not self._is_reply(event.worker):
            return
        action, request = self._last
        target = self._target
        state = event.state
        if state == WorkerState.SUCCESS:
            self.refresh_header()
            if action == "assess" and self.assessment is not None and target is not None:
                target.update(self.assessment_markdown(self.assessment))
            elif action == "improve" and target is not None:
                self._propose(request, target.source)
        elif state == WorkerState.CANCELLED:
            self.refresh_header()
            if target is not None and target.source.strip():
                target.update(target.source.rstrip() + "\n\n" + self.tr("tuicoach.partial"))
            elif target is not None:
                target.remove()
            self.say(self.tr("tuicoach.stopped"), "msg-note")
            self._can_retry = True
        elif state == WorkerState.ERROR:
            self.refresh_header()
            message, retryable, carried = reply_failure(event.worker.error, self.lang)
            partial_text = (target.source if target is not None else "") or carried
            if target is not None:
                if partial_text.strip():
                    target.update(partial_text.rstrip() + "\n\n" + self.tr("tuicoach.partial"))
                    target.add_class("msg-partial")
                else:
                    target.remove()
            self._can_retry = retryable
            self.say(self.tr("tuicoach.failed_retry" if retryable else "tuicoach.failed", reason=message), "msg-error")

    def action_retry(self) -> None:
        if self._last is None or not self._can_retry:
            self.notify(self.tr("tuicoach.nothing_to_retry"))
            return
        action, request = self._last
        self._start(action, request=request.model_copy(update={"sketch_text": self.app.draft.text}))  # type: ignore[attr-defined]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "changes":  # shown in the footer only while a proposal waits, outside it
            return bool(self.hunk_views) and not isinstance(self.focused, HunkView)
        return super().check_action(action, parameters)

    def action_changes(self) -> None:
        """Back to the proposal's changes, where a and r accept and reject."""
        views = self.hunk_views
        if views:
            pending = [v for v in views if v.choice is None]
            (pending or views)[0].focus()

    def on_key(self, event: events.Key) -> None:
        """Letters typed anywhere on the screen go to the question box. Only a focused change
        of a proposal keeps its own keys (a, r, j, k); a focused button or list keeps Space."""
        if not event.is_printable or event.character is None:
            return
        focused = self.focused
        try:
            box = self.query_one("#coach-question", Input)
        except Exception:  # noqa: BLE001 - not composed yet
            return
        if focused is box or isinstance(focused, Input):
            return
        if isinstance(focused, HunkView) and event.key in HunkView.KEYS:
            return
        if event.character == " " and focused is not None and not isinstance(focused, HunkView):
            return
        event.stop()
        event.prevent_default()
        box.focus()
        box.insert_text_at_cursor(event.character)

    @on(events.DescendantFocus)
    @on(events.DescendantBlur)
    def _mark_focus(self) -> None:
        """A mark that shows in any terminal, colours or not: «▶» before the question box's
        title while it has the cursor (a change shows its own); the footer's keys follow."""
        self.call_after_refresh(self._show_focus)

    def _show_focus(self) -> None:
        if not self.is_attached:
            return
        box = self.query_one("#coach-question", Input)
        title = self.tr("tuicoach.question")
        box.border_title = f"▶ {title}" if box.has_focus else title
        self.refresh_bindings()

    def action_choose_section(self) -> None:
        self.query_one("#coach-section", Select).focus()

    # ------------------------------------------------------------------ actions

    def run_action_named(self, name: str) -> None:
        """One of ACTIONS, from a button, a key or the command palette."""
        if self._replying:
            self.notify(self.tr("tuicoach.busy"), severity="warning")
            return
        if name == "improve" or name == "translate":
            if self.section is None:
                return
            self.say(self.tr(f"tuicoach.ask.{name}", section=self._section_title(self.section)), "msg-user")
        else:
            self.say(self.tr(f"tuicoach.ask.{name}"), "msg-user")
        self._start(name)

    def action_improve(self) -> None:
        self.run_action_named("improve")

    def action_assess(self) -> None:
        self.run_action_named("assess")

    def action_fit(self) -> None:
        self.run_action_named("fit")

    @on(Button.Pressed, ".action")
    def _action_button(self, event: Button.Pressed) -> None:
        self.run_action_named((event.button.id or "").removeprefix("act-"))

    # ------------------------------------------------------------------ rewrites

    def _propose(self, request: CoachRequest, reply: str) -> None:
        """An improve reply from a model becomes hunks; the offline coach's is advice only."""
        section = request.section or "need"
        title = self._section_title(section)
        if getattr(self.app.coach, "offline", False) and not getattr(self.app.coach, "rewrites", False):  # type: ignore[attr-defined]
            self.say(self.tr("tuicoach.rewrite.offline"), "msg-note")
            return
        from ...coach.diff import propose_rewrite

        rewrite = propose_rewrite(request.sketch_text, section, reply)
        if self._target is not None:
            self._target.remove()  # the raw reply is replaced by the hunks
        self._clear_review()
        if not rewrite.hunks:
            self.say(self.tr("tuicoach.rewrite.none", section=title), "msg-note")
            return
        self.rewrite = rewrite
        review = Vertical(classes="review")
        self._review = review
        chat = self.query_one("#coach-chat")
        chat.mount(review)
        review.mount(CoachMessage(self.tr("tuicoach.rewrite.head", section=title, n=len(rewrite.hunks)), classes="msg-coach"))
        total = len(rewrite.hunks)
        review.mount_all(HunkView(h, total, self.lang, id=f"hunk-{h.index}") for h in rewrite.hunks)
        with_buttons = Horizontal(
            Button(self.tr("tuicoach.key.apply"), id="apply", variant="primary", compact=True),
            Button(self.tr("tuicoach.key.discard"), id="discard", compact=True),
            classes="review-buttons",
        )
        review.mount(with_buttons)
        self.call_after_refresh(lambda: review.query(HunkView).first().focus())

    def _clear_review(self) -> None:
        if self._review is not None:
            self._review.remove()
        self._review = None
        self.rewrite = None

    @property
    def hunk_views(self) -> list[HunkView]:
        return list(self._review.query(HunkView)) if self._review is not None else []

    @on(Button.Pressed, "#apply")
    def _apply_pressed(self) -> None:
        self.apply_rewrite()

    @on(Button.Pressed, "#discard")
    def _discard_pressed(self) -> None:
        self._clear_review()
        self.say(self.tr("tuicoach.rewrite.discarded"), "msg-note")

    def apply_rewrite(self) -> bool:
        """Write the accepted hunks into the section, through the draft (and so the autosaver)."""
        rewrite = self.rewrite
        if rewrite is None:
            return False
        from ...coach.diff import apply_hunks

        accepted = [v.hunk.index for v in self.hunk_views if v.choice is True]
        title = self._section_title(rewrite.section)
        if not accepted:
            self.say(self.tr("tuicoach.rewrite.nothing_accepted"), "msg-note")
            return False
        draft = self.app.draft  # type: ignore[attr-defined]
        current = draft.sketch.section(rewrite.section)
        if (current.body.strip("\n") if current else "") != rewrite.old_body:
            self._clear_review()
            self.say(self.tr("tuicoach.rewrite.stale"), "msg-error")
            return False
        body = apply_hunks(rewrite.old_body, rewrite.hunks, accepted)
        draft.set_section(rewrite.section, body)
        self._clear_review()
        self.say(self.tr("tuicoach.rewrite.applied", n=len(accepted), section=title), "msg-note")
        self.query_one("#coach-question", Input).focus()
        return True

    # ------------------------------------------------------------------ assessment
