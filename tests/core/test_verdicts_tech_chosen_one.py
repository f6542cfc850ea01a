"""How the checker reads a technology chosen before the need in two more shapes: a part headed as
one solution («Om hydrogenløsningen», «Sensorløysinga», «The drone solution»), even when its text
makes the checker read it as another part; and an opening that rules the alternatives out and keeps
one («Hydrogen framstår derfor som det eneste realistiske valget») or tells the solution it has in
mind as a thing («Løsningen vi ser for oss er en katamaran med brenselceller»). The near misses: a
heading that names possible solutions, an only choice that is a way of working («det eneste
realistiske valget er å gå i dialog med markedet»), a solution envisaged as a combination. Each
reading in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def tech_first(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


NEED = {
    "nb": "## Behov\n\nHurtigbåtene på Helgeland fraktet 410 000 passasjerer i 2024 og slapp ut 78 000 tonn CO2. Tre av fartøyene må erstattes innen 2030.\n",
    "nn": "## Behov\n\nSnøggbåtane på Helgeland frakta 410 000 passasjerar i 2024 og slapp ut 78 000 tonn CO2. Tre av fartøya må bytast ut innan 2030.\n",
    "en": "## The need\n\nThe fast ferries on Helgeland carried 410 000 passengers in 2024 and emitted 78 000 tonnes of CO2. Three of the vessels must be replaced by 2030.\n",
}


def with_part(lang: str, heading: str, body: str) -> str:
    return f"# Skisse\n\n**Søker:** Nordland fylkeskommune\n\n{NEED[lang]}\n## {heading}\n\n{body}\n"


BODY = {
    "nb": "Fartøyet får brenselceller, lagring av hydrogen på dekk og et batteri som buffer, med plass til 100 passasjerer og lave utslipp.",
    "nn": "Fartøyet får brenselceller, lagring av hydrogen på dekk og eit batteri som buffer, med plass til 100 passasjerar og låge utslepp.",
    "en": "The vessel gets fuel cells, hydrogen storage on deck and a battery as a buffer, with room for 100 passengers and low emissions.",
}


@pytest.mark.parametrize(("lang", "heading"), [("nb", "2. Om hydrogenløsningen"), ("nn", "Sensorløysinga"), ("en", "The hydrogen solution")])
def test_a_part_headed_as_one_solution_starts_from_it(lang: str, heading: str) -> None:
    assert tech_first(with_part(lang, heading, BODY[lang])) != "pass"


@pytest.mark.parametrize(("lang", "heading"), [("nb", "Mulige løsninger"), ("nn", "Moglege løysingar"), ("en", "Possible solution"), ("en", "Desired solution")])
def test_a_part_headed_as_possible_solutions_does_not(lang: str, heading: str) -> None:
    body = {"nb": "Leverandørene kan foreslå batteri, hydrogen eller noe helt annet.", "nn": "Leverandørane kan føreslå batteri, hydrogen eller noko heilt anna.",
            "en": "Suppliers may propose batteries, hydrogen or something else entirely."}[lang]
    assert tech_first(with_part(lang, heading, body)) == "pass"


def opening(lang: str, text: str) -> str:
    return f"# Skisse\n\n**Søker:** Nordland fylkeskommune\n\n## Sammendrag\n\n{text}\n\n{NEED[lang]}\n"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Vi har vurdert batteri, biodiesel og ammoniakk. Hydrogen framstår derfor som det eneste realistiske valget for rutene."),
        ("nn", "Vi har vurdert batteri, biodiesel og ammoniakk. Hydrogen står difor fram som det einaste realistiske valet for rutene."),
        ("en", "We have weighed batteries, biodiesel and ammonia. Hydrogen therefore stands out as the only realistic choice for the routes."),
        ("nb", "Løsningen vi ser for oss er en katamaran på 30 meter med brenselceller."),
        ("nn", "Løysinga vi ser føre oss er ein katamaran på 30 meter med brenselceller."),
        ("en", "The solution we envisage is a 30-metre catamaran with fuel cells."),
    ],
)
def test_an_opening_that_keeps_one_technology_starts_from_it(lang: str, text: str) -> None:
    assert tech_first(opening(lang, text)) != "pass"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Vi vet ikke hva som kan erstatte båtene. Det eneste realistiske valget er å gå i dialog med markedet."),
        ("nn", "Vi veit ikkje kva som kan erstatte båtane. Det einaste realistiske valet er å gå i dialog med marknaden."),
        ("en", "We do not know what can replace the vessels. The only realistic choice is to talk to the market."),
        ("nb", "Løsningen vi ser for oss er en kombinasjon av nye ruter, samarbeid mellom fylkene og det markedet kan tilby."),
        ("en", "The solution we envisage is a combination of new routes, cooperation between counties and what the market can offer."),
    ],
)
def test_an_opening_that_keeps_the_way_open_does_not(lang: str, text: str) -> None:
    assert tech_first(opening(lang, text)) == "pass"
