"""Lines typed one under the other as a list keep their line breaks in every export, as the
checker reads them; prose wrapped at 72 columns is still one paragraph."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.files.docx_read import read_docx
from assistant.core.rendering.docx_write import sketch_to_docx
from assistant.core.rendering.export import markdown_for_export
from assistant.core.rendering.render import Renderer
from assistant.core.rendering.render.linebreaks import breaks_after, typed_line
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.rubric import load_rubric

from render_helpers import pdf_pages

BUDGET = ["Innkjøp av plattformen: 4 000 000 kr", "Prosjektledelse: 500 000 kr", "Totalt: 4 500 000 kr"]
# A paragraph hard-wrapped at 72 columns, as an editor wraps it; one line ends with an amount and
# one carries a colon, but each ends mid-sentence.
PROSE = [
    "Kommunen har i dag ingen felles løsning for å samle inn og dele data om",
    "helsetjenestene, og saksbehandlerne bruker mye tid på å hente tall fra",
    "flere systemer. Forsinkelsene koster kommunen om lag 500 000 kr i året.",
    "Vi ser to veier videre: en felles plattform for alle enhetene, eller en",
    "løsning per tjeneste som deler data gjennom et felles grensesnitt.",
]
SKETCH = "\n".join(["# Digital plattform for helse", "", "## Behov", "", *PROSE, "", "## Budsjett", "", *BUDGET, ""])


def _pdf_lines(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return [" ".join(line.split()) for line in text.splitlines()]


def test_the_checker_reads_three_posts_and_the_pdf_shows_three_lines() -> None:
    sketch = parse_sketch(SKETCH)
    assert sketch.budget is not None and [line.amount for line in sketch.budget.lines] == [4_000_000, 500_000]
    assert sketch.budget.stated_total == 4_500_000
    rendered = Renderer().render(sketch, load_rubric().layout)
    lines = _pdf_lines(rendered.pdf)
    for typed in BUDGET:
        assert typed in lines, lines  # each on a line of its own, not run together
    assert not any("kr Prosjektledelse" in line or "kr Totalt" in line for line in lines)


def test_prose_wrapped_at_72_columns_is_still_one_paragraph() -> None:
    sketch = parse_sketch(SKETCH)
    lines = _pdf_lines(Renderer().render(sketch, load_rubric().layout).pdf)
    # The PDF sets the paragraph at its own width: the typed line ends are gone.
    assert not any(line == prose for line in lines for prose in PROSE), lines
    assert any("om helsetjenestene" in line for line in lines)
    assert breaks_after(PROSE) == set()
    document = _docx(sketch)
    assert " ".join(PROSE) in [p.text for p in document.paragraphs]


def _docx(sketch):
    import docx

    return docx.Document(io.BytesIO(sketch_to_docx(sketch, load_rubric().layout)))


def test_the_word_file_keeps_the_lines_as_line_breaks_and_reads_back_the_same() -> None:
    sketch = parse_sketch(SKETCH)
    data = sketch_to_docx(sketch, load_rubric().layout)
    import docx

    texts = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert "\n".join(BUDGET) in texts, texts
    again = parse_sketch(read_docx(data).markdown)
    assert [(line.item, line.amount) for line in again.budget.lines] == [(line.item, line.amount) for line in sketch.budget.lines]
    assert again.budget.stated_total == 4_500_000


def test_the_exported_markdown_ends_the_typed_lines_with_hard_breaks() -> None:
    sketch = parse_sketch(SKETCH)
    out = markdown_for_export(sketch)
    assert "Innkjøp av plattformen: 4 000 000 kr  \nProsjektledelse: 500 000 kr  \nTotalt: 4 500 000 kr\n" in out
    for line in PROSE:  # prose lines untouched
        assert line + "\n" in out
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(out)
    assert "4 000 000 kr<br />\nProsjektledelse: 500 000 kr<br />\nTotalt" in html
    # The checker reads the exported text as it read the sketch, and a second export adds nothing.
    again = parse_sketch(out)
    assert [line.amount for line in again.budget.lines] == [4_000_000, 500_000] and again.budget.stated_total == 4_500_000
    assert markdown_for_export(again) == out


def test_crlf_files_keep_their_newlines_in_the_export() -> None:
    sketch = parse_sketch(SKETCH.replace("\n", "\r\n"))
    out = markdown_for_export(sketch)
    assert "Prosjektledelse: 500 000 kr  \r\nTotalt" in out and "\n" not in out.replace("\r\n", "")


@pytest.mark.parametrize(
    ("lines", "breaks"),
    [
        (BUDGET, {0, 1}),
        # A lead-in line, the posts, then a sentence: each post stands on its own line.
        (["Budsjettet er fordelt slik:", *BUDGET[:2], "Dette dekkes av kommunen."], {0, 1, 2}),
        # Label and value without amounts, as a contact block.
        (["Kontaktperson: Kari Nordmann", "Telefon: 900 00 000", "E-post: kari@kommune.no"], {0, 1}),
        # One labelled line in prose is prose.
        (["Merk: dette gjelder bare", "de kommunene som er med fra starten av."], set()),
        # A sentence wrapped right after a colon is not a list.
        (["Vi har tre mål for prosjektet: redusere kostnadene, bedre kvaliteten og", "gi raskere svar."], set()),
    ],
)
def test_which_lines_keep_their_breaks(lines: list[str], breaks: set[int]) -> None:
    assert breaks_after(lines) == breaks


def test_a_typed_line_is_short() -> None:
    assert typed_line("Prosjektledelse: 500 000 kr")
    long_label = "Prosjektledelse " + "og koordinering " * 6 + ": 500 000 kr"
    assert not typed_line(long_label)


def test_check_counts_the_pages_of_the_pdf_with_the_kept_lines(tmp_path: Path) -> None:
    from assistant.core.judging.batch import check_path

    # Enough typed posts that keeping their lines lengthens the text by whole lines.
    posts = [f"Arbeidspakke {n}: {n * 100_000:,} kr".replace(",", " ") for n in range(1, 60)]
    path = tmp_path / "poster.md"
    path.write_text(SKETCH + "\n" + "\n".join(posts) + "\n", encoding="utf-8")
    out = tmp_path / "poster.pdf"
    assert main(["--lang", "nb", "export", str(path), "-o", str(out), "--force"]) == 0
    data = out.read_bytes()
    assert check_path(path).pages == pdf_pages(data) == 2
    assert "Arbeidspakke 59: 5 900 000 kr" in _pdf_lines(data)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_pdftotext_shows_three_lines(tmp_path: Path) -> None:
    path = tmp_path / "fail2.md"
    path.write_text(SKETCH, encoding="utf-8")
    assert main(["--lang", "nb", "export", str(path), "--pdf", "--force"]) == 0
    text = subprocess.run(["pdftotext", str(tmp_path / "fail2.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    start = lines.index(BUDGET[0])
    assert lines[start : start + 3] == BUDGET
