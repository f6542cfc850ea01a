"""The numbers-and-data check: figures that back the need, and the sources named beside them.

Split from `checks` (one module per family of checks); `_sentence_around` and `_line_head` are
shared with the keyword checks there. How large an amount said in the text is stands in
`checks_money`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..sketch import rubric as r
from .analysis import Analysis, Hit
from .checks_base import Context, Outcome, _distinct, _keys, _union
from .checks_money import _capped
from .findings import Finding, Level, Status
from .sentence_bounds import _sentence_around


# ------------------------------------------------------------------ numbers and data

_FIGURE = re.compile(
    # An amount after its currency («NOK 140 000 a year», «kr 2 500»), with or without a scale word…
    r"(?<![\w.,])(?:(?:kr\.?|nok)\s*\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:[.,]\d+)?(?:\s*(?:millioner|millionar|millions?|milliarder|milliardar|billions?|mill\.?|mrd\.?))?(?![\d])"
    # …or a number followed by what it counts.
    r"|\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:[.,]\d+)?\s*"
    # Longer words before their beginnings: «1,2 milliarder» is not «1,2 mill».
    r"(?:%|‰|prosentpoeng|prosent|percent|millioner|millionar|millions?|milliarder|milliardar|billions?|mill\.?|mrd\.?|mnok|nok|kr\b|kroner|"
    r"minutter|minutt|minutes|klager|klagar|complaints|bookinger|bookingar|(?:double )?bookings|bestillinger|bestillingar|"
    r"besøkende|visitors|hikers|walkers|turgåere|turgåarar|hendelser|hendingar|incidents|avvik|deviations|ganger|gonger|"
    r"times\b|senger|beds|biler|bilar|cars|vehicles|kjøretøy|dekar|daa\b|hektar|hectares|km2|km²|"
    r"innbyggere|innbyggjarar|personer|personar|brukere|brukarar|pasienter|pasientar|elever|elevar|barn|eldre|ansatte|tilsette|"
    r"årsverk|timer|timar|døgn|dager|dagar|uker|veker|måneder|månader|år\b|years?|tonn|tonnes?|kwh|mwh|gwh|km|kilometer|"
    r"liggedøgn|plasser|plassar|sengeplasser|saker|vedtak|søknader|søknadar|husstander|hushald|tilfeller|tilfelle|"
    r"besøk|reiser|turar|people|residents|users|patients|hours|days|per\b|av\s+(?:\d|alle|hundre)|"
    r"inhabitants|municipalities|kommuner|kommunar|households|passengers|passasjerer|passasjerar|pupils|students|"
    r"children|employees|cases|trips|routes|ruter|buildings|bygg|bygninger|skoler|skular|schools|sykehjem|sjukeheimar|"
    r"boliger|bustader|homes|dwellings|m2|m²|m3|m³|kvadratmeter)"
    # …or the first of a change told as «from … to …» with no word for what it counts («Utlånet
    # falt fra 412 000 i 2019 til 356 000 i 2023», «rose from 310 to 520»): three digits or more,
    # or a year beside it, so «fra 8 til 16» (opening hours) and «fra 1 til 5» (a scale) are none.
    r"|(?:(?<=fra )|(?<=frå )|(?<=from ))(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})++|\d{3,})(?:[.,]\d+)?(?=,?\s+(?:i|in)\s+(?:19|20)\d\d,?\s+(?:til|to)\s+\d|\s+(?:til|to)\s+\d)"
    r"|(?:(?<=fra )|(?<=frå )|(?<=from ))\d{1,3}(?:[.,]\d+)?(?=,?\s+(?:i|in)\s+(?:19|20)\d\d,?\s+(?:til|to)\s+\d))",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(r"kr\b|kroner|nok|mill|mrd|milliard", re.IGNORECASE)
_FIGURE_KEYS = frozenset({*"0123456789", "kr", "no"})
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d\s*(?:år\b)?$")


def _budget_lines(a: Analysis) -> set[int]:
    """The lines the budget was read from (1-based): the project's own cost, not the need's."""
    budget = a.sketch.budget
    if budget is None:
        return set()
    lines = {x.line for x in budget.lines if x.line} | ({budget.total_line} if budget.total_line else set())
    if budget.table_start:
        lines |= set(range(budget.table_start, (budget.table_end or budget.table_start) + 1))
    return lines


# A note left for the writers to fill in later («[TALL FRA ØKONOMI – sett inn kostnader siste 5 år]»,
# «[insert figures from KOSTRA]», «[TBD]»): what it asks for is not in the sketch yet.
_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{0,120}?\b(?:sett inn|set inn|fyll inn|legg inn|legg til|skriv inn|insert|add|fill in|TBD|TBA|TODO|XX+)\b[^\[\]\n]{0,120}\]",
    re.IGNORECASE,
)


def _outside_placeholders(a: Analysis, hits: list[Hit]) -> list[Hit]:
    """The hits that stand outside a placeholder left to be filled in."""
    spans = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(a.source)] if "[" in a.source else []
    return [h for h in hits if not any(s <= h.start < e for s, e in spans)] if spans else hits


def _figures(a: Analysis, exclude: list[str]) -> list[Hit]:
    hits = _outside_placeholders(a, a.find(_FIGURE, a.spans_for(exclude=exclude), keys=_FIGURE_KEYS))
    budget_lines = _budget_lines(a)  # a budget outside its own part (no headings, a «Budsjett:» line)
    out = []
    for h in hits:
        text = h.text.strip()
        if _YEAR_ONLY.match(text) or (h.line in budget_lines and _MONEY_WORD.search(text)):
            continue  # an amount on a budget line is the project's cost; a «38 %» beside it still counts
        out.append(Hit(h.start, h.start + len(text), text, h.line, h.section))
    return out


# A number and the word it counts («60 inspektørar», «35 mottak», «12 vessels»), in the need's
# own parts: not a year, a label's number («fase 2», «Dokument 3:8», «kapittel 4») nor a date.
_COUNTED = re.compile(
    r"(?<![\w.,:/§–-])(?<!\d[ \u00a0])(?:\d{1,3}(?:[ \u00a0]\d{3})++|\d{1,6})(?:[.,]\d+)?"
    r"(?:\s*[–-]\s*\d{1,6})?\s+(?:(?:nye|flere|fleire|ulike|andre|små|store|new|other|more|small|large)\s+)?[a-zæøå]{4,}+",
)
_NUMBER_LABEL = re.compile(
    r"\b(?:fase|trinn|steg|kapittel|kapittel|punkt|nivå|versjon|tabell|figur|dokument|side|paragraf|nr|nummer|"
    r"phase|step|chapter|level|version|table|figure|page|section|uke|veke|week|kl|klokka|januar|februar|mars|april|mai|juni|"
    r"juli|august|september|oktober|november|desember|january|february|march|june|july|october|december|år|year|fv|rv|ev)\.?\s*$",
    re.IGNORECASE,
)
# A share said in words («halvparten av», «ein tredjedel», «two thirds»). A size said only as its
# order («fleire hundre timar», «tusenvis av», «hundreds of») counts nothing: it is an impression.
_WORD_SHARE = re.compile(
    r"\b(?:halvparten|halvdelen|(?:en|ein|ei)\s+(?:tredjedel|tredel|fjerdedel|firedel)|to\s+av\s+tre|tre\s+av\s+fire|"
    r"half\s+of|a\s+third\s+of|two\s+thirds)\b",
    re.IGNORECASE,
)
_COUNT_KEYS = frozenset("0123456789")


def _counted(a: Analysis) -> list[Hit]:
    """Numbers that count something, and shares said in words, in the parts on the need: read
    only when no figure with a known unit is found and a source is named; none unless two."""
    spans = a.spans_for(["need", "data"])
    out: list[Hit] = []
    for h in _outside_placeholders(a, _capped(a.find(_COUNTED, spans, keys=_COUNT_KEYS))):
        digits = re.match(r"[\d \u00a0]+", h.text).group(0).strip()
        if _YEAR.fullmatch(digits) or _MONEY_WORD.search(h.text) or _NUMBER_LABEL.search(a.source, max(0, h.start - 16), h.start):
            continue  # money the units above would have read (a budget's, left out there)
        out.append(h)
    out.extend(_capped(a.find(_WORD_SHARE, spans)))
    # One count alone is no backing: two or more, as the need's own part gives them.
    return sorted(out, key=lambda h: h.start) if len(out) >= 2 else []


# A figure's digit: not one inside a code or a name («TEK17», «E6», «CO2»).
_DIGIT = re.compile(r"(?<!\w)\d")
# A year beside a name cites it («(NAV, 2023)», «årsrapport 2022»); a number that counts nothing
# («before the age of 25») does not make «benefits from NAV» a source.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# A sentence that sets a target («Målet er at andelen … skal øke med 25 prosent», «We aim to cut
# it by a third»): its figure is the aim, and a body named in it («… første kontakt med NAV») is
# where the work happens, not where a figure comes from.
_GOAL = re.compile(
    r"\b(?:målet|mål|målsettingen|målsetjinga|ambisjonen|the (?:aim|goal|target|ambition)|our (?:aim|goal|target))\s+(?:er|vårt er|is)\b"
    r"|\b(?:skal|vil|shall|will)\s+(?:\w+\s+){0,2}?(?:øke|auke|reduseres|reduserast|ned|opp|halveres|halverast|doble[s]?|increase|fall|drop|rise|be (?:cut|halved|reduced|doubled))\s+(?:med|by|to|til)\b",
    re.IGNORECASE,
)


def _backs_figures(sentence: str) -> bool:
    """Whether a sentence holds a figure, a count or a year, or speaks of the figures told before
    it, so a body named in it may be their source: not a sentence that sets a target."""
    if _GOAL.search(sentence):
        return False
    return (
        _FIGURE.search(sentence) is not None
        or _OF_THE_FIGURES.search(sentence) is not None
        or _counts_in(sentence)
        or any(
            not _DATING.search(sentence, max(0, m.start() - 24), m.start()) and not _SINCE_JOINED.search(sentence, 0, m.start())
            for m in _YEAR.finditer(sentence)
        )
    )


# A sentence that says where the figures just told come from («Tallene er rapportert til
# Miljødirektoratet og KOSTRA», «Tala er henta frå …», «These figures come from …»): the body it
# names is theirs. «KOSTRA-tallene viser det samme bildet» says where none comes from.
_OF_THE_FIGURES = re.compile(
    r"(?<![\w-])(?:(?:(?:disse|desse|dei|de|våre)\s+)?(?:tallene|talla|tala|tallgrunnlaget|talgrunnlaget)|(?:the|these|our)\s+(?:figures|numbers))\s+"
    r"(?:(?:er|blir|vert|ble|vart|var|are|were|is|was|has been|have been)\s+)?(?:\w+\s+)?"
    r"(?:rapportert|henta|hentet|innhentet|innhenta|registrert|samla inn|samlet inn|tatt ut|teke ut|"
    r"(?:kommer|kjem|stammer|stammar)\s+(?:fra|frå)|(?:bygger|byggjer)\s+på|basert på|"
    r"reported|taken|drawn|collected|extracted|(?:come|came)\s+from|based on)\b",
    re.IGNORECASE,
)


def _counts_in(sentence: str) -> bool:
    """Whether a sentence counts something with a number the list of units does not know
    («11 mennesker omkom», «3 200 planoverganger»): not a year, a date nor a label's number."""
    for m in _COUNTED.finditer(sentence):
        digits = re.match(r"[\d \u00a0]+", m.group(0)).group(0).strip()
        if not _YEAR.fullmatch(digits) and not _NUMBER_LABEL.search(sentence, max(0, m.start() - 16), m.start()):
            return True
    return False


# A year that dates when a cooperation began («Partnarane har samarbeidd i Udir sitt nettverk sidan
# 2022», «members of the network since 2019»): the body named is a partner, not a source. Data kept
# since a year («analysedata … sidan 2015») still cite it.
_SINCE_JOINED = re.compile(
    r"\b(?:samarbeid\w*|samarbeidd|samarbeidet|collaborat\w*|cooperat\w*|worked together|nettverk\w*|networks?|medlem\w*|members?)\b[^.!?\n]{0,80}?\b(?:siden|sidan|since)\s+$",
    re.IGNORECASE,
)


# A year that dates a step of the plan («våren 2026», «til utgangen av 2028», «by autumn 2027»):
# a body named beside it is where the step happens, not a source.
_DATING = re.compile(
    r"\b(?:vår(?:en)?|høst(?:en)?|haust(?:en)?|sommer(?:en)?|sommar(?:en)?|vinter(?:en)?|januar|februar|mars|april|mai|juni|juli|august|"
    r"september|oktober|november|desember|spring|autumn|fall|summer|winter|january|february|march|may|june|july|october|december|"
    r"utgangen av|slutten av|starten av|begynnelsen av|byrjinga av|innen|innan|until|by)\s*(?:of\s+)?$",
    re.IGNORECASE,
)


# A label that declares a source: «Kilde:», a footnote, or a bracket that says where the figures
# come from («(tall fra et avisoppslag i Folkebladet)», «(data from the county's ticketing system)»).
_LABELLED = re.compile(r"(?:kilder?|kjelder?|sources?)\s*:|\[\^|\(\s*(?:tall|tal|tala|tallene|data|figures|numbers)\s+(?:fra|frå|from)\s", re.IGNORECASE)
# A cue followed by what the writers themselves have seen or heard («Ifølgje tal vi har sett»,
# «according to figures we have come across»): no source is named.
_UNNAMED_AFTER_CUE = re.compile(
    r"\s*(?:(?:tal|tall|tala|tallene|data|figures|numbers|det|what|opplysning\w*|informasjon\w*|information)\s+)?(?:som\s+|that\s+)?(?:vi|me|we|eg|jeg)\s+(?!har\s+(?:henta|hentet|fått|fenge)\s+(?:fra|frå))",
    re.IGNORECASE,
)
# A register or system named as what a tool will be connected to («Henge saman med kartløysinga og
# eigedomsregisteret», «integrated with the patient register»): where the solution plugs in, not
# where a figure comes from.
_LINKED_BEFORE = re.compile(
    r"\b(?:henge\w*\s+(?:saman|sammen)\s+med|heng\w*\s+(?:saman|sammen)\s+med|(?:kobl|kopl|knyt)\w*\s+(?:\w+\s+)?(?:til|mot|med|saman med|sammen med)|integrer\w*\s+(?:\w+\s+)?(?:med|mot|i)|"
    r"(?:connect|link|integrat|hook)\w*\s+(?:\w+\s+)?(?:to|with|into))\s+(?:[\w-]+,?\s+){0,6}$",
    re.IGNORECASE,
)
_TITLED = re.compile(r"«[^»\n]{3,80}»|(?<!\*)\*[^*\n]{3,80}\*(?!\*)")
_TITLE_REACH = 80  # characters after a source word that the title it names may start within


def _named_sources(a: Analysis, hits: list[Hit], backs: Callable[[str], bool]) -> list[Hit]:
    """The source hits that name a source: labelled as one, in a sentence that `backs` (holds a
    figure or a year), or followed by a title; not the applicant's own guess («Vi anslår at …»)."""
    kept = _distinct([h for h in hits if _LABELLED.match(h.text) or backs(sentence := _sentence_around(a.source, h.start, h.end, wrapped=True)) or _titled_after(a.source, h, sentence)])
    return [
        h
        for h in kept
        if not (_ESTIMATE.fullmatch(h.text.strip()) and _FIRST_PERSON.search(a.source, max(0, h.start - 40), h.start))
        and not (_CUE.fullmatch(h.text.strip()) and _UNNAMED_AFTER_CUE.match(a.source, h.end, h.end + 60))
        and not _LINKED_BEFORE.search(a.source, max(0, h.start - 80), h.start)
    ]


def _titled_after(source: str, hit: Hit, sentence: str) -> bool:
    """Whether a title follows the source word in its sentence («NVEs rapport *Fjernvarme i
    Norge*», «tal frå «Kystmeldinga»»): a named publication. A title elsewhere in the sentence
    names something else («ein app, «Mjøsjord», som hentar data frå sensorar»)."""
    at = sentence.find(source[hit.start : hit.end])
    if at == -1:
        return False
    return _TITLED.search(sentence, at, at + len(hit.text) + _TITLE_REACH) is not None


def check_numbers(ctx: Context, check: r.NumbersCheck) -> Outcome:
    a = ctx.analysis
    figures = _distinct(_figures(a, check.exclude_sections))
    sources_rx = _union(tuple(check.sources))
    spans = a.spans_for(exclude=check.exclude_sections)
    sources = _capped(a.find(sources_rx, spans, keys=_keys(tuple(check.sources)))) if sources_rx else []
    # A source that opens with a mark («(Helse Fonna, 2024)», «[^1]») starts at no word: looked
    # for at every place its mark stands (each pattern starts with a literal mark the scan skips to).
    if (marked := _union(tuple(check.marked_sources))) is not None:
        sources = sorted([*sources, *_capped(a.find(marked, spans, anywhere=True))], key=lambda h: h.start)
    sources = _outside_placeholders(a, sources)
    # A source backs figures: a body named where no figure stands (a partner on the partners
    # line) is not a source.
    # A named publication («NVEs rapport *Fjernvarme i Norge*») is a source in any sentence.
    # Each mention is read in its own sentence before like names are merged: «Statens vegvesen»
    # on the partners line does not hide «Statens vegvesen si kartlegging (rapport 2022) …».
    # A label that says so («Kilde: …», «Kjelder:», a footnote) declares a source wherever it stands.
    named = sources
    sources = _named_sources(a, named, _backs_figures)
    out: list[Finding] = []
    if not figures and (counted := _counted(a)):
        # No figure the list of units knows: numbers that count something in the part on the need
        # («om lag 60 inspektørar», «35 fiskemottak») and shares said in words («halvparten av all
        # kvitfisk», «fleire tusen fartøy») size it when a source is named beside them.
        # In the need's own part a source named beside such counts is theirs, sentence or not.
        need_spans = a.spans_for(["need", "data"])
        in_need = [h for h in named if any(s <= h.start < e for s, e, _ in need_spans)]
        backed = _named_sources(a, in_need, lambda sentence: True)
        if backed:
            figures, sources = _distinct(counted), backed
    n = len(figures)
    need = a.sketch.section("need") or a.sketch.section("data")
    line = need.line if need else None
    if n == 0:
        budget_only = a.sketch.budget is not None and a.sketch.budget.lines
        key = "numbers.budget-only" if budget_only else "numbers.none"
        out.append(ctx.finding(Level.FAIL, key, line=line, section=need.key if need else None))
        return Outcome(Status.FAIL, out)
    status = Status.PASS
    if n < check.min_figures and not sources:
        # A few figures with a named source back the need; a few figures with none do not.
        out.append(ctx.finding(Level.WARN, "numbers.few", line=line, count=n, wanted=check.min_figures))
        status = Status.WARN
    else:
        examples = ", ".join(h.text.rstrip(".") for h in figures[:3])
        out.append(ctx.finding(Level.INFO, "numbers.ok", hit=figures[0], count=n, examples=examples))
    if not sources:
        out.append(ctx.finding(Level.WARN, "numbers.no-source", line=line))
        status = Status.WARN
    else:
        out.append(ctx.finding(Level.INFO, "numbers.sources", hit=sources[0], sources=", ".join(_source_names(a.source, sources)[:4])))
    return Outcome(status, out)


# Words that point to a source rather than name one («ifølge SSB», «tall fra NAV», «viser at»):
# they count as a source cue, but the list of sources names what follows them.
_CUE = re.compile(
    r"(?:ifølge|i følge|ifølgje|ifylgje|i følgje|according to|tall fra|tal frå|data from|figures from|viser at|viste at|syner at|synte at|"
    r"shows? that|showed that|report(?:s|ed)?\s+(?:in\s+(?:19|20)\d\d\s+)?that|rapporter(?:te|er|ar)\s+(?:i\s+(?:19|20)\d\d\s+)?at|projects? that|estimates? that|anslår(?: at)?|estimerer|bere[gk]n\w* at|erekn\w* at|https?://)",
    re.IGNORECASE,
)
# A cue that is an estimate, and the first-person subject just before it that makes it the
# applicant's own («Vi anslår at», «Me reknar med», «We have estimated that»).
_ESTIMATE = re.compile(r"anslår(?:\s+at)?|estimerer|bere[gk]n\w*\s+at|erekn\w*\s+at|estimates?\s+that|projects?\s+that", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:vi|me|we)\s+(?:(?:har|have|hadde|had|også|also|derfor|therefore|selv|sjølv|ourselves)\s+){0,2}$", re.IGNORECASE)
# An acronym's genitive («SSBs», «NAVs»): the same source as the acronym.
_GENITIVE = re.compile(r"^([A-ZÆØÅ]{2,})s$")
_AFTER_CUE = re.compile(r"[\s(]*([^.,;:()«»\n]{1,80})")
_WORD_REST = re.compile(r"\w*")
_ARTICLES = frozenset({"the", "den", "det", "dei", "de"})
_JOINERS = frozenset({"of", "for", "og", "and", "i", "in"})


def _named_after(text: str) -> str:
    """The name that follows a cue: its capitalised words («the Directorate of Health» →
    «Directorate of Health», «Helsedirektoratet venter» → «Helsedirektoratet»)."""
    words = text.split()
    while words and words[0].casefold() in _ARTICLES:
        words = words[1:]
    kept: list[str] = []
    for n, word in enumerate(words[:6]):
        if word[:1].isupper():
            kept.append(word)
        elif kept and word.casefold() in _JOINERS and n + 1 < len(words) and words[n + 1][:1].isupper():
            kept.append(word)
        else:
            break
    return " ".join(kept)


def _source_names(source: str, hits: list[Hit]) -> list[str]:
    """The sources named, each once: an acronym and its genitive as one («SSB», «SSBs»), and
    for a cue word («Ifølge», «According to») the words that follow it, when they name nothing
    listed already."""
    names: list[str] = []
    seen: set[str] = set()

    def add(text: str) -> None:
        # A bracketed source may name several («(SSB, KOSTRA 2023)»): each is one.
        for piece in re.split(r"[,;]", text):
            name = piece.strip(" \t*_()[].:")
            if not re.search(r"[^\W\d_]", name):
                continue  # a year or a page alone names no source
            if genitive := _GENITIVE.match(name):
                name = genitive.group(1)
            first = name.split()[0] if name.split() else ""
            # An acronym's statistics or report («NAVs statistikk») is the acronym's: one source.
            acronym = _GENITIVE.sub(r"\1", first) if first.isupper() or _GENITIVE.match(first) else None
            # «egen logg 2024» and «egen logg» are one source: a year or page after it names no other.
            key = re.sub(r"[\s\d:.,–-]+$", "", (acronym or name).casefold()) or (acronym or name).casefold()
            if acronym and acronym != name:
                name = acronym
            if name and key not in seen and not _CUE.fullmatch(name):
                seen.add(key)
                names.append(name)

    for hit in hits:
        if not _CUE.fullmatch(hit.text.strip()):
            rest = _WORD_REST.match(source, hit.end, min(hit.end + 40, len(source)))
            add(hit.text + (rest.group(0) if rest and hit.text[-1:].isalnum() else ""))  # «Helsedirektorat» → «Helsedirektoratet»
    for hit in hits:
        if _CUE.fullmatch(hit.text.strip()) and (m := _AFTER_CUE.match(source, hit.end, min(hit.end + 82, len(source)))):
            name = _named_after(m.group(1))
            first = _GENITIVE.sub(r"\1", name.split()[0]).casefold() if name else ""
            # «Helsedirektoratet» after «ifølge» is the «Helsedirektorat» already listed.
            if first and not any(first.startswith(key) or key.startswith(first) for key in seen):
                add(name)
            elif not name and (before := _named_before(source, hit.start)):
                # A cue that is the source's verb («Dysleksi Norge anslår at …», «Koordinatorene
                # anslår at …»): the source is the subject before it.
                add(before)
    if not names:
        # Nothing names itself: the cue that says a source stands there («anslår at») is shown.
        names.extend(dict.fromkeys(" ".join(h.text.split()) for h in hits))
    return names


def _named_before(source: str, start: int) -> str:
    """The capitalised words that end just before `start` in its sentence («… tidlig. Dysleksi
    Norge» → «Dysleksi Norge»), or ''."""
    floor = max(0, start - 80)
    text = source[floor:start]
    stop = max(text.rfind("."), text.rfind("\n"), text.rfind(":"))
    words = text[stop + 1 :].split()
    kept: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (kept and word.casefold() in _JOINERS):
            kept.insert(0, word)
        else:
            break
    while kept and (kept[0].casefold() in _JOINERS or kept[0].casefold() in _ARTICLES):
        kept.pop(0)
    return " ".join(kept)
