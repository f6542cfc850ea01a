"""The budget editor: lines with item, category, amount and optional years; totals live."""

from __future__ import annotations

import re

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

from ...core.amounts import format_amount, parse_amount
from ...core.budget import CATEGORY_LABELS, infer_category
from ...core.model import BudgetCategory, BudgetLine, Language
from ..keys import Localised
from ..messages import DraftChanged
from ..widgets.footer import CompactFooter
from ..widgets.nav_bar import NavBar

_YEAR_PART = re.compile(r"^\s*((?:19|20)\d\d|år\s*\d|year\s*\d)\s*[:=]\s*(.+?)\s*$", re.IGNORECASE)


def parse_years(text: str) -> dict[str, int] | None:
    """'2026: 500 000; 2027: 1,2 mill.' -> {'2026': 500000, '2027': 1200000}; None when unreadable."""
    years: dict[str, int] = {}
    for part in re.split(r";|\n", text):
        if not part.strip():
            continue
        m = _YEAR_PART.match(part)
        if not m:
            return None
        amount = parse_amount(m.group(2))
        if amount is None:
            return None
        years[m.group(1)] = amount
    return years


def format_years(years: dict[str, int]) -> str:
    return "; ".join(f"{y}: {format_amount(v)}" for y, v in years.items())


class BudgetScreen(Localised, Screen):
    """A table of the budget lines and a form to add or change one."""

    screen_name = "budget"
    CSS_PATH = "budget.tcss"
    BINDINGS = [
        Binding("f7", "add", "tui.key.add_line", id="budget.add"),
        Binding("f8", "edit", "tui.key.edit_line", id="budget.edit"),
        Binding("f9", "delete", "tui.key.delete_line", id="budget.delete"),
        Binding("escape", "clear", "tui.key.clear_form", id="budget.clear"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[BudgetLine] = []
        self.years: list[str] = []
        self.editing: int | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.screen_name)
        with Vertical(id="budget-body"):
            yield Static(id="budget-title", classes="pane-title")
            yield DataTable(id="budget-table", cursor_type="row", zebra_stripes=True)
            yield Static(id="budget-totals")
            with Horizontal(id="budget-form"):
                with Vertical(classes="wide"):
                    yield Label(id="l-item")
                    yield Input(id="item", compact=True)
                with Vertical():
                    yield Label(id="l-category")
                    yield Select(self._category_options(), id="category", allow_blank=False, compact=True)
                with Vertical():
                    yield Label(id="l-amount")
                    yield Input(id="amount", compact=True)
                with Vertical(classes="wide"):
                    yield Label(id="l-years")
                    yield Input(id="years", compact=True)
            with Horizontal(id="budget-buttons"):
                yield Button(id="add", variant="primary")
                yield Static(id="budget-error", classes="error")
            yield Static(id="procurement-note", classes="hint")
        yield CompactFooter()

    @property
    def language(self) -> Language:
        return self.app.draft.language  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.read_back()
        self.relabel()
        self.query_one("#item", Input).focus()

    def relabel(self) -> None:
        self.query_one(NavBar).relabel()
        self.query_one("#budget-title", Static).update(self.tr("tui.budget.title"))
        for key in ("item", "category", "amount", "years"):
            self.query_one(f"#l-{key}", Label).update(self.tr(f"tui.budget.{key}"))
        self.query_one("#amount", Input).placeholder = "1 250 000"
        self.query_one("#years", Input).placeholder = "2026: 500 000; 2027: 750 000"
        self.query_one("#item", Input).placeholder = self.tr("tui.budget.item_placeholder")
        self.query_one("#procurement-note", Static).update(self.tr("tui.budget.procurement_note"))
        category = self.query_one("#category", Select)
        value = category.value
        category.set_options(self._category_options())
        category.value = value if value != Select.BLANK else BudgetCategory.DEVELOPMENT.value
        self._update_button()
        self.show_table()

    def _category_options(self) -> list[tuple[str, str]]:
        return [(self._category_label(c), c.value) for c in BudgetCategory]

    def _category_label(self, category: BudgetCategory) -> str:
        return self.tr(f"tui.category.{category.value}")

    # ------------------------------------------------------------------ table

    def read_back(self) -> None:
        """Take the lines from the sketch's own budget table."""
        budget = self.app.draft.sketch.budget  # type: ignore[attr-defined]
        self.lines = [line.model_copy() for line in budget.lines] if budget else []
        self.years = list(budget.year_columns) if budget else []

    def show_table(self) -> None:
        table = self.query_one("#budget-table", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        table.add_columns(self.tr("tui.budget.item"), self.tr("tui.budget.category"), *self.years, self.tr("tui.budget.amount"))
        for line in self.lines:
            label = self._category_label(line.category)
            if line.procurement:
                label += self.tr("tui.budget.not_in_total")
            amount = line.amount if line.amount is not None else sum(line.years.values())
            year_cells = [format_amount(line.years[y]) if y in line.years else "" for y in self.years]
            table.add_row(line.item, label, *year_cells, format_amount(amount or 0))
        if self.lines:
            table.move_cursor(row=min(cursor, len(self.lines) - 1))
        self.show_totals()

    def show_totals(self) -> None:
        total = sum((line.amount or sum(line.years.values())) for line in self.lines if not line.procurement)
        procurement = sum((line.amount or sum(line.years.values())) for line in self.lines if line.procurement)
        text = self.tr("tui.budget.total", total=format_amount(total, currency=True, lang=self.lang))
        if procurement:
            text += "   " + self.tr("tui.budget.procurement_total", amount=format_amount(procurement, currency=True, lang=self.lang))
        self.query_one("#budget-totals", Static).update(text)

    def write(self) -> None:
        """Write the table into the sketch, then read it back from the sketch."""
        years = sorted({y for line in self.lines for y in line.years} | set(self.years))
        years = [y for y in years if any(y in line.years for line in self.lines)]
        self.app.draft.set_budget(self.lines, years)  # type: ignore[attr-defined]
        self.read_back()
        self.show_table()

    @on(DraftChanged)
    def _draft_changed(self) -> None:
        self.show_totals()

    # ------------------------------------------------------------------ form

    @on(Input.Changed, "#item")
    def _guess_category(self, event: Input.Changed) -> None:
        if self.editing is None and event.value.strip():
            self.query_one("#category", Select).value = infer_category(event.value).value

    @on(Input.Submitted)
    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        error = self.query_one("#budget-error", Static)
        item = self.query_one("#item", Input).value.strip()
        amount_text = self.query_one("#amount", Input).value.strip()
        years_text = self.query_one("#years", Input).value.strip()
        if not item:
            error.update(self.tr("tui.budget.need_item"))
            return
        years = parse_years(years_text) if years_text else {}
        if years is None:
            error.update(self.tr("tui.budget.bad_years"))
            return
        amount = parse_amount(amount_text) if amount_text else None
        if amount_text and amount is None:
            error.update(self.tr("tui.budget.bad_amount", text=amount_text))
            return
        if amount is None and not years:
            error.update(self.tr("tui.budget.need_amount"))
            return
        if amount is not None and years and sum(years.values()) != amount:
            error.update(self.tr("tui.budget.years_mismatch", sum=format_amount(sum(years.values()))))
            return
        line = BudgetLine(
            item=item,
            category=BudgetCategory(str(self.query_one("#category", Select).value)),
            amount=amount if amount is not None else sum(years.values()),
            years=years,
        )
        if self.editing is not None and self.editing < len(self.lines):
            self.lines[self.editing] = line
        else:
            self.lines.append(line)
        error.update("")
        self.action_clear()
        self.write()
        self.query_one("#item", Input).focus()

    def action_edit(self) -> None:
        table = self.query_one("#budget-table", DataTable)
        if not self.lines:
            return
        index = table.cursor_row
        line = self.lines[index]
        self.editing = index
        self.query_one("#item", Input).value = line.item
        self.query_one("#category", Select).value = line.category.value
        self.query_one("#amount", Input).value = format_amount(line.amount) if line.amount is not None else ""
        self.query_one("#years", Input).value = format_years(line.years)
        self._update_button()
        self.query_one("#item", Input).focus()

    @on(DataTable.RowSelected, "#budget-table")
    def _row_chosen(self) -> None:
        self.action_edit()

    def action_delete(self) -> None:
        table = self.query_one("#budget-table", DataTable)
        if not self.lines:
            return
        index = table.cursor_row
        del self.lines[index]
        self.editing = None
        self.write()

    def action_clear(self) -> None:
        self.editing = None
        for field in ("#item", "#amount", "#years"):
            self.query_one(field, Input).value = ""
        self._update_button()

    def _update_button(self) -> None:
        self.query_one("#add", Button).label = self.tr("tui.budget.update" if self.editing is not None else "tui.budget.add")


__all__ = ["CATEGORY_LABELS", "BudgetScreen", "parse_years"]
