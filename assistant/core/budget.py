"""The budget table: read it from Markdown (however it was typed) and write it back."""

from __future__ import annotations

import re

from .amounts import format_amount, parse_amount
from .model import Budget, BudgetCategory, BudgetLine, Language
from .text import FENCE

_RULE_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_YEAR = re.compile(r"^\s*(?:(?:19|20)\d\d|år\s*\d|year\s*\d)\s*$", re.IGNORECASE)
_TOTAL = re.compile(
    r"^\s*\**\s*(sum|total|totalt|i alt|til sammen|til saman|samlet|samla|totalsum|sum totalt|grand total)\b",
    re.IGNORECASE,
)
_AMOUNT_HEADER = re.compile(r"beløp|belop|kostnad|sum|amount|\bkr\b|\bnok\b|budsjett|budget|cost|total", re.I)
_CATEGORY_HEADER = re.compile(r"kategori|category|type|art\b", re.I)
_ITEM_HEADER = re.compile(r"post|aktivitet|tiltak|item|activity|beskrivelse|skildring|description|kostnadspost", re.I)

# Planning the procurement is project work; buying the finished solution is procurement.
_PROCEDURE = re.compile(
    r"anskaffelsesprosess|anskaffingsprosess|anskaffelsesstrategi|anskaffingsstrategi|konkurransegrunnlag|"
    r"procurement process|procurement procedure|procurement strategy|forberede anskaff|planlegging av anskaff",
    re.I,
)
_CATEGORY_WORDS: list[tuple[BudgetCategory, re.Pattern[str]]] = [
    (BudgetCategory.PROCUREMENT, re.compile(r"anskaff|innkjøp|\bkjøp\b|kjøp av|lisens|procure|purchas|acquisition|utrulling|roll-?out|\binvestering", re.I)),
    (BudgetCategory.PROJECT_MANAGEMENT, re.compile(r"prosjektled|prosjektleiing|prosjektstyring|koordiner|administrasjon|project manag|coordination|styringsgruppe", re.I)),
    (BudgetCategory.MARKET_DIALOGUE, re.compile(r"dialog|markeds|marknads|leverandørkonferanse|leverandørmøte|market|supplier", re.I)),
    (BudgetCategory.TESTING, re.compile(r"test|pilot|utprøving|utprøving|evaluering|validering|evaluation|trial", re.I)),
    (BudgetCategory.DEVELOPMENT, re.compile(r"utvikl|development|prototyp|innovasjon|FoU|\bR&D\b|behovsavklaring|kartlegging|design", re.I)),
]
_CATEGORY_NAMES: dict[str, BudgetCategory] = {
    "utvikling": BudgetCategory.DEVELOPMENT,
    "development": BudgetCategory.DEVELOPMENT,
    "prosjektledelse": BudgetCategory.PROJECT_MANAGEMENT,
    "prosjektleiing": BudgetCategory.PROJECT_MANAGEMENT,
    "project management": BudgetCategory.PROJECT_MANAGEMENT,
    "markedsdialog": BudgetCategory.MARKET_DIALOGUE,
    "marknadsdialog": BudgetCategory.MARKET_DIALOGUE,
    "market dialogue": BudgetCategory.MARKET_DIALOGUE,
    "testing": BudgetCategory.TESTING,
    "test/pilot": BudgetCategory.TESTING,
    "pilot": BudgetCategory.TESTING,
    "utprøving": BudgetCategory.TESTING,
    "annet": BudgetCategory.OTHER,
    "anna": BudgetCategory.OTHER,
    "other": BudgetCategory.OTHER,
    "anskaffelse": BudgetCategory.PROCUREMENT,
    "anskaffing": BudgetCategory.PROCUREMENT,
    "procurement": BudgetCategory.PROCUREMENT,
}
for _cat in BudgetCategory:
    _CATEGORY_NAMES.setdefault(_cat.value, _cat)

CATEGORY_LABELS: dict[Language, dict[BudgetCategory, str]] = {
    Language.NB: {
        BudgetCategory.DEVELOPMENT: "Utvikling",
        BudgetCategory.PROJECT_MANAGEMENT: "Prosjektledelse",
        BudgetCategory.MARKET_DIALOGUE: "Markedsdialog",
        BudgetCategory.TESTING: "Testing/pilot",
        BudgetCategory.OTHER: "Annet",
        BudgetCategory.PROCUREMENT: "Anskaffelse",
    },
    Language.NN: {
        BudgetCategory.DEVELOPMENT: "Utvikling",
        BudgetCategory.PROJECT_MANAGEMENT: "Prosjektleiing",
        BudgetCategory.MARKET_DIALOGUE: "Marknadsdialog",
        BudgetCategory.TESTING: "Testing/pilot",
        BudgetCategory.OTHER: "Anna",
        BudgetCategory.PROCUREMENT: "Anskaffing",
    },
    Language.EN: {
        BudgetCategory.DEVELOPMENT: "Development",
        BudgetCategory.PROJECT_MANAGEMENT: "Project management",
        BudgetCategory.MARKET_DIALOGUE: "Market dialogue",
        BudgetCategory.TESTING: "Testing/pilot",
        BudgetCategory.OTHER: "Other",
        BudgetCategory.PROCUREMENT: "Procurement",
    },
}


def infer_category(item: str) -> BudgetCategory:
    """Guess a budget line's category from its wording."""
    if _PROCEDURE.search(item):
        return BudgetCategory.PROJECT_MANAGEMENT
    for category, pattern in _CATEGORY_WORDS:
        if pattern.search(item):
            return category
    return BudgetCategory.OTHER


def category_from_text(value: str) -> BudgetCategory | None:
    key = value.strip().strip("*_").casefold()
    if not key:
        return None
    if key in _CATEGORY_NAMES:
        return _CATEGORY_NAMES[key]
    for name, cat in _CATEGORY_NAMES.items():
        if key.startswith(name):
            return cat
    return None


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
    (tables typed without outer pipes).
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
            if piped or ruled:
                tables.append((i, j))
            i = j
            continue
        i += 1
    return tables


def parse_budget(body: str, first_line: int) -> Budget | None:
    """Read the first budget-like table in a section body; None when there is no table."""
    lines = body.splitlines()
    best: Budget | None = None
    for start, end in find_tables(lines):
        budget = _parse_table(lines[start:end], first_line + start)
        if budget.lines or budget.stated_total is not None:
            return budget
        best = best or budget
    return best


def _parse_table(rows: list[str], first_line: int) -> Budget:
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
    category_col = next((i for i, h in enumerate(header) if _CATEGORY_HEADER.search(h)), None)
    amount_col = None
    for i in reversed(range(width)):
        if i not in year_cols and i != category_col and i > 0 and _AMOUNT_HEADER.search(header[i]):
            amount_col = i
            break
    if amount_col is None and not year_cols:
        # The right-most column holding numbers in most rows.
        for i in reversed(range(1, width)):
            numeric = sum(1 for p in parsed[data_start:] if i < len(p) and parse_amount(p[i]) is not None)
            if numeric and numeric >= max(1, (len(parsed) - data_start) // 2):
                amount_col = i
                break
    item_col = next((i for i, h in enumerate(header) if _ITEM_HEADER.search(h)), 0)
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
        years = {header[i]: v for i in year_cols if (v := parse_amount(cells[i])) is not None}
        amount = parse_amount(cells[amount_col]) if amount_col is not None else None
        if amount is None and years:
            amount = sum(years.values())
        if _TOTAL.match(item) or (not item and amount is not None and offset == len(parsed) - 1):
            budget.stated_total = amount
            budget.total_line = lineno
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


def budget_table(lines: list[BudgetLine], lang: Language = Language.NB, years: list[str] | None = None) -> str:
    """Write budget lines as a Markdown table with a total that leaves procurement out."""
    labels = CATEGORY_LABELS[lang]
    head = {
        Language.NB: ("Post", "Kategori", "Beløp (kr)", "Sum ekskl. anskaffelse", "Ikke med i summen"),
        Language.NN: ("Post", "Kategori", "Beløp (kr)", "Sum ekskl. anskaffing", "Ikkje med i summen"),
        Language.EN: ("Item", "Category", "Amount (NOK)", "Total excl. procurement", "Not in the total"),
    }[lang]
    years = years or []
    columns = [head[0], head[1], *years, head[2]]
    out = ["| " + " | ".join(columns) + " |", "|" + "|".join(["---", "---", *(["---:"] * len(years)), "---:"]) + "|"]
    total = 0
    for line in lines:
        year_cells = [format_amount(line.years[y]) if y in line.years else "" for y in years]
        amount = line.amount if line.amount is not None else sum(line.years.values())
        label = labels[line.category]
        if line.procurement:
            label = f"{label} ({head[4].lower()})"
        else:
            total += amount or 0
        out.append("| " + " | ".join([line.item.replace("|", "\\|"), label, *year_cells, format_amount(amount or 0)]) + " |")
    out.append("| " + " | ".join([f"**{head[3]}**", "", *([""] * len(years)), f"**{format_amount(total)}**"]) + " |")
    return "\n".join(out) + "\n"
