"""Reading Word files: headings, lists, tables, merged cells, tracked changes, what is left out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.core.sketch.document import parse_sketch
from assistant.core.files.docx_read import DocxError, read_docx
from assistant.core.files.storage import SkisseFileError, read_text_file

from .builders import styled_draft, tracked_draft, unstyled_draft


def _read(path: Path):
    result = read_docx(path.read_bytes(), path.name, lang="en")
    return result, parse_sketch(result.markdown)


@pytest.mark.parametrize("norwegian", [True, False], ids=["overskrift", "heading"])
def test_heading_styles_lists_and_a_merged_budget_table(tmp_path, norwegian):
    result, sketch = _read(styled_draft(tmp_path / "utkast.docx", norwegian_styles=norwegian))
    assert sketch.title == "Trygg hjemme lenger"
    assert [s.key for s in sketch.sections] == ["need", "why-us", "budget"]
    assert sketch.applicant is not None and sketch.applicant.name == "Bergen kommune" and sketch.applicant.orgnr == "964338531"
    assert [p.name for p in sketch.partners] == ["Askøy kommune", "Helse Bergen HF"]
    assert "- Ti års erfaring med trygghetsalarmer\n- Et eget innovasjonsteam" in result.markdown
    assert "1. Kommunedirektøren leder styringsgruppen\n2. Bystyret har vedtatt satsingen" in result.markdown
    # The vertical merge repeats «Utvikling»; the horizontal one leaves the cell it covers blank.
    assert "| Utprøving hos brukere | Utvikling | 600 000 |" in result.markdown
    assert "| Sum |  | 2 500 000 |" in result.markdown
    budget = sketch.budget
    assert budget is not None and [line.amount for line in budget.lines] == [400_000, 1_500_000, 600_000]
    assert budget.stated_total == 2_500_000 and budget.unreadable_rows == []


def test_without_heading_styles_bold_and_larger_lines_are_headings(tmp_path):
    result, sketch = _read(unstyled_draft(tmp_path / "uten-stiler.docx"))
    assert result.markdown.startswith("# Trygg hjemme lenger\n")
    assert [s.key for s in sketch.sections] == ["need", "budget"]
    assert sketch.applicant is not None and sketch.applicant.name == "Bergen kommune"
    assert sketch.budget is not None and sketch.budget.stated_total == 2_500_000


def test_tracked_changes_are_accepted_and_what_is_left_out_is_named(tmp_path):
    result, sketch = _read(tracked_draft(tmp_path / "sporet.docx"))
    need = sketch.section("need")
    assert need is not None and "Vi har 1 200 brukere som faller hvert år ifølge SSB." in need.body
    assert "SLETTET-TEKST" not in result.markdown and "TEKSTBOKS-TEKST" not in result.markdown
    assert "Kilde?" not in result.markdown
    notes = "\n".join(result.notes)
    for said in ("as if every change were accepted", "1 comment(s)", "1 image(s)", "1 text box(es)", "1 footnote(s)", "Word's own pagination may differ"):
        assert said in notes


def test_a_word_file_is_read_by_its_bytes_whatever_its_name(tmp_path):
    path = styled_draft(tmp_path / "utkast.docx")
    renamed = tmp_path / "utkast.bin"
    renamed.write_bytes(path.read_bytes())
    loaded = read_text_file(renamed, word=True, lang="en")
    assert loaded.encoding == "docx" and "## Problem og behov" in loaded.text


def test_callers_that_write_back_refuse_a_word_file_with_the_way_to_import_it(tmp_path):
    path = styled_draft(tmp_path / "utkast.docx")
    with pytest.raises(SkisseFileError) as info:
        read_text_file(path, lang="en")
    assert str(info.value) == f"{path}: is a Word file; turn it into a sketch with «skisse import {path}»"
    assert "binary" not in str(info.value)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An OLE compound file holding an «EncryptedPackage» stream: how Word saves a .docx with a password.
ENCRYPTED = OLE + b"\x00" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 500


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, names: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: _bytes(p, b"not a zip at all"), "damaged (not a valid .docx archive)"),
        (lambda p: _bytes(p, b"PK\x03\x04" + b"\x00" * 200), "damaged (not a valid .docx archive)"),
        (lambda p: _zip(p, {"[Content_Types].xml": b"<Types/>", "word/other.xml": b"<x/>"}), "holds no word/document.xml"),
        (lambda p: _zip(p, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"}), "damaged and cannot be read"),
        (lambda p: _bytes(p, ENCRYPTED), "password-protected"),
        (lambda p: _bytes(p, OLE + b"\x00" * 1000), "old Word file (.doc)"),
    ],
    ids=["text", "truncated-zip", "no-document", "broken-xml", "encrypted", "old-doc"],
)
def test_files_that_are_no_readable_docx_give_one_line(tmp_path, make, said):
    path = make(tmp_path / "utkast.docx")
    before = path.read_bytes()
    with pytest.raises(SkisseFileError) as info:
        read_text_file(path, word=True, lang="en")
    message = str(info.value)
    assert said in message and "\n" not in message and message.startswith(str(path))
    assert path.read_bytes() == before


def test_a_word_file_that_unpacks_to_gigabytes_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bombe.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1 << 20)
            for _ in range(210):
                member.write(chunk)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(SkisseFileError) as info:
        read_text_file(path, word=True, lang="en")
    assert "unpacks to 210 MB" in str(info.value) and "limit 200 MB" in str(info.value)


def test_reader_error_is_its_own_type(tmp_path):
    with pytest.raises(DocxError):
        read_docx(b"plain text", "x.docx", lang="en")


def test_metadata_in_the_properties_is_read_by_the_parsers_own_rules(tmp_path):
    """Aliases («billion laughs») in the metadata property are refused, as in a metadata block."""
    from xml.sax.saxutils import escape

    from assistant.core.rendering.docx_write import sketch_to_docx
    from assistant.core.sketch.rubric import load_rubric

    text = (Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8")
    sketch = parse_sketch(text)
    data = sketch_to_docx(sketch, load_rubric(None).layout)
    good = read_docx(data, "s.docx", lang="en")
    assert good.metadata is not None and good.metadata["applicant"]["orgnr"] == "964338531"
    laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    path = tmp_path / "s.docx"
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "docProps/custom.xml":
                body = body.replace(b"<vt:lpwstr>", b"<vt:lpwstr>" + escape(laughs).encode(), 1)
            target.writestr(info, body)
    bad = read_docx(path.read_bytes(), "s.docx", lang="en")
    assert bad.metadata is None and not bad.markdown.startswith("---")
    assert parse_sketch(bad.markdown).sections  # the text is still read
