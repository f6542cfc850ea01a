"""Anchoring only among the staff, or left for later, is no anchoring with top management:
«godt forankret blant de ansatte», «Videre forankring avklares dersom skissen går videre».
Near misses: a leader named in the same sentence, or anchoring already settled."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Felles digitale bibliotektenester

**Søker:** Fredrikstad kommune
**Partnere:** Sarpsborg kommune, Østfold fylkeskommune

## Behov

Biblioteka i Østfold har 40 prosent færre besøkande enn i 2015 (Nasjonalbiblioteket, bibliotekstatistikk 2023).

## Forankring

{anchoring}
"""


def top_management(anchoring: str) -> str:
    return one_result(SKETCH.format(anchoring=anchoring), "top-management").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Prosjektet er utarbeidet av fagteamet i hjemmetjenesten og er godt forankret blant de ansatte.",
        "Prosjektet er godt forankra blant dei tilsette i tenesta.",
        "The project is well anchored among the staff of the home-care service.",
        "Skissa er skriven av fagmiljøet og forankra i fagteamet.",
        "Prosjektet er initiert av rådgiverteamet ved skolen. Videre forankring avklares dersom skissen går videre.",
        "Vidare forankring vert avklara når skissa er vald ut.",
        "The idea comes from the school's guidance team; anchoring with management is yet to be clarified.",
    ],
)
def test_anchoring_among_staff_or_left_for_later_is_not_top_management(said: str) -> None:
    assert top_management(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        # A leader in the same sentence: the anchoring with management stands.
        "Prosjektet er forankret hos kommunedirektøren og blant de ansatte.",
        "The project is anchored with the chief municipal executive and among the staff.",
        "Prosjektet er forankra i leiargruppa og blant dei tilsette.",
        # Settled, not left for later.
        "Forankringen er avklart: kommunedirektøren har godkjent skissen.",
        "Ansvarsdelingen avklares i styringsgruppen. Kommunedirektøren har godkjent skissen.",
    ],
)
def test_a_leader_named_or_anchoring_settled_still_passes(said: str) -> None:
    assert top_management(said) == "pass", said
