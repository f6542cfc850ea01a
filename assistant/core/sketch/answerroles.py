"""The role an answer gives a partner it names: «Lier kommune (testarena)», «Asker kommune –
brukerinnsikt», «Drammen kommune skal være testarena», «Bergen bidrar med fagfolk», «Vik
municipality will act as the test site». Read from what stands after the name, up to the end of
its clause or the next name; nothing when the answer only names it («… deltar»)."""

from __future__ import annotations

import re

# After the name: a bracket that holds words (not an org number, not an abbreviation).
_BRACKET = re.compile(r"\s*\(([^()\n]{3,80})\)")
# After the name: a dash or a colon, then the role.
_MARKED = re.compile(r"\s*(?::|\s[–—-])\s*(.+)", re.DOTALL)
# After the name: a verb that gives a role («skal være testarena», «har rollen som …», «bidrar med …»).
_VERBED = re.compile(
    r"\s+(?:(?:skal|vil|kan|will|shall|is\s+to|are\s+to)\s+)?(?:også\s+|òg\s+|also\s+)?"
    r"(?:(?:være|vere|bli|verte|be|act|serve|deltar|deltek|delta|participates?|participate|takes?\s+part|er|is)\s+(?:med\s+)?(?:som|as)\s+(?P<as>.+)"
    r"|(?<=\s)(?:skal|vil|will|shall)\s+(?:også\s+|òg\s+|also\s+)?(?:være|vere|bli|verte|be)\s+(?!(?:med|with|part|interessert|positiv\w*|interested)\b)(?P<be>[a-zæøå].+)"
    r"|(?:har|have|has|får|gets?|tar|tek|takes?)\s+(?:en\s+|ei\s+|ein\s+|a\s+)?(?:rollen|rolla|rolle|the\s+role|a\s+role|role)\s+(?:som|as|of)\s+(?P<role>.+)"
    r"|(?P<does>(?:bidrar|bidreg|bidra|contributes?|contribute|leder|leier|leiar|leie|lede|leads?|lead|tester|testar|teste|tests?|test|stiller|stille|provides?|provide|coordinates?|coordinate|koordinerer|koordinere|eier|eig|owns?)\b.+))",
    re.IGNORECASE | re.DOTALL,
)
_CLAUSE_END = re.compile(r"[.;!?\n]|,\s+(?:og|and|mens|while|men|but)\s|\s+(?:og|and)\s+(?=[A-ZÆØÅ])")
_TRAIL = re.compile(r"[\s,:–—-]+$|\s+(?:og|and)$", re.IGNORECASE)


def role_after(text: str, end: int, stop: int | None = None) -> str | None:
    """The role given to the body whose name ends at `end` in `text`, read no further than
    `stop` (where the next name starts); None when its clause gives none."""
    rest = text[end : len(text) if stop is None else stop]
    m = _BRACKET.match(rest)
    if m:
        inside = m.group(1).strip()
        if re.search(r"\d{3}", inside) or not re.search(r"[a-zæøå]{4}", inside):
            return None  # an org number, an abbreviation: no role
        return _tidy(inside)
    m = _MARKED.match(rest) or _VERBED.match(rest)
    if m is None:
        return None
    said = next(g for g in m.groups() if g)
    return _tidy(_CLAUSE_END.split(said, maxsplit=1)[0])


def _tidy(role: str) -> str | None:
    role = _TRAIL.sub("", " ".join(role.split())).strip()
    return role if len(role) >= 3 and len(role.split()) <= 12 else None
