"""The fields and the first line that say who applies and who takes part, before any prose:
«**Søker:** Bergen kommune», «Medsøkere: …», a table row «| Partnere | … |», «Partnere:» over a
list, or a first line that lists the bodies behind the sketch («Gjøvik kommune · Østre Toten
kommune · Sykehuset Innlandet HF»). The reader of parties (`parties`) uses them."""

from __future__ import annotations

import re

from .model import OrgKind
from .registry import classify, find_organisations

_FIELD_KEYS_APPLICANT = (
    r"søker|søkar|søkjar|hovedsøker|hovudsøkar|applicant|lead applicant|innsender|innsendar|prosjekteier|prosjekteigar|"
    r"project owner|søker\s*/\s*applicant|applicant\s*/\s*søker|fra|frå|from|avsender|avsendar|sendt av|submitted by|"
    r"innsendt av|innsendt fra|innsendt frå|innsend av|levert av"
)
_FIELD_KEYS_PARTNERS = (
    r"partnere|partnarar|partner|partnar|samarbeidspartnere|samarbeidspartnarar|samarbeidspartner|samarbeidsparter|samarbeidspartar|"
    r"samarbeid|partnerskap|partnarskap|medsøkere|medsøkarar|medsøkjarar|medsøker|medsøkar|medsøkjar|partners|co-applicants|co-applicant|joint applicants?|partnerskapet|partnarskapet|deltakere|deltakarar|"
    r"participants|faglig partner|fagleg partnar|partnere\s*/\s*partners|partners\s*/\s*partnere|"
    r"(?:deltakende|deltakande|deltagende|participating|samarbeidende|samarbeidande|collaborating|cooperating|co-operating)(?:\s+\w+){1,3}|"
    r"parter|partar|medaktører|medaktørar|"
    # «**Eigarkommunar og deltakarar:** Giske kommune, Sula kommune»: the owners of an IKS that take part.
    # «**Eierkommuner som deltar:** Stavanger, Sandnes, Sola», «Participating owner municipalities:».
    r"(?:eierkommuner|eierkommunene|eigarkommunar|eigarkommunane|owner municipalities|deltakerkommuner|deltakarkommunar)(?:\s+(?:og|and|&)\s+(?:deltakere|deltakarar|partnere|partnarar|participants|partners)|\s+som\s+(?:deltar|deltek|er\s+med)|\s+(?:taking\s+part|participating|that\s+take\s+part))?|"
    r"(?:participating|deltakende|deltakande)\s+owner\s+municipalities|"
    r"pilotkommuner|pilotkommunar|pilotkommune|testkommuner|testkommunar|pilot municipalities|utprøvingskommuner|utprøvingskommunar|utprøvingskommune|test municipalities|"
    r"med oss|med på laget|sammen med oss|saman med oss|with us|joined by|"
    # «**Med i prosjektet:** Trøndelag fylkeskommune, …», «Deltakarar i partnarskapet:», «Partnerskapet består av:».
    r"(?:med|deltar|deltek|deltakere|deltakarar|involved|taking\s+part|participating)\s+(?:i|in)\s+(?:the\s+)?(?:prosjektet|partnerskapet|partnarskapet|project|partnership)|"
    r"(?:partnerskapet|partnarskapet|the\s+partnership|prosjektet|the\s+project)\s+(?:består\s+av|beståande\s+av|består\s+av\s+desse|consists\s+of|is\s+made\s+up\s+of)|"
    # «**Med:** Oslo kommune, Lillestrøm kommune og FHI» under «**Søker:** …»
    r"med|sammen med|saman med|i samarbeid med|i samarbeid med|with|together with|in collaboration with|in partnership with"
)
# Runs of blanks before the colon are taken whole (possessive) and the value greedily (the reader
# strips it): with two `\s*` side by side, or a lazy value before `\s*$`, a line of blanks was
# tried at every split (8 000 blanks: 9.9 s; a megabyte: hours). After the colon the match always
# succeeds at once, so what is there may be given back as before.
FIELD = re.compile(
    r"^\s*+(?:[-*+]\s++)?\**+_?\s*+(?P<key>" + _FIELD_KEYS_APPLICANT + "|" + _FIELD_KEYS_PARTNERS + r")\s*+\**+_?\s*+:\s*\**_?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# «Partnere:» or «Partnarar / Partners:» (the key in two languages) alone on its line.
PARTNERS_KEY_ALONE = re.compile(
    r"^\s*(?:\*\*|__)?(?:" + _FIELD_KEYS_PARTNERS + r")(?:\s?/\s?(?:" + _FIELD_KEYS_PARTNERS + r"))?\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*$|"
    # «**Partners**» in bold on its own line, with no colon, over the list.
    r"^\s*(?:\*\*|__)(?:" + _FIELD_KEYS_PARTNERS + r")(?:\s?/\s?(?:" + _FIELD_KEYS_PARTNERS + r"))?(?:\*\*|__)\s*$",
    re.IGNORECASE,
)
ROW = re.compile(r"^\s*\|\s*\**(?P<key>" + _FIELD_KEYS_APPLICANT + "|" + _FIELD_KEYS_PARTNERS + r")\**\s*\|\s*(?P<value>[^|]+)\|", re.IGNORECASE)
APPLICANT_KEY = re.compile(r"^(?:" + _FIELD_KEYS_APPLICANT + r")$", re.IGNORECASE)
# Keys that name the sender, not always the applicant («Fra: januar 2026»): their value counts
# only when it names an organisation or a person.
SENDER_KEY = re.compile(r"^(?:fra|frå|from|avsender|avsendar|sendt av|submitted by|innsendt av|innsendt fra|innsendt frå|innsend av|levert av)$", re.IGNORECASE)

# A field value that opens with a person's title names a person in a role, not a body.
ROLE_FIRST = re.compile(
    r"^[\s*_]*(?:(?:assisterende|ass\.|deputy|acting|konstituert)\s+)?(?:director|direktør|kommunedirektør|fylkesdirektør|rådmann|rådmannen|head\s+of|chief|CEO|managing\s+director|manager|"
    r"leder|leiar|prosjektleder|prosjektleiar|project\s+(?:lead|leader|manager)|dr\.|professor|adm\.\s*dir\.?|administrerende\s+direktør|avdelingsleder|avdelingsleiar|enhetsleder|einingsleiar|"
    r"seksjonsleder|seksjonsleiar|kommunalsjef|kommunalsjefen|etatsdirektør|fagsjef|virksomhetsleder|verksemdsleiar)\b",
    re.IGNORECASE,
)


_HEADER_SEPARATORS = re.compile(r"[\s,;·|/–—&+-]+|\b(?:og|and|samt)\b")


# The longest first line read as a list of bodies: some twenty names of forty characters.
_HEADER_LIST_CHARS = 800
# A line this short, ending in no stop, above the list is a title or a kicker, not prose.
_HEADER_LINE_WORDS = 14


def header_list(lines: list[str], start: int) -> list[str]:
    """The first line of the text when it is a list of several bodies and little else."""
    for raw in lines[start : start + 5]:
        line = re.sub(r"^\s*#+\s*|[*_`]", "", raw).strip()
        if not line or line == "---":
            continue
        if len(line) > _HEADER_LIST_CHARS:  # a paragraph, not a list of names
            return []
        if FIELD.match(raw) or ROW.match(raw) or PARTNERS_KEY_ALONE.match(raw):
            # «**Søkjar:** Kriminalomsorgsdirektoratet, region vest»: the fields say who takes part.
            return []
        if ":" in line and len(find_organisations(head := line.split(":", 1)[0])) >= 2:
            # «Gjøvik kommune, Østre Toten kommune og Vestre Toten kommune: Språk og tidlig
            # innsats»: the bodies, then the title.
            line = head
        found = find_organisations(line)
        if len(found) == 1 and found[0].start == 0 and found[0].body.kind is OrgKind.KOMMUNE and (joined := _with_places(line)):
            # «Rendalen kommune, med Stor-Elvdal og Engerdal»: places joined to a municipality
            # with nothing else on the line are its partner municipalities.
            return [joined]
        if len(found) < 2:
            if len(line.split()) <= _HEADER_LINE_WORDS and not line.endswith((".", "!")):
                # A title or kicker above the list («Skisse – innovasjonspartnerskap», then «Sel
                # kommune og Nord-Fron kommune», or one asking «Skisse – digital barnevernsvakt?»):
                # read on to the next short line.
                continue
            return []
        rest = line
        for f in sorted(found, key=lambda f: -f.start):
            rest = rest[: f.start] + " " + rest[f.end :]
        words = [w for w in _HEADER_SEPARATORS.split(rest) if w and w.strip()]
        return [line] if len(words) <= 5 else []
    return []




_ONLY_JOINERS = re.compile(r"(?:[\s,;&+]|\b(?:med|sammen med|saman med|i lag med|with|together with|og|and|samt)\b)*", re.IGNORECASE)


def _with_places(line: str) -> str | None:
    """The line with each place after the municipality written as its municipality, when the line
    holds nothing but the municipality, joining words and two or more such places; else None."""
    joined = municipalities_named(line)
    found = find_organisations(joined)
    if len(found) < 2 or not all(f.body.kind is OrgKind.KOMMUNE for f in found):
        return None
    rest, at = [], 0
    for f in found:
        rest.append(joined[at : f.start])
        at = f.end
    rest.append(joined[at:])
    return joined if _ONLY_JOINERS.fullmatch(" ".join(rest).strip(" .")) else None


# A field whose key says its names are municipalities («Eierkommuner som deltar:», «Pilotkommuner:»,
# «Participating municipalities:»): a bare place there («Stavanger, Sandnes, Sola (m.fl.)») is
# that place's municipality.
MUNICIPALITIES_KEY = re.compile(r"\w*kommun(?:er|ar|ene|ane)\b|\bmunicipalities\b", re.IGNORECASE)
_BARE_PLACE = re.compile(r"(?<![\w-])[A-ZÆØÅ][\wæøå]+(?:-[A-ZÆØÅ][\wæøå]+)?(?![\w-])(?!\s+(?i:kommune|herad|municipality|fylkeskommune|county)\b)")


def municipalities_named(value: str) -> str:
    """The field's value with each place it names alone written as its municipality («Sola» →
    «Sola kommune»), so that the reading of the field (brackets, hedges) stays as it is."""

    def named(m: re.Match[str]) -> str:
        body = classify(m.group(0) + " kommune")
        return body.name if body.kind is OrgKind.KOMMUNE and body.why == "registry" else m.group(0)

    return _BARE_PLACE.sub(named, value)
