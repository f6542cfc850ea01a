"""The shape the budget and partners editors share: a table of rows over a form to add or change one.

F7 adds (or updates) the row in the form, F8 or choosing a row loads it into the form, F9
deletes the row under the cursor, Esc clears the form. Every change goes through the draft
(and so the autosaver) and is read back from it. A screen says only what differs: its
columns and cells, its form fields, how the form becomes a row and a row the form, and where
its rows live in the sketch. Widget ids are the screen's name with a suffix
(`budget-table`, `partners-form`, ...), so each screen's stylesheet stays its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, DataTable, Header, Input, Label, Select, Static
from textual.widgets.select import InvalidSelectValueError

from ..keys import FORM_FOCUS_KEYS, UiLanguage
from ..safe import visible
from ..widgets.footer import CompactFooter
from ..widgets.nav_bar import NavBar


class FormError(Exception):
    """The form cannot become a row; str() is the message for the user."""


def table_bindings(screen: str, noun: str) -> list[Binding]:
    """F7/F8/F9 add, edit and delete a `noun` ("line", "partner"); Esc clears the form."""
    return [
        Binding("f7", "add", f"tui.key.add_{noun}", id=f"{screen}.add"),
        Binding("f8", "edit", f"tui.key.edit_{noun}", id=f"{screen}.edit"),
        Binding("f9", "delete", f"tui.key.delete_{noun}", id=f"{screen}.delete"),
        Binding("ctrl+z", "undo_delete", "tui.key.undo_delete", id=f"{screen}.undo", show=False),
        Binding("escape", "clear", "tui.key.clear_form", id=f"{screen}.clear"),
        *FORM_FOCUS_KEYS,
    ]


class TableEditorScreen(UiLanguage, Screen):
    """Rows in a DataTable, a form below it, and an add/update button; subclasses fill in the rest."""

    screen_name: ClassVar[str]
    first_field: ClassVar[str]  # the form's first input: focused on mount and after each change
    text_fields: ClassVar[tuple[str, ...]]  # the inputs Esc empties

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []
        self.deleted: list[tuple[int, Any]] = []  # (place, row) of each F9, for Ctrl+Z
        self.editing: int | None = None
        self._field_keys: list[str] = []

    # ------------------------------------------------------------------ what a screen says

    def form_fields(self) -> list[tuple[str, Widget, bool]]:
        """(key, widget, wide) for each form field, left to right; the widget's id is the key."""
        raise NotImplementedError

    def compose_head(self) -> ComposeResult:
        """What stands between the title and the table."""
        yield from ()

    def compose_summary(self) -> ComposeResult:
        """What stands between the table and the form."""
        yield from ()

    def compose_beside_button(self) -> ComposeResult:
        yield from ()

    def compose_foot(self) -> ComposeResult:
        """What stands below the button row."""
        yield from ()

    def relabel_form(self) -> None:
        """Placeholders and choices in the UI language (the field labels are done already)."""

    def columns(self) -> Iterable[str]:
        raise NotImplementedError

    def cells(self, row: Any) -> Iterable[str]:
        raise NotImplementedError

    def show_summary(self) -> None:
        """Redraw what depends on the rows besides the table (totals, a verdict)."""

    def load_rows(self) -> list[Any]:
        """Copies of the rows as the sketch has them now."""
        raise NotImplementedError

    def save_rows(self) -> None:
        """Write `self.rows` into the sketch, through the draft."""
        raise NotImplementedError

    def row_from_form(self) -> Any:
        """The row the form describes; raises FormError when it describes none."""
        raise NotImplementedError

    def fill_form(self, row: Any) -> None:
        raise NotImplementedError

    def reset_form(self) -> None:
        """Besides emptying `text_fields`: what clearing the form puts back."""

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        name = self.screen_name
        yield Header()
        yield NavBar(name)
        with Vertical(id=f"{name}-body"):
            yield Static(id=f"{name}-title", classes="pane-title")
            yield from self.compose_head()
            yield DataTable(id=f"{name}-table", cursor_type="row", zebra_stripes=True)
            yield from self.compose_summary()
            with Horizontal(id=f"{name}-form"):
                fields = self.form_fields()
                self._field_keys = [key for key, _, _ in fields]
                for key, widget, wide in fields:
                    with Vertical(classes=f"field-{key} wide" if wide else f"field-{key}"):
                        yield Label(id=f"l-{key}")
                        yield widget
            with Horizontal(id=f"{name}-buttons"):
                yield Button(id="add", variant="primary")
                yield from self.compose_beside_button()
            yield from self.compose_foot()
        yield CompactFooter()

    def on_mount(self) -> None:
        self.read_back()
        self.relabel()
        self._restore_form()
        self.query_one(self.first_field, Input).focus()

    def commit(self) -> None:
        """Leaving the screen: a form holding typing not yet added is kept with the draft, so the
        next screen of this kind shows it again (an empty form keeps nothing)."""
        unsent = self.app.draft.unsent_forms  # type: ignore[attr-defined]
        if any(self.query_one(f, Input).value.strip() for f in self.text_fields):
            values = {key: self.query_one(f"#{key}").value for key in self._field_keys}  # type: ignore[attr-defined]
            unsent[self.screen_name] = (self.editing, values)
        else:
            unsent.pop(self.screen_name, None)

    def _restore_form(self) -> None:
        kept = self.app.draft.unsent_forms.pop(self.screen_name, None)  # type: ignore[attr-defined]
        if kept is None:
            return
        editing, values = kept
        self.editing = editing if editing is not None and editing < len(self.rows) else None
        with self.prevent(Input.Changed):  # a choice guessed from the typing must not replace the one kept
            for key, value in values.items():
                try:
                    self.query_one(f"#{key}").value = value  # type: ignore[attr-defined]
                except InvalidSelectValueError:
                    pass  # a choice no longer offered: the field keeps its own
        self.form_restored()
        self._update_button()
        self.refresh_bindings()

    def form_restored(self) -> None:
        """The kept typing is back in the form (its Input.Changed held back): show what the
        fields' own checks say of it."""

    def relabel(self) -> None:
        name = self.screen_name
        self.query_one(NavBar).relabel()
        self.query_one(f"#{name}-title", Static).update(self.tr(f"tui.{name}.title"))
        for key in self._field_keys:
            self.query_one(f"#l-{key}", Label).update(self.tr(f"tui.{name}.{key}"))
        self.relabel_form()
        self._update_button()
        self.show_table()

    # ------------------------------------------------------------------ table

    def read_back(self) -> None:
        self.rows = self.load_rows()

    def show_table(self) -> None:
        """The rows, with every column on screen: when they do not fit, the `wrap_column` (the
        item, the role) gets what the others leave and its text wraps over more lines, so the
        amounts, org numbers and kinds stay readable at 80 columns."""
        from rich.text import Text

        table = self.query_one(f"#{self.screen_name}-table", DataTable)
        cursor = table.cursor_row
        table.clear(columns=True)
        labels = list(self.columns())
        rows = [[visible(str(c)) for c in self.cells(row)] for row in self.rows]  # shown as text, never read as markup
        widths = [max([len(label), *(len(r[i]) for r in rows)]) for i, label in enumerate(labels)]
        width = table.size.width or max(self.app.size.width - 2, 20)
        room = width - 2 * table.cell_padding * len(labels) - 2  # the vertical scrollbar
        flex = self.wrap_column
        if sum(widths) > room:
            widths[flex] = max(10, room - sum(w for i, w in enumerate(widths) if i != flex))
        for label, w in zip(labels, widths, strict=True):
            table.add_column(label, width=w)
        for cells in rows:
            table.add_row(*(Text(c, justify="right") if self.is_number(i) else Text(c) for i, c in enumerate(cells)), height=None)
        if self.rows:
            table.move_cursor(row=min(cursor, len(self.rows) - 1))
        self.show_summary()

    wrap_column: ClassVar[int] = 0  # the column whose text wraps when the table is too narrow

    def is_number(self, column: int) -> bool:
        """Right-aligned columns (amounts)."""
        return False

    def on_resize(self) -> None:
        if self.is_mounted:
            self.call_after_refresh(self.show_table)

    def write(self) -> None:
        """Write the rows into the sketch, then read them back from the sketch."""
        self.save_rows()
        self.read_back()
        self.show_table()

    # ------------------------------------------------------------------ form

    @on(Input.Submitted)
    @on(Button.Pressed, "#add")
    def action_add(self) -> None:
        error = self.query_one(f"#{self.screen_name}-error", Static)
        try:
            row = self.row_from_form()
        except FormError as exc:
            error.update(str(exc))
            return
        if self.editing is not None and self.editing < len(self.rows):
            self.rows[self.editing] = row
        else:
            self.rows.append(row)
        error.update("")
        self.action_clear()
        self.write()
        self.query_one(self.first_field, Input).focus()

    def action_edit(self) -> None:
        if not self.rows:
            return
        index = self.query_one(f"#{self.screen_name}-table", DataTable).cursor_row
        self.editing = index
        self.fill_form(self.rows[index])
        self._update_button()
        self.query_one(self.first_field, Input).focus()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_edit()

    def action_delete(self) -> None:
        """Delete the row under the cursor; Ctrl+Z puts it back (each deletion, last first)."""
        if not self.rows:
            return
        index = self.query_one(f"#{self.screen_name}-table", DataTable).cursor_row
        index = max(0, min(index, len(self.rows) - 1))
        row = self.rows.pop(index)
        self.deleted.append((index, row))
        self.editing = None
        self.write()
        self.notify(self.tr("tui.table.deleted", name=self.row_name(row)))

    def action_undo_delete(self) -> None:
        if not self.deleted:
            self.notify(self.tr("tui.table.nothing_to_undo"), markup=False)
            return
        index, row = self.deleted.pop()
        self.rows.insert(min(index, len(self.rows)), row)
        self.write()
        self.query_one(f"#{self.screen_name}-table", DataTable).move_cursor(row=min(index, len(self.rows) - 1))
        self.notify(self.tr("tui.table.restored", name=self.row_name(row)))

    def row_name(self, row: Any) -> str:
        """How a row is named in «Slettet …»: its first cell."""
        return next(iter(self.cells(row)), "")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc clears a form that holds something; on an empty form it goes on to the window's
        Esc (back to the portfolio the sketch was opened from), so Esc always leads back."""
        if action == "clear" and self.editing is None and not any(self.query_one(f, Input).value for f in self.text_fields):
            return False
        return True

    @on(Input.Changed)
    def _form_keys(self) -> None:
        # The form's error said what was missing when F7 was pressed; typing answers it, so it goes.
        self.query_one(f"#{self.screen_name}-error", Static).update("")
        self.refresh_bindings()  # «Esc Tøm skjemaet» in the footer once the form holds something

    def action_clear(self) -> None:
        self.editing = None
        for field in self.text_fields:
            self.query_one(field, Input).value = ""
        self.reset_form()
        self._update_button()

    def relabel_choices(self, select: str, options: list[tuple[str, str]], default: str) -> None:
        """New option texts for a Select, keeping its choice (or taking `default` when it has none)."""
        choice = self.query_one(select, Select)
        value = choice.value
        choice.set_options(options)
        choice.value = value if value != Select.BLANK else default

    def _update_button(self) -> None:
        key = "update" if self.editing is not None else "add"
        self.query_one("#add", Button).label = self.tr(f"tui.{self.screen_name}.{key}")
