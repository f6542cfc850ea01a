"""A cost sized small is still a large budget item when the sketch says the same cost or task
weighs on many bodies («ei stor oppgåve for alle kystkommunane», «most municipalities face the same
cost»); a cost summed over the region is held against each partner's share («saksbehandlingen i
regionen koster 6 millioner kroner årlig» for three bodies is small). Near misses: a solution that
can be used in all municipalities, or experience useful to similar municipalities, says nothing
about the cost."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Planlegging

**Søker:** Austevoll kommune
**Partnere:** Bømlo kommune, Vestland fylkeskommune

## Behov

Saksmengda har auka kraftig, og planane blir fort utdaterte. {need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Utviklingsfase | 2 000 000 |
| Sum | 3 000 000 |
"""

SMALL = {
    "nb": "Forrige revisjon av planen tok fire år og kostet kommunen om lag 3 mill. kr.",
    "nn": "Rulleringa av planen tok sist fire år og kosta kommunen om lag 3 mill. kr.",
    "en": "The last revision of the plan took four years and cost the municipality about NOK 3 million.",
}


def verdict(need: str) -> tuple[str, str]:
    c = one_result(SKETCH.format(need=need), "large-budget-items")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("lang", "scale"),
    [
        ("nn", "Kystsoneplanlegging er òg ei stor oppgåve for alle kystkommunane på Vestlandet."),
        ("nb", "Dette er en tung utgift for de fleste kommunene langs kysten."),
        ("nb", "Over 80 kystkommuner har den samme utfordringen."),
        ("en", "Most coastal municipalities face the same problem every planning period."),
        ("en", "More than 300 municipalities share the problem."),
    ],
)
def test_a_small_case_said_to_weigh_on_many_bodies_is_large(lang: str, scale: str) -> None:
    status, message = verdict(f"{SMALL[lang]} {scale}")
    assert status == "pass", scale
    assert scale.split()[0] in message


@pytest.mark.parametrize(
    ("lang", "near_miss"),
    [
        ("nb", "Løsningen kan tas i bruk i alle kommuner med samme behov."),
        ("nb", "Erfaringene vil ha overføringsverdi for tilsvarende kommuner i pressområder."),
        ("nn", "Mange kommunar har vist interesse for prosjektet."),
        ("en", "The solution can be used by all municipalities along the coast."),
    ],
)
def test_a_solution_for_many_says_nothing_about_the_cost(lang: str, near_miss: str) -> None:
    status, message = verdict(f"{SMALL[lang]} {near_miss}")
    assert status == "warn", near_miss
    assert "3 mill" in message or "NOK 3" in message


@pytest.mark.parametrize(
    "need",
    [
        "Saksbehandlingskostnadene i regionen beløper seg til i overkant av 6 millioner kroner årlig.",
        "Sakshandsaminga i heile regionen kostar om lag 6 millionar kroner i året.",
        "Case handling across the region costs about NOK 6 million a year.",
    ],
)
def test_a_cost_summed_over_the_region_is_held_against_each_partners_share(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn", need
    assert "6 mill" in message or "NOK 6" in message


@pytest.mark.parametrize(
    "need",
    [
        "Jeg har snakket med en ingeniør som sier at det ikke er så dyrt.",
        "Tiltaket har låge kostnader for kommunen, og det er ikkje spesielt dyrt å drifte.",
        "The costs are modest, and the service is not particularly expensive to run.",
    ],
)
def test_a_cost_said_to_be_low_is_no_large_budget_item(need: str) -> None:
    assert verdict(need)[0] == "warn", need


@pytest.mark.parametrize(
    "need",
    [
        "Kostnadene er ikke små: legevakten kostet kommunen og staten 48 mill. kr i 2024.",
        "The home care service is expensive for the municipality, and the costs are not small: NOK 210 million in 2024.",
    ],
)
def test_a_cost_said_not_to_be_low_still_counts(need: str) -> None:
    assert verdict(need)[0] == "pass", need
