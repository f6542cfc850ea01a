"""Word's list numbering, counted the way Word counts it.

A paragraph names a numbering instance (`w:num`, by numId) and a level; each instance points at
an abstract definition (`w:abstractNum`) that holds the levels' formats and start values. Word
keeps one counter per abstract definition and level, so:

* paragraphs of one instance continue one another, whatever stands between them (python-docx's
  «List Number» paragraphs, all on the style's instance, number 1, 2, … 3, 4 in Word too);
* a second instance of the same definition continues the count, unless it carries a
  `w:lvlOverride/w:startOverride`: Word's «Restart at 1» (or «Set numbering value»), which
  restarts that level the first time the instance is used;
* an instance of another definition (what LibreOffice writes for each list) counts on its own;
* numbering a level restarts the levels below it (as a deeper level's `w:lvlRestart` allows).

An abstract definition that only links to a numbering style (`w:numStyleLink`) takes its levels
from the definition that style's instance uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .docx_styles import W

_W = "{%s}" % W


@dataclass
class _Level:
    fmt: str = "decimal"
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restarted by a use of a level above this (1-based); 0 never


@dataclass
class _Instance:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)  # ilvl → startOverride
    levels: dict[int, _Level] = field(default_factory=dict)  # ilvl → a level redefined in the override


def _int(node, default: int) -> int:
    value = node.get(_W + "val") if node is not None else None
    return int(value) if value is not None and value.lstrip("-").isdigit() else default


def _level(lvl) -> _Level:
    fmt = lvl.find(_W + "numFmt")
    restart = lvl.find(_W + "lvlRestart")
    return _Level(
        fmt.get(_W + "val") if fmt is not None else "decimal",
        _int(lvl.find(_W + "start"), 1),
        _int(restart, 0) if restart is not None else None,
    )


class Numbering:
    """The numbering part of one document, and the counters as its paragraphs are read in order."""

    def __init__(self, root=None, styles=None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._links: dict[str, str] = {}  # abstractNumId → the numbering style it links to
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[tuple[str, int], int] = {}
        self._used: set[tuple[str, int]] = set()  # (numId, ilvl) whose override has been applied
        if root is None:
            return
        for node in root.findall(_W + "abstractNum"):
            aid = node.get(_W + "abstractNumId") or ""
            self._abstract[aid] = {_int_attr(lvl): _level(lvl) for lvl in node.findall(_W + "lvl")}
            link = node.find(_W + "numStyleLink")
            if link is not None and link.get(_W + "val"):
                self._links[aid] = link.get(_W + "val")
        for num in root.findall(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            instance = _Instance(ref.get(_W + "val") if ref is not None else "")
            for override in num.findall(_W + "lvlOverride"):
                ilvl = _int_attr(override)
                start = override.find(_W + "startOverride")
                if start is not None:
                    instance.overrides[ilvl] = _int(start, 1)
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    instance.levels[ilvl] = _level(lvl)
            self._instances[num.get(_W + "numId") or ""] = instance
        self._styles = styles
        for aid, style_id in self._links.items():  # a definition linked to a numbering style
            target = self._style_abstract(style_id)
            if target and target != aid and target in self._abstract:
                self._abstract[aid] = self._abstract[target]

    def _style_abstract(self, style_id: str) -> str | None:
        if self._styles is None:
            return None
        num_id = self._styles.find(style_id, f"{_W}pPr/{_W}numPr/{_W}numId")
        instance = self._instances.get(num_id.get(_W + "val") if num_id is not None else "")
        return instance.abstract if instance else None

    def known(self, num_id: str) -> bool:
        instance = self._instances.get(num_id)
        return instance is not None and bool(self._abstract.get(instance.abstract))

    def level(self, num_id: str, ilvl: int) -> _Level | None:
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        return instance.levels.get(ilvl) or self._abstract.get(instance.abstract, {}).get(ilvl)

    def next_number(self, num_id: str, ilvl: int, *, fallback_start: int = 1) -> int:
        """The number Word shows on the next paragraph of this instance at this level."""
        instance = self._instances.get(num_id)
        key = (instance.abstract if instance else "style:" + num_id, ilvl)
        level = self.level(num_id, ilvl)
        start = level.start if level else fallback_start
        if instance is not None and ilvl in instance.overrides and (num_id, ilvl) not in self._used:
            self._used.add((num_id, ilvl))
            self._counters[key] = instance.overrides[ilvl] - 1  # «Restart at N»
        for other in [k for k in self._counters if k[0] == key[0] and k[1] > ilvl]:
            below = self.level(num_id, other[1])
            if below is None or below.restart is None or ilvl < below.restart:
                del self._counters[other]  # a deeper level starts again under this item
        self._counters[key] = self._counters.get(key, start - 1) + 1
        return self._counters[key]


def _int_attr(node) -> int:
    value = node.get(_W + "ilvl") or "0"
    return int(value) if value.isdigit() else 0
