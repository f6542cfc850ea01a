"""The window asks for what a Word file did not say, right after importing it from the open dialog."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
import yaml
from textual.widgets import Button, Checkbox, Input, Label, Static

from assistant.advisor.db import HistoryDB
from assistant.advisor.versions import list_versions
from assistant.core.files.docx_import import import_docx
from assistant.core.sketch.model import Metadata, OrgKind, Partner
from assistant.tui.app import make_app
from assistant.tui.screens.import_details import ImportDetailsScreen, missing_fields, needs_details
from assistant.tui.screens.open_file import OpenFileScreen

from tui.helpers import type_text, wait_for
from tui.test_norwegian import screen_text

from .builders import NEED, begun_draft

ELDERLY = "Flere eldre faller hjemme hvert år, og tjenestene er lite samordnet."


def draft_without_orgnr(path: Path) -> Path:
    """A municipality's draft: title, applicant named without its number, two partners, a section."""
    begun_draft("Fjordvik kommune").save(path)
    return path


def metadata(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return yaml.safe_load(text.split("---\n")[1])


def test_what_is_missing_is_named(tmp_path):
    result = import_docx(draft_without_orgnr(tmp_path / "utkast.docx"))
    assert result.guessed
    assert missing_fields(result.sketch.meta) == ["orgnr"]
    assert needs_details(result.sketch.meta)
    assert [p.name for p in result.sketch.meta.partners] == ["Askøy kommune", "Helse Bergen HF"]


async def _open_from_dialog(pilot, app, path: Path) -> ImportDetailsScreen:
    await pilot.press("o")
    await wait_for(pilot, lambda: isinstance(app.screen, OpenFileScreen))
    await type_text(pilot, str(path))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, ImportDetailsScreen))
    return app.screen


def _on_screen(app, widget) -> bool:
    region = widget.region
    return region.width > 0 and region.height > 0 and region.bottom <= app.size.height and region.right <= app.size.width


async def test_the_window_asks_for_the_org_number_and_writes_it_into_the_sketch(tmp_path):
    """Open dialog → import → the form names the missing number → typed values land in the .md."""
    path = draft_without_orgnr(tmp_path / "utkast [b].docx")  # a file name Textual would read as markup
    before = path.read_bytes()
    target = tmp_path / "utkast [b].md"
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_from_dialog(pilot, app, path)
        assert app.draft is None  # asked before the sketch opens
        assert target.exists()  # the import is written already: nothing is lost whatever is answered
        heading = str(screen.query_one("#import-heading", Static).render())
        assert "utkast [b].docx was imported as utkast [b].md" in heading
        assert "Not found in the Word file: organisation number" in str(screen.query_one("#import-missing", Static).render())
        assert "(missing)" in str(screen.query_one("#l-orgnr", Label).render())
        assert "(missing)" not in str(screen.query_one("#l-title", Label).render())
        assert screen.query_one("#title", Input).value == "Trygg hjemme lenger"
        assert screen.query_one("#applicant", Input).value == "Fjordvik kommune"
        assert screen.focused is screen.query_one("#orgnr", Input)  # the cursor waits in the missing field
        # At 80×24 both buttons are on screen, not below the fold.
        assert _on_screen(app, screen.query_one("#save", Button)) and _on_screen(app, screen.query_one("#keep", Button))

        await type_text(pilot, "964338532")  # a wrong check digit: refused, said why
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ImportDetailsScreen)
        assert "check digit" in str(screen.query_one("#form-error", Static).render())
        assert "orgnr" not in metadata(target)["applicant"]

        screen.query_one("#orgnr", Input).value = "964 338 531"
        screen.query_one("#partner-1", Checkbox).value = False  # Helse Bergen HF is not a partner after all
        await pilot.click("#save")
        await wait_for(pilot, lambda: app.draft is not None and not app.draft.dirty)
        assert app.draft.path == target
        assert app.draft.sketch.applicant.orgnr == "964338531"
        await app.workers.wait_for_complete()
    # The history holds the sketch as imported, then as completed: either can be restored.
    with HistoryDB() as db:
        versions = list_versions(db, target)
    assert len(versions) == 2
    assert "964338531" not in versions[0].text and "orgnr: '964338531'" in versions[1].text
    meta = metadata(target)
    assert meta["applicant"] == {"name": "Fjordvik kommune", "orgnr": "964338531", "kind": "kommune"}
    assert [p["name"] for p in meta["partners"]] == ["Askøy kommune"]
    assert meta["title"] == "Trygg hjemme lenger" and meta["language"] == "nb"
    assert "## Problem og behov" in target.read_text(encoding="utf-8")  # the body is untouched
    backup = tmp_path / "utkast [b].md~"  # the version as imported, kept
    assert "orgnr" not in metadata(backup)["applicant"]
    assert path.read_bytes() == before  # the Word file only read


async def test_keeping_the_sketch_as_imported_changes_nothing(tmp_path):
    path = draft_without_orgnr(tmp_path / "utkast.docx")
    target = tmp_path / "utkast.md"
    app = make_app(lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_from_dialog(pilot, app, path)
        imported = target.read_text(encoding="utf-8")
        assert "Fann ikkje i Word-fila: organisasjonsnummer" in str(screen.query_one("#import-missing", Static).render())
        await type_text(pilot, "964338531")
        await pilot.press("escape")  # keep as imported: what was typed is not written
        await wait_for(pilot, lambda: app.draft is not None)
        assert app.draft.path == target
    assert target.read_text(encoding="utf-8") == imported
    assert not (tmp_path / "utkast.md~").exists()


async def test_a_draft_with_no_applicant_asks_for_all_of_it(tmp_path):
    document = docx.Document()
    document.add_heading("Problem og behov", 1)
    document.add_paragraph(ELDERLY)
    path = tmp_path / "tom.docx"
    document.save(path)
    app = make_app(lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_from_dialog(pilot, app, path)
        missing = str(screen.query_one("#import-missing", Static).render())
        assert "tittel, søker, organisasjonsnummer, type søker" in missing
        assert screen.focused is screen.query_one("#title", Input)
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = str(screen.query_one("#form-error", Static).render())
        assert "Skriv en tittel." in error and "Skriv hvem som søker." in error
        await type_text(pilot, "Trygg [b]hjemme[/b]")
        screen.query_one("#applicant", Input).value = "Helse Nord RHF"
        await pilot.pause()
        assert screen.query_one("#kind").value == OrgKind.HELSEFORETAK.value  # guessed from the name
        await pilot.click("#save")
        await wait_for(pilot, lambda: app.draft is not None and not app.draft.dirty)
    meta = metadata(tmp_path / "tom.md")
    assert meta["title"] == "Trygg [b]hjemme[/b]"
    assert meta["applicant"] == {"name": "Helse Nord RHF", "kind": "helseforetak"}


async def test_names_from_the_file_are_shown_as_written(tmp_path):
    """Brackets in a title, an applicant or a partner are shown as their text, never read as markup."""
    document = begun_draft("Fjord[/]vik kommune", title="Trygg [b]hjemme[/b]", partners=None, need=ELDERLY)
    path = tmp_path / "klammer.docx"
    document.save(path)
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_from_dialog(pilot, app, path)
        assert screen.query_one("#title", Input).value == "Trygg [b]hjemme[/b]"
        assert screen.query_one("#applicant", Input).value == "Fjord[/]vik kommune"
        screen.query_one("#orgnr", Input).value = "964 338 531"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.draft is not None and not app.draft.dirty)
    assert metadata(tmp_path / "klammer.md")["applicant"]["name"] == "Fjord[/]vik kommune"

    found = Metadata(title="T", partners=[Partner(name="Teknikk [/]AS", orgnr="964338531"), Partner(name="[b]Askøy kommune")])
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ImportDetailsScreen(found, docx_name="a [i].docx", target_name="a [i].md"))
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDetailsScreen) and len(app.screen.query(Checkbox)) == 2)
        await pilot.pause()
        labels = [str(box.label) for box in app.screen.query(Checkbox)]
        assert labels == ["Teknikk [/]AS (964 338 531)", "[b]Askøy kommune"]
        assert "a [i].docx was imported as a [i].md" in str(app.screen.query_one("#import-heading", Static).render())


async def test_the_form_follows_a_change_of_language(tmp_path):
    path = draft_without_orgnr(tmp_path / "utkast.docx")
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_from_dialog(pilot, app, path)
        app.set_language("nn")
        await pilot.pause()
        assert "Fann ikkje i Word-fila: organisasjonsnummer" in str(screen.query_one("#import-missing", Static).render())
        assert str(screen.query_one("#save", Button).label) == "Lagra i skissa"
        assert screen.query_one("#kind").value == "kommune" and screen.query_one("#language").value == "nb"
        shown = {value: str(prompt) for prompt, value in screen.query_one("#language")._options}
        assert shown["nb"] == "Bokmål"  # «Norwegian Bokmål» in English


@pytest.mark.parametrize(
    ("lang", "said", "buttons"),
    [
        ("nb", "Word-filen er uendret", ("Lagre i skissen", "Behold som importert")),
        ("nn", "Word-fila er uendra", ("Lagra i skissa", "Behald som importert")),
        ("en", "the Word file is unchanged", ("Save to the sketch", "Keep as imported")),
    ],
)
async def test_at_80x24_no_toast_covers_the_form_and_every_button_reads_whole(tmp_path, lang, said, buttons):
    """The import said «orig.docx er gjord om til skissa orig.md; Word-fila er uendra.» in a toast
    that sat on the form's buttons at 80×24 («Behald som importe▌»): the form's heading says it,
    how the Word file was read is said in the form, and no toast is over the form."""
    document = docx.Document()
    document.add_paragraph("Trygg hjemme lenger", style="Title")
    p = document.add_paragraph()
    p.add_run("Søker:").bold = True
    p.add_run(" Fjordvik kommune")  # no organisation number: the form asks for it
    document.add_heading("Problem og behov", 1)
    run = document.add_paragraph(NEED).add_run(" Tall fra SSB.")
    document.add_comment(run, text="Kilde?", author="Ola")  # left out of the sketch: a note
    path = tmp_path / "orig.docx"
    document.save(path)
    app = make_app(path, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDetailsScreen))
        await pilot.pause()
        assert not app._notifications  # nothing drawn over the form
        heading = " ".join(str(app.screen.query_one("#import-heading", Static).render()).split())
        assert "orig.docx" in heading and "orig.md" in heading and said in heading
        notes = str(app.screen.query_one("#import-notes", Static).render())
        assert "orig.docx: 1 " in notes  # the comment left out: said in the form
        text = screen_text(app)
        row = next(line for line in text.splitlines() if buttons[0] in line)
        assert buttons[1] in row and "▌" not in row  # both whole, side by side, nothing over them
        for name in ("#save", "#keep"):
            assert _on_screen(app, app.screen.query_one(name, Button))
