"""Rubric patterns checked before use: no pattern that can backtrack without end.

Python's `re` tries every way a pattern can match before it gives up. A repeated group whose
iterations can trade characters, `(a+)+`, `(\\w+\\s?)*`, or a repeated choice whose branches can
start alike, `(a|a)*`, `(\\w|\\d)+`, makes that number grow exponentially with the text: one
sketch line can then hang `skisse check` and every other sketch in a `portfolio` run. Such a
pattern is refused when the rubric is loaded, with the file and the key named.

The analysis reads the parsed pattern (`re._parser`) and asks, for each repeat that may run
many times, whether one text can be split between its iterations in more than one way.
Possessive repeats (`*+`, `++`) and atomic groups (`(?>…)`) never give back what they took and
are always accepted. It is deliberately strict: a pattern it refuses can always be written in a
form it accepts (a possessive repeat, or branches that begin with different characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layout
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

# A repeat that may run more often than this counts as unbounded.
_MANY = 10
# The characters tried when asking whether two character sets share one: ASCII, Latin-1, the
# Latin letters of Norwegian and Sami, and the spaces, dashes and quotes of Norwegian text.
_SAMPLE = [chr(c) for c in range(0x250)] + list("\u2007\u2009\u202f\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac")

Pred = Callable[[str], bool]


class UnsafePattern(ValueError):
    """A pattern that can backtrack exponentially; the message says why."""


def check_pattern(pattern: str, flags: int = re.IGNORECASE | re.MULTILINE) -> None:
    """Raise `re.error` for a pattern that does not compile, `UnsafePattern` for one that can
    backtrack without end."""
    re.compile(pattern, flags)
    tree = P.parse(pattern, flags)
    _walk(list(tree), bool(flags & re.IGNORECASE), shielded=False)


# ------------------------------------------------------------------ character sets


def _category(cat: object) -> Pred:
    name = str(cat)
    base: Pred
    if "DIGIT" in name:
        base = str.isdecimal
    elif "SPACE" in name:
        base = str.isspace
    elif "WORD" in name:
        base = lambda ch: ch.isalnum() or ch == "_"  # noqa: E731
    elif "LINEBREAK" in name:
        base = lambda ch: ch == "\n"  # noqa: E731
    else:
        base = lambda ch: True  # noqa: E731
    if "NOT" in name:
        return lambda ch: not base(ch)
    return base


def _char_pred(op: object, av: object, icase: bool) -> Pred:
    """The characters one single-character node matches."""
    if op is C.LITERAL:
        c = chr(av)  # type: ignore[arg-type]
        return (lambda ch: ch.casefold() == c.casefold()) if icase else (lambda ch: ch == c)
    if op is C.NOT_LITERAL:
        c = chr(av)  # type: ignore[arg-type]
        return (lambda ch: ch.casefold() != c.casefold()) if icase else (lambda ch: ch != c)
    if op is C.ANY:
        return lambda ch: True
    if op is C.CATEGORY:
        return _category(av)
    if op is C.IN:
        items = list(av)  # type: ignore[call-overload]
        negate = bool(items) and items[0][0] is C.NEGATE
        preds: list[Pred] = []
        for iop, iav in items[1:] if negate else items:
            if iop is C.RANGE:
                lo, hi = iav
                preds.append(
                    (lambda ch, lo=lo, hi=hi: any(lo <= ord(x) <= hi for x in {ch, ch.lower(), ch.upper()}))
                    if icase
                    else (lambda ch, lo=lo, hi=hi: lo <= ord(ch) <= hi)
                )
            else:
                preds.append(_char_pred(iop, iav, icase))
        if negate:
            return lambda ch: not any(p(ch) for p in preds)
        return lambda ch: any(p(ch) for p in preds)
    return lambda ch: True  # anything else: assume it may match any character


def _overlap(a: list[Pred], b: list[Pred]) -> bool:
    if not a or not b:
        return False
    return any(any(p(ch) for p in a) and any(q(ch) for q in b) for ch in _SAMPLE)


# ------------------------------------------------------------------ first and last characters


def _nullable(seq: Iterable[tuple[object, object]]) -> bool:
    return all(_node_nullable(op, av) for op, av in seq)


def _node_nullable(op: object, av: object) -> bool:
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, body = av  # type: ignore[misc]
        return lo == 0 or _nullable(body)
    if op is C.SUBPATTERN:
        return _nullable(av[-1])  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return _nullable(av)  # type: ignore[arg-type]
    if op is C.BRANCH:
        return any(_nullable(alt) for alt in av[1])  # type: ignore[index]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return True
    if op is C.GROUPREF_EXISTS:
        return True
    if op is C.GROUPREF:
        return True
    return False


def _edge(seq: list[tuple[object, object]], icase: bool, last: bool) -> list[Pred]:
    """The characters the sequence can begin (or, with `last`, end) with."""
    out: list[Pred] = []
    for op, av in reversed(seq) if last else seq:
        out += _node_edge(op, av, icase, last)
        if not _node_nullable(op, av):
            break
    return out


def _node_edge(op: object, av: object, icase: bool, last: bool) -> list[Pred]:
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _edge(list(av[2]), icase, last)  # type: ignore[index]
    if op is C.SUBPATTERN:
        return _edge(list(av[-1]), icase, last)  # type: ignore[index]
    if op is C.ATOMIC_GROUP:
        return _edge(list(av), icase, last)  # type: ignore[arg-type]
    if op is C.BRANCH:
        return [p for alt in av[1] for p in _edge(list(alt), icase, last)]  # type: ignore[index]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return []
    if op in (C.GROUPREF, C.GROUPREF_EXISTS):
        return [lambda ch: True]
    return [_char_pred(op, av, icase)]


def _edge_repeats(seq: list[tuple[object, object]], last: bool) -> list[tuple[object, object]]:
    """Variable repeats that can take the sequence's first (or last) characters, through groups."""
    found: list[tuple[object, object]] = []
    for op, av in reversed(seq) if last else seq:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, body = av  # type: ignore[misc]
            if hi != lo and hi > 1:
                found.append((op, av))
            found += _edge_repeats(list(body), last)
        elif op is C.SUBPATTERN:
            found += _edge_repeats(list(av[-1]), last)  # type: ignore[index]
        elif op is C.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                found += _edge_repeats(list(alt), last)
        # possessive repeats and atomic groups give nothing back: no trade across them
        if not _node_nullable(op, av):
            break
    return found


# ------------------------------------------------------------------ the walk


def _walk(seq: list[tuple[object, object]], icase: bool, shielded: bool) -> None:
    for op, av in seq:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, body = av  # type: ignore[misc]
            body = list(body)
            if not shielded and (hi > _MANY or hi == C.MAXREPEAT):
                _check_repeat(body, icase)
            _walk(body, icase, shielded)
        elif op is C.POSSESSIVE_REPEAT:
            _walk(list(av[2]), icase, True)  # type: ignore[index]
        elif op is C.ATOMIC_GROUP:
            _walk(list(av), icase, True)  # type: ignore[arg-type]
        elif op is C.SUBPATTERN:
            _walk(list(av[-1]), icase, shielded)  # type: ignore[index]
        elif op is C.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                _walk(list(alt), icase, shielded)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _walk(list(av[1]), icase, shielded)  # type: ignore[index]
        elif op is C.GROUPREF_EXISTS:
            _cond, yes, no = av  # type: ignore[misc]
            _walk(list(yes), icase, shielded)
            if no is not None:
                _walk(list(no), icase, shielded)


def _check_repeat(body: list[tuple[object, object]], icase: bool) -> None:
    """A repeat that may run many times: refuse it when one text splits between iterations in
    more than one way."""
    if _nullable(body):
        raise UnsafePattern("a repeated group that can match nothing")
    first, last = _edge(body, icase, False), _edge(body, icase, True)
    # A variable repeat at the end of one iteration that can also take the next one's first
    # character, or one at the start that can take the previous one's last: (a+)+, (\w+\s?)*.
    for _op, av in _edge_repeats(body, last=True):
        if _overlap(_edge(list(av[2]), icase, False), first):  # type: ignore[index]
            raise UnsafePattern("a repeat inside a repeat whose iterations can trade characters (nested quantifiers such as (a+)+)")
    for _op, av in _edge_repeats(body, last=False):
        if _overlap(_edge(list(av[2]), icase, True), last):  # type: ignore[index]
            raise UnsafePattern("a repeat inside a repeat whose iterations can trade characters (nested quantifiers such as (a+)+)")
    # Branches of a repeated choice that can begin alike, or both match nothing: (a|a)*, (a|aa)*.
    _check_branches(body, first, icase)


def _check_branches(seq: list[tuple[object, object]], follow: list[Pred], icase: bool) -> None:
    """Refuse a choice in `seq` whose branches can start the same way; `follow` is what may come
    after `seq` (inside a repeat: the next iteration's first characters)."""
    for i, (op, av) in enumerate(seq):
        rest = seq[i + 1 :]
        after = _edge(rest, icase, False) + (follow if _nullable(rest) else [])
        if op is C.BRANCH:
            alts = [list(alt) for alt in av[1]]  # type: ignore[index]
            starts = [_edge(alt, icase, False) + (after if _nullable(alt) else []) for alt in alts]
            empty = [_nullable(alt) for alt in alts]
            for a in range(len(alts)):
                for b in range(a + 1, len(alts)):
                    if (empty[a] and empty[b]) or _overlap(starts[a], starts[b]):
                        raise UnsafePattern("a repeated choice whose branches can match the same text (overlapping alternatives such as (a|a)*)")
            for alt in alts:
                _check_branches(alt, after, icase)
        elif op is C.SUBPATTERN:
            _check_branches(list(av[-1]), after, icase)  # type: ignore[index]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            body = list(av[2])  # type: ignore[index]
            _check_branches(body, _edge(body, icase, False) + after, icase)
