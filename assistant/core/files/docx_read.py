"""A Word file (.docx) as Skisse's Markdown, with notes on what could not be carried over.

python-docx opens the package; the body is walked on its lxml tree, because python-docx does
not expose tracked changes: text inside `w:ins` is kept and text inside `w:del` dropped, so the
sketch is judged as if every change were accepted. Headings come from heading styles (by id,
name or outline level, so localised styles such as «Overskrift 1» count) and, where the writer
used no heading style at all, from bold or larger one-line paragraphs that look like headings.
Lists keep their numbering as Word counts it (`docx_lists`), tables become pipe tables (merged
cells: a vertical merge repeats its text, a horizontal one leaves the cells it covers blank). Images, comments, footnotes, text boxes,
headers and footers cannot be carried over: each is counted in a note.

python-docx is imported here only, on first use, so reading Markdown never loads it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from ...i18n import t
from ..sketch.headinglike import heading_like, headings_among
from .docx_lists import Numbering
from .docx_styles import W, Styles, on

_W = "{%s}" % W
METADATA_PROPERTY = "Skisse-metadata"  # the sketch's metadata block, kept in the file's custom properties
KICKER_STYLE = "SkisseKicker"  # title-block paragraphs Skisse writes; the metadata carries them
TITLE_BLOCK_STYLE = "SkisseTitleBlock"
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # what a Word file may unpack to; real drafts are a few MB
CUSTOM_PROPS_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_LINE_START = re.compile(r"^(\s*)([#>|])")


class DocxError(Exception):
    """The file is not a Word document Skisse can read; str() is one line for the user."""


@dataclass
class DocxText:
    """The Markdown read from a Word file and the notes on what was left out."""

    markdown: str
    notes: list[str] = field(default_factory=list)
    metadata: dict | None = None  # the metadata block Skisse wrote into the file, when there is one


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def is_ole(data: bytes) -> bool:
    return data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def check_package(data: bytes, name: str, lang: str) -> None:
    """Raise DocxError (one line) for a file that is no readable .docx: encrypted, old .doc, damaged."""
    if is_ole(data):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocxError(t("storage.docx_encrypted", lang, path=name))
        raise DocxError(t("storage.docx_old_format", lang, path=name))
    if not is_zip(data):
        raise DocxError(t("storage.docx_not_zip", lang, path=name))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise DocxError(t("storage.docx_not_zip", lang, path=name)) from None
    names = {info.filename for info in infos}
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:  # a «zip bomb»: refused before anything is unpacked
        raise DocxError(t("storage.docx_too_large", lang, path=name, size=unpacked // 1_048_576, limit=MAX_UNPACKED_BYTES // 1_048_576))
    if "word/document.xml" not in names and not any(n.startswith("word/document") and n.endswith(".xml") for n in names):
        raise DocxError(t("storage.docx_no_document", lang, path=name))


def read_docx(data: bytes, name: str = "input.docx", *, lang: str = "nb") -> DocxText:
    """The Word file's text as Skisse's Markdown. Raises DocxError for a file it cannot open."""
    check_package(data, name, lang)
    try:
        import docx  # python-docx: first use only

        document = docx.Document(io.BytesIO(data))
        reader = _Reader(document, lang)
        markdown = reader.markdown()
    except DocxError:
        raise
    except Exception as exc:  # noqa: BLE001 - zip, XML and python-docx's own errors alike
        raise DocxError(t("storage.docx_damaged", lang, path=name, reason=type(exc).__name__)) from None
    metadata = reader.metadata
    front = ""
    if metadata:
        import yaml

        front = "---\n" + yaml.safe_dump(metadata, allow_unicode=True, sort_keys=False) + "---\n\n"
    return DocxText(front + markdown, reader.notes(name), metadata)


@dataclass
class _Para:
    kind: str  # "p", "heading", "item", "table"
    text: str
    level: int = 0
    plain: str = ""
    bold: bool = False
    size: int = 0
    number: int | None = None  # a numbered list item's number, as Word shows it


class _Reader:
    def __init__(self, document, lang: str) -> None:
        self.document = document
        self.lang = lang
        self.styles = Styles(document)
        self.counts: Counter[str] = Counter()
        self.metadata: dict | None = None
        self._numbering = self._load_numbering()
        self._title_seen = False
        self._read_metadata()

    # -- package-level things

    def _load_numbering(self) -> Numbering:
        try:
            root = self.document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return Numbering()
        return Numbering(root, self.styles)

    def _read_metadata(self) -> None:
        """The metadata block Skisse keeps in the file's custom properties, when it wrote the file."""
        package = self.document.part.package
        for rel in package.rels.values():
            if rel.reltype != CUSTOM_PROPS_RT or rel.is_external:
                continue
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
            for prop in root:
                text = prop[0].text if prop.get("name") == METADATA_PROPERTY and len(prop) else None
                if not text or len(text) > 65_536:
                    continue
                from ..sketch.frontmatter import _load_metadata  # the parser's loader: no aliases, nesting capped

                try:
                    data = _load_metadata(text)
                except Exception:  # noqa: BLE001 - a property that cannot be read is left out
                    data = None
                if isinstance(data, dict):
                    self.metadata = data

    # -- the body

    def markdown(self) -> str:
        body = self.document.element.body
        items: list[_Para] = []
        for block in self._blocks(body):
            if block.tag == _W + "p":
                para = self._paragraph(block)
                if para is not None:
                    items.append(para)
            elif block.tag == _W + "tbl":
                items.append(_Para("table", self._table(block)))
        self._count_package()
        self._headings_without_styles(items)
        self._title(items)
        out: list[str] = []
        prev: _Para | None = None
        for item in items:
            if item.kind == "heading":
                text = "#" * max(1, min(6, item.level)) + " " + item.plain
            else:
                text = item.text
            if out:
                tight = item.kind == "item" and prev is not None and prev.kind == "item"
                if tight and _restarts(prev, item):
                    out.append("\n\n<!-- -->\n\n")  # Word restarted the numbering: a list of its own
                else:
                    out.append("\n" if tight else "\n\n")
            out.append(text)
            prev = item
        return "".join(out) + ("\n" if out else "")

    def _blocks(self, parent):
        for child in parent:
            tag = child.tag
            if tag in (_W + "p", _W + "tbl"):
                yield child
            elif tag in (_W + "sdt",):
                content = child.find(_W + "sdtContent")
                if content is not None:
                    yield from self._blocks(content)
            elif tag in (_W + "customXml", _W + "ins", _W + "moveTo", _W + "smartTag"):
                yield from self._blocks(child)
            elif tag in (_W + "del", _W + "moveFrom"):
                self.counts["tracked"] += 1  # a deleted block: dropped, as if accepted

    def _style_id(self, p) -> str | None:
        style = p.find(f"{_W}pPr/{_W}pStyle")
        return style.get(_W + "val") if style is not None else None

    def _paragraph(self, p) -> _Para | None:
        sid = self._style_id(p)
        if sid == KICKER_STYLE or (sid == TITLE_BLOCK_STYLE and self.metadata is not None):
            return None  # Skisse's own label, and title-block lines the metadata carries
        runs = list(self._runs(p))
        plain = "".join(text for text, *_ in runs)
        if not plain.strip():
            return None
        one_line = " ".join(plain.split())
        level = self.styles.heading_level(sid)
        outline = p.find(f"{_W}pPr/{_W}outlineLvl")
        if level is None and outline is not None and (outline.get(_W + "val") or "").isdigit() and int(outline.get(_W + "val")) < 9:
            level = int(outline.get(_W + "val")) + 1
        if level == 0 and self.metadata is not None and not self._title_seen:
            self._title_seen = True
            self.metadata["title"] = one_line  # the title block's title, as edited in Word
            return None
        visible = [(text, bold, size) for text, bold, _, size in runs if text.strip()]
        all_bold = bool(visible) and all(bold for _, bold, _ in visible)
        size = max((s for _, _, s in visible), default=0)
        if level is not None:
            return _Para("heading", "", level=level + 1 if level else 1, plain=_escape(one_line))
        num = self._numbering_of(p, sid)
        text = self._inline(runs)
        if num is not None:
            num_id, ilvl = num
            level = self._numbering.level(num_id, ilvl)
            fmt = level.fmt if level else "bullet"
            if not self._numbering.known(num_id) and "number" in self.styles.name(sid).lower():
                fmt = "decimal"
            indent = "    " * ilvl
            number = None
            if fmt in ("bullet", "none"):
                marker = "-"
            else:
                number = self._numbering.next_number(num_id, ilvl)
                marker = f"{number}."
            body = text.replace("\n", "\n" + indent + " " * (len(marker) + 1))
            return _Para("item", f"{indent}{marker} {body}", level=ilvl, plain=one_line, bold=all_bold, size=size, number=number)
        return _Para("p", text, plain=one_line, bold=all_bold, size=size)

    def _numbering_of(self, p, sid: str | None) -> tuple[str, int] | None:
        num_pr = p.find(f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            num_pr = self.styles.find(sid, f"{_W}pPr/{_W}numPr")
        if num_pr is None:
            name = self.styles.name(sid).lower()
            if name.startswith(("list bullet", "list number", "punktliste", "nummerert liste")):
                level = re.search(r"(\d)$", name)
                return ("style:" + name, int(level.group(1)) - 1 if level else 0)
            return None
        num_id = num_pr.find(_W + "numId")
        ilvl = num_pr.find(_W + "ilvl")
        nid = num_id.get(_W + "val") if num_id is not None else None
        if nid in (None, "0"):
            return None  # numbering switched off
        lvl = ilvl.get(_W + "val") if ilvl is not None else "0"
        return nid, int(lvl) if lvl and lvl.isdigit() else 0

    def _runs(self, p, *, in_table: bool = False):
        """(text, bold, italic, size in half-points) for each run that counts, in order."""
        sid = self._style_id(p)
        style_bold = on(self.styles.find(sid, f"{_W}rPr/{_W}b"))
        style_italic = on(self.styles.find(sid, f"{_W}rPr/{_W}i"))
        style_size_el = self.styles.find(sid, f"{_W}rPr/{_W}sz")
        style_size = int(style_size_el.get(_W + "val")) if style_size_el is not None and (style_size_el.get(_W + "val") or "").isdigit() else self.styles.default_size
        for node in p.iter(_W + "r"):
            if self._skipped(node, p):
                continue
            rpr = node.find(_W + "rPr")
            bold, italic, size = style_bold, style_italic, style_size
            if rpr is not None:
                if (b := rpr.find(_W + "b")) is not None:
                    bold = on(b)
                if (i := rpr.find(_W + "i")) is not None:
                    italic = on(i)
                if (sz := rpr.find(_W + "sz")) is not None and (sz.get(_W + "val") or "").isdigit():
                    size = int(sz.get(_W + "val"))
                rstyle = rpr.find(_W + "rStyle")
                if rstyle is not None and (rstyle.get(_W + "val") or "").lower() in ("strong", "sterk", "fet"):
                    bold = True
            parts: list[str] = []
            for child in node:
                ctag = child.tag
                if ctag == _W + "t":
                    parts.append(child.text or "")
                elif ctag in (_W + "tab", _W + "ptab"):
                    parts.append(" ")
                elif ctag in (_W + "br", _W + "cr"):
                    if child.get(_W + "type") not in ("page", "column"):
                        parts.append("\n")
                elif ctag == _W + "noBreakHyphen":
                    parts.append("-")
                elif ctag in (_W + "drawing", _W + "pict", _W + "object"):
                    if child.find(f".//{_W}txbxContent") is not None:
                        self.counts["textbox"] += 1
                    else:
                        self.counts["image"] += 1
                elif ctag == _W + "footnoteReference":
                    self.counts["footnote"] += 1
                elif ctag == _W + "endnoteReference":
                    self.counts["footnote"] += 1
                elif ctag == _W + "commentReference":
                    self.counts["comment"] += 1
            if parts:
                yield "".join(parts), bold, italic, size

    def _skipped(self, run, p) -> bool:
        """A run inside a deletion (dropped, as accepted), a text box or a deleted move."""
        node = run.getparent()
        while node is not None and node is not p:
            tag = node.tag
            if tag in (_W + "del", _W + "moveFrom", _W + "txbxContent"):
                return True
            node = node.getparent()
        return False

    def _inline(self, runs) -> str:
        """Runs as Markdown: bold and italic kept, spaces kept outside the markers."""
        merged: list[list] = []
        for text, bold, italic, _ in runs:
            if merged and merged[-1][1] == bold and merged[-1][2] == italic:
                merged[-1][0] += text
            else:
                merged.append([text, bold, italic])
        out = []
        for text, bold, italic in merged:
            text = _escape_inline(text)
            if not text.strip() or not (bold or italic):
                out.append(text)
                continue
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            mark = ("**" if bold else "") + ("*" if italic else "")
            out.append(f"{lead}{mark}{text.strip()}{mark[::-1]}{trail}")
        lines = "".join(out).split("\n")
        return "\n".join(_LINE_START.sub(r"\1\\\2", line.strip()) for line in lines).strip()

    def _table(self, tbl) -> str:
        rows: list[list[str]] = []
        above: dict[int, str] = {}
        for tr in tbl.iter(_W + "tr"):
            if tr.getparent() is not tbl and not (tr.getparent().tag in (_W + "ins", _W + "sdtContent", _W + "customXml")):
                continue  # a row of a nested table: its text is in its cell
            if tr.find(f"{_W}trPr/{_W}del") is not None:
                continue  # a deleted row: dropped, as if accepted
            row: list[str] = []
            before = tr.find(f"{_W}trPr/{_W}gridBefore")
            if before is not None and (before.get(_W + "val") or "").isdigit():
                row.extend([""] * int(before.get(_W + "val")))
            for tc in tr.iter(_W + "tc"):
                if self._owner(tc, _W + "tr") is not tr:
                    continue
                span_el = tc.find(f"{_W}tcPr/{_W}gridSpan")
                span = int(span_el.get(_W + "val")) if span_el is not None and (span_el.get(_W + "val") or "").isdigit() else 1
                vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
                col = len(row)
                if vmerge is not None and (vmerge.get(_W + "val") or "continue") == "continue":
                    text = above.get(col, "")
                else:
                    paras = [self._inline(list(self._runs(p))) for p in tc.iter(_W + "p") if not self._in_textbox(p, tc)]
                    text = " ".join(" ".join(x.split()) for x in paras if x.strip()).replace("|", "\\|")
                    text = re.sub(r"^\\(?=[#>])", "", text)
                above[col] = text
                row.append(text)
                row.extend([""] * (span - 1))
            if any(cell.strip() for cell in row):
                rows.append(row)
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)

    @staticmethod
    def _owner(node, tag):
        parent = node.getparent()
        while parent is not None and parent.tag != tag:
            parent = parent.getparent()
        return parent

    @staticmethod
    def _in_textbox(p, stop) -> bool:
        node = p.getparent()
        while node is not None and node is not stop:
            if node.tag == _W + "txbxContent":
                return True
            node = node.getparent()
        return False

    # -- headings where no style says so

    def _headings_without_styles(self, items: list[_Para]) -> None:
        """No heading style anywhere: bold or larger one-line paragraphs that look like headings
        are the headings. A bold sentence in a body stays bold text."""
        if any(item.kind == "heading" for item in items):
            return
        sizes: Counter[int] = Counter()
        for item in items:
            if item.kind == "p" and item.size:
                sizes[item.size] += len(item.plain)
        body = sizes.most_common(1)[0][0] if sizes else self.styles.default_size
        looks = [self._looks_like_heading(item, body) for item in items]
        candidates = [(n, items[n].size if items[n].size >= body + 2 else body) for n in headings_among(looks)]
        for n, _ in candidates:
            item = items[n]
            items[n] = _Para("heading", "", level=2, plain=_escape(item.plain.strip("*_ ")))
        # The first paragraph, set larger than every other such heading, is the title.
        if len(candidates) > 1:
            first, size = candidates[0]
            if first == 0 and all(size > other for _, other in candidates[1:]):
                items[0].level = 1

    @staticmethod
    def _looks_like_heading(item: _Para, body: int) -> bool:
        """Bold or larger, one line, and worded as a heading (`sketch.headinglike`)."""
        if item.kind != "p" or "\n" in item.text or not (item.bold or item.size >= body + 2):
            return False
        return heading_like(item.plain)

    def _title(self, items: list[_Para]) -> None:
        """The first heading, when it names no section and stands above or level with the rest, is the title."""
        from ..sketch.sections import match_heading

        headings = [item for item in items if item.kind == "heading"]
        if not headings or any(item.level == 1 for item in headings):
            return
        first = headings[0]
        if match_heading(first.plain) is None and len(headings) > 1 and first.level <= min(h.level for h in headings[1:]):
            first.level = 1

    # -- what could not be carried over

    def _count_package(self) -> None:
        body = self.document.element.body
        for tag in ("ins", "del", "moveFrom", "moveTo", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "numberingChange"):
            if body.find(f".//{_W}{tag}") is not None:
                self.counts["tracked"] += 1
        if not self.counts["comment"]:
            self.counts["comment"] = len({c.get(_W + "id") for c in body.iter(_W + "commentRangeStart")})
        for section in self.document.sections:
            for part in (section.header, section.footer, section.first_page_header, section.first_page_footer, section.even_page_header, section.even_page_footer):
                try:
                    if part.is_linked_to_previous:
                        continue
                    text = " ".join(p.text for p in part.paragraphs) + " ".join(c.text for tb in part.tables for row in tb.rows for c in row.cells)
                except Exception:
                    continue
                if text.strip() and not re.fullmatch(r"[\d\s/–-]*(?:side|page|sida)?[\d\s/–-]*(?:av|of|frå|av)?[\d\s/–-]*", text.strip(), re.I):
                    self.counts["header"] += 1

    def notes(self, name: str) -> list[str]:
        lang = self.lang
        out = [t("docx.note.read", lang, path=name)]
        if self.counts["tracked"]:
            out.append(t("docx.note.tracked", lang, path=name))
        for key in ("comment", "image", "textbox", "footnote", "header"):
            if self.counts[key]:
                out.append(t(f"docx.note.{key}", lang, path=name, n=self.counts[key]))
        out.append(t("docx.note.pages", lang, path=name))
        return out


def _restarts(prev: _Para, item: _Para) -> bool:
    """A numbered item right after one of its level whose number does not follow on."""
    return item.number is not None and prev.number is not None and prev.level == item.level and item.number != prev.number + 1


def _escape_inline(text: str) -> str:
    """Characters that would turn plain Word text into Markdown markup."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`").replace("<", "\\<")


def _escape(text: str) -> str:
    return _escape_inline(text).strip()
