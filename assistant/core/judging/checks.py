"""Check functions, one per check kind in the rubric. A rubric picks them by `kind`.

Each function gets the shared analysis, the check's typed record, and a message function
for the criterion, and returns a verdict with findings. No check knows about a screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..sketch import rubric as r
from ..sketch.amounts import parse_amount
from ..sketch.model import OrgKind, Organisation
from ..sketch.text import lix_of_sentences
from .analysis import Analysis, Hit
from .checks_aside import aside_part
from .checks_aims import first_words, gains_part_aim, headed_aim, met_by_chance, own_leadership, planned_part, said_in_passing, slogan_only, softer_aims
from .checks_base import Context, Outcome, _distinct, _keys, _union, _without_excluded, without_budget_lines
from .checks_cost import _paragraph, answered_by_sizing, frames_out, public_costs, scale_shown, unsized_anywhere, unsized_area
from .checks_budget import check_budget_present, check_budget_procurement
from .checks_eligibility import check_eligibility
from .checks_personal import check_personal_data
from .checks_money import _capped, _money, _not_sized_small, _quote_around
from .checks_numbers import check_numbers
from .checks_reasons import argued_at, claimed_elsewhere, lone_claim, pitched, section_reading, unreasoned_part
from .checks_section import check_section
from .checks_techfirst import check_technology_first
from .sentence_bounds import _line_head, _sentence_around
from .findings import Decimal1, Finding, Level, Status


# ------------------------------------------------------------------ pages


def check_page_limit(ctx: Context, check: r.PageLimitCheck) -> Outcome:
    limit = ctx.layout.page_limit
    if ctx.pages is None:
        return Outcome(Status.NA, [ctx.finding(Level.INFO, "page_limit.not-rendered", limit=limit)])
    pages, fraction = ctx.pages.pages, ctx.pages.fraction
    shown = Decimal1(fraction)  # said with the reader's decimal mark
    if pages > limit:
        return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "page_limit.over", pages=pages, limit=limit, fraction=shown)])
    if fraction > limit * check.warn_fraction:
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "page_limit.close", pages=pages, limit=limit, fraction=shown)])
    return Outcome(Status.PASS, [ctx.finding(Level.INFO, "page_limit.ok", pages=pages, limit=limit, fraction=shown)])


# ------------------------------------------------------------------ keywords


_PRIVATE_KINDS = frozenset({OrgKind.SELSKAP, OrgKind.PRIVATPERSON, OrgKind.FORSKNING, OrgKind.KLYNGE, OrgKind.BRUKERORGANISASJON})


def _stated(source: str, hits: list[Hit], check: r.KeywordsCheck) -> list[Hit]:
    """The hits that stand in a statement saying so: not a heading or label alone, not negated,
    not merely weak («informed», «supports») without a strong word («approved»)."""
    negated, weak, strong = (_union(tuple(p)) for p in (check.negated, check.weak, check.strong))
    general = _union(tuple(check.said_with))
    backing = _union(tuple(check.backing))
    general_with = _union(tuple(check.said_with_words)) if check.said_with_words else strong
    kept = []
    for h in hits:
        sentence = _sentence_around(source, h.start, h.end)
        if not re.sub(r"[\W\d_]+", "", sentence.replace(h.text, "", 1)) or (check.clauses and _LABEL_AFTER.match(source, h.end)):
            continue  # a heading alone, or a field's label («**Forankring:** …»)
        if check.own_part and _contents_entry(source, h, strong, _union(tuple(check.own_part))):
            continue  # «3. Organisering og forankring» in a list of contents names a part, says nothing
        said = _own_clause(sentence, h.text) if check.clauses else sentence
        if negated is not None and (negated.search(sentence) or negated.search(said)) and not (check.clauses and _done_beside(sentence, h.text, negated, strong)):
            continue
        # With `clauses`, a weak word in another clause («…, og ordføreren er orientert») leaves
        # a strong one standing, and one in the hit's own clause is not lifted by a strong word
        # beside it («Prosjektet er forankret i fagmiljøet, og kommunalsjefen er kjent med det»).
        said_strongly = strong is not None and strong.search(said) is not None
        if weak is not None and weak.search(said) and not said_strongly:
            continue
        if weak is not None and weak.search(sentence) and (strong is None or strong.search(sentence) is None):
            # Nothing strong anywhere in the sentence, and its other clause says how the leader
            # took it («… presentert for kommunedirektørene, som var positive»): heard, not handled.
            continue
        if general is not None and general.fullmatch(h.text.strip()) and (general_with is None or general_with.search(sentence) is None):
            continue
        if backing is not None and backing.search(_said_of(source, h)) is None:
            continue
        kept.append(h)
    return kept


# A list item's marker or a part's number before a line («- », «3. », «2.1 »).
_ITEM_MARK = re.compile(r"^\s*(?:[-*+•]\s+|\d{1,2}(?:\.\d{1,2})*[.)]?\s+)")


def _contents_entry(source: str, hit: Hit, strong: re.Pattern[str] | None, part: re.Pattern[str] | None) -> bool:
    """Whether the hit stands on a numbered or bulleted line that reads as a heading (short, no
    sentence's end), names the criterion's own part (`part`: «forankring», «anchoring») and says
    nothing strong besides the hit itself: an entry in a table of contents («3. Organisering og
    forankring»), not a statement. «- Styret har godkjent skissen» says it is done and stays, and
    «- Kommunedirektøren i Sel» in a list of a steering group's members is read as before."""
    from ..sketch.headinglike import heading_like
    from ..sketch.text import line_around

    line = line_around(source, hit.start, hit.end)
    if not (mark := _ITEM_MARK.match(line)):
        return False
    text = re.sub(r"[*_`]", "", line[mark.end() :]).strip()
    if not heading_like(text) or part is None or not part.search(text):
        return False
    return strong is None or strong.search(text.replace(hit.text, " ", 1)) is None


# A word that is a field's label: a colon follows it («**Forankring:** Skissa er godkjend av …»).
_LABEL_AFTER = re.compile(r"[*_]*[ \t]*:[*_]*(?!\S)")

# A leader's word in the plural names the partners' leaders («Kommunedirektørene er informert»,
# «the chief executives»), not the applicant's own chief.
_PLURAL_ROLE = re.compile(r"(?:ene|ane|ne|s)$", re.IGNORECASE)


# A sentence that goes on about the leaders just named («… og direktøren i Helse Stavanger. Alle
# har godkjent skissen.», «Both have confirmed …»).
_ANAPHOR = re.compile(r"\s*(?:alle|begge|både|de|dei|disse|desse|han|hun|ho|hver|kvar|all|both|they|he|she|each)\b", re.IGNORECASE)


def _said_of(source: str, hit: Hit) -> str:
    """The sentence holding a hit, read across a paragraph wrapped by hand, and the next
    sentence when it opens by pointing back at those named («Alle har godkjent skissen»)."""
    sentence = _sentence_around(source, hit.start, hit.end, wrapped=True)
    at = source.find(sentence, max(hit.start - len(sentence), 0))
    end = at + len(sentence) if at != -1 else hit.end
    nxt = re.match(r"[.!?]+[ \t]*\n?[ \t]*", source[end : end + 8])
    if nxt is not None and _ANAPHOR.match(source, end + nxt.end()):
        following = _sentence_around(source, end + nxt.end(), end + nxt.end() + 1, wrapped=True)
        return sentence + " " + following
    return sentence


# Where a sentence joins clauses («…, og den vil bli lagt fram …», «…, men kommunestyret har ikke …»,
# «… har godkjent skissen og vil orientere kommunestyret»: an «og» before a step still to come).
_CLAUSE = re.compile(
    r",\s+(?:og|men|and|but|which|som|while|mens)\s+|;\s+|\s+(?:but|men)\s+|\s+(?:og|and)\s+(?=(?:vil|skal|will|shall)\s)",
    re.IGNORECASE,
)


def _own_clause(sentence: str, word: str) -> str:
    """The clause of `sentence` that holds `word` (see `_CLAUSE`), or the sentence."""
    return next((c for c in _CLAUSE.split(sentence) if word in c), sentence)


def _done_beside(sentence: str, word: str, negated: re.Pattern, strong: re.Pattern | None) -> bool:
    """Whether the clause holding `word` says nothing of a plan or a «not», and a clause of the
    sentence says it is done («Kommunedirektøren har godkjent skissen, og den vil bli lagt fram
    for kommunestyret i mars»): the step still to come does not undo the one taken."""
    if strong is None:
        return False
    clauses = _CLAUSE.split(sentence)
    own = next((c for c in clauses if word in c), None)
    if own is None or negated.search(own):
        return False
    return any(strong.search(c) and not negated.search(c) for c in clauses)


# A role followed by whose it is («Kommunedirektøren i Karlsøy», «direktør i sykehuset»).
# «Kommunedirektørane i januar», «in March», «i 2027», «i neste fase», «i møte» say when, not whose.
_WHOSE = re.compile(
    r"\w*\s+(?:i|hos|ved|in|at|of|for|på)\s+(?!\d)(?!(?:januar|january|februar|february|mars|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|desember|december|"
    r"våren|vår|hausten|høsten|sommar\w*|sommer\w*|vinter\w*|spring|autumn|summer|winter|neste|næste|next|løpet|møte\w*|meeting\w*|etterkant|forkant|god\s+tid|tide|time)\b)(\w+)",
    re.I,
)


def _doubted(source: str, every_hit: list[Hit], kept: list[Hit], check: r.KeywordsCheck, applicant: Organisation | None) -> Hit | None:
    """The applicant's own chief executive, said to be only informed or not yet asked and not
    said to back it elsewhere: the anchoring the call asks for is then in doubt. A partner's
    chief who is only informed («Kommunedirektøren i Karlsøy er orientert») leaves it standing,
    and so does a chief of another kind of body than the applicant (the kommunedirektør beside
    a municipal enterprise whose own board has approved it). A board or political body said to
    have decided (`governing`) leaves it standing too."""
    roles = _union(tuple(check.doubt_roles))
    if roles is None:
        return None
    if (governing := _union(tuple(check.governing))) is not None and any(governing.search(h.text) for h in kept):
        return None  # a board or a political body has decided: a chief only informed leaves that standing
    own = applicant.name.casefold() if applicant is not None else ""
    others = [_union(tuple(words)) for kind, words in check.chief_of.items() if applicant is not None and applicant.kind.is_public and kind != applicant.kind.value]
    negated, weak, strong = (_union(tuple(p)) for p in (check.negated, check.weak, check.strong))
    backed = {m.group(0).casefold()[:6] for h in kept if (m := roles.search(h.text))}
    said = {(h.start, h.end) for h in kept}
    for h in every_hit:
        if (h.start, h.end) in said or not (m := roles.search(h.text)) or m.group(0).casefold()[:6] in backed:
            continue
        if (whose := _WHOSE.match(source, h.end, h.end + 80)) and whose.group(1).casefold() not in own:
            continue
        if any(other is not None and other.search(h.text) for other in others):
            continue  # another kind of body's chief: the owner's or a partner's, not the applicant's
        if backed and _PLURAL_ROLE.search(h.text.strip()):
            continue  # another chief has backed it; the partners' chiefs only informed leave that standing
        sentence = _sentence_around(source, h.start, h.end)
        said_strongly = strong is not None and strong.search(sentence) is not None
        if (negated is not None and negated.search(sentence)) or (weak is not None and weak.search(sentence) and not said_strongly):
            return h
    return None


def _picks_vendor(source: str, hit: Hit, choose: re.Pattern[str], develop: re.Pattern[str] | None) -> bool:
    """Whether a dialogue hit serves to pick a vendor (`choose`): said so in its own sentence, or
    in its paragraph when the paragraph plans no development with business nor an innovation
    partnership (`develop`): «Vi vil gjennomføre en konkurranse der leverandører leverer forslag,
    og vi velger den beste. Vi vil ha dialog med leverandører før konkurransen.» is a tender with
    talks before it."""
    if choose.search(_sentence_around(source, hit.start, hit.end)):
        return True
    start, end = _paragraph(source, hit)
    return choose.search(source, start, end) is not None and (develop is None or develop.search(source, start, end) is None)


def _under_own_heading(a: Analysis, hit: Hit, sections: list[str]) -> bool:
    """Whether a hit stands in a part whose own heading names one of `sections` («## Hvorfor
    oss»): an argument written where the sketch says it argues, not a word met by chance."""
    from ..sketch.sections import match_heading

    for section in a.sketch.sections:
        if section.key in sections and section.key == hit.section and match_heading(section.heading) == section.key:
            return a.words_in(section) >= ARGUED_SENTENCE_WORDS
    return False


def _stated_aim(ctx: Context, hit: Hit, check: r.KeywordsCheck) -> bool:
    """Whether one hit in a short sketch is said as what the criterion asks, not met by chance:
    under the criterion's own heading, or in a sentence that states it as an aim."""
    a = ctx.analysis
    if _under_own_heading(a, hit, check.sections or list(ctx.criterion.sections)):
        return True
    aims = _union(tuple(check.aims))
    return aims is not None and aims.search(_sentence_around(a.source, hit.start, hit.end)) is not None


# A part of at least one full sentence: «Vi har levert tilsvarende løsninger i Göteborg og Aarhus»
# argues; «Vi har lang erfaring med veivedlikehold» only claims.
ARGUED_SENTENCE_WORDS = 8


def check_keywords(ctx: Context, check: r.KeywordsCheck) -> Outcome:
    a = ctx.analysis
    spans = a.spans_for(check.sections or None, check.exclude_sections or None)
    if "budget" in check.exclude_sections:
        spans = without_budget_lines(a, spans)
    rx = _union(tuple(check.patterns))
    hits = a.find(rx, spans, keys=_keys(tuple(check.patterns))) if rx else []
    every_hit = _without_excluded(ctx, hits, check.exclude, spans)
    # Statements are read before like words are merged: «Council» in a partner's name does not
    # hide «… approved, and discussed in the Lofoten Council» further on.
    applicant = a.sketch.applicant
    if check.statements_only or check.small_amount:
        every_hit = _capped(every_hit)
    stated = _stated(a.source, every_hit, check) if check.statements_only else every_hit
    sized_small: list[Hit] = []
    if check.small_amount:
        stated, sized_small = frames_out(a, *_not_sized_small(a, stated, check))
    ordinary: list[Hit] = []
    if stated and (same := _union(tuple(check.same_service))) is not None:
        marked = [(h, same.search(_sentence_around(a.source, h.start, h.end)) is not None) for h in stated]
        ordinary, stated = [h for h, o in marked if o], [h for h, o in marked if not o]
    if ordinary and not stated:
        # The only dialogue is about more of today's service, not a new solution.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.same-service", hit=ordinary[0], words=first_words(_sentence_around(a.source, ordinary[0].start, ordinary[0].end), 120))])
    picking: list[Hit] = []
    if stated and (choose := _union(tuple(check.vendor_choice))) is not None:
        marked = [(h, _picks_vendor(a.source, h, choose, _union(tuple(check.developed_with)))) for h in stated]
        picking, stated = [h for h, o in marked if o], [h for h, o in marked if not o]
    if picking and not stated:
        # The only dialogue picks a vendor for what is already decided.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.vendor-choice", hit=picking[0], words=first_words(_sentence_around(a.source, picking[0].start, picking[0].end), 120))])
    hits = _distinct(stated)
    if (hits or check.doubt_roles) and check.statements_only and (doubt := _doubted(a.source, every_hit, stated, check, applicant)) is not None:
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.doubted", hit=doubt, words=_sentence_around(a.source, doubt.start, doubt.end)[:160])])
    if hits and check.own_part and (plan := planned_part(a, stated, check)) is not None:
        # The sketch's own part on anchoring says it is still to come: that is its answer.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.planned-part", hit=plan[0], words=plan[1])])
    if (units := _union(tuple(check.drop_units))) is not None:
        hits = [h for h in hits if not units.search(_sentence_around(a.source, h.start, h.end, wrapped=True).strip())]
    hits = public_costs(a, hits, check, applicant is not None and applicant.kind in _PRIVATE_KINDS)
    if (drop := _union(tuple(check.drop_sentences))) is not None:
        hits = [h for h in hits if not (drop.search(_sentence_around(a.source, h.start, h.end)) or drop.search(_line_head(a.source, h.start)))]
        sized_small = [h for h in sized_small if not (drop.search(_sentence_around(a.source, h.start, h.end)) or drop.search(_line_head(a.source, h.start)))]
    if check.lone_reasons and hits:
        # The criterion's own part is one sentence that claims and gives no reason: its words do not count.
        lone = {key for key in ctx.criterion.sections if lone_claim(a, key, check.lone_reasons) is not None}
        hits = [] if lone else hits
    if check.lone_reasons and hits and (unreasoned := unreasoned_part(a, ctx.criterion)):
        # The criterion's own part gives no reason: the words found in it only claim.
        hits = [h for h in hits if not any(start <= h.start < end for start, end in unreasoned) and argued_at(a, ctx.criterion, _sentence_around(a.source, h.start, h.end))]
    if check.lone_reasons and hits:
        # A company's own track record («har arbeidd med ferjeanbod», «erfaring frå 20 prosjekt»)
        # argues for the firm, not for the public partnership, wherever it stands.
        hits = [h for h in hits if not pitched(a, ctx.criterion, _sentence_around(a.source, h.start, h.end), h.text)]
    if check.answer_parts and hits and any(claimed_elsewhere(a, key, check.answer_parts, check.claims, check.drop_units, check.lone_reasons, check.because, section_reading(ctx.criterion)) for key in ctx.criterion.sections):
        # No part of its own, and the part that answers it («Om partnerskapet») only claims.
        hits = []
    if check.bare_words and (own := answered_by_sizing(a, hits, a.spans_for([*ctx.criterion.sections, "preamble"]), check)) is not None:
        # Only words that name a cost, beside the sketch's own small sizing of it.
        hits, sized_small = [], [own]
    if not hits and sized_small:
        # The sketch sizes the cost itself, and sizes it small: say so, quoting it, unless it
        # says the same weighs on many bodies.
        if (scaled := _union(tuple(check.scaled))) is not None and (wide := a.find(scaled, spans, keys=_keys(tuple(check.scaled)))):
            return Outcome(Status.PASS, [ctx.finding(Level.INFO, "keywords.scaled", hit=wide[0], quote=_quote_around(a.source, wide[0]))])
        small = sized_small[0]
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.small-cost", hit=small, quote=_quote_around(a.source, small))])
    if check.heavy_areas and (loose := unsized_area(a, hits, check)) is not None and not ((scaled := _union(tuple(check.scaled))) is not None and a.find(scaled, spans)):
        # Costs named, never sized, and nowhere tied to a service area that is large by itself.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.unsized", hit=loose, quote=_quote_around(a.source, loose))])
    if check.sizing_figures and (loose := unsized_anywhere(a, hits, check, applicant is not None and applicant.kind in _PRIVATE_KINDS)) is not None:
        # Costs named in an area large by itself, but no figure anywhere shows how large.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.no-figure", hit=loose, quote=_quote_around(a.source, loose))])
    applicant = a.sketch.applicant
    roles = _union(tuple(check.public_roles))
    if roles is not None and hits and applicant is not None and applicant.kind in _PRIVATE_KINDS:
        if not any(roles.search(_sentence_around(a.source, h.start, h.end)) for h in hits):
            return own_leadership(ctx, hits, check, applicant.name)
    if (headed := headed_aim(a, check, list(ctx.criterion.sections))) is not None and all(h.text.casefold() != headed.text.casefold() for h in hits):
        hits, every_hit = [*hits, headed], [*every_hit, headed]
    n = len(hits)
    if hits and all(met_by_chance(a, h, every_hit, check) for h in hits):
        # Words met only in the problem as it is today («gjenbruk av graver er tungvint») or in
        # the partners' and suppliers' parts («et sterkt miljø innen teknologi») state no aim.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.by-chance", hit=hits[0], word=hits[0].text, words=first_words(_sentence_around(a.source, hits[0].start, hits[0].end)))])
    if (slogan := slogan_only(a, every_hit, check)) is not None:
        # Only the call's own words («en grønnere og smartere kulturskole»), nothing said of what changes.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.slogan", hit=slogan, words=first_words(_sentence_around(a.source, slogan.start, slogan.end), 120))])
    if headed is None and (passing := said_in_passing(a, hits, every_hit, check)) is not None:
        # «Prosjektet kan òg gje lågare energibruk»: an effect that may come too, not the aim.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.in-passing", hit=passing, words=first_words(_sentence_around(a.source, passing.start, passing.end), 120))])
    if (aside := aside_part(a, hits, every_hit, check)) is not None:
        # «Grønt og smart: Mer friluftsliv gir … mindre bilbruk»: one line on a by-product, not the aim.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.in-passing", hit=aside[0], words=first_words(aside[1], 120))])
    if check.large_amount and any((parse_amount(h.text) or 0) >= check.large_amount for h in hits):
        n = max(n, check.warn_below)
    # Every place a word kept stands is read: «companies» first met in «develop, with innovative
    # companies» may stand again where the sketch plans an open call to them.
    kept_words = {h.text.casefold() for h in hits}
    if (alone := _union(tuple(check.enough_alone))) is not None and any(alone.search(_sentence_around(a.source, h.start, h.end)) for h in stated if h.text.casefold() in kept_words):
        n = max(n, check.warn_below)
    if check.thin_text_words and n == 1 and n >= check.fail_below and sum(s.words for s in a.all_sentences) < check.thin_text_words and not any(_stated_aim(ctx, h, check) for h in every_hit if h.text.casefold() == hits[0].text.casefold()):
        # One word in a short sketch is too little to tell: warn, saying what was found.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.weak", hit=hits[0], count=1, words=hits[0].text)])
    if n < check.fail_below and (gained := gains_part_aim(a, check)) is not None:
        # No word of the call's, but the gains part names a gain for society of its kind.
        hit, heading = gained
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "keywords.gains-part", hit=hit, part=heading, words=first_words(hit.text, 120).rstrip(".!"))])
    if n < check.fail_below and (soft := softer_aims(a, spans, check)):
        # An aim said in other words («mer tid til pasientene»): not clearly lacking, so warn.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "keywords.soft", hit=soft[0], words=first_words(_sentence_around(a.source, soft[0].start, soft[0].end)))])
    if n < check.fail_below:
        return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "keywords.missing", count=n)])
    if n < check.warn_below:
        level = Level.WARN
        key = "keywords.missing" if n == 0 else "keywords.weak"
        found = [ctx.finding(level, key, hit=hits[0] if hits else None, count=n, words=", ".join(h.text for h in hits[:3]))]
        return Outcome(Status.WARN, found)
    # For a cost, the figures first, largest first: they show the size best.
    hits = sorted(hits, key=lambda h: -(_money(h.text) or 0)) if check.large_amount else hits
    words = scale_shown(a, hits, check) if check.large_amount else ", ".join(h.text.strip() for h in hits[:4])
    return Outcome(Status.PASS, [ctx.finding(Level.INFO, "keywords.found", hit=hits[0], count=n, words=words)])


# ------------------------------------------------------------------ collaboration


def _own_agency(applicant: Organisation | None, body: Organisation) -> bool:
    """Whether `body` is an agency the registry does not know, named only by its «-etaten»
    («Sykehjemsetaten», «Velferdsetaten»), beside a municipality or county that applies: one
    of the applicant's own agencies, not a second public body. A state agency the registry
    knows («Skatteetaten») and a municipal enterprise («Oslobygg KF») are bodies of their own."""
    from ..sketch.registry import classify

    if applicant is None or body is applicant or applicant.kind not in (OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE) or body.kind is not OrgKind.OFFENTLIG:
        return False
    known = classify(body.name)
    return known.why == "name-word" and known.detail.endswith("-etaten")


def check_public_bodies(ctx: Context, check: r.PublicBodiesCheck) -> Outcome:
    sketch = ctx.analysis.sketch
    # «Oslo kommune, Bymiljøetaten» with «Sykehjemsetaten» as partner is one municipality.
    bodies = [b for b in sketch.public_bodies if not _own_agency(sketch.applicant, b)]
    names = ", ".join(b.name for b in bodies)
    partners_section = sketch.section("partners")
    line = partners_section.line if partners_section else 1
    if len(bodies) >= check.min_bodies:
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "public_bodies.ok", line=line, count=len(bodies), names=names)])
    level = Level.FAIL if check.missing == "fail" else Level.WARN
    key = "public_bodies.single" if len(bodies) == 1 else "public_bodies.none"
    return Outcome(Status(level.value), [ctx.finding(level, key, line=line, count=len(bodies), names=names, wanted=check.min_bodies)])


# ------------------------------------------------------------------ readability


def check_readability(ctx: Context, check: r.ReadabilityCheck) -> Outcome:
    a = ctx.analysis
    out: list[Finding] = []
    sents = a.all_sentences
    if not sents:
        return Outcome(Status.NA, [ctx.finding(Level.INFO, "readability.empty")])
    whole = lix_of_sentences(sents)
    shown = lambda v: f"{v:.0f}"  # noqa: E731
    status = Status.PASS
    if whole.value >= check.fail_lix:
        status = Status.FAIL
        out.append(ctx.finding(Level.FAIL, "readability.whole", lix=shown(whole.value), band=ctx.say(f"lix.{whole.band}")))
    elif whole.value >= check.warn_lix:
        status = Status.WARN
        out.append(ctx.finding(Level.WARN, "readability.whole", lix=shown(whole.value), band=ctx.say(f"lix.{whole.band}")))
    else:
        out.append(ctx.finding(Level.INFO, "readability.whole-ok", lix=shown(whole.value), band=ctx.say(f"lix.{whole.band}")))
    for section in a.sketch.sections:
        if section.key == "budget":
            continue
        sec_sents = a.section_sentences(section)
        if len(sec_sents) < 3:
            continue
        value = lix_of_sentences(sec_sents).value
        if value >= check.warn_lix:
            out.append(ctx.finding(Level.WARN if value >= check.fail_lix else Level.INFO, "readability.section", line=section.line, section=section.key or section.heading, heading=section.heading, lix=shown(value)))
    long_ones = [s for s in sents if s.words > check.long_sentence_words]
    from ..sketch.text import clip

    for s in long_ones[:8]:
        sec = next((x for x in a.sketch.sections if x.body_line <= s.line <= x.end_line), None)
        out.append(ctx.finding(Level.INFO, "readability.long-sentence", line=s.line, section=sec.key if sec else None, words=s.words, start=clip(s.text, 61).removesuffix("…")))
    # A longer text may hold more long sentences: the limit, or one in fifteen, whichever is more.
    mean = sum(s.words for s in sents) / len(sents)
    very_long = sum(1 for s in long_ones if s.words > check.very_long_words)
    # Heavy when a real share of the sentences run past `very_long_words` (a tenth of them, and more
    # than the limit), most sentences are long, or they are long on the whole; a long plain text
    # holding a few paragraph-long sentences among hundreds of ordinary ones reads easily.
    heavy = very_long > max(check.max_very_long, len(sents) // 10) or 2 * len(long_ones) > len(sents) or mean >= check.heavy_mean_words
    if heavy and len(long_ones) > max(check.max_long_sentences, len(sents) // 15) and status is Status.PASS:
        status = Status.WARN
        out.append(ctx.finding(Level.WARN, "readability.many-long", count=len(long_ones), limit=check.long_sentence_words))
    return Outcome(status, out)


CHECKS: dict[str, Callable[[Context, object], Outcome]] = {
    "eligibility": check_eligibility,
    "page_limit": check_page_limit,
    "section": check_section,
    "technology_first": check_technology_first,
    "numbers": check_numbers,
    "keywords": check_keywords,
    "public_bodies": check_public_bodies,
    "budget_present": check_budget_present,
    "budget_procurement": check_budget_procurement,
    "personal_data": check_personal_data,
    "readability": check_readability,
}
