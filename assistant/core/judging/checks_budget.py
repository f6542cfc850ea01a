"""The budget's check functions: a budget present, and procurement kept out of its total."""

from __future__ import annotations

import re

from ..sketch import rubric as r
from ..sketch.amounts import format_amount
from ..sketch.budgetwords import words_quote
from ..sketch.text import clip, mask_comments
from .analysis import Analysis
from .checks_base import Context, Outcome, _keys, _union
from .findings import Finding, Level, Status, worst


# ------------------------------------------------------------------ budget

# A number starts only where no digit run continues (the lookbehinds), and its groups are taken
# once (possessive): a long run of «1 1 1 …» or «1.1.1.…» is read once, not again from each digit.
_MONEY = re.compile(
    r"(?<![\d.,])(?<!\d[ \u00a0])(?<!\d[.,][ \u00a0])\d+(?:(?:[.,][ \u00a0]?|[ \u00a0])\d+)*+[.,]?\s*(?:kr|kroner|nok|mill|mnok|mrd)"
    r"|(?:kr|nok|mnok)\s*\d",
    re.IGNORECASE,
)


def _bare_sum(body: str) -> str | None:
    """The first number in the budget part written as a sum of money without a unit («Project
    management: 3,000,000», «Utvikling – 2 500 000»): ten thousand or more, not a year."""
    from ..sketch.amounts import parse_amount
    from ..sketch.budgetcues import _CONTACT
    from ..sketch.budgetunits import BARE_AMOUNT

    # A line of contact details («…, siri.olsen@kystverket.no, +47 907 55 318») gives a phone number.
    lines = (line for line in body.splitlines() if not _CONTACT.search(line))
    return next((m.group(0) for line in lines for m in BARE_AMOUNT.finditer(line) if (parse_amount(m.group(0)) or 0) >= 10_000), None)


# A sentence of the text around the budget: it ends at a stop before a capital letter or at the end
# of the line, so «2 mill. kr til utrulling …» and «ca. 5 mill.» stay inside it. Case matters here.
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s+[A-ZÆØÅ«\"(]|\s*$)|$)", re.MULTILINE)


def _total_tolerance(budget, every: int) -> int:  # noqa: ANN001
    tolerance = max(1, int(0.001 * max(every, 1)))
    stated = budget.stated_total
    if stated is not None and stated % 100_000 == 0 and stated >= 1_000_000:
        tolerance = max(tolerance, 50_000)  # a total written rounded («12,4 mill.»)
    return tolerance


def _unexplained_gap(a: Analysis) -> tuple[int, int] | None:
    """(stated total, sum of the lines) when a budget's stated total disagrees with its
    lines and nothing about buying the finished solution explains the gap: an arithmetic error
    that leaves the project's cost unclear, not a procurement."""
    from ..sketch.budgetmeaning import excluded

    budget = a.sketch.budget
    if budget is None or budget.stated_total is None or not budget.lines:
        return None
    every = budget.sum_of_lines
    counted = sum(line.amount or 0 for line in budget.lines if not excluded(line.raw or line.item))
    tolerance = _total_tolerance(budget, every)
    stated = budget.stated_total
    if abs(stated - every) <= tolerance or abs(stated - counted) <= tolerance:
        return None
    if _per_year_fits(budget, stated, tolerance):
        return None
    if _parts_fit(budget, stated, tolerance) or _rounded_fits(budget, stated, counted):
        return None
    if _procurement_in_sight(a):
        return None
    return stated, every


# A line whose amount is for one year («Prosjektledelse: 600 000 kr per år», «… i året», «annually»).
_PER_YEAR = re.compile(
    r"\b(?:per|pr\.?|hvert|kvart|each|a|every)\s+(?:år|year)\b|\bi\s+året\b|\bårleg\w*|\bårlig\w*|\bannual\w*|\byearly\b|/\s*år\b|/\s*year\b",
    re.IGNORECASE,
)


def _per_year_fits(budget, stated: int, tolerance: int) -> bool:  # noqa: ANN001
    """Whether the stated total is the lines with their amounts per year counted for two to five
    years («Prosjektledelse: 600 000 kr per år … Totalt for tre år: 7,5 mill. kr»): the lines
    add up once each year is counted."""
    from ..sketch.budgetyears import counted_years

    # A line that says for how many years («1,2 MNOK per år (3 år)») was read for all of them.
    yearly = sum(line.amount or 0 for line in budget.lines if _PER_YEAR.search(line.raw or line.item) and not counted_years(line.raw or line.item))
    if not yearly:
        return False
    once = budget.sum_of_lines - yearly
    return any(abs(once + yearly * years - stated) <= tolerance for years in range(2, 6))


def _parts_fit(budget, stated: int, tolerance: int) -> bool:  # noqa: ANN001
    """Whether the stated total is the lines once a line that only sums others is left out: a
    subtotal after its parts («Delsum interne kostnader: 2 000 000») or a heading line before
    them («Fase 1 (behovsavklaring): 1,2 mill. kr», then its posts). Each reading is tried alone."""
    amounts = [line.amount or 0 for line in budget.lines]

    def after() -> int:  # subtotals that close the run of lines since the last one
        kept, run = 0, []
        for value in amounts:
            if len(run) >= 2 and value and abs(sum(run) - value) <= tolerance:
                run = []
                continue
            kept += value
            run.append(value)
        return kept

    def before() -> int:  # heading lines whose parts follow them
        kept, k = 0, 0
        while k < len(amounts):
            value, total, j = amounts[k], 0, k + 1
            while value and j < len(amounts) and total < value:
                total += amounts[j]
                j += 1
            if value and j - k > 2 and abs(total - value) <= tolerance:
                kept += total
                k = j
                continue
            kept += value
            k += 1
        return kept

    return len(amounts) >= 3 and any(abs(reading() - stated) <= tolerance for reading in (after, before))


# A total said to be rounded («om lag 7 mill. kr», «ca. 7 MNOK», «roughly NOK 7 million»).
_ROUGHLY = re.compile(
    r"\b(?:ca\.?|cirka|circa|om\s*lag|omkring|rundt|anslagsvis|omtrent|omtrentleg|omtrentlig|about|around|approx\w*|roughly|some)\s*(?:kr\.?|nok|mnok)?\s*\d|~\s*\d",
    re.IGNORECASE,
)
_ROUNDED_SHARE = 0.05  # a rounded total may be this far from the sum of its lines


def _rounded_fits(budget, stated: int, counted: int) -> bool:  # noqa: ANN001
    """Whether the total is said to be rounded and lies within a twentieth of its lines."""
    if not budget.total_line or not stated or abs(stated - counted) > _ROUNDED_SHARE * stated:
        return False
    return bool(_ROUGHLY.search(_total_text(budget)))


def _total_text(budget) -> str:  # noqa: ANN001
    """The line that states the budget's total, as the checks read the sketch: comments blanked."""
    return mask_comments(budget.total_text or "")


def _procurement_in_sight(a: Analysis) -> bool:
    """Whether a budget line or a sentence around the budget buys the finished solution and is
    not said to be kept out of the sum."""
    from ..sketch.budgetmeaning import PROCUREMENT, classify, excluded

    budget = a.sketch.budget
    if budget is not None and any(classify(x.item).kind == PROCUREMENT and not excluded(x.raw or x.item) for x in budget.lines):
        return True
    for hit in a.find(_SENTENCE, _budget_spans(a), anywhere=True):
        text = hit.text.strip()
        if text and not text.startswith("|") and classify(text).kind == PROCUREMENT and not excluded(text):
            return True
    return False


# A stated total this close to its lines (up to about a post's worth, 15 % of the larger:
# «9 700 000» over lines of 8 700 000, «11 250 000» over 12 250 000) is still a tentative budget
# that tells what the project costs: the slip is said as a note, the way an evaluator signs it
# and asks for the sum to be corrected. Further apart («7 400 000» over 6 100 000, a fifth),
# what the project costs is unclear (warn).
_NEAR_SHARE = 0.15


def _past_cut(ctx: Context, key: str) -> Outcome | None:
    """A warning that the budget lies past the part of a very long text that was checked (the
    note at the top of the report says where that part ends): not read, so neither missing nor
    judged. None when the budget was read."""
    line = ctx.analysis.budget_past_cut
    if line is None:
        return None
    chars = f"{len(ctx.analysis.source):,}".replace(",", " ")
    return Outcome(Status.WARN, [ctx.finding(Level.WARN, key, line=line, section="budget", chars=chars)])


def check_budget_present(ctx: Context, check: r.BudgetPresentCheck) -> Outcome:
    if (unread := _past_cut(ctx, "budget_present.past-cut")) is not None:
        return unread
    sketch = ctx.analysis.sketch
    section = sketch.section("budget")
    budget = sketch.budget
    amounts = [line for line in (budget.lines if budget else []) if line.amount]
    thin = budget is not None and len(amounts) < check.min_lines and (amounts or budget.stated_total)
    if thin and (said := _thin_sum_said(section, budget)) is not None:
        # «Budsjett: Ikke satt opp ennå – tenker kanskje 2–3 mill. kr»: the writer says no budget is
        # made and offers a guess, which tells no tentative budget; a sum said only as a guess
        # («kanskje 2–3 mill.») may stand for one, so the checker says it cannot tell.
        key, level, status = ("budget_present.not-made", Level.FAIL, Status.FAIL) if said == "not-made" else ("budget_present.guessed", Level.WARN, Status.WARN)
        line = budget.total_line or (budget.lines[0].line if budget.lines else None) or (section.line if section else None)
        return Outcome(status, [ctx.finding(level, key, line=line, section="budget")])
    if budget is not None and budget.written == "words" and budget.stated_total and budget.total_line:
        # «Prosjektet vil koste ca. fem millioner kroner»: a tentative budget of one sum, in words.
        quote = clip(words_quote(_total_text(budget)), 60)
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "budget_present.words-total", line=budget.total_line, section="budget", total=format_amount(budget.stated_total, currency=True), quote=quote)])
    if budget is not None and amounts and len(amounts) >= check.min_lines:
        if (gap := _unexplained_gap(ctx.analysis)) is not None:
            stated, every = gap
            if abs(stated - every) <= _NEAR_SHARE * max(stated, every):
                # A slip of about a post's worth («9 700 000» over lines of 8 700 000): the budget and
                # the project's size are there; the slip is said beside the verdict.
                return Outcome(Status.PASS, [ctx.finding(Level.INFO, "budget_present.total-near", line=budget.total_line, section="budget", count=len(amounts), stated=format_amount(stated, currency=True), computed=format_amount(every, currency=True))])
            return Outcome(Status.WARN, [ctx.finding(Level.WARN, "budget_present.total-differs", line=budget.total_line, section="budget", stated=format_amount(stated, currency=True), computed=format_amount(every, currency=True))])
        total = budget.stated_total if budget.stated_total is not None else budget.total_excluding_procurement
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "budget_present.ok", line=budget.table_start, section="budget", count=len(amounts), total=format_amount(total or 0, currency=True))])
    if amounts or (budget is not None and budget.stated_total):
        # One amount, or a total without lines: a tentative budget, if a thin one.
        line = budget.total_line if budget is not None else None
        total = budget.stated_total if budget is not None and budget.stated_total else sum(x.amount or 0 for x in amounts)
        return Outcome(Status.PASS, [ctx.finding(Level.INFO, "budget_present.total-only", line=line or (section.line if section else None), section="budget", total=format_amount(total, currency=True))])
    if section is None:
        return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "budget_present.missing")])
    if _MONEY.search(section.body):
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "budget_present.no-table", line=section.line, section="budget")])
    if (bare := _bare_sum(section.body)) is not None:
        # Sums the reader could not put into lines (a unit said only in the heading, a form it does
        # not know): the budget may well be there, so it is not called missing.
        return Outcome(Status.WARN, [ctx.finding(Level.WARN, "budget_present.unread-amounts", line=section.line, section="budget", quote=bare)])
    return Outcome(Status.FAIL, [ctx.finding(Level.FAIL, "budget_present.no-amounts", line=section.line, section="budget")])


def _thin_sum_said(section, budget) -> str | None:  # noqa: ANN001
    """What the budget part says of a budget of one sum: «not-made» when it opens by saying no
    budget is made («Ikke satt opp ennå», «Vi har ikkje laga budsjett enno»), «guess» when the sum
    is given as a guess («tenker kanskje 2–3 mill.»), else None."""
    from ..sketch.budgetcues import GUESSED_SUM, NOT_MADE_OPENING

    where = [section.body[:_OPENING_CHARS]] if section is not None else []
    rows = [x.raw or x.item for x in budget.lines]
    if budget.total_line:
        rows.append(_total_text(budget))
    where += [r for r in rows if r]
    # «Vi kommer tilbake til et detaljert budsjett; om lag fem millioner» gives a sum now: not this.
    if any(NOT_MADE_OPENING.search(w) for w in where):
        return "not-made"
    if any(GUESSED_SUM.search(r) for r in rows if r):
        return "guess"
    return None


_OPENING_CHARS = 400  # the start of a budget part that says whether a budget is made


def _budget_spans(a: Analysis) -> list[tuple[int, int, str | None]]:
    """The text around the budget: its section, else the lines it was read from and a few after."""
    spans = a.spans_for(["budget"])
    budget = a.sketch.budget
    if budget is not None and budget.table_start:
        # The sentence that gives the total opens the budget when it stands before the lines
        # («Det tentative budsjettet er på om lag 7,3 mill. kr … Det dekkjer ikkje …»).
        first = min(budget.table_start, budget.total_line or budget.table_start)
        start = a.offset_of_line(first)
        end = a.offset_of_line((budget.table_end or budget.table_start) + 4)
        if not any(s <= start < e for s, e, _ in spans):
            spans.append((start, max(end, start), "budget"))
    return spans


def check_budget_procurement(ctx: Context, check: r.BudgetProcurementCheck) -> Outcome:
    from ..sketch.budgetmeaning import PROCESS, PROCUREMENT, UNCLEAR, asks_for_purchase, classify, excluded, including, note_on_line

    if (unread := _past_cut(ctx, "budget_procurement.past-cut")) is not None:
        return unread
    a = ctx.analysis
    budget = a.sketch.budget
    if budget is None or (not budget.lines and budget.stated_total is None):
        return Outcome(Status.NA, [ctx.finding(Level.INFO, "budget_procurement.no-budget")])
    out: list[Finding] = []
    status = Status.PASS

    def worse(new: Status) -> None:
        nonlocal status
        status = worst([status, new])

    money = lambda v: format_amount(v, currency=True)  # noqa: E731
    kept_in: list = []  # procurement lines counted in the budget
    process_items: list[str] = []
    notes: list[str] | None = None  # the sentences around the budget, read when a line needs a note
    for line in budget.lines:
        meaning = classify(line.item)
        out_of_total = excluded(line.raw or line.item)
        if meaning.kind == UNCLEAR and not out_of_total:
            # «Anskaffelse» alone says nothing; a note that names the line («Linjen «Anskaffelse»
            # dekker innkjøpsrådgivere …») says what it pays for.
            if notes is None:
                notes = [h.text.strip() for h in a.find(_SENTENCE, _budget_spans(a), anywhere=True) if not h.text.lstrip().startswith("|")]
            meaning = note_on_line(line.item, notes) or meaning
            out_of_total = meaning.excluded and meaning.kind == PROCUREMENT
        if meaning.kind == PROCUREMENT and not out_of_total:
            kept_in.append((line, meaning))
        elif meaning.kind == UNCLEAR and not out_of_total:
            out.append(ctx.finding(Level.WARN, "budget_procurement.unclear-line", line=line.line, section="budget", item=clip(line.item, 80), words=meaning.words))
            worse(Status.WARN)
        elif meaning.kind == PROCESS and meaning.reason in ("staff-time", "procurement-expertise", "test", "needs-analysis", "dialogue", "evaluation"):
            process_items.append(f"«{clip(line.item, 60)}» ({meaning.words})")
    # What the prose around the budget says about buying the finished solution.
    keeps_out = False  # the text says the purchase is kept out of the sum
    asks = False  # the text asks for money to buy the finished solution
    for hit in a.find(_SENTENCE, _budget_spans(a), anywhere=True):
        text = hit.text.strip()
        if not text or text.startswith("|"):
            continue
        meaning = classify(text)
        text = text.rstrip(".")  # quoted inside «…» before the message's own full stop
        if meaning.kind != PROCUREMENT:
            continue
        if excluded(text):
            keeps_out = True
            out.append(ctx.finding(Level.INFO, "budget_procurement.excluded-in-text", hit=hit, quote=clip(text, 120)))
        elif asks_for_purchase(text):
            # Shown apart from the total or not, money asked for is money in the budget.
            asks = True
            out.append(ctx.finding(Level.FAIL, "budget_procurement.asked-in-text", hit=hit, quote=clip(text, 120)))
            worse(Status.FAIL)
        elif including(text):
            asks = True  # said to be in the budget: the total does not hold it out either
            out.append(ctx.finding(Level.FAIL, "budget_procurement.included-in-text", hit=hit, quote=clip(text, 120)))
            worse(Status.FAIL)
    stated = budget.stated_total
    counted = sum(line.amount or 0 for line in budget.lines if not excluded(line.raw or line.item))
    bought = sum(line.amount or 0 for line, _ in kept_in)
    every = budget.sum_of_lines
    tolerance = _total_tolerance(budget, every)
    # A procurement line fails when it is in the budget: counted in the stated total, or, with no
    # total, not said to be kept out of it. Shown beside a total that leaves it out, it is fine.
    shown_apart = bool(kept_in) and (abs(stated - (counted - bought)) <= tolerance if stated is not None else keeps_out)
    if not shown_apart:
        for line, meaning in kept_in:
            reason = ctx.say(f"budget_meaning.{meaning.reason}")
            out.append(ctx.finding(Level.FAIL, "budget_procurement.procurement-line", line=line.line, section="budget", item=clip(line.item, 80), amount=money(line.amount or 0), reason=reason, words=meaning.words))
            worse(Status.FAIL)
    if stated is not None and budget.lines:
        if shown_apart or abs(stated - counted) <= tolerance or abs(stated - every) <= tolerance or _per_year_fits(budget, stated, tolerance) or _parts_fit(budget, stated, tolerance):
            if (not kept_in or shown_apart) and not asks:
                # Said only when no purchase is counted in the total nor asked for.
                out.append(ctx.finding(Level.INFO, "budget_procurement.total-ok", line=budget.total_line, section="budget", total=money(stated)))
        elif not kept_in and status is not Status.FAIL and not _procurement_in_sight(a):
            # Nothing bought is in sight: the gap is arithmetic (budget-present says so), not procurement.
            out.append(ctx.finding(Level.INFO, "budget_procurement.total-differs", line=budget.total_line, section="budget", stated=money(stated), computed=money(counted)))
        elif budget.written == "table" and budget.table_start and budget.table_start <= (budget.total_line or 0) <= (budget.table_end or 0):
            # A table's own sum row that its rows do not add up to: an error, not a reading.
            out.append(ctx.finding(Level.FAIL, "budget_procurement.sum-mismatch", line=budget.total_line, section="budget", stated=money(stated), computed=money(counted - bought)))
            worse(Status.FAIL)
        else:
            # A total in the text: the lines read from a list or prose may be read wrong.
            out.append(ctx.finding(Level.WARN, "budget_procurement.total-differs", line=budget.total_line, section="budget", stated=money(stated), computed=money(counted)))
            worse(Status.WARN)
    if not budget.lines and status is Status.PASS and (cues := _union(tuple(check.finished_cues))) is not None:
        if found := a.find(cues, a.spans_for(), keys=_keys(tuple(check.finished_cues))):
            out.append(ctx.finding(Level.WARN, "budget_procurement.total-finished", hit=found[0], words=found[0].text.strip(), total=money(stated or 0)))
            worse(Status.WARN)
    if process_items:
        out.append(ctx.finding(Level.INFO, "budget_procurement.process-lines", section="budget", items="; ".join(process_items[:4])))
    if status is Status.PASS and not out:
        out.append(ctx.finding(Level.INFO, "budget_procurement.ok", section="budget"))
    return Outcome(status, out)
