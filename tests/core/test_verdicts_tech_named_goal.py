"""not-technology-first when the sketch names the project as a technology to deliver: its goal,
core or content said to be an app, a platform, a sensor-based or AI-based system, or a technology
already picked. «Målet er eit system der …» (an arrangement), a goal said as an effect, a choice
of place or service, and a sketch saying it does not know what the solution is stay clear."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

SKETCH = """# Skisse

**Søkar:** Voss herad

## Samandrag

{summary}

## Behov

Heimetenesta i Voss køyrer 400 000 km i året, og 312 besøk vart avlyste i 2024 fordi vegen var stengd. Ventelista for korttidsplass er 18 personar.

## Budsjett

- Prosjektleiing: 1 mill. kr
- Utvikling: 3 mill. kr
"""


def verdict(summary: str, tail: str = "") -> str:
    report = check_sketch(parse_sketch(SKETCH.format(summary=summary) + tail))
    return str(next(c for c in report.criteria if c.id == "not-technology-first").status)


NAMED = [
    "Målet med prosjektet er å få på plass en KI-basert løsning som fordeler oppdrag mellom de ansatte.",
    "Prosjektet går ut på å utvikle en digital plattform der brukere, pårørende og ansatte kan kommunisere.",
    "Kjernen i prosjektet er et sensorbasert system som måler fukt i alle klasserom.",
    "Prosjektet skal levere eit digitalt verktøy for ruteplanlegging i heimetenesta.",
    "Vi har sett oss ut ei løysing med smarte vassmålarar som vi vil prøve i heile kommunen.",
    "The goal of the project is to deliver a mobile app that lets parents book pick-up slots.",
    "At the heart of the project is a sensor-based system that measures humidity in every classroom.",
    "We have already chosen a booking platform for the three municipalities.",
]


@pytest.mark.parametrize("summary", NAMED)
def test_a_project_told_as_a_technology_to_deliver_fails(summary: str) -> None:
    assert verdict(summary) == "fail"


CLEAR = [
    "Målet er eit system der fiskereiskapar blir samla inn, sortert og gjenvunne lokalt.",
    "Målet med prosjektet er å redusere køyringa i heimetenesta med ein tredjedel.",
    "Prosjektet handlar om korleis eldre kan bu trygt heime lenger.",
    "Vi har valt å starte med heimetenesta i dei tre kommunane.",
    "The goal of the project is a home care service that reaches every resident in time.",
    "Vi har ikkje valt nokon teknologi; løysinga skal bli til i dialog med marknaden.",
]


@pytest.mark.parametrize("summary", CLEAR)
def test_a_goal_said_as_an_effect_or_an_arrangement_passes(summary: str) -> None:
    assert verdict(summary) == "pass"


OPEN = [
    "Vi vet ikke hvordan løsningen skal se ut, og den må utvikles sammen med leverandørene.",
    "Vi veit ikkje kva som er den beste løysinga.",
    "We do not know yet what the solution will be.",
]


@pytest.mark.parametrize("said", OPEN)
def test_a_plan_for_an_app_later_in_the_sketch_is_outweighed_when_the_solution_is_said_to_be_open(said: str) -> None:
    tail = "\n## Gjennomføring\n\nVi skal utvikle ein app for heimetenesta i fase 2.\n"
    assert verdict("Heimetenesta treng meir tid hos brukarane.", tail) == "warn"
    assert verdict("Heimetenesta treng meir tid hos brukarane. " + said, tail) == "pass"


@pytest.mark.parametrize("said", ["Vi har ikkje bestemt oss.", "Vi har ikke landet ennå.", "We have not decided yet."])
def test_not_having_decided_said_alone_keeps_the_solution_open(said: str) -> None:
    tail = "\n## Gjennomføring\n\nVi skal utvikle ein app for heimetenesta i fase 2.\n"
    assert verdict("Det kan vere modulære anlegg, mellomlagring eller nye ordningar. " + said, tail) == "pass"


@pytest.mark.parametrize(
    "said",
    [
        "Vi vet mye om hvordan vi skal bygge nye, energieffektive bygg, men lite om drift av de gamle.",
        "Vi veit mykje om korleis vi skal byggje nye bygg, men lite om dei gamle.",
        "We know a lot about how we should build new buildings, but little about running old ones.",
    ],
)
def test_how_one_would_build_is_knowledge_not_a_plan(said: str) -> None:
    tail = f"\n## Hvorfor oss\n\n{said}\n"
    assert verdict("Kulturbygga brukar 40 prosent meir energi enn nye bygg.", tail) == "pass"


def test_a_plan_to_build_new_ones_still_counts() -> None:
    tail = "\n## Gjennomføring\n\nVi skal bygge nye, energieffektive bygg i alle bydelene.\n"
    assert verdict("Kulturbygga brukar 40 prosent meir energi enn nye bygg.", tail) == "warn"
