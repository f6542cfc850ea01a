"""Who writes the sketch, read from its sentences where no field says so: a sentence as the
applicant's reading takes it (a stop inside «org.nr.» ends none), and a first-person sentence
that names a private kind of body («Vi er en frivillig forening, …», «We are a small consultancy»)."""

from __future__ import annotations

import re

from .model import OrgKind
from .registry import Body

# A sentence as `parties._SENTENCE` reads it, except that a stop inside a word is no sentence end: «Skisse
# fra Foreningen X (org.nr. 999 …)», «f.eks.» (the alternatives share no character, so a long
# line is read once).
APPLICANT_SENTENCE = re.compile(
    r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+(?:\n(?![ \t]*(?:$|[-*+#|>•_]|\d{1,2}[.)]\s|[\w /-]{1,40}:))(?:[^.!?\n]|[.!?](?=[^\s.!?]))+)*(?:[.!?](?=\s|$)|$)",
    re.MULTILINE,
)


# A first-person sentence saying what private kind of body writes («Vi er en frivillig forening»,
# «Me er ei lita stifting», «We are a small consultancy»), with its name after a comma or after
# «Vi i …». «Vi er en stor organisasjon» (a municipality about itself) says no kind.
_WE_ARE_PRIVATE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Vi|Me|We)\s+(?:i\s+(?P<in>[A-ZÆØÅ][^.!?\n,]{1,60}?)\s+)?(?:er|are)\s+(?:en|ei|et|ein|eit|a|an)\s+"
    r"(?:(?:liten|lita|lite|small|stor|stort|large|lokal|lokalt|local|frivillig|frivilleg|ideell|ideelt|privat|privately|owned|uavhengig|voluntary|non-profit|private|independent|charitable)\s+){0,3}"
    r"(?P<what>forening|foreining|stiftelse|stifting|interesseorganisasjon|brukerorganisasjon|brukarorganisasjon|pasientorganisasjon|"
    r"(?<=frivillig )organisasjon|(?<=frivilleg )organisasjon|(?<=ideell )organisasjon|(?<=frivillig )lag|(?<=frivilleg )lag|"
    r"aksjeselskap|konsulentselskap|rådgivningsselskap|rådgivingsselskap|rådgjevingsselskap|konsulentfirma|rådgivningsfirma|"
    r"association|foundation|consultancy|consulting firm|advisory firm|charity|(?<=voluntary )organi[sz]ation|(?<=non-profit )organi[sz]ation|"
    r"(?<=private )company|limited company)\b(?P<rest>[^.!?\n]{0,120})"
)
_COMPANY_WORDS = re.compile(r"selskap|firma|firm|consultancy|company", re.IGNORECASE)
_NAME_AFTER_COMMA = re.compile(r"^\s*,\s*(?P<name>[A-ZÆØÅ][^,.!?\n]{1,60}?)\s*(?:,|\s+og\b|\s+and\b|$)")


def we_are_private(text: str) -> Body | None:
    """The private body a first-person sentence near the top says is writing, or None."""
    m = _WE_ARE_PRIVATE.search(text)
    if m is None:
        return None
    after = _NAME_AFTER_COMMA.match(m.group("rest"))
    name = (m.group("in") or (after.group("name") if after else "") or m.group("what")).strip()
    kind = OrgKind.SELSKAP if _COMPANY_WORDS.search(m.group("what")) else OrgKind.BRUKERORGANISASJON
    return Body(name, kind, "name-word", "described")
