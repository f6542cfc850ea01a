"""Budgets as applicants paste them: a table pasted as lines of words and an amount, and the same
money broken down twice (phases in a sentence, then the posts). Read by `budget`."""

from __future__ import annotations

import re

from .amounts import GROUPED_DIGITS, MONEY_UNIT
from .model import Budget


def without_emphasis(raw: str) -> str:
    """The line as the budget reads it: «* Post: …» is a list item; other asterisks,
    underscores and backticks are emphasis."""
    return re.sub(r"[*_`]", "", re.sub(r"^(\s*)[*+]\s+", r"\1- ", raw))


# A row of a table pasted as lines («Prosjektleiing (stiftinga) 1 900 000»): words, then one amount
# closing the line, no colon or list mark. Read as a post only among rows of its kind (`pasted_rows`).
_ROW = re.compile(
    rf"^\s*(?P<item>[^\d\s:|][^\d:|]{{2,100}}?)\s+(?P<amount>(?:kr\.?\s*|NOK\s*)?{GROUPED_DIGITS}(?:,-)?|(?:kr\.?\s*|NOK\s*)?\d{{4,9}}(?:,-)?)\s*{MONEY_UNIT}?\s*$",
    re.IGNORECASE,
)


def pasted_rows(lines: list[str], longest: int) -> set[int]:
    """Indexes of lines that are rows of a budget pasted as lines: two or more such lines in a
    row (a blank line between allowed), so a lone «Innbyggjarar i Voss 15 000» is no post."""
    marked = [bool(_ROW.match(without_emphasis(line))) if len(line) < longest else False for line in lines]
    found: set[int] = set()
    for n, row in enumerate(marked):
        if not row:
            continue
        near = [m for m in (n - 2, n - 1, n + 1, n + 2) if 0 <= m < len(lines)]
        if any(marked[m] and (abs(m - n) == 1 or not lines[(m + n) // 2].strip()) for m in near):
            found.add(n)
    return found


def drop_second_breakdown(budget: Budget) -> None:
    """«1,1 mill. kr til forprosjekt og 8,6 mill. kr til selve partnerskapet, til sammen 9,7 mill. kr.
    Fordelt slik: – Prosjektledelse …»: the same money cut two ways (phases in a sentence, then the
    posts). When the amounts of one line add up to the stated total and the other lines do too,
    that line is a summary of the others, not more posts."""
    total = budget.stated_total
    if not total or len(budget.lines) < 3:
        return
    amount = lambda line: line.amount or 0  # noqa: E731
    whole = sum(amount(x) for x in budget.lines)
    tolerance = max(1, total // 1000)
    if abs(whole - 2 * total) > 2 * tolerance:
        return
    for lineno in dict.fromkeys(x.line for x in budget.lines):
        own = [x for x in budget.lines if x.line == lineno]
        if len(own) < len(budget.lines) and abs(sum(amount(x) for x in own) - total) <= tolerance:
            budget.lines = [x for x in budget.lines if x.line != lineno]
            return
