"""The partners editor: name, org number, kind and role; the collaboration verdict updates as you go."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from ...core.judging.findings import Status
from ...core.sketch.model import OrgKind, Partner, PartnerRole
from ...core.sketch.orgs import format_orgnr, infer_kind, is_regional_trust, is_university, normalise_orgnr
from ..messages import LiveUpdated
from ..safe import shown
from ..widgets.checklist import ICONS
from ..widgets.orgnr_input import OrgnrInput
from .confirm import ConfirmScreen
from .table_editor import FormError, TableEditorScreen, table_bindings

ROLE_KIND = {
    PartnerRole.BUSINESS: OrgKind.SELSKAP,
    PartnerRole.RESEARCH: OrgKind.FORSKNING,
    PartnerRole.CLUSTER: OrgKind.KLYNGE,
    PartnerRole.USER_ORGANISATION: OrgKind.BRUKERORGANISASJON,
}


def kind_for(role: PartnerRole, name: str) -> OrgKind:
    """The org kind to store: for a public partner, the most precise public kind the name shows."""
    if role is PartnerRole.PUBLIC:
        guessed = infer_kind(name)
        return guessed if guessed.is_public else OrgKind.OFFENTLIG
    return ROLE_KIND[role]


def role_of(kind: OrgKind) -> PartnerRole:
    if kind.is_public:
        return PartnerRole.PUBLIC
    for role, k in ROLE_KIND.items():
        if k is kind:
            return role
    return PartnerRole.BUSINESS


class PartnersScreen(TableEditorScreen):
    """A table of partners, a form, and the public-collaboration verdict."""

    screen_name = "partners"
    CSS_PATH = "partners.tcss"
    BINDINGS = [*table_bindings("partners", "partner"), Binding("ctrl+t", "take_found", "tui.key.take_found", id="partners.take_found", show=False)]
    first_field = "#name"
    wrap_column = 3  # the role
    text_fields = ("#name", "#orgnr", "#role")

    @property
    def partners(self) -> list[Partner]:
        return self.rows

    def form_fields(self) -> list[tuple[str, Widget, bool]]:
        return [
            ("name", Input(id="name", compact=True), True),
            ("orgnr", OrgnrInput(id="orgnr", compact=True), False),
            ("kind", Select(self._role_options(), id="kind", allow_blank=False, compact=True), False),
            ("role", Input(id="role", compact=True), True),
        ]

    def compose_head(self) -> ComposeResult:
        yield Static(id="applicant-line")
        yield Static(id="found-in-text", classes="hint")

    def compose_summary(self) -> ComposeResult:
        yield Static(id="verdict")

    def compose_beside_button(self) -> ComposeResult:
        yield Static(id="orgnr-status", classes="hint")

    def compose_foot(self) -> ComposeResult:
        yield Static(id="partners-error", classes="error")

    def relabel_form(self) -> None:
        self.query_one("#role", Input).placeholder = self.tr("tui.partners.role_placeholder")
        self._show_public_kind(self.query_one("#name", Input).value)
        applicant = self.app.draft.metadata().applicant or self.app.draft.sketch.applicant  # type: ignore[attr-defined]
        self.query_one("#applicant-line", Static).update(self.tr("tui.partners.applicant", name=applicant.name if applicant else "–"))
        self.show_found()
        self._orgnr_changed()

    def show_found(self) -> None:
        """Organisations the text names as partners that the metadata does not hold: shown, never
        written until the user asks (Ctrl+T, then yes)."""
        found = self.app.draft.found_in_text()  # type: ignore[attr-defined]
        line = self.query_one("#found-in-text", Static)
        line.display = bool(found) and not self.rows
        if line.display:
            line.update(self.tr("tui.partners.found", names=", ".join(p.name for p in found)))

    def action_take_found(self) -> None:
        found = self.app.draft.found_in_text()  # type: ignore[attr-defined]
        if not found or self.rows:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.rows = [p.model_copy() for p in found]
                self.write()
                self.show_found()

        question = self.tr("tui.partners.take_found_ask", names="\n".join(f"• {p.name}" for p in found))
        self.app.push_screen(ConfirmScreen(question, self.tr("tui.key.yes"), self.tr("tui.key.no")), answered)

    def _role_options(self, name: str = "") -> list[tuple[str, str]]:
        """The roles to choose from; the public one named by the kind a public partner of this
        name is saved as («Helseforetak» for «Vestre Viken HF»), so the form shows what the row
        will say."""
        public = kind_for(PartnerRole.PUBLIC, name) if name.strip() else OrgKind.OFFENTLIG
        return [(self.kind_text(public, name) if r is PartnerRole.PUBLIC else self.tr(f"tui.role.{r.value}"), r.value) for r in PartnerRole]

    def _show_public_kind(self, name: str) -> None:
        self.relabel_choices("#kind", self._role_options(name), PartnerRole.PUBLIC.value)
        # New option texts under an unchanged choice: Select redraws its choice only when the
        # value changes, so ask it to (else «Helseforetak» stayed after the form was emptied).
        choice = self.query_one("#kind", Select)
        choice.mutate_reactive(Select.value)

    def columns(self) -> list[str]:
        # The role's column is the one that narrows at 80 columns: its header is the short word.
        return [self.tr(f"tui.partners.{k}") for k in ("name", "orgnr", "kind", "role_column")]

    def kind_text(self, kind: OrgKind, name: str = "") -> str:
        """The kind a row shows: the precise public kind («Kommune», «Helseforetak», «Regionalt
        helseforetak», «Universitet/høgskole») where known."""
        if kind is OrgKind.HELSEFORETAK and name and is_regional_trust(name):
            return self.tr("tui.kind.rhf")
        if kind is OrgKind.OFFENTLIG and name and is_university(name):
            return self.tr("tui.kind.universitet")
        if kind.is_public and kind is not OrgKind.OFFENTLIG:
            return self.tr(f"tui.kind.{kind.value}")
        return self.tr(f"tui.role.{role_of(kind).value}")

    def cells(self, p: Partner) -> list[str]:
        return [p.name, format_orgnr(p.orgnr) if p.orgnr else "", self.kind_text(p.kind, p.name), p.role or ""]

    def show_summary(self) -> None:
        self.show_verdict()
        self.show_found()

    def show_verdict(self) -> None:
        """The public-collaboration verdict: the check's own when it has run, else the count of public bodies."""
        sketch = self.app.draft.sketch  # type: ignore[attr-defined]
        bodies = len(sketch.public_bodies)
        text = self.tr("tui.partners.public_bodies", n=bodies)
        live = self.app.live  # type: ignore[attr-defined]
        if live is not None and live.report is not None and live.text == self.app.draft.text:  # type: ignore[attr-defined]
            result = live.report.criterion("public-collaboration")
            if result is not None:
                text = f"{ICONS.get(result.status, '')} {shown(result.title)}: {self.tr(f'tui.status.{result.status.value}')}  ·  " + text
                if result.status is not Status.PASS and result.findings:
                    text += "\n" + shown(result.findings[0].message)
        self.query_one("#verdict", Static).update(text)

    @on(LiveUpdated)
    def _live(self) -> None:
        self.show_verdict()

    def load_rows(self) -> list[Partner]:
        return [p.model_copy() for p in self.app.draft.metadata().partners]  # type: ignore[attr-defined]

    def save_rows(self) -> None:
        self.app.draft.set_partners(self.partners)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ form

    def form_restored(self) -> None:
        self._orgnr_changed()  # a kept org number with a wrong check digit is said so again

    @on(Input.Changed, "#orgnr")
    def _orgnr_changed(self) -> None:
        field = self.query_one("#orgnr", OrgnrInput)
        status = self.query_one("#orgnr-status", Static)
        problem = field.problem
        status.update(self.tr(f"tui.orgnr.{problem}") if problem else (self.tr("tui.orgnr.ok") if field.value.strip() else ""))
        status.set_class(problem is not None, "error")

    @on(Input.Changed, "#name")
    def _guess_role(self, event: Input.Changed) -> None:
        self._show_public_kind(event.value)
        if self.editing is None and event.value.strip():
            self.query_one("#kind", Select).value = role_of(infer_kind(event.value)).value

    def row_from_form(self) -> Partner:
        name = self.query_one("#name", Input).value.strip()
        orgnr = self.query_one("#orgnr", OrgnrInput)
        if not name:
            raise FormError(self.tr("tui.partners.need_name"))
        if orgnr.problem is not None:
            raise FormError(self.tr(f"tui.orgnr.{orgnr.problem}"))
        role = PartnerRole(str(self.query_one("#kind", Select).value))
        return Partner(
            name=name,
            orgnr=normalise_orgnr(orgnr.value),
            kind=kind_for(role, name),
            role=self.query_one("#role", Input).value.strip() or None,
        )

    def fill_form(self, p: Partner) -> None:
        self.query_one("#name", Input).value = p.name
        self._show_public_kind(p.name)
        self.query_one("#orgnr", OrgnrInput).value = format_orgnr(p.orgnr) if p.orgnr else ""
        self.query_one("#kind", Select).value = role_of(p.kind).value
        self.query_one("#role", Input).value = p.role or ""

    def reset_form(self) -> None:
        self._show_public_kind("")
        self.query_one("#kind", Select).value = PartnerRole.PUBLIC.value
