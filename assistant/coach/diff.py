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
    """One change: lines old[old_start:old_end] become `new_lines`."""

    index: int
    old_start: int  # 0-based line index into the old text
    old_end: int
    old_lines: list[str]
    new_lines: list[str]
    before: list[str] = Field(default_factory=list)  # unchanged lines just above, for display
    after: list[str] = Field(default_factory=list)  # unchanged lines just below

    @property
    def kind(self) -> str:
        """insert, delete or replace."""
        if not self.old_lines:
            return "insert"
        if not self.new_lines:
            return "delete"
        return "replace"

    def unified(self) -> str:
        """The hunk as unified-diff lines (without the @@ header)."""
        lines = [f"  {line}" for line in self.before]
        lines += [f"- {line}" for line in self.old_lines]
        lines += [f"+ {line}" for line in self.new_lines]
        lines += [f"  {line}" for line in self.after]
        return "\n".join(lines)


def _split(text: str) -> list[str]:
    return text.split("\n") if text else []


def diff_hunks(old: str, new: str, context: int = 1) -> list[Hunk]:
    """The changes from old to new, one hunk per changed run of lines."""
    a, b = _split(old), _split(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    hunks: list[Hunk] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        hunks.append(
            Hunk(
                index=len(hunks),
                old_start=i1,
                old_end=i2,
                old_lines=a[i1:i2],
                new_lines=b[j1:j2],
                before=a[max(0, i1 - context): i1],
                after=a[i2: i2 + context],
            )
        )
    return hunks


def apply_hunks(old: str, hunks: Iterable[Hunk], accepted: Iterable[int]) -> str:
    """old with the accepted hunks (by index) applied and the others left as they were."""
    chosen = set(accepted)
    a = _split(old)
    out: list[str] = []
    pos = 0
    for hunk in sorted(hunks, key=lambda h: h.old_start):
        if hunk.index not in chosen:
            continue
        if hunk.old_start < pos or a[hunk.old_start: hunk.old_end] != hunk.old_lines:
            raise ValueError(f"hunk {hunk.index} does not match the text any more")
        out.extend(a[pos: hunk.old_start])
        out.extend(hunk.new_lines)
        pos = hunk.old_end
    out.extend(a[pos:])
    return "\n".join(out)


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
        from ..core.document import parse_sketch, set_section_body

        body = apply_hunks(self.old_body, self.hunks, accepted)
        if body == self.old_body:
            return self.sketch_text
        return set_section_body(parse_sketch(self.sketch_text), self.section, body)


def propose_rewrite(sketch_text: str, section: str, reply: str) -> SectionRewrite:
    """Turn the coach's rewrite of `section` into hunks against the draft's current body."""
    from ..core.document import parse_sketch

    sketch = parse_sketch(sketch_text)
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
