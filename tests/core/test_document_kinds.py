"""A document of a kind Skisse knows by name (a PDF, an .odt, an old .doc, a spreadsheet, a
picture …) given as a sketch is named, with what to do, in the reader's language; it is no
longer «a binary file». Bytes of no known kind are still a binary file; a text that only
mentions such a format is read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assistant.core.files.storage import SkisseFileError, read_text_file


def _zip(entries: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in entries.items():
            archive.writestr(name, text, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500
DOCUMENTS = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 4,
    "odt": _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document-content/>"}),
    "xlsx": _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
    "pptx": _zip({"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<presentation/>"}),
    "doc": OLE + "WordDocument".encode("utf-16-le") + b"\x00" * 100,
    "rtf": b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times New Roman;}} Behovet er stort.\\par }",
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
}
# What each is called, in bokmål, nynorsk and English, and what the reader is told to do.
SAID = {
    "pdf": ("en PDF", "ein PDF", "a PDF"),
    "odt": ("et OpenDocument-dokument (.odt)", "eit OpenDocument-dokument (.odt)", "an OpenDocument text (.odt)"),
    "xlsx": ("et regneark", "eit rekneark", "a spreadsheet"),
    "pptx": ("en presentasjon", "ein presentasjon", "a presentation"),
    "doc": ("et eldre Word-dokument (.doc)", "eit eldre Word-dokument (.doc)", "an old Word document (.doc)"),
    "rtf": ("et RTF-dokument (.rtf)", "eit RTF-dokument (.rtf)", "an RTF document (.rtf)"),
    "png": ("et bilde", "eit bilete", "an image"),
}
SAVE_AS_DOCX = {"odt", "doc", "rtf"}  # a word processor saves these as .docx for `skisse import`
LEAD = {"nb": "dette er {}, ikke en skisse", "nn": "dette er {}, ikkje ei skisse", "en": "this is {}, not a sketch"}
DO = {
    "paste": {"nb": "lim inn teksten i en .md-fil", "nn": "lim inn teksten i ei .md-fil", "en": "paste the text into a .md file"},
    "docx": {"nb": "lagre dokumentet som .docx og kjør «skisse import»", "nn": "lagra dokumentet som .docx og køyr «skisse import»", "en": "save the document as .docx and run «skisse import»"},
}


def _refusal(tmp_path: Path, data: bytes, lang: str, name: str = "skisse.md") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SkisseFileError) as info:
        read_text_file(path, lang=lang, word=True)
    assert path.read_bytes() == data
    return str(info.value)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_a_known_document_is_named_with_what_to_do(tmp_path: Path, kind: str, lang: str) -> None:
    message = _refusal(tmp_path, DOCUMENTS[kind], lang, name=f"utkast.{kind}")
    name = SAID[kind][["nb", "nn", "en"].index(lang)]
    assert f"utkast.{kind}: " + LEAD[lang].format(name) in message, message
    assert DO["paste"][lang] in message
    if kind in SAVE_AS_DOCX:
        assert DO["docx"][lang] in message
    assert "binær" not in message and "binary" not in message and "\n" not in message


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize(
    "data",
    [b"\x7fELF\x02\x01\x01" + b"\x00" * 500, bytes(range(32)) * 100, OLE, _zip({"data.bin": "x" * 100})],
    ids=["program", "control-bytes", "other-ole", "other-zip"],
)
def test_bytes_of_no_known_kind_are_still_a_binary_file(tmp_path: Path, data: bytes, lang: str) -> None:
    message = _refusal(tmp_path, data, lang)
    assert {"nb": "binærfil", "nn": "binærfil", "en": "binary file"}[lang] in message


@pytest.mark.parametrize(
    "text",
    [
        "## Behov\n\nVi leser i dag en %PDF fra fagsystemet og limer {\\rtf1 inn i et regneark.\n",
        "## Need\n\nThe form is sent as a PDF, an .odt or a spreadsheet (.xlsx) today.\n",
        "## Behov\n\nSkjemaet blir sendt som PDF eller rekneark i dag.\n",
    ],
)
def test_a_sketch_that_names_a_document_format_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "skisse.md"
    path.write_text(text, encoding="utf-8")
    assert read_text_file(path, lang="nb").text == text


def test_a_word_file_is_still_read(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Behov", level=2)
    document.add_paragraph("Hjemmetjenesten bruker mye tid på reiser.")
    path = tmp_path / "utkast.docx"
    document.save(str(path))
    assert "Hjemmetjenesten bruker mye tid på reiser." in read_text_file(path, lang="nb", word=True).text
