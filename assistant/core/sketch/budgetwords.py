"""A tentative budget of one sum written in words («Prosjektet vil koste om lag fem millioner
kroner», «about six million kroner»): read by the parse, so every criterion that reads the budget
reads this one, not a reading of its own."""

from __future__ import annotations

import re

from bisect import bisect_right
from itertools import accumulate

from .amounts import _SCALE_HINT, find_word_amounts
from .model import Budget, Section

# A sentence outside the budget part that speaks of what the project costs («Prosjektet vil koste
# om lag fem millioner kroner», «The project is estimated at roughly five million NOK»).
_COST_SAID = re.compile(
    r"\bbudsjett\w*|\bkost(?:er|ar|e|nad\w*)\b|\bramme\w*|\banslå\w*|\bestimat\w*|\bbudget\w*|\bcost\w*|\bestimated\b|\bsøk(?:er|jer)\s+om\b|\bapply(?:ing)?\s+for\b",
    re.IGNORECASE,
)
# Where a sentence ends inside a line: a stop and a space.
_STOP = re.compile(r"[.!?](?=\s)")
_REACH = 300  # characters either side of an amount that its sentence is looked for in


def _sentence(line: str, start: int, end: int) -> str:
    left = max((m.end() for m in _STOP.finditer(line, max(0, start - _REACH), start)), default=max(0, start - _REACH))
    right = _STOP.search(line, end, end + _REACH)
    return line[left : right.start() if right else end + _REACH]


def _lines_with_a_scale_word(lines: list[str], rows: list[int]) -> list[int]:
    """The rows, in order, whose line holds a scale word («millioner», «tusen»): a sum in words
    needs one. One scan of the whole text, so a long text with none costs no line-by-line look."""
    text = "\n".join(lines)
    starts = [0, *accumulate(len(line) + 1 for line in lines)]
    hinted = {bisect_right(starts, m.start()) - 1 for m in _SCALE_HINT.finditer(text)}
    return [n for n in rows if n in hinted]


def words_total(lines: list[str], start: int, sections: list[Section]) -> Budget | None:
    """The project's cost written in words, as a budget of one stated total: the first such sum in
    the budget part, or, with no budget part, in a sentence that speaks of cost outside the need
    and its figures. None when there is none."""
    parts = [s for s in sections if s.key == "budget"]
    if parts:
        rows = [n for s in parts for n in range(s.body_line - 1, min(s.end_line, len(lines)))]
        said_of_cost = False
    else:
        skip = {n for s in sections if s.key in ("need", "data") for n in range(s.line - 1, s.end_line)}
        rows = [n for n in range(start, len(lines)) if n not in skip]
        said_of_cost = True
    for n in _lines_with_a_scale_word(lines, rows):
        for s, e, value in find_word_amounts(lines[n]):
            if said_of_cost and not _COST_SAID.search(_sentence(lines[n], s, e)):
                continue
            return Budget(stated_total=value, total_line=n + 1, written="words")
    return None


def words_quote(line: str) -> str:
    """The words that state the sum on its line («om lag fem millioner kroner»)."""
    found = find_word_amounts(line)
    return line[found[0][0] : found[0][1]].strip() if found else line.strip()
