"""The Word export carries the PDF's running head: «title · applicant» at the top of every page
but the first, and the page numbers on every page, the first included."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from assistant.core.rendering.docx_write import sketch_to_docx
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.rubric import sketch_rubric

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _word(text: str) -> docx.document.Document:
    sketch = parse_sketch(text)
    return docx.Document(io.BytesIO(sketch_to_docx(sketch, sketch_rubric(sketch.meta.rubric).layout)))


def _fields(part) -> list[str]:
    return [el.get(docx.oxml.ns.qn("w:instr")).strip() for el in part._element.iter(docx.oxml.ns.qn("w:fldSimple"))]


def test_every_page_but_the_first_has_the_running_head_and_every_page_its_number() -> None:
    section = _word((SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")).sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == "Trygg hjemme lenger · Bergen kommune"
    assert "".join(p.text for p in section.first_page_header.paragraphs) == ""  # the title block is there
    assert _fields(section.footer) == ["PAGE", "NUMPAGES"]
    assert _fields(section.first_page_footer) == ["PAGE", "NUMPAGES"]


def test_a_sketch_with_neither_title_nor_applicant_has_no_running_head() -> None:
    section = _word("## Behov\n\nEldre faller hjemme.\n").sections[0]
    assert not section.different_first_page_header_footer
    assert "".join(p.text for p in section.header.paragraphs) == ""
    assert _fields(section.footer) == ["PAGE", "NUMPAGES"]


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None, reason="LibreOffice or pdftotext is not installed")
def test_word_lays_the_head_out_from_page_two(tmp_path: Path) -> None:
    path = tmp_path / "skisse.docx"
    path.write_bytes(sketch_to_docx(parse_sketch((SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")), sketch_rubric(None).layout))
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, timeout=240, check=False,
    )
    pdf = tmp_path / "skisse.pdf"
    if not pdf.exists():
        pytest.skip("LibreOffice could not convert here")
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    assert len([p for p in pages if p.strip()]) >= 2
    assert "Trygg hjemme lenger · Bergen kommune" not in pages[0]
    assert pages[1].lstrip().startswith("Trygg hjemme lenger · Bergen kommune")
    assert "Side 1 av" in pages[0] and "Side 2 av" in pages[1]
