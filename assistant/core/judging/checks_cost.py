"""How big the sketch itself says the cost of its problem is.

Split from `checks_numbers` (the keywords check's reading of «large public budget items»). A sketch
that sizes its problem's yearly cost itself («om lag 1,4 årsverk, tilsvarende 1,1 mill. kr i
året», «about two FTEs and NOK 250 000 in compensation a year») and sizes it small has answered
the question: a cost word beside it («Dette er en stor kostnad for bydelene», «kostnadene er
betydelige») claims a size the figures do not show. Words that size a cost by themselves (an
amount of millions, «milliarder», «den største utgiftsposten», «netto driftsutgifter») still count.
"""

from __future__ import annotations

import re

from ..sketch import rubric as r
from ..sketch.amounts import find_amounts
from .analysis import Analysis, Hit
from .checks_base import _union
from .checks_money import _CURRENCY_WORD, _ONE_NEW, _PER_AFTER, _UNIT, _UNIT_COST, UNIT_LARGE, _quote_around
from .sentence_bounds import _break_after, _break_before, _sentence_around

# Staff time that sizes a cost: «0,4 årsverk», «to årsverk», «1.5 FTEs», «two full-time posts».
_FTE = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?|en|ein|ett|eitt|ei|én|halvt?|to|tre|fire|one|half an?|two|three|four)\s+"
    r"(?:årsverk\w*|FTEs?\b|full-time equivalents?|person-years?|man-years?|(?:heile|hele|full|fulle|full-time)\s+(?:stillingar|stillinger|stilling|posts?|positions?))",
    re.I,
)
_FTE_WORDS = {"en": 1, "ein": 1, "ett": 1, "eitt": 1, "ei": 1, "én": 1, "halv": 0.5, "halvt": 0.5, "to": 2, "tre": 3, "fire": 4,
              "one": 1, "half a": 0.5, "half an": 0.5, "two": 2, "three": 3, "four": 4}
# Staff time at or above this many full-time posts is a large cost by itself.
LARGE_FTE = 5.0

# The whole frame a cost is part of: «2,4 mill. kr … av ei samla ramme for DKS på om lag 38 mill. kr»,
# «NOK 2 million out of a total budget of NOK 40 million». The frame is no cost of the problem.
_FRAME_BEFORE = re.compile(
    r"\b(?:av|out of|of|innanfor|innenfor|within)\s+(?:ei|en|et|eit|a|an|the|sitt|sin|si|its|their)?\s*"
    r"(?:samla|samlet|samlede|totale?|overall|årleg|årlig|annual|heile|hele|whole)?\s*"
    r"(?:\w+-?)?(?:ramme|rammer|budsjett|budget|frame|envelope|totalbudsjett|driftsbudsjett)\w*\s+"
    r"(?:\w+\s+){0,4}?(?:på|of|er|is|at|om)\s+(?:om lag|omtrent|cirka|ca\.?|about|around|roughly|some|nearly|nesten|drøyt|vel|rundt)?\s*\Z",
    re.I,
)


# Staff hours over a period size a cost as staff time: «om lag ti timar i veka», «400 timer i året»,
# «two hours a day», «1 200 admin hours a year». Converted to full-time posts (37,5 hours a week,
# 7,5 a day, 160 a month, 1 700 a year) so they size as `_FTE` does.
_HOURS = re.compile(
    r"(?<![\d.,\w])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?|en|ein|ei|én|ett|eitt|to|tre|fire|fem|seks|sju|åtte|ni|ti|"
    r"one|an|two|three|four|five|six|seven|eight|nine|ten|a few|noen|nokre|nokon|et par|eit par|a couple of)\s+"
    r"(?:\w+\s+)?(?:arbeidstimer|arbeidstimar|timeverk|timer|timar|hours?)\s+"
    r"(?:(?:med|of|på|with)\s+\w+\s+)?"
    r"(?:i|per|pr\.?|om|kvar|hver|hvert|kvart|every|a|an|each)\s+(?:\w+\s+)?"
    r"(?:(?P<w>uka|uke|veka|veke|week)|(?P<d>dagen|dag|day)|(?P<m>måned|måneden|månad|månaden|month)|(?P<y>året|år|year))\b",
    re.I,
)
_HOUR_WORDS = {"en": 1, "ein": 1, "ei": 1, "én": 1, "ett": 1, "eitt": 1, "one": 1, "an": 1, "to": 2, "tre": 3, "fire": 4,
               "fem": 5, "seks": 6, "sju": 7, "åtte": 8, "ni": 9, "ti": 10, "two": 2, "three": 3, "four": 4, "five": 5,
               "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3, "noen": 3, "nokre": 3, "nokon": 3,
               "et par": 2, "eit par": 2, "a couple of": 2}
_HOURS_PER_POST = {"w": 37.5, "d": 7.5, "m": 160.0, "y": 1700.0}


def _hours_fte(m: re.Match[str]) -> float:
    """The full-time posts a match of `_HOURS` sizes."""
    raw = m.group(1).casefold().replace("\u00a0", " ")
    if raw in _HOUR_WORDS:
        hours = float(_HOUR_WORDS[raw])
    else:
        digits = raw.replace(" ", "")
        hours = float(digits.replace(",", ".")) if digits.count(",") + digits.count(".") <= 1 and not re.fullmatch(r"\d{1,3}[.,]\d{3}", digits) else float(re.sub(r"[.,]", "", digits))
    period = next(k for k in ("w", "d", "m", "y") if m.group(k) is not None)
    return hours / _HOURS_PER_POST[period]


# Hours said per person size no total: «hver sykepleier bruker to timer om dagen», «lærarane brukar
# i snitt tre timar i veka», «each nurse spends an hour a day». A total said as such still sizes:
# «til sammen», «samla», «in total».
_PER_PERSON = re.compile(
    r"\b(?:hver|hvert|kvar|kvart|each|every|per|pr\.)\s+(?:\w+\s+)?(?:ansatt|tilsett|person|medarbeider|medarbeidar|sykepleier|sjukepleiar|lege|lækjar|lærer|lærar|"
    r"saksbehandler|sakshandsamar|terapeut|assistent|fagarbeider|fagarbeidar|employee|worker|person|nurse|doctor|teacher|carer|officer|caseworker|therapist|member of staff|staff member)\w*"
    r"|\b(?:i snitt|i gjennomsnitt|gjennomsnittlig|gjennomsnittleg|on average|typisk|typically)\b"
    r"|\b\w*(?:ansatte|tilsette|sykepleiere|sykepleierne|sjukepleiarar|sjukepleiarane|legene|legane|lærere|lærerne|lærarar|lærarane|medarbeidere|medarbeiderne|medarbeidarar|medarbeidarane|"
    r"saksbehandlere|saksbehandlerne|sakshandsamarar|sakshandsamarane|terapeuter|terapeutane|terapeutene|fagarbeidere|fagarbeiderne|fagarbeidarar|fagarbeidarane|"
    r"nurses|doctors|teachers|employees|workers|carers|caseworkers|officers|therapists|clinicians)\b",
    re.I,
)
_TOTAL = re.compile(r"\b(?:til sammen|til saman|samla|samlet|totalt|i alt|in total|altogether|combined|all together)\b", re.I)


def _per_person(text: str, start: int, end: int) -> bool:
    """Whether the hours at `start`..`end` are said per person, not as a total (see `_PER_PERSON`)."""
    head = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    tails = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    sentence = text[head : min(tails) if tails else len(text)]
    return _PER_PERSON.search(sentence) is not None and _TOTAL.search(sentence) is None


# Hours a service is open are no staff time spent on the problem: «Helsestasjonen er open to timar
# i veka», «the office is open three hours a day», «åpningstid to timer om dagen».
_OPEN_BEFORE = re.compile(r"\b(?:open|ope|opent|opne|åpen|åpent|åpne|åpningstid\w*|opningstid\w*|opening hours|is open|are open)\s+(?:\w+\s+){0,2}\Z", re.I)


def staff_time(text: str) -> list[tuple[int, int, float]]:
    """Where `text` sizes staff time, and how many full-time posts each sizing comes to: «to
    årsverk» (2), «om lag ti timar i veka» (0,27), «30 000 timer i året» (17,6)."""
    marks = [(m.start(), m.end(), _fte(m.group(1))) for m in _FTE.finditer(text)]
    marks += [
        (m.start(), m.end(), _hours_fte(m))
        for m in _HOURS.finditer(text)
        if not _per_person(text, m.start(), m.end()) and not _OPEN_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    ]
    return sorted(marks)


def _fte(word: str) -> float:
    w = word.casefold().replace(",", ".")
    return _FTE_WORDS.get(w, 0.0) if not w[0].isdigit() else float(w)


def frame_amount(sentence: str, start: int) -> bool:
    """Whether the amount at `start` in `sentence` names the frame a smaller cost is part of."""
    return _FRAME_BEFORE.search(sentence[max(0, start - 90) : start]) is not None


# Between the two ends of a range: «NOK 19–23 million», «from NOK 1.6 to 8.3 billion».
_RANGE_GAP = re.compile(r"\s*(?:[–-]|til|to)\s*\Z", re.I)


def money_amounts(text: str) -> list[tuple[int, int, int]]:
    """The amounts of money in `text` said in kroner, a range read as one amount at its upper
    end: «NOK 19–23 million» is 23 million kroner, not 19 kroner beside a count of 23 million."""
    found = find_amounts(text)
    out: list[tuple[int, int, int]] = []
    for i, (s, e, v) in enumerate(found):
        low = found[i - 1] if i and _RANGE_GAP.match(text[found[i - 1][1] : s]) else None
        high = found[i + 1] if i + 1 < len(found) and _RANGE_GAP.match(text[e : found[i + 1][0]]) else None
        if high is not None and high[2] > v:
            continue  # the lower end of a range: read with its upper end
        start = low[0] if low is not None and low[2] < v else s
        if _CURRENCY_WORD.search(text[start:e]):
            out.append((start, e, v))
    return out


def _sizings(sentence: str, small: int) -> tuple[bool, bool]:
    """(sized small, sized large) by the sentence's own amounts of money and staff time; a unit's
    price («Et høreapparat koster 10 000 kr», «8 000 kr per døgn») sizes neither unless large."""
    found = money_amounts(sentence)
    per = any(_PER_AFTER.match(sentence, e, e + 40) for _, e, _ in found)
    bare_text = _HOURS.sub(" ", _FTE.sub(" ", sentence))  # «eitt årsverk» is staff time, not the price of one thing
    if per or _UNIT.search(bare_text) or (_UNIT_COST.search(bare_text) and not _ONE_NEW.search(bare_text)):
        return False, any(v >= UNIT_LARGE for _, _, v in found)
    money = [v for s, e, v in found if not (len(found) > 1 and frame_amount(sentence, s))]
    staff = [f for _, _, f in staff_time(sentence) if f > 0]
    sizes = [*([max(money)] if money else []), *([max(staff) * small / LARGE_FTE] if staff else [])]
    return any(v < small for v in sizes), any(v >= small for v in sizes)


def sized_small_only(a: Analysis, spans: list[tuple[int, int, str | None]], check: r.KeywordsCheck) -> Hit | None:
    """The first sentence that sizes the problem's cost small, when the sketch sizes it only small
    (no sentence sizes it large): None when it gives no size, or a large one somewhere."""
    drop = _union(tuple(check.drop_sentences))
    first: Hit | None = None
    for start, end, key in spans:
        text = a.source[start:end]
        seen: set[str] = set()
        marks = [(s, e) for s, e, _ in find_amounts(text)] + [(s, e) for s, e, _ in staff_time(text)]
        for s, e in sorted(marks):
            sentence = _sentence_around(a.source, start + s, start + e)
            # «fordelt på to saksbehandlere» spreads staff time, not a budget over its lines.
            if sentence in seen or (drop is not None and drop.search(sentence) and not staff_time(sentence)):
                continue
            seen.add(sentence)
            is_small, is_large = _sizings(sentence, check.small_amount)
            if is_large:
                return None
            if is_small and first is None:
                first = Hit(start + s, start + e, a.source[start + s : start + e], a.line_of(start + s), key)
    return first


def bare(hit: Hit, check: r.KeywordsCheck) -> bool:
    """Whether a hit names a cost (or many people) without sizing it: «kostnadene», «dyrt»,
    «expensive», «tusenvis av elevar»."""
    words = _union(tuple(check.bare_words))
    return words is not None and words.fullmatch(hit.text.strip()) is not None


def frames_out(a: Analysis, kept: list[Hit], small: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """An amount that is only the frame a smaller cost in its sentence is part of sizes nothing
    by itself: it joins the sentence's small cost (kept, sized small)."""
    out: list[Hit] = []
    for h in kept:
        sentence = _sentence_around(a.source, h.start, h.end)
        at = sentence.find(h.text)
        if at > 0 and frame_amount(sentence, at) and len([x for x in find_amounts(sentence) if _CURRENCY_WORD.search(sentence[x[0] : x[1]])]) > 1:
            small = [*small, h]
        else:
            out.append(h)
    return out, small


def _paragraph(source: str, hit: Hit) -> tuple[int, int]:
    """Where the paragraph (or list item, or table row) holding the hit starts and ends."""
    return _break_before(source, max(0, hit.start - 4000), hit.start) + 1, _break_after(source, hit.end, min(len(source), hit.end + 4000))


def answered_by_sizing(a: Analysis, hits: list[Hit], spans: list[tuple[int, int, str | None]], check: r.KeywordsCheck) -> Hit | None:
    """The sketch's own small sizing of its cost, when every hit is a bare cost word: «Dette er en
    stor kostnad for bydelene» beside «1,1 mill. kr i året», or «unødige kostnader» in one part
    and «approx. NOK 0,8 million per year» in the key figures. A cost word sized nowhere shows no
    other, larger cost: the sketch's figures are its answer. None when no figure sizes it small,
    or one sizes it large."""
    if not hits or not all(bare(h, check) for h in hits):
        return None
    return sized_small_only(a, spans, check)


def unsized_area(a: Analysis, hits: list[Hit], check: r.KeywordsCheck) -> Hit | None:
    """The first hit, when every hit only names a cost (`bare`: «kostnadene», «dyrt», «costly»)
    and no paragraph holding one names a public service area that weighs on public budgets by
    its size (`heavy_areas`: care and health, benefits, schools, roads, water, fire…): «Dagens
    ordning er dyr for biblioteket» names a cost, «Skoleskyssen koster fylkeskommunen mye»
    names a large budget item. None when a hit sizes the cost or an area is named beside it or
    in the sketch's title."""
    areas = _union(tuple(check.heavy_areas))
    if areas is None or not hits or not all(bare(h, check) for h in hits):
        return None
    if areas.search(a.sketch.title or a.sketch.meta.title or "") is not None:
        return None  # the title names the area the whole sketch is about («Bedre kommunale veger»)
    for h in hits:
        start, end = _paragraph(a.source, h)
        if a.source[start:end].rstrip().endswith(":"):
            # «The costs of this land on the municipalities and the county:» and the list it opens.
            blank = a.source.find("\n\n", end + 1, end + 4000)
            end = blank if blank != -1 else min(len(a.source), end + 4000)
        end = end if end != -1 else min(len(a.source), h.end + 4000)
        if areas.search(a.source, start, end) is not None or _sized_large(a.source[start:end], check.small_amount):
            return None
    return hits[0]


def _sized_large(paragraph: str, small: int) -> bool:
    """Whether a sentence of the paragraph sizes a cost large by its own figures («om lag 45
    årsverk», «28 årsverk … og kostnadene vokser»)."""
    marks = [(s, e) for s, e, _ in find_amounts(paragraph)] + [(s, e) for s, e, _ in staff_time(paragraph)]
    return any(_sizings(_sentence_around(paragraph, s, e), small)[1] for s, e in marks)


def public_costs(a: Analysis, hits: list[Hit], check: r.KeywordsCheck, private: bool) -> list[Hit]:
    """The hits left when a private applicant's own costs are set aside (`private_own`): a
    company, foundation or association that sizes what it spends itself («Vi bruker om lag 60
    mill. kr i året på drivstoff», «the company's operating costs») shows no public budget item."""
    own = _union(tuple(check.private_own))
    if not private or own is None:
        return hits
    return [h for h in hits if own.search(_sentence_around(a.source, h.start, h.end, wrapped=True).strip()) is None]


def scale_shown(a: Analysis, hits: list[Hit], check: r.KeywordsCheck) -> str:
    """What the pass finding quotes for a large cost: the hits that show its size (`scale_words`:
    an amount, «flere milliarder», «den største enkeltposten i budsjettet»), or else the sentence
    of the first cost word found. «kostar, kostnadene» alone shows no size."""
    scale = _union(tuple(check.scale_words))
    sized = [h for h in hits if scale is None or scale.search(h.text)]
    if sized:
        return ", ".join(h.text.strip() for h in sized[:4])
    return "«" + _quote_around(a.source, hits[0]).rstrip(".!? ") + "»"


def unsized_anywhere(a: Analysis, hits: list[Hit], check: r.KeywordsCheck, private: bool = False) -> Hit | None:
    """The first hit, when every hit only names a cost (`bare`: «kostnadene aukar», «svært dyrt»,
    «store kostnader for kommunen») and the sketch gives no figure of its need anywhere: no amount
    of money, no staff time, none of `sizing_figures` (a cost's share or growth in per cent, a
    public stock in millions of square metres). The area may be large, but a cost called large is
    not shown large. Figures of the project itself (its budget, in its table or in a sentence
    naming the project, `own_project`) size nothing of the need, nor does a private applicant's
    own money («We raised NOK 18 million», `private_own`)."""
    if not hits or not all(bare(h, check) for h in hits):
        return None
    budget = a.sketch.budget
    table: set[int] = set()
    if budget is not None and budget.table_start is not None:
        table = set(range(budget.table_start, (budget.table_end or budget.table_start) + 1)) | ({budget.total_line} if budget.total_line else set())
    ceiling = max(budget.stated_total or 0, budget.sum_of_lines) if budget is not None else 0
    project = _union(tuple(check.own_project))
    figures = _union(tuple(check.sizing_figures))
    private_own = _union(tuple(check.private_own)) if private else None
    for start, end, key in a.spans_for(None, None):
        if key == "budget" and (not table or any(start <= a.offset_of_line(n) < end for n in table)):
            continue  # the part that holds the project's budget
        text = a.source[start:end]
        marks = [(s, e, v) for s, e, v in money_amounts(text)] + [(s, e, None) for s, e, _ in staff_time(text)]
        marks += [(m.start(), m.end(), None) for m in figures.finditer(text)] if figures is not None else []
        for s, e, value in marks:
            if a.line_of(start + s) in table:
                continue
            sentence = _sentence_around(a.source, start + s, start + e)
            if private_own is not None and private_own.search(_sentence_around(a.source, start + s, start + e, wrapped=True).strip()):
                continue  # the applicant's own money, not a public cost
            own = project is not None and project.search(sentence) is not None
            if own and (value is None or not ceiling or value <= ceiling):
                continue
            return None
    return hits[0]
