"""The need told as already solved: a need part that names its answer («We believe the solution
is autonomous drones») or says the answer exists and is in use elsewhere («Several foreign police
forces use such systems already, and the technology is mature») tells no unsolved problem, which
is what the call asks for. Split from `checks_section` (the section check reads it)."""

from __future__ import annotations

import re

from ..sketch import rubric as r
from .analysis import Analysis, Hit
from .checks_base import _union

# A sentence that sets the answer against something («… finnes i andre land, men passer ikke
# norske forhold», «The technology is mature, but no one has made it work offline») tells why the
# problem is still unsolved; so does one that denies the answer where it is named («Løsningen er
# ikke å bygge mer vei», «The technology is not yet mature»), or that names no answer but a mix
# still to be found («Vi tror løsningen vil være en kombinasjon av nye arbeidsformer …»): no such reading.
_CONTRAST = re.compile(r"\b(?:men|but|however|likevel|derimot|though|although|selv om|sjølv om|yet)\b", re.IGNORECASE)
_DENIAL = re.compile(r"\b(?:ikke|ikkje|not|no|never|aldri|ingen|inga|none|neither|uklar|unclear|ukjent|unknown|kombinasjon\w*|combination\w*|blanding\w*|mix\w*)\b", re.IGNORECASE)
DENIAL_WORDS_AFTER = 3
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def solved_in_part(a: Analysis, check: r.SectionCheck) -> Hit | None:
    """The first place in the parts headed as `check.section` where a sentence says the answer is
    known or exists already (`check.solved_words`) with no contrast or denial in it, else None."""
    rx = _union(tuple(check.solved_words))
    if rx is None:
        return None
    for start, end, key in a.spans_for([check.section]):
        sentences = list(_SENTENCE.finditer(a.source, start, end))
        for n, sentence in enumerate(sentences):
            m = rx.search(sentence.group(0))
            # The contrast may open the next sentence: «… bruker slike verktøy i dag. Men de er laget for …»
            following = sentences[n + 1].group(0).lstrip() if n + 1 < len(sentences) else ""
            if m is None or _CONTRAST.search(sentence.group(0)) or _CONTRAST.match(following):
                continue
            after = " ".join(sentence.group(0)[m.end() :].split()[:DENIAL_WORDS_AFTER])
            if _DENIAL.search(m.group(0)) or _DENIAL.search(after):
                continue
            at = sentence.start() + m.start()
            return Hit(at, sentence.start() + m.end(), m.group(0), a.line_of(at), key)
    return None
