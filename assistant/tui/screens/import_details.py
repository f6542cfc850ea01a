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
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Header, Input, Label, Static

from ...core.sketch.model import Metadata, Partner
from ...core.sketch.orgs import format_orgnr
from ...core.sketch.rubric import DEFAULT_RUBRIC
from ...core.sketch.safetext import visible
from ...i18n import t
from ..keys import UiLanguage
from ..widgets.footer import CompactFooter
from ..widgets.sketch_fields import APPLICANT_KINDS, FIELDS, SketchFields


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

    def __init__(self, found: Metadata, *, docx_name: str, target_name: str, notes: list[str] | tuple[str, ...] = ()) -> None:
        super().__init__()
        self.found = found
        self.docx_name, self.target_name = docx_name, target_name
        self.notes = list(notes)  # how the Word file was read (comments left out, …): said in the form, not as toasts
        self.missing = missing_fields(found)

    def compose(self) -> ComposeResult:
        found, applicant = self.found, self.found.applicant
        marks = {key: "tui.import.missing_label" for key in self.missing}
        marks.setdefault("language", "tui.import.guessed_label")
        yield Header()
        with VerticalScroll(id="import-form"):
            yield Static(id="import-heading", classes="pane-title")
            if self.notes:
                yield Static(Text("\n".join(visible(str(n)) for n in self.notes)), id="import-notes", classes="hint-block")
            yield Static(id="import-missing", classes="hint-block")
            yield SketchFields(
                title=found.title or "",
                applicant=applicant.name if applicant else "",
                orgnr=format_orgnr(applicant.orgnr) if applicant and applicant.orgnr else "",
                kind=applicant.kind if applicant else None,
                language=found.language.value,
                rubric=found.rubric or DEFAULT_RUBRIC,
                kind_blank=True,
                marks=marks,
            )
            if found.partners:
                yield Label(id="l-partners")
                for i, partner in enumerate(found.partners):
                    yield Checkbox(partner_label(partner), value=True, id=f"partner-{i}", compact=True, classes="partner")
            yield Static(id="form-error", classes="error")
        # Outside the scrolling form, so the buttons are on screen at 80×24 too.
        with Horizontal(id="import-buttons"):
            yield Button(id="save", variant="primary", compact=True)
            yield Button(id="keep", compact=True)
        yield CompactFooter()

    def on_mount(self) -> None:
        self.relabel()
        for key in FIELDS[:4]:
            self.query_one(f"#l-{key}", Label).set_class(key in self.missing, "missing")
        first = next((k for k in ("title", "applicant", "orgnr") if k in self.missing), "title")
        self.query_one(f"#{first}", Input).focus()

    def relabel(self) -> None:
        self.query_one(SketchFields).relabel()
        self.query_one("#import-heading", Static).update(self.tr("tui.import.heading", docx=self.docx_name, target=self.target_name))
        if self.missing:
            names = ", ".join(t(f"tui.import.field.{key}", self.lang) for key in self.missing)
            self.query_one("#import-missing", Static).update(self.tr("tui.import.missing", fields=names))
        else:
            self.query_one("#import-missing", Static).update(self.tr("tui.import.nothing_missing"))
        if self.found.partners:
            self.query_one("#l-partners", Label).update(self.tr("tui.import.partners"))
        self.query_one("#save", Button).label = self.tr("tui.import.save")
        self.query_one("#keep", Button).label = self.tr("tui.import.keep")

    # ------------------------------------------------------------------ answer

    def completed(self) -> Metadata | None:
        """The metadata as filled in, or None (with the problems shown) when it cannot be saved."""
        fields = self.query_one(SketchFields)
        problems = fields.problems()
        if problems:
            self.query_one("#form-error", Static).update(" ".join(problems))
            return None
        values = fields.values()
        name = values["applicant"].name.casefold()  # type: ignore[attr-defined]
        kept = [p for i, p in enumerate(self.found.partners) if self.query_one(f"#partner-{i}", Checkbox).value]
        kept = [p for p in kept if p.name.casefold() != name]
        return self.found.model_copy(update={**values, "partners": kept}, deep=True)

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
