"""The technology-first check: whether a sketch starts from a technology or an already chosen
solution, rather than from the need (read in its lead parts first, then in the rest)."""

from __future__ import annotations

import re

from ..sketch import rubric as r
from .analysis import Analysis, Hit
from .checks_base import Context, Outcome, _distinct, _keys, _phrases, _union
from .checks_money import _capped
from .sentence_bounds import _sentence_around, sentence_bounds
from .findings import Finding, Level, Status


def check_technology_first(ctx: Context, check: r.TechnologyFirstCheck) -> Outcome:
    a = ctx.analysis
    lead, rest = _lead_and_rest(a, check.lead_sections)
    score = 0
    out: list[Finding] = []
    lead_hits: list[tuple[Hit, int]] = []
    rx, weights = _phrases(tuple((p.pattern, p.weight) for p in check.phrases))
    keys = _keys(tuple(p.pattern for p in check.phrases))
    negated = _union(tuple(check.negations))
    specified = _union(tuple(check.specified))

    def said_not(hit: Hit, weight: int = 1) -> bool:
        # The sentence is looked for within SENTENCE_REACH of the hit: a text with no full stop
        # made every hit search the whole of it (200 KB of «sensorer og …» took minutes).
        # A paragraph wrapped by hand is read to its sentence's end («Sensorar og maskinlæring kan bli
        # ein del av⏎svaret»).
        left, right = sentence_bounds(a.source, hit.start, hit.end, wrapped=True)
        sentence = a.source[left:right]
        if specified is not None and specified.search(sentence):
            return False
        if negated is None:
            return False
        if weight < 2:
            return negated.search(sentence) is not None
        # A plan or a claim the applicant makes («vi vil kjøpe inn radarsensorar», «we believe the
        # solution is drones») is said «not» by a «not» before its end («vi skal ikkje lage ei
        # app»); a «not» or «without» after it tells what the thing does or lacks («… sensorar som
        # registrerer fall utan kamera», «… utan at ein operatør ser på skjermen»). A hedge may
        # stand anywhere («… saman med leverandørane»).
        return negated.search(a.source, left, hit.end) is not None or (
            (hedged := negated.search(a.source, hit.end, right)) is not None and _NEGATOR.fullmatch(hedged.group(0)) is None
        )

    strongest = max(weights.values())

    def negated_in(text: str) -> re.Match[str] | None:
        return negated.search(text) if negated is not None else None
    described, planned = _union(tuple(check.described)), _union(tuple(check.planned))

    def said_as_existing(hit: Hit, weight: int) -> bool:
        if weight >= strongest:
            return False
        sentence = _sentence_around(a.source, hit.start, hit.end)
        if weight == 1 and not re.sub(r"[\W_]+", "", sentence.replace(hit.text, "", 1)):
            return True  # a noun standing as a label alone («**Chatbot.**»): what it heads tells
        if described is None:
            return False
        return described.search(sentence) is not None and (planned is None or planned.search(sentence) is None)

    kept_open = (opened := _union(tuple(check.open_solution))) is not None and any(opened.search(a.source, s, e) for s, e, _ in [*lead, *rest])
    for hit in _capped(a.find(rx, lead, keys=keys)):  # each read in its sentence: a few per word are enough
        weight = weights.get(hit.group or "", 1)
        # A technology only named («Droner i beredskapen?», «KI i heimetenesta?») in a sketch that
        # says outright its solution is open is a question asked, not the starting point.
        if not said_not(hit, weight) and not said_as_existing(hit, weight) and not (kept_open and weight == 1):
            lead_hits.append((hit, weight))
    for hit in _capped(a.find(rx, rest, keys=keys)):
        # A first-person plan to build or buy a named technology starts from it wherever it stands,
        # unless the sketch says outright that its solution is still open.
        if weights.get(hit.group or "", 1) >= strongest and not said_not(hit, strongest) and not kept_open:
            # Outside the lead it warns; it fails only together with more signs.
            lead_hits.append((hit, max(strongest - 1, check.warn_at)))
    title, title_line = _title(a)
    # The title is the sketch's name for its project: one that names a technology («AI-drones for
    # search and rescue», «Digital tvilling for vinterveiane») tells what the project is to
    # deliver. Not a title that asks («Droner i beredskapen?»), nor one over a text that says its
    # solution is open; alone it warns, with one more sign it fails.
    if title and "?" not in title and not kept_open and rx.search(title) and negated_in(title) is None:
        lead_hits = [(hit, weight) for hit, weight in lead_hits if hit.line != title_line]
        score += max(strongest - 1, check.warn_at)
        out.append(ctx.finding(Level.WARN, "technology_first.title", line=title_line or 1, words=title))
    if check.solution_headings:
        from ..sketch.sections import match_heading, normalise_heading

        heading_rx = re.compile("|".join(f"(?:{p})" for p in check.solution_headings), re.IGNORECASE)
        spans = {s.line: (start, end) for start, end, s in a.section_spans}
        for section in a.sketch.sections:
            # A heading whose own words name no known part: a part read as another from its text
            # («Om hydrogenløsningen», read as green by its words) is still headed as a solution;
            # not one whose text says the solution is still open («4. Løsning: Vi har ikke bestemt
            # oss for én løsning»).
            start, end = spans.get(section.line, (0, 0))
            if opened is not None and opened.search(a.source, start, end):
                continue
            if (section.key is None or match_heading(section.heading) is None) and heading_rx.search(normalise_heading(section.heading)):
                score += max(weights.values())
                out.append(ctx.finding(Level.WARN, "technology_first.heading", line=section.line, words=section.heading))
                break
    # Overlapping matches (a strong phrase and the noun inside it) count once, at the higher weight.
    lead_hits.sort(key=lambda hw: (hw[0].start, -hw[1]))
    kept: list[tuple[Hit, int]] = []
    for hit, weight in lead_hits:
        if kept and hit.start < kept[-1][0].end:
            continue
        kept.append((hit, weight))
    for hit, weight in kept:
        score += weight
        out.append(ctx.finding(Level.WARN, "technology_first.lead", hit=hit, words=hit.text.strip()))
    elsewhere = a.find(rx, rest, keys=keys)
    for hit in _distinct(elsewhere)[:5]:
        out.append(ctx.finding(Level.INFO, "technology_first.elsewhere", hit=hit, words=hit.text.strip()))
    if score >= check.fail_at:
        for f in out:
            if f.level is Level.WARN:
                f.level = Level.FAIL
        return Outcome(Status.FAIL, out)
    if score >= check.warn_at:
        return Outcome(Status.WARN, out)
    for f in out:
        f.level = Level.INFO
    out.insert(0, ctx.finding(Level.INFO, "technology_first.ok"))
    return Outcome(Status.PASS, out)


def _title(a: Analysis) -> tuple[str | None, int | None]:
    """The sketch's title (from its metadata, or the line that heads its text) and the line it
    stands on in the text (None when it stands only in the metadata)."""
    if a.sketch.meta.title:
        return a.sketch.meta.title, None
    title = a.sketch.title
    if not title:
        return None, None
    if a.sketch.title_line:
        return title, a.sketch.title_line
    head = title[:30]
    return title, next((n for n, line in enumerate(a.source.splitlines(), 1) if head in line), None)


# The words that say «not» of what follows them, as against a hedge of the whole sentence
# («kanskje», «saman med leverandørane»).
# «For eksempel» after a plan gives an example of what it names («… ny teknologi for mobil lading, for
# eksempel batteribaserte containarar»), not a hedge of the plan.
_NEGATOR = re.compile(r"ikke|ikkje|not|no|uten|utan|without|for eksempel|til dømes|f\.\s?eks|for example|for instance|e\.\s?g\.", re.IGNORECASE)

# A part headed as an appendix («Vedlegg A: …», «Appendix», «Bilag 2») is read after the sketch.
_APPENDIX = re.compile(r"^\W*(?:vedlegg|vedlag|bilag|appendi(?:x|ces)|annex|attachment)\b", re.IGNORECASE)


def _lead_and_rest(a: Analysis, lead_sections: list[str]) -> tuple[list[tuple[int, int, str | None]], list[tuple[int, int, str | None]]]:
    """The sketch's opening (the text before the first part, and its summary and need parts) and
    the rest. A need part in an appendix, or after one, is not the opening: a reader meets it
    last («Vedlegg A: Erfaringer fra eksisterende sykehus»)."""
    lead: list[tuple[int, int, str | None]] = []
    rest: list[tuple[int, int, str | None]] = []
    appended = False
    by_start = {start: s for start, _, s in a.section_spans}
    first = a.sketch.sections[0] if a.sketch.sections else None
    for span in a.spans_for():
        section = by_start.get(span[0]) if span[2] != "preamble" else None
        appended = appended or (section is not None and _APPENDIX.match(section.heading) is not None)
        # The sketch's first part, headed by no part's name («1. Introduction», «Innleiing»), is
        # its opening as much as the text before it.
        opening = section is not None and section is first and section.key is None
        (lead if (span[2] in {"preamble", *lead_sections} or opening) and not appended else rest).append(span)
    return lead, rest
