"""A sketch as a Word file (.docx) in the PDF's A4 layout, for a colleague to edit in Word.

The layout comes from the rubric (paper, font, size, margins), as the PDF's does; the body is
the Markdown the checker judged, section by section, as `render.source` lays it out for typst:
the title block (kicker, title, applicant and partners), each section a «Heading 1», lists,
tables (the budget with its total row), page numbers in the footer as PAGE/NUMPAGES fields.
The metadata block travels in the file's custom properties, so the file read back gives the
same sketch (and the same verdicts); python-docx is imported here, on first use.
"""

from __future__ import annotations

import html
import io
import re

from ...i18n import t
from ..files.docx_read import CUSTOM_PROPS_RT, KICKER_STYLE, METADATA_PROPERTY, TITLE_BLOCK_STYLE
from ..sketch.model import Sketch
from ..sketch.rubric import Layout
from .docx_table import AFTER_TABLE_EM, TableLayout, add_table_style, space_after_tables, text_width_twips

_PAPER_MM = {"a4": (210, 297), "a5": (148, 210), "a3": (297, 420), "us-letter": (215.9, 279.4), "us-legal": (215.9, 355.6)}
_WORD_LANG = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}
_MONO = "DejaVu Sans Mono"
# Fonts typst carries itself, and the commonly installed font with about their metrics.
# The template's paragraph spacing (em), the cap height of Libertinus Serif and the single line
# of Times New Roman (ascent + descent + gap), in ems: a Word line of (leading + cap) / single
# lines is the PDF's line pitch (14.4 pt at 11 pt).
_PAR_SPACING_EM, _CAP_EM, _SINGLE_EM = 0.95, 0.658, 1.143
# Title and headings as the template sets them: size, space above and below (in body ems), italic.
_HEADINGS = (
    ("Title", 1.7, 0.0, 0.2, False),
    ("Heading 1", 1.16, 1.55, 0.11, False),
    ("Heading 2", 1.04, 1.2, 0.1, False),
    ("Heading 3", 1.0, 1.1, 0.1, True),
)
_COMMON_FONT = {"libertinus serif": "Times New Roman", "new computer modern": "Times New Roman"}
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_TAG = re.compile(r"<[^>]*>")
CUSTOM_PROPS_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


def sketch_to_docx(sketch: Sketch, layout: Layout) -> bytes:
    """The .docx bytes of the sketch, laid out as the PDF is."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    from .render.source import _budget_hint, _front_lines, body_parts, display_title, format_orgnr, running_head

    lang = sketch.language.value
    document = docx.Document()
    section = document.sections[0]
    width, height = _PAPER_MM.get(layout.paper.lower(), _PAPER_MM["a4"])
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(layout.margin_top_mm), Mm(layout.margin_bottom_mm)
    section.left_margin, section.right_margin = Mm(layout.margin_left_mm), Mm(layout.margin_right_mm)
    _styles(document, layout, lang)

    # The title block, as the PDF's.
    title, title_is_heading = display_title(sketch)
    document.add_paragraph(t("render.kicker", lang), style=KICKER_STYLE)
    if title:
        document.add_paragraph(title, style="Title")
    rows: list[tuple[str, list]] = []
    if sketch.applicant is not None:
        rows.append((t("render.applicant", lang), [sketch.applicant]))
    if sketch.partners:
        rows.append((t("render.partners", lang), list(sketch.partners)))
    for label, orgs in rows:
        para = document.add_paragraph(style=TITLE_BLOCK_STYLE)
        para.add_run(f"{label}:").bold = True
        texts = []
        for org in orgs:
            text = org.name
            if org.orgnr:
                text += f" ({t('render.orgnr', lang)} {format_orgnr(org.orgnr).replace(chr(0xA0), ' ')})"
            if getattr(org, "role", None):
                text += f" – {org.role}"
            texts.append(text)
        para.add_run(" " + ", ".join(texts))

    # The body, section by section as the parser found them (as `render.source` does).
    table_layout = TableLayout(text_width_twips(section), layout.font_size_pt)
    writer = _Body(document, _budget_hint(sketch, lang), title, table_layout)
    lines = sketch.source.splitlines()
    front, front_first, sections = body_parts(sketch, title_is_heading)
    drop_orgnr = sketch.applicant is not None and sketch.applicant.orgnr is not None
    writer.convert(_front_lines(front, drop_fields=bool(rows), drop_orgnr=drop_orgnr), max(front_first, 1), shift=0)
    for part in sections:
        heading = document.add_paragraph(style="Heading 1")
        writer.inline_markdown(heading, part.heading)
        writer.convert(lines[part.body_line - 1 : part.end_line], part.body_line, shift=part.level - 1)

    space_after_tables(document, layout.font_size_pt * AFTER_TABLE_EM)
    _footer(document, lang, WD_ALIGN_PARAGRAPH.CENTER, Pt)
    _running_header(document, running_head(title, sketch.applicant.name if sketch.applicant else None), Pt)
    props = document.core_properties
    props.title = title or ""
    props.author = sketch.applicant.name if sketch.applicant else ""
    props.last_modified_by = props.author
    props.language = _WORD_LANG.get(lang, "nb-NO")
    props.subject = t("render.kicker", lang)
    props.comments = ""
    if sketch.has_front_matter:
        _metadata_property(document, "\n".join(lines[1 : max(1, sketch.front_matter_end - 1)]) + "\n")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _styles(document, layout: Layout, lang: str) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    styles = document.styles
    normal = styles["Normal"]
    font = word_font(layout.font)
    normal.font.name = font
    normal.font.size = Pt(layout.font_size_pt)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), _WORD_LANG.get(lang, "nb-NO"))
    # The PDF's vertical rhythm: a line is its leading over the cap height of the font, and
    # paragraphs are apart by the template's spacing less that leading.
    size = layout.font_size_pt
    normal.paragraph_format.line_spacing = (layout.leading_em + _CAP_EM) / _SINGLE_EM
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(round(max(0.0, _PAR_SPACING_EM - layout.leading_em) * size, 1))
    for name, scale, above, below, italic in _HEADINGS:
        style = styles[name]
        style.font.name = font
        style.font.size = Pt(round(size * scale, 1))
        style.font.bold = True
        style.font.italic = italic
        style.paragraph_format.space_before = Pt(round(above * size, 1))
        style.paragraph_format.space_after = Pt(round(below * size, 1))
        style.paragraph_format.line_spacing = (layout.leading_em + _CAP_EM) / _SINGLE_EM
        style.font.color.rgb = RGBColor(0, 0, 0)
        srpr = style.element.get_or_add_rPr()
        sfonts = srpr.find(qn("w:rFonts"))
        if sfonts is not None:
            for attr in list(sfonts.attrib):
                del sfonts.attrib[attr]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                sfonts.set(qn(attr), font)
    title = styles["Title"]
    title_ppr = title.element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    kicker = styles.add_style(KICKER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    kicker.base_style = normal
    kicker.font.size = Pt(layout.font_size_pt * 0.9)
    kicker.font.color.rgb = RGBColor(85, 85, 85)
    kicker.paragraph_format.space_after = Pt(2)
    block = styles.add_style(TITLE_BLOCK_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    block.base_style = normal
    block.paragraph_format.space_after = Pt(2)
    add_table_style(document, layout.font_size_pt)


def word_font(font: str) -> str:
    """The font the Word file names for the rubric's `font`.

    The PDF's Libertinus Serif is typst's own and rarely installed: Word and LibreOffice would put
    whatever they fall back to in its place (LibreOffice on Linux: DejaVu Sans, a quarter wider,
    which made a two-page sketch three). Times New Roman is on every Windows and macOS machine,
    and LibreOffice lays it out with its metric twin Liberation Serif; a line of 11 pt Norwegian
    text is 2 % narrower in it than in Libertinus Serif (1541 pt against 1570 pt, measured with
    typst), so the Word file breaks its lines and pages close to the PDF. A font the rubric names
    that is not typst's own is written as it is."""
    return _COMMON_FONT.get(font.strip().lower(), font)


def _running_header(document, text: str, Pt) -> None:
    """The PDF's running head: «title · applicant» at the top of every page but the first, in
    small grey type over a thin rule."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    if not text:
        return
    section = document.sections[0]
    section.different_first_page_header_footer = True  # the first page has the title block
    header = section.header
    para = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    run = para.add_run(text)
    run.font.size = Pt(8.8)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "A6A6A6")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    para._p.get_or_add_pPr().append(borders)


def _footer(document, lang: str, center, Pt) -> None:
    """«Side {PAGE} av {NUMPAGES}» in the footer of every page (the first page's too, which has
    a footer of its own once the running head leaves it out), as fields Word fills in."""
    section = document.sections[0]
    for footer in (section.footer, section.first_page_footer):
        _page_numbers(footer, lang, center, Pt)


def _page_numbers(footer, lang: str, center, Pt) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    para.alignment = center
    text = t("render.page", lang)
    before, _, rest = text.partition("{page}")
    middle, _, after = rest.partition("{total}")
    for piece, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, None)):
        if piece:
            run = para.add_run(piece)
            run.font.size = Pt(9)
        if field:
            simple = OxmlElement("w:fldSimple")
            simple.set(qn("w:instr"), f" {field} ")
            run = OxmlElement("w:r")
            rpr = OxmlElement("w:rPr")
            size = OxmlElement("w:sz")
            size.set(qn("w:val"), "18")  # 9 pt, as the words around it
            rpr.append(size)
            run.append(rpr)
            text_el = OxmlElement("w:t")
            text_el.text = "1"
            run.append(text_el)
            simple.append(run)
            para._p.append(simple)


def _metadata_property(document, yaml_text: str) -> None:
    """The sketch's metadata block in docProps/custom.xml (Word shows it under File › Properties)."""
    from xml.sax.saxutils import escape

    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{METADATA_PROPERTY}">'
        f"<vt:lpwstr>{escape(yaml_text)}</vt:lpwstr></property></Properties>"
    )
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_PROPS_CT, xml.encode("utf-8"), package)
    package.relate_to(part, CUSTOM_PROPS_RT)


class _Body:
    """Markdown blocks as Word paragraphs and tables."""

    def __init__(self, document, budget, title: str | None, table_layout) -> None:
        self.document = document
        self.table_layout = table_layout
        self.budget = budget
        self.skip_title = title
        self._line_map: list[int] = []
        self._numbered: set[str] = set()  # list styles whose numbering a list has used already

    def convert(self, lines: list[str], first_line: int, *, shift: int) -> None:
        from markdown_it.tree import SyntaxTreeNode

        from .render.linebreaks import keep_typed_breaks
        from .render.markdown import parser, repair_tables

        text, self._line_map = repair_tables(lines, first_line)
        self.shift = shift
        tokens = parser().parse(text)
        keep_typed_breaks(tokens)  # lines typed as a list stay lines, as in the PDF
        tree = SyntaxTreeNode(tokens)
        for node in tree.children:
            self._block(node, depth=0)

    def _restart(self, style: str, start: int) -> int | None:
        """A numbering instance of `style`'s list that starts at `start`: Word's «Restart at 1»
        (a `w:num` of the same definition with a `w:startOverride`), so the list is numbered
        in Word as in the PDF. None when the style has no numbering to restart."""
        from docx.oxml.ns import qn

        try:
            num_id = self.document.styles[style].element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return None
        if num_id is None:
            return None
        base = numbering.num_having_numId(int(num_id.get(qn("w:val"))))
        num = numbering.add_num(base.abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(start)
        return num.numId

    def _file_line(self, node) -> int | None:
        if not node.map or node.map[0] >= len(self._line_map):
            return None
        return self._line_map[node.map[0]]

    def _block(self, node, depth: int, style: str | None = None, num: int | None = None) -> None:
        kind = node.type
        if kind == "paragraph":
            para = self.document.add_paragraph(style=style)
            if num is not None:  # the first item of a list that starts its own count
                num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num
            self._inline_node(para, node.children[0] if node.children else None)
        elif kind == "heading":
            from .render.markdown import _plain, _title_key

            if self.skip_title and _title_key(_plain(node)) == _title_key(self.skip_title):
                self.skip_title = None
                return
            level = max(2, min(6, int(node.tag[1]) - self.shift))
            para = self.document.add_paragraph(style=f"Heading {min(level, 9)}")
            self._inline_node(para, node.children[0] if node.children else None)
        elif kind in ("bullet_list", "ordered_list"):
            base = "List Number" if kind == "ordered_list" else "List Bullet"
            name = base if depth == 0 else f"{base} {min(depth + 1, 3)}"
            num = None
            if kind == "ordered_list":
                start = int(node.attrs.get("start", 1) or 1)
                if name in self._numbered or start != 1:
                    num = self._restart(name, start)  # Word would continue the list before
                self._numbered.add(name)
            for item in node.children:
                for n, child in enumerate(item.children):
                    if child.type in ("bullet_list", "ordered_list"):
                        self._block(child, depth + 1)
                    else:
                        self._block(child, depth, style=name if n == 0 else None, num=num if n == 0 else None)
        elif kind == "blockquote":
            for child in node.children:
                self._block(child, depth, style="Quote")
        elif kind in ("code_block", "fence"):
            for line in node.content.rstrip("\n").split("\n"):
                run = self.document.add_paragraph(style=style).add_run(line)
                run.font.name = _MONO
        elif kind == "html_block":
            text = " ".join(html.unescape(_TAG.sub(" ", _COMMENT.sub("", node.content))).split())
            if text:
                self.document.add_paragraph(text, style=style)
        elif kind == "table":
            self._table(node)
        elif kind == "hr":
            return
        elif node.children:
            for child in node.children:
                self._block(child, depth, style)
        elif node.content:
            self.document.add_paragraph(node.content, style=style)

    def inline_markdown(self, para, text: str) -> None:
        from markdown_it.tree import SyntaxTreeNode

        from .render.markdown import parser

        tokens = parser().parseInline(text)
        if tokens:
            self._inline_node(para, SyntaxTreeNode(tokens).children[0])

    def _inline_node(self, para, node, bold: bool = False, italic: bool = False, strike: bool = False) -> None:
        if node is None:
            return
        for child in node.children:
            kind = child.type
            if kind == "text":
                self._run(para, child.content, bold, italic, strike)
            elif kind == "strong":
                self._inline_node(para, child, True, italic, strike)
            elif kind == "em":
                self._inline_node(para, child, bold, True, strike)
            elif kind == "s":
                self._inline_node(para, child, bold, italic, True)
            elif kind == "code_inline":
                run = self._run(para, child.content, bold, italic, strike)
                if run is not None:
                    run.font.name = _MONO
            elif kind == "softbreak":
                self._run(para, " ", bold, italic, strike)
            elif kind == "hardbreak":
                para.add_run().add_break()
            elif kind == "html_inline":
                if child.content.lower().startswith("<br"):
                    para.add_run().add_break()
            elif kind == "image":
                alt = "".join(c.content for c in (child.children or []) if c.type == "text")
                if alt:
                    self._run(para, alt, bold, True, strike)
            elif kind == "link":
                self._inline_node(para, child, bold, italic, strike)
            elif child.children:
                self._inline_node(para, child, bold, italic, strike)
            elif child.content:
                self._run(para, child.content, bold, italic, strike)

    @staticmethod
    def _run(para, text: str, bold: bool, italic: bool, strike: bool):
        if not text:
            return None
        run = para.add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if strike:
            run.font.strike = True
        return run

    def _aside(self, para, text: str) -> None:
        """A run in smaller grey type: what the export adds beside the applicant's own words."""
        from docx.shared import Pt, RGBColor

        run = para.add_run(text)
        size = self.document.styles["Normal"].font.size
        if size is not None:
            run.font.size = Pt(round(size.pt * 0.85, 1))
        run.font.color.rgb = RGBColor(90, 90, 90)

    def _table(self, node) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        from ..sketch.amounts import format_amount, looks_like_amount, parse_amount
        from .docx_table import column_twips, shape_table
        from .render.markdown import _ALREADY_MARKED, KEEP_TOGETHER_ROWS, _plain

        rows = []
        for part in node.children:
            for tr in part.children:
                rows.append((tr, part.type == "thead"))
        if not rows:
            return
        width = max(len(tr.children) for tr, _ in rows)
        budget = self.budget if self.budget and self._file_line(node) == self.budget.table_start else None
        cell_text = [[_plain(c) for c in tr.children] + [""] * (width - len(tr.children)) for tr, _ in rows]
        body_rows = [i for i, (_, head) in enumerate(rows) if not head]
        amount_cols = set()
        for col in range(1, width):
            filled = [cell_text[i][col] for i in body_rows if cell_text[i][col].strip()]
            if filled and sum(bool(looks_like_amount(v)) for v in filled) * 2 >= len(filled):
                amount_cols.add(col)
        sums = dict.fromkeys(amount_cols, 0)
        extra = budget is not None and budget.add_total and bool(amount_cols)
        table = self.document.add_table(rows=len(rows) + (1 if extra else 0), cols=width)
        total_rows: set[int] = set()
        for n, (tr, head) in enumerate(rows):
            line = self._file_line(tr)
            is_total = budget is not None and line is not None and line == budget.total_row
            procurement = budget is not None and line in budget.procurement_rows
            if is_total:
                total_rows.add(n)
            for col, cell_node in enumerate(tr.children):
                para = table.cell(n, col).paragraphs[0]
                inline = cell_node.children[0] if cell_node.children else None
                self._inline_node(para, inline, bold=head or is_total)
                if col == 0 and procurement and budget.mark_procurement and not _ALREADY_MARKED.search(" ".join(cell_text[n])):
                    # A purchase left out of the total says so, as in the PDF.
                    self._aside(para, f" ({budget.not_in_total})")
                    cell_text[n][0] += f" ({budget.not_in_total})"
                if col in amount_cols:
                    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if budget is not None and not head and not is_total and not procurement:
                        sums[col] += parse_amount(_plain(cell_node)) or 0
        if extra:
            last = table.rows[len(rows)]
            last.cells[0].paragraphs[0].add_run(budget.total_label).bold = True
            total_rows.add(len(rows))
            shown = [budget.total_label] + [""] * (width - 1)
            for col in amount_cols:
                para = last.cells[col].paragraphs[0]
                shown[col] = format_amount(sums[col])
                para.add_run(shown[col]).bold = True
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cell_text.append(shown)
        widths = column_twips(cell_text, amount_cols, width, self.table_layout.width_twips)
        header = rows[0][1] and any(text.strip() for text in cell_text[0])
        shape_table(
            table, self.table_layout, widths, header=header,
            keep_together=len(rows) <= KEEP_TOGETHER_ROWS, total_rows=total_rows,
        )
