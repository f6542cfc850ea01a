"""«Large public budget items» read from a body's own budget: a need said to be the largest single
post in the budgets («den største einskildposten i budsjetta», «kommunens største
tjenesteområde», «the largest single item in the agency's operating budget of NOK 2.1 billion»)
shows it, and a sentence about an operating or annual budget is not the project's own budget.
Near misses: the project's budget and its largest post, and «largest» said of something that is
no cost."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

SKETCH = """# Et behov

**Søker:** Hyllestad kommune
**Partnere:** Høyanger kommune, Fjaler kommune

## Behov

Tjenestene henger dårlig sammen, og innbyggerne venter lenge på hjelp. {need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektledelse | 1 500 000 |
| Utviklingsfase | 3 000 000 |
| Sum | 4 500 000 |
"""


def verdict(need: str) -> str:
    report = check_sketch(parse_sketch(SKETCH.format(need=need)))
    return next(c for c in report.criteria if c.id == "large-budget-items").status.value


@pytest.mark.parametrize(
    "need",
    [
        "Grunnskulen er den største einskildposten i budsjetta til begge kommunane.",
        "Grunnskolen er den største enkeltposten i budsjettene til begge kommunene.",
        "Pleie og omsorg er den største posten i kommunebudsjettet vårt.",
        "Helse og omsorg er kommunens største tjenesteområde, og presset øker hvert år.",
        "Skulen er det største tenesteområdet i kommunen.",
        "Primary schools are the largest single item in both municipalities' budgets.",
        "Border control is the largest single item in the agency's operating budget of about NOK 2.1 billion.",
        "Vinterdrifta er den tyngste utgiftsposten i det årlege budsjettet på om lag 300 millionar kroner.",
        "Home care is the biggest expense in the annual budget of roughly NOK 400 million.",
    ],
)
def test_largest_post_in_a_body_s_budget_is_a_large_budget_item(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        # The project's own budget and its largest post are no public budget item.
        "Den største posten i prosjektbudsjettet er lønn til prosjektleder.",
        "The project budget of NOK 4.5 million is spread over three years.",
        "Budsjettet er på 4,5 millioner kroner fordelt på tre år.",
        # «Largest» said of something that is no cost.
        "Dette er den største utfordringen vi har, og den største gleden er elevene.",
        "The largest group of users are older people living alone.",
    ],
)
def test_project_budget_and_other_largest_things_are_not(need: str) -> None:
    assert verdict(need) != "pass", need
