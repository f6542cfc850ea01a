"""The submission layout as a reader sees it, measured on the PDF: no page ends in air or in a
heading, tables break with their header repeated, cells are not hyphenated, long words wrap,
and the PDF is valid for the tools people open it with.

The figures (blank space at the foot of every page but the last, pages per sketch) come from
benchmarks/_pdflayout.py over the fixtures and a generated set of sketches whose sections and
tables fall at every height of a page; `python benchmarks/bench_layout.py` prints them.
"""

from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.sketch.document import parse_sketch
from assistant.core.rendering.render import Renderer
from assistant.core.rendering.render.escape import LONG_RUN, ZWSP, breakable
from assistant.core.rendering.render.renderer import without_false_suspects
from assistant.core.sketch.rubric import load_rubric

from render_helpers import ROOT, pdf_text

sys.path.insert(0, str(ROOT / "benchmarks"))
from _corpus import layout_sketch  # noqa: E402
from _pdflayout import measure  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "sketches"
GENERATED = 30
LAYOUT = load_rubric().layout
# Bounds measured on the fixtures and the generated set (typst 0.15). Before tables could break,
# a table moved whole to the next page left up to 333 pt (47 % of the page) blank, 42 pt on
# average. Now the most a page loses is a heading, its first lines and a table's first rows
# kept together (96 pt).
MAX_FOOT_BLANK_PT = 110.0
MEAN_FOOT_BLANK_PT = 30.0


@pytest.fixture(scope="module")
def laid_out() -> dict[str, bytes]:
    renderer = Renderer()
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.md"))}
    texts |= {f"generated-{seed}": layout_sketch(seed) for seed in range(GENERATED)}
    return {name: renderer.pdf(parse_sketch(text), LAYOUT) for name, text in texts.items()}


def test_no_page_ends_with_a_heading(laid_out: dict[str, bytes]) -> None:
    lonely = {name: [h.title for h in measure(pdf).lonely_headings] for name, pdf in laid_out.items()}
    assert {name: titles for name, titles in lonely.items() if titles} == {}


def test_no_page_but_the_last_ends_in_air(laid_out: dict[str, bytes]) -> None:
    blanks = {name: measure(pdf).foot_blank for name, pdf in laid_out.items()}
    every = [b for page_blanks in blanks.values() for b in page_blanks]
    assert len(every) > 60  # the set really has page breaks to judge
    worst = max(blanks, key=lambda name: max(blanks[name], default=0))
    assert max(every) <= MAX_FOOT_BLANK_PT, f"{worst}: {[round(b) for b in blanks[worst]]} pt blank at the foot"
    assert statistics.mean(every) <= MEAN_FOOT_BLANK_PT


def test_tables_break_across_pages_with_the_header_repeated(laid_out: dict[str, bytes]) -> None:
    header = "Post Kategori 2025 2026 Sum"  # the generated budget tables' header row
    continued = 0
    for name, pdf in laid_out.items():
        pages = [[line.replace("\u00a0", " ") for line in page.lines()] for page in measure(pdf).pages]
        for number in range(1, len(pages)):
            before, page = pages[number - 1], pages[number]
            # A page on which the budget table starts or goes on but does not end (its total row,
            # «Sum ekskl. anskaffelse», is added under every generated budget table).
            if header in before and not any(line.startswith("Sum ekskl.") for line in before):
                assert page[0] == header, (name, number + 1, page[:2])
                continued += 1
    assert continued >= 3, "the generated set no longer breaks any budget table over a page"


def test_a_long_table_fills_the_page_and_repeats_its_header() -> None:
    rows = "\n".join(f"| Arbeidspakke {i}: utvikling og utprøving i tjenestene | {100_000 + i * 1000} |" for i in range(70))
    text = f"---\ntitle: Lang tabell\nlanguage: nb\n---\n\n## Budsjett\n\nFørst litt tekst.\n\n| Post | Beløp (kr) |\n|---|---:|\n{rows}\n"
    layout = measure(Renderer().pdf(parse_sketch(text), LAYOUT))
    assert len(layout.pages) >= 2
    assert all(blank < 30 for blank in layout.foot_blank)
    for page in layout.pages[1:]:
        assert page.lines()[0] == "Post Beløp (kr)"


def test_table_cells_are_not_hyphenated(laid_out: dict[str, bytes]) -> None:
    # typst writes a hyphen it adds as a soft hyphen in the text layer; typed hyphens stay «-».
    hyphenated = {name: [line for line in pdf_text(pdf).splitlines() if "\u00ad" in line] for name, pdf in laid_out.items()}
    assert {name: lines for name, lines in hyphenated.items() if lines} == {}


def test_amount_columns_are_as_wide_as_their_amounts() -> None:
    text = "## Budsjett\n\n| Post | Kategori | Beløp |\n|---|---|---:|\n| Brukerinvolvering og tjenestedesign med ansatte | Utvikling | 1 250 000 |\n"
    source = Renderer().source(parse_sketch(text), LAYOUT)
    post, category, amount = re.search(r"columns: \(([^,]+), ([^,]+), ([^,]+),\)", source).groups()
    # the amount column takes what it needs; the text columns share the rest by their content
    assert amount == "auto"
    assert float(post.removesuffix("fr")) > 3 * float(category.removesuffix("fr"))


@pytest.mark.parametrize(
    "long",
    [
        "Q" * 200,
        "https://www.regjeringen.no/no/dokumenter/meld.-st.-24-20222023/id2970936/?ch=2&q=" + "eldre+hjemme+" * 12,
        "<https://www.ssb.no/statbank/table/07459/tableViewLayout1/?loadedQueryId=10092137&timeType=item&x=" + "9" * 80 + ">",
    ],
    ids=["word", "address in text", "autolink"],
)
def test_a_long_unbreakable_word_wraps_inside_the_page(long: str) -> None:
    text = f"## Behov\n\nSe {long} her.\n\n| Post | Merknad |\n|---|---|\n| {long} | x |\n\n```\n{long}\n```\n"
    pdf = Renderer().pdf(parse_sketch(text), LAYOUT)
    lines = [line.replace(ZWSP, "") for page in measure(pdf).pages for line in page.lines()]
    # A full line holds some 95 characters; a run that did not wrap would make one line hold 200.
    assert max(len(line) for line in lines) < 110
    if shutil.which("pdftotext"):
        bbox = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
        right = max(float(part.split('"')[1]) for part in bbox.split("xMax=")[1:])
        page_width, margin = 595.28, 25 * 72 / 25.4
        assert right <= page_width - margin + 1, f"text reaches {right:.0f} pt, the margin starts at {page_width - margin:.0f}"


def test_breakable_leaves_words_alone_and_only_adds_break_points() -> None:
    assert breakable("arbeidsmiljøutfordringene i kommunehelsetjenesten") == "arbeidsmiljøutfordringene i kommunehelsetjenesten"
    url = "https://www.ssb.no/statbank/table/07459/tableViewLayout1/?loadedQueryId=1"
    broken = breakable(url)
    assert broken.replace(ZWSP, "") == url
    assert f"https://{ZWSP}www." in broken and f"/{ZWSP}table" in broken
    run = breakable("x" * (LONG_RUN * 2))
    assert all(0 < len(part) <= 20 for part in run.split(ZWSP))


def _pdfs(tmp_path: Path) -> list[Path]:
    from assistant.cli.main import main

    sketch = tmp_path / "sterk.md"
    sketch.write_bytes((FIXTURES / "sterk-bokmal.md").read_bytes())
    assert main(["export", str(sketch), "--pdf", "-o", str(tmp_path / "skisse.pdf"), "--force"]) == 0
    assert main(["report", str(sketch), "-o", str(tmp_path / "rapport.pdf")]) == 0
    return [tmp_path / "skisse.pdf", tmp_path / "rapport.pdf"]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo (poppler-utils) is not installed")
def test_pdfinfo_reads_every_pdf_without_complaint(tmp_path: Path) -> None:
    for pdf in _pdfs(tmp_path):
        run = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
        assert run.returncode == 0 and run.stderr == "", run.stderr
        assert "Tagged:          yes" in run.stdout


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_fault_in_any_pdf(tmp_path: Path) -> None:
    for pdf in _pdfs(tmp_path):
        run = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr  # 3 would be warnings, 2 errors
        assert "No syntax or stream encoding errors found" in run.stdout and "WARNING" not in run.stdout + run.stderr


def test_the_catalog_keeps_its_length_and_says_the_pdf_is_tagged() -> None:
    import io

    from pypdf import PdfReader

    # A title that looks like the key is text, and stays as it was.
    title = b"1 0 obj\n<</Title(/MarkInfo<</Suspects false>>)>>\nendobj\n"
    typst_pdf = title + b"2 0 obj\n<</Type/Catalog/MarkInfo<</Marked true/Suspects false>>/Lang(nb)>>\nendobj\n"
    fixed = without_false_suspects(typst_pdf)
    assert len(fixed) == len(typst_pdf) and fixed.startswith(title)
    assert fixed.count(b"Suspects") == 1 and b"/MarkInfo<</Marked true" in fixed[len(title):]
    pdf = Renderer().pdf(parse_sketch("## Behov\n\nTekst.\n"), LAYOUT)
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    assert reader.trailer["/Root"]["/MarkInfo"] == {"/Marked": True}
    assert "Tekst." in pdf_text(pdf)
