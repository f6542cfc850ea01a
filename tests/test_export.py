"""Export: the PDF `check` counts is the PDF written; nothing overwrites the sketch; the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.sketch.document import parse_sketch
from assistant.core.rendering.export import export_markdown, export_pdf, markdown_for_export
from assistant.core.rendering.render import Renderer
from assistant.core.sketch.rubric import load_rubric
from assistant.core.files.storage import SkisseFileError

from render_helpers import ROOT, STRONG_SKETCH, five_page_sketch, pdf_pages, pdf_text


@pytest.fixture
def strong(tmp_path: Path) -> Path:
    path = tmp_path / "fall.md"
    path.write_text(STRONG_SKETCH, encoding="utf-8")
    return path


def test_check_reports_the_page_count_of_the_exported_pdf(tmp_path: Path) -> None:
    from assistant.core.judging.batch import check_path

    for seed, size in ((0, 6), (1, 9), (2, 2)):
        path = tmp_path / f"s{seed}.md"
        path.write_text(five_page_sketch(seed, paragraphs_per_section=size), encoding="utf-8")
        report = check_path(path)
        out = tmp_path / f"s{seed}.pdf"
        assert main(["--lang", "nb", "export", str(path), "-o", str(out), "--force"]) == 0
        assert report.pages == pdf_pages(out.read_bytes())


def test_export_pdf_writes_the_pdf_and_returns_its_pages(strong: Path, tmp_path: Path) -> None:
    sketch = parse_sketch(strong.read_text(encoding="utf-8"))
    layout = load_rubric().layout
    out = tmp_path / "ut.pdf"
    info = export_pdf(sketch, layout, out, source=strong, renderer=Renderer())
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and info.pages == pdf_pages(data)
    assert "Færre fall" in pdf_text(data)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fall.md", "ut.pdf"]  # no temp files left
    # An earlier PDF may be replaced.
    assert export_pdf(sketch, layout, out, source=strong).pages == info.pages


def test_export_never_overwrites_the_sketch(strong: Path, tmp_path: Path) -> None:
    before = strong.read_bytes()
    sketch = parse_sketch(before.decode())
    layout = load_rubric().layout
    with pytest.raises(SkisseFileError, match="skissefilen"):
        export_pdf(sketch, layout, strong, source=strong)
    with pytest.raises(SkisseFileError):
        export_markdown(sketch, strong, source=strong)
    link = tmp_path / "lenke.md"
    link.symlink_to(strong)
    with pytest.raises(SkisseFileError):
        export_pdf(sketch, layout, link, source=strong)
    notes = tmp_path / "notater.txt"
    notes.write_text("viktig", encoding="utf-8")
    with pytest.raises(SkisseFileError, match="ikke en PDF"):
        export_pdf(sketch, layout, notes, source=strong)
    assert strong.read_bytes() == before and notes.read_text(encoding="utf-8") == "viktig"


def test_markdown_export_turns_metadata_into_a_title_block() -> None:
    text = "---\ntitle: Trygg skolevei\napplicant:\n  name: Bodø kommune\n  orgnr: '972418013'\npartners:\n  - Salten regionråd\nlanguage: nb\n---\n\n## Problem og behov\n\nTekst.\n"
    out = markdown_for_export(parse_sketch(text))
    assert out.startswith("# Trygg skolevei\n\n**Søker:** Bodø kommune (org.nr. 972 418 013)  \n**Samarbeidspartnere:** Salten regionråd\n\n## Problem og behov")
    assert "---" not in out
    plain = "# Tittel\n\n## Behov\n\nTekst\r\n"
    assert markdown_for_export(parse_sketch(plain)) == plain
    # The title already written as a heading is not repeated.
    assert markdown_for_export(parse_sketch(STRONG_SKETCH)).count("# Færre fall, flere trygge år hjemme") == 1


def test_cli_export_writes_pdf_next_to_the_sketch(strong: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nb", "export", str(strong)]) == 0
    pdf = strong.with_suffix(".pdf")
    pages = pdf_pages(pdf.read_bytes())
    out = capsys.readouterr().out
    assert str(pdf) in out and f"{pages} sider" in out and "av 5 sider brukt" in out
    assert not strong.with_name("fall.export.md").exists()


def test_cli_export_both_formats_into_a_folder(strong: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    assert main(["--lang", "en", "export", str(strong), "--pdf", "--md", "-o", str(folder)]) == 0
    assert (folder / "fall.pdf").read_bytes().startswith(b"%PDF-")
    assert (folder / "fall.export.md").read_text(encoding="utf-8").startswith("# Færre fall")
    out = capsys.readouterr().out
    assert "Wrote" in out and "pages used" in out


def test_cli_export_md_only_with_output_file(strong: Path, tmp_path: Path) -> None:
    target = tmp_path / "lim-inn.md"
    assert main(["export", str(strong), "--md", "-o", str(target)]) == 0
    assert target.exists() and not strong.with_suffix(".pdf").exists()


def test_cli_export_over_the_limit_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "lang.md"
    path.write_text(five_page_sketch(3, paragraphs_per_section=10), encoding="utf-8")
    assert main(["--lang", "nb", "export", str(path), "--force"]) == 0
    assert "over grensen på 5 sider" in capsys.readouterr().out


def test_cli_export_with_failing_criteria_writes_nothing_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As the window asks first, the command line names what fails and writes nothing."""
    path = tmp_path / "anskaffelse.md"
    path.write_bytes((ROOT / "tests/fixtures/sketches/anskaffelse-i-total.md").read_bytes())
    assert main(["--lang", "nb", "export", str(path), "--pdf", "--md"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err
    assert err.startswith("skisse: skrev ingenting") and err.count("\n") == 1
    assert "«Budsjettet er uten anskaffelseskostnader»" in err and "--force" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anskaffelse.md"]

    # --force writes both and succeeds, still naming on stderr what fails.
    assert main(["--lang", "nb", "export", str(path), "--pdf", "--md", "--force"]) == 0
    captured = capsys.readouterr()
    assert "Skrev" in captured.out
    assert captured.err.startswith("skisse: skrevet med --force") and captured.err.count("\n") == 1
    assert "«Budsjettet er uten anskaffelseskostnader»" in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anskaffelse.export.md", "anskaffelse.md", "anskaffelse.pdf"]


def test_cli_export_of_a_sketch_that_passes_needs_no_force(strong: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nb", "check", str(strong)]) == 0
    capsys.readouterr()
    assert main(["--lang", "nb", "export", str(strong)]) == 0
    assert capsys.readouterr().err == "" and strong.with_suffix(".pdf").exists()


@pytest.mark.parametrize("make", ["missing", "folder", "binary", "same"])
def test_cli_export_bad_input_exits_2_with_one_line(make: str, strong: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--lang", "nb", "export"]
    if make == "missing":
        args.append(str(tmp_path / "finnes-ikke.md"))
    elif make == "folder":
        args.append(str(tmp_path))
    elif make == "binary":
        binary = tmp_path / "bilde.md"
        binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        args.append(str(binary))
    else:
        args += [str(strong), "-o", str(strong)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("skisse: ") and err.count("\n") == 1 and "Traceback" not in err
    assert strong.read_text(encoding="utf-8") == STRONG_SKETCH


def test_cli_export_unknown_rubric_exits_2(strong: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(strong), "--rubric", "finnes-ikke"]) == 2
    assert "finnes-ikke" in capsys.readouterr().err


def test_markdown_export_leaves_out_the_interviews_marks_and_notes() -> None:
    # The copy to paste elsewhere held every «<!-- svar: need.q1 -->» / «<!-- /svar -->» and the
    # interview's private notes; the writer's own comments stay.
    text = (
        "---\ntitle: Trygg heime\napplicant:\n  name: Aurland kommune\nlanguage: nn\n---\n\n# Trygg heime\n\n## Problem og behov\n\n"
        "Innleiing skriven for hand.\n<!-- svar: need.q1 -->\nI dag får 64 heimebuande tryggleiksalarm.\n<!-- /svar -->\n\n"
        "<!-- svar: need.q2 -->\n<!-- notat: «Kva kostar problemet i dag?» Sjå under Problem og behov. -->\n<!-- /svar -->\n\n"
        "<!-- eigen merknad til kollegaen -->\n\n## Budsjett\n\n<!-- svar: budget.q1 -->\n- Reiser: 50 000 kr\n<!-- /svar -->\n"
    )
    out = markdown_for_export(parse_sketch(text))
    assert "svar" not in out and "notat" not in out and "Sjå under" not in out
    assert "Innleiing skriven for hand.\n\nI dag får 64 heimebuande tryggleiksalarm.\n\n<!-- eigen merknad til kollegaen -->\n\n## Budsjett" in out
    assert out.endswith("## Budsjett\n\n- Reiser: 50 000 kr\n")
    # Without a metadata block too, and with CRLF line endings.
    plain = "# T\r\n\r\n## Behov\r\n\r\n<!-- svar: need.q1 -->\r\nTekst.\r\n<!-- /svar -->\r\n"
    assert markdown_for_export(parse_sketch(plain)) == "# T\r\n\r\n## Behov\r\n\r\nTekst.\r\n"
