"""Shared by the finders: one spelling for every space and dash, digit chains, lines and tables."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every space-like and dash-like character becomes a plain space or hyphen, one for one, so that
# offsets in the normalised text are offsets in the original.
_SPACE_CHARS = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u200b\u2060\ufeff\u00ad"
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_TABLE = str.maketrans({**{c: " " for c in _SPACE_CHARS}, **{c: "-" for c in _DASH_CHARS}, "\uff0f": "/", "\u2215": "/"})


_ODD = re.compile("[" + re.escape(_SPACE_CHARS + _DASH_CHARS) + "\uff0f\u2215]")


def normalise(text: str) -> str:
    """`text` with Unicode spaces as ' ' and Unicode dashes as '-', the same length."""
    # Replacing only what is there: translate() walks every character and costs a millisecond
    # on a sketch with a single non-breaking space.
    return _ODD.sub(lambda m: _TABLE[ord(m.group())], text)


# Digit groups joined by up to three separators (space, dot, hyphen, slash), or by one line break
# with the spaces and quote marks that follow it. Digits and separators are disjoint classes, so
# the pattern never backtracks more than a few characters.
CHAIN = re.compile(r"\d+(?:(?:[ .\-/]{1,3}|[ .\-/]{0,2}\r?\n[ >]{0,4})\d+)*")
_GROUP = re.compile(r"\d+")


@dataclass(frozen=True)
class Chain:
    """A run of digit groups: all its digits, and per group its text offsets and digit offset."""

    digits: str
    cuts: list[int]  # digits before each group, then the total: len(starts) + 1 entries
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.starts)

    def group(self, i: int) -> str:
        return self.digits[self.cuts[i] : self.cuts[i + 1]]

    def span(self, i: int, j: int) -> str:
        """The digits of groups i .. j-1."""
        return self.digits[self.cuts[i] : self.cuts[j]]


def chains(norm: str, min_digits: int) -> list[Chain]:
    """Every chain of digit groups holding at least `min_digits` digits."""
    out: list[Chain] = []
    for m in CHAIN.finditer(norm):
        if m.end() - m.start() < min_digits:
            continue
        groups = list(_GROUP.finditer(norm, m.start(), m.end()))
        digits = "".join(g.group() for g in groups)
        if len(digits) < min_digits:
            continue
        cuts = [0]
        for g in groups:
            cuts.append(cuts[-1] + g.end() - g.start())
        out.append(Chain(digits, cuts, [g.start() for g in groups], [g.end() for g in groups]))
    return out


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\r\n|\r|\n", text))
    return starts


def line_of(starts: list[int], offset: int) -> int:
    """1-based line of `offset`."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo + 1


CONTEXT = 80  # characters either side that can make a number personal (or not)


def around(text: str, start: int, end: int) -> tuple[str, str]:
    """(up to 80 characters of the line before `start`, up to 80 after `end`); bounded, so linear."""
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    before = re.split(r"\r\n|\r|\n", before)[-1]
    after = re.split(r"\r\n|\r|\n", after, maxsplit=1)[0]
    return before, after


_MAX_ROW = 2000  # a table row longer than this is no table row; bounds the work per number


def _line_bounds(text: str, offset: int) -> tuple[int, int] | None:
    """The line around `offset`, or None when it is longer than a table row can be."""
    floor = max(0, offset - _MAX_ROW)
    lo = max(text.rfind("\n", floor, offset), text.rfind("\r", floor, offset)) + 1
    if lo == 0 and floor > 0:
        return None
    ceiling = min(len(text), offset + _MAX_ROW)
    hi = ceiling
    for sep in ("\n", "\r"):
        i = text.find(sep, offset, ceiling)
        if i != -1:
            hi = min(hi, i)
    if hi == ceiling and ceiling < len(text):
        return None
    return lo, hi


_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MAX_TABLE_WALK = 200  # rows walked up to a table's header; a longer table is judged by its row


def table_header_cell(text: str, offset: int) -> str | None:
    """The header of the Markdown table column `offset` stands in, or None outside a table."""
    bounds = _line_bounds(text, offset)
    if bounds is None:
        return None
    lo, hi = bounds
    line = text[lo:hi]
    if line.count("|") < 2:
        return None
    column = text[lo:offset].count("|") - (1 if line.lstrip().startswith("|") else 0)
    pos = lo
    for _ in range(_MAX_TABLE_WALK):
        if pos == 0:
            return None
        prev_hi = pos - 1
        if prev_hi > 0 and text[prev_hi] == "\n" and text[prev_hi - 1] == "\r":
            prev_hi -= 1
        prev_bounds = _line_bounds(text, prev_hi)
        if prev_bounds is None:
            return None
        prev_lo = prev_bounds[0]
        prev = text[prev_lo:prev_hi]
        if "|" not in prev:
            return None
        if _SEPARATOR_ROW.match(prev):
            header_hi = prev_lo - 1
            if header_hi < 0:
                return None
            if header_hi > 0 and text[header_hi] == "\n" and text[header_hi - 1] == "\r":
                header_hi -= 1
            header_bounds = _line_bounds(text, header_hi)
            if header_bounds is None:
                return None
            header_lo = header_bounds[0]
            cells = text[header_lo:header_hi].strip().strip("|").split("|")
            return cells[column].strip() if 0 <= column < len(cells) else " ".join(cells)
        pos = prev_lo
    return None
