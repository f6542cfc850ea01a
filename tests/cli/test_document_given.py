"""A file that is no sketch given to a command: a document (a PDF, an RTF file) is named with
what to do, and a Markdown sketch given to `skisse import` is not called a Word file; in bokmål,
nynorsk and English. Nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main

BARE = "---\ntitle: Reiser i hjemmetjenesten\napplicant: Bergen kommune\n---\n# Reiser i hjemmetjenesten\n\nLitt tekst.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 4
SAID_PDF = {
    "nb": "dette er en PDF, ikke en skisse. Skisse leser Markdown/tekst",
    "nn": "dette er ein PDF, ikkje ei skisse. Skisse les Markdown/tekst",
    "en": "this is a PDF, not a sketch. Skisse reads Markdown/text",
}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("command", [["check", "--no-pages"], ["import"], ["report"], ["export", "--md"]])
def test_a_pdf_given_as_a_sketch_is_named(capsys, tmp_path: Path, lang: str, command: list[str]) -> None:
    pdf = tmp_path / "utkast.pdf"
    pdf.write_bytes(PDF)
    code, out, err = run(capsys, "--lang", lang, *command, str(pdf))
    assert code == 2
    assert SAID_PDF[lang] in err and "Traceback" not in err
    assert "binær" not in err and "binary" not in err
    assert pdf.read_bytes() == PDF and sorted(p.name for p in tmp_path.iterdir()) == ["utkast.pdf"]


def test_import_of_an_rtf_document_says_to_save_it_as_docx_and_writes_nothing(capsys, tmp_path: Path) -> None:
    """An RTF file is text to a reader of bytes: it was imported as a sketch of control words."""
    rtf = tmp_path / "utkast.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Behovet er stort.\\par }")
    code, _, err = run(capsys, "--lang", "nb", "import", str(rtf))
    assert code == 2
    assert "dette er et RTF-dokument (.rtf), ikke en skisse" in err and "lagre dokumentet som .docx og kjør «skisse import»" in err
    assert not (tmp_path / "utkast.md").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "skisse.md: er ikke en Word-fil, men allerede tekst; «skisse import» gjør Word-utkast (.docx) om til skisser"),
        ("nn", "skisse.md: er ikkje ei Word-fil, men alt tekst; «skisse import» gjer Word-utkast (.docx) om til skisser"),
        ("en", "skisse.md: is not a Word file but text already; «skisse import» turns Word drafts (.docx) into sketches"),
    ],
)
def test_import_of_a_markdown_sketch_does_not_call_it_a_word_file(capsys, tmp_path: Path, lang: str, said: str) -> None:
    sketch = tmp_path / "skisse.md"
    sketch.write_text(BARE, encoding="utf-8")
    code, _, err = run(capsys, "--lang", lang, "import", str(sketch))
    assert code == 2
    assert said in err and "Word-filen" not in err and "Word-fila" not in err and "the Word file" not in err
    assert sketch.read_text(encoding="utf-8") == BARE


def _archive(path: Path, entries: dict[str, str]) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for name, body in entries.items():
            z.writestr(zipfile.ZipInfo(name) if name == "mimetype" else name, body)


@pytest.mark.parametrize(
    ("name", "entries", "said"),
    [
        ("a.odt", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "OpenDocument"),
        ("b.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}, "regneark"),
        ("c.xlsx", {"xl/workbook.xml": "<x/>"}, "regneark"),
        ("d.pptx", {"ppt/presentation.xml": "<x/>"}, "presentasjon"),
        ("e.epub", {"mimetype": "application/epub+zip", "x.html": "<x/>"}, "EPUB"),
    ],
)
def test_an_archive_document_is_named_by_what_it_holds(capsys, tmp_path: Path, name: str, entries: dict[str, str], said: str) -> None:
    path = tmp_path / name
    _archive(path, entries)
    code, out, err = run(capsys, "--lang", "nb", "check", "--no-pages", str(path))
    assert code == 2 and said in err and "binær" not in err
