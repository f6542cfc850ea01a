"""The need told as the times: a need part, a text without one, or a need under a lead-in, told
mostly in sentences about trends, change and what ought to improve («Klimaendringene gir mer
ekstremvær, og offentlig infrastruktur må tilpasses», «Vi trenger løsninger som går på tvers»),
none of them sized. Split from `checks_section` (the section check reads it)."""

from __future__ import annotations

import re

from ..sketch import rubric as r
from .analysis import Analysis
from .checks_base import Context, _union
from .checks_reasons import _units_in, _units_of, first_words_of
from .checks_section import _CONTACT, _NUMBER, _need_figures, _prose_spans
from .findings import Finding, Level


# A need part of at least this many sentences of general talk (`general_words`, `vague_words`:
# trends, change, expectations, what the body must become), none of them with a figure, that make
# at least this share of its sentences, and with at most GENERAL_FIGURES figures in the whole part,
# speaks of the times rather than of a problem: «Klimaendringene gir mer ekstremvær, og offentlig
# infrastruktur må tilpasses. … Vi trenger løsninger som går på tvers.» A sentence shorter than
# GENERAL_UNIT_WORDS (a list item «Sosialhjelp») is not counted either way.
GENERAL_SENTENCES = 3
GENERAL_SHARE = 0.4
GENERAL_FIGURES = 1
GENERAL_UNIT_WORDS = 4


def _general_part(a: Analysis, check: r.SectionCheck) -> tuple[str, int, int] | None:
    """The first general sentence, their count and the part's count of sentences, when the part
    headed as `check.section` is told mostly in general talk with no figure (see GENERAL_*)."""
    from ..sketch.sections import match_heading

    # The parts headed as the need by their own words («Bakgrunn»), when others are read as it
    # only from their text («Suksessfaktorer og risiko»): the writer told the need there.
    found = a.sketch.sections_by(check.section)
    own = [s for s in found if match_heading(s.heading) == check.section]
    parts = own if own and len(own) < len(found) else found
    spans = [(st, en) for st, en, s in a.section_spans if any(s is p for p in parts)]
    if sum(_need_figures(a.source[st:en]) for st, en in spans) > GENERAL_FIGURES:
        return None
    return _mostly_general(_units_of(a, parts), check, GENERAL_SHARE)


# A sketch without a need part is read on the sentences of its text that speak of a need (the
# part's content words) or in general terms: when at least GENERAL_SENTENCES of them, and this
# share, are general talk with no figure, and its prose outside the budget gives at most one
# figure, the text speaks of the times and tells no need.
GENERAL_TEXT_SHARE = 0.5


def _general_text(ctx: Context, check: r.SectionCheck, content: re.Pattern | None) -> Finding | None:
    a = ctx.analysis
    units = [u for start, end, _ in _prose_spans(a) for u in _units_in(a, start, end) if not _CONTACT.search(u)]
    if sum(_need_figures(u) for u in units) > 1:
        return None
    general = _union((*check.general_words, *check.vague_words))
    speaking = [u for u in units if (content is not None and content.search(u)) or (general is not None and general.search(u))]
    if (found := _mostly_general(speaking, check, GENERAL_TEXT_SHARE)) is None:
        return None
    said, count, total = found
    return ctx.finding(Level.WARN, "section.general-text", section=check.section, words=said, count=count, wanted=total)


def _mostly_general(units: list[str], check: r.SectionCheck, share: float) -> tuple[str, int, int] | None:
    """The first general sentence of `units`, their count and the count of `units`, when at least
    GENERAL_SENTENCES and `share` of them are general talk (`general_words`, `vague_words`) with
    no figure; sentences shorter than GENERAL_UNIT_WORDS are not counted. Else None."""
    rx = _union((*check.general_words, *check.vague_words))
    if rx is None:
        return None
    units = [u for u in units if len(u.split()) >= GENERAL_UNIT_WORDS]
    plain = [u for u in units if not _NUMBER.search(u)]
    # Too few sentences without a figure to be general talk: the union of general words (a
    # hundred patterns, each tried at every position) is not run at all; a paste with no full
    # stop is one long sentence.
    if len(plain) < GENERAL_SENTENCES or len(plain) < share * len(units):
        return None
    general = [u for u in plain if rx.search(u)]
    if len(general) < GENERAL_SENTENCES or len(general) < share * len(units):
        return None
    return first_words_of(general[0]), len(general), len(units)


# A need part shorter than this that gives no figure of its own, in a sketch whose prose outside
# the budget gives at most UNSIZED_TEXT_FIGURES, tells a need in words alone and briefly
# («Mange innbyggere bruker ikke biblioteket … Vi har ikke kapasitet til å hjelpe alle»): who is
# hit and how many is not told, so the description cannot be judged well told. A longer part has
# room to tell the mechanism (what goes wrong, for whom, what it leads to) without figures, and
# passes when it does: when at most UNSIZED_TOLD of its sentences say what goes wrong with how
# much, how often or where (see `checks_told`), it is long and still untold («Heimetenesta står
# overfor store endringar … Vi treng betre verktøy … betre samhandling»), and warns the same.
UNSIZED_WORDS = 130
UNSIZED_TOLD = 1
UNSIZED_TEXT_FIGURES = 1


# Parts that tell of the applicant and its plan, not of the need: the figures of a part on the
# applicant or its partners after the need («11 000 employees», «25 years of clinical experience»,
# «the other 21 municipalities») size the body, and those of the dialogue and the budget («21
# companies took part») the plan. A figure elsewhere sizes nothing either when it names a goal of a
# plan («bærekraftsmål 11», «SDG 4») or gives the project's own budget («the total project budget
# is NOK 46 million»).
APPLICANT_PARTS = frozenset({"why-us", "partners"})
PLAN_PARTS = frozenset({"business-dialogue", "budget"})
_NOT_SIZING = re.compile(
    r"\b(?:(?:bærekrafts|berekrafts|FN-?)?mål(?:ene|ane)?|(?:sustainable development\s+)?goals?|SDGs?|delmål)\s+(?:nr\.?\s*)?\d{1,2}(?:(?:\s*(?:,|og|and|&|–|-)\s*)\d{1,2})*\b(?!\s*(?:%|prosent|per\s*cent|percent))"
    r"|^.*\b(?:prosjektbudsjett\w*|(?:project|total)\s+budget|budsjettet\s+for\s+prosjektet|(?:prosjektet|the project)\s+(?:koster|costs?))\b.*$",
    re.IGNORECASE,
)


def sizing_text(line: str) -> str:
    """`line` without the figures that size no need (`_NOT_SIZING`)."""
    return _NOT_SIZING.sub(" ", line)


def unsized_part(ctx: Context, check: r.SectionCheck, words: int) -> bool:
    """Whether the part headed as `check.section` (of `words` words) is sized by no figure, in a
    text that sizes nothing else either, and is short or tells what goes wrong in at most
    UNSIZED_TOLD sentences (see UNSIZED_*)."""
    from .checks_told import told_need

    a = ctx.analysis
    if any(_need_figures(a.source[st:en]) for st, en, _ in a.spans_for([check.section])):
        return False
    need_at = min((st for st, _, _ in a.spans_for([check.section])), default=0)
    # A part read as the applicant's that comes before the need («Kvifor vi skriv», «Hvorfor
    # skriver vi denne skissen?») is the need's background, and its figures count.
    about_us = [(st, en) for st, en, key in _prose_spans(a) if key in PLAN_PARTS or (key in APPLICANT_PARTS and st > need_at)]
    figures = sum(
        _need_figures(sizing_text(line))
        for st, en, _ in _prose_spans(a)
        if (st, en) not in about_us
        for line in a.source[st:en].split("\n")
        if not _CONTACT.search(line)
    )
    if figures > UNSIZED_TEXT_FIGURES:
        return False
    return words < UNSIZED_WORDS or told_need(_units_of(a, a.sketch.sections_by(check.section)), check).count <= UNSIZED_TOLD
