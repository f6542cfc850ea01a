"""The partners editor: name, org number, kind and role; the collaboration verdict updates as you go."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import (
    Button,
    DataTable,
    Header,
    Input,
    Label,
    Select,
    Static,
)

from ...core.findings import Status
from ...core.model import OrgKind, Partner, PartnerRole
from ...core.orgs import format_orgnr, infer_kind, normalise_orgnr
from ..keys import Localised
from ..messages import LiveUpdated
from ..widgets.checklist import ICONS
from ..widgets.footer import CompactFooter
from ..widgets.nav_bar import NavBar
from ..widgets.orgnr_input import OrgnrInput

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


class PartnersScreen(Localised, Screen):
    """A table of partners, a form, and the public-collaboration verdict."""

    screen_name = "partners"
    CSS_PATH = "partners.tcss"
    BINDINGS = [
        Binding("f7", "add", "tui.key.add_partner", id="partners.add"),
        Binding("f8", "edit", "tui.key.edit_partner", id="partners.edit"),
        Binding("f9", "delete", "tui.key.delete_partner", id="partners.delete"),
        Binding("escape", "clear", "tui.key.clear_form", id="partners.clear"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.partners: list[Partner] = []
        self.editing: int | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.screen_name)
        with Vertical(id="partners-body"):
            yield Static(id="partners-title", classes="pane-title")
            yield Static(id="applicant-line")
            yield DataTable(id="partners-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="verdict")
            with Horizontal(id="partners-form"):
                with Vertical(classes="wide"):
                    yield Label(id="l-name")
                    yield Input(id="name", compact=True)
                with Vertical():
                    yield Label(id="l-orgnr")
                    yield OrgnrInput(id="orgnr", compact=True)
                with Vertical():
                    yield Label(id="l-kind")
                    yield Select(self._role_options(), id="kind", allow_blank=False, compact=True)
                with Vertical(classes="wide"):
                    yield Label(id="l-role")
                    yield Input(id="role", compact=True)
            with Horizontal(id="partners-buttons"):
                yield Button(id="add", variant="primary")
                yield Static(id="orgnr-status", classes="hint")
            yield Static(id="partners-error", classes="error")
        yield CompactFooter()

    def on_mount(self) -> None:
        self.partners = [p.model_copy() for p in self.app.draft.metadata().partners]  # type: ignore[attr-defined]
        self.relabel()
        self.query_one("#name", Input).focus()

    def relabel(self) -> None:
        self.query_one(NavBar).relabel()
        self.query_one("#partners-title", Static).update(self.tr("tui.partners.title"))
        for key in ("name", "orgnr", "kind", "role"):
            self.query_one(f"#l-{key}", Label).update(self.tr(f"tui.partners.{key}"))
        self.query_one("#role", Input).placeholder = self.tr("tui.partners.role_placeholder")
        kind = self.query_one("#kind", Select)
        value = kind.value
        kind.set_options(self._role_options())
        kind.value = value if value != Select.BLANK else PartnerRole.PUBLIC.value
        applicant = self.app.draft.metadata().applicant  # type: ignore[attr-defined]
        self.query_one("#applicant-line", Static).update(
            self.tr("tui.partners.applicant", name=applicant.name if applicant else "–")
        )
        self._update_button()
        self._orgnr_changed()
        self.show_table()
        self.show_verdict()

    def _role_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"tui.role.{r.value}"), r.value) for r in PartnerRole]

    def show_table(self) -> None:
        table = self.query_one("#partners-table", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        table.add_columns(*(self.tr(f"tui.partners.{k}") for k in ("name", "orgnr", "kind", "role")))
        for p in self.partners:
            table.add_row(p.name, format_orgnr(p.orgnr) if p.orgnr else "", self.tr(f"tui.role.{role_of(p.kind).value}"), p.role or "")
        if self.partners:
            table.move_cursor(row=min(cursor, len(self.partners) - 1))

    def show_verdict(self) -> None:
        """The public-collaboration verdict: the check's own when it has run, else the count of public bodies."""
        sketch = self.app.draft.sketch  # type: ignore[attr-defined]
        bodies = len(sketch.public_bodies)
        text = self.tr("tui.partners.public_bodies", n=bodies)
        live = self.app.live  # type: ignore[attr-defined]
        if live is not None and live.report is not None and live.text == self.app.draft.text:  # type: ignore[attr-defined]
            result = live.report.criterion("public-collaboration")
            if result is not None:
                text = f"{ICONS.get(result.status, '')} {result.title}: {self.tr(f'tui.status.{result.status.value}')}  ·  " + text
                if result.status is not Status.PASS and result.findings:
                    text += "\n" + result.findings[0].message
        self.query_one("#verdict", Static).update(text)

    @on(LiveUpdated)
    def _live(self) -> None:
        self.show_verdict()

    def write(self) -> None:
        self.app.draft.set_partners(self.partners)  # type: ignore[attr-defined]
        self.partners = [p.model_copy() for p in self.app.draft.metadata().partners]  # type: ignore[attr-defined]
        self.show_table()
        self.show_verdict()

    # ------------------------------------------------------------------ form

    @on(Input.Changed, "#orgnr")
    def _orgnr_changed(self) -> None:
        field = self.query_one("#orgnr", OrgnrInput)
        status = self.query_one("#orgnr-status", Static)
        problem = field.problem
        status.update(self.tr(f"tui.orgnr.{problem}") if problem else (self.tr("tui.orgnr.ok") if field.value.strip() else ""))
        status.set_class(problem is not None, "error")

    @on(Input.Changed, "#name")
    def _guess_role(self, event: Input.Changed) -> None:
        if self.editing is None and event.value.strip():
            self.query_one("#kind", Select).value = role_of(infer_kind(event.value)).value

    @on(Input.Submitted)
    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        error = self.query_one("#partners-error", Static)
        name = self.query_one("#name", Input).value.strip()
        orgnr = self.query_one("#orgnr", OrgnrInput)
        if not name:
            error.update(self.tr("tui.partners.need_name"))
            return
        if orgnr.problem is not None:
            error.update(self.tr(f"tui.orgnr.{orgnr.problem}"))
            return
        role = PartnerRole(str(self.query_one("#kind", Select).value))
        partner = Partner(
            name=name,
            orgnr=normalise_orgnr(orgnr.value),
            kind=kind_for(role, name),
            role=self.query_one("#role", Input).value.strip() or None,
        )
        if self.editing is not None and self.editing < len(self.partners):
            self.partners[self.editing] = partner
        else:
            self.partners.append(partner)
        error.update("")
        self.action_clear()
        self.write()
        self.query_one("#name", Input).focus()

    def action_edit(self) -> None:
        if not self.partners:
            return
        index = self.query_one("#partners-table", DataTable).cursor_row
        p = self.partners[index]
        self.editing = index
        self.query_one("#name", Input).value = p.name
        self.query_one("#orgnr", OrgnrInput).value = format_orgnr(p.orgnr) if p.orgnr else ""
        self.query_one("#kind", Select).value = role_of(p.kind).value
        self.query_one("#role", Input).value = p.role or ""
        self._update_button()
        self.query_one("#name", Input).focus()

    @on(DataTable.RowSelected, "#partners-table")
    def _row_chosen(self) -> None:
        self.action_edit()

    def action_delete(self) -> None:
        if not self.partners:
            return
        del self.partners[self.query_one("#partners-table", DataTable).cursor_row]
        self.editing = None
        self.write()

    def action_clear(self) -> None:
        self.editing = None
        for field in ("#name", "#orgnr", "#role"):
            self.query_one(field, Input).value = ""
        self.query_one("#kind", Select).value = PartnerRole.PUBLIC.value
        self._update_button()

    def _update_button(self) -> None:
        self.query_one("#add", Button).label = self.tr("tui.partners.update" if self.editing is not None else "tui.partners.add")
