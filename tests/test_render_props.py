"""Properties of the renderer: any text renders, and text shown in a sketch is in its PDF."""

from __future__ import annotations

import os
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.core.sketch.document import parse_sketch
from assistant.core.rendering.render import default_renderer
from assistant.core.sketch.rubric import Layout

from render_helpers import pdf_pages, pdf_text, squash

LAYOUT = Layout()
# SKISSE_HYPOTHESIS_EXAMPLES=500 for a longer hunt; each example renders a PDF.
SETTINGS = settings(max_examples=int(os.environ.get("SKISSE_HYPOTHESIS_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Letters the embedded fonts cover, every ASCII character typst or Markdown treats specially.
VISIBLE = st.text(
    alphabet=st.sampled_from(
        list(string.ascii_letters + string.digits + string.punctuation + "æøåÆØÅéüÉ«»–—§€£½ ")
    ),
    min_size=1,
    max_size=80,
).filter(lambda s: s.strip())


def _escape_markdown(text: str) -> str:
    """Text as Markdown that shows it literally: every ASCII punctuation mark backslash-escaped."""
    return "".join("\\" + ch if ch in string.punctuation else ch for ch in " ".join(text.split()))


@SETTINGS
@given(st.text(max_size=400))
def test_any_text_renders_without_raising(text: str) -> None:
    sketch = parse_sketch(text)
    renderer = default_renderer()
    info = renderer.page_info(sketch, LAYOUT)
    pdf = renderer.pdf(sketch, LAYOUT)
    assert pdf.startswith(b"%PDF-")
    assert info.pages == pdf_pages(pdf) >= 1


@SETTINGS
@given(st.text(max_size=300), st.text(max_size=60))
def test_the_typst_source_is_ascii_whatever_the_text(text: str, title: str) -> None:
    # Non-ASCII text reaches typst as \u{…} escapes (see render.escape), so typst's in-place
    # re-parse of an edit never meets half a character.
    sketch = parse_sketch(f"---\ntitle: {title!r}\n---\n" + text)
    assert default_renderer().source(sketch, LAYOUT).isascii()


@SETTINGS
@given(st.lists(st.sampled_from(["# ", "## Budsjett\n", "| a | 1 |\n|---|--:|\n", "- ", "> ", "```\n", "<b>", "**", "_", "`", "[x](", ")", "\n", "\x00", "\r\n", "\t", "1. ", "~~", "#read(\"x\")", "$", "\\", "&amp;", "Søker: Bergen kommune\n", "---\n", "title: \"", "<!--", "|"]), max_size=40))
def test_markdown_shaped_noise_renders(parts: list[str]) -> None:
    sketch = parse_sketch("".join(parts))
    pdf = default_renderer().pdf(sketch, LAYOUT)
    assert pdf.startswith(b"%PDF-")


@SETTINGS
@given(VISIBLE)
def test_escaped_paragraph_text_is_in_the_pdf(text: str) -> None:
    body = f"---\ntitle: Prøve\n---\n\n## Problem og behov\n\nStart {_escape_markdown(text)} slutt\n"
    pdf = default_renderer().pdf(parse_sketch(body), LAYOUT)
    assert squash(f"Start {text} slutt") in squash(pdf_text(pdf))


@SETTINGS
@given(VISIBLE)
def test_code_and_title_text_are_in_the_pdf(text: str) -> None:
    import yaml

    title = yaml.safe_dump({"title": text}, allow_unicode=True, width=10_000)
    fence = "~~~~~~~~" if "~" not in text else "````````"
    body = f"---\n{title}---\n\n## Problem og behov\n\n{fence}\n{text}\n{fence}\n"
    sketch = parse_sketch(body)
    pdf_flat = squash(pdf_text(default_renderer().pdf(sketch, LAYOUT)))
    assert squash(text) in pdf_flat
    if sketch.title == text.strip():
        assert pdf_flat.count(squash(text)) >= 2  # the title block and the code block


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\ufeff", "\ufffe"])
def test_control_characters_do_not_break_the_render(char: str) -> None:
    body = f"---\ntitle: Tittel{char}her\n---\n\n## Problem og behov\n\nTekst{char}med{char}tegn.\n\n| a{char} | 1{char}000 |\n|---|---:|\n"
    pdf = default_renderer().pdf(parse_sketch(body), LAYOUT)
    assert "Tekst" in pdf_text(pdf)


@pytest.mark.parametrize(
    "text",
    [
        "*" * 3000 + "x" + "*" * 3000,
        "## " + "_" * 2000 + "tittel" + "_" * 2000 + "\n\ntekst",
        "> " * 2000 + "sitat",
        "- " * 2000 + "punkt",
        "[" * 5000 + "lenke" + "]" * 5000,
        ("> - 1. " * 30 + "*" * 24 + "x" + "*" * 24 + "\n") * 3,
        "| a " * 300 + "|\n" + "|---" * 300 + "|\n" + "| 1 " * 300 + "|\n",
    ],
    ids=["emphasis", "heading", "quotes", "lists", "brackets", "mixed", "wide-table"],
)
def test_pathological_nesting_renders(text: str) -> None:
    pdf = default_renderer().pdf(parse_sketch(text), LAYOUT)
    assert pdf.startswith(b"%PDF-")
