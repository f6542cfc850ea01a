"""budget-excludes-procurement on posts that buy, run or roll out the solution once the pilot is
over: «etter piloten» says when a post is paid, not that it pays for the pilot; running and
maintaining the solution itself, buying «the solution» and equipment «til ordinær bruk» are
procurement. Posts for the pilot, its tests and their evaluation stay development costs."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.budgetmeaning import PROCESS, PROCUREMENT, classify
from assistant.core.sketch.document import parse_sketch

SKETCH = """# Trygg heim

**Søker:** Voss herad
**Partnere:** Ulvik herad, Vestland fylkeskommune

## Behov

Hjemmetjenesten kjører 400 000 km i året, og ventetiden øker. Det finnes ingen god løsning i dag.

## Budsjett

- Prosjektledelse: 1 000 000 kr
- Utviklingsfase med leverandører: 3 000 000 kr
- {post}: 1 500 000 kr
- Totalt: 5 500 000 kr
"""


def verdict(post: str) -> str:
    report = check_sketch(parse_sketch(SKETCH.format(post=post)))
    return str(next(c for c in report.criteria if c.id == "budget-excludes-procurement").status)


BOUGHT = [
    "Implementering i tjenestene etter piloten",
    "Innføring i tenestene etter utprøvinga",
    "Roll-out to the services after the pilot",
    "Purchase of the solution after the trial",
    "Drift og vedlikehold av løsningen 2030–2032",
    "Drift og vedlikehald av løysinga",
    "Operation and maintenance of the platform",
    "Kjøp av løsningen",
    "Innkjøp av løysinga",
    "Purchase of the new system",
    "Utstyr til ordinær bruk i alle bygg",
    "Sensorar til vanleg bruk i tenesta",
    "Drift av løysinga etter prosjektslutt",
]


@pytest.mark.parametrize("post", BOUGHT)
def test_buying_running_or_rolling_out_the_solution_after_the_pilot_fails(post: str) -> None:
    assert classify(post).kind == PROCUREMENT
    assert verdict(post) == "fail"


KEPT = [
    "Evaluering etter piloten",
    "Testing etter piloten",
    "Følgjeforsking etter utprøvinga",
    "Evaluation after the trial",
    "Kjøp av løsningen til testing i piloten",
    "Drift av testløsningen",
    "Drift av løsningen i pilotperioden",
    "Operation of the prototype during the pilot",
    "Pilotering av løysinga",
    "Kjøp av testutstyr",
]


@pytest.mark.parametrize("post", KEPT)
def test_posts_for_the_pilot_and_its_evaluation_stay_development(post: str) -> None:
    assert classify(post).kind == PROCESS
    assert verdict(post) == "pass"


FULL_SCALE = [
    ("Fullskala innføring", "fail"),
    ("Full-scale implementation in the services", "fail"),
    ("Fullskala drift i alle sjukeheimane", "fail"),
    # A full-scale exercise or trial is a test of the solution, not its roll-out.
    ("Fullskalaøvelser", "pass"),
    ("Prototyper og testutstyr til fullskala utprøving", "pass"),
]


@pytest.mark.parametrize(("post", "expected"), FULL_SCALE)
def test_full_scale_roll_out_is_procurement_and_a_full_scale_exercise_is_not(post: str, expected: str) -> None:
    assert verdict(post) == expected


FRAME_COVERS = [
    "Prosjektet har ei ramme på 8 mill. kr, som dekkjer utvikling og utrulling i alle kommunane.",
    "Vi har et budsjett på 8 MNOK som også omfatter utrulling i alle kommunene.",
    "The project has a budget of NOK 8 million which covers development and roll-out to all municipalities.",
]


@pytest.mark.parametrize("text", FRAME_COVERS)
def test_a_total_said_to_cover_roll_out_fails(text: str) -> None:
    report = check_sketch(parse_sketch(SKETCH.split("## Budsjett")[0] + "## Budsjett\n\n" + text + "\n"))
    assert str(next(c for c in report.criteria if c.id == "budget-excludes-procurement").status) == "fail"


def test_a_total_said_to_cover_development_only_passes() -> None:
    text = "Prosjektet har ei ramme på 8 mill. kr, som dekkjer utvikling og utprøving. Utrulling i alle kommunane er ikkje med."
    report = check_sketch(parse_sketch(SKETCH.split("## Budsjett")[0] + "## Budsjett\n\n" + text + "\n"))
    assert str(next(c for c in report.criteria if c.id == "budget-excludes-procurement").status) == "pass"


UNCLEAR = [
    "Implementering",
    "Innføring i tenestene",
    "Deployment",
    "Oppgradering av pumpestasjonane",
    "Ombygging av lokala",
    "Construction of the new station",
]


@pytest.mark.parametrize("post", UNCLEAR)
def test_putting_into_use_or_building_with_nothing_said_of_the_pilot_warns(post: str) -> None:
    assert verdict(post) == "warn"


@pytest.mark.parametrize("post", ["Ombygging av testrommet for utprøvinga", "Implementering av prototypen i piloten", "Upgrade of the test rig"])
def test_building_for_the_pilot_is_a_test_cost(post: str) -> None:
    assert verdict(post) == "pass"


TABLE = """| Post | Beløp |
|---|---|
| Prosjektledelse | 1 000 000 |
| Utvikling | 3 000 000 |
| Sum | 4 000 000 |

{sentence}"""


def verdict_of_budget(budget: str) -> str:
    report = check_sketch(parse_sketch(SKETCH.split("## Budsjett")[0] + "## Budsjett\n\n" + budget + "\n"))
    return str(next(c for c in report.criteria if c.id == "budget-excludes-procurement").status)


SET_ASIDE = [
    "I tillegg har vi sett av 2 mill. kr til innkjøp av ferdige løysingar til alle skulane, slik at totalen blir 6 mill. kr.",
    "I beløpet ligger også kjøp av sensorer til ordinær drift i alle byggene.",
    "The total also pays for the finished system in all twelve schools once the pilot ends.",
    "We have allocated NOK 2 million for licences for all users after the project.",
]


@pytest.mark.parametrize("sentence", SET_ASIDE)
def test_money_set_aside_for_the_finished_solution_fails(sentence: str) -> None:
    assert verdict_of_budget(TABLE.format(sentence=sentence)) == "fail"


KEPT_ELSEWHERE = [
    "Midler til innkjøp av den ferdige løsningen vil bli satt av i kommunenes ordinære budsjetter.",
    "Purchase of the finished solution will be funded from the municipalities' regular budgets.",
    "Vi har satt av 500 000 kr av summen til testutstyr i piloten.",
    "Kjøp av ferdig løysing er ikkje lagt inn i budsjettet.",
]


@pytest.mark.parametrize("sentence", KEPT_ELSEWHERE)
def test_a_purchase_kept_in_ordinary_budgets_or_money_for_tests_passes(sentence: str) -> None:
    assert verdict_of_budget(TABLE.format(sentence=sentence)) == "pass"


@pytest.mark.parametrize("post", ["Utbygging av landstrøm på to kaier etter pilot", "Utbygging av anlegget", "Innføring i alle einingar etter utprøving"])
def test_building_out_after_the_pilot_is_not_a_test_cost(post: str) -> None:
    assert verdict(post) in ("fail", "warn")


SOLUTION_BROUGHT_INTO_A_SERVICE = [
    ("Innføring av ny løsning i hjemmetjenesten (400 pumper og opplæring)", "fail"),
    ("Implementering av løysinga i heimetenesta", "fail"),
    ("Deployment of the solution in the home care service", "fail"),
    # The same words for the pilot, or for a prototype, are a test cost.
    ("Innføring av løsningen i pilotbydelen", "pass"),
    ("Implementation of the new system in the test ward", "pass"),
    # Training alone, with nothing brought into use, is no roll-out.
    ("Opplæring av ansatte i hjemmetjenesten", "pass"),
]


@pytest.mark.parametrize(("post", "expected"), SOLUTION_BROUGHT_INTO_A_SERVICE)
def test_the_solution_brought_into_a_service_is_roll_out_even_beside_training(post: str, expected: str) -> None:
    assert verdict(post) == expected
