"""Markdown → typst markup, token by token, every user text as a typst string literal.

markdown-it-py reads the Markdown (CommonMark plus tables and strikethrough); this module walks
its syntax tree and writes typst calls (`#heading`, `#list`, `#table`, ...) whose text
arguments are all string literals built by `escape.show`. Nothing the sketch says is ever
pasted into the typst source as markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode

from ...sketch.amounts import format_amount, parse_amount
from ...sketch.budgettable import find_tables, is_rule, split_row
from .escape import ZWSP, breakable, clean, keep_numbers_together, lit, show
from .linebreaks import keep_typed_breaks

_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_BREAK_TAG = re.compile(r"^<br\s*/?>$", re.I)
# Tags a word processor or an HTML paste leaves behind: dropped. Other <words> are text.
_HTML_TAG = re.compile(
    r"^</?(?:a|abbr|b|big|blockquote|br|center|code|col|colgroup|dd|del|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|"
    r"mark|o:p|ol|p|pre|q|s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|wbr)(?:[\s/>])",
    re.I,
)
_LANG = re.compile(r"^[A-Za-z0-9_+#.-]{1,24}$")
# An amount written as plain digit groups, with or without currency: «1250000», «1 250 000 kr».
_PLAIN_AMOUNT = re.compile(
    r"^(?P<pre>(?:kr\.?|NOK)\s*)?(?P<num>-?\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|-?\d+)(?P<post>\s*(?:kr\.?|NOK|,-))?$",
    re.I,
)
# A cell that is an amount and nothing more: «1 250 000», «kr 800 000», «1,2 mill. kr», «15 %».
_AMOUNT_CELL = re.compile(
    r"^\s*(?:kr\.?|NOK|MNOK)?\s*[-–]?\d[\d \u00a0\u202f.,]*\s*(?:kr\.?|NOK|MNOK|mill\.?(?:\s*kr\.?)?|mrd\.?(?:\s*kr\.?)?|%|,-)?\s*$",
    re.I,
)
# Deeper inline nesting is shown as typed text; markdown-it caps block nesting itself (20).
MAX_INLINE_DEPTH = 24
# Tables up to this many rows (header included) are kept on one page; longer ones break
# between rows, their header repeated, rather than leave the foot of a page blank.
KEEP_TOGETHER_ROWS = 4
# The width of a table in characters of its text (A4, 25 mm margins, 0.93 of 11 pt Libertinus
# Serif: some 95), and what a cell's inset takes of it; only the proportions matter.
TABLE_CHARS = 95
CELL_INSET_CHARS = 2
WORD_SLACK_CHARS = 2
_ALREADY_MARKED = re.compile(r"summen|ikke med|ikkje med|not in the total|not included|excluded|ekskl|unntatt", re.I)


@cache
def parser() -> MarkdownIt:
    """CommonMark with tables and strikethrough; HTML is read so that it can be dropped.

    Indented code blocks are off: in a sketch an indented paragraph is a paste from a word
    processor, not code. Fenced code blocks still work.
    """
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).disable("code")


@dataclass
class BudgetHint:
    """What the renderer knows about the budget table (file line numbers, 1-based)."""

    table_start: int
    procurement_rows: set[int] = field(default_factory=set)
    total_row: int | None = None
    mark_procurement: bool = False
    add_total: bool = False
    total_label: str = "Sum"
    not_in_total: str = ""


@dataclass
class Labels:
    """Words the converter adds itself, in the sketch's language."""

    image: str = "Figur"


class Converter:
    """Converts one Markdown text into typst markup."""

    def __init__(
        self,
        *,
        heading_shift: int = 0,
        min_heading: int = 1,
        skip_title: str | None = None,
        budget: BudgetHint | None = None,
        labels: Labels | None = None,
    ) -> None:
        self.heading_shift = heading_shift
        self.min_heading = min_heading
        # The title is shown in the title block; its first copy as a heading is skipped.
        self.skip_title = _title_key(skip_title) if skip_title else None
        self.budget = budget
        self.labels = labels or Labels()
        self._line_map: list[int] = []

    def convert(self, lines: list[str], first_line: int = 1) -> str:
        """Markup for `lines`, the first of which is line `first_line` of the file."""
        text, self._line_map = repair_tables(lines, first_line)
        tokens = parser().parse(text)
        keep_typed_breaks(tokens)  # lines typed as a list stay lines, as the checker reads them
        for token in tokens:
            if token.type == "inline" and token.children and _depth(token.children) > MAX_INLINE_DEPTH:
                # Emphasis nested thousands deep (`****…x…****`) is shown as the text it was typed as.
                token.children = [Token("text", "", 0, content=token.content)]
        tree = SyntaxTreeNode(tokens)
        return self._blocks(tree.children)

    def inline(self, text: str) -> str:
        """Markup for one line of inline Markdown, such as a heading's text."""
        tokens = parser().parseInline(text)
        if tokens and tokens[0].children and _depth(tokens[0].children) > MAX_INLINE_DEPTH:
            return show(text)
        return "".join(self._inline(SyntaxTreeNode(tokens).children[0])) if tokens else ""

    # ------------------------------------------------------------------ blocks

    def _file_line(self, node: SyntaxTreeNode) -> int | None:
        if not node.map or node.map[0] >= len(self._line_map):
            return None
        return self._line_map[node.map[0]]

    def _blocks(self, nodes: list[SyntaxTreeNode]) -> str:
        parts: list[str] = []
        for i, node in enumerate(nodes):
            markup = self._block(node)
            if not markup:
                continue
            if node.type == "paragraph" and i + 1 < len(nodes) and nodes[i + 1].type == "table":
                # The sentence that introduces a table stays on the table's page.
                markup = f"#block(sticky: true)[{markup}]"
            parts.append(markup)
        return "\n\n".join(parts)

    def _block(self, node: SyntaxTreeNode) -> str:
        kind = node.type
        if kind == "paragraph":
            return self._inline_of(node)
        if kind == "heading":
            if self.skip_title and _title_key(_plain(node)) == self.skip_title:
                self.skip_title = None
                return ""
            level = max(self.min_heading, min(6, int(node.tag[1]) - self.heading_shift))
            return f"#heading(level: {level})[{self._inline_of(node)}]"
        if kind in ("bullet_list", "ordered_list"):
            return self._list(node)
        if kind == "blockquote":
            return f"#quote(block: true)[{self._blocks(node.children)}]"
        if kind in ("code_block", "fence"):
            lang = (node.info or "").strip().split(" ")[0] if kind == "fence" else ""
            lang_arg = f", lang: {lit(lang)}" if lang and _LANG.match(lang) else ""
            return f"#raw({lit(breakable(node.content.rstrip(chr(10))))}, block: true{lang_arg})"
        if kind == "hr":
            return "#line(length: 100%, stroke: 0.5pt + luma(160))"
        if kind == "html_block":
            text = html.unescape(_TAG.sub(_drop_tag, _COMMENT.sub("", node.content)))
            text = " ".join(text.split())
            return show(keep_numbers_together(text))
        if kind == "table":
            return self._table(node)
        # Anything else markdown-it may produce: its text, never its markup.
        return show(node.content) if node.content else self._blocks(node.children)

    def _list(self, node: SyntaxTreeNode) -> str:
        items = []
        for item in node.children:
            items.append(f"[{self._blocks(item.children)}]")
        # markdown-it hides the paragraphs of a tight list; typst sets such a list tight too.
        tight = "true" if any(p.hidden for p in _paragraphs(node)) or not _paragraphs(node) else "false"
        if node.type == "ordered_list":
            start = node.attrs.get("start", 1)
            return f"#enum(tight: {tight}, start: {int(start)}, {', '.join(items)})"
        return f"#list(tight: {tight}, {', '.join(items)})"

    # ------------------------------------------------------------------ tables

    def _table(self, node: SyntaxTreeNode) -> str:
        rows: list[tuple[SyntaxTreeNode, bool]] = []
        for part in node.children:  # thead, tbody
            for tr in part.children:
                rows.append((tr, part.type == "thead"))
        if not rows:
            return ""
        width = max(len(tr.children) for tr, _ in rows)
        budget = self.budget if self.budget and self._file_line(node) == self.budget.table_start else None

        cell_text = [[_plain(c) for c in tr.children] + [""] * (width - len(tr.children)) for tr, _ in rows]
        body_rows = [i for i, (_, head) in enumerate(rows) if not head]
        amount_cols: list[int] = []
        for col in range(1, width):
            filled = [cell_text[i][col] for i in body_rows if cell_text[i][col].strip()]
            if filled and sum(bool(_AMOUNT_CELL.match(v)) for v in filled) * 2 >= len(filled):
                amount_cols.append(col)
        aligns: list[str] = []
        head_cells = rows[0][0].children
        for col in range(width):
            style = head_cells[col].attrs.get("style", "") if col < len(head_cells) else ""
            if col in amount_cols or "right" in str(style):
                aligns.append("right")
            elif "center" in str(style):
                aligns.append("center")
            else:
                aligns.append("left")
        def marked(i: int, tr: SyntaxTreeNode) -> bool:
            """A procurement row the PDF marks «(not in the total)» itself."""
            return (
                budget is not None
                and budget.mark_procurement
                and self._file_line(tr) in budget.procurement_rows
                and not _ALREADY_MARKED.search(" ".join(cell_text[i]))
            )

        # The columns are sized to the text the PDF shows: with the marks and the total row it adds.
        shown = [[f"{row[0]} ({budget.not_in_total})", *row[1:]] if marked(i, rows[i][0]) else row for i, row in enumerate(cell_text)]
        if budget is not None and budget.add_total and amount_cols:
            shown.append([budget.total_label] + [""] * (width - 1))
        widths, cramped = _column_widths(shown, amount_cols, width)
        columns = ", ".join(widths)

        out: list[str] = []
        sums = {col: 0 for col in amount_cols}
        for i, (tr, head) in enumerate(rows):
            line = self._file_line(tr)
            is_total = budget is not None and line == budget.total_row
            procurement = budget is not None and line in budget.procurement_rows
            cells: list[str] = []
            for col in range(width):
                cell = tr.children[col] if col < len(tr.children) else None
                markup = self._inline_of(cell, amount=budget is not None and col in amount_cols and not head) if cell else ""
                if col == 0 and procurement and marked(i, tr):
                    markup += f"#text(size: 0.85em, fill: luma(90))[{show(' (' + budget.not_in_total + ')')}]"
                if is_total:
                    markup = f"#strong[{markup}]"
                cells.append(f"[{markup}]")
                if budget and not head and not is_total and not procurement and col in sums:
                    sums[col] += parse_amount(cell_text[i][col]) or 0
            row = ", ".join(cells)
            if head:
                # Repeated at the top of every page the table runs onto (unless it has no text).
                repeat = "true" if any(c.strip() for c in cell_text[i]) else "false"
                out.append(f"table.header(repeat: {repeat}, {row})")
            else:
                if is_total:
                    out.append("table.hline(stroke: 0.6pt)")
                out.append(row)
        if budget is not None and budget.add_total and amount_cols:
            cells = [f"[#strong[{show(budget.total_label)}]]"]
            for col in range(1, width):
                value = show(format_amount(sums[col], nbsp=True)) if col in sums else ""
                cells.append(f"[#strong[{value}]]")
            out.append("table.hline(stroke: 0.6pt)")
            out.append(", ".join(cells))
        align = "(" + ", ".join(aligns) + ",)"
        table = f"table(columns: ({columns},), align: {align}, {', '.join(out)})"
        if cramped:
            table = f"cramped-table({table})"
        if len(rows) <= KEEP_TOGETHER_ROWS:
            # A short table moved whole costs a few lines at most; split, it would be harder to read.
            return f"#block(breakable: false, {table})"
        return f"#{table}"

    # ------------------------------------------------------------------ inline

    def _inline_of(self, node: SyntaxTreeNode | None, *, amount: bool = False) -> str:
        if node is None:
            return ""
        return "".join(self._inline(child, amount) for child in node.children)

    def _inline(self, node: SyntaxTreeNode, amount: bool = False) -> str:
        kind = node.type
        if kind == "inline":
            return "".join(self._inline(c, amount) for c in node.children)
        if kind == "text":
            text = node.content
            if amount and (m := _PLAIN_AMOUNT.match(text.strip())):
                value = parse_amount(m.group("num"))
                if value is not None:
                    text = (m.group("pre") or "") + format_amount(value, nbsp=True) + (m.group("post") or "")
            return show(keep_numbers_together(text))
        if kind == "softbreak":
            return show(" ")
        if kind == "hardbreak":
            return "#linebreak()"
        if kind == "em":
            return f"#emph[{self._children(node, amount)}]"
        if kind == "strong":
            return f"#strong[{self._children(node, amount)}]"
        if kind == "s":
            return f"#strike[{self._children(node, amount)}]"
        if kind == "code_inline":
            return f"#raw({lit(breakable(node.content))})"
        if kind == "link":
            return self._link(node)
        if kind == "image":
            alt = _plain(node)
            label = f"[{self.labels.image}: {alt}]" if alt else f"[{self.labels.image}]"
            return f"#emph[{show(label)}]"
        if kind == "html_inline":
            tag = node.content.strip()
            if _BREAK_TAG.match(tag):
                return "#linebreak()"
            return "" if tag.startswith("<!--") or _HTML_TAG.match(tag) else show(tag)
        return show(node.content) if node.content else self._children(node, amount)

    def _children(self, node: SyntaxTreeNode, amount: bool = False) -> str:
        return "".join(self._inline(c, amount) for c in node.children)

    def _link(self, node: SyntaxTreeNode) -> str:
        href = str(node.attrs.get("href", ""))
        label = self._children(node)
        shown = _plain(node)
        target = href.removeprefix("mailto:")
        if not href.lower().startswith(_SAFE_SCHEMES):
            # Relative paths and other schemes are shown, never linked: no file is opened.
            return label + (show(f" ({href})") if href and href != shown else "")
        if shown.strip() == href:
            # An address shown as itself: typst breaks a link's own address after its slashes
            # and dots, and the copied text stays the address.
            return f"#link({lit(clean(href))})"
        suffix = "" if shown.strip() in (href, target) else show(f" ({target})")
        return f"#link({lit(clean(href))})[{label}]{suffix}"


def _column_widths(cells: list[list[str]], amount_cols: list[int], width: int) -> tuple[list[str], bool]:
    """Typst column widths: amounts as wide as their widest cell (`auto`), the text columns
    sharing the rest by their content, as a browser sizes an automatic table: each column gets
    room for its longest word, and what is left goes where the text is longest, so a short
    column («Kategori») is not as wide as a long one («Post») and a cell wraps between words.
    True beside the widths when the longest words cannot all fit (the table is then hyphenated).
    """
    text_cols = [col for col in range(width) if col not in amount_cols]
    if not text_cols:
        return ["auto"] * width, False
    # A little more than the text: characters differ in width, and a bold header is wider.
    natural = {col: max((len(row[col].strip()) for row in cells), default=0) + WORD_SLACK_CHARS for col in text_cols}
    least = {col: max((_longest_piece(row[col]) for row in cells), default=0) + WORD_SLACK_CHARS for col in text_cols}
    amounts = sum(max((len(row[col].strip()) for row in cells), default=0) + CELL_INSET_CHARS for col in amount_cols)
    room = max(1, TABLE_CHARS - amounts - CELL_INSET_CHARS * len(text_cols))
    share: dict[int, float] = {}
    if sum(natural.values()) <= room:
        share = dict(natural)
    else:
        spare = room - sum(least.values())
        wanted = sum(natural[col] - least[col] for col in text_cols)
        for col in text_cols:
            extra = (natural[col] - least[col]) * spare / wanted if spare > 0 and wanted > 0 else 0
            share[col] = least[col] + extra
    # A fraction is of the column with its cell's inset.
    widths = [f"{share[col] + CELL_INSET_CHARS:.4g}fr" if col in share else "auto" for col in range(width)]
    return widths, sum(least.values()) > room


def _longest_piece(text: str) -> int:
    """Characters in the longest piece of `text` a line cannot break (a run too long for any
    line counts as the pieces `breakable` cuts it into)."""
    return max((len(piece) for word in text.split() for piece in breakable(word).split(ZWSP)), default=0)


def _depth(tokens: list[Token]) -> int:
    """How deep inline tokens nest (emphasis inside emphasis inside ...)."""
    depth = deepest = 0
    for token in tokens:
        depth += token.nesting
        deepest = max(deepest, depth)
    return deepest


def repair_tables(lines: list[str], first_line: int) -> tuple[str, list[int]]:
    """The lines as Markdown markdown-it reads as tables, and the file line of each output line.

    A pipe table typed without its `|---|` row (as the budget parser still reads it) gets one,
    so the PDF shows the table the checker saw instead of a paragraph of pipes.
    """
    out: list[str] = []
    line_map: list[int] = []
    tables = {start: end for start, end in find_tables(lines)}
    i = 0
    while i < len(lines):
        end = tables.pop(i, None)
        quoted_or_listed = lines[i].lstrip().startswith((">", "- ", "* ", "+ "))
        if end is not None and end - i >= 2 and not quoted_or_listed and not is_rule(split_row(lines[i + 1])):
            first = split_row(lines[i])
            if any(parse_amount(cell) is not None for cell in first[1:]):
                width = max(len(split_row(row)) for row in lines[i:end])
                rule = "|" + "---|" * width
                out += ["|" + " |" * width, rule]  # the first row holds data: an empty header above it
                line_map += [first_line + i, first_line + i]
                continue
            # markdown-it wants as many `---` cells as the header has.
            out += [lines[i], "|" + "---|" * len(first)]
            line_map += [first_line + i, first_line + i]
            i += 1
            continue
        out.append(lines[i])
        line_map.append(first_line + i)
        i += 1
    return "\n".join(out), line_map


def _drop_tag(match: re.Match[str]) -> str:
    tag = match.group(0)
    return " " if tag.startswith(("<!", "<?")) or _HTML_TAG.match(tag) else tag


def _title_key(text: str) -> str:
    return " ".join(text.strip("*_ ").split()).casefold()


def _paragraphs(node: SyntaxTreeNode) -> list[SyntaxTreeNode]:
    return [c for item in node.children for c in item.children if c.type == "paragraph"]


def _plain(node: SyntaxTreeNode) -> str:
    """The visible text of a node and its children, without markup."""
    if node.type in ("text", "code_inline"):
        return node.content
    if node.type in ("softbreak", "hardbreak"):
        return " "
    return "".join(_plain(c) for c in node.children)
