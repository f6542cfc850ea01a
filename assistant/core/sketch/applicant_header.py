"""Who writes the sketch, read from what frames its text rather than from a sentence: a letterhead
above the title («Stiftelsen Solgløtt Omsorg / Org.nr. 971 523 557 · Postboks 41, 1301 Sandvika»,
«Trondheim kommune – Helse og velferd | Postboks 2300 | Org.nr. …», a body's name alone on the
first line) and the domain of the contact's e-mail address («…@lillestrom.kommune.no»).

A letterhead names the writer as surely as a signature does. An e-mail domain names only a
public body the registry knows (a municipality's «<place>.kommune.no», a registered body's own
domain or short name): a company's or a foundation's domain tells the checker nothing."""

from __future__ import annotations

import re

from .model import OrgKind
from .registry import Body, Found, find_organisations
from .registry_domains import public_domain_body

# What a letterhead holds beside the name: an organisation number, a postal address (a post box,
# a four-digit postcode before a place), a phone, a web or e-mail address.
_ADDRESS = re.compile(
    r"\borg\.?\s*(?:nr|no)\b|\borganisasjonsnummer\b|\borganisation number\b|\bpostboks\b|\bpb\.\s*\d|\bp\.?\s?o\.?\s+box\b|"
    r"\b(?:post|besøks|besøk|besøks-|visiting\s|postal\s)adress[ea]\b|(?<!\d)\d{4}[ \u00a0]+[A-ZÆØÅ][a-zæøå]|\btlf\b|\btelefon\b|\bphone\b|"
    r"\bwww\.|@[\w-]+\.",
    re.IGNORECASE,
)
# The parts of a letterhead line: «Trondheim kommune – Helse og velferd | Postboks … | Org.nr. …».
_SEGMENTS = re.compile(r"\s*(?:\||·|•|\t|\s[–—-]\s|,)\s*")
_HEADING = re.compile(r"^\s{0,3}#")
# A line that is a field («**Søker:** …», «Til: Innovasjon Norge»): the fields' own readings take it.
_FIELD_LIKE = re.compile(r"^[\s*_]*[\w /-]{1,40}[*_]*\s*:")
# Whom the sketch is sent to, never its writer.
_RECIPIENT = re.compile(r"\b(?:Innovasjon Norge|Innovation Norway|Leverandørutviklingsprogrammet|LUP|DFØ|Difi)\b", re.IGNORECASE)
HEADER_LINES = 6  # non-blank lines read at the top
_LONG_LINE = 200  # a line this long is prose, not a letterhead


def letterhead(text: str) -> Body | None:
    """The body a letterhead at the top of the text names, or None."""
    lines = [ln for ln in text.split("\n", 40)[:40] if ln.strip()][:HEADER_LINES]
    for n, raw in enumerate(lines):
        if len(raw) > _LONG_LINE:
            return None
        if _HEADING.match(raw) or _FIELD_LIKE.match(raw):
            continue
        line = re.sub(r"[*_`>]", " ", raw).strip()
        segments = [s for s in _SEGMENTS.split(line) if s]
        if not segments or _ADDRESS.search(segments[0]):
            continue
        beside = any(_ADDRESS.search(s) for s in segments[1:])
        below = n + 1 < len(lines) and bool(_ADDRESS.match(re.sub(r"^[\s*_>]+", "", lines[n + 1])))
        alone = n == 0 and len(segments) == 1
        if not (beside or below or alone):
            continue
        body = _name_only(segments[0]) if alone and not (beside or below) else _named(segments[0])
        if body is not None and _known(body) and not _RECIPIENT.search(body.name):
            return Body(body.name, body.kind, body.why, "letterhead", body.orgnr, body.ref)
    return None


def _named(segment: str) -> Body | None:
    from .applicant_text import first_name

    return first_name(segment)


_JOINERS = frozenset({"og", "and", "&", "samt", "+"})


def _name_only(line: str) -> Body | None:
    """The body a line names when the line is nothing but names («Stiftinga Kystsamfunn
    Nord-Vest», «TROMS COUNTY AUTHORITY (Troms fylkeskommune)», «Helse Bergen HF og Bergen
    kommune»): the first one. A title that names a body («Ny skole for Bodø kommune») is none."""
    body = _named(line)
    if body is None:
        return None
    rest = re.sub(r"\([^)]*\)", " ", line)
    spans = sorted((f.start, f.end) for f in find_organisations(rest))
    kept, at = [], 0
    for a, b in spans:
        kept.append(rest[at:a])
        at = max(at, b)
    kept.append(rest[at:])
    left = " ".join(kept).replace(body.name, " ")
    words = re.findall(r"[\w&+]+", left)
    return body if all(w.casefold() in _JOINERS for w in words) else None


def _known(body: Body) -> bool:
    return body.why in ("registry", "legal-form", "name-word") and body.kind not in (OrgKind.UKJENT, OrgKind.PRIVATPERSON)


_MAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")


def mail_domain(text: str, named: list[Found]) -> Body | None:
    """The public body the first e-mail address in the text belongs to, by its domain, or None
    (no address, or the first address's domain is no public body's). Where the text names that
    body (`named`: the organisations found in it), it keeps the text's name for it («Voss herad»,
    «Statsforvalteren i Trøndelag»)."""
    m = _MAIL.search(text)
    if m is None:
        return None
    body = public_domain_body(m.group("domain").rstrip("."))
    if body is None:
        return None
    body = next((f.body for f in named if body.ref and f.body.ref == body.ref), body)
    return Body(body.name, body.kind, body.why, "e-mail", body.orgnr, body.ref)
