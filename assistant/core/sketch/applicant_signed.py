"""Who writes the sketch when no field and no sentence says who applies: a line that says who
sent it («*Innsendt av Tverrelvdalen Idrettslag*», «Submitted by Nordlys Sports Club»), a
first-person «vi i …» («Vi i Fjellheim IL ønskjer …», «We at Nordlys Sports Club …») and the
signature under the closing («Med vennlig hilsen / Styret i Fjellheim IL / v/ leder …»).

These are what the writer says of itself; a body named elsewhere in the text (a partner, a host,
a place) is not the writer. Only a body whose kind is known counts (the registry, a legal form, the
words of its name), or, in a signature, a person's name when no body is signed."""

from __future__ import annotations

import re

from .applicant_text import first_name
from .model import OrgKind
from .registry import Body, classify

# «Innsendt av X», «Sendt inn av X», «Submitted by X» as a line of its own (a field with a colon
# is read as a field).
_SENT_BY_LINE = re.compile(
    r"^[ \t>*_#-]*+(?:innsendt|innsend|sendt|send|levert|submitted|sent)(?:[ \t]+inn)?[ \t]+(?:av|by|fra|frå|from)[ \t]+(?P<value>[^:\n]{2,160})$",
    re.IGNORECASE | re.MULTILINE,
)
# «Vi i Fjellheim IL …», «Me i Fjellheim IL …», «We at Nordlys Sports Club …»: the name after it.
_WE_IN = re.compile(r"(?:^|[.!?]\s+|\n)(?:Vi|Me|We)\s+(?:i|hos|ved|at|in|from)\s+(?P<name>[A-ZÆØÅ][^.!?\n,]{1,60})")
# The closing above a signature.
_CLOSING = re.compile(
    r"^[ \t*_]*(?:med\s+)?(?:vennlig|vennleg|venleg|beste)?\s*(?:hilsen|helsing|hilsener|helsingar)\b|^[ \t*_]*mvh\b|"
    r"^[ \t*_]*(?:kind|best|warm)?\s*regards\b|^[ \t*_]*yours\s+(?:sincerely|faithfully|truly)\b|^[ \t*_]*sincerely\b",
    re.IGNORECASE | re.MULTILINE,
)
# Words before a body's name in a signature: «Styret i Fjellheim IL», «for Bodø kommune».
_SIGNED_FOR = re.compile(r"^(?:styret|styre|leiinga|ledelsen|the board|board)\s+(?:i|for|of|at)\s+|^(?:for|på vegne av|på vegner av|on behalf of)\s+", re.IGNORECASE)
SIGNATURE_LINES = 6  # lines read under the closing
SIGNATURE_TAIL = 2000  # the closing is looked for in the text's last characters


def writer_named(text: str) -> Body | None:
    """The body (or, signed alone, the person) the text says writes it, or None."""
    for m in _SENT_BY_LINE.finditer(text[:3000]):
        if (body := _known(first_name(_clean(m.group("value"))))) is not None:
            return body
    for m in _WE_IN.finditer(text[:4000]):
        name = re.split(r"\s+(?:er|har|vil|ønsker|ønskjer|søker|søkjer|ser|meiner|mener|are|have|want|would|see|believe)\b", m.group("name"), maxsplit=1)[0]
        if (body := _known(classify(name))) is not None:
            return body
    signed = signed_by(text)
    return signed if _known(signed) is not None else None


def signed_by(text: str) -> Body | None:
    """The body signed under the closing at the end («Med vennlig hilsen / Styret i Fjellheim
    IL»), else the person who signs alone, or None."""
    tail_at = max(0, len(text) - SIGNATURE_TAIL)
    closing = None
    for closing in _CLOSING.finditer(text, tail_at):
        pass
    if closing is None:
        return None
    lines = [ln for ln in text[closing.end() :].split("\n")[1:] if ln.strip()][:SIGNATURE_LINES]
    person: Body | None = None
    for line in lines:
        value = _SIGNED_FOR.sub("", _clean(line))
        body = first_name(value) if value else None
        if body is None:
            continue
        if _known(body) is not None:
            return body
        if body.kind is OrgKind.PRIVATPERSON and person is None:
            person = body
    return person


def _clean(line: str) -> str:
    return re.sub(r"[*_`#>]", " ", line).strip(" \t-–—")


def _known(body: Body | None) -> Body | None:
    """`body` when its kind is known from more than the shape of a name."""
    if body is None or body.why in ("unknown", "person") or body.kind in (OrgKind.UKJENT, OrgKind.PRIVATPERSON):
        return None
    return body
