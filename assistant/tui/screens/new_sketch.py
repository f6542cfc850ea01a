"""A new sketch: title, applicant, org number (checked as it is typed), kind, language, rubric, file."""

from __future__ import annotations

import re
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Input, Label, Select, Static

from ...core.files.storage import SkisseFileError
from ...core.sketch.model import Language, Metadata, Organisation, OrgKind
from ...core.sketch.orgs import infer_kind, normalise_orgnr, orgnr_problem
from ...core.sketch.rubric import DEFAULT_RUBRIC
from ..draft import Draft
from ..keys import UiLanguage
from ..safe import shown
from ..widgets.footer import CompactFooter
from ..widgets.orgnr_input import OrgnrInput

APPLICANT_KINDS = [OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE, OrgKind.STATLIG, OrgKind.HELSEFORETAK, OrgKind.OFFENTLIG]


TITLE_MAX = 150  # characters: a title of two lines at most on the PDF's first page


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
    ]

    def __init__(self) -> None:
        super().__init__()
        self._suggested_path = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="new-form"):
            yield Static(id="new-heading", classes="pane-title")
            yield Label(id="l-title")
            yield Input(id="title", compact=True)
            yield Label(id="l-applicant")
            yield Input(id="applicant", compact=True)
            yield Label(id="l-orgnr")
            yield OrgnrInput(id="orgnr", compact=True)
            yield Static(id="orgnr-status", classes="hint")
            with Horizontal(classes="row"):
                with Vertical(classes="cell"):
                    yield Label(id="l-kind")
                    yield Select(self._kind_options(), id="kind", allow_blank=False, compact=True)
                with Vertical(classes="cell"):
                    yield Label(id="l-language")
                    yield Select(self._language_options(), id="language", allow_blank=False, compact=True)
                with Vertical(classes="cell wide"):
                    yield Label(id="l-rubric")
                    yield Select(self._rubric_options(), id="rubric", allow_blank=False, compact=True)
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
        lang = self.lang
        self.query_one("#language", Select).value = lang if lang in ("nb", "nn", "en") else "nb"
        self.query_one("#kind", Select).value = OrgKind.KOMMUNE.value
        rubric = self.query_one("#rubric", Select)
        if DEFAULT_RUBRIC in [o[1] for o in self._rubric_options()]:
            rubric.value = DEFAULT_RUBRIC
        self._suggested_path = str(Path.cwd() / "skisse.md")
        self.query_one("#path", Input).value = self._suggested_path
        self.query_one("#title", Input).focus()

    def relabel(self) -> None:
        for key in ("title", "applicant", "orgnr", "kind", "language", "rubric", "path"):
            self.query_one(f"#l-{key}", Label).update(self.tr(f"tui.new.{key}"))
        self.query_one("#new-heading", Static).update(self.tr("tui.new.heading"))
        self.query_one("#title", Input).placeholder = self.tr("tui.new.title_placeholder")
        self.query_one("#applicant", Input).placeholder = self.tr("tui.new.applicant_placeholder")
        self.query_one("#orgnr", Input).placeholder = "964 338 531"
        self.query_one("#create", Button).label = self.tr("tui.new.create")
        self.query_one("#cancel", Button).label = self.tr("tui.new.cancel")
        for sid, options in (("#kind", self._kind_options()), ("#language", self._language_options()), ("#rubric", self._rubric_options())):
            select = self.query_one(sid, Select)
            value = select.value
            select.set_options(options)
            ids = [o[1] for o in options]
            if value in ids:
                select.value = value
            elif sid == "#rubric" and DEFAULT_RUBRIC in ids:
                select.value = DEFAULT_RUBRIC
        self._show_orgnr()

    def _kind_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"tui.kind.{k.value}"), k.value) for k in APPLICANT_KINDS]

    def _language_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"tui.language.{code}"), code) for code in ("nb", "nn", "en")]

    def _rubric_options(self) -> list[tuple[str, str]]:
        rubrics = self.app.services.list_rubrics()  # type: ignore[attr-defined]
        return [(r.title.get(self.lang), r.id) for r in rubrics] or [(DEFAULT_RUBRIC, DEFAULT_RUBRIC)]

    # ------------------------------------------------------------------ live validation

    @on(Input.Changed, "#orgnr")
    def _show_orgnr(self) -> None:
        field = self.query_one("#orgnr", OrgnrInput)
        status = self.query_one("#orgnr-status", Static)
        problem = field.problem
        if problem is None:
            status.update(self.tr("tui.orgnr.ok") if field.value.strip() else self.tr("tui.orgnr.optional"))
            status.set_class(False, "error")
        else:
            status.update(self.tr(f"tui.orgnr.{problem}"))
            status.set_class(True, "error")

    @on(Input.Changed, "#applicant")
    def _guess_kind(self, event: Input.Changed) -> None:
        kind = infer_kind(event.value)
        if kind in APPLICANT_KINDS:
            self.query_one("#kind", Select).value = kind.value

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

    # ------------------------------------------------------------------ create

    @on(Input.Submitted)
    @on(Button.Pressed, "#create")
    def action_create(self) -> None:
        error = self.query_one("#form-error", Static)
        title = self.query_one("#title", Input).value.strip()
        applicant = self.query_one("#applicant", Input).value.strip()
        orgnr_field = self.query_one("#orgnr", OrgnrInput)
        path = Path(self.query_one("#path", Input).value.strip()).expanduser()
        problems = []
        if not title:
            problems.append(self.tr("tui.new.need_title"))
        elif len(title) > TITLE_MAX:
            problems.append(self.tr("tui.new.title_too_long", n=len(title), max=TITLE_MAX))
        if not applicant:
            problems.append(self.tr("tui.new.need_applicant"))
        if orgnr_field.problem is not None:
            problems.append(self.tr(f"tui.orgnr.{orgnr_field.problem}"))
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
        meta = Metadata(
            title=title,
            applicant=Organisation(
                name=applicant,
                orgnr=normalise_orgnr(orgnr_field.value),
                kind=OrgKind(str(self.query_one("#kind", Select).value)),
            ),
            language=Language(str(self.query_one("#language", Select).value)),
            rubric=str(self.query_one("#rubric", Select).value),
        )
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
