"""A sketch that says outright its solution is still open («Vi har ikke valgt verken teknologi
eller leverandør», «the final solution may just as well be a change of rules and routines»): a
plan to develop a tool, said in a later part (how we will work), is then one road among others,
not the starting point. Near misses that must still warn: the same plan in the need itself, and a
sketch that says only that the supplier is not chosen."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

NEED = {
    "nb": "## Behov\n\nPasienter med flere kroniske sykdommer blir lagt inn 1 900 ganger i året, og hjemmetjenesten ser forverringen for sent.{open}\n",
    "nn": "## Behov\n\nPasientar med fleire kroniske sjukdommar blir lagde inn 1 900 gonger i året, og heimetenesta ser forverringa for seint.{open}\n",
    "en": "## The need\n\nPatients with several chronic illnesses are admitted 1 900 times a year, and home care sees the decline too late.{open}\n",
}
PLAN = {
    "nb": "## Slik vil vi arbeide\n\nVi ønsker å utvikle en ny samhandlingsmodell og de verktøyene som trengs, sammen med fastlegene.\n",
    "nn": "## Slik vil vi arbeide\n\nVi vil utvikle ein ny samhandlingsmodell og dei verktøya som trengst, saman med fastlegane.\n",
    "en": "## How we will work\n\nWe want to develop a new way of working and the tools it needs, together with the GPs.\n",
}


def tech_first(lang: str, open_words: str, plan_in_need: bool = False) -> str:
    need = NEED[lang].format(open=" " + open_words if open_words else "")
    if plan_in_need:
        need += "\n" + PLAN[lang].split("\n\n", 1)[1]
        text = f"# Skisse\n\n**Søker:** Bodø kommune\n\n{need}\n"
    else:
        text = f"# Skisse\n\n**Søker:** Bodø kommune\n\n{need}\n{PLAN[lang]}\n"
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


@pytest.mark.parametrize(
    ("lang", "open_words"),
    [
        ("nb", "Vi har ikke valgt verken teknologi eller leverandør."),
        ("nb", "Løsningen kan like gjerne bli nye rutiner som et nytt system."),
        ("nn", "Vi har ikkje bestemt oss for kva løysinga skal vere."),
        ("nn", "Løysinga kan like gjerne vere ei ny arbeidsdeling som eit nytt verktøy."),
        ("en", "We have not yet chosen a solution."),
        ("en", "The final solution may look quite different, and may just as well be a change of rules."),
    ],
)
def test_a_plan_for_tools_in_a_later_part_is_no_start_when_the_sketch_keeps_the_solution_open(lang: str, open_words: str) -> None:
    assert tech_first(lang, open_words) == "pass", open_words


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_without_the_open_words_the_plan_still_warns(lang: str) -> None:
    assert tech_first(lang, "") == "warn"


@pytest.mark.parametrize(
    ("lang", "open_words"),
    [
        ("nb", "Vi har ikke valgt leverandør ennå."),
        ("nn", "Vi har ikkje valt leverandør enno."),
        ("en", "We have not chosen a supplier yet."),
    ],
)
def test_a_supplier_not_yet_chosen_does_not_open_the_solution(lang: str, open_words: str) -> None:
    assert tech_first(lang, open_words) == "warn", open_words


@pytest.mark.parametrize(
    ("lang", "open_words"),
    [
        ("nb", "Vi har ikke valgt løsning."),
        ("nn", "Vi har ikkje valt løysing."),
        ("en", "We have not chosen a solution."),
    ],
)
def test_the_plan_in_the_need_itself_still_counts(lang: str, open_words: str) -> None:
    assert tech_first(lang, open_words, plan_in_need=True) != "pass", open_words


TRIED = "# Skisse\n\n**Søker:** Lom kommune\n\n## Behov\n\nTapene av sau på utmarksbeite er 2 400 dyr i året. {said}\n"


@pytest.mark.parametrize(
    "said",
    [
        "Lom og Skjåk har i et prosjekt fra 2019 til 2022 prøvd ut droner og sensorer til å lete etter dyr, men det strandet på regelverket.",
        "Skjåk har i fleire sesongar testa dronar og sensorar under sankinga, utan at tapa gjekk ned.",
        "Two municipalities have tried drones and GPS sensors during the round-up, but the losses did not fall.",
    ],
)
def test_technology_others_have_tried_is_the_state_of_things(said: str) -> None:
    assert check_sketch(parse_sketch(TRIED.format(said=said))).statuses()["not-technology-first"] == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Vi har testet droner og sensorer, og vi vil nå ta dem i bruk i alle kommunene.",
        "We have tried drones and sensors, and we will now roll them out in every municipality.",
    ],
)
def test_a_tried_technology_the_applicant_will_now_use_still_counts(said: str) -> None:
    assert check_sketch(parse_sketch(TRIED.format(said=said))).statuses()["not-technology-first"] != "pass", said
