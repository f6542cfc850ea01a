"""Markdown pasted from Word: bold one-line paragraphs are the headings (by the rule the Word
import uses), a bold or plain line above the text is the title, and the interview writes into
the parts such a sketch already has, in its own style."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from assistant.cli.main import main
from assistant.core.files.docx_read import read_docx
from assistant.core.judging.engine import check_sketch
from assistant.core.rendering.export import markdown_for_export
from assistant.core.rendering.render.source import body_parts
from assistant.core.sketch.answers import set_answer
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import set_section_body
from assistant.core.sketch.headinglike import heading_like
from pasted_draft import BUDGET, NEED, PASTED, WHY

def _parts(text: str) -> list[tuple[str | None, str]]:
    return [(s.key, s.heading) for s in parse_sketch(text).sections]


def test_bold_one_line_paragraphs_are_headings_and_the_parts_are_judged() -> None:
    sketch = parse_sketch(PASTED)
    assert [(s.key, s.heading) for s in sketch.sections] == [
        ("need", "1. Hva er problemet?"),
        ("why-us", "2. Hvorfor er vi rett partnerskap?"),
        ("business-dialogue", "3. Dialog med markedet"),
        ("budget", "4. Budsjett"),
    ]
    assert "no-sections" not in [n.code for n in sketch.notes]
    assert sketch.title == "Bedre hverdagsmestring for eldre"
    assert sketch.section("need").body.strip() == NEED
    report = check_sketch(sketch)
    why = next(c for c in report.criteria if c.id == "why-us")
    assert why.status.value == "pass", [f.message for f in why.findings]
    assert not any("Ingen overskrift" in f.message for c in report.criteria for f in c.findings)
    assert sketch.to_markdown() == PASTED  # read, never changed


def test_the_markdown_paste_and_the_word_file_get_the_same_parts() -> None:
    """One rule for both: the same draft, as a Word file without heading styles and as Markdown."""
    document = docx.Document()
    for line in PASTED.split("\r\n"):
        if not line:
            continue
        paragraph = document.add_paragraph()
        if line.startswith("**") and line.endswith("**"):
            paragraph.add_run(line.strip("*")).bold = True
        else:
            paragraph.add_run(line)
    buffer = io.BytesIO()
    document.save(buffer)
    from_word = read_docx(buffer.getvalue(), "utkast.docx").markdown
    assert [key for key, _ in _parts(from_word)] == [key for key, _ in _parts(PASTED)]


@pytest.mark.parametrize(
    "line",
    [
        "**Dette er viktig å merke seg.**",  # a sentence
        "**Samla: 5 600 000 kr**",  # a total line
        "**Merk:**",  # a label
        "**dette er en bisetning uten stor forbokstav**",
        "**Vi har en lang og god erfaring med slike prosjekter fra mange år med arbeid**",  # too long
    ],
)
def test_a_bold_line_that_is_no_heading_stays_text(line: str) -> None:
    assert not heading_like(line)
    text = PASTED.replace("**2. Hvorfor er vi rett partnerskap?**\r\n" + WHY, line + "\r\n" + WHY)
    assert [key for key, _ in _parts(text)] == ["need", "business-dialogue", "budget"]
    assert line in parse_sketch(text).section("need").body


def test_a_bold_line_at_the_end_is_no_heading_and_hash_headings_keep_bold_lines_as_text() -> None:
    signed = PASTED + "\r\n**Kari Nordmann**\r\n"
    assert _parts(signed) == _parts(PASTED)
    marked = "## Behov\n\n" + NEED + "\n\n**Dagens situasjon**\n" + NEED + "\n"
    assert [key for key, _ in _parts(marked)] == ["need"]


LIMT = (
    "Søker: Levanger kommune\nPartnere: Verdal kommune, Inderøy kommune\n\nTrygg hjemme om natten\n\n"
    + NEED
    + "\n\n"
    + WHY
    + "\n"
)


def test_a_plain_title_line_is_the_title_and_is_not_printed_twice() -> None:
    sketch = parse_sketch(LIMT)
    assert sketch.title == "Trygg hjemme om natten" and sketch.title_line == 4
    front, _, _ = body_parts(sketch, False)
    assert "Trygg hjemme om natten" not in "\n".join(front)
    assert NEED in "\n".join(front)
    with_meta = "---\ntitle: Trygg hjemme om natten\nlanguage: nb\n---\n" + LIMT
    exported = markdown_for_export(parse_sketch(with_meta))
    assert exported.count("Trygg hjemme om natten") == 1


@pytest.mark.parametrize(
    ("front", "title"),
    [
        ("Til Innovasjon Norge\n\n**Skisse: Varmestuer for bostedsløse i Tromsø**", "Varmestuer for bostedsløse i Tromsø"),
        ("Gjøvik kommune · Østre Toten kommune\n\nPROSJEKTSKISSE: ETTERVERN ETTER RUSBEHANDLING", "ETTERVERN ETTER RUSBEHANDLING"),
        ("Overvann og styrtregn i byene – skisse til innovasjonspartnerskap", "Overvann og styrtregn i byene"),
        ("Skisse til innovasjonspartnarskap\n\n**Betre slamtømming i Vest-Telemark**", "Betre slamtømming i Vest-Telemark"),
        ("Møre og Romsdal fylkeskommune", None),
        ("Dette er en setning som forteller noe om behovet.", None),
    ],
)
def test_only_a_line_that_looks_like_a_title_is_the_title(front: str, title: str | None) -> None:
    assert parse_sketch(f"{front}\n\n{NEED}\n").title == title


def test_checking_a_pasted_draft_never_writes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "word-lim.md"
    path.write_bytes(PASTED.encode("utf-8"))
    main(["check", str(path), "--no-pages"])
    out = capsys.readouterr().out
    assert "Ingen overskrifter er gjenkjent" not in out
    assert path.read_bytes() == PASTED.encode("utf-8")


def _answer(text: str, section: str, answer: str) -> str:
    sketch = parse_sketch(text)
    part = sketch.section(section)
    return set_section_body(sketch, section, set_answer(part.body if part else "", f"{section}.q1", answer))


def test_an_answer_for_a_part_the_pasted_draft_has_goes_into_that_part() -> None:
    answer = "Hver tredje bruker av hjemmetjenesten kunne klart seg med mindre hjelp."
    text = _answer(PASTED, "need", answer)
    sketch = parse_sketch(text)
    assert [key for key, _ in _parts(text)] == ["need", "why-us", "business-dialogue", "budget"]
    assert answer in sketch.section("need").body and NEED in sketch.section("need").body
    assert "##" not in text
    assert sketch.section("budget").body.strip() == BUDGET  # nothing appended after the budget


def test_a_part_the_pasted_draft_lacks_is_added_in_order_with_a_bold_heading() -> None:
    answer = "Eldre i Bodø får hjelp de kunne klart selv, og det koster kommunen mye."
    text = _answer(PASTED, "summary", answer)
    assert "##" not in text and "**Sammendrag**\r\n" in text
    assert [key for key, _ in _parts(text)] == ["summary", "need", "why-us", "business-dialogue", "budget"]
    assert text.index("**Sammendrag**") < text.index("**1. Hva er problemet?**")
    assert parse_sketch(text).title == "Bedre hverdagsmestring for eldre"
    assert "\n" not in text.replace("\r\n", "")  # the file's CRLF kept
