"""The Word export's tables, laid out as the PDF lays them out (templates/skisse.typ).

Columns are sized as `render.markdown` sizes the PDF's: an amount column as wide as its widest
cell, the text columns sharing the rest by their content, together the full text width; amounts
right-aligned. The header row is shaded, repeats at the top of each page the table runs onto and
stays with the row under it; no row is split over two pages, and a short table (as in the PDF)
is kept on one page. Lines run under the rows only, a firmer one under the header and above a
total. The paragraph after a table keeps its distance, as after the PDF's table block.
python-docx is imported on first use, by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass

SHADE = "EEEEEE"  # the PDF's luma(238) header fill
RULE = "CDCDCD"  # luma(205) under each row
FIRM_EIGHTHS = 5  # 0.6 pt, in eighths of a point (Word's unit for borders)
THIN_EIGHTHS = 2  # 0.3 pt
TABLE_TEXT_SCALE = 0.93  # the PDF's table text, of the body size
# The PDF's cell inset, in ems of the table text: 0.45 across; down, 0.42 above and below a
# line's cap height, which is a Word line (leading and cap height, 1.31 em) and 0.095 each side.
INSET_X_EM, INSET_Y_EM = 0.45, 0.095
# From a table's last line to the next paragraph's first, as the PDF's table block (1 em below
# its bottom inset and rule), in ems of the body text, as the next paragraph's space before.
AFTER_TABLE_EM = 1.6
EMU_PER_TWIP = 635


@dataclass(frozen=True)
class TableLayout:
    """What a table needs of the page: the text width (twips) and the body font size (pt)."""

    width_twips: int
    font_size_pt: float

    @property
    def text_size_pt(self) -> float:
        return round(self.font_size_pt * TABLE_TEXT_SCALE * 2) / 2  # Word sizes in half points


def text_width_twips(section) -> int:
    """The width between the margins of a python-docx section, in twips."""
    return round((section.page_width - section.left_margin - section.right_margin) / EMU_PER_TWIP)


def column_twips(cells: list[list[str]], amount_cols: set[int], width: int, total: int) -> list[int]:
    """Column widths in twips that sum to `total`: an amount column as wide as its widest cell
    (with the cell's inset), the text columns sharing the rest in the PDF's proportions."""
    from .render.markdown import CELL_INSET_CHARS, TABLE_CHARS, _column_widths

    per_char = total / TABLE_CHARS
    natural = {
        col: (max((len(row[col].strip()) for row in cells), default=0) + CELL_INSET_CHARS + 1) * per_char
        for col in range(width)
    }
    specs, _ = _column_widths(cells, sorted(amount_cols), width)
    fractions = {col: float(spec[:-2]) for col, spec in enumerate(specs) if spec.endswith("fr")}
    fixed = {col: natural[col] for col in range(width) if col not in fractions}
    room = total - sum(fixed.values())
    if not fractions or room < total * 0.3:
        # Only amounts, or amounts too wide to leave the text a third: every column by its content.
        weights = {col: natural[col] for col in range(width)}
        widths = [weights[col] * total / sum(weights.values()) for col in range(width)]
    else:
        share = sum(fractions.values())
        widths = [fixed[col] if col in fixed else room * fractions[col] / share for col in range(width)]
    twips = [max(1, round(w)) for w in widths]
    twips[_widest(twips)] += total - sum(twips)  # rounding: the widest column takes the odd twips
    return twips


def _widest(widths: list[int]) -> int:
    return max(range(len(widths)), key=lambda col: widths[col])


def shape_table(table, layout: TableLayout, column_widths: list[int], *, header: bool, keep_together: bool, total_rows: set[int]) -> None:
    """The PDF's look on a python-docx table whose cells are filled: widths, lines, shading,
    the repeated header and the rows kept whole."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl = table._tbl
    tbl_pr = tbl.tblPr
    for tag in ("w:tblStyle", "w:tblW", "w:tblLayout", "w:tblBorders", "w:tblCellMar", "w:tblInd"):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
    total = sum(column_widths)
    _set(tbl_pr, "w:tblW", {"w:w": str(total), "w:type": "dxa"})
    _set(tbl_pr, "w:tblInd", {"w:w": "0", "w:type": "dxa"})
    borders = _set(tbl_pr, "w:tblBorders", {})
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in ("bottom", "insideH"):
            _set(borders, f"w:{side}", {"w:val": "single", "w:sz": str(THIN_EIGHTHS), "w:space": "0", "w:color": RULE})
        else:
            _set(borders, f"w:{side}", {"w:val": "nil"})
    _set(tbl_pr, "w:tblLayout", {"w:type": "fixed"})
    inset_x = round(INSET_X_EM * layout.text_size_pt * 20)
    inset_y = round(INSET_Y_EM * layout.text_size_pt * 20)
    margins = _set(tbl_pr, "w:tblCellMar", {})
    for side, value in (("top", inset_y), ("left", inset_x), ("bottom", inset_y), ("right", inset_x)):
        _set(margins, f"w:{side}", {"w:w": str(value), "w:type": "dxa"})
    # tblPr's children have a fixed order in the schema; Word refuses a file that breaks it.
    order = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
             "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]
    children = sorted(tbl_pr, key=lambda el: order.index(el.tag.split("}")[1]) if el.tag.split("}")[1] in order else len(order))
    for el in children:
        tbl_pr.append(el)

    grid = tbl.tblGrid
    for col, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(column_widths[col]))
    rows = table.rows
    last = len(rows) - 1
    for n, row in enumerate(rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))  # a row is never split over two pages
        is_header = header and n == 0
        if is_header:
            tr_pr.append(OxmlElement("w:tblHeader"))  # repeated at the top of each page
        for col, cell in enumerate(row.cells):
            cell.width = column_widths[col] * EMU_PER_TWIP
            tc_pr = cell._tc.get_or_add_tcPr()
            if is_header:
                _cell_border(tc_pr, "bottom", "000000", FIRM_EIGHTHS)
                _set(tc_pr, "w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": SHADE})
            elif n in total_rows:
                _cell_border(tc_pr, "top", "000000", FIRM_EIGHTHS)
            for para in cell.paragraphs:
                para.style = TABLE_TEXT_STYLE
                # The header stays with the first row; a short table stays on one page.
                if is_header or (keep_together and n < last):
                    para.paragraph_format.keep_with_next = True


TABLE_TEXT_STYLE = "SkisseTableText"


def add_table_style(document, font_size_pt: float) -> None:
    """The paragraph style of the text in a table: the PDF's smaller size, no space after."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    style = document.styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(TableLayout(0, font_size_pt).text_size_pt)
    style.paragraph_format.space_before = Pt(0)
    style.paragraph_format.space_after = Pt(0)


def space_after_tables(document, space_pt: float) -> None:
    """An em between each table and what follows it, as the PDF's table block has: the next
    paragraph's space before (Word has no space after a table); two tables in a row get an
    empty paragraph between them, or Word would join them into one."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for tbl in list(body.iterchildren(qn("w:tbl"))):
        nxt = tbl.getnext()
        if nxt is None or nxt.tag == qn("w:sectPr"):
            continue
        if nxt.tag == qn("w:tbl"):
            nxt = OxmlElement("w:p")
            tbl.addnext(nxt)
        if nxt.tag != qn("w:p"):
            continue
        fmt = Paragraph(nxt, document._body).paragraph_format
        if fmt.space_before is None or fmt.space_before < Pt(space_pt):
            fmt.space_before = Pt(space_pt)


def _cell_border(tc_pr, side: str, color: str, eighths: int) -> None:
    borders = _set(tc_pr, "w:tcBorders", {})
    _set(borders, f"w:{side}", {"w:val": "single", "w:sz": str(eighths), "w:space": "0", "w:color": color})


def _set(parent, tag: str, attrs: dict[str, str]):
    """The child `tag` of `parent` (made when missing) with `attrs` set."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el
