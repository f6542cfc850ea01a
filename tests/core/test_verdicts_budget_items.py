"""«Large public budget items» read from a body's own budget: a need said to be the largest single
post in the budgets («den største einskildposten i budsjetta», «kommunens største
tjenesteområde», «the largest single item in the agency's operating budget of NOK 2.1 billion»)
shows it, and a sentence about an operating or annual budget is not the project's own budget.
Near misses: the project's budget and its largest post, and «largest» said of something that is
no cost."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

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
    return one_result(SKETCH.format(need=need), "large-budget-items").status.value


@pytest.mark.parametrize(
    "need",
    [
        "Grunnskulen er den største einskildposten i budsjetta til begge kommunane.",
        "Grunnskolen er den største enkeltposten i budsjettene til begge kommunene.",
        "Pleie og omsorg er den største posten i kommunebudsjettet vårt.",
        "Helse og omsorg er kommunens største tjenesteområde, og presset øker hvert år.",
        "Skulen er det største tenesteområdet i kommunen.",
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


@pytest.mark.parametrize(
    "need",
    [
        # The price of the products on the market is not what the need costs the public.
        "Men løysingane som finst, er dyre og laga for store bibliotek i byane.",
        "Løsningene som finnes på markedet, er kostbare og laget for store kommuner.",
        "Existing solutions are expensive and made for large city libraries.",
        "The products on the market are costly and built for big hospitals.",
        # A cost said only as an opinion or a hope, with no figure: asserted, not shown.
        "Vi mener derfor at dette er et stort samfunnsproblem som representerer betydelige kostnader.",
        "Vi meiner difor at dette er eit stort samfunnsproblem med store kostnadar for kommunen.",
        "We believe this is a major problem for society that represents considerable costs.",
        "Det kan over tid gi store besparelser for kommunen og samfunnet, fordi utenforskap er dyrt.",
        "Dette kan på sikt gje store innsparingar for kommunen, for utanforskap er dyrt.",
        "In the long run this could bring large savings, because exclusion is costly.",
    ],
)
def test_product_prices_and_bare_opinions_do_not_show_a_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        # The same opinion with a figure in it shows the size.
        "Vi mener at dette koster kommunene over 300 millioner kroner i året.",
        "We believe the municipalities spend more than NOK 300 million a year on this.",
        # An opinion first, the cost shown in the next sentence, in the same paragraph.
        "Vi mener dette er viktig. Kommunen bruker store summer på sykehjemsplasser, om lag 410 mill. kr hvert år.",
        "Vi meiner dette er viktig. Kostnadene til vikarar og overtid aukar kvart år.",
        # The need itself is costly, not a product.
    ],
)
def test_a_cost_shown_beside_an_opinion_still_counts(need: str) -> None:
    assert verdict(need) == "pass", need
