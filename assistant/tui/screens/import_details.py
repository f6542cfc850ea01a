"""After a Word file is imported: the metadata the import found, and what it could not find.

The form of a new sketch, filled with what the Word file said (title, applicant, organisation
number, kind; the language as guessed from the text, the default rubric) with each field the
import could not fill marked, and the partners read from the text to confirm one by one. It
returns the completed `Metadata`, or None when the user keeps the sketch as imported.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Header, Input, Label, Select, Static

from ...core.sketch.model import Language, Metadata, Organisation, OrgKind, Partner
from ...core.sketch.orgs import format_orgnr, infer_kind, normalise_orgnr
from ...core.sketch.rubric import DEFAULT_RUBRIC
from ...core.sketch.safetext import visible
from ...i18n import t
from ..keys import UiLanguage
from ..widgets.footer import CompactFooter
from ..widgets.orgnr_input import OrgnrInput
from .new_sketch import APPLICANT_KINDS

FIELDS = ("title", "applicant", "orgnr", "kind", "language", "rubric")


def missing_fields(meta: Metadata) -> list[str]:
    """The fields of the form the import left empty: title, applicant, orgnr, kind."""
    missing = []
    if not (meta.title or "").strip():
        missing.append("title")
    applicant = meta.applicant
    if applicant is None or not applicant.name.strip():
        missing += ["applicant", "orgnr", "kind"]
    else:
        if not applicant.orgnr:
            missing.append("orgnr")
        if applicant.kind not in APPLICANT_KINDS:
            missing.append("kind")
    return missing


def needs_details(meta: Metadata) -> bool:
    """Whether the window should ask: something is missing, or partners were found to confirm."""
    return bool(missing_fields(meta) or meta.partners)


def partner_label(partner: Partner) -> Text:
    """A partner as the file named it, never read as markup."""
    label = visible(partner.name)
    if partner.orgnr:
        label += f" ({format_orgnr(partner.orgnr)})"
    return Text(label)


class ImportDetailsScreen(UiLanguage, Screen[Metadata | None]):
    """Fill in what the Word file did not say; Save writes it, Keep leaves the sketch as imported."""

    screen_name = "import-details"
    CSS_PATH = "import_details.tcss"
    BINDINGS = [
        Binding("escape", "keep", "tui.import.keep", id="import.keep"),
        Binding("ctrl+s", "save", "tui.import.save", id="import.save"),
    ]

    def __init__(self, found: Metadata, *, docx_name: str, target_name: str) -> None:
        super().__init__()
        self.found = found
        self.docx_name, self.target_name = docx_name, target_name
        self.missing = missing_fields(found)

    def compose(self) -> ComposeResult:
        applicant = self.found.applicant
        yield Header()
        with VerticalScroll(id="import-form"):
            yield Static(id="import-heading", classes="pane-title")
            yield Static(id="import-missing", classes="hint-block")
            yield Label(id="l-title")
            yield Input(self.found.title or "", id="title", compact=True)
            yield Label(id="l-applicant")
            yield Input(applicant.name if applicant else "", id="applicant", compact=True)
            yield Label(id="l-orgnr")
            orgnr = format_orgnr(applicant.orgnr) if applicant and applicant.orgnr else ""
            yield OrgnrInput(orgnr, id="orgnr", compact=True)
            yield Static(id="orgnr-status", classes="hint")
            with Horizontal(classes="row"):
                with Vertical(classes="cell"):
                    yield Label(id="l-kind")
                    yield Select(self._kind_options(), id="kind", allow_blank=True, compact=True)
                with Vertical(classes="cell"):
                    yield Label(id="l-language")
                    yield Select(self._language_options(), id="language", allow_blank=False, compact=True)
                with Vertical(classes="cell wide"):
                    yield Label(id="l-rubric")
                    yield Select(self._rubric_options(), id="rubric", allow_blank=False, compact=True)
            if self.found.partners:
                yield Label(id="l-partners")
                for i, partner in enumerate(self.found.partners):
                    yield Checkbox(partner_label(partner), value=True, id=f"partner-{i}", compact=True, classes="partner")
            yield Static(id="form-error", classes="error")
        # Outside the scrolling form, so the buttons are on screen at 80×24 too.
        with Horizontal(id="import-buttons"):
            yield Button(id="save", variant="primary", compact=True)
            yield Button(id="keep", compact=True)
        yield CompactFooter()

    def on_mount(self) -> None:
        applicant = self.found.applicant
        if applicant is not None and applicant.kind in APPLICANT_KINDS:
            self.query_one("#kind", Select).value = applicant.kind.value
        self.query_one("#language", Select).value = self.found.language.value
        rubric = self.query_one("#rubric", Select)
        ids = [o[1] for o in self._rubric_options()]
        wanted = self.found.rubric if self.found.rubric in ids else DEFAULT_RUBRIC
        if wanted in ids:
            rubric.value = wanted
        self.relabel()
        for key in FIELDS[:4]:
            self.query_one(f"#l-{key}", Label).set_class(key in self.missing, "missing")
        first = next((k for k in ("title", "applicant", "orgnr") if k in self.missing), "title")
        self.query_one(f"#{first}", Input).focus()

    def relabel(self) -> None:
        for key in FIELDS:
            label = t(f"tui.new.{key}", self.lang)  # our own text, passed as a value: escaped once
            if key in self.missing:
                text = self.tr("tui.import.missing_label", label=label)
            elif key == "language":
                text = self.tr("tui.import.guessed_label", label=label)
            else:
                text = self.tr(f"tui.new.{key}")
            self.query_one(f"#l-{key}", Label).update(text)
        self.query_one("#import-heading", Static).update(self.tr("tui.import.heading", docx=self.docx_name, target=self.target_name))
        if self.missing:
            names = ", ".join(t(f"tui.import.field.{key}", self.lang) for key in self.missing)
            self.query_one("#import-missing", Static).update(self.tr("tui.import.missing", fields=names))
        else:
            self.query_one("#import-missing", Static).update(self.tr("tui.import.nothing_missing"))
        if self.found.partners:
            self.query_one("#l-partners", Label).update(self.tr("tui.import.partners"))
        self.query_one("#title", Input).placeholder = self.tr("tui.new.title_placeholder")
        self.query_one("#applicant", Input).placeholder = self.tr("tui.new.applicant_placeholder")
        self.query_one("#orgnr", Input).placeholder = "964 338 531"
        for sid, options in (("#kind", self._kind_options()), ("#language", self._language_options()), ("#rubric", self._rubric_options())):
            select = self.query_one(sid, Select)
            value = select.value
            select.set_options(options)  # the options' names in the language now chosen
            if value in [o[1] for o in options]:
                select.value = value
        self.query_one("#kind", Select).prompt = self.tr("tui.import.choose_kind")
        self.query_one("#save", Button).label = self.tr("tui.import.save")
        self.query_one("#keep", Button).label = self.tr("tui.import.keep")
        self._show_orgnr()

    def _kind_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"tui.kind.{k.value}"), k.value) for k in APPLICANT_KINDS]

    def _language_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"tui.language.{code}"), code) for code in ("nb", "nn", "en")]

    def _rubric_options(self) -> list[tuple[str, str]]:
        rubrics = self.app.services.list_rubrics()  # type: ignore[attr-defined]
        return [(r.title.get(self.lang), r.id) for r in rubrics] or [(DEFAULT_RUBRIC, DEFAULT_RUBRIC)]

    @on(Input.Changed, "#orgnr")
    def _show_orgnr(self) -> None:
        field = self.query_one("#orgnr", OrgnrInput)
        status = self.query_one("#orgnr-status", Static)
        problem = field.problem
        if problem is None:
            status.update(self.tr("tui.orgnr.ok") if field.value.strip() else self.tr("tui.orgnr.optional"))
        else:
            status.update(self.tr(f"tui.orgnr.{problem}"))
        status.set_class(problem is not None, "error")

    @on(Input.Changed, "#applicant")
    def _guess_kind(self, event: Input.Changed) -> None:
        kind = infer_kind(event.value)
        select = self.query_one("#kind", Select)
        if kind in APPLICANT_KINDS and select.is_blank():
            select.value = kind.value

    # ------------------------------------------------------------------ answer

    def completed(self) -> Metadata | None:
        """The metadata as filled in, or None (with the problems shown) when it cannot be saved."""
        title = self.query_one("#title", Input).value.strip()
        name = self.query_one("#applicant", Input).value.strip()
        orgnr_field = self.query_one("#orgnr", OrgnrInput)
        kind = self.query_one("#kind", Select).value
        problems = []
        if not title:
            problems.append(self.tr("tui.new.need_title"))
        if not name:
            problems.append(self.tr("tui.new.need_applicant"))
        if orgnr_field.problem is not None:
            problems.append(self.tr(f"tui.orgnr.{orgnr_field.problem}"))
        if name and self.query_one("#kind", Select).is_blank():
            problems.append(self.tr("tui.import.need_kind"))
        if problems:
            self.query_one("#form-error", Static).update(" ".join(problems))
            return None
        applicant = Organisation(name=name, orgnr=normalise_orgnr(orgnr_field.value), kind=OrgKind(str(kind)))
        kept = [p for i, p in enumerate(self.found.partners) if self.query_one(f"#partner-{i}", Checkbox).value]
        kept = [p for p in kept if p.name.casefold() != name.casefold()]
        return self.found.model_copy(
            update={
                "title": title,
                "applicant": applicant,
                "partners": kept,
                "language": Language(str(self.query_one("#language", Select).value)),
                "rubric": str(self.query_one("#rubric", Select).value),
            },
            deep=True,
        )

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        meta = self.completed()
        if meta is not None:
            self.dismiss(meta)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(None)


__all__ = ["ImportDetailsScreen", "missing_fields", "needs_details"]
