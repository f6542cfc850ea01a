"""A gain for society of the greener or smarter kind said where the sketch tells how the project
wins it («Ved å gi bedre informasjon tidlig kan vi … unngå unødvendige utrykninger», «By warning
earlier we can avoid unnecessary call-outs») states the aim in any part; the same gain told as
today's problem («mange utrykninger skyldes unødige alarmer») does not. A leading expert milieu
(«landets største miljø for klinisk farmasi») is no environment, and nurse time freed
(«Frigjøre sykepleiertid») is an aim said in other words: warn, not fail."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse

**Søker:** Rogaland brann og redning IKS
**Partnere:** Stavanger kommune, Sandnes kommune

## Bakgrunn

Brannvesenet rykket ut på 9 842 oppdrag i 2023, og utgiftene var 512 mill. kr (KOSTRA).
{said}

## Hvorfor oss

{why}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""


def verdict(said: str, why: str = "Vi har målt responstider i fire år og har data fra alle stasjoner.") -> tuple[str, str]:
    c = one_result(SKETCH.format(said=said, why=why), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    "said",
    [
        "Ved å gi bedre informasjon tidlig kan vi bruke mannskapene riktigere og unngå unødvendige utrykninger.",
        "Ved å varsle tidlegare kan vi unngå unødige utrykkingar til falske alarmar.",
        "By warning earlier we can avoid unnecessary call-outs to false alarms.",
    ],
)
def test_a_gain_the_project_acts_to_win_states_the_aim(said: str) -> None:
    status, message = verdict(said)
    assert status == "pass", (said, message)


@pytest.mark.parametrize(
    "said",
    [
        "Mange utrykninger skyldes unødige alarmer, og over 90 prosent av de automatiske alarmene var ikke brann.",
        "Many call-outs are to false alarms.",
        "Ved å ansette flere kan vi få færre ubesatte stillinger og mindre innleie.",
    ],
)
def test_the_same_gain_told_as_todays_problem_or_own_staffing_is_no_aim(said: str) -> None:
    status, message = verdict(said)
    assert status != "pass", (said, message)


def test_a_leading_expert_milieu_is_no_environment_and_nurse_time_is_a_soft_aim() -> None:
    status, message = verdict(
        "Målet er færre avvik og å frigjøre sykepleiertid i kommunene.",
        why="Helse Bergen har landets største miljø for klinisk farmasi og kjenner problemet i detalj.",
    )
    assert status == "warn", message
    assert "miljø" not in message and "sykepleiertid" in message, message
