"""Budgets as rough drafts write them. A budget part that says no budget is made, with a guessed
sum beside it («Ikke satt opp ennå – tenker kanskje 2–3 mill. kr»), has no tentative budget; a
sum given only as a guess is unclear. Lines in millions with the «m» glued on («1.8m») are read.
Inside the budget, licences paired with operation and the service's own running costs (salary
supplements, stipends to students who bind themselves, staff housing) are ordinary operation;
measuring instruments for the pilot and making the solution lawful (privacy, CE marking) are
development; a bare count of units says neither, so the checker asks."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.budgetmeaning import PROCESS, PROCUREMENT, UNCLEAR, classify
from assistant.core.sketch.document import parse_sketch

HEAD = "# Skisse\n\n**Søker:** Hamar kommune\n**Partnere:** Løten kommune\n\n## Behov\n\nBrøytingen er dyr og manuell.\n\n"


def _status(text: str, criterion: str) -> str:
    return check_sketch(parse_sketch(HEAD + text)).criterion(criterion).status.value


@pytest.mark.parametrize(
    "budget",
    [
        "## Budsjett\n\n- Ikke satt opp ennå – tenker kanskje 2–3 mill. kr\n- Kommunen bør dekke mest\n",
        "## Budsjett\n\nIkkje laga enno, men truleg rundt 4 mill. kr.\n",
        "## Budget\n\nNot yet worked out; perhaps NOK 3 million in all.\n",
    ],
)
def test_a_budget_said_not_to_be_made_with_a_guessed_sum_is_no_budget(budget):
    assert _status(budget, "budget-present") == "fail"


def test_a_sum_given_only_as_a_guess_is_unclear():
    assert _status("## Budsjett\n\nKanskje 2–3 mill. kr til sammen.\n", "budget-present") == "warn"


@pytest.mark.parametrize(
    "budget",
    [
        "## Budsjett\n\nProsjektet vil koste om lag 5 mill. kr.\n",
        "## Budget\n\nThe tentative budget is NOK 6 million, mostly development with suppliers.\n",
    ],
)
def test_near_miss_a_tentative_sum_without_lines_still_passes(budget):
    assert _status(budget, "budget-present") == "pass"


def test_lines_in_millions_written_with_a_glued_m_are_read():
    budget = "## Budsjett (estimat)\n\n- Plattformutvikling: 1.8m\n- Prosjektledelse: 1.2m\n- Testing: 0.9m\n- **Totalt: NOK 3.9m**\n"
    sketch = parse_sketch(HEAD + budget)
    assert [x.amount for x in sketch.budget.lines] == [1_800_000, 1_200_000, 900_000]


def test_near_miss_a_width_in_metres_is_no_amount():
    budget = "## Budsjett\n\n- Prosjektledelse: 1 200 000 kr\n- Utvikling: 3 000 000 kr\n\nGangveien er 1.8m\n"
    sketch = parse_sketch(HEAD + budget)
    assert [x.amount for x in sketch.budget.lines] == [1_200_000, 3_000_000]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Licences paired with running the solution.
        ("Lisenser og drift 2028–2030", PROCUREMENT),
        ("Drift og lisensar (3 år)", PROCUREMENT),
        ("Licences and hosting, 2028–2030", PROCUREMENT),
        ("Lisenser og drift i pilotperioden", PROCESS),
        # The service's own running costs.
        ("Distriktstillegg, 17 stillinger i 3 år", PROCUREMENT),
        ("Stipender, 30 studenter à NOK 150 000", PROCUREMENT),
        ("Tjenesteboliger (leie) og flyttepakker", PROCUREMENT),
        ("Salary supplements for 12 posts in rural clinics", PROCUREMENT),
        ("Utvikling av stipend- og mentorordning", PROCESS),
        ("To doktorgradsstipendiatar NTNU (3 år)", "none"),
        ("Distriktstillegg i pilotkommunene", PROCESS),
        # Measuring the pilot; making the solution lawful.
        ("Measurement equipment (temperature, runoff)", PROCESS),
        ("Måleutstyr og dataloggere", PROCESS),
        ("Personvern og CE-merking (medisinsk utstyr)", PROCESS),
        ("DPIA and certification as a medical device", PROCESS),
        ("Måleutstyr til alle skoler", PROCUREMENT),
        ("Measurement equipment for all schools", PROCUREMENT),
        # Equipment for the rest, for operation, or once the solution is ready.
        ("Sensorer til resterende barnehager (240 stk.)", PROCUREMENT),
        ("Produksjon og montering av 2 000 sensorer for drift hos kommunene", PROCUREMENT),
        ("Sensorer (ca. 2 000 stk.) når løsningen er ferdig", PROCUREMENT),
        ("Innkjøp av ferdig målesystem for heile vegnettet", PROCUREMENT),
        ("Nettbrett i pilotperioden til alle deltakere", PROCESS),
        # A bare count of units: test equipment or the finished solution, the count does not tell.
        ("Sensorer (120 stk.) og installasjon", UNCLEAR),
        ("300 sensorer à 6 500 kr", UNCLEAR),
        ("Innkjøp av 300 sensorer for permanent montering", PROCUREMENT),
    ],
)
def test_what_a_budget_line_pays_for(line, kind):
    assert classify(line).kind == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Bought for all once the trial is over: the pilot named says when, not what for.
        ("Innkjøp av 300 sensorer til alle barnehager etter endt utprøving", PROCUREMENT),
        ("Sensors for all schools after the pilot", PROCUREMENT),
        ("Tablets for all participants in the pilot", PROCESS),
    ],
)
def test_equipment_for_all_after_the_trial_is_no_test_equipment(line, kind):
    assert classify(line).kind == kind
