"""A part headed with the solution the applicant wants, proposes or has chosen («Løsningen vi
ønsker», «Løysinga vi føreslår», «Teknisk løsning», «The solution we propose») presents a chosen
solution, not the need; so does a plan to buy devices for everyone («kjøpe inn nettbrett til alle
avdelinger») or a second plan joined by «og å» («… og å utvikle en språkapp»). Near misses: a
heading that asks why no solution exists, what kind of solutions are sought, or what a solution
must withstand; a plan to map the need and to develop requirements."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

NEED = ("I de tre kommunene går om lag 2 900 barn i barnehage, og andelen med et annet morsmål har økt fra 11 til 19 prosent "
        "siden 2015 (BASIL). En fjerdedel av femåringene har et ordforråd på norsk klart under det som er forventet ved skolestart, "
        "og kommunene bruker 17 prosent av driftsutgiftene til grunnskolen på spesialundervisning (KOSTRA 2023).")


def verdict(heading: str, body: str) -> str:
    text = f"# Språkløftet\n\n**Søker:** Lillesand kommune\n\n## Bakgrunn\n\n{NEED}\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 350 000 kr\n"
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


OPEN = ("Vi vet ikke ennå hva som vil hjelpe barna mest. Første halvår kartlegger vi språkarbeidet i barnehagene sammen med "
        "pedagogene, foreldrene og Universitetet i Agder, og så inviterer vi leverandører til dialog om hva som kan prøves ut.")


@pytest.mark.parametrize(
    "heading",
    ["2. Løsningen vi ønsker", "Løysinga vi ønskjer", "Løsningen vi foreslår", "Løsningen vi har valgt", "Teknisk løsning",
     "Foreslått løsning", "The solution we propose", "The solution we want", "Proposed solution", "Chosen solution"],
)
def test_a_heading_with_the_solution_wanted_presents_a_chosen_solution(heading: str) -> None:
    assert verdict(heading, OPEN) != "pass", heading


@pytest.mark.parametrize(
    "heading",
    ["Hvorfor finnes det ingen løsning i dag?", "Kva slags løysingar vi ser etter", "Hva en løsning må tåle",
     "Krav til løsningen", "Why existing solutions are not enough", "Ønsket effekt"],
)
def test_a_heading_that_asks_about_solutions_is_no_chosen_solution(heading: str) -> None:
    assert verdict(heading, OPEN) == "pass", heading


@pytest.mark.parametrize(
    "body",
    [
        "Vi ønsker å kjøpe inn nettbrett til alle avdelinger i barnehagene i de tre kommunene, slik at de ansatte kan bruke dem i språkarbeidet hver dag.",
        "Vi ønskjer å kjøpe inn nettbrett til alle avdelingane i barnehagane i dei tre kommunane, slik at dei tilsette kan bruke dei i språkarbeidet kvar dag.",
        "We want to buy tablets for every department in the kindergartens of the three municipalities, so that staff can use them in language work every day.",
        "Barnehagene trenger bedre materiell, og vi vil kartlegge behovet i alle avdelinger og å utvikle en norskspråklig språkapp sammen med en leverandør.",
        "Barnehagane treng betre materiell, og vi vil kartleggje behovet i alle avdelingane og å utvikle ein norskspråkleg språkapp saman med ein leverandør.",
    ],
)
def test_a_plan_to_buy_devices_or_build_an_app_is_a_chosen_solution(body: str) -> None:
    assert verdict("Gjennomføring", body) != "pass", body


@pytest.mark.parametrize(
    "body",
    [
        "Vi vil kartlegge behovet i alle avdelinger og utvikle kravene til det leverandørene skal løse, før vi inviterer dem til dialog.",
        "Vi vil kartleggje behovet i alle avdelingane og utvikle krava til det leverandørane skal løyse, før vi inviterer dei til dialog.",
        "We will map the need in every department and develop the requirements suppliers are to meet before we invite them to a dialogue.",
    ],
)
def test_a_plan_to_map_the_need_is_no_chosen_solution(body: str) -> None:
    assert verdict("Gjennomføring", body) == "pass", body


# ---------------------------------------------------------------- a chosen solution told as the need


def as_need(body: str) -> str:
    text = f"# Språkløftet\n\n**Søker:** Lillesand kommune\n\n## Behovet\n\n{body} {NEED}\n\n## Budsjett\n\n- Prosjektledelse: 1 350 000 kr\n"
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


@pytest.mark.parametrize(
    "body",
    [
        "Behovet vårt er en app som lar foreldrene øve på norske ord med barna hjemme.",
        "Behovet vårt er ei app som lèt foreldra øve på norske ord med borna heime.",
        "Our need is an app that lets parents practise Norwegian words with their children at home.",
        "Det vi trenger, er en digital plattform der barnehagene kan dele språkmateriell.",
        "What we need is a digital platform where kindergartens can share language material.",
        "Kommunene har behov for et nytt digitalt verktøy for språkkartlegging i alle barnehagene.",
        "Kommunane har behov for eit nytt digitalt verktøy for språkkartlegging i alle barnehagane.",
        "We need a new digital tool for language screening in every kindergarten.",
    ],
)
def test_a_chosen_solution_told_as_the_need_is_not_a_need(body: str) -> None:
    assert as_need(body) != "pass", body


@pytest.mark.parametrize(
    "body",
    [
        "Vi har behov for å forstå hvorfor ordforrådet er svakt, og hva som faktisk hjelper barna.",
        "Vi har behov for å forstå kvifor ordforrådet er svakt, og kva som faktisk hjelper borna.",
        "We need to understand why vocabulary is weak and what actually helps the children.",
        "Behovet er en tjeneste som når foreldrene, ikke nødvendigvis en ny teknologi.",
    ],
)
def test_a_need_to_understand_is_no_chosen_solution(body: str) -> None:
    assert as_need(body) == "pass", body
