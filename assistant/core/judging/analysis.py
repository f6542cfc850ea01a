"""Facts about a sketch computed once per check run and shared by every check."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cached_property
from bisect import bisect_right
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from ..sketch.model import Section, Sketch
from ..sketch.text import Sentence, mask_comments, sentences

# A line of the text before the first known heading that is not prose: a heading, a bold line
# standing alone, or a «Søker: …» / «**Partnere:** …» line of the sketch's particulars.
_NOT_PROSE = re.compile(r"^\s*(?:#|(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$|(?:\*\*|__)?[^\W\d][^:.!?\n]{0,40}:)")
# Less prose than this before the first heading is a greeting or a line of particulars.
PREAMBLE_MIN_WORDS = 40


_WORD_RUN = re.compile(r"(\w+)")
_WORD_START_RUN = re.compile(r"(?<!\w)\w+")
# Words are indexed by their first KEY_LEN letters: the longer the key, the fewer words a
# pattern is tried at (three letters instead of two: a third fewer tries on a five-page sketch;
# four instead of three: 5 % fewer instructions for a whole check, five hardly fewer again).
KEY_LEN = 4


def _case_classes() -> dict[int, str]:
    """Letters the pattern matcher takes for one another beyond lower-casing (ſ and s, ı and i,
    µ and μ, …), each mapped to one letter of its class."""
    try:  # CPython's own table of them (3.11 and later), the one re.IGNORECASE uses
        from re._casefix import _EXTRA_CASES as extra
    except ImportError:  # pragma: no cover - another Python: only lower-casing is shared
        extra = {}
    classes: dict[int, set[int]] = {}
    for low, others in extra.items():
        members = {low, *others}
        for m in list(members):
            members |= classes.get(m, set())
        for m in members:
            classes[m] = members
    return {m: chr(min(members)) for m, members in classes.items() if m != min(members)}


_FOLD = _case_classes()
_FOLD_ANY = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]") if _FOLD else None


def fold(text: str) -> str:
    """`text` lower-cased one character for one, so that letters re.IGNORECASE takes for the same
    are the same: 'KLİMA' is 'klima' (str.lower() makes İ two characters), 'ſ' is 's'. Word index
    keys and pattern keys are both folded so; a plain lower() on one side and casefold() on the
    other missed words ('Gruß' is 'gruss' casefolded)."""
    if "İ" in text:
        text = text.replace("İ", "i")
    low = text.lower()
    if _FOLD_ANY is not None and not low.isascii() and _FOLD_ANY.search(low):
        low = low.translate(_FOLD)
    return low


class Hit(NamedTuple):
    """A match of a pattern in the sketch's source. (A named tuple: a check makes hundreds, and
    one is made three times as fast as a frozen dataclass.)"""

    start: int
    end: int
    text: str
    line: int
    section: str | None
    group: str | None = None  # the named group that matched, for patterns made of several


class Analysis:
    """A parsed sketch plus lazily computed views of its text."""

    def __init__(self, sketch: Sketch) -> None:
        self.sketch = sketch
        # Comments (template guidance) are blanked so no check counts their words.
        self.source = mask_comments(sketch.source)
        self.rest = ""  # the text past the part checked, when a very long one was cut (engine)
        self.budget_past_cut: int | None = None  # the line of a budget that lies in `rest` (engine)
        self._folded: str | None = None  # the source folded (see `fold`), once the word index has it

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        for m in re.finditer("\n", self.source):
            starts.append(m.end())
        return starts

    def line_of(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self.line_starts, offset)

    def offset_of_line(self, line: int) -> int:
        return self.line_starts[min(max(line, 1), len(self.line_starts)) - 1]

    @cached_property
    def section_spans(self) -> list[tuple[int, int, Section]]:
        """Character spans (start, end) of each section's body in the source."""
        spans = []
        for s in self.sketch.sections:
            start = self.offset_of_line(s.body_line) if s.body_line <= len(self.line_starts) else len(self.source)
            end = self.offset_of_line(s.end_line + 1) if s.end_line < len(self.line_starts) else len(self.source)
            spans.append((start, end, s))
        return spans

    def section_at(self, offset: int) -> Section | None:
        for start, end, s in self.section_spans:
            if start <= offset < end:
                return s
        return None

    @cached_property
    def body_start(self) -> int:
        """Offset where the text after the metadata block starts."""
        fm = self.sketch.front_matter_end
        return self.offset_of_line(fm + 1) if fm else 0

    def spans_for(self, sections: list[str] | None = None, exclude: list[str] | None = None) -> list[tuple[int, int, str | None]]:
        """Spans of text to search: chosen sections, or the whole text minus excluded sections.

        'preamble' names the text before the first section (title, applicant lines).
        """
        out: list[tuple[int, int, str | None]] = []
        first = self.section_spans[0][0] if self.section_spans else len(self.source)
        heading_start = self.offset_of_line(self.sketch.sections[0].line) if self.sketch.sections else len(self.source)
        if sections:
            if "preamble" in sections:
                out.append((self.body_start, min(first, heading_start), "preamble"))
            for start, end, s in self.section_spans:
                if s.key in sections:
                    out.append((start, end, s.key))
            return out
        exclude = exclude or []
        out.append((self.body_start, heading_start, "preamble"))
        for start, end, s in self.section_spans:
            if s.key not in exclude:
                out.append((start, end, s.key or s.heading))
        return out

    @cached_property
    def _words(self) -> tuple[list[int], list[str]]:
        """Where each word (or number) starts, and the word folded (see `fold`); one C pass."""
        lower = fold(self.source)
        if len(lower) != len(self.source):  # fold keeps every offset; should that ever fail, word by word
            found = list(_WORD_START_RUN.finditer(self.source))
            return [m.start() for m in found], [fold(m.group()) for m in found]
        self._folded = lower
        parts = _WORD_RUN.split(lower)  # [gap, word, gap, word, …, gap]
        ends = list(accumulate(map(len, parts)))
        return ends[0:-1:2], parts[1::2]

    @cached_property
    def word_starts(self) -> list[int]:
        """Offsets where a word (or number) starts; patterns are tried only there."""
        return self._words[0]

    @cached_property
    def _by_key(self) -> dict[str, list[int]]:
        """Word starts grouped by their first KEY_LEN letters, lower-cased."""
        index: defaultdict[str, list[int]] = defaultdict(list)  # no empty list made per word, as setdefault would
        starts, words = self._words
        for key, pos in zip(map(itemgetter(slice(0, KEY_LEN)), words), starts):
            index[key].append(pos)
        index.default_factory = None  # from here on a plain mapping: a missing key is an error, not a new entry
        return index

    def find(
        self,
        pattern: re.Pattern[str],
        spans: list[tuple[int, int, str | None]],
        *,
        anywhere: bool = False,
        keys: frozenset[str] | None = None,
    ) -> list[Hit]:
        """Matches of `pattern` inside the spans.

        Patterns are tried at word starts only (rubric patterns begin with a word or a
        number), which is several times faster than scanning every character; `anywhere`
        scans every position for patterns that may begin mid-sentence. With `keys` (see
        `literal_keys`), only words starting with one of those keys are tried.
        """
        hits: list[Hit] = []
        source = self.source
        for start, end, key in spans:
            if anywhere:
                matches = pattern.finditer(source, start, end)
            else:
                matches = self._matches_at_word_starts(pattern, start, end, keys)
            for m in matches:
                hits.append(Hit(m.start(), m.end(), m.group(0), self.line_of(m.start()), key, m.lastgroup))
        return hits

    @cached_property
    def _sorted_keys(self) -> list[str]:
        return sorted(self._by_key)

    def _keys_starting(self, prefix: str) -> list[str]:
        """The index keys that start with `prefix` (a sorted list holds them side by side)."""
        from bisect import bisect_left

        keys = self._sorted_keys
        out: list[str] = []
        for j in range(bisect_left(keys, prefix), len(keys)):
            if not keys[j].startswith(prefix):
                break
            out.append(keys[j])
        return out

    @cached_property
    def _starts_for(self) -> dict[frozenset[str], list[int]]:
        return {}

    def _candidate_starts(self, keys: frozenset[str] | None) -> list[int]:
        if keys is None:
            return self.word_starts
        cached = self._starts_for.get(keys)
        if cached is None:
            index = self._by_key
            starts = self.word_starts  # builds the word index, and `_folded` with it
            folded = self._folded
            merged: set[int] = set()
            for key in keys:
                if not key.startswith(INFIX):
                    for word_key in self._keys_starting(key):
                        merged.update(index[word_key])
                elif folded is None:
                    merged.update(starts)  # no folded text to look in: every word
                    break
                else:  # the word each place it stands in (a literal is all letters: inside one word)
                    infix = key[len(INFIX) :]
                    at = folded.find(infix)
                    while at != -1:
                        merged.add(starts[bisect_right(starts, at) - 1])
                        at = folded.find(infix, at + len(infix))
            cached = self._starts_for[keys] = sorted(merged)
        return cached

    def _matches_at_word_starts(
        self, pattern: re.Pattern[str], start: int, end: int, keys: frozenset[str] | None
    ) -> list[re.Match[str]]:
        from bisect import bisect_left

        out: list[re.Match[str]] = []
        source = self.source
        match = pattern.match
        starts = self._candidate_starts(keys)
        last = start
        for j in range(bisect_left(starts, start), len(starts)):
            pos = starts[j]
            if pos >= end:
                break
            if pos < last:
                continue  # inside the previous match: finditer would not look here either
            m = match(source, pos, end)
            if m is not None and m.end() > m.start():
                out.append(m)
                last = m.end()
        return out

    @cached_property
    def all_sentences(self) -> list[Sentence]:
        """The sentences of every section; a text without sections is measured as a whole."""
        # The text before the first heading the parser knows is the sketch's too: a sketch whose
        # own headings are unknown has most of its prose there.
        # Its title and «Søker: …» lines are not prose a reader reads through.
        prose = "\n".join("" if _NOT_PROSE.match(line) else line for line in self.sketch.preamble.split("\n"))
        before = sentences(prose, self.sketch.front_matter_end + 1)
        if self.sketch.sections and sum(s.words for s in before) < PREAMBLE_MIN_WORDS:
            before = []
        return before + [s for sec in self.sketch.sections for s in self.section_sentences(sec)]

    def section_sentences(self, section: Section) -> list[Sentence]:
        cache = self._section_sentences
        key = id(section)
        if key not in cache:
            cache[key] = sentences(section.body, section.body_line)
        return cache[key]

    @cached_property
    def _section_sentences(self) -> dict[int, list[Sentence]]:
        return {}

    def words_in(self, section: Section) -> int:
        return sum(s.words for s in self.section_sentences(section))


# What may precede a pattern's first word without consuming anything: `\b` and negative
# lookbehinds such as `(?<!\w)`, `(?<![\w.,])`, `(?<![\d.,][ \u00a0])` or `(?<!\bkan\s)`.
_LEAD = re.compile(r"^(?:\\b|\(\?<!(?:\[(?:\\.|[^]\\])*\]|\\[wdsWDSb]|[^()\[\]\\|?*+{])+\))+")
_LETTER = re.compile(r"[^\W\d_]")


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth) of each character that is neither escaped nor in a class
    («[(|]»), depth being the groups it stands in after it; last («», depth) at the end, depth
    -1 when a class is left open."""
    depth, cls, esc = 0, False, False
    for n, ch in enumerate(pattern):
        if esc:
            esc = False
        elif ch == "\\":
            esc = True
        elif cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield n, ch, depth
    yield len(pattern), "", -1 if cls else depth


def _split_top(pattern: str) -> list[str] | None:
    """Split a pattern on its top-level '|'; None when brackets do not balance."""
    parts, last = [], 0
    for n, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[last:n])
            last = n + 1
        elif not ch:
            return [*parts, pattern[last:]] if depth == 0 else None
    return None  # pragma: no cover - `_structure` always ends with its last item


def _group_end(alt: str) -> int | None:
    """Index of the ')' closing the group `alt` opens with, reading escapes and classes; None if unbalanced."""
    return next((n for n, ch, depth in _structure(alt) if ch == ")" and depth == 0), None)


_GROUP_OPEN = re.compile(r"\(\?(?::|P<\w+>)")
# A word's own letters before the literal: `\w*regnskap`, `\w+rapport`, `\w{3,}kostnad` (see INFIX).
_WORD_PREFIX = re.compile(r"\\w(?:[*+]|\{\d*,\d*\})")
# Infix keys are marked so; they are looked up anywhere inside a word, not at its start.
INFIX = "*"
_INFIX_MIN = 3


def _group_keys(alt: str) -> tuple[set[str] | None, str]:
    """Keys of the group `alt` opens with, and what follows it."""
    n = _group_end(alt)
    if n is None:
        return None, ""
    inner = _split_top(alt[_GROUP_OPEN.match(alt).end() : n])  # type: ignore[union-attr]
    if inner is None:
        return None, ""
    keys: set[str] = set()
    for part in inner:
        sub = _alt_keys(part)
        if sub is None:
            return None, ""
        keys |= sub
    return keys, alt[n + 1 :]


# A lookahead before the first word consumes nothing: the word starts after it all the same.
_LOOKAHEAD = re.compile(r"\(\?[!=]")
# A character class the first letter is one of, case-sensitive or not: `[A-ZÆØÅ]`, `(?-i:[A-ZÆØÅ])`.
_CLASS_OPEN = re.compile(r"\(\?-i:\[|\[")
_CLASS_SPAN_MAX = 128  # a wider range than a few alphabets is not worth enumerating


def _class_keys(alt: str) -> set[str] | None:
    """The folded first letters a leading character class admits; None when it cannot tell
    (a negated class, `\\w`, a wide range). A class matches a word's first character only when
    that character is a word character, so the rest of the class's characters give no key."""
    opened = _CLASS_OPEN.match(alt)
    if opened is None:
        return None
    chars: list[str] = []
    n = opened.end()
    if alt[n : n + 1] in ("^", "]"):
        return None
    while n < len(alt) and alt[n] != "]":
        ch = alt[n]
        if ch == "\\":
            esc = alt[n + 1 : n + 2]
            if esc == "d":
                chars.extend("0123456789")
            elif esc.isalnum() or not esc:
                return None  # \w, \s, \u…: a set this reading does not enumerate
            else:
                chars.append(esc)
            n += 2
            continue
        if alt[n + 1 : n + 2] == "-" and alt[n + 2 : n + 3] not in ("]", ""):
            last = alt[n + 2]
            if last == "\\" or ord(last) < ord(ch) or ord(last) - ord(ch) > _CLASS_SPAN_MAX:
                return None
            chars.extend(chr(c) for c in range(ord(ch), ord(last) + 1))
            n += 3
            continue
        chars.append(ch)
        n += 1
    if n >= len(alt):
        return None  # the class is never closed
    n += 1
    if opened.group() != "[":  # `(?-i:[…])`: the group must close right after the class
        if alt[n : n + 1] != ")":
            return None
        n += 1
    if alt[n : n + 1] in ("?", "*") or alt[n : n + 2] == "{0" or alt[n : n + 2] == "{,":
        return None  # an optional first character: the word may start with what follows
    keys = {fold(c) for c in chars if c.isalnum() or c == "_"}
    return keys or None


def _alt_keys(alt: str) -> set[str] | None:
    alt = _LEAD.sub("", alt)
    while _LOOKAHEAD.match(alt):
        n = _group_end(alt)
        if n is None:
            return None
        alt = _LEAD.sub("", alt[n + 1 :])
    if alt.startswith("\\d"):
        return set("0123456789")
    if alt.startswith(("[", "(?-i:[")):
        return _class_keys(alt)
    if _GROUP_OPEN.match(alt):
        keys, rest = _group_keys(alt)
        if keys is None:
            return None
        if rest[:1] == "?":  # an optional group: the word may start after it, with what follows
            after = _alt_keys(rest.lstrip("?+"))
            return None if after is None else keys | after
        if rest[:1] in ("*", "{"):
            return None
        return keys
    if prefix := _WORD_PREFIX.match(alt):
        # The literal stands inside the word: its keys are looked up inside words (INFIX).
        inner = _alt_keys(alt[prefix.end() :])
        if inner is None or any(k.startswith(INFIX) or len(k) < _INFIX_MIN for k in inner):
            return None
        return {INFIX + k for k in inner}
    letters = ""
    for n, ch in enumerate(alt[:KEY_LEN]):
        if not _LETTER.match(ch):
            break
        if alt[n + 1 : n + 2] in ("?", "*", "{"):
            break  # optional letter: stop before it
        letters += ch
    return {fold(letters)} if letters else None


def literal_keys(patterns: tuple[str, ...]) -> frozenset[str] | None:
    """Folded starts (up to KEY_LEN letters, see `fold`) that every alternative begins with, or None.

    `\\bklima\\w*` gives 'kli'; `\\d…` gives the digits; `\\b(?:KI|AI)` gives 'ki', 'ai'.
    Anything it cannot read makes the whole set unknown, and every word is tried.
    """
    keys: set[str] = set()
    for pattern in patterns:
        alts = _split_top(pattern)
        if alts is None:
            return None
        for alt in alts:
            sub = _alt_keys(alt)
            if sub is None:
                return None
            keys |= sub
    return frozenset(keys)
