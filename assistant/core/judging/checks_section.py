"""The section check: a part of the sketch is there, long enough, about what its heading says.

Split from `checks` (one module per family of checks). A sketch without the part is read on its
whole text, and a need told in the sketch's opening before any heading counts as its need part.
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from .analysis import Analysis, Hit
from .checks_base import _UNION_KEYS, Context, Outcome, _keys, _union
from .checks_reasons import _SENTENCE_END, _asked, _headed, _hollow_part, _lone, _reason_in_part, _units_in, _units_of, claimed_elsewhere, firm_applicant, first_words_of, lone_claim, reason_in_units
from .findings import Finding, Level, Part, Status


# ------------------------------------------------------------------ sections


def check_section(ctx: Context, check: r.SectionCheck) -> Outcome:
    a = ctx.analysis
    found = a.sketch.sections_by(check.section)
    if not found and (claim := claimed_elsewhere(a, check.section, check.answer_parts, check.claims, check.hollow, check.lone_reasons, check.because, check)) is not None:
        # No part of its own, and the part that answers it only claims: that is the answer.
        section = a.sketch.sections_by(check.answer_parts[0]) or a.sketch.sections
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.hollow", line=section[0].line if section else None, section=check.section, words=claim)])
    if not found:
        return _section_in_text(ctx, check)
    words = sum(a.words_in(s) for s in found)
    first = found[0]
    out: list[Finding] = []
    status = Status.PASS
    sized = any(_NUMBER.search(a.source, st, en) for st, en, _ in a.spans_for([check.section]))
    summary = _summary_need(ctx, check) if words < check.warn_below_words and sized else None
    if summary is not None and words + summary[1] >= check.warn_below_words:
        # A short need part that gives figures, and a summary that sizes the need too: told.
        out.append(ctx.finding(Level.INFO, "section.with-summary", line=first.line, section=check.section, words=words, quote=summary[0]))
    elif words < check.fail_below_words and any(_NUMBER.search(a.source, st, en) for st, en, _ in a.spans_for([check.section])):
        # A short part that gives figures says more than its words count: short, not missing.
        out.append(ctx.finding(Level.WARN, "section.short", line=first.line, section=check.section, words=words, wanted=check.warn_below_words))
        status = Status.WARN
    elif words < check.fail_below_words:
        out.append(ctx.finding(Level.FAIL, "section.too-short", line=first.line, section=check.section, words=words, wanted=check.warn_below_words))
        status = Status.FAIL
    elif words < check.warn_below_words:
        out.append(ctx.finding(Level.WARN, "section.short", line=first.line, section=check.section, words=words, wanted=check.warn_below_words))
        status = Status.WARN
    else:
        out.append(ctx.finding(Level.INFO, "section.ok", line=first.line, section=check.section, words=words))
    if check.hollow and status is Status.PASS and (hollow := _hollow_part(a, found, check)) is not None:
        out.append(ctx.finding(Level.WARN, "section.hollow", line=first.line, section=check.section, words=hollow))
        status = Status.WARN
    if check.lone_reasons and status is Status.PASS and (claim := lone_claim(a, check.section, check.lone_reasons)) is not None:
        out.append(ctx.finding(Level.WARN, "section.lone-claim", line=first.line, section=check.section, words=claim))
        status = Status.WARN
    if check.reasons and status is Status.PASS and out and out[0].level is Level.INFO:
        # A part headed as the section passes on a reason read in it, not on its length.
        read = _reason_in_part(a, check)
        if read is not None:
            out[0] = ctx.finding(Level.INFO, "section.reason", line=first.line, section=check.section, words=read)
        elif _headed(a, check.section) and (units := _units_of(a, _asked(a, check.section))):
            out[0] = ctx.finding(Level.WARN, "section.no-reason", line=first.line, section=check.section, count=words, words=first_words_of(units[0]))
            status = Status.WARN
    if check.solution_words:
        rx = _union(tuple(check.solution_words))
        hits = a.find(rx, a.spans_for([check.section]), keys=_keys(tuple(check.solution_words))) if rx else []
        if hits and sum(_need_figures(a.source[st:en]) for st, en, _ in a.spans_for([check.section])) >= SOLUTION_SIZED_FIGURES:
            # The part also sizes what goes wrong: the need is told; the chosen solution is the
            # technology-first criterion's concern, a note here.
            out.append(ctx.finding(Level.INFO, "section.solution-sized", hit=hits[0], words=hits[0].text.strip()))
        elif hits:
            out.append(ctx.finding(Level.WARN, "section.solution", hit=hits[0], words=hits[0].text.strip()))
            status = Status.WARN if status is Status.PASS else status
    if check.vague_words and status is not Status.FAIL:
        # A need said only in general terms («framtidas utfordringar», «ikkje alltid så godt»),
        # with no figure for its size, is not a need described: two kinds of such talk warn.
        rx = _union(tuple(check.vague_words))
        spans = a.spans_for([check.section])
        hits = a.find(rx, spans, keys=_keys(tuple(check.vague_words))) if rx is not None else []
        kinds = list(dict.fromkeys(h.text.strip().casefold() for h in hits))
        figures = sum(_need_figures(a.source[st:en]) for st, en, _ in spans)
        if (len(kinds) >= 2 and not figures) or (len(kinds) >= VAGUE_KINDS_OVER_ONE_FIGURE and figures <= 1):
            out.append(ctx.finding(Level.WARN, "section.vague-one" if figures else "section.vague", hit=hits[0], words="», «".join(kinds[:3])))
            status = Status.WARN if status is Status.PASS else status
    from .checks_general import _general_part

    if check.general_words and status is Status.PASS and (general := _general_part(a, check)) is not None:
        # Long enough, yet told mostly as trends and what ought to be, none of it sized.
        said, count, total = general
        out.append(ctx.finding(Level.WARN, "section.general", line=first.line, section=check.section, words=said, count=count, wanted=total))
        status = Status.WARN
    from .checks_general import UNSIZED_WORDS, unsized_part

    if check.general_words and status is Status.PASS and unsized_part(ctx, check, words):
        # No figure for its size here or anywhere in the text, and short or long without saying
        # what goes wrong with its scale: who and how many untold.
        out.append(ctx.finding(Level.WARN, "section.unsized" if words < UNSIZED_WORDS else "section.untold", line=first.line, section=check.section, count=words))
        status = Status.WARN
    from .checks_solved import solved_in_part

    if check.solved_words and status is Status.PASS and (solved := solved_in_part(a, check)) is not None:
        # The answer named or said to exist already: the problem told is not an unsolved one.
        out.append(ctx.finding(Level.WARN, "section.solved", hit=solved, words=solved.text.strip()))
        status = Status.WARN
    if check.need_words and status is not Status.FAIL:
        rx = _union(tuple(check.need_words))
        spans = a.spans_for([check.section])
        # A heading that names the problem («The problem», «Utfordringa») says what the part is about.
        named = rx is not None and any(rx.search(s.heading) for s in found)
        if rx is not None and not named and not a.find(rx, spans, keys=_UNION_KEYS.get(rx)) and not _told_part(a, found, check):
            out.append(ctx.finding(Level.WARN, "section.no-need-words", line=first.line, section=check.section))
            status = Status.WARN
    return Outcome(status, out)


def _told_part(a: Analysis, found: list, check: r.SectionCheck) -> bool:
    """Whether the parts `found` tell their need concretely in words the problem list lacks
    («Fleire born er borte frå skulen i månader»): see `checks_told`."""
    from .checks_told import told_in_part, told_need

    figures = sum(_need_figures(a.source[st:en]) for st, en, _ in a.spans_for([check.section]))
    return told_in_part(told_need(_units_of(a, found), check), figures)


# A need part that gives this many figures sizing the need (as many as the data criterion asks
# for) tells it, whatever solution it also names; with fewer, the solution named still warns.
SOLUTION_SIZED_FIGURES = 3


# General talk of this many kinds outweighs a single figure («over 30 mill. kr i året»): one
# unsourced sum does not make a need told only in general words concrete.
VAGUE_KINDS_OVER_ONE_FIGURE = 3


# A number that is not a year («100 kjøretøy», «38 %», «2 400»), nor part of a name joined to a
# word by a hyphen («0–24-samarbeidet», «24-timersvakt», «Agenda 2030-målene»): those size nothing.
_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d{1,3}(?:[ \u00a0.]\d{3})*(?:,\d+)?(?![\w])(?![-–](?:\d{1,4}[-–])?[^\W\d])")


# A figure that sizes the applicant, not the need («Kommunen har 12 000 innbyggere og 900 ansatte»,
# «Regionen har 14 skoler med til sammen 3 100 elever»,
# «The region has 40 000 residents»): the body's own size, said with «har/has», tells nothing of
# what goes wrong. «4 200 innbyggere uten fastlege» goes on to say what they lack and still counts.
_PROFILE = re.compile(
    r"\b(?:har|has|have|med|with|på|of)\s+(?:(?:sine|sitt|its|their|til sammen|til saman|tilsaman|totalt|samlet|samla|i alt|in total|a total of|together|combined)\s+)?(?:(?:om lag|omlag|rundt|ca\.?|cirka|over|nesten|drøyt|knapt|about|around|some|nearly|almost)\s+)?"
    r"(\d{1,3}(?:[ \u00a0.]\d{3})*)\s+(?:innbyggere|innbyggjarar|inhabitants|residents|ansatte|tilsette|employees|staff|årsverk|elever|elevar|pupils|\w*skoler|\w*skular|\w*schools|\w*barnehager|\w*barnehagar|kindergartens|kommuner|kommunar|municipalities)\b"
    r"(?!\s+(?:uten|utan|without|som|who|that|over|under|på|i\s+kø|med\s+\w+\s+(?:behov|vedtak)))",
    re.IGNORECASE,
)


# The share of a post the project staffs («en prosjektleder i 100 % stilling», «a 50 % position»):
# the project's own staffing, not the size of the need.
_POST_SHARE = re.compile(r"(?<![\w.,])(\d{1,3})\s*(?:%|prosent|per\s*cent|percent)\s+(?:\w+\s+)?(?:stilling|stillingar|stillinger|stillinga|stillingen|post|position|FTE)\b", re.IGNORECASE)


def _need_figures(text: str) -> int:
    """The figures in `text` that can size a need: not years, names, the applicant's own size or
    the share of a post the project staffs."""
    own = [m.group(1) for m in _PROFILE.finditer(text)] + [m.group(1) for m in _POST_SHARE.finditer(text)]
    return len(_NUMBER.findall(text)) - sum(1 for n in own if _NUMBER.fullmatch(n))


# A sketch without a part for a section is judged on its whole text: this many of the section's
# content words (rubric/sections.toml) say it is there, fewer that it is there but thin.
WHOLE_TEXT_PASS = 3
WHOLE_TEXT_WARN = 1
WHOLE_TEXT_THIN = 250  # words


def _section_in_text(ctx: Context, check: r.SectionCheck) -> Outcome:
    from ..sketch.sections import spec
    from ..sketch.text import plain_text

    a = ctx.analysis
    body = plain_text(a.source[a.body_start :])
    section_spec = spec(check.section)
    words: list[str] = []
    content: re.Pattern | None = None
    if section_spec is not None and section_spec.content:
        content = re.compile(r"(?<!\w)(?:" + "|".join(section_spec.content) + r")(?!\w)", re.IGNORECASE)
        words = [m.group(0) for m in content.finditer(body)]
    distinct = list(dict.fromkeys(w.casefold() for w in words))
    shown = ", ".join(distinct[:4])
    if words and len(words) < WHOLE_TEXT_PASS and check.section in _ARGUED_IN_ONE_PARAGRAPH and any(
        len({m.group(0).casefold() for m in content.finditer(p) if not _ARGUED_IN_ONE_PARAGRAPH[check.section].search(m.group(0))}) >= 2
        for p in body.split("\n")
        if len(p.split()) <= ARGUED_PARAGRAPH_WORDS
    ):
        words = [*words] * WHOLE_TEXT_PASS  # two reasons of the part's kind in one paragraph: the part, unheaded
    from ..sketch.sections import claim_in

    claim = claim_in(check.section, body)
    if claim is not None and len(words) < WHOLE_TEXT_PASS:
        # A sentence that makes the part's claim and gives its reason is the part, headed or not.
        shown = ", ".join([claim.group(0).strip()[:60], *distinct[:3]])
        words = [*words, *[claim.group(0)] * WHOLE_TEXT_PASS]
    part = Part(check.section)  # named by the part's name in the reader's language
    # A file that is no sketch (a list of ports, a CSV) tells no part by the words in it.
    not_a_sketch = any(n.code == "not-a-sketch" for n in a.sketch.notes)
    if not not_a_sketch and (run_in := _run_in_part(ctx, check)) is not None and run_in.status is Status.PASS:
        return run_in  # a thin one is read with the whole text below
    if not not_a_sketch and run_in is not None and run_in.final:
        return run_in  # one sentence that only claims, under the part's own lead-in: that is the answer
    if len(words) < WHOLE_TEXT_PASS and not not_a_sketch and (opening := _opening_need(ctx, check)) is not None:
        # No heading, but the sketch opens by telling a problem and sizing it: that is the part.
        hit, figures = opening
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "section.opening", hit=hit, section=check.section, part=part, words=_sentence_of(a.source, hit), count=figures)])
    if len(words) >= WHOLE_TEXT_PASS and not not_a_sketch and claim is None and check.section in _NAMING_ONLY and all(_NAMING_ONLY[check.section].match(w) for w in words):
        # Only the part's own names («behov», «problemstillingen», «utfordringar»), never what goes
        # wrong: the text speaks about a need without telling one, unless its opening tells one in
        # other words and sizes it («slitt med å få turnusen til å gå opp … 4 200 uten fastlege»).
        if (opening := _opening_need(ctx, check)) is not None:
            hit, figures = opening
            return Outcome(Status.PASS, [ctx.finding(Level.INFO, "section.opening", hit=hit, section=check.section, part=part, words=_sentence_of(a.source, hit), count=figures)])
        return _told_text(ctx, check, part) or Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.whole-text-weak", section=check.section, part=part, words=shown)])
    if len(words) >= WHOLE_TEXT_PASS and not not_a_sketch:
        if (vague := _vague_without_figures(ctx, check)) is not None:
            # Problem words said only in general terms, and no figure anywhere: not a need told.
            return Outcome(Status.WARN, [vague])
        from .checks_general import _general_text

        if check.general_words and (general := _general_text(ctx, check, content)) is not None:
            # What it says of a need is mostly trends and what ought to improve, with no figure.
            return Outcome(Status.WARN, [general])
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "section.whole-text", section=check.section, part=part, words=shown)])
    if not not_a_sketch and (argued := _unheaded_reason(a, check)) is not None:
        # No part of its own, but a sentence elsewhere shows a reason that can be checked («Vi har
        # en friksjonsmålingsserie fra 2011», «I 2023 køyrde vi piloten …»): argued, unheaded.
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "section.unheaded-reason", section=check.section, part=part, words=argued)])
    if not not_a_sketch and check.wrong_words and (told := _told_text(ctx, check, part)) is not None:
        return told
    if len(words) >= WHOLE_TEXT_WARN:
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.whole-text-weak", section=check.section, part=part, words=shown)])
    # Nothing in the text speaks of it either: a confident «missing» only for a thin text; a
    # full sketch may say it in words the checker does not know, so it warns.
    thin = sum(s.words for s in a.all_sentences) < WHOLE_TEXT_THIN
    level = Level.FAIL if check.missing == "fail" and thin else Level.WARN
    return Outcome(Status(level.value), [ctx.finding(level, "section.missing", section=check.section, part=part)])


def _told_text(ctx: Context, check: r.SectionCheck, part: Part) -> Outcome | None:
    """A pass when the prose outside the budget tells the need in other words, sentence by
    sentence: what goes wrong, for whom, how much (see `checks_told`). Else None."""
    from .checks_told import told_in_text, told_need

    a = ctx.analysis
    told = told_need([u for st, en, _ in _prose_spans(a) for u in _units_in(a, st, en) if not _CONTACT.search(u)], check)
    if not told_in_text(told):
        return None
    return Outcome(Status.PASS, [ctx.finding(Level.INFO, "section.told-text", section=check.section, part=part, count=told.count, words=first_words_of(told.shown))])


def _unheaded_reason(a: Analysis, check: r.SectionCheck) -> str | None:
    """The first line or sentence outside the budget that gives one of `check.unheaded_reasons`
    (a reason of the applicant's own that can be checked), shown, or None."""
    rx = _union(tuple(check.unheaded_reasons))
    if rx is None:
        return None
    for start, end, _ in _prose_spans(a):
        for unit in _units_in(a, start, end):
            if rx.search(unit):
                return first_words_of(unit.rstrip(" .!"))
    return None


# A paragraph that opens with a bold lead-in naming a part («**Kvifor er vi rette partnarskapet?**
# Vinje og Tokke har …», «**Behovet:** …»): the paragraph is that part, written without a heading.
# So does a plain lead that asks or labels («Hvorfor oss? De tre kommunene …», «Why us: …») and a
# short line alone above its paragraph («Kvifor vi⏎Valdres-kommunane har …»).
_PARAGRAPH = r"(?P<rest>[^\s*_][^\n]*(?:\n(?![ \t]*\n|[ \t]{0,3}(?:\*\*|__|#))[^\n]*)*)"
_RUN_IN = re.compile(
    r"^[ \t]{0,3}(?:(?:\*\*|__)(?P<lead>[^*_\n]{2,80}?)(?:\*\*|__)[ \t]*"
    r"|(?P<plain>[A-ZÆØÅ][^\W\d]*(?:[ \t]+[^\W\d]+){0,5}[?:])[ \t]+"
    r"|(?P<alone>[A-ZÆØÅ][^\W\d]*(?:[ \t]+[^\W\d]+){0,5}[?]?)[ \t]*\n(?=[^\s#*_|>-]))" + _PARAGRAPH,
    re.MULTILINE,
)


# A lead that asks about the applicant («Hvorfor oss?», «Om oss», «Hvorfor Kongsberg», the call's own
# «Hvorfor er dere best egnet?»), not a lead that only shares the part's question word («Why is it
# unsolved?»).
_ABOUT_US = re.compile(
    r"\b(?:oss|vi|us|we|me|meg|dere|dykk|you|søker\w*|søkjar\w*|applicant|partner\w*|partnar\w*|egnet|eigna|placed|suited)\b|\b(?:hvorfor|kvifor|why)\s+(?-i:[A-ZÆØÅ])", re.IGNORECASE
)


def _run_in_part(ctx: Context, check: r.SectionCheck) -> Outcome | None:
    """The verdict on a part written as a paragraph under a bold lead-in that names it, or None
    when the sketch has no such paragraph. Long enough and (for a need) speaking of a problem in
    more than general words, it is the part; shorter, it is there but short."""
    from ..sketch.sections import leading_heading

    a = ctx.analysis
    for m in _RUN_IN.finditer(a.source, a.body_start):
        name = next(g for g in ("lead", "plain", "alone") if m.group(g) is not None)
        if leading_heading(m.group(name)) != check.section:  # named by its start, not a word inside
            continue
        rest = m.group("rest")
        words = len(rest.split())
        hit = Hit(m.start(name), m.end(name), m.group(name), a.line_of(m.start()), None)
        lead = m.group(name).strip().rstrip(":")
        if words < check.warn_below_words:
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.run-in-short", hit=hit, section=check.section, quote=lead, count=words, wanted=check.warn_below_words)])
        if check.lone_reasons and _lone([u for u in _SENTENCE_END.split(" ".join(rest.split())) if u.strip()], check.lone_reasons) is not None:
            # «**Hvorfor oss?** Vi er godt rustet til dette, og gleder oss til å komme i gang.»
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.lone-claim", hit=hit, section=check.section, words=first_words_of(rest))], final=True)
        if check.reasons and _ABOUT_US.search(lead) and reason_in_units([u for u in _SENTENCE_END.split(" ".join(rest.split())) if u.strip()], check, firm_applicant(a)) is None:
            # «Hvorfor oss? Vi kjenner problemet fra innsiden.»: the paragraph answers, and only claims.
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.no-reason", hit=hit, section=check.section, count=words, words=first_words_of(rest))], final=True)
        vague = _union(tuple(check.vague_words))
        kinds = {v.group(0).casefold() for v in vague.finditer(rest)} if vague is not None else set()
        need = _union(tuple(check.need_words))
        if (len(kinds) >= 2 and not _NUMBER.search(rest)) or (need is not None and not need.search(rest)):
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.run-in-short", hit=hit, section=check.section, quote=lead, count=words, wanted=check.warn_below_words)])
        from .checks_general import GENERAL_FIGURES, GENERAL_SHARE, _mostly_general

        if check.general_words and _need_figures(rest) <= GENERAL_FIGURES and (general := _mostly_general(_SENTENCE_END.split(" ".join(rest.split())), check, GENERAL_SHARE)) is not None:
            said, count, total = general
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "section.general", hit=hit, section=check.section, words=said, count=count, wanted=total)])
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "section.run-in", hit=hit, section=check.section, quote=lead, count=words)])
    return None


# The prose before a sketch's first known part tells its need when it has this many words, sizes
# what it speaks of with this many figures, and names a problem (the check's `need_words`).
OPENING_WORDS = 60
# Words that only name a part («behovet», «problemstillinga», «challenges»): a text without the
# part's heading that holds only these tells no need.
# Parts told unheaded in one paragraph of reasons («har samarbeidd om skule i fleire år … vi er vane
# med å finne løysingar sjølve»): two different reasons there are the part. The part's own name and
# its bare claim («Kvifor oss? Vi er rette partnarskapet») and «har allerede» («har allerede for få
# ansatte») are no reasons.
_ARGUED_IN_ONE_PARAGRAPH = {
    "why-us": re.compile(
        r"\b(?:hvorfor|kvifor|why|rett|rette|riktig|riktige|right|egnet|eigna|placed|suited|equipped|rustet|rusta|allerede|allereie|alt)\b", re.I
    )
}
ARGUED_PARAGRAPH_WORDS = 120
_NAMING_ONLY = {"need": re.compile(r"(?:behov|problem|utfordring|need|challenge)\w*", re.IGNORECASE)}
OPENING_FIGURES = 3
# A sentence asking for money («Jeg søker om 850 000 kr …») sizes the application, not the need.
_APPLYING = re.compile(r"\b(?:søker om|søkjer om|apply for|applying for|we request)\b", re.IGNORECASE)
# A line that starts the budget («Foreløpig budsjett:», «Det tentative budsjettet er …») ends the
# opening; a contact line (e-mail, phone) is no part of it.
_BUDGET_START = re.compile(r"^[^\w\n]*(?:\w+[ \t]+){0,2}?(?:budsjett|budget|kostnadsoverslag)", re.IGNORECASE | re.MULTILINE)
_CONTACT = re.compile(r"@|\b(?:mobil|telefon|tlf|phone|e-post|epost|e-mail|email)\b", re.IGNORECASE)


# A heading that names the sketch itself («Innovation partnership – sketch from Voss
# Municipality», «Skisse frå Aurland kommune»): a title, whatever part its words also name.
_SKETCH_TITLE = re.compile(r"\b(?:skisse|skissa|sketch)\s+(?:fra|frå|from|til|for|by)\b|\b(?:skisse|skissa|sketch)\s*:", re.IGNORECASE)


def _opening_need(ctx: Context, check: r.SectionCheck) -> tuple[Hit, int] | None:
    """The first problem word of the sketch's opening (the text before its first part the checker
    knows) and how many figures the opening gives, when the opening tells a need: «Tala er store. Vestland har om lag 26 000 elevar … Matsvinn
    er eit kjent problem». None for a greeting, an applicant's story without figures, a text
    whose only figures are its budget or phone number."""
    from .analysis import _NOT_PROSE

    rx = _union(tuple(check.need_words))
    if rx is None:
        return None
    a = ctx.analysis
    # The opening runs to the first part the checker knows: a first part under a heading of the
    # applicant's own («Et energisystem som ikke passer de nye byggene») is still the opening.
    # A part under a heading that names the sketch itself (a bold title line «Innovasjonspartnerskap
    # – skisse fra Mæl og Omnes Vel» above the whole text, its part read from what the text speaks
    # of) is the opening too.
    first = a.sketch.sections[0] if a.sketch.sections else None
    opening_title = first is not None and _SKETCH_TITLE.search(first.heading) is not None
    known = [s for s in a.sketch.sections if s.key is not None and not (s is first and opening_title)]
    end = a.offset_of_line(known[0].line) if known else len(a.source)
    if (budget := _BUDGET_START.search(a.source, a.body_start, end)) is not None:
        end = budget.start()
    text = a.source[a.body_start : end]
    prose = "\n".join(line for line in text.split("\n") if not _NOT_PROSE.match(line) and not _CONTACT.search(line))
    figures = len(_NUMBER.findall(_without_applying(prose)))
    if len(prose.split()) < OPENING_WORDS or figures < OPENING_FIGURES:
        return None
    # A word that only names the part («behovet», «utfordringane») tells nothing that goes wrong.
    naming = _NAMING_ONLY.get(check.section)
    hits = [
        h
        for h in a.find(rx, [(a.body_start, end, None)], keys=_UNION_KEYS.get(rx))
        if not _NOT_PROSE.match(_line_at(a.source, h.start)) and not (naming is not None and naming.fullmatch(h.text.strip()))
    ]
    if not hits:
        return None
    # The finding quotes a problem word that stands with a figure («brukte … 58 millioner kroner»)
    # before one that stands alone («trenger bare lav temperatur»).
    from .sentence_bounds import _sentence_around

    sized = (h for h in hits if _NUMBER.search(_sentence_around(a.source, h.start, h.end)))
    return next(sized, hits[0]), figures


def _line_at(source: str, offset: int) -> str:
    start = source.rfind("\n", 0, offset) + 1
    stop = source.find("\n", offset)
    return source[start : stop if stop != -1 else len(source)]


def _sentence_of(source: str, hit: Hit, width: int = 90) -> str:
    """The sentence a hit stands in, cut to `width` characters."""
    from .sentence_bounds import _sentence_around

    sentence = " ".join(_sentence_around(source, hit.start, hit.end).split())
    return sentence if len(sentence) <= width else sentence[: width - 1].rstrip() + "…"


def _prose_spans(a: Analysis) -> list[tuple[int, int, str | None]]:
    """The sketch's text outside its budget: a budget written in the text («Foreløpig budsjett: …»)
    ends the part it stands in."""
    out = []
    for start, end, key in a.spans_for(exclude=["budget"]):
        if (budget := _BUDGET_START.search(a.source, start, end)) is not None:
            end = budget.start()
        out.append((start, end, key))
    return out


def _vague_without_figures(ctx: Context, check: r.SectionCheck) -> Finding | None:
    """A sketch without a need part whose problem talk is general («mange utfordringer», «ikke
    alltid», «we believe») in two kinds or more and that gives no figure outside its budget."""
    rx = _union(tuple(check.vague_words))
    if rx is None:
        return None
    a = ctx.analysis
    spans = _prose_spans(a)
    figures = sum(_need_figures(line) for start, end, _ in spans for line in a.source[start:end].split("\n") if not _CONTACT.search(line))
    if figures > 1:
        return None
    hits = a.find(rx, spans, keys=_keys(tuple(check.vague_words)))
    kinds = list(dict.fromkeys(h.text.strip().casefold() for h in hits))
    if len(kinds) < (2 if not figures else VAGUE_KINDS_OVER_ONE_FIGURE):
        return None
    return ctx.finding(Level.WARN, "section.vague-one" if figures else "section.vague", hit=hits[0], words="», «".join(kinds[:3]))


def _without_applying(text: str) -> str:
    """`text` without the sentences that ask for money (found word first, then cut to the
    sentence's stops: no pattern scans a long line from every character)."""
    parts, last = [], 0
    for m in _APPLYING.finditer(text):
        if m.start() < last:
            continue
        left = max(text.rfind(".", last, m.start()), text.rfind("\n", last, m.start())) + 1
        stops = [e for e in (text.find(".", m.end()), text.find("\n", m.end())) if e != -1]
        right = min(stops) if stops else len(text)
        parts.append(text[last : max(left, last)])
        last = right
    parts.append(text[last:])
    return "".join(parts)


def _summary_need(ctx: Context, check: r.SectionCheck) -> tuple[str, int] | None:
    """The summary's sentences that size the need («Fylkeskommunene bruker over 5 milliarder
    kroner i året på ferjedrift»): a figure and a problem word in one sentence. The first such
    sentence and their words together, or None. A company's profile («80 ansatte og kunder i
    seks land») names no problem and is left out."""
    rx = _union(tuple(check.need_words))
    if rx is None:
        return None
    a = ctx.analysis
    told = [
        sentence
        for section in a.sketch.sections_by("summary")
        for sentence in a.section_sentences(section)
        if _NUMBER.search(sentence.text) and any(m.start() == 0 or not sentence.text[m.start() - 1].isalnum() for m in rx.finditer(sentence.text))
    ]
    if not told:
        return None
    first = " ".join(told[0].text.split())
    return (first if len(first) <= 90 else first[:89].rstrip() + "…"), sum(t.words for t in told)
