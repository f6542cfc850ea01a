"""`export --docx` lays its tables out as the PDF does: columns sized to their content over the
text width, the header row repeated on each page and kept with the rows, rows never split, space
after the table; and a body font LibreOffice and Word have, so the pages come out as the PDF's.

The LibreOffice tests convert the .docx to PDF (`soffice --convert-to pdf`) and read it back;
they are skipped where LibreOffice is not installed (CI installs it).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from pypdf import PdfReader

from assistant.cli.main import main

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
SUM_ROW = "| **Sum ekskl. anskaffelse** | | **11 700 000** |"
LONG_ROWS = 40


def long_budget(path: Path) -> Path:
    """sterk-bokmal with 40 more budget rows of two lines each: the table crosses a page break."""
    text = (SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")
    assert SUM_ROW in text
    rows = "".join(
        f"| Delprosjekt {n}: utprøving og opplæring av ansatte i bydel {n} | Testing/pilot | {100 + n} 000 |\n" for n in range(1, LONG_ROWS + 1)
    )
    path.write_text(text.replace(SUM_ROW + "\n", rows), encoding="utf-8")
    return path


def export(sketch: Path, *formats: str) -> None:
    assert main(["--lang", "en", "export", str(sketch), *formats, "--force", "-o", str(sketch.parent)]) == 0


def text_width_twips(document) -> int:
    section = document.sections[0]
    return round((section.page_width - section.left_margin - section.right_margin) / 635)


def grid(table) -> list[int]:
    return [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def budget_table(document):
    [table] = [t for t in document.tables if t.rows[0].cells[0].text == "Post"]
    return table


def test_budget_columns_are_sized_to_their_content_over_the_text_width(tmp_path):
    sketch = tmp_path / "skisse.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    export(sketch, "--docx")
    document = docx.Document(tmp_path / "skisse.export.docx")
    table = budget_table(document)
    widths = grid(table)
    assert sum(widths) == text_width_twips(document) == 9072  # 160 mm (A4 less 25 mm margins) in twips
    assert len(set(widths)) == 3
    post, kategori, belop = widths
    assert post > kategori > belop  # the long text column widest, the amounts narrowest
    tbl_pr = table._tbl.tblPr
    assert tbl_pr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert tbl_pr.find(qn("w:tblW")).get(qn("w:w")) == str(sum(widths))
    for row in table.rows:
        assert [round(cell.width / 635) for cell in row.cells] == widths
        assert row.cells[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT  # amounts, header too
        assert row.cells[0].paragraphs[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT
    assert [c.text for c in table.rows[-1].cells] == ["Sum ekskl. anskaffelse", "", "11 700 000"]


def test_the_header_repeats_stays_with_the_rows_and_no_row_splits(tmp_path):
    sketch = long_budget(tmp_path / "lang.md")
    export(sketch, "--docx")
    document = docx.Document(tmp_path / "lang.export.docx")
    table = budget_table(document)
    rows = table.rows
    assert len(rows) == 5 + LONG_ROWS + 2  # header, the fixture's five, the new ones, the total added
    header = rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    assert all(p.paragraph_format.keep_with_next for cell in rows[0].cells for p in cell.paragraphs)
    # A long table breaks between rows (the PDF's too): the body rows are not chained together.
    assert not any(p.paragraph_format.keep_with_next for cell in rows[1].cells for p in cell.paragraphs)
    shading = rows[0].cells[0]._tc.tcPr.find(qn("w:shd"))
    assert shading is not None and shading.get(qn("w:fill")) == "EEEEEE"
    assert rows[1].cells[0]._tc.tcPr.find(qn("w:shd")) is None


def test_the_paragraph_after_a_table_keeps_its_distance_and_tables_stay_apart(tmp_path):
    sketch = tmp_path / "skisse.md"
    text = (SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8")
    two = "| Partner | Rolle |\n|---|---|\n| Askøy kommune | Utprøving |\n\n| Mål | Verdi |\n|---|---|\n| Fall | 30 % |\n"
    sketch.write_text(text.replace(SUM_ROW + "\n", SUM_ROW + "\n\n" + two + "\nTeksten etter tabellene.\n"), encoding="utf-8")
    export(sketch, "--docx")
    document = docx.Document(tmp_path / "skisse.export.docx")
    body = document.element.body
    tables = list(body.iterchildren(qn("w:tbl")))
    assert len(tables) == 3
    for tbl in tables:
        after = tbl.getnext()
        assert after.tag == qn("w:p")  # two tables in a row would be one in Word
        space = after.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
        assert space is not None and int(space.get(qn("w:before"))) >= Pt(11).twips
    # A short table is kept on one page, as in the PDF; its last row ends the chain.
    short = document.tables[1]
    assert [all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs) for row in short.rows] == [True, False]
    assert [c.text for c in short.rows[1].cells] == ["Askøy kommune", "Utprøving"]
    assert len(set(grid(short))) == 2 and sum(grid(short)) == text_width_twips(document)


def test_the_body_font_is_one_word_and_libreoffice_have(tmp_path):
    sketch = tmp_path / "skisse.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    export(sketch, "--docx")
    document = docx.Document(tmp_path / "skisse.export.docx")
    assert [document.styles[name].font.name for name in ("Normal", "Title", "Heading 1", "Heading 2")] == ["Times New Roman"] * 4
    assert document.styles["SkisseTableText"].base_style.name == "Normal"
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")} == {"Times New Roman"}


def libreoffice_pdf(source: Path, out_dir: Path) -> Path:
    """The .docx as LibreOffice lays it out, as PDF (a profile of its own in the test's folder)."""
    args = [SOFFICE, f"-env:UserInstallation=file://{out_dir.parent / 'lo-profile'}", "--headless"]
    args += ["--convert-to", "pdf", "--outdir", str(out_dir), str(source)]
    subprocess.run(args, capture_output=True, timeout=240, check=False)
    out = out_dir / (source.stem + ".pdf")
    if not out.exists():
        pytest.skip("LibreOffice could not convert here")
    return out


@needs_libreoffice
@pytest.mark.parametrize("fixture", ["sterk-bokmal", "sterk-nynorsk", "long"])
def test_libreoffice_lays_the_word_file_out_in_about_the_pdfs_pages(tmp_path, fixture):
    sketch = tmp_path / f"{fixture}.md"
    if fixture == "long":
        long_budget(sketch)
    else:
        sketch.write_bytes((SKETCHES / f"{fixture}.md").read_bytes())
    export(sketch, "--docx", "--pdf")
    typst_pages = len(PdfReader(tmp_path / f"{fixture}.pdf").pages)
    word = PdfReader(libreoffice_pdf(tmp_path / f"{fixture}.export.docx", tmp_path / "lo"))
    assert abs(len(word.pages) - typst_pages) <= 1, (len(word.pages), typst_pages)
    if fixture != "long":
        return
    # The budget crosses a page break: each page it runs onto starts with its header row.
    texts = [page.extract_text() for page in word.pages]
    first = next(n for n, text in enumerate(texts) if "Delprosjekt 1:" in text)
    last = next(n for n, text in enumerate(texts) if f"Delprosjekt {LONG_ROWS}:" in text)
    assert last > first
    for text in texts[first + 1 : last + 1]:
        lines = [line for line in text.splitlines() if line.strip()]
        assert "·" in lines[0]  # the running head, «title · applicant», above the text
        assert lines[1].split() == ["Post", "Kategori", "Beløp", "(kr)"], lines[:3]


def test_a_purchase_left_out_of_the_total_says_so_as_in_the_pdf(tmp_path):
    sketch = tmp_path / "innkjop.md"
    sketch.write_text(
        "# Budsjett\n\n| Post | Kategori | Beløp (kr) |\n|---|---|---:|\n"
        "| Behovsavklaring | Utvikling | 1 200 000 |\n"
        "| Kjøp av ferdig løsning til alle sykehjem | Anskaffelse | 5 000 000 |\n"
        "| Innkjøp av lisenser – allerede ikke med i summen | Anskaffelse | 300 000 |\n"
        "| **Sum ekskl. anskaffelse** | | **1 200 000** |\n",
        encoding="utf-8",
    )
    export(sketch, "--docx")
    table = budget_table(docx.Document(str(tmp_path / "innkjop.export.docx")))
    first = [row.cells[0].text for row in table.rows]
    # The export's language is English (`--lang en`), the sketch's Norwegian: the mark is the sketch's.
    assert first[2] == "Kjøp av ferdig løsning til alle sykehjem (ikke med i summen)"
    assert first[3] == "Innkjøp av lisenser – allerede ikke med i summen"  # said already: not twice
    assert first[1] == "Behovsavklaring" and first[4] == "Sum ekskl. anskaffelse"
    mark = table.rows[2].cells[0].paragraphs[0].runs[-1]
    assert mark.text == " (ikke med i summen)" and mark.font.size < docx.Document(str(tmp_path / "innkjop.export.docx")).styles["Normal"].font.size
