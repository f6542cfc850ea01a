"""Who applies and who takes part, read from a sketch however it is written: a field line
(«**Søker:** Bergen kommune», «Medsøkere: …»), a table row, a list, a bold line or prose
(«Gjøvik kommune søker sammen med …», «Partnerskapet består av …»).

Organisations are the spans the registry recognises (see `registry.find_organisations`), never
pieces of a sentence split at commas. «Ingen», «ingen foreløpig», «vi søker alene», «none» mean
no partner.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .applicant_header import letterhead, mail_domain
from .applicant_part import applicant_in_part
from .applicant_signed import signed_by, writer_named
from .applicant_text import applicant_in_text, first_name
from .mentions import ALL_PENDING, ALL_QUALIFIED, HOPED_ONLY, ONLY_QUALIFIED, ONLY_WATCHING, aside, joined_runs, only_positive
from .model import OrgKind, Organisation, Partner
from .orgs import normalise_orgnr
from .partylists import CHUNKS, cost_line, line_offsets, named_in_field, pieces, places_listed, CO_OWNED
from .partyfields import APPLICANT_KEY, FIELD, ROLE_FIRST, MUNICIPALITIES_KEY, PARTNERS_KEY_ALONE, ROW, SENDER_KEY, header_list, municipalities_named
from .registry import Body, Found, classify, described_private, find_organisations
from .sender import we_are_private
from .text import line_around

_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?P<text>\S.{0,300})$")
# A table row under «Partnere:»: its first cell names the body; the rule under the header is skipped.
_TABLE_ROW = re.compile(r"^\s*\|(?P<text>[^|\n]{1,300})\|")
_TABLE_RULE = re.compile(r"^\s*\|[\s:|-]*$")
MAX_LISTED = 20  # names listed under a «Partnere:» line
_ORGNR = re.compile(r"(?:org\.?\s*nr\.?|orgnr|organisasjonsnummer|org\.?\s*no\.?|organisation number)\s*:?\s*(\d[\d\s\u00a0]{7,12}\d)", re.IGNORECASE)
_ORGNR_FIELD = re.compile(r"^\s*+\**+\s*+(?:org\.?\s*nr\.?|orgnr|organisasjonsnummer|org\.?\s*no\.?|organisation number)\s*\**\s*:?\s*\**\s*(\d[\d\s\u00a0]{7,12}\d)", re.IGNORECASE)
_NONE = re.compile(
    r"^\s*(?:ingen|ingen foreløpig|ingen enno|ingen ennå|ikke ennå|ikkje enno|none|none yet|nei|no|n/a|-|–|—)\b|"
    r"\bvi søker alene\b|\bvi søkjer åleine\b|\bvi søkjer aleine\b|\bsøker alene\b|\bsøkjer åleine\b|\bsøkjer aleine\b|\bwe apply alone\b|\bapplying alone\b|\bapplies alone\b|"
    r"\bingen partnere\b|\bingen partnarar\b|\bno partners\b",
    re.IGNORECASE,
)
_TENTATIVE = re.compile(
    r"\bsamtaler\b|\bsamtalar\b|\bhar kontaktet\b|\bhar kontakta\b|\buttrykt interesse\b|\bvist interesse\b|\bønsker å samarbeide\b|"
    r"\bønskjer å samarbeide\b|\bvil invitere\b|\bvil inviteres\b|\bkan bli med\b|\baktuelle\b|\bmulige\b|\bmoglege\b|\bburde\b|\bbør være med\b|"
    # «Vi ønsker å gå sammen med …», «we would like to team up with …»: wished for, not taking part.
    r"\b(?:ønsker|ønskjer|vil\s+gjerne|håper|håpar)\s+å\s+(?:gå\s+sammen|gå\s+saman|alliere\s+oss|slå\s+oss\s+saman|slå\s+oss\s+sammen|få\s+med)\b|\b(?:would\s+like|wish(?:es)?|want|hope)\s+to\s+(?:team\s+up|join\s+forces|partner|work\s+together)\s+with\b|"
    r"\binteresser\w*\s+i\s+å\s+(?:være|vere|bli|verte)\s+med\b|\binterested\s+in\s+(?:joining|taking\s+part)\b|"
    r"\bin talks\b|\bmay join\b|\b(?:initial|informal|preliminary|exploratory|first)\s+(?:talks|discussions|conversations)\b|\bheld\s+talks\b|"
    # «Sykehuset Innlandet? – usikker på om relevant», «kommunene? Har ikke spurt ennå», «not yet asked».
    r"\busikker\b|\bunsure\b|\buncertain\b|\bnot sure\b|\b(?:har|have|has)\s+(?:ikke|ikkje|not)\s+(?:\w+\s+)?(?:spurt|spurd|asked|kontaktet|kontakta|contacted|approached)\b|\b(?:ikke|ikkje|not)\s+(?:spurt|spurd|asked|kontaktet|kontakta|contacted|approached)\s+(?:ennå|enno|endå|yet)\b|\b(?:ennå|enno|endå)\s+(?:ikke|ikkje)\s+(?:spurt|spurd|kontaktet|kontakta)\b|\bnot\s+yet\s+(?:asked|contacted|approached)\b|\bexpressed\s+(?:an?\s+|some\s+|its\s+|their\s+)?interest\b|"
    # A candidate only («Statsforvaltaren i Vestland kan òg vere aktuell», «NTNU could also be relevant»),
    # or good contact and no part taken («Vi har også god kontakt med Nord universitet», «we have close
    # contact with the county»).
    r"\b(?:kan|kunne|could|may|might)\s+(?:\w+\s+){0,2}?(?:være|vere|vera|be)\s+(?:\w+\s+)?(?:aktuell|aktuelt|relevant|relevante|interessant|interessante|a\s+candidate|an\s+option|of\s+interest)\b|"
    r"\b(?:har|hev|have|has)\s+(?:også\s+|òg\s+|also\s+)?(?:(?:en|ein|ei|a)\s+)?(?:god|godt|gode|nær|tett|good|close|regular)\s+(?:kontakt|contact)\s+(?:med|with)\b|"
    # «Trondheim kommune har stadfesta interesse», «has confirmed interest»: interest, however sure, is no part taken.
    r"\b(?:bekreftet|bekrefta|stadfest\w*|confirmed|signalisert|signalised|signalled|signaled|meldt|indicated|shown|vist)\s+(?:sin\s+|si\s+|sitt\s+|its\s+|their\s+|an?\s+|stor\s+|great\s+|strong\s+)?(?:interesse|interest)\b|\bwill be invited\b|\bforespurt\b|\bikke avklart\b|\bikkje avklart\b|"
    r"(?<!signert )(?<!signert en )(?<!signert ein )(?<!skrive under )(?<!skrive under ein )(?<!skrevet under )(?<!skrevet under en )(?<!underskrevet )(?<!underskrive )(?<!undertegnet )(?<!underteikna )(?<!inngått )(?<!inngått en )(?<!inngått ei )(?<!inngått ein )\bintensjon\w*+(?![^.\n]{0,40}?\b(?:er\s+|vert\s+|blir\s+)?(?:signert|underskreve\w*|underskrive\w*|undertegn\w*|underteikn\w*|skrive under|skrevet under|vedlagt|inngått))|\bintention\b|\buformel\w*|\binformal\w*|\(\s*dialog\s*\)|\(\s*in dialogue\s*\)|"
    # Talks begun, no part taken: «(dialog er innledet)», «dialogen er starta», «dialogue has been initiated».
    r"\b(?:dialog(?:en)?\s+(?:er|har)|(?:er|har)\s+dialogen)\s+(?:\w+\s+)?(?:innledet|innleia|innleidd|starta|startet|oppretta|opprettet|påbegynt|begynt|i gang|kome i gang|kommet i gang)\b|\bdialogue\s+(?:has\s+been\s+|is\s+|was\s+)?(?:initiated|started|opened|begun|under\s*way)\b|\(\s*(?:i|in)\s+dialog(?:ue)?\s*\)",
    re.IGNORECASE,
)
# A sentence saying the applicant has no partners («Halden fengsel søker alene», «Halden Prison
# applies alone», «vi søkjer åleine»).
_ALONE_SAID = re.compile(
    r"\b(?:vi\s+|we\s+)?(?:søker|søkjer|apply|applies|are applying|is applying)\s+(?:alene|åleine|aleine|alone|on (?:its|our) own)\b|\bapplying alone\b|\bingen partnere\b|\bingen partnarar\b|\bno partners\b",
    re.IGNORECASE,
)
# A sentence saying of the bodies just named that none of them takes part yet («Per i dag er ingen
# av desse formelt med», «Ingen av dem har forpliktet seg ennå», «None of these has formally
# joined»): the bodies named before it in its paragraph are no partners.
_NONE_OF_THEM = re.compile(
    r"\b(?:ingen|none)\s+(?:av\s+(?:desse|disse|dei|de|dem|deim|dette)|of\s+(?:these|them|those|the\s+above))\b[^.!?\n]{0,60}?"
    r"\b(?:med|formelt|formell\w*|formally|partner\w*|partnar\w*|forplikt\w*|committed|joined|on\s+board|signed|signert|bekreft\w*|stadfest\w*|confirmed|avklart|agreed)\b",
    re.IGNORECASE,
)
# A standing relationship told outside the partners' part («Fylkeskommunen har gjennom mange år
# jobba med næringsutvikling, og vi har et godt samarbeid med kommunene, Innovasjon Norge og
# Sametinget», «we have long worked closely with …»): how the body works today, not who takes
# part in this project, unless the sentence speaks of the project or partnership.
_STANDING = re.compile(
    # «Vi har et eget team, en korttidsavdeling og et godt samarbeid med Nord universitet»: the
    # relationship may close a list of what the body has.
    r"\b(?:har|hev|have|has)\s+(?:[^.!?\n]{0,120}?\s)??(?:et|eit|a|an)\s+(?:\w+\s+)?(?:godt|nært|tett|langt|langvarig|sterkt|etablert|good|close|long|long-standing|longstanding|strong|established)\s+(?:samarbeid|samarbeidsforhold|cooperation|co-operation|collaboration|relationship)\s+(?:med|with|mellom|between)\b|"
    # What the body has done with another for years («har forsket på selvmordsforebygging i samarbeid
    # med Universitetet i Agder siden 2018», «has worked with NTNU on this since 2019»): its track
    # record, not a part taken in this project.
    r"\b(?:har|hev|have|has)\s+(?:\w+\s+){0,6}?(?:i\s+samarbeid\s+med|sammen\s+med|saman\s+med|i\s+lag\s+med|in\s+(?:collaboration|cooperation|co-operation)\s+with|together\s+with|with)\b[^.!?\n]{0,120}?"
    r"\b(?:siden|sidan|since)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_THIS_PROJECT = re.compile(r"\b(?:prosjekt\w*|partnerskap\w*|partnarskap\w*|skissen|skissa|søknaden|project|partnership|sketch|application)\b", re.IGNORECASE)
# A line asking who takes part, right above the answer, in a sketch whose parts are plain questions
# («Hvem er med?», «Kven er med i prosjektet?», «Who takes part?»): the answer is the partners' part.
# The question line is matched with the blank space after it: where it ends, the sentence it asks
# about starts. Found once in the whole text (a long text has a sentence per line).
_WHO_ASKED_LINES = re.compile(
    r"(?:^|(?<=\n))[ \t#*_>]*(?:hvem|kven|who)\b[^\n?]{0,60}?\b(?:er\s+med|deltar|deltek|samarbeider|samarbeidar|partner\w*|partnar\w*|takes?\s+part|is\s+involved|are\s+involved|are\s+the\s+partners|is\s+on\s+board|with\s+us)\b[^\n?]{0,40}\?[ \t*_]*\n\s*",
    re.IGNORECASE,
)
_WHO_ASKED_REACH = 160
# Sentences that say who takes part in the partnership.
_PARTNER_CUE = re.compile(
    # «partnerdrap», «partnervald» (killings and violence between partners) name no partner.
    r"(?<!innovation )(?<!innovation-)\bpartner(?!drap|vold|vald)\w*|\bpartnar(?!drap|vald)\w*|\bsamarbeid\w*|\bsamhandling med\b|\bsammen med\b|\bsaman med\b|\bbestår av\b|\bbestår av\b|\bbeståande av\b|\bdeltar\b|\bdeltek\b|"
    r"\ber med\b|\bmedsøk\w*|\b(?:bekreftet|bekrefta|stadfest\w*|confirmed)\s+(?:sin\s+|si\s+|its\s+|their\s+)?(?:deltakelse|deltaking|participation)\b|\btogether with\b|\bi lag med\b|\bjointly with\b|\b(?:in )?(?:collaborat|co-?operat)(?:ion|ing|es|e) with\b|\bsøker sammen\b|\bsøkjer saman\b|\bapply together\b|\bapply jointly\b|\bpå vegne av\b|\bpå vegner av\b|\bon behalf of\b|\bconsists of\b|\bconsortium\b|\bjoined by\b|\balongside\b|\btakes? part\b|\btaking part\b|\bparticipat(?:es?|ing)\b|\bjoins?\s+(?:as|through|with|the\s+(?:project|partnership))\b|\bblir med\b|\bvert med\b|\b(?:med oss|with us)\s+(?:har|er|på laget|are|is)\b|\b(?:har|hev)\s+(?:vi|me)\s+med\s+oss\b|\bskisse til innovasjonspartnerskap fra\b|"
    # «A sketch from the Norwegian Environment Agency, … and the municipalities of Senja and Hammerfest»,
    # «Ei skisse frå Voss herad og Ulvik herad»: who the sketch is from.
    r"^[\s#*_]*(?:(?:a|an|ei|en|ein)\s+)?(?:sketch|proposal|skisse|skissa)\s+(?:from|by|fra|frå)\b|"
    # «Trondheim, Malvik og Melhus kommuner søker»: several municipalities apply together.
    r"\b(?:kommuner|kommunar|kommunene|kommunane|municipalities)\s+(?:søker|søkjer|apply|applies|are\s+applying)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?i:jeg heter|eg heiter|mitt navn er|mitt namn er|my name is)\s+(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+){1,3})")
# A text written by one person about themselves («Jeg er reineier …», «Eg søkjer …», «I am …»).
_I_SINGULAR = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Jeg|Eg|I)\s+(?:er|har|søker|søkjer|vil|ønsker|ønskjer|arbeider|arbeidar|jobber|jobbar|skriver|skriv|"
    r"am|have|apply|want|will|work|write)\b"
)
# The person is writing from a body: «Jeg er prosjektleiar i Bodø kommune», «I work at Nord
# University» (what stands between the «I» and the body's name); «Eg har snakka med
# Statsforvaltaren» names a body the person has talked to, not one the person speaks for.
_I_WORK_AT = re.compile(
    r"(?:Jeg|Eg|I)\s+(?:er|am|arbeider|arbeidar|jobber|jobbar|work|skriv\w*|write|writing)\b[^.!?\n]{0,120}?"
    r"\b(?:i|ved|hos|for|på|in|at|from|frå|fra|on behalf of|på vegne av|på vegner av)\s+(?:the\s+)?$"
)
# An applicant's field or a first-person sentence that says the applicant is a private person
# («Nils Sara (privatperson)», «Eg skriv denne skissa som privatperson», «as a private
# individual»); «ikke som privatperson», «not as a private person» say the opposite.
_NOT = r"(?<!ikke )(?<!ikkje )(?<!not )(?<!not a )(?<!not an )(?<!ikke som )(?<!ikkje som )(?<!not as )(?<!not as a )(?<!not as an )"
_PRIVATE_WORD = (
    _NOT + r"\b(?:privatperson\w*|privat person|enkeltperson\w*|einskildperson\w*|private (?:person|individual|citizen)s?)\b"
)
_SAYS_PRIVATE = re.compile(_PRIVATE_WORD, re.IGNORECASE)
_I_AS_PRIVATE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:Jeg|Eg|I)\s[^.!?\n]{0,160}?\b(?:som|as an?|as)\s+" + _PRIVATE_WORD + "|"
    r"(?:^|[.!?]\s+|\n)(?:Jeg|Eg|I)\s+(?:er|am)\s+(?:en\s+|ein\s+|a\s+)?" + _PRIVATE_WORD,
)
# The call's own funder and evaluator: named in prose («avklaring fra Innovasjon Norge»,
# «risikoavlastning fra Innovasjon Norge», «so that Innovation Norway can see …») it is whom the
# sketch is sent to, not a partner; listed in the partners' field it still counts.
_CALL_FUNDER = re.compile(r"(?:Innovasjon Norge|Innovation Norway)\b", re.IGNORECASE)
_RECIPIENT = re.compile(r"(?:^|\n)\s*(?:til|to|attn\.?)\s*:?\s*$", re.IGNORECASE)
# A line saying whom the sketch is for («**Prepared for:** Innovation Norway, LUP and DFØ»).
_ADDRESSED = re.compile(
    r"^\s*+\**+\s*+(?:til|to|prepared for|submitted to|sendt til|send til|mottaker|mottakar|adressat|utlysning|call)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A sentence runs on over a single line break into prose (hard-wrapped text): not over a blank
# line, a list item, a heading, a table row, a quote, bold or a «Key:» field line.
# The dot of a short form does not end it: «St. Olavs hospital», «ca. 40», «jf. tabellen».
_ABBR_DOT = (
    r"(?:(?<=\bSt)|(?<=\bSr)|(?<=\bDr))\.(?=[ \u00a0]+[A-ZÆØÅ])|"
    r"(?:(?<=\bca)|(?<=\bjf)|(?<=\bnr)|(?<=\bdvs)|(?<=\binkl)|(?<=\bevt)|(?<=\bvs)|(?<=\bbl\.a)|(?<=\bf\.eks))\.(?=[ \u00a0]+[a-zæøå\d])"
)
# A stop with no blank after it («Lenvik...», «org.nr.», «1.5», «nav.no») does not end it either.
_IN_SENTENCE = r"(?:[^.!?\n]|[.!?](?=[^\s.!?])|[.!?]{2,}(?=[^\s])|" + _ABBR_DOT + r")"
_SENTENCE = re.compile(
    _IN_SENTENCE + r"+(?:\n(?![ \t]*(?:$|[-*+#|>•_]|\d{1,2}[.)]\s|[\w /-]{1,40}:))" + _IN_SENTENCE + r"+)*(?:[.!?]++(?=\s|$)|$)",
    re.MULTILINE,
)


# Who applies and who takes part is said in the first pages; past this the text is not read
# (the checks stop at the same length, see engine.MAX_CHECK_CHARS).
MAX_CHARS = 200_000


@dataclass
class Parties:
    applicant: Organisation | None = None
    partners: list[Partner] = field(default_factory=list)
    alone: bool = False  # the sketch says it applies alone
    tentative: bool = False  # partners named only as talks or interest, not as partners
    found: list[Body] = field(default_factory=list)  # every organisation the text names


def _org(body: Body, orgnr: str | None = None, cls: type[Organisation] = Organisation, role: str | None = None) -> Organisation:
    basis = body.detail if body.detail in ("first-person", "described", "letterhead", "e-mail") else body.why
    values = {"name": body.name, "orgnr": orgnr or body.orgnr, "kind": body.kind, "basis": basis}
    if cls is Partner:
        values["role"] = role
    return cls(**values)


def read_parties(lines: list[str], start: int, partner_spans: list[tuple[int, int]]) -> Parties:
    """Applicant and partners from the text (lines from index `start`); `partner_spans` are the
    1-based line ranges of the parts about the partnership."""
    out = Parties()
    applicant_value: str | None = None
    sender_only = False  # the applicant's value came from a «Fra:» line
    orgnr: str | None = None
    partner_values: list[str] = []
    top = lines[start : start + 60]
    for n, line in enumerate(top):
        if PARTNERS_KEY_ALONE.match(line):
            # «Partnere:» on a line of its own («**Partnere:**» too), the names in a list or a
            # table below it (a blank line between is allowed).
            below = top[n + 1 : n + 2 + MAX_LISTED]
            if below and not below[0].strip():
                below = below[1:]
            for item in below[:MAX_LISTED]:
                if _TABLE_RULE.match(item):
                    continue
                if not (li := _LIST_LINE.match(item) or _TABLE_ROW.match(item)):
                    break
                partner_values.append(li.group("text"))
            continue
        m = FIELD.match(line) or ROW.match(line)
        if m is None:
            if orgnr is None and (o := _ORGNR_FIELD.match(line)):
                orgnr = normalise_orgnr(o.group(1))
            continue
        key = re.sub(r"\s+", " ", m.group("key").strip()).casefold()
        # A field's value is a name or a short list of names: runs of blanks folded and the
        # length bounded, so a padded line (a megabyte of blanks) costs nothing later.
        value = re.sub(r"\s+", " ", m.group("value")[:2000]).strip()
        if APPLICANT_KEY.match(key):
            if applicant_value is None or (sender_only and not SENDER_KEY.match(key)):
                applicant_value, sender_only = value, bool(SENDER_KEY.match(key))
        else:
            partner_values.append(municipalities_named(value) if MUNICIPALITIES_KEY.search(key) else value)
    text = "\n".join(lines[start:])[:MAX_CHARS]
    everything = find_organisations(text)
    out.found = [f.body for f in everything]
    # The applicant.
    body: Body | None = None
    if applicant_value is not None:
        body = first_name(applicant_value)
        if body is not None:
            body = described_private(body, applicant_value)
        if body is not None and sender_only and body.why == "unknown" and not _SAYS_PRIVATE.search(applicant_value):
            body = None
        if body is not None and body.why in ("unknown", "person") and ROLE_FIRST.match(applicant_value):
            # «Project owner: Director of Innovation, Dr. Helge Strand»: a leader in the team, no
            # body; who applies is read as if the field were not there.
            body = applicant_value = None
        if orgnr is None and applicant_value is not None and (o := _ORGNR.search(applicant_value)):
            orgnr = normalise_orgnr(o.group(1))
    i_said = _I_SINGULAR.search(text[:3000])
    if (
        body is not None
        and applicant_value is not None
        and body.kind in (OrgKind.PRIVATPERSON, OrgKind.UKJENT)
        and (_SAYS_PRIVATE.search(applicant_value) or _I_AS_PRIVATE.search(text[:3000]))
    ):
        # «Søkjar: Nils Ante Sara, reineigar (privatperson)», or a person who writes «eg skriv
        # som privatperson»: the text says so, no guess from the name's shape.
        body = Body(body.name, OrgKind.PRIVATPERSON, "person", "described")
    if body is not None and body.kind is OrgKind.PRIVATPERSON and body.why == "person" and body.detail != "described":
        # A person's name in the field. The body the text says applies, or the one the person
        # writes from («Jeg er prosjektleiar i Bodø kommune»), is the applicant; a text written
        # as «jeg» about no organisation makes the person the applicant; else it stays a guess.
        said_for = applicant_in_text(text, everything)
        if said_for is None and i_said is not None:
            said_for = _works_at(text, i_said, everything)
        if said_for is not None and (sender_only or said_for.kind.is_public):
            body = said_for
        elif i_said is not None:
            body = Body(body.name, OrgKind.PRIVATPERSON, "person", "first-person")
    if body is None and applicant_value is None:
        # «## Søker» or «Hvem er vi:» over «Stiftelsen X (org.nr. …), ideell aktør med
        # driftsavtale med Helse Vest RHF …»: the name that opens the applicant's part applies.
        body = applicant_in_part(lines, start)
    if body is None and (person := _FIRST_PERSON.search(text[:3000])):
        body = Body(person.group("name"), OrgKind.PRIVATPERSON, "person", "first-person")
    if body is None:
        body = applicant_in_text(text, everything)
    if body is None:
        # A letterhead above the title («Stiftelsen Solgløtt Omsorg / Org.nr. … · Postboks …»),
        # «Innsendt av …», «vi i …», the signature: who the text says writes it, before a guess
        # from the first body it names (a partner, a host, a place).
        body = letterhead(text) or writer_named(text)
    if body is None and i_said is not None and (signed := signed_by(text)) is not None and not _works_at(text, i_said, everything):
        # Written as «jeg» about the writer's own idea and signed by a person alone: the person
        # applies, whatever bodies the text names (a place, a body asked for help).
        body = Body(signed.name, OrgKind.PRIVATPERSON, "person", "first-person")
    if body is None:
        # The domain of the first e-mail address («…@lillestrom.kommune.no»), when it is a public
        # body's: the writer's own address says more of who writes than a body the text names.
        body = mail_domain(text, everything)
    if body is None:
        # The first body named near the top, unless it is whom the sketch is sent to («Til Innovasjon Norge»).
        for f in everything:
            if f.start >= 1500:
                break
            if not _RECIPIENT.search(text[max(0, f.start - 12) : f.start]):
                body = f.body
                break
    if applicant_value is None and (body is None or body.kind.is_public) and (said := we_are_private(text[:3000])) is not None:
        # «Vi er en frivillig forening, Turlaget Sunnmøre, og søker sammen med Ålesund kommune»:
        # the text says who writes, and it is no public body, whatever body it names first.
        body = said
    if body is not None:
        out.applicant = _org(body, orgnr)
    if applicant_value is not None and _NONE.search(applicant_value):
        # «Søker: Oslo kommune, Bymiljøetaten (søker alene)»: the field itself says alone.
        out.alone = True
    elif applicant_value is not None and not _TENTATIVE.search(applicant_value):
        # «Søker: Hole kommune og Ringerike kommune»: the bodies after the first, joined to it by
        # «og», «,» or «&», apply with it («Bergen kommune v/ Helseetaten» is one applicant).
        named = find_organisations(applicant_value)
        for before, after in zip(named, named[1:]):
            if not _JOINED.fullmatch(applicant_value[before.end : after.start]):
                break
            if _unit_of(before.body, after.body):
                continue
            if any(_NONE.search(v) for v in partner_values):
                # «Søkjar: Direktoratet, region vest» over «Partnarar: Vi søkjer åleine»: the
                # second name is the applicant's own unit, since the text says it applies alone.
                break
            partner_values.append(after.body.name)
    # The partners.
    chosen: list[Found | Body] = []
    # A first line that lists the bodies behind the sketch («Gjøvik kommune · Østre Toten kommune ·
    # Sykehuset Innlandet HF»): each one is a party.
    partner_values.extend(header_list(lines, start))
    for value in partner_values:
        if _NONE.search(value):
            out.alone = True
            continue
        if _TENTATIVE.search(re.sub(r"\([^)]*\)", " ", value)) or ALL_QUALIFIED.search(value) or ALL_PENDING.search(value):
            # «A og B har uttrykt interesse», «A og B (begge er positive)»: said of them all.
            out.tentative = True
            continue
        # The field read as a sentence: «Kvinnherad kommune og Vestland fylkeskommune (Skyss) er
        # orienterte» says of both only that they were told.
        told = _told_in_field(value)
        # Each name on its own: «A, B (intensjon)» has A as a partner and B only as an intention.
        for chunk in CHUNKS.split(value):
            read = False
            for piece in pieces(chunk):
                if _TENTATIVE.search(piece) or HOPED_ONLY.search(piece) or ONLY_WATCHING.search(piece) or ONLY_QUALIFIED.search(piece):
                    out.tentative = read = True
                    continue
                named = find_organisations(piece)
                read = read or bool(named)
                if any(f.body.key in told for f in named):
                    out.tentative = True
                chosen.extend(f.body for f in named if f.body.key not in told)
            if not read and (body_ := named_in_field(chunk)) is not None:
                # «Partnere: Bergen og Omland Havnevesen (BOH)»: a name the registry lacks, whose
                # words say what kind of body it is, listed where partners are listed.
                chosen.append(body_)
    if _NONE.search(text) and not chosen:
        out.alone = out.alone or bool(_ALONE_SAID.search(text))
    if not out.alone:
        offsets = line_offsets(lines, start)
        ranges = [(offsets[max(a - 1 - start, 0)] if a - 1 - start < len(offsets) else len(text), offsets[min(b - start, len(offsets) - 1)]) for a, b in partner_spans]
        addressed = [(m.start(), m.end()) for m in _ADDRESSED.finditer(text)]
        asked = {m.end(): m.start() for m in _WHO_ASKED_LINES.finditer(text)}
        # «Trondheim, Malvik og Melhus kommuner søker»: bare places the plural word makes municipalities.
        spans = [(f.start, f.end) for f in everything]
        listed = sorted(everything + [f for f in places_listed(text) if not any(a < f.end and f.start < b for a, b in spans)], key=lambda f: f.start)
        denied = [(text.rfind("\n\n", 0, m.start()) + 2 if "\n\n" in text[: m.start()] else 0, m.start()) for m in _NONE_OF_THEM.finditer(text)]
        for sent in _SENTENCE.finditer(text):
            s, e = sent.start(), sent.end()
            if any(a <= s < b for a, b in addressed):
                continue
            owned = [(s + m.start(), s + m.end()) for m in CO_OWNED.finditer(sent.group(0))]
            cued = CO_OWNED.sub(" ", sent.group(0)) if owned else sent.group(0)
            in_part = any(a <= s < b for a, b in ranges) or (q := asked.get(s)) is not None and q >= s - _WHO_ASKED_REACH
            if not in_part and (not _PARTNER_CUE.search(cued) or (_STANDING.search(sent.group(0)) and not _THIS_PROJECT.search(sent.group(0)))):
                continue
            if any(a <= s <= b for a, b in denied):
                out.tentative = out.tentative or any(s <= f.start < e for f in everything)
                continue
            if _unsure(sent.group(0)):
                # «… og vi har hatt uformelle samtaler med begge»: talks, not partners, in
                # whichever part of the sketch the sentence stands. A clause of its own that
                # says who takes part stands («Prosjektet gjennomføres i tett samarbeid med Ruter
                # og Bane NOR, og vi vil også invitere kommunene»).
                out.tentative = out.tentative or any(s <= f.start < e for f in everything)
                sure = _sure_clause(sent.group(0))
                if sure is None:
                    continue
                s, e = s + sure[0], s + sure[1]
            inside = [f for f in listed if s <= f.start < e and not any(a <= f.start < b for a, b in owned)]
            if not in_part:
                # A cost line of a budget («Evaluering (Nord universitet): 1 100 000 kr») names a
                # body paid for a task, not one that takes part, whatever cue the block holds.
                inside = [f for f in inside if not cost_line(line_around(text, f.start, f.end))]
            runs = joined_runs(text, inside)
            said: dict[tuple[int, int], bool] = {}
            for k, f in enumerate(inside):
                if runs[k] not in said:
                    said[runs[k]] = aside(text, inside, runs[k], e)
                if said[runs[k]] or ONLY_WATCHING.match(text, f.end, e):
                    out.tentative = True
                    continue
                if _CALL_FUNDER.match(f.body.name):
                    continue
                chosen.append(f.body)
    seen = {classify(out.applicant.name).key} if out.applicant else set()
    if applicant_value is not None and (former := _FORMER.search(applicant_value)):
        # «Vestfold fylkeskommune (tidligere Vestfold og Telemark fylkeskommune)»: the applicant's
        # former name, not a partner.
        seen.update(f.body.key for f in find_organisations(applicant_value[former.end() :]))
    lukewarm = only_positive(text, everything) if chosen else set()
    for b in chosen:
        body_ = b if isinstance(b, Body) else b.body
        if body_.key in lukewarm:
            # Listed as a partner, but the text says of it only that it is positive or interested.
            out.tentative = True
            continue
        if body_.key in seen:
            continue
        seen.add(body_.key)
        out.partners.append(_org(body_, cls=Partner))  # type: ignore[arg-type]
    # «Statsforvaltaren i Troms og Finnmark … Statsforvaltaren stadfesta»: the short name said
    # again of the office named in full is that office, not a body of its own.
    offices = {k.split("@", 1)[0] for k in seen if "@" in k}
    out.partners = [p for p in out.partners if "@" in (k := classify(p.name).key) or k not in offices]
    return out


def _told_in_field(value: str) -> set[str]:
    """Keys of the bodies a partners' field names that the field itself says were only told,
    asked or watch («A og B er orienterte», «A (Skyss) er informert»)."""
    named = find_organisations(value)
    runs = joined_runs(value, named)
    # A bracket on one name («Stavanger, Sandnes (interessert)») is that name's alone: read per name below.
    return {
        f.body.key
        for k, f in enumerate(named)
        if not ONLY_QUALIFIED.match(value, named[runs[k][1]].end) and aside(value, named, runs[k], len(value))
    }


def _unsure(text: str) -> bool:
    """Whether a sentence speaks of bodies only as talked to, hoped for or interested."""
    return bool(_TENTATIVE.search(text) or HOPED_ONLY.search(text) or ALL_QUALIFIED.search(text))


# Where a sentence joins two main clauses: «…, og vi vil også invitere …», «…; we will also ask …».
# The later clause is the writer's own next step («vi vil også …»): «…; avtalene er ikke signert
# ennå» speaks of the same partners and leaves the sentence unsure.
_MAIN_CLAUSE = re.compile(r"(?:,\s+(?:og|men|and|but)|;)\s+(?=(?:vi|me|we)\b)", re.IGNORECASE)


def _sure_clause(sentence: str) -> tuple[int, int] | None:
    """The span of the sentence's first main clause when it alone says who takes part (a partner
    cue, nothing unsure) and a later clause holds what is only hoped for; else None."""
    cut = _MAIN_CLAUSE.search(sentence)
    if cut is None:
        return None
    first = sentence[: cut.start()]
    if _unsure(first) or not _PARTNER_CUE.search(first) or not _unsure(sentence[cut.end() :]):
        return None
    return 0, cut.start()


def _works_at(text: str, i_said: re.Match[str], everything: list[Found]) -> Body | None:
    """The body the first «jeg» sentence says the writer works in («Jeg er prosjektleiar i Bodø kommune»)."""
    end = text.find(".", i_said.end())
    return next(
        (f.body for f in everything if i_said.start() <= f.start < (end if end != -1 else len(text)) and _I_WORK_AT.search(text[i_said.start() : f.start].lstrip("\n .!?"))),
        None,
    )


_FORMER = re.compile(r"\b(?:tidligere|tidlegare|før|formerly|former|previously|fram til \d{4}|until \d{4})\b", re.IGNORECASE)
# «Søkjar: Giske kommune, med Sula kommune og Hareid kommune»: «med» joins them as «og» does.
_JOINED = re.compile(r"\s*(?:,|;|&|\+|og|and|samt|,\s*og|,\s*and|,?\s*(?:med|sammen med|saman med|i lag med|together with|with))\s*")


def _unit_of(whole: Body, part: Body) -> bool:
    """Whether `part`, named right after a municipality or county in the applicant's field, is one
    of its own units: an agency or district known only by its name word («Oslo kommune,
    Bymiljøetaten», «Oslo kommune, Bydel Frogner»), not a body of the registry («Statens vegvesen»)."""
    return whole.kind in (OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE) and part.kind is OrgKind.OFFENTLIG and part.why == "name-word"
