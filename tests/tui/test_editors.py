"""Budget and partners editors, and the export dialog's warnings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from textual.widgets import Checkbox, DataTable, Input, Select

from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.model import BudgetCategory, OrgKind
from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.export import ExportScreen

from .helpers import asked, new_sketch, open_screen, send, type_text, wait_for

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sketches"


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    new_sketch(tmp_path / "s.md", orgnr="972418013")
    return tmp_path / "s.md"


async def test_budget_lines_edit_delete_and_bad_amounts(fresh: Path) -> None:
    app = make_app(fresh, save_delay=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, app, "f4", "budget")
        error = screen.query_one("#budget-error")
        await type_text(pilot, "Prosjektledelse")
        await pilot.press("tab", "tab")
        await send(pilot, "mye penger")
        assert "mye penger" in str(error.render())
        screen.query_one("#amount", Input).value = "1 000"
        screen.query_one("#years", Input).value = "2026: 600; 2027: 600"
        await pilot.press("enter")
        assert "1 200" in str(error.render())
        screen.query_one("#amount", Input).value = "1,2 mill."
        screen.query_one("#years", Input).value = ""
        await pilot.press("enter")
        assert str(error.render()) == ""
        assert [(b.item, b.category, b.amount) for b in app.draft.sketch.budget.lines] == [
            ("Prosjektledelse", BudgetCategory.PROJECT_MANAGEMENT, 1_200_000)
        ]
        # The category is guessed from the wording and can be changed.
        await type_text(pilot, "Innkjøp av lisenser")
        assert screen.query_one("#category", Select).value == BudgetCategory.PROCUREMENT.value
        await pilot.press("tab", "tab")
        await send(pilot, "2 000 000")
        assert "1 200 000 kr" in str(screen.query_one("#budget-totals").render()).replace("\xa0", " ")
        assert "2 000 000 kr" in str(screen.query_one("#budget-totals").render()).replace("\xa0", " ")
        # Edit the first line, then delete the second.
        table = screen.query_one("#budget-table", DataTable)
        table.move_cursor(row=0)
        await pilot.press("f8")
        assert screen.query_one("#item", Input).value == "Prosjektledelse"
        screen.query_one("#amount", Input).value = "900 000"
        await pilot.press("enter")
        table.move_cursor(row=1)
        await pilot.press("f9")
        assert [(b.item, b.amount) for b in app.draft.sketch.budget.lines] == [("Prosjektledelse", 900_000)]
        await wait_for(pilot, lambda: "| Prosjektledelse | Prosjektledelse | 900 000 |" in fresh.read_text(encoding="utf-8"))


async def test_budget_reads_an_existing_table(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    shutil.copy(FIXTURES / "budsjett-mill-og-aar.md", path)
    expected = parse_sketch(path.read_text(encoding="utf-8")).budget
    app = make_app(path)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await open_screen(pilot, app, "f4", "budget")
        table = screen.query_one("#budget-table", DataTable)
        assert table.row_count == len(expected.lines) > 0
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == [b.item for b in expected.lines]


async def test_partners_org_numbers_and_the_collaboration_verdict(fresh: Path) -> None:
    app = make_app(fresh, live_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, app, "f5", "partners")
        verdict = screen.query_one("#verdict")
        await wait_for(pilot, lambda: "Samarbeid" in str(verdict.render()))
        assert "ikke oppfylt" in str(verdict.render()) or "bør forbedres" in str(verdict.render())
        await type_text(pilot, "Fauske kommune")
        await pilot.press("tab")
        await send(pilot, "972417972")
        assert "Kontrollsifferet" in str(screen.query_one("#partners-error").render())
        assert app.draft.sketch.partners == []
        screen.query_one("#orgnr", Input).value = "972 417 971"
        await pilot.press("enter")
        assert [(p.name, p.orgnr, p.kind) for p in app.draft.sketch.partners] == [("Fauske kommune", "972417971", OrgKind.KOMMUNE)]
        await wait_for(pilot, lambda: "oppfylt" in str(verdict.render()) and "ikke oppfylt" not in str(verdict.render()))
        assert "Offentlige virksomheter i skissen: 2" in str(verdict.render())
        # A business partner does not count as a public body.
        await type_text(pilot, "Omsorgsteknologi AS")
        assert screen.query_one("#kind", Select).value == "business"
        await pilot.press("enter")
        assert app.draft.sketch.partners[1].kind is OrgKind.SELSKAP
        assert "Offentlige virksomheter i skissen: 2" in str(verdict.render())
        screen.query_one("#partners-table", DataTable).move_cursor(row=0)
        await pilot.press("f9")
        assert [p.name for p in app.draft.sketch.partners] == ["Omsorgsteknologi AS"]


async def test_export_asks_before_a_sketch_over_five_pages_and_can_be_declined(tmp_path: Path) -> None:
    path = tmp_path / "lang.md"
    shutil.copy(FIXTURES / "over-fem-sider.md", path)
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, app, "f6", "export")
        await wait_for(pilot, lambda: screen.state is not None)
        assert screen.state.pages.fraction > 5
        assert any("grensen er 5" in p for p in screen.problems())
        await pilot.press("f7")
        assert "grensen er 5" in await asked(pilot, app)
        await pilot.press("n")
        assert isinstance(app.screen, ExportScreen)
        await pilot.pause(0.2)
        assert screen.result is None and not (tmp_path / "lang.pdf").exists()
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: screen.result is not None)
    assert len(PdfReader(tmp_path / "lang.pdf").pages) == screen.result.pages.pages > 5


async def test_what_was_exported_is_on_screen_at_80x24(tmp_path: Path) -> None:
    path = tmp_path / "svak.md"  # a long list of failing criteria above the buttons
    shutil.copy(FIXTURES / "svak-kort.md", path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, app, "f6", "export")
        await wait_for(pilot, lambda: screen.state is not None)
        screen.query_one("#want-pdf", Checkbox).value = False  # the Markdown copy is enough here
        await pilot.press("f7")
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("j")
        await wait_for(pilot, lambda: screen.result is not None)
        result = screen.query_one("#export-result")
        body = result.parent

        def in_view() -> bool:  # every line of the result inside the scrolled view, not below the fold
            top = body.scroll_offset.y
            return top <= result.virtual_region.y and result.virtual_region.bottom <= top + body.scrollable_content_region.height

        await wait_for(pilot, lambda: "svak.export.md" in str(result.render()) and in_view())


async def test_export_refuses_to_overwrite_the_sketch(tmp_path: Path) -> None:
    path = tmp_path / "sterk.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    before = path.read_bytes()
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, app, "f6", "export")
        await wait_for(pilot, lambda: screen.state is not None)
        screen.query_one("#md-path", Input).value = str(path)
        await pilot.press("f7")
        assert "skrive over selve skissefilen" in str(screen.query_one("#export-result").render())
    assert path.read_bytes() == before


async def test_an_export_that_cannot_be_written_there_says_to_change_the_path(tmp_path: Path) -> None:
    """A folder that is a file (or missing, or read-only): the result says what and how to go on."""
    path = tmp_path / "sterk.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    (tmp_path / "ut").write_text("a file, not a folder\n", encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, app, "f6", "export")
        await wait_for(pilot, lambda: screen.state is not None)
        screen.query_one("#want-pdf", Checkbox).value = False
        screen.query_one("#md-path", Input).value = str(tmp_path / "ut" / "sterk.md")
        await pilot.press("f7")
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("j")
        result = screen.query_one("#export-result")
        await wait_for(pilot, lambda: "er en fil, ikke en mappe" in str(result.render()))
        assert "Skriv en annen mappe i feltet over" in str(result.render())
        screen.query_one("#md-path", Input).value = str(tmp_path / "sterk.ut.md")
        await pilot.press("f7")
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("j")
        await wait_for(pilot, lambda: screen.result is not None)
    assert (tmp_path / "sterk.ut.md").exists() and (tmp_path / "ut").read_text(encoding="utf-8") == "a file, not a folder\n"


async def test_partners_found_in_the_text_are_shown_and_written_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "prosa.md"
    text = (
        "# Trygg natt\n\n**Søker:** Bodø kommune\n\n## Om partnerskapet\n\n"
        "Partnerskapet består av Bodø kommune, Fauske kommune og Nordlandssykehuset HF, og kapet har et felles "
        "prosjektkontor med 2 årsverk.\n"
    )
    path.write_text(text, encoding="utf-8")
    app = make_app(path, save_delay=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_screen(pilot, app, "f5", "partners")
        found = screen.query_one("#found-in-text")
        assert found.display
        assert "Fauske kommune, Nordlandssykehuset HF" in str(found.render())
        assert screen.query_one("#partners-table", DataTable).row_count == 0
        assert app.draft.text == text  # nothing written by looking
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await open_screen(pilot, app, "n", "partners")
        assert app.draft.text == text  # no: nothing written
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.draft.sketch.meta.partners != [])
    written = app.draft.sketch.meta.partners
    assert [(p.name, p.kind) for p in written] == [("Fauske kommune", OrgKind.KOMMUNE), ("Nordlandssykehuset HF", OrgKind.HELSEFORETAK)]
    assert "kapet" not in app.draft.text.split("---")[1]


async def test_partners_form_shows_the_kind_a_row_is_saved_as_and_its_headers_fit_at_80x24(fresh: Path) -> None:
    """«Vestre Viken HF» typed: the kind choice says «Helseforetak» at once (it said «Offentlig»
    while the row was saved as «Helseforetak»); «Helse Sør-Øst RHF» is a regional trust; every
    column header is whole at 80 columns."""
    app = make_app(fresh)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, app, "f5", "partners")
        kind = screen.query_one("#kind", Select)
        assert "Offentlig" in str(kind.query_one("SelectCurrent").query("Static").first().render())

        def chosen() -> str:
            return str(kind.query_one("SelectCurrent").query("Static").first().render())

        await type_text(pilot, "Vestre Viken HF")
        assert chosen() == "Helseforetak" and kind.value == "public"
        assert kind.region.height == 1 and kind.region.right <= 80  # on one line, on screen
        await pilot.press("tab", "tab", "tab")
        await send(pilot, "deler behovet og tester løsningen i hjemmetjenesten")
        await wait_for(pilot, lambda: len(app.draft.sketch.partners) == 1)
        assert app.draft.sketch.partners[0].kind is OrgKind.HELSEFORETAK
        table = screen.query_one("#partners-table", DataTable)
        assert [str(c) for c in table.get_row_at(0)][2] == "Helseforetak"
        await pilot.pause()
        assert chosen() == "Offentlig"  # the emptied form
        await type_text(pilot, "Helse Sør-Øst RHF")
        assert chosen() == "Regionalt helseforetak"
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(app.draft.sketch.partners) == 2)
        assert [str(c) for c in table.get_row_at(1)][2] == "Regionalt helseforetak"
        await type_text(pilot, "Omsorgsteknologi AS")
        assert chosen() == "Næringsliv" and kind.value == "business"
        await pilot.pause()
        for column in table.columns.values():
            assert column.get_render_width(table) - 2 * table.cell_padding >= len(str(column.label)), str(column.label)
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= table.size.width
