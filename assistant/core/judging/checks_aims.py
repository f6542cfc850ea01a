"""How a keyword check reads an aim or an anchoring: a part headed by the aim itself, a word met by
chance in the problem as it is today, an aim said only in other words, and a private applicant's
own leadership.

Used by `checks.check_keywords` for the criteria whose rubric table asks for it (`heading`,
`gains`, `soft`, `own_roles`): the greener-and-smarter aim and top-management anchoring are read so.
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from .analysis import Analysis, Hit
from .findings import Level, Status
from .checks_base import _UNION_KEYS, Context, Outcome, _union
from .sentence_bounds import _sentence_around, list_lead_in

# A part of at least this many words argues what its heading names.
HEADED_PART_WORDS = 8


def headed_aim(a: Analysis, check: r.KeywordsCheck, own: list[str]) -> Hit | None:
    """The heading of a part that names the aim itself («## Grønnere og smartere», «4. A smarter
    and greener service») over a body that says something (a sentence or more, not «Ikke
    relevant.»): the writer states the aim there, in whatever words the body uses. The part is
    one of `own` (the criterion's sections) or one the parser could not name."""
    named = _union(tuple(check.heading))
    if named is None:
        return None
    refused = _union(tuple(check.negated))
    for body_start, body_end, section in a.section_spans:
        # A part the parser reads as another (the need, the budget) is not where the aim is stated.
        if (section.key is not None and section.key not in own) or not named.search(section.heading):
            continue
        if a.words_in(section) < HEADED_PART_WORDS or (refused is not None and refused.search(a.source, body_start, body_end)):
            continue
        start = a.offset_of_line(section.line)
        end = a.source.find("\n", start)
        found = named.search(a.source, start, end if end != -1 else len(a.source))
        if found is not None:
            return Hit(found.start(), found.end(), found.group(0), section.line, section.key or section.heading)
    return None


def gains_part_aim(a: Analysis, check: r.KeywordsCheck) -> tuple[Hit, str] | None:
    """A line or sentence of a part headed as the project's gains (`gain_parts`: «Gevinster»,
    «Kva vi får att», «Expected benefits») that names a gain for society of the greener or
    smarter kind (`public_gains`: fewer call-outs to false alarms, better prioritising of public
    funds, services replanned before a road closes), with the part's heading: the aim is stated
    there though the call's own words are not. A gain that is the body's own staffing or time
    (`own_gains`: fewer vacancies, less agency hire, time spent recruiting) is no such aim, nor
    one said only as a side effect or denied (`drop_sentences`). In any other part, a sentence that
    says how the project wins such a gain (`means_end`: «Ved å gi bedre informasjon tidlig kan vi …
    unngå unødvendige utrykninger») states it too. Else None."""
    from .checks_reasons import _units_in

    parts, gains = _union(tuple(check.gain_parts)), _union(tuple(check.public_gains))
    if parts is None or gains is None:
        return None
    own, drop = _union(tuple(check.own_gains)), _union(tuple(check.drop_sentences))
    means = _union(tuple(check.means_end))
    for body_start, body_end, section in a.section_spans:
        headed = parts.search(section.heading) is not None
        if not headed and means is None:
            continue
        for unit in _units_in(a, body_start, body_end):
            found = gains.search(unit)
            if found is None or (own is not None and own.search(unit)) or (drop is not None and drop.search(unit)):
                continue
            if not headed and means is not None and not means.search(unit):
                continue  # outside the gains part, only a gain the project acts to win
            # The unit as it stands; a sentence wrapped over lines is found by its gain's words.
            said = unit if (at := a.source.find(unit, body_start, body_end)) != -1 else found.group(0)
            at = at if at != -1 else max(a.source.find(said, body_start, body_end), body_start)
            return Hit(at, at + len(said), said, a.line_of(at), section.key or section.heading), section.heading
    return None


def met_by_chance(a: Analysis, hit: Hit, every_hit: list[Hit], check: r.KeywordsCheck) -> bool:
    """Whether a word found stands only where the sketch describes the problem as it is or who
    takes part (`incidental_sections`), each time in a sentence that states no aim or gain
    (`gains`): «sletting og gjenbruk av graver er tungvint», «fagområde: landbruk, miljø,
    beredskap», «Vestlandet har sterke miljø innan anlegg» name today's work or the partners,
    not what the project aims at; a list item under a lead-in that states the aim («Målet er:
    – energibruk under 50 kWh/m²») is said as an aim. The check asks it of every word found."""
    gains = _union(tuple(check.gains))
    if gains is None or not check.incidental_sections:
        return False
    same = [h for h in every_hit if h.text.casefold() == hit.text.casefold()] or [hit]
    told = gains_told_without(a, every_hit, check) is not None
    named = _union(tuple(check.heading))
    for h in same:
        sentence = _sentence_around(a.source, h.start, h.end)
        if told and not (named is not None and named.search(h.text)):
            # The sketch tells its gains in a part of their own and none is of this kind: a word
            # that names a topic (not the aim itself: «smartere», «bærekraftig») is the aim only
            # where its sentence states a gain in other words than its own («lågare utslepp»,
            # «mindre køyring»), not where it names a service («søknader, byggjesak og avfall»).
            at = sentence.find(h.text)
            rest = sentence[:at] + sentence[at + len(h.text) :] if at != -1 else sentence
            if gains.search(rest):
                return False
            continue
        if h.section not in check.incidental_sections:
            return False
        if gains.search(sentence) or gains.search(list_lead_in(a.source, h.start)):
            return False  # an item under «Målet er:» states the aim as its lead-in does
    return True


def gains_told_without(a: Analysis, every_hit: list[Hit], check: r.KeywordsCheck) -> str | None:
    """The heading of a part headed as the project's gains (`gain_parts`: «Gevinstar», «Expected
    benefits») of a sentence or more when none of its lines names a gain of the criterion's kind:
    no word found stands in it and it names no gain for society (`gains_part_aim`). The writer
    has said what the project gains, and it is not this. Else None."""
    parts = _union(tuple(check.gain_parts))
    if parts is None:
        return None
    told = None
    for body_start, body_end, section in a.section_spans:
        if not parts.search(section.heading) or a.words_in(section) < HEADED_PART_WORDS:
            continue
        if any(body_start <= h.start < body_end for h in every_hit):
            return None
        told = told or section.heading
    if told is None or gains_part_aim(a, check) is not None:
        return None
    return told


def slogan_only(a: Analysis, every_hit: list[Hit], check: r.KeywordsCheck) -> Hit | None:
    """The first hit when every word found is the call's own slogan (`slogan`: «grønnere og
    smartere», «mer bærekraftige», «a greener and smarter Vestfold, in line with the SDGs») and
    none stands where the sketch says what changes (`concrete`): in its paragraph, or for a part
    headed by the aim, in the part's body. «Et smartere samspill der sengene brukes riktig» or
    «Målet er en smartere helsetjeneste» after «med mindre bruk av helsesykepleiertid» say it."""
    slogan, concrete = _union(tuple(check.slogan)), _union(tuple(check.concrete))
    explained = _union(tuple(check.explained))
    if slogan is None or concrete is None or not every_hit:
        return None
    for h in every_hit:
        # The hit must lie inside a slogan phrase («grønnere og smartere», «bærekraftig»): one
        # «smartere» alone («vi vil bli en smartere kommune») is read as an aim.
        near = slogan.finditer(a.source, max(h.start - 60, 0), min(h.end + 60, len(a.source)))
        if not any(m.start() <= h.start and h.end <= m.end() for m in near) or concrete.search(_context(a, h)):
            return None
        sentence = _sentence_around(a.source, h.start, h.end)
        at = sentence.find(h.text)
        if explained is not None and at != -1 and explained.match(sentence, at + len(h.text)):
            return None
    return every_hit[0]


def said_in_passing(a: Analysis, hits: list[Hit], every_hit: list[Hit], check: r.KeywordsCheck) -> Hit | None:
    """The first hit when every word found stands, each time, in a sentence that says the effect
    only as something the project may also bring or that is good in general (`in_passing`: «kan
    òg gje lågare energibruk», «Mindre bruk av båt, som òg gir lågare utslepp», «og det er bra for
    miljøet», «could also cut emissions»), after those words, and names no figure: what the
    project aims at is something else. A word in a heading (the title naming the topic) or met by
    chance in today's problem is neither. «Prosjektet skal også kutte utslippene med 30 prosent»
    states it, and so does an effect owned as an aim after it (`passing_owned`: «… og dermed
    lavere utslipp – det er et mål i seg selv for oss»)."""
    passing = _union(tuple(check.in_passing))
    if passing is None or not hits:
        return None
    owned = _union(tuple(check.passing_owned))
    headings = {s.line for s in a.sketch.sections}
    said = []
    for hit in hits:
        if hit.line in headings or met_by_chance(a, hit, every_hit, check):
            continue  # a title naming the topic, or a word met in today's problem: neither an aim
        for h in [h for h in every_hit if h.text.casefold() == hit.text.casefold()] or [hit]:
            sentence = _sentence_around(a.source, h.start, h.end)
            # The word must stand after the words that make it a by-the-way («… reduced, which
            # also cuts particulate pollution» keeps the reduction itself as the aim).
            at = sentence.find(h.text)
            if re.search(r"\d", sentence) or not any(m.start() <= at for m in passing.finditer(sentence)):
                return None
            if owned is not None and owned.search(sentence, max(at, 0)):
                return None  # «… og dermed lavere utslipp – det er et mål i seg selv for oss»
        said.append(hit)
    return said[0] if said else None


def _context(a: Analysis, hit: Hit) -> str:
    """The paragraph holding a hit (a list is one paragraph), or the body of the part whose
    heading it is; at most PARAGRAPH_REACH characters either side."""
    source = a.source
    for body_start, body_end, section in a.section_spans:
        if section.line == hit.line:
            return source[body_start : min(body_end, body_start + 2 * PARAGRAPH_REACH)]
    floor, ceiling = max(hit.start - PARAGRAPH_REACH, 0), min(hit.end + PARAGRAPH_REACH, len(source))
    left = source.rfind("\n\n", floor, hit.start)
    right = source.find("\n\n", hit.end, ceiling)
    return source[(left + 2 if left != -1 else floor) : (right if right != -1 else ceiling)]


# A paragraph is read at most this far either side of a hit (a text with no blank line).
PARAGRAPH_REACH = 1500


def softer_aims(a: Analysis, spans: list[tuple[int, int, str | None]], check: r.KeywordsCheck) -> list[Hit]:
    """Aims of the criterion's kind said without its words («mer tid til pasientene», «better use
    of the premises we have»): with these, a sketch does not clearly lack the aim."""
    soft = _union(tuple(check.soft))
    if soft is None:
        return []
    return a.find(soft, spans, keys=_UNION_KEYS.get(soft))


def first_words(text: str, limit: int = 80) -> str:
    """A quote of at most `limit` characters, cut at a word."""
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def own_leadership(ctx: Context, hits: list[Hit], check: r.KeywordsCheck, name: str) -> Outcome:
    """Anchoring said of an applicant that is not a public body (a company, a foundation, a private
    school, an association). The criterion asks whether the sketch is anchored with top management,
    whatever the body; whether the body may apply is judged on its own. So its own board, group
    chief, rector or daglig leder said to have decided or to back it anchors it («Styret i stiftelsen
    har vedtatt å søke», «Konsernsjef har godkjent at vi søker»), and so do public leaders said to
    back it. It stays open when the same part says the public bodies' leadership is only informed or
    still to be asked, when the applicant applies on behalf of public bodies whose leaders are never
    said to back it, or when no leader is named at all («Prosjektet er forankret i selskapet»)."""
    a = ctx.analysis
    leaders, strong = _union(tuple(check.own_roles)), _union(tuple(check.strong))
    backed = [
        (h, sentence)
        for h in hits
        if leaders is not None and strong is not None and leaders.search(sentence := _sentence_around(a.source, h.start, h.end)) and strong.search(sentence)
    ]
    for h, sentence in backed:
        if _of_public_bodies(a, sentence, check, name) and public_pending(a, h, check) is None:
            # «Bydelsdirektørene i Alna og Søndre Nordstrand har bekreftet deltakelse»: the
            # public bodies' own leaders back it, whoever applies.
            return Outcome(Status.PASS, [ctx.finding(Level.INFO, "keywords.found", hit=h, count=1, words=first_words(sentence))])
    for h in hits:
        if (said := public_backing(a, h, check)) is not None:
            # «Begge kommunene har sendt støttebrev» beside the applicant's own board.
            return Outcome(Status.PASS, [ctx.finding(Level.INFO, "keywords.found", hit=h, count=1, words=first_words(said))])
    if backed:
        h, sentence = backed[0]
        if (open_ := public_pending(a, h, check)) is not None:
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.public-pending", hit=h, name=name, words=first_words(open_, 160))])
        if (behalf := _union(tuple(check.on_behalf))) is not None and behalf.search(a.source):
            # It applies for public bodies whose leadership the text never says backs it.
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.on-behalf", hit=h, name=name, words=first_words(sentence))])
        if (below := public_below_top(a, h, check, name)) is not None:
            # The part turns to the public bodies, and what it says of them is below their top
            # («Kommunalsjefene har skrevet støttebrev», «Begge kommunene er positive»).
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.own-leadership", hit=h, name=name, words=first_words(below, 160))])
        # Its own top management has decided, and the part claims nothing of public leaders: that
        # is the anchoring asked for.
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "keywords.own-top", hit=h, name=name, words=first_words(sentence))])
    return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.no-leader", hit=hits[0], name=name, words=first_words(_sentence_around(a.source, hits[0].start, hits[0].end)))])


def _of_public_bodies(a: Analysis, sentence: str, check: r.KeywordsCheck, applicant: str) -> bool:
    """Whether a sentence that says leaders back the sketch names public bodies (a municipality,
    a hospital, a partner's own name: «The port directors … and the board of Ålesundregionens
    Havnevesen»), not only the applicant, whose name may hold such a word («Kommuneinnsikt AS»)."""
    said = sentence.replace(applicant, " ") if applicant else sentence
    bodies = _union(tuple(check.public_bodies))
    names = _partner_names(a, a.source)
    return (bodies is not None and bodies.search(said) is not None) or (names is not None and names.search(said) is not None)


# Words of a public partner's name that do not tell one partner from another.
_GENERIC_NAME_WORDS = frozenset(
    "kommune kommunen herad fylkeskommune fylkeskommunen municipality county council hospital sykehus sjukehus "
    "helseforetak trust norge noreg norway universitet university hf rhf iks kf fkf sf".split()
)


def _partner_names(a: Analysis, context: str = "") -> re.Pattern[str] | None:
    """The telling words of the public bodies' names («Olavs», «Trondheim»): the sketch's public
    partners, and the public bodies `context` names, whether or not they are partners yet (a
    hospital only told of the idea is still a public body whose leadership is only told)."""
    from ..sketch.registry import find_organisations

    names = [body.name for body in a.sketch.public_bodies]
    names += [f.body.name for f in find_organisations(context) if f.body.kind.is_public] if context else []
    # A word the applicant's own name holds («Arenadrift Innlandet AS» beside «Høgskolen i
    # Innlandet») tells no public body apart from it.
    own = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", a.sketch.applicant.name)} if a.sketch.applicant else set()
    words = {
        w
        for name in names
        # A word of four letters or more, or an acronym («UNN», «OUS»).
        for w in re.findall(r"[^\W\d_]{4,}|\b[A-ZÆØÅ]{3}\b", name)
        if w[0].isupper() and w.casefold() not in _GENERIC_NAME_WORDS and w.casefold() not in own
    }
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b") if words else None


def public_backing(a: Analysis, hit: Hit, check: r.KeywordsCheck) -> str | None:
    """A sentence in the paragraph of a private applicant's own anchoring that says public bodies'
    top management (`top_roles`) has backed the sketch in a way that binds them (`settled`:
    «Kommunedirektørane har skrive under», «Begge kommunestyra har vedteke …»), naming no leader
    of the applicant's own and nothing still open; else None. «Kommunane har gjeve støttebrev»
    says the bodies back it, not who in them."""
    bodies, names = _union(tuple(check.public_bodies)), _partner_names(a, a.source)
    settled, own, top = _union(tuple(check.settled)), _union(tuple(check.own_roles)), _union(tuple(check.top_roles))
    open_ = [p for p in (_union(tuple(check.pending)), _union(tuple(check.negated))) if p is not None]
    if settled is None or (bodies is None and names is None):
        return None
    for sentence in _sentences(_context(a, hit)):
        named = (bodies is not None and bodies.search(sentence)) or (names is not None and names.search(sentence))
        if not named or not settled.search(sentence) or any(p.search(sentence) for p in open_):
            continue
        if top is not None and not top.search(sentence):
            continue  # the bodies back it, but the sentence does not say their top management does
        if own is not None and (o := own.search(sentence)) is not None and not (bodies is not None and bodies.search(o.group(0))):
            continue  # the applicant's own board may be the one that signed
        return sentence
    return None


def public_below_top(a: Analysis, hit: Hit, check: r.KeywordsCheck, name: str) -> str | None:
    """A sentence in the paragraph of a private applicant's own anchoring that names public bodies
    or their people and says how they back it or take it («Kommunalsjefene i de tre kommunene har
    skrevet støttebrev», «Stord kommune har sendt støttebrev», «Fagansvarlige i Asker har deltatt»,
    «Kommunane er positive»), when no sentence says their top management backs it (see
    `public_backing`, read first): the part claims the public side's backing, and it is not with
    their top. A sentence naming the applicant's own board or chief is its own anchoring."""
    bodies, names, roles = _union(tuple(check.public_bodies)), _partner_names(a, a.source), _union(tuple(check.public_roles))
    said = [p for p in (_union(tuple(check.backing)), _union(tuple(check.weak)), _union(tuple(check.settled)), _TAKES_PART) if p is not None]
    own = _union(tuple(check.own_roles))
    for sentence in _sentences(_context(a, hit)):
        other = sentence.replace(name, " ") if name else sentence
        if own is not None and own.search(other) and not (bodies is not None and bodies.search(own.search(other).group(0))):
            continue
        named = any(p is not None and p.search(other) for p in (bodies, names, roles))
        if named and any(p.search(other) for p in said):
            return sentence
    return None


# How public people take part or back it below a decision («har deltatt i arbeidet», «har skrevet
# støttebrev», «support the application»).
_TAKES_PART = re.compile(
    r"\b(?:deltatt|delteke|deltek|deltar|participated|took part|taken part|take part|takes part|støttebrev|letters? of (?:support|intent)|support(?:s|ed)?|støtter|stør|tilslutning|tilslutnad)\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    """A paragraph's sentences; «St. Olavs», «ca.», «jf.» and «nr.» end none."""
    return re.split(r"(?<=[.!?])(?<!\bSt\.)(?<!\bca\.)(?<!\bjf\.)(?<!\bnr\.)\s+", text)


def public_pending(a: Analysis, hit: Hit, check: r.KeywordsCheck) -> str | None:
    """A sentence in the paragraph of a private applicant's own anchoring that names a public
    partner and says its leadership is only informed, will be asked, or will anchor it later
    («Kommunene vil forankre deltakelsen når prosjektet er bevilget», «The clinic director at
    St. Olavs has been informed»), and not that it has approved: the anchoring the call asks
    for is then open. A partner's leader who has signed or approved leaves it standing."""
    bodies, pending, negated = (_union(tuple(p)) for p in (check.public_bodies, check.pending, check.negated))
    settled, chiefs, roles = _union(tuple(check.settled)), _union(tuple(check.doubt_roles)), _union(tuple(check.public_roles))
    context = _context(a, hit)
    names = _partner_names(a, a.source)
    if bodies is None and names is None:
        return None
    found = None
    for sentence in _sentences(context):
        # A public body or a public leader («Ordførarane i Evenes og Tjeldsund», «the mayor of Tana»).
        named = (bodies is not None and bodies.search(sentence)) or (names is not None and names.search(sentence)) or (roles is not None and roles.search(sentence))
        chief = named or (chiefs is not None and chiefs.search(sentence))
        if chief and settled is not None and settled.search(sentence):
            return None  # a partner's leader has backed it («Administrerende direktør ved UNN har gitt sin tilslutning»)
        if named and found is None and ((pending is not None and pending.search(sentence)) or (negated is not None and negated.search(sentence))):
            found = sentence
    return found


def planned_part(a: Analysis, stated: list[Hit], check: r.KeywordsCheck) -> tuple[Hit, str] | None:
    """The sentence of the sketch's own part on anchoring (headed as one of `own_part`: «13.
    Forankring», «Anchoring») that says the anchoring is still to come («Prosjektet vil bli lagt
    fram for direktørens ledermøte i januar, og vi tar sikte på formell forankring …»), when no
    word found stands in that part and no sentence elsewhere says a leader has already backed it
    («Rådmannen har godkjent skissen»): a leader named in a steering group or «tydelig
    forankring» in a table of risks does not outweigh what the part itself says. Else None."""
    named, planned, strong = (_union(tuple(p)) for p in (check.own_part, check.negated, check.strong))
    if named is None or planned is None:
        return None
    for body_start, body_end, section in a.section_spans:
        if not named.search(section.heading):
            continue
        if any(body_start <= h.start < body_end for h in stated):
            return None  # the part itself says who backs it
        said = next((s for s in a.section_sentences(section) if planned.search(s.text)), None)
        if said is None:
            return None
        for h in stated:
            sentence = _sentence_around(a.source, h.start, h.end)
            if strong is not None and strong.search(sentence.replace(h.text, " ", 1)):
                return None
        start = a.source.find(said.text[:40], a.offset_of_line(said.line))
        start = start if start != -1 else a.offset_of_line(said.line)
        return Hit(start, start + len(said.text), said.text, said.line, section.key), first_words(" ".join(said.text.split()), 160)
    return None
