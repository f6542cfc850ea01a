"""Budget tables: pipe tables typed any way (with or without outer pipes, a delimiter row or
none), the item, category, year and amount columns found by their headers or their contents, an
amount scale said in the header («i 1000 kr», «MNOK»), and the total row. `budget` reads a
sketch's budget with them; the renderer finds tables with `find_tables`."""

from __future__ import annotations

import re

from .amounts import parse_amount
from .budgetcategory import category_from_text, infer_category
from .model import Budget, BudgetLine
from .text import FENCE

_RULE_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
# A year column: «2026», «År 1», «Year 2», or a school or budget year «2026–2027», «2026/27»; a
# note in brackets may follow («2029 (etter prosjektet)», «Year 3 (after the pilot)»).
_YEAR = re.compile(r"^\s*(?:(?:19|20)\d\d(?:\s*[–/-]\s*(?:(?:19|20)\d\d|\d\d))?|år\s*\d|year\s*\d)\s*(?:\([^()\d]{1,40}\)\s*)?$", re.IGNORECASE)
_TOTAL = re.compile(
    r"^\s*\**\s*(sum|total|totalt|i alt|til sammen|til saman|samlet|samla|totalsum|sum totalt|grand total)\b",
    re.IGNORECASE,
)
_AMOUNT_HEADER = re.compile(r"beløp|belop|kostnad|sum|amount|\bkr\b|\bnok\b|budsjett|budget|cost|total", re.I)
_CATEGORY_HEADER = re.compile(r"kategori|category|type|art\b", re.I)
# A column that says when, not how much: its years («Høst 2026», «Q3 2027») are no amounts
# (a schedule table under «Fremdrift» is no budget).
_TIME_HEADER = re.compile(
    r"^\W*(?:tidspunkt|tid|når|periode|tidsperiode|tidsrom|tidsplan|dato|datoar|datoer|frist|fristar|frister|kvartal|"
    r"oppstart|start|slutt|ferdig|milepæl\w*|when|timing|time|date|dates|deadline|period|quarter|milestones?|schedule)\W*$",
    re.I,
)
_ITEM_HEADER = re.compile(r"post|aktivitet|tiltak|item|activity|beskrivelse|skildring|description|kostnadspost", re.I)

def split_row(line: str) -> list[str]:
    """Cells of a pipe-table row; escaped pipes stay inside their cell."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells = re.split(r"(?<!\\)\|", body)
    return [c.strip().replace("\\|", "|") for c in cells]


def is_rule(cells: list[str]) -> bool:
    return bool(cells) and all(_RULE_CELL.match(c) for c in cells if c.strip()) and any(c.strip() for c in cells)


def find_tables(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) index pairs, end exclusive, of runs of table-like lines.

    A run counts when a line starts with a pipe, or its second line is a delimiter row
    (tables typed without outer pipes), or it is three or more rows of as many cells each with
    amounts in them («Post | Beløp (kr)», «Prosjektledelse | 1 800 000», …: pasted without pipes
    at the edges and without a delimiter row).
    """
    tables: list[tuple[int, int]] = []
    i = 0
    in_fence = False
    while i < len(lines):
        if FENCE.match(lines[i]):
            in_fence = not in_fence
        if not in_fence and "|" in lines[i]:
            j = i
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                j += 1
            piped = any(line.lstrip().startswith("|") for line in lines[i:j])
            ruled = j - i >= 2 and is_rule(split_row(lines[i + 1]))
            if piped or ruled or _bare_rows(lines[i:j]):
                tables.append((i, j))
            i = j
            continue
        i += 1
    return tables



def _bare_rows(rows: list[str]) -> bool:
    """Three or more rows of the same two or more cells, at least two of them with an amount after
    the first cell: a table typed with no outer pipes and no delimiter row."""
    if len(rows) < 3:
        return False
    cells = [split_row(row) for row in rows]
    if len({len(c) for c in cells}) != 1 or len(cells[0]) < 2:
        return False
    return sum(1 for c in cells if any(parse_amount(x) is not None for x in c[1:])) >= 2


_SCALE_MILLION = re.compile(r"\bmill\w*|\bmnok\b|\bmkr\b|\bmillion", re.IGNORECASE)
_SCALE_THOUSAND = re.compile(r"\b1\s?000\s*(?:kr|nok)|\btusen\b|\btnok\b|\bkkr\b|\bthousands?\b|\bi\s+1\s?000\b", re.IGNORECASE)


def _header_scale(header: list[str]) -> int:
    """«Beløp (mill. kr)», «Kostnad (1000 kr)»: the unit the header gives bare numbers."""
    text = " ".join(header)
    if _SCALE_MILLION.search(text):
        return 1_000_000
    if _SCALE_THOUSAND.search(text):
        return 1_000
    return 1


_CELL_NUMBER = re.compile(r"^\W*\d[\d \u00a0\u202f.,]*\s*(?P<unit>[^\W\d_][^\d]*?)?\W*$")
_MONEY_ONLY = re.compile(r"(?:kr\.?|kroner|nok|,-)", re.IGNORECASE)


def _cell_scale(rows: list[list[str]]) -> int:
    """The unit the table's figures are written in when some cells say it and the rest are bare
    («| Prosjektleder | 1,2 MNOK | 1,2 MNOK |» above «| Frikjøp | 0,4 | 0,6 |»): one scale word,
    the same in every cell that has one, and bare numbers small enough to be in it; else 0."""
    units: set[int] = set()
    bare: list[int] = []
    for cells in rows:
        for cell in cells[1:]:
            m = _CELL_NUMBER.match(cell.replace("*", "").replace("_", " "))
            if m is None:
                continue
            if "%" in cell:
                return 0  # a share beside the figures: no unit of money to carry over
            unit = m.group("unit")
            if unit is None:
                if (value := parse_amount(cell)) is not None:
                    bare.append(value)
            elif (unit_scale := _header_scale([unit])) > 1:
                units.add(unit_scale)
            elif not _MONEY_ONLY.fullmatch(unit.strip()):
                return 0  # a cell of some other unit («12 stk.», «3 år»): not a table of money
    if len(units) != 1 or not bare:
        return 0
    scale = units.pop()
    return scale if all(value < (1_000 if scale == 1_000_000 else 100_000) for value in bare) else 0


def _scaled(cell: str, scale: int, *, hinted: bool = False) -> int | None:
    """A cell's amount; a bare number («1,2») in the header's unit. A unit said only above the
    table (`hinted`) does not scale a number too large to be in it («4 500 000» under «i tusen
    kroner» was written in kroner)."""
    if scale == 1 or re.search(r"[^\W\d_]", cell.replace("kr", "").replace("NOK", "")):
        return parse_amount(cell)
    if hinted and (plain := parse_amount(cell)) is not None and plain >= (100_000 if scale == 1_000 else 1_000):
        return plain
    if scale == 1_000 and _COMMA_GROUPS.fullmatch(cell.strip(" *_")):
        # «1,200» under «NOK thousands»: a comma between groups of three, as English writes
        # 1 200; no one gives a fraction of a thousand kroner.
        return (parse_amount(cell) or 0) * 1_000 or None
    value = parse_amount(cell + (" mill." if scale == 1_000_000 else " tusen"))
    return value


_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _letters(rows: list[list[str]], col: int) -> int:
    """How many letters a column holds outside its total row."""
    return sum(sum(1 for ch in cells[col] if ch.isalpha()) for cells in rows if col < len(cells) and not _TOTAL.match(cells[col].strip("*_ ")))


def _wordiest_column(rows: list[list[str]], width: int, skip: set) -> int:
    """With no header naming it, the item is the column that says most in words: a first column
    of letters or numbers («A», «1.») only labels the rows, and the text beside it says what the
    money pays for. Ties go to the left-most column."""
    letters = [0] * width
    for cells in rows:
        for i, cell in enumerate(cells[:width]):
            if i not in skip and parse_amount(cell) is None:
                letters[i] += sum(1 for ch in cell if ch.isalpha())
    candidates = [i for i in range(width) if i not in skip] or [0]
    best = max(candidates, key=lambda i: (letters[i], -i))
    # The first column keeps the item unless another says clearly more (twice the letters).
    return 0 if 0 in candidates and letters[0] * 2 >= letters[best] else best


_UNDER_TOTAL = re.compile(
    r"(?:herav|hvorav|derav|av dette|av det|of which|søkt|søkje[rs]?|applied|requested|egeninnsats|eigeninnsats|egenandel|eigendel|"
    r"own contribution|in-kind|finansiert|finansiering|financed|financing|funded)\b",
    re.IGNORECASE,
)


def _parse_table(rows: list[str], first_line: int, scale_hint: int = 0) -> Budget:
    """A table's budget; `scale` is the unit a caption above it gives bare numbers
    («Alle beløp i tusen kroner»), when its header gives none."""
    parsed = [split_row(r) for r in rows]
    header: list[str] | None = None
    data_start = 0
    if len(parsed) >= 2 and is_rule(parsed[1]):
        header, data_start = parsed[0], 2
    elif parsed and not any(parse_amount(c) is not None for c in parsed[0][1:]):
        header, data_start = parsed[0], 1
        if len(parsed) > 1 and is_rule(parsed[1]):
            data_start = 2
    width = max(len(p) for p in parsed)
    header = (header or []) + [""] * (width - len(header or []))

    year_cols = [i for i, h in enumerate(header) if _YEAR.match(h)]
    scale = _header_scale(header)
    if scale == 1 and not scale_hint:
        # «| Sum (mill. kr) | 4,9 | 9,8 | 14,7 |»: a row's label without figures may say the unit.
        # So may a short note cell with no figures («| **Sum** | … | 17,7 | mill. kr |»).
        scale_hint = max(
            (_header_scale([c]) for p in parsed[data_start:] for n, c in enumerate(p) if not re.search(r"\d", c) and (n == 0 or len(c.strip(" *_")) <= 20)),
            default=1,
        )
        scale_hint = 0 if scale_hint == 1 else scale_hint
    if scale == 1 and not scale_hint:
        scale_hint = _cell_scale(parsed[data_start:])
    hinted = scale == 1 and bool(scale_hint)
    if hinted:
        scale = scale_hint
    category_col = next((i for i, h in enumerate(header) if _CATEGORY_HEADER.search(h)), None)
    amount_col = None
    for i in reversed(range(width)):
        if i not in year_cols and i != category_col and i > 0 and _AMOUNT_HEADER.search(header[i]):
            if not any(i < len(p) and parse_amount(p[i]) is not None for p in parsed[data_start:]):
                continue  # «| Med i sum? |» holding «ja» and «nei»: a note on the lines, not their amounts
            amount_col = i
            break
    if amount_col is None and not year_cols:
        # The right-most column holding numbers in most rows.
        for i in reversed(range(1, width)):
            if _TIME_HEADER.match(header[i]):
                continue
            numeric = sum(1 for p in parsed[data_start:] if i < len(p) and parse_amount(p[i]) is not None)
            if numeric and numeric >= max(1, (len(parsed) - data_start) // 2):
                amount_col = i
                break
    data = parsed[data_start:]
    if category_col is not None and not any(
        i not in (category_col, amount_col, *year_cols) and _letters(data, i) for i in range(width)
    ):
        # «| Kostnadskategori | Beløp |»: the only column in words names the lines; it is the item.
        category_col = None
    item_col = next((i for i, h in enumerate(header) if _ITEM_HEADER.search(h)), None)
    if item_col is not None and _letters(data, item_col) <= 3 * max(1, len(data)):
        # «| Post | Kva | Kroner |» with «A», «B» under «Post»: a label column; the words beside it name the line.
        item_col = None
    if item_col is None:
        item_col = _wordiest_column(data, width, {amount_col, category_col, *year_cols})
    if item_col == category_col:
        item_col = 0 if category_col != 0 else 1

    budget = Budget(
        table_start=first_line,
        table_end=first_line + len(rows) - 1,
        year_columns=[header[i] for i in year_cols],
    )
    for offset, cells in enumerate(parsed[data_start:], start=data_start):
        lineno = first_line + offset
        if is_rule(cells) or not any(c.strip() for c in cells):
            continue
        cells = cells + [""] * (width - len(cells))
        item = cells[item_col].strip().strip("*_ ").strip()
        years = {header[i]: v for i in year_cols if (v := _scaled(cells[i], scale, hinted=hinted)) is not None}
        amount = _scaled(cells[amount_col], scale, hinted=hinted) if amount_col is not None else None
        if amount is None and years:
            amount = sum(years.values())
        if _TOTAL.match(item) or (not item and amount is not None and offset == len(parsed) - 1):
            budget.stated_total = amount
            budget.total_line = lineno
            continue
        if budget.stated_total is not None and _UNDER_TOTAL.match(item):
            # «Herav egeninnsats …», «Søkt risikoavlastning» under the sum: a share of the whole
            # or how it is paid, not one more post.
            continue
        if amount is None and not years:
            budget.unreadable_rows.append(lineno)
        category = None
        if category_col is not None:
            category = category_from_text(cells[category_col])
        if category is None:
            category = infer_category(item + " " + (cells[category_col] if category_col is not None else ""))
        budget.lines.append(
            BudgetLine(item=item, category=category, amount=amount, years=years, line=lineno, raw=rows[offset])
        )
    return budget
