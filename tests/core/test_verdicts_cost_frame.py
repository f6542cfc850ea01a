"""What does not size the need's cost: the whole budget of the body that applies («Kommunen har et
samlet driftsbudsjett på 2,1 milliarder kroner»), the past building cost of the facility the need
sits in («Det nye kulturhuset kostet 350 mill. kr å bygge»), and staff effort said to be large with
no size and no heavy service area beside it («Vi bruker store ressurser på manuell skilting»;
money said spent in large sums is another reading: tests/core/test_verdicts_cost_sized.py). Near
misses that still size: a body's budget for an area («et budsjett på 900 mill. kr til pleie og
omsorg», «a budget of NOK 900 million for school transport»), a heavy area's spending said large
(«Fylkeskommunen bruker mye penger på tannhelse, om lag 90 mill. kr i året»); without a figure
«mye penger» is a size word, not a size (tests/core/test_verdicts_cost_unsized_words.py)."""

from __future__ import annotations

import pytest

from .cost_sketch import verdict


@pytest.mark.parametrize(
    "need",
    [
        "Kommunen har et samlet driftsbudsjett på 2,1 milliarder kroner. Biblioteket ønsker en enklere ordning for innlevering av bøker.",
        "Kommunen har eit årsbudsjett på om lag 900 millionar kroner. Grendehusa våre har ei tungvint ordning for utlån av nøklar.",
        "The municipality has an annual budget of NOK 1.2 billion. The library wants an easier system for returning books.",
        "Bergen kommunes driftsbudsjett er på over 20 mrd. kr, og turistinformasjonen trenger et nytt bookingsystem.",
        "Det nye kulturhuset kostet 350 mill. kr å bygge. I dag bookes salene manuelt, og det gir dobbeltbookinger.",
        "Den nye idrettshallen kosta 120 millionar kroner å byggje, men utleiga går framleis på telefon og e-post.",
        "The new sports hall cost NOK 120 million to build, but bookings are still handled by phone and e-mail.",
        "Kommunen bruker mye ressurser på å svare på spørsmål om åpningstider på telefon.",
        "Vi bruker store ressurser på manuell skilting av turstiar kvar vår.",
        "We spend a lot of resources on replacing signs along the hiking trails every spring.",
    ],
)
def test_a_frame_or_a_claim_alone_is_no_large_item(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn", (need, message)


@pytest.mark.parametrize(
    "need",
    [
        "Kommunen har et budsjett på 900 mill. kr til pleie og omsorg, og utgiftene øker hvert år.",
        "Kommunen har eit budsjett på 900 mill. kr årleg til heimetenesta.",
        "The county has a budget of NOK 900 million for school transport, and it keeps rising.",
        "Fylkeskommunen bruker mye penger på tannhelse for eldre på sykehjem, om lag 90 mill. kr i året.",
        "Nye sykehjem vil koste 600 mill. kr å bygge om ingenting endres.",
    ],
)
def test_an_areas_budget_or_a_heavy_area_is_large(need: str) -> None:
    status, message = verdict(need)
    assert status == "pass", (need, message)


@pytest.mark.parametrize(
    "need",
    [
        "Budsjettet er på 12 mill. kr for hele perioden, og biblioteket får bedre åpningstider.",
        "Budsjettet er på 12 mill. kr til utvikling og testing av løsningen for biblioteket.",
        "Budsjettet er på 12 millionar kroner for tre år, og grendehusa får nøkkelfri tilgang.",
        "The budget is NOK 12 million for the whole period, and the library gets longer opening hours.",
    ],
)
def test_the_projects_own_budget_in_the_need_sizes_nothing(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn", (need, message)


@pytest.mark.parametrize(
    "need",
    [
        "Det viktigaste er at løysingane kan gjere ein skilnad for innbyggjarane og for kommuneøkonomien.",
        "Vi håper prosjektet kan bidra til en sunnere kommuneøkonomi og bedre tjenester for innbyggerne.",
        "The most important thing is that the solutions make a difference to residents and to the municipal economy.",
    ],
)
def test_a_hoped_benefit_to_the_municipal_economy_is_no_cost(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn", (need, message)


@pytest.mark.parametrize(
    "need",
    [
        "Ressurskrevende tjenester er den største utfordringen for kommuneøkonomien, og utgiftene til dem har økt med 40 prosent på fem år.",
    ],
)
def test_a_cost_weighing_on_the_municipal_economy_is_still_read(need: str) -> None:
    status, message = verdict(need)
    assert status == "pass", (need, message)


def test_a_small_routine_said_to_weigh_on_the_municipal_economy_is_still_a_claim() -> None:
    status, message = verdict("Manuell utleige av grendehusa tyngjer kommuneøkonomien.")
    assert status == "warn", message
