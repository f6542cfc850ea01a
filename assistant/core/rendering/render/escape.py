"""Typst string literals: the only way text from a sketch enters the typst source.

Every piece of user text becomes a typst *string* (`"..."`), shown with `#"..."` in markup.
A string is data, never markup or code, so `#read`, `#import`, `$`, `<label>`, `@ref`, `*`, `_`
and the rest are shown as the characters they are.
"""

from __future__ import annotations

import re

# C0/C1 control characters (tab and newline excepted), lone surrogates, and the two
# non-characters at the end of the BMP: none of them has a glyph, and NUL breaks tools.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_THOUSANDS_SPACE = re.compile(r"(?<=\d)[ \u202f](?=\d{3}(?!\d))")
_UNIT_SPACE = re.compile(r"(?<=\d) (?=(?:kr|NOK|mill\.|mrd\.|%)(?![\w]))")
_DIGIT_SPACE = re.compile(r"\d[ \u202f]")  # what both need; far cheaper to look for than their look-behinds


def clean(text: str) -> str:
    """Text without characters that cannot be shown (NUL, other controls, lone surrogates)."""
    return _UNPRINTABLE.sub("", text)


def keep_numbers_together(text: str) -> str:
    """Non-breaking spaces inside «1 250 000 kr» so a number never breaks over two lines."""
    if _DIGIT_SPACE.search(text) is None:
        return text
    return _UNIT_SPACE.sub("\u00a0", _THOUSANDS_SPACE.sub("\u00a0", text))


def lit(text: str) -> str:
    """A typst string literal holding `text` exactly (after `clean`)."""
    return _quoted(clean(text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class _Escapes(dict[str, str]):
    """'ø' → '\\u{f8}', each made once."""

    def __missing__(self, char: str) -> str:
        escaped = self[char] = f"\\u{{{ord(char):x}}}"
        return escaped


_ESCAPES = _Escapes()


def _unicode_escape(match: re.Match[str]) -> str:
    return _ESCAPES[match.group()]


def _quoted(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    if not body.isascii():
        # Every other character as \u{…}: the typst source stays ASCII, so when an edit is laid
        # out again, typst's in-place re-parse never meets a character split between the old and
        # the new text (typst 0.15 panics on some: «skjer… nå» edited to «skjeræ nå»).
        body = _NON_ASCII.sub(_unicode_escape, body)
    return f'"{body}"'


# A run of this many characters without a space is no word of any language (Norwegian's long
# compounds stay under 40): a URL, a file path, an identifier or a paste gone wrong. Typst
# breaks lines only where Unicode allows, so such a run ran off the page.
LONG_RUN = 40
_LONG_RUN = re.compile(r"\S{%d,}" % LONG_RUN)
# Where a long run may break: after URL and path punctuation, or else every 20 characters.
_BREAK_AFTER = frozenset("/\\.,;:?&=#_~+|)]}>-")
RUN_CHUNK = 20
ZWSP = "\u200b"


def _break_run(match: re.Match[str]) -> str:
    out: list[str] = []
    since = 0  # characters since the last place the run may break
    run = match.group()
    for i, char in enumerate(run):
        out.append(char)
        since += 1
        last = i == len(run) - 1
        if not last and (char in _BREAK_AFTER and run[i + 1] not in _BREAK_AFTER or since >= RUN_CHUNK):
            out.append(ZWSP)
            since = 0
    return "".join(out)


def breakable(text: str) -> str:
    """`text` with zero-width spaces inside runs of 40 or more non-space characters, so that
    typst can wrap them (after a slash, a dot or a hyphen, or every 20 characters) instead of
    letting them run into the margin. Ordinary words are left alone."""
    if len(text) < LONG_RUN or _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(_break_run, text)


def show(text: str) -> str:
    """Markup that shows `text` as plain text: `#"..."`, or nothing for empty text.

    A run of characters too long for any line gets places where it may break (`breakable`)."""
    text = breakable(clean(text).replace("\t", " "))
    return f"#{_quoted(text)}" if text else ""


def content(markup: str) -> str:
    """Markup wrapped as a content block, for use as an argument."""
    return f"[{markup}]"
