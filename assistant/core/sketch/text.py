"""Markdown-aware plain text, sentences, words and LIX.

Blocks are read line by line: a heading, a list item and a table row each end a sentence,
the way a reader sees them, even without a full stop.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# A code fence line, as CommonMark (and the parser) reads one: four spaces or a tab in is not a
# fence. The group is the marker, which a closing fence repeats. Shared by every reader of fences.
FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_TABLE_ROW = re.compile(r"^\s*\|")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^\s{0,3}>\s?")
# No scan runs past the next opening bracket: a line of «<a <a <a …» or «[a]([a](…» without a
# closing one is read once, not again from every «<» or «[» (minutes for a megabyte, before).
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|<!--(?:(?!<!--).)*?-->")
_LINK = re.compile(r"!?\[([^\[\]]*)\]\((?:[^()]|\([^()]*\))*+\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`|~~)")
_ENTITY = re.compile(r"&(nbsp|amp|lt|gt|quot|#\d+);")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])[\"»”)]*\s+(?=[\"«“(]?[A-ZÆØÅÉ0-9])")
_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-'’][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_ABBREVIATIONS = re.compile(
    r"\b(f\.eks|bl\.a|ca|jf|dvs|mill|mrd|nr|org\.nr|pkt|kap|inkl|eks|evt|mv|osv|t\.o\.m|e\.g|i\.e|etc|vs|st|ref)\.$",
    re.IGNORECASE,
)
# A middle initial between a first name and a surname («Kommunedirektør Lene W. Conradi har
# godkjent»): its dot ends no sentence.
_INITIAL = re.compile(r"(?<![\w.])[A-ZÆØÅ][a-zæøåéü]+[ \u00a0][A-ZÆØÅ]\.$")

_ENTITIES = {"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"'}
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def mask_comments(text: str) -> str:
    """Blank out HTML comments (template guidance), keeping every offset and line break."""
    if "<!--" not in text:
        return text
    return _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def strip_inline(text: str) -> str:
    """Remove inline Markdown and HTML, keeping the words.

    Each pattern is tried only when the character it cannot match without is in the text: most
    blocks are plain prose, and looking for one character is far cheaper than a regex scan."""
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "`" in text or "~" in text:
        text = _EMPHASIS.sub("", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: _ENTITIES.get(m.group(1), " "), text)
    return text.replace("\u00a0", " ").replace("\t", " ")


# Blocks, sentences and LIX values are named tuples: a check makes hundreds of them, and a named
# tuple is made three times as fast as a frozen dataclass.


class Block(NamedTuple):
    """A run of text that ends a sentence where it ends."""

    kind: str  # paragraph | heading | item | row | quote
    text: str
    line: int  # 1-based line of the block's start, relative to the text given


def blocks(markdown: str, first_line: int = 1) -> list[Block]:
    """Split Markdown into readable blocks; code blocks and table rules are skipped."""
    out: list[Block] = []
    para: list[str] = []
    para_line = 0
    in_fence = False

    def flush() -> None:
        nonlocal para
        if para:
            out.append(Block("paragraph", strip_inline(" ".join(para)).strip(), para_line))
            para = []

    for offset, raw in enumerate(mask_comments(markdown).splitlines()):
        lineno = first_line + offset
        if FENCE.match(raw):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line = raw.strip()
        if not line:
            flush()
            continue
        if _HEADING.match(raw):
            flush()
            out.append(Block("heading", strip_inline(_HEADING.sub("", raw).rstrip("# ")).strip(), lineno))
        elif _TABLE_ROW.match(raw):
            flush()
            if not _TABLE_RULE.match(raw):
                cells = [strip_inline(c).strip() for c in line.strip("|").split("|")]
                out.append(Block("row", " ".join(c for c in cells if c), lineno))
        elif _LIST.match(raw):
            flush()
            out.append(Block("item", strip_inline(_LIST.sub("", raw)).strip(), lineno))
        elif _QUOTE.match(raw):
            flush()
            out.append(Block("quote", strip_inline(_QUOTE.sub("", raw)).strip(), lineno))
        else:
            if not para:
                para_line = lineno
            para.append(line)
    flush()
    return [b for b in out if b.text]


def plain_text(markdown: str) -> str:
    """The words of a Markdown text, one block per line."""
    return "\n".join(b.text for b in blocks(markdown))


class Sentence(NamedTuple):
    text: str
    line: int
    words: int
    long_words: int = 0  # words of more than six letters, for LIX


def split_sentences(text: str) -> list[str]:
    """Split one block into sentences, not breaking after common abbreviations."""
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()].strip()
        # Only the last characters can hold an abbreviation (the longest is 7); searching from
        # there keeps long sentences cheap, and the look-behind of \b still sees the text before.
        if _ABBREVIATIONS.search(candidate, max(0, len(candidate) - 10)) or _INITIAL.search(candidate, max(0, len(candidate) - 40)):
            continue
        if candidate:
            parts.append(candidate)
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(markdown: str, first_line: int = 1) -> list[Sentence]:
    out: list[Sentence] = []
    for block in blocks(markdown, first_line):
        for sentence in split_sentences(block.text):
            found = _WORD.findall(sentence)
            if found:
                out.append(Sentence(sentence, block.line, len(found), sum(map((6).__lt__, map(len, found)))))
    return out


class Lix(NamedTuple):
    """LIX readability: words/sentences + 100 × long words/words."""

    value: float
    words: int
    sentences: int
    long_words: int

    @property
    def band(self) -> str:
        return lix_band(self.value)


def lix_of_sentences(items: list[Sentence]) -> Lix:
    n_sent = len(items)
    n_words = sum(s.words for s in items)
    long_words = sum(s.long_words for s in items)
    if not n_words or not n_sent:
        return Lix(0.0, n_words, n_sent, long_words)
    return Lix(n_words / n_sent + 100 * long_words / n_words, n_words, n_sent, long_words)


def lix(markdown: str) -> Lix:
    """LIX of a Markdown text."""
    return lix_of_sentences(sentences(markdown))


def lix_band(value: float) -> str:
    """The band name Norwegian readers use: very-easy, easy, medium, hard, very-hard."""
    if value < 30:
        return "very-easy"
    if value < 40:
        return "easy"
    if value < 50:
        return "medium"
    if value < 60:
        return "hard"
    return "very-hard"


# A line of prose: at least this many tokens, nearly all of them words of letters (with their
# punctuation), as a sentence is and a list of ports, a CSV row or a line of code is not.
PROSE_MIN_TOKENS = 5
PROSE_WORD_SHARE = 0.8
_PROSE_WORD = re.compile(r"[«\"“(]?[^\W\d_]+(?:[-'’][^\W\d_]+)*[.,;:!?»\"”)]*")
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}|>|[-*+]|\d{1,3}[.)])\s+")


class Prose(NamedTuple):
    lines: int  # non-blank lines
    tokens: int  # what stands between blanks on them
    prose_lines: int
    prose_words: int


def prose(lines: list[str]) -> Prose:
    """How much of a text is prose: its non-blank lines, those that read as sentences, and the
    words in them. Code fences and comments count as lines that are not prose."""
    total = tokens_in_all = prose_lines = prose_words = 0
    in_fence = False
    for line in lines:
        if not line.strip():
            continue
        total += 1
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            tokens_in_all += len(line.split())
            continue
        tokens = _LINE_MARK.sub("", line).split()
        tokens_in_all += len(tokens)
        if len(tokens) < PROSE_MIN_TOKENS:
            continue
        words = sum(1 for token in tokens if _PROSE_WORD.fullmatch(token))
        if words >= PROSE_WORD_SHARE * len(tokens):
            prose_lines += 1
            prose_words += words
    return Prose(total, tokens_in_all, prose_lines, prose_words)


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with «…» where it was cut: a
    quote in a finding never ends in half a word («anslå»)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)]
    if not text[len(cut)].isspace() and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def line_around(text: str, start: int, end: int | None = None) -> str:
    """The whole line, or lines, of `text` that hold `text[start:end]`, without the line break."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start if end is None else end)
    return text[left : len(text) if right == -1 else right]
