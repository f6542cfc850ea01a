"""What every check function shares: its context, its outcome, and compiled, cached patterns."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

from ..rendering.pages import PageInfo
from ..sketch import rubric as r
from .analysis import Analysis, Hit, literal_keys
from .findings import Finding, Level, Status

Say = Callable[..., str]


@dataclass
class Outcome:
    status: Status
    findings: list[Finding] = field(default_factory=list)
    final: bool = False  # the reading that gave it stands: no other reading of the text overrides it


@dataclass
class Context:
    """What a check may look at."""

    analysis: Analysis
    criterion: r.Criterion
    layout: r.Layout
    pages: PageInfo | None
    say: Say  # say(key, **values) -> text in the sketch's language
    tip: Callable[..., str | None]  # tip(key, **values) -> suggestion or None

    def finding(
        self,
        level: Level,
        key: str,
        *,
        line: int | None = None,
        section: str | None = None,
        hit: Hit | None = None,
        **values: object,
    ) -> Finding:
        if hit is not None:
            line = line or hit.line
            section = section or hit.section
        return Finding.model_construct(
            criterion=self.criterion.id,
            level=level,
            message=self.say(key, **values),
            suggestion=self.tip(key, **values),
            line=line,
            section=section,
            quote=hit.text if hit else None,
            start=hit.start if hit else None,
            end=hit.end if hit else None,
        )


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


_keys = cache(literal_keys)
_UNION_KEYS: dict[re.Pattern[str], frozenset[str] | None] = {}


def _union(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a list; `_find` then knows which first letters can start a match."""
    if not patterns:
        return None
    rx = _rx("|".join(f"(?:{p})" for p in patterns))
    if rx not in _UNION_KEYS:
        _UNION_KEYS[rx] = _keys(tuple(patterns))
    return rx


@cache
def _phrases(phrases: tuple[tuple[str, int], ...]) -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for all phrases, a named group per phrase, so the text is scanned once."""
    rx = _rx("|".join(f"(?P<p{i}>{pattern})" for i, (pattern, _) in enumerate(phrases)))
    return rx, {f"p{i}": weight for i, (_, weight) in enumerate(phrases)}


def _distinct(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out = []
    for h in hits:
        key = h.text.casefold()
        if key not in seen:
            seen.add(key)
            out.append(h)
    return out


def _without_excluded(ctx: Context, hits: list[Hit], exclude: list[str], spans) -> list[Hit]:
    rx = _union(tuple(exclude))
    if rx is None or not hits:
        return hits
    blocked = sorted((h.start, h.end) for h in ctx.analysis.find(rx, spans, keys=_UNION_KEYS.get(rx)))
    # A hit is inside a blocked span when some span starting at or before it ends at or after it:
    # the furthest end among the spans starting up to each point tells, read by bisection (hits
    # and spans both in the thousands on a hostile text).
    starts = [s for s, _ in blocked]
    furthest = list(accumulate((e for _, e in blocked), max))
    return [h for h in hits if not ((i := bisect_right(starts, h.start)) and furthest[i - 1] >= h.end)]


def without_budget_lines(a: Analysis, spans: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """`spans` without the lines the sketch's budget was read from when no part is headed as the
    budget («Budsjett (tentativt)⏎- Prosjektleder: 1,2 mill.⏎- Sum: 6,5 mill. kr» under a plain
    line): the project's own costs, not what the need costs."""
    budget = a.sketch.budget
    if budget is None or budget.table_start is None or a.sketch.sections_by("budget"):
        return spans
    first = min(budget.table_start, budget.total_line or budget.table_start)
    last = max(budget.table_end or budget.table_start, budget.total_line or budget.table_start)
    cut_start = a.offset_of_line(first)
    cut_end = a.offset_of_line(last + 1) if last < len(a.line_starts) else len(a.source)
    out: list[tuple[int, int, str | None]] = []
    for start, end, key in spans:
        if end <= cut_start or start >= cut_end:
            out.append((start, end, key))
            continue
        if start < cut_start:
            out.append((start, cut_start, key))
        if end > cut_end:
            out.append((cut_end, end, key))
    return out
