"""`check`, `portfolio`, `report`, `import` and `export --docx` on Word files, as a user runs them."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from assistant.cli.main import main
from assistant.core.judging.batch import check_path

from .builders import styled_draft, tracked_draft, unstyled_draft

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "--lang", "en", *args], capture_output=True, text=True, timeout=300)


def test_check_reads_a_word_draft_and_says_how_it_was_read(tmp_path):
    path = tracked_draft(tmp_path / "utkast.docx")
    before = path.read_bytes()
    result = run("check", str(path))
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr and "binary" not in result.stdout + result.stderr
    out = result.stdout
    assert "read from Word and turned into Markdown" in out
    assert "judged as if every change were accepted" in out
    assert "1 comment(s) not carried over" in out and "1 text box(es) not carried over" in out
    assert "Word's own pagination may differ" in out
    assert path.read_bytes() == before


def test_check_json_carries_the_notes_the_text_output_shows(tmp_path):
    import json

    path = tracked_draft(tmp_path / "utkast.docx")
    markdown = tmp_path / "skisse.md"
    markdown.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    result = run("check", "--json", str(path), str(markdown))
    assert result.returncode in (0, 1), result.stderr
    word, plain = json.loads(result.stdout)
    assert word["path"] == str(path) and plain["path"] == str(markdown)
    notes = word["notes"]
    assert notes[0] == f"{path}: read from Word and turned into Markdown"
    for said in ("as if every change were accepted", "1 comment(s) not carried over", "1 image(s)", "1 text box(es) not carried over", "1 footnote(s)"):
        assert any(said in note for note in notes), said
    assert notes[-1].endswith("Word's own pagination may differ")
    assert plain["notes"] == []  # a Markdown sketch with nothing to say
    text = run("check", str(path)).stdout
    assert [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("! ")] == notes


def test_the_same_draft_in_word_and_in_markdown_gets_the_same_verdicts_and_pages(tmp_path):
    path = styled_draft(tmp_path / "utkast.docx")
    as_markdown = tmp_path / "utkast.md"
    assert main(["--lang", "en", "import", str(path), "-o", str(as_markdown)]) == 0
    word, markdown = check_path(path), check_path(as_markdown)
    assert word.statuses() == markdown.statuses()
    assert word.pages == markdown.pages and word.pages is not None
    assert any("Word's own pagination" in n or "Words egen" in n for n in word.notes)


@pytest.mark.parametrize("case", ["not-a-zip", "no-document", "encrypted"])
def test_a_damaged_or_protected_word_file_is_one_line_and_exit_2(tmp_path, case):
    path = tmp_path / "utkast.docx"
    if case == "not-a-zip":
        path.write_bytes(b"this is no zip")
    elif case == "no-document":
        import zipfile

        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
    else:
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600)
    before = path.read_bytes()
    for command in (["check"], ["import"], ["report"], ["export", "--docx"]):
        result = run(*command, str(path))
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("skisse: ") and "Traceback" not in result.stderr
        assert ("password-protected" if case == "encrypted" else "damaged") in lines[0]
        assert "binary" not in lines[0]
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["utkast.docx"]


def test_import_writes_a_sketch_with_its_metadata_and_leaves_the_word_file_alone(tmp_path):
    path = styled_draft(tmp_path / "utkast.docx")
    before = path.read_bytes()
    result = run("import", str(path))
    assert result.returncode == 0, result.stderr
    sketch_path = tmp_path / "utkast.md"
    text = sketch_path.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Trygg hjemme lenger\napplicant:\n  name: Bergen kommune\n  orgnr: '964338531'\n  kind: kommune\n")
    assert "partners:\n- name: Askøy kommune\n  kind: kommune\n- name: Helse Bergen HF\n  kind: helseforetak\n" in text
    assert "language: nb\n" in text and "## Problem og behov" in text
    assert "Found: title Trygg hjemme lenger; applicant Bergen kommune (kommune); 2 partner(s); language nb" in result.stdout
    assert path.read_bytes() == before
    # Never over an existing file without --force; with it, the file is replaced.
    sketch_path.write_text("mitt eget\n", encoding="utf-8")
    again = run("import", str(path))
    assert again.returncode == 2 and "already exists" in again.stderr and sketch_path.read_text(encoding="utf-8") == "mitt eget\n"
    forced = run("import", str(path), "--force")
    assert forced.returncode == 0 and sketch_path.read_text(encoding="utf-8") == text
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["utkast.docx", "utkast.md"]


def test_import_of_a_draft_without_styles_finds_its_sections(tmp_path):
    path = unstyled_draft(tmp_path / "uten.docx")
    out = tmp_path / "skisse.md"
    assert run("import", str(path), "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "\n## Problem og behov\n" in text and "\n## Budsjett\n" in text and "title: Trygg hjemme lenger" in text


def test_export_docx_has_the_pdf_layout(tmp_path):
    sketch = tmp_path / "skisse.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    result = run("export", str(sketch), "--docx")
    assert result.returncode == 0, result.stderr
    out = tmp_path / "skisse.export.docx"
    assert f"Wrote {out} (Word)" in result.stdout and not (tmp_path / "skisse.pdf").exists()
    document = docx.Document(out)
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert {round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)} == {25}
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(11)  # Libertinus Serif, as Word has it
    assert document.core_properties.title == "Trygg hjemme lenger" and document.core_properties.author == "Bergen kommune"
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["Sammendrag", "Problem og behov"] and "Budsjett" in headings
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Trygg hjemme lenger"]
    footer = section.footer._element
    assert {f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))} == {"PAGE", "NUMPAGES"}
    budget = document.tables[-1]
    last = [c.text for c in budget.rows[-1].cells]
    assert last[0].startswith("Sum") and any(c.strip() for c in last[1:])
    # Written again over its own earlier export; never over the sketch or a file that is no Word file.
    assert run("export", str(sketch), "--docx").returncode == 0
    other = tmp_path / "notes.docx"
    other.write_text("mine", encoding="utf-8")
    refused = run("export", str(sketch), "--docx", "-o", str(other))
    assert refused.returncode == 2 and "--force" in refused.stderr and other.read_text(encoding="utf-8") == "mine"
    refused = run("export", str(sketch), "--docx", "-o", str(other), "--force")  # not even then
    assert refused.returncode == 2 and "is not a Word file" in refused.stderr and other.read_text(encoding="utf-8") == "mine"


def test_a_word_file_edited_elsewhere_keeps_its_metadata(tmp_path):
    """The metadata block travels in the custom properties: a kind the name does not show survives."""
    sketch = tmp_path / "s.md"
    text = (SKETCHES / "statlig-og-kommune.md").read_text(encoding="utf-8")
    sketch.write_text(text, encoding="utf-8")
    assert run("export", str(sketch), "--docx", "--force").returncode == 0
    document = docx.Document(tmp_path / "s.export.docx")
    document.add_paragraph("Et avsnitt lagt til i Word.")
    buffer = io.BytesIO()
    document.save(buffer)
    edited = tmp_path / "redigert.docx"
    edited.write_bytes(buffer.getvalue())
    original, back = check_path(sketch, render=False), check_path(edited, render=False)
    assert back.statuses()["eligibility"] == original.statuses()["eligibility"]


ROUND_TRIP = sorted(SKETCHES.glob("*.md"))


@pytest.mark.parametrize("fixture", ROUND_TRIP, ids=[p.stem for p in ROUND_TRIP])
def test_round_trip_through_word_keeps_every_verdict_and_the_page_count(tmp_path, fixture):
    sketch = tmp_path / fixture.name
    sketch.write_bytes(fixture.read_bytes())
    assert main(["--lang", "en", "export", str(sketch), "--docx", "--force", "-o", str(tmp_path / "ut.docx")]) == 0
    markdown, word = check_path(sketch), check_path(tmp_path / "ut.docx")
    assert word.statuses() == markdown.statuses()
    assert word.pages == markdown.pages
    # And imported back to Markdown: the same again.
    assert main(["--lang", "en", "import", str(tmp_path / "ut.docx"), "-o", str(tmp_path / "tilbake.md")]) == 0
    assert check_path(tmp_path / "tilbake.md").statuses() == markdown.statuses()


def test_checking_markdown_never_loads_python_docx(tmp_path):
    sketch = tmp_path / "s.md"
    sketch.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    code = (
        "import sys\nfrom assistant.cli.main import main\n"
        f"code = main(['check', {str(sketch)!r}, '--no-pages'])\n"
        "print('LOADED', 'docx' in sys.modules, 'lxml' in sys.modules, code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    loaded = result.stdout[result.stdout.index("LOADED") :].split()
    assert loaded[1:] == ["False", "False", "0"], result.stdout + result.stderr


def test_portfolio_and_check_of_a_folder_take_word_files(tmp_path):
    styled_draft(tmp_path / "bergen.docx")
    (tmp_path / "~$bergen.docx").write_bytes(b"\x00lock")  # Word's lock file is no sketch
    (tmp_path / "askoy.md").write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    result = run("check", str(tmp_path), "--no-pages", "--json")
    assert result.returncode in (0, 1), result.stderr
    import json

    paths = sorted(Path(r["path"]).name for r in json.loads(result.stdout))
    assert paths == ["askoy.md", "bergen.docx"]
    portfolio = run("portfolio", str(tmp_path), "--no-pages", "--json")
    assert portfolio.returncode in (0, 1), portfolio.stderr
    rows = json.loads(portfolio.stdout)
    rows = rows["sketches"]
    names = sorted(str(r.get("name") or r.get("path")) for r in rows)
    assert [Path(n).name for n in names] == ["askoy.md", "bergen.docx"]
    bergen = next(r for r in rows if str(r.get("name") or r.get("path")).endswith("bergen.docx"))
    assert bergen.get("error") in (None, "") and bergen.get("applicant") == "Bergen kommune"


def test_report_on_a_word_draft_lists_what_was_left_out(tmp_path):
    path = tracked_draft(tmp_path / "utkast.docx")
    before = path.read_bytes()
    result = run("report", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "as if every change were accepted" in out and "1 comment(s) not carried over" in out
    assert "Word's own pagination may differ" in out
    assert path.read_bytes() == before


def test_export_docx_of_a_failing_sketch_asks_for_force_as_pdf_does(tmp_path):
    sketch = tmp_path / "svak.md"
    sketch.write_bytes((SKETCHES / "svak-kort.md").read_bytes())
    refused = run("export", str(sketch), "--docx")
    assert refused.returncode == 1 and "--force" in refused.stderr and not (tmp_path / "svak.export.docx").exists()
    assert run("export", str(sketch), "--docx", "--force").returncode == 0 and (tmp_path / "svak.export.docx").is_file()


def test_a_folder_counts_a_sketch_and_its_word_copy_once(tmp_path):
    from assistant.core.judging.batch import find_sketches

    (tmp_path / "a.md").write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    assert main(["--lang", "en", "export", str(tmp_path / "a.md"), "--docx"]) == 0
    styled_draft(tmp_path / "b.docx")
    (tmp_path / "~$b.docx").write_bytes(b"lock")
    assert [p.name for p in find_sketches(tmp_path)] == ["a.md", "b.docx"]


def test_exported_numbered_lists_start_where_the_sketch_starts_them(tmp_path):
    """Word numbers every «List Number» paragraph as one list unless told to restart: each list of
    the sketch gets its own «Restart at N», so Word shows what the PDF shows, and it reads back so."""
    from assistant.core.files.docx_read import read_docx

    sketch = tmp_path / "lister.md"
    sketch.write_text(
        "---\ntitle: Lister\nlanguage: nb\n---\n\n# Lister\n\n## Problem og behov\n\n"
        "1. Kartlegge behovet\n2. Invitere leverandører\n\nDeretter prøver vi ut løsningen.\n\n"
        "1. Teste hos brukerne\n2. Måle gevinstene\n\nTil slutt:\n\n4. Spre løsningen\n",
        encoding="utf-8",
    )
    out = tmp_path / "lister.docx"
    assert main(["--lang", "en", "export", str(sketch), "--docx", "--force", "-o", str(out)]) == 0
    document = docx.Document(out)
    overrides = [o.get(qn("w:val")) for o in document.part.numbering_part.element.iter(qn("w:startOverride"))]
    assert overrides == ["1", "4"]
    markdown = read_docx(out.read_bytes(), out.name, lang="en").markdown
    assert "1. Kartlegge behovet\n2. Invitere leverandører" in markdown
    assert "1. Teste hos brukerne\n2. Måle gevinstene" in markdown
    assert "4. Spre løsningen" in markdown
