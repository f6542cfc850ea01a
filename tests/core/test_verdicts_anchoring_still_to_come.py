"""Anchoring with top management still to come is not shown: the sketch says it will anchor the
project later, however far the verb stands from «forankre» («Vi vil då også gå vidare med å
forankre prosjektet»), aims to («det tas sikte på å forankre den videre i linjen hvis den går
videre»), or puts it to the leaders only at a possible later stage («forelegges … i forbindelse med
eventuell videre behandling»). A clinic director (klinikkdirektør, clinic director) heads one
clinic of a health trust: beside a dean and kommunalsjefar, no top management. Near misses: a
chief executive or health trust CEO who has backed it still anchors it, also beside a plan for
more anchoring later. Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

TEXT = """# Legemiddel i heimetenesta

**Søker:** Sandnes kommune
**Partnere:** Gjesdal kommune, Helse Stavanger HF

## Behov

Heimetenesta deler ut legemiddel til 1 650 brukarar, og det vart meldt 820 avvik i 2025 (eigne tal).

## Forankring

{said}
"""


def anchoring(said: str) -> str:
    return one_result(TEXT.format(said=said), "top-management").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Budsjett vil bli utarbeidd dersom skissa går vidare. Vi vil då også gå vidare med å forankre prosjektet i dei deltakande kommunane.",
        "Budsjett vil bli utarbeidet dersom skissen går videre. Vi vil da også gå videre med å forankre prosjektet i de deltakende kommunene.",
        "A budget will be drawn up if the sketch goes further. We will then also move on to anchor the project in the participating municipalities.",
        "Skissen er utarbeidet på fagnivå; det tas sikte på å forankre den videre i linjen hvis den går videre.",
        "Skissa er utarbeidd på fagnivå; det blir tatt sikte på å forankre ho vidare i linja om ho går vidare.",
        "Skissen er utarbeidet av administrasjonen. Det tas sikte på at spørsmålet om formell forankring forelegges de respektive ledelsesnivåer i forbindelse med eventuell videre behandling av skissen.",
        "The sketch was prepared at officer level. Formal anchoring with the respective management levels is to be considered in any further processing of the sketch.",
        "Kommunalsjefane for helse i Sandnes og Gjesdal og klinikkdirektør for medisin i Helse Stavanger har stadfesta deltaking.",
        "Kommunalsjefene for helse i Sandnes og Gjesdal og klinikkdirektøren for medisin i Helse Stavanger har bekreftet deltakelse.",
        "The heads of health in Sandnes and Gjesdal and the clinic director for medicine at Helse Stavanger have confirmed participation.",
    ],
)
def test_anchoring_still_to_come_or_by_a_clinic_head_is_not_shown(said: str) -> None:
    assert anchoring(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektøren i Sandnes har godkjent skissen, og vi vil forankre prosjektet videre i kommunestyret.",
        "Kommunedirektøren i Sandnes har godkjent skissa.",
        "The chief municipal executive of Sandnes has approved the sketch.",
        "Administrerende direktør i Helse Stavanger har godkjent skissen, og klinikkdirektøren for medisin har bekreftet deltakelse.",
        "The CEO of Helse Stavanger has approved the sketch; the clinic director for medicine has confirmed participation.",
    ],
)
def test_a_chief_who_has_backed_it_still_anchors_it(said: str) -> None:
    assert anchoring(said) == "pass", said
