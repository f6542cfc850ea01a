"""A new sketch: title, applicant, org number (checked as it is typed), kind, language, rubric, file."""

from __future__ import annotations

import re
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Label, Static

from ...core.files.storage import SkisseFileError
from ...core.sketch.model import Metadata, OrgKind
from ...core.sketch.orgs import orgnr_problem
from ...core.sketch.rubric import DEFAULT_RUBRIC
from ..draft import Draft
from ..keys import FORM_FOCUS_KEYS, UiLanguage
from ..safe import shown
from ..widgets.footer import CompactFooter
from ..widgets.orgnr_input import OrgnrInput
from ..widgets.sketch_fields import LANGUAGES, TITLE_MAX, SketchFields


def slug(title: str) -> str:
    """A file name from a title: 'Trygg hjemme i Bodø' -> 'trygg-hjemme-i-bodø'."""
    text = re.sub(r"[^\wæøåÆØÅ-]+", "-", title.strip().casefold(), flags=re.UNICODE).strip("-")
    return text[:60] or "skisse"


class NewSketchScreen(UiLanguage, Screen):
    """The form for a new sketch; Enter in any field or the button creates it."""

    screen_name = "new"
    CSS_PATH = "new_sketch.tcss"
    BINDINGS = [
        Binding("escape", "cancel", "tui.key.cancel", id="new.cancel"),
        Binding("ctrl+n", "create", "tui.key.create", id="new.create"),
        *FORM_FOCUS_KEYS,
    ]

    def __init__(self) -> None:
        super().__init__()
        self._suggested_path = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="new-form"):
            yield Static(id="new-heading", classes="pane-title")
            lang = self.lang
            yield SketchFields(language=lang if lang in LANGUAGES else "nb", kind=OrgKind.KOMMUNE, rubric=DEFAULT_RUBRIC)
            yield Label(id="l-path")
            yield Input(id="path", compact=True)
            yield Static(id="form-error", classes="error")
        # Outside the scrolling form, so the buttons are on screen at 80×24 too.
        with Horizontal(id="new-buttons"):
            yield Button(id="create", variant="primary", compact=True)
            yield Button(id="cancel", compact=True)
        yield CompactFooter()

    def on_mount(self) -> None:
        self.relabel()
        self._suggested_path = str(Path.cwd() / "skisse.md")
        self.query_one("#path", Input).value = self._suggested_path
        self.query_one("#title", Input).focus()

    def relabel(self) -> None:
        self.query_one(SketchFields).relabel()
        self.query_one("#l-path", Label).update(self.tr("tui.new.path"))
        self.query_one("#new-heading", Static).update(self.tr("tui.new.heading"))
        self.query_one("#create", Button).label = self.tr("tui.new.create")
        self.query_one("#cancel", Button).label = self.tr("tui.new.cancel")

    @on(Input.Changed, "#title")
    def _title_length(self, event: Input.Changed) -> None:
        """Say at once when the title is longer than a title can be (it stays as typed)."""
        error = self.query_one("#form-error", Static)
        too_long = len(event.value.strip()) > TITLE_MAX
        if too_long:
            error.update(self.tr("tui.new.title_too_long", n=len(event.value.strip()), max=TITLE_MAX))
        elif self._title_warned:
            error.update("")
        self._title_warned = too_long

    _title_warned = False

    @on(Input.Changed, "#title")
    def _suggest_path(self, event: Input.Changed) -> None:
        path = self.query_one("#path", Input)
        if path.value == self._suggested_path:
            self._suggested_path = str(Path.cwd() / f"{slug(event.value)}.md")
            path.value = self._suggested_path

    @on(Input.Changed, "#orgnr")
    @on(Input.Changed, "#applicant")
    def _orgnr_owner(self) -> None:
        """Warn, as the number or the applicant is typed, when a valid number is registered to
        another body (a number copied from another municipality); the sketch can still be made."""
        from ...core.sketch.orgs import format_orgnr

        field = self.query_one("#orgnr", OrgnrInput)
        status = self.query_one("#orgnr-status", Static)
        name = self.query_one("#applicant", Input).value.strip()
        owner = field.owner_other_than(name)
        if owner is not None:
            status.update(self.tr("tui.orgnr.other_body", orgnr=format_orgnr(field.value), owner=owner, name=name))  # values escaped
        elif self._owner_warned and field.problem is None:
            status.update(self.tr("tui.orgnr.ok") if field.value.strip() else self.tr("tui.orgnr.optional"))
        status.set_class(owner is not None, "warning")
        self._owner_warned = owner is not None

    _owner_warned = False

    # ------------------------------------------------------------------ create

    @on(Input.Submitted)
    @on(Button.Pressed, "#create")
    def action_create(self) -> None:
        error = self.query_one("#form-error", Static)
        fields = self.query_one(SketchFields)
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        problems = fields.problems()
        from ...core.files.confine import is_inside, root

        if not is_inside(path):  # a served window: only in its folder (no folder made elsewhere)
            problems.append(self.tr("serve.outside", path=str(path), folder=str(root())))
        elif path.suffix.lower() != ".md":
            problems.append(self.tr("tui.new.need_md"))
        elif path.exists():
            problems.append(self.tr("tui.new.exists", path=str(path)))
        if problems:
            error.update(" ".join(problems))
            return
        meta = Metadata(**fields.values())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            draft = Draft.create(path, meta)
        except (OSError, SkisseFileError) as exc:
            error.update(shown(exc))
            return
        self.app.pop_screen()
        self.app.open_sketch(path, new=draft)  # type: ignore[attr-defined]

    def action_cancel(self) -> None:
        self.app.pop_screen()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.action_cancel()


__all__ = ["NewSketchScreen", "orgnr_problem", "slug"]
