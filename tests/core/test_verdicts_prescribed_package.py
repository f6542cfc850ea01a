"""A chosen solution told as the need: the need part lays out the package the applicant has
already settled on («Vi ser for oss at dette må inneholde: – en felles boligordning, – et
mentorprogram …»). No technology is named, yet the sketch starts from its answer: the verdict
warns. Near misses that must stay a pass: the requirements a solution must meet («Løsningen må
kunne: …»), a content word with no list after it, and the same package told in a later part."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

NEED = {
    "nb": "## Behovet\n\nKommunene mister hver femte sykepleier hvert år, og 27 av 118 årsverk står vakante. {said}\n\n- en felles boligordning,\n- et fast mentorprogram for nyutdannede,\n- rotasjon mellom kommunene.\n",
    "nn": "## Behovet\n\nKommunane mistar kvar femte sjukepleiar kvart år, og 27 av 118 årsverk står ledige. {said}\n\n- ei felles bustadordning,\n- eit fast mentorprogram for nyutdanna,\n- rotasjon mellom kommunane.\n",
    "en": "## The need\n\nThe municipalities lose one nurse in five every year, and 27 of 118 posts are vacant. {said}\n\n- a joint housing scheme,\n- a permanent mentoring programme for new graduates,\n- rotation between the municipalities.\n",
}


def tech_first(lang: str, said: str, later: bool = False) -> str:
    need = NEED[lang].format(said=said)
    if later:
        head, rest = need.split(said, 1)
        text = f"# Skisse\n\n**Søker:** Nordreisa kommune\n\n{head}\n\n## Slik vil vi arbeide\n\n{said}{rest}"
    else:
        text = f"# Skisse\n\n**Søker:** Nordreisa kommune\n\n{need}"
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "Vi ser for oss at dette må inneholde:"),
        ("nb", "Tilbudet skal bestå av:"),
        ("nn", "Vi ser føre oss at dette må innehalde:"),
        ("nn", "Ordninga skal omfatte:"),
        ("en", "We envisage that the package must include:"),
        ("en", "The scheme will consist of:"),
    ],
)
def test_a_package_laid_out_in_the_need_is_a_chosen_solution(lang: str, said: str) -> None:
    assert tech_first(lang, said) == "warn", said


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "Løsningen må kunne ta hensyn til dette:"),
        ("nn", "Det vi har prøvd til no, er:"),
        ("en", "Whatever the answer, it must work for:"),
        ("nb", "Løsningen må inneholde personvern fra start, og vi vet ikke ennå hvordan den ser ut. Dette har vi prøvd:"),
    ],
)
def test_requirements_or_what_was_tried_are_no_package(lang: str, said: str) -> None:
    assert tech_first(lang, said) == "pass", said


@pytest.mark.parametrize(("lang", "said"), [("nb", "Vi ser for oss at dette må inneholde:"), ("en", "The scheme will consist of:")])
def test_the_package_told_in_a_later_part_is_no_start(lang: str, said: str) -> None:
    assert tech_first(lang, said, later=True) == "pass", said


TOOL = "# Skisse\n\n**Søker:** Bodø kommune\n\n## Behov\n\nHeimetenesta har 2 300 brukarar, og 40 prosent av vaktene går til vikarar. {need}\n"


@pytest.mark.parametrize(
    "need",
    [
        "Vi trenger et nytt fagsystem som samler alle avtalene og sender faktura automatisk.",
        "Vi treng eit nytt sensornettverk i alle bygga, kopla til ei felles skyplattform.",
        "We require a new booking platform with maps and digital locks.",
    ],
)
def test_a_tool_the_applicant_says_it_needs_is_a_solution_told_as_the_need(need: str) -> None:
    assert check_sketch(parse_sketch(TOOL.format(need=need))).statuses()["not-technology-first"] != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Vi mangler et verktøy og en arbeidsmåte som gjør at alle ser samme bilde.",
        "Vi trenger en ny måte å planlegge vaktene på.",
        "We need a better way to plan the night shifts.",
    ],
)
def test_what_is_lacking_or_a_new_way_of_working_is_a_need(need: str) -> None:
    assert check_sketch(parse_sketch(TOOL.format(need=need))).statuses()["not-technology-first"] == "pass", need
