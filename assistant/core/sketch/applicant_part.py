"""Who applies, read from the part that presents the applicant: a heading or a label alone on its
line («## Søker», «## 1. Om søkeren», «Hvem er vi:», «**About us**») over a paragraph whose
first sentence starts with a body's name («Stiftelsen Fjellro Behandlingssenter (org.nr. …),
ideell aktør med driftsavtale med Helse Vest RHF …», «Senja Bygdeforum er en frivillig forening
…»). The name that opens that part is the applicant, as surely as a «Søker:» field says it; a
public body the sentence names after it (the one a foundation has an agreement with, the place
it works in) is not."""

from __future__ import annotations

import re

from .model import OrgKind
from .registry import Body, classify, described_private, find_organisations

# The part's title: the applicant, or «us» in a part about who writes.
_PART_TITLE = re.compile(
    r"^[ \t]*+(?:#{1,6}[ \t]*+)?(?:\*\*|__)?[ \t]*+(?:\d{1,2}[.)]?[ \t]+)?"
    r"(?:(?:kort\s+)?(?:om\s+)?(?:søker|søkeren|søkerne|søkar|søkaren|søkjar|søkjaren|søkjarane|hovedsøker|hovudsøkar)|"
    r"hvem\s+er\s+vi|kven\s+er\s+vi|hvem\s+søker|kven\s+søkjer|om\s+oss|"
    r"(?:about\s+)?(?:the\s+)?(?:lead\s+)?applicant|about\s+us|who\s+we\s+are)"
    # «## Om søkeren / About us»: the title said twice.
    # Blanks are taken whole (possessive): a key and a run of blanks with no end («Søker      x»)
    # is given up at once, not tried at every split.
    r"(?:[ \t]*+/[ \t]*+[\w ]{1,30}+)?[ \t]*+(?:\*\*|__)?[ \t]*+:?[ \t]*+(?:\*\*|__)?[ \t]*+$",
    re.IGNORECASE,
)
# Where the name that opens the sentence ends: a bracket, a comma, a dash, or the verb that says
# what it is or does («er», «vart», «was», «driv», «søker»).
_NAME_END = re.compile(
    r"\s*[(,;:]|\s+[–—-]\s+|\s+(?:er|var|ble|blei|vart|har|hev|driv|driver|søker|søkjer|is|was|has|runs|applies)\b",
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ«\"(]|\s*$)")
_NOT_PROSE = re.compile(r"^\s*(?:#|[-*+•|>]|\d{1,2}[.)]\s)")
_PART_REACH = 60  # lines from the top searched for the part
_SENTENCE_CHARS = 400  # the start of the part's first line, where the name stands


def applicant_in_part(lines: list[str], start: int) -> Body | None:
    """The body the first sentence of the applicant's part opens with, or None when no such part
    opens with a body's name (a person's, «Vi», a name that tells nothing of what it is)."""
    top = lines[start : start + _PART_REACH]
    for n, line in enumerate(top):
        if not _PART_TITLE.match(line):
            continue
        first = next((ln for ln in top[n + 1 : n + 4] if ln.strip()), "")
        if _NOT_PROSE.match(first):
            return None
        plain = re.sub(r"[*_`]", "", first[:_SENTENCE_CHARS]).strip()
        end = _SENTENCE_END.search(plain)
        sentence = plain[: end.end()] if end else plain
        cut = _NAME_END.search(sentence)
        name = sentence[: cut.start()].strip() if cut else ""
        if not name or len(name) > 100 or len(name.split()) > 10:
            return None
        return _body_named(name, sentence)
    return None


def _body_named(name: str, sentence: str) -> Body | None:
    found = find_organisations(name)
    body = found[0].body if found and found[0].start == 0 else classify(name)
    body = described_private(body, sentence)
    if body.why in ("unknown", "person") or body.kind in (OrgKind.UKJENT, OrgKind.PRIVATPERSON):
        return None
    return body
