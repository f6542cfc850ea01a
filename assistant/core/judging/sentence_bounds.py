"""The sentence around a place in the text, as a reader bounds it: a stop that ends a sentence (not
«ca.», «St.meld.», a decimal), or a break between blocks (a list item, a heading, a blank line).
Used to quote a finding and to read what a figure or a source word is said of."""

from __future__ import annotations

import re


# How far either side of a hit its sentence is looked for: a «sentence» of a megabyte (hostile
# input with no full stop) would otherwise make every hit in it scan the whole of it again.
SENTENCE_REACH = 1000


def _sentence_around(source: str, start: int, end: int, *, wrapped: bool = False) -> str:
    """The sentence (or line) holding source[start:end], at most SENTENCE_REACH either side."""
    left, right = sentence_bounds(source, start, end, wrapped=wrapped)
    return source[left:right]


def sentence_bounds(source: str, start: int, end: int, *, wrapped: bool = False) -> tuple[int, int]:
    """Where the sentence (or line) holding source[start:end] starts and ends (see `_sentence_around`)."""
    floor, ceiling = max(start - SENTENCE_REACH, 0), min(end + SENTENCE_REACH, len(source))
    if wrapped:  # a paragraph wrapped by hand: only a break before a new block ends the sentence
        before, after = _break_before(source, floor, start), _break_after(source, end, ceiling)
    else:
        before, after = source.rfind("\n", floor, start), source.find("\n", end, ceiling)
    left = max(_stop_before(source, floor, start), before, floor - 1) + 1
    stops = [e for e in (_stop_after(source, end, ceiling), after) if e != -1]
    return left, min(stops) if stops else ceiling


# A line that starts a block of its own (a blank line, a list item, a heading, a table row, a
# quote): the line break before it ends the sentence. Any other break is a paragraph wrapped by
# hand («Ifølge Miljøpakken (Miljøpakken⏎Trondheim, trafikktellinger 2023) står …») and goes on.
_BLOCK_START = re.compile(r"[ \t]{0,8}(?:\n|$|[-*+#|>•]|\d{1,2}[.)]\s|\*\*)")


def _is_break(source: str, nl: int) -> bool:
    return _BLOCK_START.match(source, nl + 1) is not None or source[nl - 1 : nl] in ("\n", "")


def _break_before(source: str, floor: int, start: int) -> int:
    nl = source.rfind("\n", floor, start)
    while nl != -1 and not _is_break(source, nl):
        nl = source.rfind("\n", floor, nl)
    return nl


def _break_after(source: str, end: int, ceiling: int) -> int:
    nl = source.find("\n", end, ceiling)
    while nl != -1 and not _is_break(source, nl):
        nl = source.find("\n", nl + 1, ceiling)
    return nl


def _ends_sentence(source: str, dot: int) -> bool:
    """A «. » ends a sentence unless a small letter follows: «21 mill. kr, samstundes som …»
    and «ca. tre» go on; nor after a title or short form that a name or word follows («St.
    Olavs hospital», «adm. direktør», «jf. Meld. St. 9»), nor after a middle initial
    («Kommunedirektør Lene W. Conradi har godkjent»)."""
    return (
        not source[dot + 2 : dot + 3].islower()
        and _SHORT_FORM.search(source, max(dot - 8, 0), dot) is None
        and _INITIAL.search(source, max(dot - 30, 0), dot) is None
    )


# Short forms whose dot a capital letter may follow inside a sentence.
_SHORT_FORM = re.compile(r"(?<![\w.])(?:St|Dr|Prof|Mr|Mrs|Ms|adm|jf|cf|ca|bl\.a|f\.eks|e\.g|i\.e|dvs|inkl|ekskl|vs|Meld|Prop)$", re.IGNORECASE)

# A first name and the capital of a middle name before the dot.
_INITIAL = re.compile(r"(?<![\w.])[A-ZÆØÅ][a-zæøåéü]+[ \u00a0][A-ZÆØÅ]$")


def _stop_before(source: str, floor: int, start: int) -> int:
    dot = source.rfind(". ", floor, start)
    while dot != -1 and not _ends_sentence(source, dot):
        dot = source.rfind(". ", floor, dot)
    return dot


def _stop_after(source: str, end: int, ceiling: int) -> int:
    dot = source.find(". ", end, ceiling)
    while dot != -1 and not _ends_sentence(source, dot):
        dot = source.find(". ", dot + 1, ceiling)
    return dot


def _line_head(source: str, start: int, width: int = 40) -> str:
    """The first characters of the line holding `start` («Budsjett: …» labels the whole line)."""
    left = source.rfind("\n", 0, start) + 1
    return source[left : min(left + width, start + 1)]


# A line that is an item of a list: «- », «– », «• », «1. ».
_LIST_ITEM = re.compile(r"[ \t]{0,8}(?:[-*+•–—]|\d{1,2}[.)])\s")


def list_lead_in(source: str, start: int) -> str:
    """The line that leads into the list holding source[start] when it ends in a colon («Målet
    er:», «We aim to:»), read over the items above; "" when start is in no list item or its list
    has no such line. An item then says what its lead-in says of it."""
    line = source.rfind("\n", 0, start) + 1
    if not _LIST_ITEM.match(source, line):
        return ""
    while line > 0:
        above = source.rfind("\n", 0, line - 1) + 1
        text = source[above : line - 1]
        if _LIST_ITEM.match(source, above) or (not text.strip() and above > 0 and _LIST_ITEM.match(source, line)):
            line = above  # an item above, or the blank line between the lead-in and the list
            continue
        return text if text.rstrip().rstrip("*").endswith(":") else ""
    return ""
