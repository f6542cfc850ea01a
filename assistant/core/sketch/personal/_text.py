"""Shared by the finders: one spelling for every space and dash, digit chains, lines and tables."""

from __future__ import annotations

import bisect
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


_PIPE = re.compile(r"\|")
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


class Tables:
    """The Markdown tables of a text, read once (on first use): which header each row's cells have."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._rows: list[tuple[int, int, list[str]]] = []  # (start, end, header cells) per body row
        self._pipes: dict[int, list[int]] = {}

    def _read(self) -> None:
        self._starts = []
        pos, prev, header = 0, "", None
        for raw in self.text.splitlines(keepends=True):
            line = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
            if "|" not in line:
                header = None
            elif "|" in prev and _SEPARATOR_ROW.match(line):
                header = [cell.strip() for cell in prev.strip().strip("|").split("|")]
            elif header is not None and line.count("|") >= 2:
                self._rows.append((pos, pos + len(line), header))
                self._starts.append(pos)
            prev, pos = line, pos + len(raw)

    def header_cell(self, offset: int) -> str | None:
        """The header of the column `offset` stands in, or None outside a table with a header."""
        if self._starts is None:
            self._read()
        at = bisect.bisect_right(self._starts, offset) - 1
        if at < 0 or offset >= self._rows[at][1]:
            return None
        start, end, header = self._rows[at]
        pipes = self._pipes.get(start)
        if pipes is None:  # found once per row: a row of a megabyte is not counted again per number
            pipes = self._pipes[start] = [m.start() for m in _PIPE.finditer(self.text, start, end)]
        leading = self.text[start : pipes[0]].strip() == "" if pipes else False
        column = bisect.bisect_left(pipes, offset) - (1 if leading else 0)
        return header[column] if 0 <= column < len(header) else " ".join(header)
