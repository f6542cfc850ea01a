"""How a sentence speaks of a body it names: as taking part, or only as positive or interested
(«Larvik kommune og NAV Larvik har sagt seg positive»), told or asked («… som begge er
orientert», «We have informed Halden Municipality»), watching or advising («deltek som
observatør», «i referansegruppa»), or as an example («research partners such as SINTEF»).

The partners' reading (`parties`) leaves out the bodies these say are not partners.
"""

from __future__ import annotations

import bisect
import re

from .registry import Found


# A sentence saying of bodies only that they are positive or interested («Larvik kommune og NAV
# Larvik har sagt seg positive i møte», «The county is interested»), with no word of taking part.
_POSITIVE_ONLY = re.compile(
    r"\b(?:har\s+sagt\s+seg|sa\s+seg|er|var|har\s+vært|har\s+vore|stiller\s+seg|har\s+stilt\s+seg|is|are|was|were|have\s+been|has\s+been|have\s+said\s+they\s+are|said\s+they\s+were)\s+"
    r"(?:\w+\s+)?(?:positiv\w*|interessert\w*|interested|positive)\b|"
    # «… have expressed interest in the project», «har vist interesse», «har stadfesta interesse»
    r"\b(?:har|have|has)\s+(?:\w+\s+)?(?:uttrykt|expressed|vist|shown|signalisert|signalled|signaled|meldt|bekreftet|bekrefta|stadfest\w*|confirmed|indicated)\s+(?:sin\s+|si\s+|sitt\s+|its\s+|their\s+|an?\s+|stor\s+|great\s+|strong\s+)?(?:interesse|interest)\b|"
    # «… har gitt uttrykk for at dei ønskjer å vere med», «has said it would like to take part»: a wish, not a part taken.
    r"\b(?:har|have|has)\s+(?:\w+\s+)?(?:gitt\s+uttrykk\s+for|gjeve\s+uttrykk\s+for|sagt|signalisert|uttrykt|expressed|said|indicated|signalled|signaled)\s+(?:at\s+|that\s+)?(?:dei|de|den|det|they|it)\s+(?:ønskjer|ønsker|vil\s+gjerne|gjerne\s+vil|would\s+like|wish(?:es)?|want(?:s)?)\s+(?:å\s+|to\s+)(?:vere\s+med|være\s+med|bli\s+med|delta|take\s+part|join|participate|be\s+involved)\b|"
    # «Bremanger og Kystverket har gitt uttrykk for at dei vil vere med», «have indicated that they would join».
    r"\b(?:har|have|has)\s+(?:\w+\s+)?(?:gitt\s+uttrykk\s+for|gjeve\s+uttrykk\s+for|uttrykt|signalisert|expressed|indicated|signalled|signaled)\s+(?:at\s+|that\s+)?(?:dei|de|den|det|they|it)\s+(?:vil|will|would|kan|could)\s+(?:vere\s+med|være\s+med|bli\s+med|delta|take\s+part|join|participate|be\s+involved)\b",
    re.IGNORECASE,
)
_TAKES_PART = re.compile(
    r"(?<!innovation )(?<!innovation-)(?<!invited to )(?<!asked to )(?<!invitert til å )(?<!bedt om å )(?<!will be )(?<!vil bli )"
    r"\b(?:partner\w*|partnar\w*|deltar|deltek|deltaker\w*|deltakar\w*|forplikt\w*|signert|signed|committed|godkjent|godkjend|approved|vedtatt|vedteke|medsøk\w*|takes?\s+part|co-applicant\w*|"
    r"stiller\s+(?:med|opp)|bidr(?:ar|eg|ag|ig)\w*|contribut\w*|provid\w*|er\s+med|blir\s+med|will\s+(?:join|take\s+part)|"
    r"(?:takket|takka|sagt|svart|svara)\s+ja|accepted|agreed\s+to\s+(?:join|take\s+part|participate))\b",
    re.IGNORECASE,
)


def only_positive(text: str, everything: list[Found]) -> set[str]:
    """Keys of the bodies a sentence names, before its verb, as only positive or interested."""
    keys: set[str] = set()
    places: dict[str, str] = {}
    everything = sorted(everything, key=lambda f: f.start)
    starts = [f.start for f in everything]
    for m in _POSITIVE_ONLY.finditer(text):
        # The sentence around it, at most SENTENCE_REACH characters either side.
        lo, hi = max(m.start() - SENTENCE_REACH, 0), min(m.end() + SENTENCE_REACH, len(text))
        # A semicolon parts two clauses as a stop does («A har stadfesta at dei stiller med data; B er positive»).
        left = max(text.rfind(". ", lo, m.start()) + 1, text.rfind("; ", lo, m.start()) + 1, text.rfind("\n", lo, m.start()) + 1, lo)
        right = [e for e in (text.find(". ", m.end(), hi), text.find("; ", m.end(), hi), text.find("\n", m.end(), hi)) if e != -1]
        if _TAKES_PART.search(text, left, min(right) if right else hi):
            continue
        verb = m.start()
        named = [f for f in everything[bisect.bisect_left(starts, left) : bisect.bisect_left(starts, verb)] if f.end <= verb]
        rest, at = [], left
        for f in named:
            rest.append(text[at : f.start])
            at = max(at, f.end)
            if place := _PLACE_AFTER.match(text, at, verb):  # «NAV Larvik»: the body's local office
                at = place.end()
        rest.append(text[at:verb])
        # Only when the bodies themselves are what is said to be positive: «Kommunedirektøren i
        # Tromsø kommune er orientert og positiv» speaks of a leader, not of the body's part.
        # A bracket after a name («Trondheim kommune (Trondheim eiendom) and …») is part of it.
        said = _BRACKET.sub(" ", " ".join(rest))
        # A body said again by its place alone («Bremanger og Kystverket har gitt uttrykk for …»
        # after «Bremanger kommune»): the place stands for the body named in full.
        short = [(w, k) for w in _SHORT_NAME.findall(said) if (k := places.get(w)) is not None] if (places := places or _places(everything)) else []
        for w, k in short:
            said = re.sub(r"\b" + re.escape(w) + r"\b", " ", said)
        if (named or short) and (_JUST_JOINERS.fullmatch(said) or _WHAT_IT_IS.fullmatch(said) or _ONLY_MET.fullmatch(said)):
            keys.update(f.body.key for f in named)
            keys.update(k for _, k in short)
    return keys


_SHORT_NAME = re.compile(r"\b[A-ZÆØÅ][\wæøå-]{2,}\b")
# The words of a body's name that name a kind of body, not a place.
_KIND_WORDS = re.compile(r"^(?:kommune|kommunen|herad|heradet|fylkeskommune|fylkeskommunen|municipality|county|council|authority)$", re.IGNORECASE)


def _places(everything: list[Found]) -> dict[str, str]:
    """Each municipality's or county's place name («Bremanger» of «Bremanger kommune») and its key."""
    out: dict[str, str] = {}
    for f in everything:
        words = f.body.name.split()
        if len(words) == 2 and _KIND_WORDS.match(words[1]) and words[0][:1].isupper():
            out.setdefault(words[0], f.body.key)
    return out


SENTENCE_REACH = 400
_BRACKET = re.compile(r"\([^()\n]{0,80}\)")
# A bracket right after a name: its unit or short name («Vestland fylkeskommune (Skyss)»).
_BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]{0,80}\)")
_PLACE_AFTER = re.compile(r"[ \u00a0]+[A-ZÆØÅ][\wæøå-]*")
# What the bodies are, said before they are said to be positive: «Telemark fylkeskommune er
# regional kulturminnestyresmakt og har stilt seg positiv».
_WHAT_IT_IS = re.compile(r"[\s,;&*_]*(?:(?:og|and|samt|both|også|also|begge)[\s,;&*_]*)*(?:er|is|are)\s+(?:[\w-]+\s+){1,5}?(?:og|and)\s*", re.IGNORECASE)
# Having sat in meetings is no part taken: «Trondheim kommune og Stjørdal kommune har alle deltatt i
# våre nettverksmøter og er positive», «have attended our workshops and are positive».
_ONLY_MET = re.compile(
    r"[\s,;&*_]*(?:(?:og|and|samt|både|both|også|also|begge)[\s,;&*_]*)*(?:har|have|has)\s+(?:alle\s+|begge\s+|all\s+|both\s+|også\s+|also\s+)?"
    r"(?:deltatt|delteke|vore\s+med|vært\s+med|møtt|attended|taken\s+part|participated|been|joined)\s+(?:(?:i|på|in|at)\s+)?(?:[\w-]+\s+){0,3}?"
    r"[\w-]*(?:møte|møter|møta|meetings?|seminar\w*|workshops?|samling\w*|konferanse\w*|conferences?|nettverk\w*|networks?|dialogmøte\w*)\b[^.!?\n]{0,40}?\s(?:og|and)\s*",
    re.IGNORECASE,
)
_JUST_JOINERS = re.compile(r"[\s,;&*_]*(?:(?:og|and|samt|både|both|også|also|begge)[\s,;&*_]*)*", re.IGNORECASE)


# A body listed with the partners but only to watch or advise («Avinor AS (observatør)»).
# Right after the name in a sentence: «Statens vegvesen (observatør)», «NVE deltek som
# observatør», «Avinor participates as an observer», «… har sagt seg villige til å delta i ei
# referansegruppe», «Statens vegvesen er med som referansepartnar».
ONLY_WATCHING = re.compile(
    r"[ \t]*+[(,–—-]?[ \t]*+(?:(?:har|have|has)\s+(?:sagt\s+seg\s+villig\w*|agreed)\s+(?:til\s+)?(?:å\s+|to\s+)?)?"
    r"(?:(?:(?:will|shall|vil|skal)\s+)?(?:deltar|deltek|delta|vere med|være med|er med|er|be|is|are|participates?|participate|takes? part|joins?|sit|sitter|serves?)"
    r"\s+(?:som|as|i|in|on)\s+(?:the\s+|an?\s+|ein\s+|en\s+|ei\s+)?)?"
    r"(?:observatør\w*|observer\w*|referansegrupp\w*|reference group|referansepartn\w*|reference partner|rådgjevande gruppe|rådgivende gruppe|advisory (?:board|group))\b",
    re.IGNORECASE,
)
# Right after the names: the body has only been told, asked or contacted («Trøndelag
# fylkeskommune er orientert», «Høgskulen på Vestlandet er spurt om følgjeevaluering», «…, som
# begge er orientert»), unless the rest of the sentence says it takes part.
_ONLY_TOLD = re.compile(
    r"[ \t]*+(?:,[ \t]*+(?:som|which|who|og|and)(?:[ \t]+(?:begge|båe|alle|both|all|dei|de|they))?[ \t]+)?"
    r"(?:(?:har\s+sagt|har\s+sagt\s+fra|har\s+sagt\s+frå|sa|have\s+said|has\s+said|said)\s+(?:at\s+|that\s+)?(?:de|dei|han|ho|den|det|they|it)\s+(?:er|var|is|are|was|were)|"
    r"er|is|are|har\s+blitt|har\s+vorte|har\s+vært|har\s+vore|has\s+been|have\s+been|vart|ble|var|was|were)\s+(?:\w+\s+)?"
    r"(?:orientert[e]?|orientera|informert[e]?|informed|briefed|spurt[e]?|spurd[e]?|førespurd[e]?|forespurt[e]?|asked|kontaktet|kontakta|contacted|konsultert[e]?|consulted|"
    r"interessert\w*|interested|positiv\w*|positive)\b",
    re.IGNORECASE,
)
# Before the names: the writer has only told, asked or contacted them («We have informed Halden
# Municipality, NAV Halden and …», «Vi har orientert Bodø kommune»).
_TOLD_BEFORE = re.compile(
    r"\b(?:har|have|has|had|hadde)\s+(?:\w+\s+)?(?:orientert|orientera|informert|informed|briefed|spurt|asked|kontaktet|kontakta|contacted|konsultert|consulted)\s+(?:the\s+)?$|"
    # «Vi har presentert ideen for NAV», «We have presented the idea to NAV and to …»
    r"\b(?:har|have|has|had|hadde)\s+(?:\w+\s+)?(?:presentert|presentera|lagt\s+fram|lagt\s+frem|vist|presented|shown|pitched)\s+(?:\w+\s+){0,3}?(?:for|til|to)\s+(?:the\s+)?$|"
    # «Vi har hatt møter med …», «We have had meetings with …», «Vi har snakka med …», «We have met …»: talks, not a part taken.
    r"\b(?:har|have|has|had|hadde)\s+(?:\w+\s+)?(?:hatt|had|held)\s+(?:\w+\s+){0,2}?(?:møter?|møte|meetings?|samtaler|samtalar|samtale|dialog\w*|dialogue|talks|conversations?|discussions?|drøftingar|drøftinger)\s+(?:med|with)\s+(?:the\s+)?$|"
    r"\b(?:har|have|has|had|hadde)\s+(?:\w+\s+)?(?:snakket|snakka|pratet|prata|talked|spoken|met|møtt|drøftet|drøfta|discussed\s+(?:\w+\s+){0,3}?with)\s+(?:med\s+|with\s+|to\s+)?(?:the\s+)?$|"
    # «Vi er også i kontakt med …», «We are also in contact with …», «er i dialog med …»
    r"\b(?:er|is|are|står|stend|(?:have|has|har|hadde|had)\s+(?:også\s+|òg\s+|also\s+)?(?:been|vært|vore))\s+(?:også\s+|òg\s+|også\s+i\s+|also\s+)?(?:i\s+|in\s+)?(?:kontakt|contact|touch|dialog|dialogue|talks|samtaler|samtalar)\s+(?:med|with)\s+(?:the\s+)?$|"
    # «… i samhandling med Holmestrand kommune og i dialog med DiBK»: in dialogue, not taking part.
    r"\b(?:i|in)\s+(?:dialog|dialogue)\s+(?:med|with)\s+(?:the\s+)?$|"
    # «… og en uavhengig fagperson fra OsloMet», «an independent expert from NTNU»: one person who advises.
    r"\b(?:uavhengig|uavhengige|independent|ekstern|eksterne|external)\s+(?:fagperson\w*|ekspert\w*|experts?|forsker\w*|forskar\w*|researchers?|rådgiver\w*|rådgjevar\w*|advis[eo]rs?)\s+(?:fra|frå|from|ved|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Bodies given as examples («research partners such as SINTEF and UiT», «til dømes NAV»).
_EXAMPLE_BEFORE = re.compile(r"(?:\bsuch as|\be\.g\.|\bfor example|\bfor instance|\bfor eksempel|\btil dømes|\btil dæmes|\bf\.eks\.|\bt\.d\.)[^.;:!?()\n]{0,60}$", re.IGNORECASE)
# A bare line break joins no names: «… og Lierne kommune» over «Trøndelag fylkeskommune deltar som
# observatør» are two statements; «og» or a comma at the break still joins them.
_JOIN_BETWEEN = re.compile(r"(?:\s*,\s*(?:(?:og|and|samt|&)\s+)?|\s+(?:og|and|samt|&)\s+|[ \t]+)")


def joined_runs(text: str, inside: list[Found]) -> list[tuple[int, int]]:
    """For each body, the first and last index of the run of bodies joined to it by «og», «and»
    or a comma («Statens vegvesen og Sjøfartsdirektoratet har …»), in one pass."""
    runs: list[tuple[int, int]] = []
    first = 0
    for k in range(1, len(inside) + 1):
        if k == len(inside) or not _JOIN_BETWEEN.fullmatch(text[inside[k - 1].end : inside[k].start]):
            runs.extend([(first, k - 1)] * (k - first))
            first = k
    return runs


def aside(text: str, inside: list[Found], run: tuple[int, int], end: int) -> bool:
    """Whether the sentence (ending at `end`) says of the run of bodies `inside[first..last]` only
    that they watch, advise, were told or asked, or are examples: not that they take part."""
    first, last = run
    at = inside[last].end
    if place := _PLACE_AFTER.match(text, at, end):  # «NAV Halden»
        if not ONLY_WATCHING.match(text, at, end) and not _ONLY_TOLD.match(text, at, end):
            at = place.end()
    if unit := _UNIT_AFTER.match(text, at, end):  # «… i Innlandet, landbruksavdelingen, er …»
        at = unit.end()
    if ONLY_WATCHING.match(text, at, end) or ONLY_QUALIFIED.match(text, at, end):
        return True
    if bracket := _BRACKET_AFTER.match(text, at, end):  # «Vestland fylkeskommune (Skyss) er orientert»
        at = bracket.end()
    head = text[max(0, inside[first].start - 80) : inside[first].start]
    if _EXAMPLE_BEFORE.search(head):
        return True
    told = _ONLY_TOLD.match(text, at, end)
    after = told.end() if told is not None else inside[last].end
    if told is None and not _TOLD_BEFORE.search(head):
        return False
    # Unless the rest of the sentence says they take part («… er orientert og har vedtatt å delta»).
    return not _TAKES_PART.search(text, after, min(end, after + SENTENCE_REACH))


# A unit of a body between its name and the verb («Trøndelag fylkeskommune ved seksjon for idrett
# og friluftsliv er orientert», «Statsforvalteren i Innlandet, landbruksavdelingen, er orientert»).
_UNIT_AFTER = re.compile(r"[ \t]*+(?:,[ \t]*+[\w -]{1,40}?,|(?:ved|v/|gjennom|through)[ \t]+[\w -]{1,60}?(?=[ \t]+(?:er|is|are|har|has|have)\b))")


# Business asked to take part is the market dialogue, not a public partner still to be asked.
_NOT_BUSINESS = r"(?!\s+(?:\w+\s+){0,2}?(?:\w*leverandør|\w*bedrift|næringsliv|\w*selskap|markedet|marknaden|suppliers?|compan|business|industr|vendors?|firms?|providers?|private\s+aktør|produsent|entreprenør))"
# Letters or agreements not yet made: «letters of intent under preparation», «intensjonsavtaler
# under arbeid», «støttebrev kommer», «avtalane er ikkje signerte enno».
PENDING_PAPERS = (
    r"\b(?:letters?\s+of\s+(?:intent|support|commitment)|intensjons\w*|støttebrev\w*|støtteerklæring\w*|samarbeidsavtal\w*|avtal(?:e|en|er|ar|ane|ene)|agreements?)\b"
    r"[^.!?()\n]{0,40}?\b(?:under\s+(?:arbeid|utarbeiding|utarbeidelse|preparation|way|development|discussion)|being\s+(?:prepared|drafted|written|negotiated)|"
    r"in\s+(?:progress|preparation)|(?:not|ikke|ikkje)\s+(?:yet\s+|ennå\s+|enno\s+)?(?:signed|signert\w*|underskreve\w*|inngått)|unsigned|usignert\w*|pending|"
    r"(?:kommer|kjem)(?:\s+(?:senere|seinare|etter\s+hvert|etter\s+kvart))?|to\s+follow|to\s+come|forthcoming|(?:er\s+)?på\s+gang)\b"
)
# A sentence that speaks of bodies only as hoped for or still to be approached («We hope they will
# take part …, and we also plan to approach Arendal Municipality», «Vi vil kontakte Bodø kommune»,
# «Me håpar at Voss herad blir med»), or that says nothing is agreed («No formal agreements have
# been made», «Det er ikke inngått avtaler»): none of the bodies in it is a partner yet, even where
# it speaks of taking part.
HOPED_ONLY = re.compile(
    r"\b(?:håper|håpar|we\s+hope|hope\s+that|hopes?\s+(?:they|it)\s+will)\b|"
    r"\b(?:plan(?:s|ned)?|intend(?:s|ed)?|planlegg\w*|tek\s+sikte\s+på|tar\s+sikte\s+på|aim)\s+(?:to|å|på\s+å)\s+(?:\w+\s+)?(?:approach|contact|invite|ask|involve|kontakte|invitere|spørje|spørre|involvere|ta\s+kontakt)\b|"
    # Only thought of: «Vi har også tenkt å ta kontakt med Helse Bergen HF», «we are thinking of inviting …».
    r"\b(?:(?:har|hev|have|has)\s+(?:også\s+|òg\s+|also\s+)?tenkt|tenker|tenkjer|(?:are|am|is)\s+(?:also\s+)?thinking\s+of)\s+(?:å\s+|at\s+)?(?:\w+\s+)?(?:approaching|contacting|inviting|asking|involving|kontakte|kontakta|invitere|invitera|spørje|spørre|involvere|ta\s+kontakt)\b" + _NOT_BUSINESS + "|"
    # «vil vi spørre …», «skal me invitere …»: the subject after the verb, as a clause after «Dersom …» puts it.
    # Suppliers or business invited («Sammen med Øyer kommune vil vi invitere leverandører») is the
    # market dialogue the partners hold together, not a partner still to be asked.
    r"\b(?:vil|skal|will|shall|may|might|could|kan|kunne)\s+(?:(?:vi|me|we|dei|de|they)\s+)?(?:også\s+|og\s+|òg\s+|also\s+|then\s+|deretter\s+|så\s+|da\s+)?(?:(?:senere|seinare|etter\s+hvert|etter\s+kvart|eventuelt|kanskje|later|eventually|possibly|perhaps)\s+)?(?:approach|contact|invite|ask|kontakte|kontakta|invitere|invitera|spørje|spørre|ta\s+kontakt\s+med)\b(?!\s+(?:\w+\s+){0,2}?(?:\w*leverandør|\w*bedrift|næringsliv|\w*selskap|markedet|marknaden|suppliers?|compan|business|industr|vendors?|firms?|providers?|private\s+aktør|produsent|entreprenør))|"
    r"\b(?:vil|skal|kjem\s+til\s+å|kommer\s+til\s+å)\s+(?:også\s+|òg\s+)?(?:bli\s+|verte\s+|vere\s+|være\s+)?(?:invitert|inviterte|inviterast|inviteres|spurt|spurd|spurde|spørjast|spørres|forespurt|førespurd|kontaktet|kontakta|kontakta|kontaktast|kontaktes)\b|"
    # «Målet er å få med Øyer kommune …», «the aim is to bring … on board»: wished for, not taking part.
    r"\b(?:målet|målsettinga|målsettingen|planen|the\s+aim|the\s+goal|the\s+plan|our\s+aim|our\s+goal)\s+(?:er|is)\s+(?:å\s+|to\s+)(?:få\s+med|knytte\s+til|knyte\s+til|involvere|inkludere|rekruttere|involve|include|bring\s+in|get|recruit)\b(?!\s+(?:\w+\s+){0,2}?(?:\w*leverandør|\w*bedrift|næringsliv|\w*selskap|markedet|marknaden|suppliers?|compan|business|industr|vendors?|firms?|providers?|private\s+aktør|produsent|entreprenør))|"
    r"\b(?:will|shall)\s+(?:also\s+)?be\s+(?:asked|approached|contacted|invited)\b|"
    # Only thought of: «vi vil vurdere å invitere nabokommuner og NTNU på et senere tidspunkt»,
    # «vi ønsker å invitere nabokommunene», «we would like to invite», «we will consider involving».
    r"\b(?:vurdere|vurdera|vurderer|vurderar|consider|considers|considering)\s+(?:å\s+|to\s+)?(?:\w+\s+)?(?:invitere|invitera|involvere|involvera|inkludere|kontakte|kontakta|spørje|spørre|trekke\s+inn|trekkje\s+inn|invite|inviting|involve|involving|include|including|contact|contacting|approach|approaching|ask|asking|bring(?:ing)?\s+in)\b" + _NOT_BUSINESS + "|"
    r"\b(?:ønsker|ønskjer|vil\s+gjerne|want|wants|would\s+like|wish|wishes)\s+(?:(?:vi|me|we)\s+)?(?:også\s+|òg\s+|also\s+)?(?:å\s+|to\s+)(?:invitere|invitera|invite|ask|spørje|spørre|kontakte|kontakta|ta\s+kontakt|contact|approach|get\s+in\s+touch)\b" + _NOT_BUSINESS + "|"
    # To be brought in later: «… og vil bli involvert.», «will be involved at a later stage».
    r"\b(?:vil|skal|kjem\s+til\s+å|kommer\s+til\s+å)\s+(?:også\s+|òg\s+)?(?:bli|verte)\s+(?:involvert|trukket\s+inn|trekt\s+inn|knyttet\s+til|knytt\s+til|tatt\s+med|teke\s+med)(?=\s*(?:[.;!]|$|(?:på\s+et\s+senere|på\s+eit\seinare|i\s+en\s+senere|i\s+ein\s+seinare|senere|seinare|etter\s+hvert|etter\s+kvart|når|dersom|om|hvis|viss)\b))|"
    r"\b(?:will|shall)\s+(?:also\s+)?be\s+(?:involved|brought\s+in|included|consulted)(?=\s*(?:[.;!]|$|(?:later|at\s+a\s+later|in\s+a\s+later|once|when|if|as\s+the\s+project)\b))|"
    # A body named as a candidate only: «NTNU kan være en aktuell forskningspartner», «could be a possible partner».
    # Wished for or intended only: «Ønskede samarbeidspartnere: …», «Intended public partners: …».
    r"\b(?:aktuell|aktuelle|mogleg|moglege|mulig|mulige|potensiell\w*|possible|potential|prospective|candidate|"
    r"ønsket|ønskede|ønskte|ønska|ønskete|tiltenkt\w*|tenkte|planlagte|planlagde|intended|desired|wished(?:-for)?|hoped(?:-for)?|planned)\s+(?:[\w-]+\s+)?[\w-]*(?:partner|partnar)(?!skap)\w*|"
    # Wished for or talks still to come: «Vi vil gjerne ha med Vestland fylkeskommune», «Vi vil òg snakke med
    # Høgskulen på Vestlandet», «we would like to have the county with us», «we will also talk to …».
    r"\b(?:vil\s+gjerne|ønsker|ønskjer|håper|håpar)\s+(?:å\s+)?(?:ha|få)\s+med\b|\b(?:would\s+like|wish|hope)\s+to\s+(?:have|get|bring)\b[^.!?\n]{0,60}?\b(?:on\s+board|with\s+us|involved)\b|"
    r"\b(?:vil|skal)\s+(?:(?:vi|me)\s+)?(?:også\s+|òg\s+|og\s+|senere\s+|seinare\s+)?(?:snakke|snakka|prate|prata|ha\s+samtalar|ha\s+samtaler|ha\s+dialog|drøfte|drøfta)\s+(?:\w+\s+)?med\b|\b(?:will|shall)\s+(?:also\s+)?(?:talk|speak)\s+(?:to|with)\b|"
    # Papers still to come: «letters of intent under preparation», «intensjonsavtalane er under arbeid».
    + PENDING_PAPERS + "|"
    # «Vi ønsker å få med …», «we want to involve …», «tar sikte på å knytte til oss …»: wished for, not taking part.
    r"\b(?:ønsker|ønskjer|vil\s+gjerne|want|wants|would\s+like)\s+(?:å\s+|to\s+)(?:få\s+med|knytte\s+til|knyte\s+til|involvere|inkludere|involve|include|bring\s+in|get)\b|"
    r"\b(?:tek|tar|aim|aims)\s+(?:sikte\s+på\s+å|to)\s+(?:\w+\s+)?(?:knytte|knyte|få\s+med|hente\s+inn|rekruttere|recruit|bring\s+in|bring\s+on\s+board|engage|attach)\b|"
    # letters or commitments still to be fetched: «Letters of intent … will be obtained», «intensjonsbrev skal hentast inn».
    r"\b(?:will|shall)\s+be\s+(?:obtained|collected|secured|sought|signed)\b|\b(?:vil|skal)\s+(?:bli\s+|verte\s+)?(?:innhenta|innhentet|innhentes|innhentast|hentast\s+inn|hentes\s+inn|signert|signerast|signeres)\b|"
    # offered the result afterwards, or kept informed: «vil få tilbud om å ta i bruk løsningen», «will be kept informed», «følgje arbeidet».
    r"\b(?:få|får|fått)\s+(?:tilbud|tilbod)\s+om\b|\b(?:will\s+be|be|are|is)\s+offered\b|"
    r"\b(?:holdt|haldne|halde|holdes|haldast|kept)\s+(?:løpende\s+|løpande\s+|fortløpende\s+)?(?:orientert\w*|informert|informed|up\s+to\s+date|updated)\b|"
    r"\b(?:følge|følgje|follow)\s+(?:med\s+på\s+)?(?:arbeidet|prosjektet|the\s+work|the\s+project)\b|"
    # taking part only in spreading the result once the project is over.
    r"\b(?:vil|skal|will|shall)\s+(?:\w+\s+)?(?:samarbeide|samarbeida|cooperate|co-operate|collaborate)\s+(?:\w+\s+){0,8}?(?:om|on|in|about)\s+(?:spredning|spreiing|spreing|dissemination|spreading)\b|"
    r"\b(?:no|ingen|inga)\s+(?:formal\s+|formelle\s+|formell\s+|signed\s+|signerte\s+)?(?:agreements?|avtaler|avtalar|commitments?|forpliktelser|forpliktingar)\b|"
    r"\b(?:ikke|ikkje|not)\s+(?:\w+\s+)?(?:inngått|inngått\s+noen|signert|signed|agreed|made)\s+(?:\w+\s+)?(?:avtale\w*|agreements?)\b|"
    # «… men de er ikke med som partnere i denne omgang», «are not partners in this round», «er
    # ikkje formelle partnarar», «deltar ikke i prosjektet nå»; «ikke bare partner» says more, not less.
    r"\b(?:ikke|ikkje|not)\s+(?:med\s+som\s+|med\s+|with\s+us\s+as\s+|yet\s+|ennå\s+|enno\s+)?(?!(?:bare|berre|kun|only|just|merely|uten|utan|without)\b)(?:\w+\s+)?"
    r"(?:partnere|partnarar|partners?|partnar|co-applicants?|medsøkere|medsøkjarar|medsøker|medsøkjar|part\s+of\s+the\s+partnership)\b|"
    r"\b(?:deltar|deltek|stiller|blir|vert)\s+(?:\w+\s+)?(?:ikke|ikkje)\s+(?:\w+\s+)?(?:i\s+prosjektet|i\s+partnerskapet|i\s+partnarskapet|med)\b|"
    r"\b(?:do|does|will|did)\s+not\s+(?:\w+\s+)?(?:take\s+part|participate|join)\b|\b(?:are|is)\s+not\s+(?:\w+\s+)?(?:taking\s+part|participating|joining)\b",
    re.IGNORECASE,
)

# A name in a partners' field marked in brackets as only interested, asked or not yet confirmed
# («Nordland fylkeskommune (interessert)», «Vefsn Municipality (invited)», «NAV Agder (ikke
# bekreftet)»): not a partner.
ONLY_QUALIFIED = re.compile(
    r"[ \t]*+\(\s*(?:er\s+|is\s+)?(?:interessert\w*|interested|positiv\w*|positive|invitert|invited|"
    # Still to be asked, invited or contacted: «(to be asked)», «(skal spørjast)», «(vil bli kontaktet)».
    r"(?:to\s+be|will\s+be|vil\s+(?:bli|verte)|skal\s+(?:bli|verte)?)\s*(?:invited|asked|contacted|approached|invitert|inviterast|inviteres|spurt|spurd|spørjast|spørres|kontaktet|kontakta|kontaktes|kontaktast)|"
    r"informert|informed|orientert|orientera|spurt|spurd|asked|kontaktet|kontakta|contacted|ikke\s+bekreftet|ikkje\s+stadfest\w*|not\s+(?:yet\s+)?confirmed|"
    r"to\s+be\s+confirmed|tbc|under\s+avklaring|uavklart|ønsket|ønskt|ønska|wanted|hoped\s+for|potensiell\w*|potential|prospective|mulig|mogleg)\s*[^()\n]{0,40}\)",
    re.IGNORECASE,
)
# A closing bracket that says the papers of them all are still to come: «Asker kommune, Bærum kommune,
# Ringerike kommune (letters of intent under preparation)», «(intensjonsavtalar under arbeid)».
ALL_PENDING = re.compile(
    r"\((?=[^()\n]{0,40}?\b(?:letters|intensjonsavtal(?:er|ar|ane|ene)|intensjonsbreva|støttebreva|avtal(?:er|ar|ane|ene)|agreements|alle|all|both|begge)\b)[^()\n]{0,40}?"
    + PENDING_PAPERS + r"[^()\n]{0,40}\)[\s.*_]*$",
    re.IGNORECASE,
)
# A bracket after a list of partners that says of them all that they are only positive, interested
# or informed: «Helse Stavanger HF og Sandnes kommune (begge har uttrykt seg positive til
# prosjektet)», «(both have expressed interest)». None of them has yet taken part.
ALL_QUALIFIED = re.compile(
    r"\(\s*(?:begge|alle|alle\s+tre|both|all(?:\s+of\s+them|\s+three)?)\b[^()\n]{0,60}?"
    r"\b(?:positiv\w*|positive|interessert\w*|interested|interesse|interest|orienter\w*|informer\w*|informed|briefed|invitert\w*|invited)\b[^()\n]{0,60}\)",
    re.IGNORECASE,
)
