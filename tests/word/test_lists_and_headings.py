"""Numbered lists counted as Word counts them, and headings guessed only where they look like headings."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from markdown_it import MarkdownIt

from assistant.core.sketch.document import parse_sketch
from assistant.core.files.docx_read import read_docx
from assistant.core.rendering.render.markdown import Converter

from .builders import NEED, restart_numbering


def _markdown(document) -> str:
    buffer = io.BytesIO()
    document.save(buffer)
    return read_docx(buffer.getvalue(), "utkast.docx", lang="en").markdown


def _ordered_lists(markdown: str) -> list[tuple[int, list[str]]]:
    """(start, items) of each numbered list as a Markdown reader (and the PDF) sees it."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    lists = []
    for token in tokens:
        if token.type == "ordered_list_open":
            lists.append((int(token.attrGet("start") or 1), []))
        elif token.type == "inline" and lists and token.level >= 3:
            lists[-1][1].append(token.content)
    return lists


def _two_lists(*, between: str | None, restart: int | None | str):
    document = docx.Document()
    document.add_heading("Problem og behov", 1)
    document.add_paragraph(NEED)
    document.add_paragraph("Kartlegge behovet", style="List Number")
    document.add_paragraph("Invitere leverandører", style="List Number")
    if between:
        document.add_paragraph(between)
    second = [document.add_paragraph(text, style="List Number") for text in ("Teste hos brukerne", "Måle gevinstene")]
    if restart != "same":
        restart_numbering(document, second, start=restart)
    return document


@pytest.mark.parametrize(
    ("restart", "second_start"),
    [(1, 1), (5, 5), (None, 3), ("same", 3)],
    ids=["restart-at-1", "set-to-5", "new-instance-continues", "same-instance-continues"],
)
def test_a_second_list_restarts_where_words_numbering_says_so(restart, second_start):
    markdown = _markdown(_two_lists(between="Deretter prøver vi ut løsningen.", restart=restart))
    assert "1. Kartlegge behovet\n2. Invitere leverandører" in markdown
    assert f"{second_start}. Teste hos brukerne\n{second_start + 1}. Måle gevinstene" in markdown
    assert _ordered_lists(markdown) == [
        (1, ["Kartlegge behovet", "Invitere leverandører"]),
        (second_start, ["Teste hos brukerne", "Måle gevinstene"]),
    ]


def test_a_restarted_list_right_after_another_stays_a_list_of_its_own():
    markdown = _markdown(_two_lists(between=None, restart=1))
    assert _ordered_lists(markdown) == [
        (1, ["Kartlegge behovet", "Invitere leverandører"]),
        (1, ["Teste hos brukerne", "Måle gevinstene"]),
    ]
    # The two lists are kept apart by an empty comment, which the PDF does not show.
    assert "2. Invitere leverandører\n\n<!-- -->\n\n1. Teste hos brukerne" in markdown
    typst = Converter().convert(markdown.splitlines())
    assert "<!--" not in typst and typst.count("#enum(") == 2


def test_a_sublist_starts_again_under_each_item():
    """Level 2 of the same numbering (Tab in Word): numbered 1, 2 under the first item, 1 under the next."""
    document = docx.Document()
    document.add_heading("Problem og behov", 1)
    numbering = document.part.numbering_part.element
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%{i + 1}."/></w:lvl>' for i in (0, 1))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for top, subs in (("Første fase", ("Kartlegging", "Intervjuer")), ("Andre fase", ("Utprøving",))):
        for text, level in [(top, 0)] + [(sub, 1) for sub in subs]:
            p = document.add_paragraph(text)
            p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    markdown = _markdown(document)
    assert "<!--" not in markdown
    assert "1. Første fase\n    1. Kartlegging\n    2. Intervjuer\n2. Andre fase\n    1. Utprøving" in markdown


def _unstyled(*body_lines):
    """A draft typed without heading styles: a larger title, bold lines, body text."""
    document = docx.Document()
    document.add_paragraph().add_run("Trygg hjemme lenger").font.size = Pt(20)
    for kind, text in body_lines:
        p = document.add_paragraph()
        if kind == "bold":
            p.add_run(text).bold = True
        elif kind == "list":
            p.style = "List Bullet"
            p.add_run(text)
        else:
            p.add_run(text)
    return document


def test_bold_lines_are_headings_only_where_they_look_like_headings():
    document = _unstyled(
        ("bold", "Problem og behov"),
        ("p", NEED),
        ("bold", "Vi har allerede prøvd ut løsningen med 30 brukere i Fana og Åsane"),
        ("p", "Erfaringene derfra viser at de eldre vil bruke den."),
        ("bold", "Dette er kommunens viktigste satsing."),
        ("p", "Bystyret har vedtatt satsingen."),
        ("bold", "Viktig!"),
        ("p", "Kommunen har satt av egne midler."),
        ("bold", "og det gjelder alle brukerne"),
        ("p", "Også pårørende."),
        ("bold", "Hvorfor oss"),
        ("list", "Ti års erfaring med trygghetsalarmer"),
        ("bold", "Kari Nordmann"),
        ("bold", "Prosjektleder"),
    )
    markdown = _markdown(document)
    sketch = parse_sketch(markdown)
    assert sketch.title == "Trygg hjemme lenger"
    assert [s.heading for s in sketch.sections] == ["Problem og behov", "Hvorfor oss"]
    assert [s.key for s in sketch.sections] == ["need", "why-us"]
    for kept in (
        "**Vi har allerede prøvd ut løsningen med 30 brukere i Fana og Åsane**",  # too long for a heading
        "**Dette er kommunens viktigste satsing.**",  # a sentence
        "**Viktig!**",
        "**og det gjelder alle brukerne**",
        "**Kari Nordmann**\n\n**Prosjektleder**",  # the end of the document: no body text follows
    ):
        assert kept in markdown


def test_a_heading_over_a_table_or_a_subheading_still_counts():
    document = _unstyled(("bold", "Budsjett"), ("bold", "Kostnader"), ("p", "Tentativt budsjett."))
    document.add_paragraph().add_run("Gevinster").bold = True
    document.add_table(rows=2, cols=2).cell(0, 0).text = "Gevinst"
    markdown = _markdown(document)
    assert "## Budsjett\n\n## Kostnader\n\nTentativt budsjett." in markdown
    assert "## Gevinster\n\n| Gevinst" in markdown


def test_a_draft_with_neither_heading_styles_nor_bold_lines_is_read():
    document = docx.Document()
    document.add_paragraph("Bare tekst her.")
    document.add_paragraph(NEED)
    assert _markdown(document) == "Bare tekst her.\n\n" + NEED + "\n"
