"""The feedback report as a PDF: its own headings only, lists as lists, labels in its language."""

from __future__ import annotations

import io

import pytest

from assistant.cli.main import main

pypdf = pytest.importorskip("pypdf")


def _pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def _report(capsys, sketch_file, tmp_path, lang: str, *steps: str) -> list[str]:
    argv = ["coach", str(sketch_file), "-a", "Kari"]
    for step in steps:
        argv += ["--step", step]
    assert main(argv) == 0
    target = tmp_path / f"rapport-{lang}.pdf"
    assert main(["report", str(sketch_file), "-o", str(target), "--lang", lang]) == 0
    capsys.readouterr()
    return _pages(target.read_bytes())


@pytest.mark.parametrize(("lang", "heading"), [("en", "Agreed next steps"), ("nn", "Avtalte neste steg"), ("nb", "Avtalte neste steg")])
def test_a_single_next_step_is_a_numbered_item_under_its_heading(capsys, sketch_file, tmp_path, lang, heading):
    # «… hvorfor oss …» names a part of a sketch: as a lone numbered line it was taken for a heading.
    pages = _report(capsys, sketch_file, tmp_path, lang, "Skriv mer om hvorfor oss innen fredag")
    text = " ".join(pages)
    assert f"{heading} 1. Skriv mer om hvorfor oss innen fredag" in text
    assert sum(heading in p for p in pages) == 1


def test_the_one_step_is_a_list_item_in_the_layout_not_a_heading():
    from assistant.advisor.report import parse_sketch
    from assistant.core.rendering.render.source import build_source
    from assistant.core.sketch.rubric import load_rubric

    markdown = "# Feedback\n\n## Open comments\n\nNo open comments.\n\n## Agreed next steps\n\n1. Skriv mer om hvorfor oss innen fredag\n"
    source = build_source(parse_sketch(markdown, marked_headings_only=True), load_rubric(None).layout)
    assert '#heading(level: 1)[#"Agreed next steps"]' in source
    assert '#enum(tight: true, start: 1, [#"Skriv mer om hvorfor oss innen fredag"])' in source
    assert '#heading(level: 1)[#"Skriv' not in source


@pytest.mark.parametrize(
    ("lang", "kicker", "label", "footer"),
    [
        ("en", "SKETCH FOR AN INNOVATION PARTNERSHIP", "Applicant", "Page 1 of"),
        ("nn", "SKISSE TIL INNOVASJONSPARTNARSKAP", "Søkjar", "Side 1 av"),
        ("nb", "SKISSE TIL INNOVASJONSPARTNERSKAP", "Søker", "Side 1 av"),
    ],
)
def test_the_title_block_and_footer_speak_the_reports_language(capsys, sketch_file, tmp_path, lang, kicker, label, footer):
    first = _report(capsys, sketch_file, tmp_path, lang, "Finn en kilde")[0]
    assert kicker in first.upper() and f"{label} Bergen kommune" in first and footer in first
    if lang == "en":
        assert "Søker" not in first and "Side 1" not in first and "SKISSE TIL" not in first.upper()


def test_a_heading_never_stands_alone_at_the_foot_of_a_page():
    """However much comes before «Agreed next steps», its page also holds its first step."""
    from assistant.advisor.report import feedback_pdf

    seen_break = False
    for filler in range(30, 62, 2):
        lines = "\n".join(f"- Merknad nummer {n} om teksten i skissen." for n in range(filler))
        markdown = f"# Tilbakemelding\n\n## Åpne kommentarer\n\n{lines}\n\n## Avtalte neste steg\n\n1. Første steg\n2. Andre steg\n"
        pages = _pages(feedback_pdf(markdown, lang="nb"))
        seen_break |= len(pages) > 1
        holding = [p for p in pages if "Avtalte neste steg" in p]
        assert len(holding) == 1 and "1. Første steg" in holding[0], filler
    assert seen_break  # the sweep did reach the page's foot
