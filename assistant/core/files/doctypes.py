"""What a file that is no sketch is, by its bytes: a PDF, a document of another word processor,
a spreadsheet, a presentation or a picture. The refusal then names it and says what to do
(`storage.document_*` in assistant/locale/reliability.toml) instead of calling it «a binary file».

A Word file (.docx) is not among them: Skisse reads it (`storage.is_word_file`).
"""

from __future__ import annotations

# Kinds a word processor can save as .docx, for `skisse import`; the rest can only be pasted.
CONVERTIBLE = frozenset({"word_old", "odt", "rtf", "pages"})

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def document_kind(data: bytes) -> str | None:
    """The kind of document `data` holds (a key under `storage.kind`), or None when it is none
    Skisse knows by name (plain text, a .docx, or bytes of another kind)."""
    head = data[:1024]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(_OLE):
        if _utf16("WordDocument") in data:
            return "word_old"
        if _utf16("Workbook") in data or _utf16("Book") in data:
            return "spreadsheet"
        if _utf16("PowerPoint Document") in data:
            return "presentation"
        return None
    if head.startswith(_IMAGES) or (head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1")):
        return "image"
    return None


# What an archive's first bytes name (the OpenDocument's «mimetype» entry stands first and
# unpacked, so its value is in the head), then the entries inside it; a Word file is read, not refused.
_ZIP_HEAD = (
    (b"application/vnd.oasis.opendocument.text", "odt"),
    (b"application/vnd.oasis.opendocument.spreadsheet", "spreadsheet"),
    (b"application/vnd.oasis.opendocument.presentation", "presentation"),
    (b"application/epub+zip", "epub"),
)
_ZIP_ENTRIES = (
    (b"word/document", None),
    (b"xl/workbook", "spreadsheet"),
    (b"ppt/presentation", "presentation"),
    (b"Index/Document.iwa", "pages"),
)


def _zip_kind(data: bytes) -> str | None:
    """An OpenDocument, Office Open XML or Apple iWork archive by the names inside it."""
    head = data[:200]
    for marker, kind in _ZIP_HEAD:
        if marker in head:
            return kind
    for marker, kind in _ZIP_ENTRIES:
        if marker in data:
            return kind
    return None
