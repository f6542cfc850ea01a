"""A suggested rewrite as hunks the user accepts or rejects one by one.

The draft changes only through `SectionRewrite.apply(accepted)`, which returns the new
sketch text; nothing is written until the caller saves it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from pydantic import BaseModel, Field


class Hunk(BaseModel):
    """One change: paragraphs old[old_start:old_end] become `new_paragraphs`.

    The unit is the paragraph (text between blank lines): prose is accepted or rejected a
    paragraph at a time, and a list or table counts as one paragraph.
    """

    index: int
    old_start: int  # 0-based paragraph index into the old text
    old_end: int
    old_paragraphs: list[str]
    new_paragraphs: list[str]
    before: list[str] = Field(default_factory=list)  # the unchanged paragraph just above, for display
    after: list[str] = Field(default_factory=list)  # the unchanged paragraph just below

    @property
    def kind(self) -> str:
        """insert, delete or replace."""
        if not self.old_paragraphs:
            return "insert"
        if not self.new_paragraphs:
            return "delete"
        return "replace"

    def unified(self) -> str:
        """The hunk as unified-diff lines (without the @@ header)."""

        def mark(prefix: str, paragraphs: list[str]) -> list[str]:
            return [f"{prefix}{line}" for p in paragraphs for line in p.split("\n")]

        lines = mark("  ", self.before) + mark("- ", self.old_paragraphs) + mark("+ ", self.new_paragraphs) + mark("  ", self.after)
        return "\n".join(lines)


_BLANK = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def _split(text: str) -> list[str]:
    """Paragraphs: runs of lines between blank lines, trailing spaces kept inside."""
    text = text.replace("\r\n", "\n").strip("\n")
    return [p for p in _BLANK.split(text) if p.strip()] if text.strip() else []


def diff_hunks(old: str, new: str, context: int = 1) -> list[Hunk]:
    """The changes from old to new, one hunk per changed run of lines."""
    a, b = _split(old), _split(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    hunks: list[Hunk] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for (o1, o2), (n1, n2) in _pair(a, b, i1, i2, j1, j2):
            hunks.append(
                Hunk(
                    index=len(hunks),
                    old_start=o1,
                    old_end=o2,
                    old_paragraphs=a[o1:o2],
                    new_paragraphs=b[n1:n2],
                    before=a[max(0, o1 - context): o1],
                    after=a[o2: o2 + context],
                )
            )
    return hunks


def _similar(x: str, y: str) -> bool:
    return difflib.SequenceMatcher(a=x, b=y, autojunk=False).ratio() >= 0.5


def _pair(a: list[str], b: list[str], i1: int, i2: int, j1: int, j2: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Split a replaced run so that a reworded paragraph, a dropped one and a new one are separate hunks."""
    if i2 - i1 <= 1 and j2 - j1 <= 1:
        return [((i1, i2), (j1, j2))]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    i, j = i1, j1
    while i < i2 or j < j2:
        if i < i2 and j < j2 and _similar(a[i], b[j]):
            out.append(((i, i + 1), (j, j + 1)))
            i, j = i + 1, j + 1
        elif i < i2 and not any(_similar(a[i], b[k]) for k in range(j, j2)):
            out.append(((i, i + 1), (j, j)))  # dropped
            i += 1
        elif j < j2:
            out.append(((i, i), (j, j + 1)))  # new
            j += 1
        else:
            out.append(((i, i + 1), (j, j)))
            i += 1
    return out


def apply_hunks(old: str, hunks: Iterable[Hunk], accepted: Iterable[int]) -> str:
    """old with the accepted hunks (by index) applied and the others left as they were.

    With nothing accepted the text comes back byte for byte; otherwise paragraphs are joined
    by one blank line.
    """
    chosen = set(accepted)
    if not chosen:
        return old
    a = _split(old)
    out: list[str] = []
    pos = 0
    for hunk in sorted(hunks, key=lambda h: h.old_start):
        if hunk.index not in chosen:
            continue
        if hunk.old_start < pos or a[hunk.old_start: hunk.old_end] != hunk.old_paragraphs:
            raise ValueError(f"hunk {hunk.index} does not match the text any more")
        out.extend(a[pos: hunk.old_start])
        out.extend(hunk.new_paragraphs)
        pos = hunk.old_end
    out.extend(a[pos:])
    return "\n\n".join(out)


_FENCE = re.compile(r"^\s*```[\w-]*\s*\n(.*?)\n\s*```\s*$", re.S)


def clean_rewrite(reply: str) -> str:
    """The rewritten body from a model's reply: code fences and a repeated heading removed."""
    text = reply.strip()
    if m := _FENCE.match(text):
        text = m.group(1).strip()
    lines = text.split("\n")
    if lines and lines[0].lstrip().startswith("#"):
        text = "\n".join(lines[1:]).strip()
    return text


class SectionRewrite(BaseModel):
    """A proposed new body for one section, as hunks against the current body."""

    section: str
    old_body: str
    new_body: str
    hunks: list[Hunk]
    sketch_text: str

    def apply(self, accepted: Iterable[int]) -> str:
        """The whole sketch text with the accepted hunks applied to this section."""
        from ..core.judging.checkup import parse
        from ..core.sketch.editing import set_section_body

        body = apply_hunks(self.old_body, self.hunks, accepted)
        if body == self.old_body:
            return self.sketch_text
        return set_section_body(parse(self.sketch_text), self.section, body)


def propose_rewrite(sketch_text: str, section: str, reply: str) -> SectionRewrite:
    """Turn the coach's rewrite of `section` into hunks against the draft's current body."""
    from ..core.judging.checkup import parse

    sketch = parse(sketch_text)
    current = sketch.section(section)
    old_body = current.body.strip("\n") if current else ""
    new_body = clean_rewrite(reply)
    return SectionRewrite(
        section=section,
        old_body=old_body,
        new_body=new_body,
        hunks=diff_hunks(old_body, new_body),
        sketch_text=sketch_text,
    )
