"""How the checker reads building on what exists and being able to develop it later: «Vi vil bygge
videre på disse verktøyene» takes the tools the body already has as its base, and «slik at vi eier
og kan videreutvikle løsningen selv» says who may change it later; neither starts from a
technology chosen for the need. The near misses, a plan to build a named tool or to develop one's
own product further, still read as starting from the technology. Each reading in bokmål, nynorsk
and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def tech_first(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


NEED = {
    "nb": "## Behov\n\nEtterslepet av beslag som venter på undersøkelse er 1 400 saker, og liggetiden er i snitt 11 måneder. Saker henlegges fordi bevisene blir for gamle.\n",
    "nn": "## Behov\n\nEtterslepet av beslag som ventar på undersøking er 1 400 saker, og liggjetida er i snitt 11 månader. Saker vert lagde bort fordi bevisa blir for gamle.\n",
    "en": "## The need\n\nThe backlog of seized devices awaiting examination is 1 400 cases, and they wait 11 months on average. Cases are dropped because the evidence gets too old.\n",
}


def sketch(lang: str, plan: str) -> str:
    head = {"nb": "## Gjennomføring", "nn": "## Gjennomføring", "en": "## Implementation"}[lang]
    return f"# Skisse\n\n**Søker:** Øst politidistrikt\n\n{NEED[lang]}\n{head}\n\n{plan}\n"


@pytest.mark.parametrize(
    ("lang", "plan"),
    [
        ("nb", "Seksjonen har de siste to årene laget flere interne verktøy for sortering av data. Vi vil bygge videre på disse verktøyene sammen med etterforskerne."),
        ("nn", "Seksjonen har dei siste to åra laga fleire interne verktøy for sortering av data. Vi vil byggje vidare på desse verktøya saman med etterforskarane."),
        ("en", "Over the last two years the section has made several in-house tools for sorting data. We will build on these tools together with the investigators."),
        ("nb", "Vi bygger kompetansen internt, slik at fylkeskommunen eier og kan videreutvikle løsningen selv etter prosjektet."),
        ("nn", "Vi byggjer kompetansen internt, slik at fylkeskommunen eig og kan vidareutvikle løysinga sjølv etter prosjektet."),
        ("en", "We build the skills in-house, so that the county owns it and can further develop the platform itself after the project."),
    ],
)
def test_building_on_what_exists_or_owning_it_later_is_not_technology_first(lang: str, plan: str) -> None:
    assert tech_first(sketch(lang, plan)) == "pass"


@pytest.mark.parametrize(
    ("lang", "plan"),
    [
        ("nb", "Vi vil bygge et nytt verktøy for sortering av data fra mobiltelefoner."),
        ("nn", "Vi vil byggje eit nytt verktøy for sortering av data frå mobiltelefonar."),
        ("nb", "I prosjektet skal vi videreutvikle plattformen vår med en KI-modul."),
        ("en", "In the project we will further develop our platform with an AI module."),
    ],
)
def test_a_plan_to_build_a_tool_or_develop_ones_own_product_still_starts_from_it(lang: str, plan: str) -> None:
    assert tech_first(sketch(lang, plan)) != "pass"
