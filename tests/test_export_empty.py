"""Empty sections (a bare heading, or only the template's guidance comments) are left out of the
exported PDF, Markdown and Word file, and the export names them: under a five-page limit a bare
heading is wasted space and looks unfinished in a submission."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.rendering.empty import empty_headings
from assistant.core.sketch.document import parse_sketch

ROOT = Path(__file__).resolve().parents[1]
STRONG = (ROOT / "tests" / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8")
# Two empty sections: one bare heading, one with only the template's guidance comment.
TWO_EMPTY = STRONG.replace("## Hvorfor oss", "## Risiko\n\n## Hvorfor oss", 1).replace(
    "## Dialog med næringslivet", "## Gevinster\n\n<!--\n  Hvilke gevinster venter dere?\n-->\n\n## Dialog med næringslivet", 1
)


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKISSE_HOME", str(tmp_path / "home"))


def test_two_empty_sections_are_left_out_of_pdf_markdown_and_word_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert TWO_EMPTY != STRONG and TWO_EMPTY.count("## ") == STRONG.count("## ") + 2
    sketch = tmp_path / "skisse.md"
    sketch.write_text(TWO_EMPTY, encoding="utf-8")
    full = tmp_path / "full.md"
    full.write_text(STRONG, encoding="utf-8")

    assert main(["--lang", "nb", "export", str(sketch), "--pdf", "--md", "--docx", "--force", "-o", str(tmp_path / "ut")]) == 0
    out = capsys.readouterr().out
    assert "Tomme deler er ikke tatt med i eksporten: «Risiko», «Gevinster»." in out

    text = _pdftotext(tmp_path / "ut.pdf")
    assert "Hvorfor oss" in text and "Dialog med næringslivet" in text  # the sections with text are there
    assert "Risiko" not in text and "Gevinster" not in text and "Hvilke gevinster" not in text

    assert main(["--lang", "nb", "export", str(full), "--force", "-o", str(tmp_path / "full.pdf")]) == 0
    assert "Tomme deler" not in capsys.readouterr().out  # nothing left out, nothing said
    assert _pages(tmp_path / "ut.pdf") <= _pages(tmp_path / "full.pdf")  # the empty headings take no room

    markdown = (tmp_path / "ut.md").read_text(encoding="utf-8")
    assert "## Hvorfor oss" in markdown and "## Dialog med næringslivet" in markdown
    assert "## Risiko" not in markdown and "## Gevinster" not in markdown and "Hvilke gevinster" not in markdown

    from docx import Document

    word = "\n".join(p.text for p in Document(str(tmp_path / "ut.docx")).paragraphs)
    assert "Hvorfor oss" in word and "Risiko" not in word and "Gevinster" not in word

    assert sketch.read_text(encoding="utf-8") == TWO_EMPTY  # the sketch itself keeps its headings


def test_the_page_count_check_reports_is_that_of_the_pdf_without_the_empty_headings(tmp_path: Path) -> None:
    from assistant.core.judging.batch import check_path

    sketch = tmp_path / "skisse.md"
    sketch.write_text(TWO_EMPTY, encoding="utf-8")
    full = tmp_path / "full.md"
    full.write_text(STRONG, encoding="utf-8")
    with_empty, without = check_path(sketch), check_path(full)
    assert with_empty.page_fraction == pytest.approx(without.page_fraction)  # not a line of air for «Risiko»
    assert main(["--lang", "nb", "export", str(sketch), "--force", "-o", str(tmp_path / "s.pdf")]) == 0
    assert with_empty.pages == _pages(tmp_path / "s.pdf")


def test_which_sections_count_as_empty() -> None:
    text = (
        "---\ntitle: T\n---\n\n## Behov\n\nNoe tekst.\n\n## Tom\n\n<!-- bare en kommentar -->\n\n"
        "## Gruppe\n\n### Under\n\nTekst under.\n\n## Uavsluttet\n\n<!-- en kommentar som aldri lukkes\n"
    )
    sketch = parse_sketch(text)
    names = empty_headings(sketch)
    assert "Tom" in names and "Uavsluttet" in names
    assert "Behov" not in names and "Under" not in names
    assert "Gruppe" not in names  # a heading over deeper sections keeps its place


async def test_the_export_screen_names_the_sections_it_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.widgets import Checkbox

    from assistant.tui.app import make_app
    from assistant.tui.screens.confirm import ConfirmScreen
    from assistant.tui.screens.export import ExportScreen

    monkeypatch.setenv("SKISSE_LANG", "nb")
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "skisse.md"
    path.write_text(TWO_EMPTY, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        for _ in range(100):
            if isinstance(app.screen, ExportScreen) and app.screen.state is not None:
                break
            await pilot.pause(0.05)
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        screen.query_one("#want-pdf", Checkbox).value = False  # the Markdown copy is enough here
        await pilot.press("f7")
        for _ in range(200):
            if isinstance(app.screen, ConfirmScreen):
                await pilot.press("j")
            if screen.result is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause(0.1)
        shown = str(screen.query_one("#export-result").render())
    assert "Tomme deler er ikke tatt med: «Risiko», «Gevinster»" in shown
    assert "## Risiko" not in (tmp_path / "skisse.export.md").read_text(encoding="utf-8")


def test_a_plain_line_read_as_a_parts_name_is_never_left_out():
    """«Start budsjett slutt» alone under «Problem og behov» is read as the budget part's name with
    nothing under it; it is the applicant's sentence, so the PDF keeps it."""
    from assistant.core.rendering.empty import empty_headings

    for words in ("Start budsjett slutt", "Start BUDGET slutt"):
        sketch = parse_sketch(f"---\ntitle: Prøve\n---\n\n## Problem og behov\n\n{words}\n")
        assert words not in empty_headings(sketch)
    # A heading written as one, with nothing under it, is still left out.
    assert "Budsjett" in empty_headings(parse_sketch("---\ntitle: P\n---\n\n## Behov\n\nTekst.\n\n## Budsjett\n"))
