"""The budget: read it from Markdown, however it was typed (`editing.budget_table` writes it back)."""

from __future__ import annotations

import re

from .amounts import find_amounts
from .budgetcategory import CATEGORY_LABELS, category_from_text, infer_category, procurement_in_stated_total
from .budgetcues import _BUDGET_LABEL, _CITED_BUDGET, _CONTACT, _TOTAL_CUE, NO_BUDGET_YET, _cue, before_contact, funding
from .budgetmeaning import NONE, classify
from .budgetposts import _CONTACT_LINE, _LIST_ITEM, _typed_post, budget_post_line
from .budgetunits import SUBTOTAL_WORDS, amounts_in, caption_scale, prose_found, text_scale
from .budgetrows import drop_second_breakdown, pasted_rows, without_emphasis as _without_emphasis
from .budgettable import _TOTAL, _parse_table, find_tables, is_rule, split_row
from .budgetyears import line_total
from .model import Budget, BudgetCategory, BudgetLine

# The categories live in `budgetcategory`; they are named here too, where callers have found them.
__all__ = [
    "CATEGORY_LABELS",
    "category_from_text",
    "find_budget",
    "budget_post_line",
    "find_tables",
    "infer_category",
    "is_rule",
    "parse_budget",
    "parse_budget_text",
    "procurement_in_stated_total",
    "reads_as_costs",
    "split_row",
]

def parse_budget(body: str, first_line: int, *, prose: bool = True, heading: str = "") -> Budget | None:
    """Read the first budget-like table in a section body, else its list or prose (with
    `prose`); None when there is no budget. A unit the heading or a line before the table says
    for bare numbers («Budsjett (tusen kroner)», «In thousands of NOK:») scales them."""
    lines = body.splitlines()
    best: Budget | None = None
    for start, end in find_tables(lines):
        # The unit said in a caption just above the table, else just below it, else in the heading.
        near = [*reversed(lines[max(0, start - 3) : start]), *lines[end : end + 3]]
        scale = next((u for u in (caption_scale(x) for x in near) if u), text_scale(heading))
        budget = _parse_table(lines[start:end], first_line + start, scale_hint=scale)
        if budget.lines and budget.stated_total is None:
            _total_beside(budget, lines, start, end, first_line)
        if budget.lines or budget.stated_total is not None:
            return budget
        best = best or budget
    if prose:
        written = parse_budget_text(lines, first_line, scale=text_scale(heading))
        if written is not None:
            return written
    return best

def _total_beside(budget: Budget, lines: list[str], start: int, end: int, first_line: int) -> None:
    """A table with no total row takes the total a sentence right above or below it states
    («Prosjektet har en samlet ramme på kr 10 600 000 over tre år, fordelt slik:», «Samlet ramme
    for prosjektet blir dermed om lag 6,9 mill. kr»): one amount, said to be the whole."""
    near = [n for n in range(max(0, start - 3), start) if lines[n].strip()][-1:] + [n for n in range(end, min(len(lines), end + 3)) if lines[n].strip()][:1]
    for n in near:
        text = re.sub(r"[*_`]", "", lines[n])
        found = find_amounts(text)
        if len(found) == 1 and not _SAVINGS.search(text) and not _CITED_BUDGET.search(text) and (
            _PROSE_TOTAL.search(text) or _ONE_TOTAL.search(text) or _TOTAL_CUE.search(text)
        ):
            budget.stated_total, budget.total_line = found[0][2], first_line + n
            return


_PROSE_TOTAL = re.compile(
    r"\b(?:samlede?|samlet|samla|totalt?|til sammen|til saman|i alt|totalbudsjett\w*|totalkostnad\w*|in total|overall|altogether|sum|"
    r"søker om|søkjer om|fordelt på|fordelt over|fordelt slik|ramme|we apply for|broken down|"
    r"(?:prosjektet|partnerskapet|partnarskapet)\s+(?:vil\s+|skal\s+)?kost\w*|the\s+(?:project|partnership)\s+(?:will\s+)?costs?)\b",
    re.IGNORECASE,
)
# A sentence ends at a stop followed by a capital letter or the end of the line, so «3.300.000»,
# «1,2 mill. kr» and «ca. 4 mill.» do not end one.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-ZÆØÅ«\"(]|\s*$)|$)")
# «2 mill. til …», «2 mill. går til …», «… blir brukt på …», «… skal dekke …»: what follows names the item.
_LEAD_WORDS = re.compile(
    r"^[\s,:;–\-]*(?:og|and|samt|og\s+til)?\s*"
    r"(?:(?:(?:skal|vil|will)\s+)?(?:går|gå|gjeld|gjelder|brukes|nyttast|blir\s+brukt|vert\s+brukt|settes\s+av|er\s+satt\s+av|"
    r"er\s+sett\s+av|goes|go|is\s+spent|are\s+spent|is\s+set\s+aside)\s+(?:til|for|to|on|på)\s+|"
    r"(?:til|for|to|on|på)\s+|(?:(?:skal|vil|will)\s+)?(?:dekke|dekker|dekkjer|covers?|pays?\s+for|betaler\s+for)\s+)",
    re.IGNORECASE,
)
_ITEM_TRIM = " \t:;,–-—=()*_"
# Words just before an amount that make it the sum of the others («til sammen 10,5 MNOK»).
_SUM_BEFORE = re.compile(
    # «… til samlet 600 000 kr» is the sum of that line's own items (a line), not of the budget.
    r"\b(?:til\s+sammen|til\s+saman|totalt|i\s+alt|(?<!\btil\s)(?<!\bpå\s)(?:samlet|samla)|in\s+total|altogether|a\s+total\s+of|totalt\s+sett)"
    r"(?:\s+(?:på|om\s+lag|omlag|ca\.?|cirka|about|around|some))?\s*$",
    re.IGNORECASE,
)
# What follows an amount that names a period, not a cost item («… det første året», «per år»).
_PERIOD = re.compile(
    r"^\W*(?:kr\.?|kroner|nok)?\s*(?:(?:(?:i|for|per|pr\.?|hvert|hvart|kvart|av|de|dei|det|den|in|each|of|a|the)\s+)*"
    r"(?:(?:første|andre|tredje|fjerde|siste|neste|to|tre|fire|fyrste|first|second|third|last|next|two|three)\s+)*"
    r"(?:år(?:et|ene|a)?|years?|(?:19|20)\d\d)\b"
    # «… 3,4 millioner det andre og 2,1 millioner det tredje»: the year said by its ordinal alone.
    r"|(?:det|dei|den|the)\s+(?:andre|tredje|fjerde|femte|siste|second|third|fourth|fifth|last)(?=\s*(?:[,.;:)]|og\b|and\b|$)))",
    re.IGNORECASE,
)
# A sentence with one amount that names it the budget as a whole («Det tentative budsjettet for tre
# år er 8,7 millionar kroner», «Summen er 9,6 mill. kr», «Vi anslår prosjektet til om lag 7,4 mill.»).
_ONE_TOTAL = re.compile(
    r"\bsummen\b|\bsumma\b|"
    # «budsjettet (for tre år / for prosjektet) er …», not «budsjettet for markedsdialog er …» (a line's).
    r"\b(?:budsjett(?:et)?|budget)(?:\s+for\s+(?:(?:de|dei|the)\s+)?(?:\w+\s+)?(?:år(?:ene|a|et)?|years?|prosjektet|the\s+project|prosjektperioden))?\s+(?:er|blir|vert|på|is|of|at|comes\s+to)\b|"
    r"\banslår\s+(?:\w*prosjektet|kostnadene|kostnadane)|\bestimate\s+the\s+(?:\w+\s+)?(?:project|costs?)\b",
    re.IGNORECASE,
)
# A line that names nothing but the total («· Sum 6,4 mill. kr» in a run of lines).
_TOTAL_ONLY = re.compile(r"^[\W_]*(?:sum|summen|summa|total|totalt|i\s+alt|til\s+sammen|til\s+saman|samlet|samla|in\s+total)[\W_]*$", re.IGNORECASE)
# A line's sum of the posts before it on the same line («— subtotal 3 100 000», «, delsum 900 000»).
_SUBTOTAL_ONLY = re.compile(rf"^[\W_]*{SUBTOTAL_WORDS}[\W_]*$", re.IGNORECASE)
_LEADING_UNIT = re.compile(r"^(?:kr\.?|kroner|nok|,-)\s*[)\],;:]*\s*", re.IGNORECASE)
# What follows an amount that leads in to the sum of the amounts before it («…, til sammen 6 800 000
# kr»): not what the amount before pays for.
_SUM_WORDS = r"(?:og\s+|and\s+)?(?:til\s+sammen|til\s+saman|totalt|i\s+alt|samlet|samla|in\s+total|altogether|a\s+total\s+of)"
_SUM_AFTER = re.compile(r"^[\s,:;–\-]*" + _SUM_WORDS + r"\b", re.IGNORECASE)
# What follows an amount and still belongs to its line: up to the next comma, semicolon or «og».
_OWN_TAIL = re.compile(r"[^,;]*?(?=[,;]|\s(?:og|samt|and)\s|$)", re.IGNORECASE)
# The words that lead in to the total at the end of the line before it («… til testing, totalt»).
_SUM_TAIL = re.compile(
    r"[\s,;:–\-]*" + _SUM_WORDS + r"(?:\s+(?:på|om\s+lag|omlag|ca\.?|cirka|about|around|some))?\s*$",
    re.IGNORECASE,
)
# A lead-in up to a colon before the first line of a sentence («Budsjettet er anslått slik: …»).
_LEAD_IN = re.compile(r"^[^:]*:\s+(?=[^\W\d_])")
# A clause that turns to something else than the amount before it («…, medan kostnader til seinare
# anskaffing ikkje er inkluderte», «…, while the purchase is not included»): not that line's words.
_TURN = re.compile(r"[,;]\s*(?:medan|mens|men|while|whereas|but|idet|ettersom|fordi|because)\b", re.IGNORECASE)
# A conjunction that joins a line to the one before it («… og testing»), not part of its name.
_JOINER = re.compile(r"^(?:og|samt|and|plus)\s+(?=\S)|(?<=\S)\s+(?:og|samt|and|plus)$", re.IGNORECASE)
# Words that announce the parts of the amount before them («til prosjektet: …», «fordelt slik»).
_PARTS_CUE = re.compile(r":|\bfordel\w*|\bslik\b|\bsom følger\b|\bas follows\b|\bbroken down\b", re.IGNORECASE)

# Words around an opening amount that make it what the project needs or costs in all.
_WHOLE_COST = re.compile(
    r"\b(?:trenger|treng|behov\s+for|søker|søkjer|ber\s+om|budsjett\w*|kost(?:er|ar|nad\w*)|ramme\w*|total\w*|samlet|samla|"
    r"prosjektet|we\s+need|apply|budget\w*|costs?|the\s+project)\b",
    re.IGNORECASE,
)


def _lead_total(sentence: str, found: list[tuple[int, int, int]]) -> bool:
    """Whether the sentence opens with the total: a colon or «fordelt slik» after its first amount
    says the two or more amounts after it are its parts, and they add up to it, or the words
    before the colon say it is the whole cost («Vi trenger kr 2 500 000,- til prosjektet: …»;
    then budget-present says the parts do not add up, instead of a total of both)."""
    if len(found) < 3:
        return False
    first = found[0][2]
    parts = [value for _, _, value in found[1:]]
    between = sentence[found[0][1] : found[1][0]]
    if not _PARTS_CUE.search(between):
        return False
    if abs(first - sum(parts)) <= max(1, first // 1000):
        return True
    lead = sentence[: found[0][0]] + between.split(":", 1)[0]
    return ":" in between and first > max(parts) and bool(_WHOLE_COST.search(lead))


def total_only(raw: str) -> bool:
    """Whether a line says nothing but the budget's total («Sum: 1 800 000 kr», «- **Totalt** 2,4
    mill.»): the line a rewritten table's own total row stands in for. A sentence that also says
    something else («Vi søker om 1,8 mill. kr, hvorav …») is the applicant's and is kept."""
    text = re.sub(r"[*_`]", "", re.sub(r"^(\s*)[-*+]\s+", r"\1", raw))
    found = amounts_in(text, True)
    if len(found) != 1 or len(text) > 120:
        return False
    start, end, _ = found[0]
    rest = re.sub(r"\s+", " ", text[:start] + " " + text[end:]).strip(_ITEM_TRIM + ".")
    return bool(_TOTAL.match(rest)) and len(rest.split()) <= 4 and not re.search(r"[.!?;,]\s", rest)


def parse_budget_text(lines: list[str], first_line: int, scale: int = 0) -> Budget | None:
    """A budget written as a list («- Prosjektleiing: 1,8 mill. kr») or in prose («2,4 millioner
    til prosjektledelse, 1,2 millioner til frikjøp …»), with its total when one is stated. A line
    that says the unit of what follows («Budsjett (tusen kroner)») scales the bare numbers after it."""
    budget = Budget(written="text")
    rows = pasted_rows(lines[:MAX_ROW_SCAN], _CONTACT_LINE) if len(lines) > 1 else set()
    for n, raw in enumerate(lines):
        if len(budget.lines) >= MAX_TEXT_LINES:
            break  # no budget has more lines; a hostile file could have a million
        lineno = first_line + n
        if budget.lines and _BOLD_HEADING.match(raw) and (n == 0 or not lines[n - 1].strip()):
            # A bold line standing alone after the budget's lines («**Gevinst**») starts another
            # part, though no heading the checker knows: its amounts are not the budget's.
            break
        if raw.lstrip().startswith("|") or not raw.strip():
            continue
        if len(raw) < _CONTACT_LINE and (contact := _CONTACT.search(raw)):
            # «Postboks 8001, 4068 Stavanger», «E-post: postmottak@… – Sentralbord: 51 50 70 90»:
            # where to reach the applicant, after the budget; its numbers are no costs. Sentences
            # before it on the same line («… budsjett på 6 mill. kr. Kontaktperson: Kari …, tlf. …»)
            # are read as any other.
            raw = before_contact(raw, contact.start())
            if not raw:
                if budget.lines or budget.stated_total is not None:
                    break
                continue
        text = _without_emphasis(raw)
        if unit := text_scale(text):
            scale = unit
            continue
        lead = re.match(r"^\s*(?P<lead>[^:\d]{2,80}):\s*(?P<rest>.*\d.*)$", text)
        if lead and (unit := text_scale(lead.group("lead"))) and not _LIST_ITEM.match(text):
            # «Budsjettet (tusen kroner): prosjektleiing 1 350, frikjøp 600 …»: the unit, then the lines.
            scale = unit
            for sent in _SENTENCE.finditer(lead.group("rest")):
                _prose_amounts(budget, sent.group(0), lineno, raw, scale)
            continue
        post = _typed_post(text, scale)
        if post is None and n in rows:
            post = (text, amounts_in(text, True, scale)[-1:], True)
        if post is not None:
            body, found, listed = post
            if len(found) != 1 and not (listed and found):
                continue
            start, end, value = found[-1] if listed else found[0]
            if listed and len(found) > 1 and _SPLIT_CUE.search(body[found[0][1] : found[1][0]]):
                # «Utviklingsfase: 4 000 000 kr, herav 1 000 000 kr til testutstyr»: what follows
                # «herav», «of which» is a part of the post's own amount, not the post.
                start, end, value = found[0]
            item = (body[:start] + " " + body[end:]).strip(_ITEM_TRIM)
            if listed and len(body) < _CONTACT_LINE and (years := line_total(body, found, scale)) is not None:
                # «Frikjøp: 900 / 1 600 / 1 600», «300k (år 1), 150k (år 2)»: the words before the years.
                start, end, value = years
                if (len(found) > 1 or "/" in body[start:end]) and re.search(r"[^\W\d_]{3}", body[:start]):
                    item = body[:start].strip(_ITEM_TRIM)  # «… per år i fem år» stays: it says what is paid
            item = re.sub(r"\s+", " ", item).strip(_ITEM_TRIM)
            if _TOTAL.match(item) or _TOTAL.match(body):
                budget.stated_total, budget.total_line = value, lineno
                continue
            budget.lines.append(BudgetLine(item=item or body.strip(), category=infer_category(item or body), amount=value, line=lineno, raw=raw))
            continue
        for sent in _SENTENCE.finditer(text):
            if len(budget.lines) >= MAX_TEXT_LINES:
                break  # one line of a hostile file may hold a million sentences with amounts
            _prose_amounts(budget, sent.group(0), lineno, raw, scale)
    if not budget.lines and budget.stated_total is None:
        return None
    if budget.stated_total is None and len(budget.lines) >= 3 and _WHOLE_PROJECT.search(budget.lines[0].item[:200]):
        # «Budsjettet vi ser for oss for tre år, er om lag 7,2 millioner kroner. Det fordeler seg
        # slik: …»: a first amount said of the whole that the lines after it add up to is the total.
        first, rest = budget.lines[0].amount or 0, sum(x.amount or 0 for x in budget.lines[1:])
        if first and abs(first - rest) <= max(1, first // 100):
            budget.stated_total, budget.total_line = first, budget.lines[0].line
            budget.lines = budget.lines[1:]
    drop_second_breakdown(budget)
    if budget.lines:
        budget.table_start = min(line.line for line in budget.lines if line.line) if any(line.line for line in budget.lines) else None
        budget.table_end = max(line.line or 0 for line in budget.lines)
    return budget


MAX_TEXT_LINES = 200
MAX_ROW_SCAN = 2000  # lines looked at for rows pasted as lines: a budget part is far shorter
# A bold line of a few words without figures, as a word processor leaves a heading.
_BOLD_HEADING = re.compile(r"^\s*(\*\*|__)[^*_\d]{2,60}?\1\s*:?\s*$")
_SAVINGS = re.compile(
    r"\bspar(?:er|e|t|ar|a|te)\b|\binnsparing\w*|\binnsparinga?\b|\bgevinst\w*|\bsaves?\b|\bsaving\w*|"
    r"\breduser\w*\s+(?:\w+\s+)?(?:kostnad|utgift)\w*|\breduce[sd]?\s+(?:\w+\s+)?(?:costs?|spending)\b",
    re.IGNORECASE,
)

# Words that make what a sentence opens with the project as a whole, not one of its costs.
_WHOLE_PROJECT = re.compile(
    r"\b(?:prosjektet|prosjektets|budsjett\w*|total\w*|samlet|samla|søk(?:er|jer)|trenger|treng|vi|me|we|the\s+project|project\'s|"
    r"budget\w*|overall|i\s+alt|til\s+sammen|til\s+saman|in\s+all|altogether|ramme\w*)\b",
    re.IGNORECASE,
)
# The verb between a cost item and its amount («Prosjektledelse vil koste rundt …»).
_COST_VERB_TAIL = re.compile(
    r"(?:\s+(?:vil|skal|will|is|er|blir|vert))?(?:\s+(?:koste|kosta|koster|kostar|cost|costs|beregnet\s+til|berekna\s+til|anslått\s+til|"
    r"estimert\s+til|anslås\s+til|settes\s+til|estimated\s+at|budgeted\s+at|set\s+at|utgjør|utgjer))?"
    r"(?:\s+(?:rundt|om\s+lag|omlag|ca\.?|cirka|about|around|approximately|roughly|some))?[\s:,–-]*$",
    re.IGNORECASE,
)


def _item_total(sentence: str, found: list[tuple[int, int, int]], summed: int) -> str | None:
    """The cost item a sentence sums over the years, when it opens with one and every other amount
    is per year («Prosjektledelse vil koste rundt 600 000 kroner i året, totalt 1,8 millioner»):
    the summed amount is that line's, not the project's total."""
    lead = sentence[: found[0][0]]
    if _WHOLE_PROJECT.search(lead):
        return None
    rest = [f for k, f in enumerate(found) if k != summed]
    if not rest or not all(_PERIOD.search(sentence[end : end + 40]) for _, end, _ in rest):
        return None
    item = _COST_VERB_TAIL.sub("", lead).strip(_ITEM_TRIM + ".")
    if not re.search(r"[^\W\d_]{3}", item):
        return None
    if classify(item).kind == NONE and infer_category(item) is BudgetCategory.OTHER:
        return None
    return item


def _prose_amounts(budget: Budget, sentence: str, lineno: int, raw: str, scale: int = 0) -> None:
    found = prose_found(sentence, scale)[:MAX_TEXT_LINES]
    if not found or _SAVINGS.search(sentence):
        return  # «… sparer kvar kommune 1 mill. kr i året» is a gain, not a cost of the project
    if (budget.lines or budget.stated_total is not None) and funding(sentence):
        # After the costs, who pays a share («Kommunane dekkjer 2,5 mill. kr av dette sjølve»,
        # «Fylkeskommunen stiller med 12 mill. kr», «The county covers NOK 14 million; we apply
        # for risk relief for the rest»): the financing of the budget, not one more cost.
        return
    # A sentence before any line whose one amount leads in to a list with a colon («Vi anslår
    # utviklingsprosjektet til om lag 16,5 MNOK:») says the total the lines below add up to.
    lead_in = not budget.lines and sentence.rstrip().endswith(":")
    if len(found) == 1 and (_PROSE_TOTAL.search(sentence) or _ONE_TOTAL.search(sentence) or lead_in) and budget.stated_total in (None, found[0][2]):
        # The total, or the total said again («Vi søker om 1 400 000 kr til utvikling og testing»).
        if budget.stated_total is None:
            budget.stated_total, budget.total_line = found[0][2], lineno
        return
    summed = next((k for k, (start, _, _) in enumerate(found) if _SUM_BEFORE.search(sentence[max(0, start - 40):start])), None)
    if summed is not None and (item := _item_total(sentence, found, summed)) is not None:
        budget.lines.append(BudgetLine(item=item, category=infer_category(item), amount=found[summed][2], line=lineno, raw=sentence.strip() or raw))
        return
    if summed is not None and budget.stated_total is None:
        # «2,5 MNOK det første året og 4,0 MNOK hvert av de to neste årene, til sammen 10,5 MNOK»:
        # the amount the sentence sums to is the total, and amounts per year only split it up.
        budget.stated_total, budget.total_line = found[summed][2], lineno
        rest = [f for k, f in enumerate(found) if k != summed]
        if all(_PERIOD.search(sentence[end:end + 40]) for _, end, _ in rest):
            return
    lead_total = _lead_total(sentence, found) and budget.stated_total is None
    if lead_total:
        # «Vi trenger kr 2 400 000,- til prosjektet: frikjøp … kr 1 200 000,-, …»: the amount the
        # sentence opens with, which the amounts after the colon add up to, is the total.
        budget.stated_total, budget.total_line = found[0][2], lineno
    parts_of = _subtotals(sentence, found)
    taken = 0  # where the text of the line before ends: what comes after is the next line's
    run: list[int] = []  # the amounts of this sentence's posts since its last subtotal
    posts = 0  # the posts this sentence has given
    for k, (start, end, value) in enumerate(found):
        if k == summed and budget.total_line == lineno and budget.stated_total == value:
            continue
        if k == 0 and lead_total:
            continue
        if k in parts_of:
            continue  # the amounts after it split it up; they are the lines
        after_end = found[k + 1][0] if k + 1 < len(found) else len(sentence)
        after = sentence[end:after_end]
        if _LEAD_WORDS.match(after) and not _SUM_AFTER.match(after):
            turn = _TURN.search(after)
            after_own = after[:turn.start()] if turn else after
            item = _LEAD_WORDS.sub("", after_own, count=1)
            # «…, til sammen» at its end leads to the total (only its last words are looked at).
            item = item[:-80] + _SUM_TAIL.sub("", item[-80:])
            own = (start, end + len(after_own))
        else:
            before_start = found[k - 1][1] if k else 0
            item = sentence[before_start:start]
            # The line's own words: from where the line before ends, through what follows its
            # amount up to the next comma or «og» («5 mill. kr (ikke med i summen), …»).
            tail_end = after_end if k + 1 == len(found) else end + len(_OWN_TAIL.match(after).group(0))
            own = (max(before_start, taken), tail_end)
            if k == 0 or (k == 1 and lead_total):
                # What stands before a colon leads in to the lines («Budsjettet er anslått slik:
                # frikjøp av ansatte 900 000 kr»): the line is what follows it.
                item = _LEAD_IN.sub("", item)
            turn = _TURN.search(after)
            tail = re.sub(r"\s+", " ", after[:turn.start()] if turn else after).strip(_ITEM_TRIM + ".")
            if k + 1 == len(found) and re.search(r"[^\W\d]{2}", _LEADING_UNIT.sub("", tail)):
                # The rest of the sentence says what the amount is for too: «… abonnement på
                # 400 000 kr per år etter prosjektet» is a subscription after the project.
                item = f"{item} … {_LEADING_UNIT.sub('', tail)}"
        item = _LEADING_UNIT.sub("", re.sub(r"\s+", " ", item).strip(_ITEM_TRIM + ".")).strip(_ITEM_TRIM + ".")
        item = _COST_VERB_TAIL.sub("", item).strip(_ITEM_TRIM + ".") or item  # «Frikjøp … er beregnet til»
        item = _JOINER.sub("", item).strip(_ITEM_TRIM + ".") or item
        if run and _SUBTOTAL_ONLY.match(item) and abs(sum(run) - value) <= max(1, value // 1000) and (len(run) < posts or not _TOTAL_ONLY.match(item)):
            # «… procurement expertise 400 000 — subtotal 3 100 000»: the sum of the posts before
            # it on the line, not one more post (nor, after an earlier subtotal, the budget's total).
            run = []
            continue
        if _TOTAL_ONLY.match(item) and budget.stated_total in (None, value):
            budget.stated_total, budget.total_line = value, lineno  # «… · Sum 6,4 mill. kr»
            continue
        if _PROSE_TOTAL.search(item) and k == 0 and budget.stated_total is None and len(found) > 1 and not _LEAD_WORDS.match(after):
            budget.stated_total, budget.total_line = value, lineno
            continue
        taken = own[1]
        # `raw` is the line's own part of the sentence, so that «ikke med i summen» said of one
        # line does not take the others in the paragraph out of the total.
        budget.lines.append(BudgetLine(item=item or sentence.strip(), category=infer_category(item or sentence), amount=value, line=lineno, raw=sentence[own[0]:own[1]].strip() or raw))
        run.append(value)
        posts += 1

# «7,9 mill. går til utviklingsfasen (5,5 mill.), frikjøp (1,6 mill.) …», «NOK 3 million, of which
# NOK 2 million …»: the parts are in brackets or announced, so the amount they add up to is theirs.
_SPLIT_CUE = re.compile(r"\bhvorav\b|\bherav\b|\bderav\b|\bav\s+dette\b|\bav\s+det\b|\bfordelt\b|\bof\s+which\b|\bbroken\s+down\b|\bsplit\b", re.I)

_MAX_PARTS = 12  # a cost split into more parts than this is a list, not a sum


def _subtotals(sentence: str, found: list[tuple[int, int, int]]) -> set[int]:
    """Indexes of amounts in a sentence that the amounts right after them add up to, when those
    parts stand in brackets or are announced as its parts («hvorav», «of which»). An amount in
    brackets itself is one more line of the same list («prosjektleder (3,3 mill.), frikjøp (1,6
    mill.), …»), not the sum of the bracketed amounts after it, unless the words say so."""
    out: set[int] = set()
    for k, (start, end, value) in enumerate(found[:-2]):
        own_bracket = "(" in sentence[max(0, start - 6) : start]
        total = 0
        for j in range(k + 1, min(len(found), k + 1 + _MAX_PARTS)):
            total += found[j][2]
            if total > value:
                break
            if j > k + 1 and abs(total - value) <= max(1, value // 1000):
                parts = found[k + 1 : j + 1]
                bracketed = all("(" in sentence[max(0, s - 6) : s] for s, _, _ in parts)
                if (bracketed and not own_bracket) or _SPLIT_CUE.search(sentence[end : parts[0][0]]):
                    out.add(k)
                break
    return out

_DIGIT = re.compile(r"\d")


def find_budget(lines: list[str], start: int, skip: list[tuple[int, int]]) -> Budget | None:
    """A budget anywhere in the text from line index `start`: a table with amounts, or a block of
    lines that speaks of the project's budget (a list or prose with amounts). Lines inside
    `skip` (1-based, inclusive: the need and its figures) are never a budget."""
    skipped = {n for a, b in skip for n in range(a, b + 1)}
    fallback: Budget | None = None
    blocks: list[tuple[int, int]] = []
    i = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        blocks.append((i, j))
        i = j
    for n, (a, b) in enumerate(blocks):
        if a + 1 in skipped:
            continue
        block = lines[a:b]
        cue = _cue("\n".join(block)) or (n and _cue("\n".join(lines[blocks[n - 1][0] : blocks[n - 1][1]])))
        if not cue:
            continue
        # The block with the cue, and the list or total lines right after it.
        end = b
        for a2, b2 in blocks[n + 1 : n + 3]:
            if all(_LIST_ITEM.match(x) or _TOTAL.match(re.sub(r"[*_`]", "", x)) or x.lstrip().startswith("|") for x in lines[a2:b2]):
                end = b2
            else:
                break
        budget = parse_budget("\n".join(lines[a:end]), a + 1)
        if budget is not None and len([x for x in budget.lines if x.amount]) >= 2:
            if reads_as_costs(budget):
                return budget
            # Amounts in a paragraph that names a budget («… enn det som står i budsjettet») but
            # whose lines say nothing a project pays for: kept only if no block reads as costs.
            fallback = fallback or budget
    if fallback is not None:
        return fallback
    # No lines anywhere: a single cost the sketch gives for the project («Kostnaden er beregnet
    # til om lag 25 mill. kr») is a budget of one total.
    for n in range(start, len(lines)):
        if n + 1 in skipped or not _DIGIT.search(lines[n]):
            continue  # an amount is written in digits (`find_amounts`): a line without one holds none
        labelled = _BUDGET_LABEL.match(re.sub(r"[*_`]", "", lines[n]))
        if labelled and len(found := find_amounts(lines[n])) == 1:
            # «Budsjett: ca. 3 mill. kr.» — a line that says it is the budget, with one amount.
            return Budget(stated_total=found[0][2], total_line=n + 1, written="text")
        for sent in _SENTENCE.finditer(lines[n]):
            found = find_amounts(sent.group(0))
            if len(found) == 1 and _TOTAL_CUE.search(sent.group(0)):
                return Budget(stated_total=found[0][2], total_line=n + 1, written="text")
    return None


def reads_as_costs(budget: Budget, strict: bool = False) -> bool:
    """Whether a budget's lines name what a project pays for (project management, staff time,
    development, a purchase …), not figures about the need («driftsutgifter til barnevern»);
    unless `strict`, a stated total is enough."""
    named = [x for x in budget.lines if classify(x.item).kind != NONE or infer_category(x.item) is not BudgetCategory.OTHER]
    return len(named) * 2 >= len(budget.lines) or (not strict and budget.stated_total is not None)
