"""The budget editor: lines with item, category, amount and optional years; totals live."""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Input, Select, Static

from ...core.sketch.amounts import format_amount, parse_amount
from ...core.judging.findings import Level, Status
from ...core.sketch.budget import CATEGORY_LABELS, infer_category, procurement_in_stated_total
from ...core.sketch.model import BudgetCategory, BudgetLine, Language
from ...core.sketch.text import clip
from ..messages import DraftChanged, LiveUpdated
from ..safe import shown
from ..widgets.checklist import ICONS
from .table_editor import FormError, TableEditorScreen, table_bindings

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


class BudgetScreen(TableEditorScreen):
    """A table of the budget lines and a form to add or change one."""

    screen_name = "budget"
    CSS_PATH = "budget.tcss"
    BINDINGS = table_bindings("budget", "line")
    first_field = "#item"
    text_fields = ("#item", "#amount", "#years")

    def __init__(self) -> None:
        super().__init__()
        self.years: list[str] = []

    @property
    def lines(self) -> list[BudgetLine]:
        return self.rows

    def form_fields(self) -> list[tuple[str, Widget, bool]]:
        return [
            ("item", Input(id="item", compact=True), True),
            ("category", Select(self._category_options(), id="category", allow_blank=False, compact=True), False),
            ("amount", Input(id="amount", compact=True), False),
            ("years", Input(id="years", compact=True), True),
        ]

    def compose_summary(self) -> ComposeResult:
        yield Static(id="budget-totals")

    def compose_beside_button(self) -> ComposeResult:
        yield Static(id="budget-error", classes="error")

    def compose_foot(self) -> ComposeResult:
        yield Static(id="procurement-note", classes="hint")

    @property
    def language(self) -> Language:
        return self.app.draft.language  # type: ignore[attr-defined]

    def relabel_form(self) -> None:
        self.query_one("#amount", Input).placeholder = "1 250 000"
        self.query_one("#years", Input).placeholder = "2026: 500 000; …"  # fits 80 columns; a wrong entry shows the whole form
        self.query_one("#item", Input).placeholder = self.tr("tui.budget.item_placeholder")
        self.query_one("#procurement-note", Static).update(self.tr("tui.budget.procurement_note"))
        self.relabel_choices("#category", self._category_options(), BudgetCategory.DEVELOPMENT.value)

    def _category_options(self) -> list[tuple[str, str]]:
        return [(self._category_label(c), c.value) for c in BudgetCategory]

    def _category_label(self, category: BudgetCategory) -> str:
        return self.tr(f"tui.category.{category.value}")

    # ------------------------------------------------------------------ table

    def read_back(self) -> None:
        """Take the lines from the sketch's own budget table."""
        budget = self.app.draft.sketch.budget  # type: ignore[attr-defined]
        self.rows = [line.model_copy() for line in budget.lines] if budget else []
        self.years = list(budget.year_columns) if budget else []

    def columns(self) -> list[str]:
        return [self.tr("tui.budget.item"), self.tr("tui.budget.category"), *self.years, self.tr("tui.budget.amount")]

    def is_number(self, column: int) -> bool:
        return column >= 2  # the years and the amount

    def cells(self, line: BudgetLine) -> list[str]:
        label = self._category_label(line.category)
        if line.procurement:
            label += self.tr("tui.budget.not_in_total")
        amount = line.amount if line.amount is not None else sum(line.years.values())
        year_cells = [format_amount(line.years[y]) if y in line.years else "" for y in self.years]
        return [line.item, label, *year_cells, format_amount(amount or 0)]

    def show_summary(self) -> None:
        self.show_totals()

    def show_totals(self) -> None:
        def money(value: int) -> str:
            return format_amount(value, currency=True, lang=self.lang, nbsp=True)

        total = sum((line.amount or sum(line.years.values())) for line in self.lines if not line.procurement)
        procurement = sum((line.amount or sum(line.years.values())) for line in self.lines if line.procurement)
        text = self.tr("tui.budget.total", total=money(total))
        if procurement:  # on a line of its own at 80 columns; an amount never breaks inside
            text += "\n" + self.tr("tui.budget.procurement_total", amount=money(procurement))
        # The sum here leaves procurement out; the sketch's own total may not, and then the check
        # fails on it: say so rather than let the sum above suggest all is well.
        budget = self.app.draft.sketch.budget  # type: ignore[attr-defined]
        if procurement_in_stated_total(budget):
            text += "\n" + ICONS[Status.FAIL] + " " + self.tr("tui.budget.total_includes", total=money(budget.stated_total or 0))
        elif (said := self._procurement_failure()) is not None:
            text += "\n" + ICONS[Status.FAIL] + " " + shown(clip(said, 140))  # two lines at 80 columns
        self.query_one("#budget-totals", Static).update(text)

    def _procurement_failure(self) -> str | None:
        """The check's first reason to fail the budget on procurement, when it has run on this text."""
        live = self.app.live  # type: ignore[attr-defined]
        if live is None or live.report is None or live.text != self.app.draft.text:  # type: ignore[attr-defined]
            return None
        result = live.report.criterion("budget-excludes-procurement")
        if result is None or result.status is not Status.FAIL:
            return None
        return next((f.message for f in result.findings if f.level is Level.FAIL), None)

    def save_rows(self) -> None:
        years = sorted({y for line in self.lines for y in line.years} | set(self.years))
        years = [y for y in years if any(y in line.years for line in self.lines)]
        self.app.draft.set_budget(self.lines, years)  # type: ignore[attr-defined]

    @on(DraftChanged)
    def _draft_changed(self) -> None:
        self.show_totals()

    @on(LiveUpdated)
    def _live(self) -> None:
        self.show_totals()

    # ------------------------------------------------------------------ form

    @on(Input.Changed, "#item")
    def _guess_category(self, event: Input.Changed) -> None:
        if self.editing is None and event.value.strip():
            self.query_one("#category", Select).value = infer_category(event.value).value

    def row_from_form(self) -> BudgetLine:
        item = self.query_one("#item", Input).value.strip()
        amount_text = self.query_one("#amount", Input).value.strip()
        years_text = self.query_one("#years", Input).value.strip()
        if not item:
            raise FormError(self.tr("tui.budget.need_item"))
        years = parse_years(years_text) if years_text else {}
        if years is None:
            raise FormError(self.tr("tui.budget.bad_years"))
        amount = parse_amount(amount_text) if amount_text else None
        if amount_text and amount is None:
            raise FormError(self.tr("tui.budget.bad_amount", text=amount_text))
        if amount is None and not years:
            raise FormError(self.tr("tui.budget.need_amount"))
        if amount is not None and years and sum(years.values()) != amount:
            raise FormError(self.tr("tui.budget.years_mismatch", sum=format_amount(sum(years.values()))))
        return BudgetLine(
            item=item,
            category=BudgetCategory(str(self.query_one("#category", Select).value)),
            amount=amount if amount is not None else sum(years.values()),
            years=years,
        )

    def fill_form(self, line: BudgetLine) -> None:
        self.query_one("#item", Input).value = line.item
        self.query_one("#category", Select).value = line.category.value
        self.query_one("#amount", Input).value = format_amount(line.amount) if line.amount is not None else ""
        self.query_one("#years", Input).value = format_years(line.years)


__all__ = ["CATEGORY_LABELS", "BudgetScreen", "parse_years"]
