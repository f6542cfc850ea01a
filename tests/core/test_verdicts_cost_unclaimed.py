"""«Large public budget items» when the sketch's cost words size nothing. A sketch that says it
has not yet calculated the costs («Vi har ikkje rekna på kostnadene enno») shows no cost, even in
a heavy area; a backlog («etterslep», «backlog») names a burden without its size, so a backlog of
cases or appeals, in no area that weighs on public budgets, is a queue of work, not a budget item.
Near misses that keep their pass: money said spent on a heavy service area, a maintenance backlog
on municipal roads, an amount beside a sentence that says the solution's cost is not yet known.
Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Et behov

**Søker:** Sogndal kommune
**Partnere:** Luster kommune, Årdal kommune

## Behov

{need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektledelse | 1 500 000 |
| Utviklingsfase | 3 000 000 |
| Sum | 4 500 000 |
"""


def verdict(need: str) -> str:
    return one_result(SKETCH.format(need=need), "large-budget-items").status.value


@pytest.mark.parametrize(
    "need",
    [
        "Skred stenger kommunale vegar fleire gonger kvart år. Vi har ikkje rekna på kostnadene enno.",
        "Skred stenger kommunale veier flere ganger hvert år. Vi har ikke beregnet kostnadene ennå.",
        "Landslides close municipal roads several times a year. We have not yet calculated the costs.",
        "The appeals backlog in food safety cases has grown every year.",
        "Etterslepet i klagesakene har vokst hvert år.",
        "Etterslepet i klagesakene har auka kvart år.",
    ],
)
def test_a_cost_not_reckoned_or_only_claimed_is_no_budget_item(need: str) -> None:
    assert verdict(need) == "warn", need


@pytest.mark.parametrize(
    "need",
    [
        "Kommunen bruker mye penger på sykehjemsplasser, 310 mill. kr i 2024, og behovet øker.",
        "The municipality spends a lot of money on home care, NOK 480 million in 2025, and demand is rising.",
        "Kommunane brukte 120 millionar kroner på vedlikehald av kommunale vegar i 2024. Vi har ikkje rekna ut kva ei ny løysing vil koste.",
    ],
)
def test_a_heavy_area_or_an_amount_still_shows_the_item(need: str) -> None:
    assert verdict(need) == "pass", need
