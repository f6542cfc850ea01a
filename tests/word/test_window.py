"""The window and Word files: opening a .docx imports it beside itself; the export writes Word."""

from __future__ import annotations

from pathlib import Path

import docx
from textual.widgets import Checkbox, Input

from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.import_details import ImportDetailsScreen
from assistant.tui.screens.open_file import SketchTree

from tui.helpers import open_export, wait_for
from .builders import styled_draft

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"


async def test_opening_a_word_file_imports_it_to_a_sketch_beside_it(tmp_path):
    path = styled_draft(tmp_path / "utkast.docx")
    before = path.read_bytes()
    app = make_app(path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        # Everything was found; the form asks only to confirm the partners read from the text.
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDetailsScreen))
        assert "Everything was found" in str(app.screen.query_one("#import-missing").render())
        heading = " ".join(str(app.screen.query_one("#import-heading").render()).split())
        assert "utkast.docx was imported as utkast.md; the Word file is unchanged." in heading
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.draft is not None)
        assert app.draft.path == tmp_path / "utkast.md"
        sketch = app.draft.sketch
        assert sketch.applicant is not None and sketch.applicant.name == "Bergen kommune"
        assert [s.key for s in sketch.sections] == ["need", "why-us", "budget"]
    assert (tmp_path / "utkast.md").read_text(encoding="utf-8").startswith("---\ntitle: Trygg hjemme lenger\n")
    assert path.read_bytes() == before


async def test_when_the_sketch_exists_the_user_chooses(tmp_path):
    path = styled_draft(tmp_path / "utkast.docx")
    existing = tmp_path / "utkast.md"
    existing.write_text("# Min egen\n\n## Behov\n\nTekst.\n", encoding="utf-8")
    app = make_app(path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = str(app.screen.query_one("#confirm-question").render())
        assert "utkast.md already exists" in question and "utkast-2.md" in question
        await pilot.press("n")  # open the sketch that is there
        await wait_for(pilot, lambda: app.draft is not None)
        assert app.draft.path == existing and "Min egen" in app.draft.text
    assert not (tmp_path / "utkast-2.md").exists()

    app = make_app(path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")  # import to a new name
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDetailsScreen))
        await pilot.press("escape")  # keep it as imported
        await wait_for(pilot, lambda: app.draft is not None)
        assert app.draft.path == tmp_path / "utkast-2.md"
    assert existing.read_text(encoding="utf-8") == "# Min egen\n\n## Behov\n\nTekst.\n"
    assert "## Problem og behov" in (tmp_path / "utkast-2.md").read_text(encoding="utf-8")


def test_the_open_dialog_lists_word_files_but_not_their_lock_files(tmp_path):
    for name in ("a.md", "b.docx", "~$b.docx", "c.pdf"):
        (tmp_path / name).write_bytes(b"x")
    shown = SketchTree.filter_paths(None, sorted(tmp_path.iterdir()))  # uses no state of the tree
    assert [p.name for p in shown] == ["a.md", "b.docx"]


async def test_the_export_screen_writes_word(tmp_path):
    sketch = tmp_path / "sterk.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    app = make_app(sketch, lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_export(pilot, app)
        assert screen.query_one("#docx-path", Input).value == str(tmp_path / "sterk.export.docx")
        screen.query_one("#want-md", Checkbox).value = False
        screen.query_one("#want-pdf", Checkbox).value = False
        screen.query_one("#want-docx", Checkbox).value = True
        await pilot.press("f7")
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("y")
        await wait_for(pilot, lambda: screen.result is not None)
        assert "Word: " in str(screen.query_one("#export-result").render())
    document = docx.Document(tmp_path / "sterk.export.docx")
    assert document.core_properties.title == "Trygg hjemme lenger"
    assert not (tmp_path / "sterk.pdf").exists() and not (tmp_path / "sterk.export.md").exists()
