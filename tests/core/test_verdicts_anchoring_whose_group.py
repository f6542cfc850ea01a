"""Anchoring with top management, read for the body that applies: a leader group of one sector
or clinic («leiargruppa for helse og omsorg», «klinikkenes ledergrupper», «the clinic's
management group») is no top management, and a plan «forankret i driftsrutinene» anchors nothing
with a leader. The top body of the body that applies does: the board of a regional council or a
foundation written as one word («Regionrådsstyret», «Stiftelsesstyret»), the rådmenn of the
municipalities, a fire chief with the IKS's representantskap, a chief executive named with a
middle initial («Kommunedirektør Lene W. Conradi har godkjent skissen»). Bokmål, nynorsk,
English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

TEXT = """# Kjøring i heimetenesta

**Søker:** {applicant}
**Partnere:** Gjesdal kommune

## Behov

Heimetenesta køyrer 1 650 000 km i året, og det vart meldt 820 avvik i 2025 (eigne tal).

## Forankring

{said}
"""


def anchoring(said: str, applicant: str = "Sandnes kommune") -> str:
    return one_result(TEXT.format(said=said, applicant=applicant), "top-management").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Skissa er utarbeidd av eininga for heimetenester og er drøfta i leiargruppa for helse og omsorg.",
        "Skissen er utarbeidet av hjemmetjenesten og er drøftet i ledergruppen for helse og velferd.",
        "Skissen er utarbeidet av AMK og klinikken, og er drøftet i klinikkenes ledergrupper. Den vil bli lagt fram for sykehusledelsen dersom den går videre.",
        "The sketch was written by the home care unit and discussed in the clinic's management group.",
        "Skissen er drøftet i avdelingsledergruppen.",
    ],
)
def test_a_sector_or_clinic_leader_group_is_no_top_management(said: str) -> None:
    assert anchoring(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Prosjektet eies av eiendomssjefen. Tiltaket skal sikre forankring i driftsrutinene.",
        "Prosjektet eig eigedomssjefen. Tiltaket skal gje forankring i dagleg drift.",
        "The property manager owns the project. The measure ensures anchoring in the daily routines.",
    ],
)
def test_anchoring_in_routines_is_no_leader_backing(said: str) -> None:
    assert anchoring(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektør Lene W. Conradi har godkjent skissen.",
        "Kommunedirektør Lene Conradi har godkjent skissen.",
        "Kommunedirektør Lene W. Conradi har godkjent skissa.",
        "Chief municipal executive Lene W. Conradi has approved the sketch.",
        "Leiargruppa til kommunedirektøren har godkjent skissa.",
        "Kommunedirektørens ledergruppe har godkjent skissen.",
    ],
)
def test_a_chief_named_with_an_initial_or_the_top_leader_group_anchors_it(said: str) -> None:
    assert anchoring(said) == "pass", said


@pytest.mark.parametrize(
    ("said", "applicant"),
    [
        ("Regionrådsstyret i Fjellregionen vedtok enstemmig å søke. Rådmennene i de seks kommunene står bak.", "Fjellregionen interkommunale politiske råd"),
        ("Rådmennene i dei seks kommunane står bak skissa, og regionrådsstyret har vedteke å søkje.", "Fjellregionen interkommunale politiske råd"),
        ("Prosjektet er forankret hos brannsjefen og er drøftet i representantskapet i IKS-et i oktober 2026, som var positive.", "Sør-Vest brann og redning IKS"),
        ("The project is anchored with the fire chief and was discussed in the representantskap of the IKS in October 2026.", "Sør-Vest brann og redning IKS"),
    ],
)
def test_the_top_body_of_the_body_that_applies_anchors_it(said: str, applicant: str) -> None:
    assert anchoring(said, applicant) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Prosjektet er forankret hos brannsjefen.",
        "Prosjektet er forankra hos eigedomssjefen.",
    ],
)
def test_a_department_chief_of_a_municipality_alone_is_no_top_management(said: str) -> None:
    assert anchoring(said) != "pass", said
