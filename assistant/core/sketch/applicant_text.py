"""Who applies, as the text says it: the name an applicant's field gives, and the sentence near
the top that says a body applies or sends the sketch («Bodø kommune søker …», «Skisse fra
Foreningen Unge Sinn»)."""

from __future__ import annotations

import re

from .model import OrgKind
from .registry import Body, Found, classify, find_organisations
from .sender import APPLICANT_SENTENCE

_APPLICANT_CUE = re.compile(
    r"\bsøker\b|\bsøkjer\b|\bsøkar\b|\bsøkjar\b|\bapplicant\b|\bapplies\b|\bskiss[ae]\w* fra\b|\bskiss[ae]\w* frå\b|\bsketch from\b|"
    r"\bsend(?:es|ast|t|d) (?:inn )?av\b|\bsent by\b|\bsubmitted by\b|\blevert av\b|"
    # «Denne skissen kommer fra X», «X submits this sketch», «X sender denne skissa».
    r"\bskiss[ae]\w*\s+(?:kommer|kjem|er)\s+(?:fra|frå)\b|\bsketch\s+(?:comes|is)\s+from\b|\bsubmits?\b|\bsend(?:er|ar|s)\s+(?:inn\s+|in\s+)?(?:denne|dette|this)\b",
    re.IGNORECASE,
)
# A run of capitalised words (with the small words names hold) that may name a body the registry
# does not know («Stiftelsen Trygg Oppvekst», «The Coastal Heritage Foundation»).
_CAPITALISED_RUN = re.compile(r"[A-ZÆØÅ][\w&'’-]*+(?:[ \u00a0]++(?:[A-ZÆØÅ][\w&'’-]*+|og|i|for|of|and|the|&)(?=[ \u00a0]++[A-ZÆØÅ]|[ \u00a0]*+$|(?<=[A-Za-zÆØÅæøå]))){0,8}")


def first_name(value: str) -> Body | None:
    """The organisation a field's value names: the first one the registry sees, else the value
    itself up to its first comma or bracket when it is short enough to be a name."""
    found = find_organisations(value)
    plain = re.sub(r"[*_`]", "", value)
    name = re.split(r"\s*[,(;]\s*|\s+[–—-]\s+|\s+v/\s*|\s+(?:på vegne av|på vegner av|on behalf of|i samarbeid med|in collaboration with|in cooperation with|sammen med|saman med|i lag med|together with|with|med)\s+", plain, maxsplit=1)[0].strip(" .:")
    lead = classify(name) if name and len(name) <= 80 and len(name.split()) <= 8 else None
    if found:
        # «Stiftinga Hardanger Kulturarv, i samarbeid med Ullensvang herad», «Fjordline Consulting
        # (on behalf of Bergen Municipality)»: the name first in the field applies, though the
        # registry finds only the body named after it; a person's name before the body they work
        # in («Kari Nordmann, rådgiver i Bodø kommune») gives way to it.
        first = found[0]
        if first.start > 0 and lead is not None and lead.why not in ("unknown", "person") and not lead.kind.is_public:
            return lead
        if lead is not None and lead.why == "unknown" and (host := _host_of(value)) is not None:
            # «Vest-Telemark barnevern (vertskommune Kviteseid) på vegne av …»: a joint service
            # its host municipality runs applies as that municipality.
            return host
        if first.start > 0 and lead is not None and lead.why == "unknown" and _ON_BEHALF.search(value[: first.start]):
            return lead
        return first.body
    return lead


# A joint service's host municipality named in the field («vertskommune Kviteseid», «host
# municipality: Levanger»).
_HOST = re.compile(r"\b(?:vertskommune(?:n)?|vertskommunen er|host municipality(?: is)?)\s*:?\s*([A-ZÆØÅ][\w-]+)(\s+(?:kommune|herad))?")


def _host_of(value: str) -> Body | None:
    if (m := _HOST.search(value)) is None:
        return None
    body = classify(m.group(1) + (m.group(2) or " kommune"))
    return body if body.kind is OrgKind.KOMMUNE and body.why == "registry" else None


# Words saying the body named first acts for or with the one named next.
_ON_BEHALF = re.compile(r"\b(?:på vegne av|på vegner av|on behalf of|for|i samarbeid med|in collaboration with|in cooperation with|sammen med|saman med|i lag med|together with|with)\s*$", re.IGNORECASE)


def applicant_in_text(text: str, everything: list[Found]) -> Body | None:
    """The organisation a sentence near the top says applies («Bodø kommune søker …»)."""
    for sent in APPLICANT_SENTENCE.finditer(text[:4000]):
        said = sent.group(0)
        if any(not _DENIED.search(said, 0, cue.start()) for cue in _APPLICANT_CUE.finditer(said)):
            # «Søkjar er ikkje Ruter AS, men Oslo Havn KF»: a name denied is not the one that
            # applies; «Fellesrådet søkjer saman med Kinn kommune»: the body it applies with is not.
            inside = [
                f
                for f in everything
                if sent.start() <= f.start < sent.end() and not _NOT_THIS.search(text, sent.start(), f.start) and not _WITH_WHOM.search(text, sent.start(), f.start)
            ]
            # «Stiftelsen Trygg Oppvekst søker sammen med Drammen kommune»: a private body the
            # registry does not know, named before the body it does, is the one that applies.
            before = text[sent.start() : inside[0].start if inside else sent.end()]
            # Emphasis marks read as blanks: «Skisse fra **Foreningen Unge Sinn**».
            if (private := _private_named(re.sub(r"[*_]", " ", before))) is not None:
                return private
            if inside:
                return inside[0].body
    return None


# A cue the sentence denies: «Ruter AS deltar i referansegruppen, men er ikke søker», «X er verken
# søkjar eller partnar», «Y is not an applicant», «Z does not apply»: it names who does not apply.
_DENIED = re.compile(
    r"\b(?:ikke|ikkje|not|never|aldri|verken|hverken|neither|nor|no)\s+(?:(?:en|ein|ei|et|eit|a|an|the|som|as|med|part|del|formell|formal|selv|sjølv|itself)\s+){0,2}$",
    re.IGNORECASE,
)
# What stands right before a name that says it is not the one meant.
_NOT_THIS = re.compile(r"\b(?:ikke|ikkje|not|verken|hverken|neither|nor)\s+(?:(?:en|ein|ei|a|an|the|bare|berre|only|just)\s+)?$", re.IGNORECASE)
# A cue for applying, then the bodies applied with: «søkjer saman med Kinn kommune og Statsforvaltaren».
_WITH_WHOM = re.compile(r"\b(?:søker|søkjer|applies|apply|is\s+applying|are\s+applying)\s+(?:\w+\s+)?(?:sammen\s+med|saman\s+med|i\s+lag\s+med|together\s+with|jointly\s+with|with|med)\s", re.IGNORECASE)
_ADVERBIAL = re.compile(r"(?:Gjennom|Through|Via|Med|With|I|In|For|Hos|At|Fra|Frå|From|Etter|After|Sammen|Saman|Together)\b")
_APPLIES_AFTER = re.compile(r"\s*+(?:\([^)\n]{0,120}\)\s*+)?(?:,[^,\n]{0,80},\s*+)?(?:søker|søkjer|applies|is applying|are applying|sender|sends|submits)\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\b(?:send\w*|levert|submitted|sent|written|skrive\w*|skiss[ae]\w*|sketch|søknad\w*|application|kommer|kjem|comes)\s+(?:inn\s+)?(?:av|fra|frå|by|from)\s+$", re.IGNORECASE)


def _private_named(stretch: str) -> Body | None:
    """The first run of capitalised words in `stretch` whose own words say it is a private body
    (a foundation, an association, a consultancy, a cluster, a private school)."""
    for m in _CAPITALISED_RUN.finditer(stretch):
        name = re.sub(r"(?:[ \u00a0]+(?:og|i|for|of|and|the|&))+$", "", m.group(0))
        if _ADVERBIAL.match(name):
            continue  # «Gjennom Klyngen Smart Vann søker Bergen kommune …»: not the subject
        # The subject, first in the sentence («X søker …»; after an adverbial the subject follows
        # the verb), or the sender («skissen sendes av X», «sketch from X»).
        first = not stretch[: m.start()].strip(" \t\n*_#>-")
        said_to_apply = (first and _APPLIES_AFTER.match(stretch, m.end())) or _BY_BEFORE.search(stretch, 0, m.start())
        if not said_to_apply:
            continue
        body = classify(name)
        if body.why == "name-word" and not body.kind.is_public and body.kind is not OrgKind.PRIVATPERSON:
            return body
    return None
