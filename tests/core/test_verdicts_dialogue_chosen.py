"""A dialogue only with the firms already talked with, or talks before a tender that picks the best
offer, is no dialogue about possible solutions: «We will invite the AI companies we have talked
with to present their approaches», «… en konkurranse der vi inviterer leverandører til å levere
forslag, og vi velger den beste. Vi vil ha dialog med leverandører før konkurransen.» The verdict
warns, quoting it. Near misses that stay a pass: firms met before beside an invitation to others
too, a conference then a choice of partners to develop with, and talks before the competition for
the innovation partnership. A procurement where suppliers bid for developing and running what is
already chosen, with «valg av leverandør» as a plan step, is no dialogue either.

A plan said as a list item in the infinitive («- Invitere teknologibedrifter til et møte») or as an
open call and a matchmaking day with companies, or as exploring the possibilities together with
business («sammen med næringslivet utforsker hvilke muligheter som finnes»), is a planned dialogue,
said once."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Parkering i sentrum

**Søker:** Bodø kommune
**Partnere:** Saltdal kommune

## Behov

Bilister leter i snitt 9 minutter etter parkering i sentrum på lørdager (egne tellinger 2025), og
40 % av trafikken i Storgata er leting etter plass.

## {heading}

{said}
"""


def dialogue(said: str, heading: str = "Dialog med næringslivet") -> tuple[str, str]:
    c = one_result(SKETCH.format(said=said, heading=heading), "business-dialogue")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    "said",
    [
        "We will invite the AI companies we have talked with to present their approaches, and choose one to develop the engine with us.",
        "Vi vil invitere dei to selskapa vi har snakka med til å presentere løysingane sine.",
        "Vi vil invitere de leverandørene vi allerede har vært i kontakt med til et møte.",
        "Vi vil gjennomføre en konkurranse der vi inviterer leverandører til å levere forslag, og vi velger den beste. "
        "Vi vil ha dialog med leverandører av parkeringssystemer før konkurransen.",
        "We will run a competition where suppliers send proposals, and we choose the best. We will talk with suppliers before the competition.",
    ],
)
def test_a_dialogue_with_firms_already_chosen_is_none(said: str) -> None:
    status, message = dialogue(said)
    assert status == "warn", (said, message)
    assert "velge en leverandør" in message, message


@pytest.mark.parametrize(
    "said",
    [
        "Vi har snakket med to selskaper allerede, men vil invitere alle interesserte leverandører til en åpen dialogkonferanse.",
        "Vi vil invitere de leverandørene vi har snakket med, og andre interesserte, til en åpen dialogkonferanse.",
        "We will invite the companies we have talked with and others to a dialogue conference.",
        "Vi vil invitere leverandørar til ein dialogkonferanse og deretter velje ut nokre som vi kan utvikle løysingar saman med.",
        "Vi vil gjennomføre en åpen markedsdialog med leverandører før konkurransen om innovasjonspartnerskapet, og velger den beste til å utvikle sammen med oss.",
    ],
)
def test_an_open_dialogue_then_a_choice_to_develop_with_stays_a_pass(said: str) -> None:
    status, message = dialogue(said)
    assert status == "pass", (said, message)


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        ("Hva jeg foreslår", "- Lillehammer kommune blir med\n- Invitere teknologibedrifter (f.eks. fra Gjøvik) til et møte\n- Teste ut løsninger hjemme hos 10 familier"),
        ("Kva eg føreslår", "- Invitere leverandørar til eit dialogmøte\n- Prøve ut løysingar i ti heimar"),
        ("What we propose", "- Invite technology companies to a meeting\n- Test solutions in ten homes"),
        ("Business dialogue", "We will run an open call to the cluster's members and diagnostics companies, and organise a matchmaking day in spring 2027."),
    ],
)
def test_a_plan_said_once_as_an_item_or_an_open_call_is_enough(heading: str, said: str) -> None:
    status, message = dialogue(said, heading)
    assert status == "pass", (said, message)


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        ("Hva jeg foreslår", "- Teknologibedrifter i regionen har gode løsninger\n- Teste ut løsninger hjemme hos 10 familier"),
        ("What we propose", "- Companies in the region are strong\n- Test solutions in ten homes"),
    ],
)
def test_firms_named_in_an_item_without_a_plan_are_not_enough(heading: str, said: str) -> None:
    status, message = dialogue(said, heading)
    assert status != "pass", (said, message)


@pytest.mark.parametrize(
    "said",
    [
        "- 2027: valg av leverandør, design og utvikling av appen\n- 2028: pilot\n\nVi vil gjennomføre en anskaffelse der leverandører kan gi tilbud på utvikling og drift av appen.",
        "- 2027: val av leverandør og utvikling av appen\n- 2028: pilot\n\nVi vil gjennomføre ei anskaffing der leverandørar kan gje tilbod på utvikling og drift av appen.",
        "- 2027: selection of a supplier, design and development of the app\n- 2028: pilot\n\nWe will run a procurement where suppliers can submit bids for developing and running the app.",
    ],
)
def test_a_tender_where_suppliers_bid_for_what_is_chosen_is_no_dialogue(said: str) -> None:
    status, message = dialogue(said, heading="Gjennomføring")
    assert status != "pass", (said, message)


@pytest.mark.parametrize(
    "said",
    [
        # Talks about possible solutions before the bids, or a partnership to develop with.
        "Vi vil invitere leverandører til en åpen dialogkonferanse om mulige løsninger før konkurransen om innovasjonspartnerskapet.",
        "Vi vil ha ein open marknadsdialog med leverandørar om kva som er mogleg, og deretter inngå eit innovasjonspartnarskap.",
    ],
)
def test_an_open_dialogue_before_the_bids_stays_a_pass(said: str) -> None:
    status, message = dialogue(said, heading="Gjennomføring")
    assert status == "pass", (said, message)


@pytest.mark.parametrize(
    "said",
    [
        "Vi ser for oss en prosess der vi sammen med næringslivet utforsker hvilke muligheter som finnes.",
        "Vi ser for oss ein prosess der vi saman med næringslivet utforskar kva moglegheiter som finst.",
        "We see a process where we explore together with companies what could solve the need.",
    ],
)
def test_exploring_the_possibilities_together_with_business_is_a_dialogue_said_once(said: str) -> None:
    status, message = dialogue(said, heading="Hvordan?")
    assert status == "pass", (said, message)


@pytest.mark.parametrize(
    "said",
    [
        # Business named, nothing explored with it.
        "Vi har et aktivt næringsliv med mange teknologiselskaper.",
        "We have an active business community with many technology companies.",
    ],
)
def test_business_only_named_is_no_dialogue_planned(said: str) -> None:
    status, message = dialogue(said, heading="Hvordan?")
    assert status != "pass", (said, message)
