"""An export never loses the user's own file: the Word draft a sketch was imported from, a PDF
made elsewhere, an export edited since. Those are refused without --force (asked in the window)
and, when replaced, kept as NAME~; Skisse's own untouched exports are replaced as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from textual.widgets import Checkbox, Input

from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.import_details import ImportDetailsScreen

from tui.helpers import wait_for
from .builders import styled_draft

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "--lang", "en", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_the_readme_workflow_keeps_the_word_draft(tmp_path):
    """import utkast.docx, then export --docx: the draft is untouched, the export goes beside it."""
    draft = styled_draft(tmp_path / "utkast.docx")
    before = draft.read_bytes()
    assert run("import", str(draft)).returncode == 0
    result = run("export", str(tmp_path / "utkast.md"), "--docx", "--force")
    assert result.returncode == 0, result.stderr
    assert draft.read_bytes() == before
    assert f"Wrote {tmp_path / 'utkast.export.docx'} (Word)" in result.stdout
    assert docx.Document(tmp_path / "utkast.export.docx").paragraphs[0].text  # a real Word file
    # Exported again: its own earlier export is replaced without a word, and no backup clutters.
    again = run("export", str(tmp_path / "utkast.md"), "--docx", "--force")
    assert again.returncode == 0 and "not a file Skisse exported" not in again.stderr
    assert not (tmp_path / "utkast.export.docx~").exists()


def test_export_over_the_import_source_is_refused_then_kept_as_backup(tmp_path):
    draft = styled_draft(tmp_path / "utkast.docx")
    before = draft.read_bytes()
    assert run("import", str(draft)).returncode == 0
    # A sketch that meets every criterion: the refusal is about the file, not the criteria.
    strong = tmp_path / "sterk.md"
    strong.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    refused = run("export", str(strong), "--docx", "-o", str(draft))
    assert refused.returncode == 2, refused.stderr
    line = refused.stderr.strip()
    assert "\n" not in line and "utkast.docx exists and is not a file Skisse exported" in line and "--force" in line
    assert "Traceback" not in refused.stderr and refused.stdout == ""
    assert draft.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["sterk.md", "utkast.docx", "utkast.md"]

    forced = run("export", str(strong), "--docx", "-o", str(draft), "--force")
    assert forced.returncode == 0, forced.stderr
    assert (tmp_path / "utkast.docx~").read_bytes() == before  # the user's draft, byte for byte
    assert not (tmp_path / "utkast.docx.original~").exists()  # one backup, as named
    assert f"the old one is kept as {draft}~" in forced.stderr
    assert draft.read_bytes() != before and docx.Document(draft).core_properties.title == "Trygg hjemme lenger"


def test_pdf_and_markdown_made_elsewhere_are_kept_too(tmp_path):
    sketch = tmp_path / "sterk.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    own_pdf = tmp_path / "sterk.pdf"
    own_pdf.write_bytes(b"%PDF-1.7\n% made in Word\n")
    own_md = tmp_path / "sterk.export.md"
    own_md.write_text("Mine egne notater.\n", encoding="utf-8")
    refused = run("export", str(sketch), "--pdf", "--md")
    assert refused.returncode == 2 and "is not a file Skisse exported" in refused.stderr and "--force" in refused.stderr
    assert own_pdf.read_bytes() == b"%PDF-1.7\n% made in Word\n" and own_md.read_text(encoding="utf-8") == "Mine egne notater.\n"

    assert run("export", str(sketch), "--pdf", "--md", "--force").returncode == 0
    assert (tmp_path / "sterk.pdf~").read_bytes() == b"%PDF-1.7\n% made in Word\n"
    assert (tmp_path / "sterk.export.md~").read_text(encoding="utf-8") == "Mine egne notater.\n"
    # Now both are Skisse's own: written again with no question.
    assert run("export", str(sketch), "--pdf", "--md").returncode == 0


def test_an_export_edited_since_is_no_longer_skisses_own(tmp_path):
    sketch = tmp_path / "sterk.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    assert run("export", str(sketch), "--md").returncode == 0
    copy = tmp_path / "sterk.export.md"
    copy.write_text(copy.read_text(encoding="utf-8") + "\nMin merknad.\n", encoding="utf-8")
    edited = copy.read_bytes()
    refused = run("export", str(sketch), "--md")
    assert refused.returncode == 2 and "--force" in refused.stderr and copy.read_bytes() == edited


def test_a_blank_output_name_says_so(tmp_path):
    sketch = tmp_path / "sterk.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    result = run("export", str(sketch), "-o", " ", cwd=tmp_path)
    assert result.returncode == 2 and "no file name given" in result.stderr and ".: is a folder" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sterk.md"]


async def _export_screen(app, pilot):
    await pilot.press("f6")
    await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "export")
    screen = app.screen
    await wait_for(pilot, lambda: screen.state is not None)
    return screen


async def test_the_window_proposes_no_source_name_and_asks_before_replacing_it(tmp_path):
    draft = styled_draft(tmp_path / "orig.docx")
    before = draft.read_bytes()
    app = make_app(draft, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ImportDetailsScreen))
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.draft is not None)
        screen = await _export_screen(app, pilot)
        assert screen.query_one("#docx-path", Input).value == str(tmp_path / "orig.export.docx")
        screen.query_one("#want-md", Checkbox).value = False
        screen.query_one("#want-pdf", Checkbox).value = False
        screen.query_one("#want-docx", Checkbox).value = True
        screen.query_one("#docx-path", Input).value = str(draft)  # the user types the draft's own name
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = str(app.screen.query_one("#confirm-question").render())
        assert "orig.docx exists and is not a file Skisse exported" in question and "orig.docx~" in question
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.pause(0.2)
        assert screen.result is None and draft.read_bytes() == before

        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: screen.result is not None)
        shown = str(screen.query_one("#export-result").render())
        assert "Word: " in shown and "orig.docx~" in shown
    assert (tmp_path / "orig.docx~").read_bytes() == before
    assert draft.read_bytes() != before


async def test_the_window_names_a_blank_file_name(tmp_path):
    sketch = tmp_path / "sterk.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    app = make_app(sketch, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.draft is not None)
        screen = await _export_screen(app, pilot)
        screen.query_one("#pdf-path", Input).value = " "  # a Space typed over the selected field
        await pilot.press("f7")
        await pilot.pause(0.2)
        shown = str(screen.query_one("#export-result").render())
        assert "Inkje filnamn er oppgitt for PDF" in shown and ".: er ei mappe" not in shown
        assert not isinstance(app.screen, ConfirmScreen)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["sterk.md"]
