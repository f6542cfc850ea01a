"""A budget in prose that ends by keeping the later purchase out («…, medan kostnader til seinare
anskaffing ikkje er inkluderte»): the clause after «medan/mens/while» is not the last line's words,
and «ikke er inkludert» with a verb between says «not included» as plainly as «ikke inkludert».
Near misses: the same sentence saying the purchase IS in the sum must still fail."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budgetmeaning import excluded
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result

HEAD = "**Søker:** Stord kommune\n**Partnere:** Fitjar kommune, Bømlo kommune\n\nTrygge bruer\n\n## Budsjett\n\n"

# The purchase is kept out, said after the last line in a clause that turns to something else.
KEPT_OUT = {
    "nn-medan": "Kostnadsoverslaget er rekna til 5,4 mill. kr, fordelt med 1,2 mill. kr til prosjektleiing, 0,6 mill. kr til "
    "frikjøp, 3,2 mill. kr til utviklingsfasen og 0,4 mill. kr til evaluering, medan kostnader knytte til seinare "
    "anskaffing av ferdige løysingar i ordinær drift ikkje er inkluderte.",
    "nb-mens": "Budsjettet er anslått til 5,4 mill. kr, fordelt med 1,2 mill. kr til prosjektledelse, 0,6 mill. kr til "
    "frikjøp, 3,2 mill. kr til utviklingsfasen og 0,4 mill. kr til evaluering, mens innkjøp av den ferdige løsningen "
    "til ordinær drift ikke er tatt med.",
    "nb-idet": "Det samlede overslaget er 5,4 mill. kr, fordelt på prosjektledelse (1,2 mill. kr), frikjøp (0,6 mill. kr), "
    "utviklingsfase (3,2 mill. kr) og evaluering (0,4 mill. kr), idet anskaffelseskostnader ved en senere "
    "implementering av ferdigutviklede løsninger i ordinær drift ikke er inkludert i kostnadsoverslaget.",
    "en-while": "The budget is estimated at NOK 5.4 million in total: NOK 1.2 million for project management, "
    "NOK 0.6 million for staff time, NOK 3.2 million for the development phase and NOK 0.4 million for evaluation, "
    "while the later purchase of the finished solution for ordinary operation has not been included.",
}

# Near misses: the same shapes saying the purchase is inside the budget.
KEPT_IN = {
    "nb-inkludert": "Budsjettet er anslått til 5,4 mill. kr, fordelt med 1,2 mill. kr til prosjektledelse, 0,6 mill. kr til "
    "frikjøp, 3,2 mill. kr til utviklingsfasen og 0,4 mill. kr til evaluering, mens innkjøp av den ferdige løsningen "
    "til ordinær drift er inkludert i budsjettet.",
    "nn-line": "Kostnadsoverslaget er rekna til 5,4 mill. kr, fordelt med 1,2 mill. kr til prosjektleiing, 0,6 mill. kr til "
    "frikjøp, 3,2 mill. kr til utviklingsfasen og 0,4 mill. kr til kjøp av ferdige løysingar til alle bruene.",
}


def criterion(text: str, cid: str):
    return one_result(text, cid)


@pytest.mark.parametrize("name", sorted(KEPT_OUT))
def test_a_later_purchase_kept_out_after_the_last_line_passes_and_leaves_the_line_its_own_words(name):
    text = HEAD + KEPT_OUT[name] + "\n"
    budget = parse_sketch(text).budget
    assert budget.stated_total == 5_400_000
    assert budget.sum_of_lines == 5_400_000
    last = budget.lines[-1]
    assert last.amount == 400_000
    assert last.item.lower() in ("evaluering", "evaluation")
    result = criterion(text, "budget-excludes-procurement")
    assert result.status.value == "pass", [f.message for f in result.findings]
    assert criterion(text, "budget-present").status.value == "pass"


@pytest.mark.parametrize("name", sorted(KEPT_IN))
def test_the_same_sentence_with_the_purchase_inside_still_fails(name):
    result = criterion(HEAD + KEPT_IN[name] + "\n", "budget-excludes-procurement")
    assert result.status.value == "fail"


@pytest.mark.parametrize("text", [
    "ferdige løysingar i ordinær drift ikkje er inkluderte",
    "løsninger i ordinær drift ikke er inkludert i kostnadsoverslaget",
    "kjøp av lisenser er ikke tatt med",
    "the purchase has not been included",
    "innkjøpet vert ikkje rekna med",
])
def test_not_included_with_a_verb_between_reads_as_kept_out(text):
    assert excluded(text)


@pytest.mark.parametrize("text", [
    "ferdige løysingar i ordinær drift er inkluderte",
    "innkjøp av løsningen er inkludert i budsjettet",
    "the purchase is included in the total",
])
def test_included_without_a_denial_is_not_kept_out(text):
    assert not excluded(text)


# Doing it to all the sites once the pilot is over is roll-out, whatever the verb.
ROLLOUT_TABLE = (
    "**Søker:** Oslo kommune\n\nOmbruk på gjenvinningsstasjonene\n\n## Budsjett\n\n"
    "| Post | Beløp (kr) |\n|---|---|\n| Prosjektledelse | 1 200 000 |\n| Utviklingsfase | 3 500 000 |\n"
    "| {line} | 6 000 000 |\n| Evaluering | 500 000 |\n| **Sum** | **{total}** |\n"
)


@pytest.mark.parametrize("line", [
    "Ombygging av alle sju gjenvinningsstasjoner til ombrukssentre etter piloten",
    "Oppgradering av dei andre hamnene etter prosjektet",
    "Conversion of all seven stations after the pilot",
    "Utstyr til resten av skolene etter utprøvingen",
])
def test_a_line_for_all_the_sites_after_the_pilot_is_roll_out_and_fails_inside_the_total(line):
    text = ROLLOUT_TABLE.format(line=line, total="11 200 000")
    assert criterion(text, "budget-excludes-procurement").status.value == "fail"
    # Beside a total that leaves it out, the same line is fine.
    assert criterion(text.replace("11 200 000", "5 200 000"), "budget-excludes-procurement").status.value == "pass"


@pytest.mark.parametrize("line", [
    "Evaluering av alle tiltak etter piloten",
    "Piloting at all seven stations",
    "Testing på alle sju stasjonene i piloten",
    "Formidling av resultatene til alle kommunene etter piloten",
])
def test_work_on_all_the_sites_within_the_pilot_or_evaluating_it_is_not_roll_out(line):
    text = ROLLOUT_TABLE.format(line=line, total="11 200 000")
    assert criterion(text, "budget-excludes-procurement").status.value == "pass"


NO_BUDGET_YET = (
    "**Søker:** Vestland fylkeskommune\n\nLandstraum i fiskerihamner\n\n"
    "Fylkeskommunen brukar i dag om lag 25 mill. kr i året på tilskot til hamner {cite}, og behovet for opprusting "
    "er anslege til over 1,5 milliardar kroner fram mot 2035.\n\n"
    "Budsjett: Vi har ikkje rekna ut eit budsjett for prosjektet enno.\n"
)


@pytest.mark.parametrize("cite", ["(budsjett 2024)", "(fylkesbudsjettet 2024)", "(budget 2023)", "(jf. budsjettet for 2024)"])
def test_a_bodys_annual_budget_cited_in_brackets_is_not_the_projects_budget(cite):
    text = NO_BUDGET_YET.format(cite=cite)
    assert parse_sketch(text).budget is None
    assert criterion(text, "budget-present").status.value == "fail"


def test_a_budget_block_with_a_year_outside_brackets_is_still_the_budget():
    text = ("**Søker:** Stord kommune\n\nTrygge bruer\n\nBudsjett 2025: prosjektleiing 1,2 mill. kr, "
            "utviklingsfase 3,0 mill. kr og evaluering 0,4 mill. kr.\n")
    budget = parse_sketch(text).budget
    assert budget is not None and budget.sum_of_lines == 4_600_000
    assert criterion(text, "budget-present").status.value == "pass"
