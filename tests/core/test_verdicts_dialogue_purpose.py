"""What the dialogue with business is for. A planned talk with firms about what exists or what
could be developed, or planned workshops or a dialogue conference with firms, is a market dialogue
even said once: «Vi vil gjerne snakke med leverandører om hva som finnes, og om noe kan utvikles».
A dialogue held to pick a vendor, to show vendors a concept already drawn up, or to ask them for
bids is no dialogue about solutions: «dialog med dronefabrikanter for å velge leverandør», «a
supplier conference where we present the NordLearn concept», «be dem gi tilbud». Near misses: the
same firms named with no plan to talk, talks already held, and a dialogue conference followed in
its own sentence by a competition to choose partners."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Legemidler på små kontor

**Søker:** Hasvik kommune
**Partnere:** Loppa kommune

## Behov

Legekontoret og sykehjemmet kasserte legemidler for 310 000 kroner i 2024 (egne tall), og 40 % av avvikene gjaldt feil lagring.

## Dialog med næringslivet

{said}
"""


def dialogue(said: str) -> str:
    return one_result(SKETCH.format(said=said), "business-dialogue").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil gjerne snakke med leverandører om hva som finnes, og om det kan utvikles noe som passer for små kontor.",
        "Vi vil gjerne snakke med bedrifter som jobber med smarte skap og adgangskontroll, og høre hva de kan få til.",
        "Me vil gjerne snakke med bedrifter som driv med sensorar og sjå om nokon vil vere med og utvikle noko nytt.",
        "We would like to talk with suppliers about what exists and whether something new could be developed.",
        "Vi vil arrangere to workshops med legemiddelgrossister, skapprodusentar og teknologileverandørar i Tromsø.",
        "We will hold a dialogue conference with suppliers of medicine cabinets in Tromsø.",
    ],
)
def test_a_planned_talk_about_solutions_is_a_dialogue(said: str):
    assert dialogue(said) == "pass"


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil ha dialog med skapprodusenter og IT-selskaper for å velge leverandør, og vil gjerne utvikle løsningen sammen med et norsk selskap.",
        "We will invite cabinet vendors and start-ups to a supplier conference where we present the MedSafe concept and then select a partner to build it.",
        "Vi vil halde eit leverandørmøte der vi presenterer skissene til skapet og får innspel frå leverandørane.",
        "Vi vil invitere de tre leverandørene som i dag leverer slike skap til et møte, og be dem gi tilbud.",
    ],
)
def test_a_dialogue_to_pick_a_vendor_is_none(said: str):
    assert dialogue(said) != "pass"


@pytest.mark.parametrize(
    "said",
    [
        # Firms named, no talk planned.
        "Det finnes leverandører av legemiddelskap, men de fleste skapene er laget for sykehus.",
        # Talks already held, not planned.
        "Vi har snakket med leverandører om hva som finnes.",
        # A look at what is on the market is no talk about what could be developed.
        "Vi vil snakke med noen leverandører om hva som finnes.",
        "Vi vil snakke med leverandører om hvilke løsninger som finnes.",
        "We will talk with suppliers about the solutions already on the market.",
    ],
)
def test_firms_named_or_talks_held_are_not_enough_alone(said: str):
    assert dialogue(said) != "pass"


def test_a_conference_then_a_competition_still_counts():
    said = (
        "Vi vil holde en dialogkonferanse med leverandører og en-til-en-møter med bedrifter som vil foreslå løsninger. "
        "Deretter konkurranse for å velge partnere til innovasjonspartnerskapet."
    )
    assert dialogue(said) == "pass"
