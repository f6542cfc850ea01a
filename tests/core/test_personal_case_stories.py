"""A named citizen in a case story is personal data with no number in it: a pupil, patient,
client or inmate named by given name and surname (or a given name with a birth year or a class
at a named school) beside details of their health or life. Unnamed or made-up people, and staff
named with a title, are no citizen told about."""

from __future__ import annotations

import pytest

from assistant.core.sketch.personal._stories import find_case_stories

from .one_criterion import one_result

HEAD = "# Skisse\n\n**Søker:** Bergen kommune\n\n## Behov\n\n"


def verdict(story: str) -> str:
    return one_result(HEAD + story + "\n", "personal-data").status.value


NAMED = [
    # nb: full name, birth year, class; the diagnosis in the next sentence
    "Jonas Eide Rasmussen (f. 2010) går i 9. trinn. Han har diagnosen ADHD og har vært til utredning ved BUP Kristiansund.",
    # nn: full name and class, the diagnosis in the next sentence
    "Vi ser det i saka til Sunniva Rykkje Dale i 9B. Ho fekk diagnosen sosial angstliding frå BUP Voss i fjor haust.",
    # nn: the family's situation
    "Ola Nordmann bur åleine med mora, som er uføretrygda og har store gjeldsproblem.",
    # en: an inmate's admissions
    "Inmate Kjetil Brennhaug serves his sentence at Ila. He has been admitted to hospital three times this year.",
    # en: a patient's diagnosis
    "Take Maria Lund: she was diagnosed with schizophrenia in 2019 and lives with her parents.",
    # a given name with a birth year
    "Emma (f. 2011) har hatt 40 prosent fravær i år og er henvist til BUP.",
    # a given name with a class at a named school
    "Emil i 8B på Voss ungdomsskule har diagnosen autisme og er mykje borte.",
    # a pupil quoted about himself, and a pupil named at his school
    "«Eg har angst kvar morgon», seier Jonas Berg (f. 2009).",
    "Jonas Berg ved Voss ungdomsskule har ADHD og har vore borte i tre veker.",
]

NOT_NAMED = [
    # no name at all
    "Ei kvinne i 80-åra bur åleine og har demens. Ho vart innlagd tre gonger i fjor.",
    "Ein elev på 14 år har diagnosen ADHD og har vore til utgreiing ved BUP.",
    "A pupil aged 14 was diagnosed with anxiety and referred to child psychiatry.",
    # a given name alone, even with an age, is read as an anonymised story
    "Astrid er 84 år og bor alene. Hun ble innlagt på Sørlandet sykehus etter et fall.",
    "Astrid is 87 and lives alone. She was diagnosed with Alzheimer's disease three years ago.",
    # said to be made up or changed
    "Kari Holm (fiktivt navn) har diagnosen demens og bor alene.",
    "Namnet er endra: Ola Berg fekk diagnosen ADHD frå BUP i fjor.",
    "Anna Berg (not her real name) was diagnosed with dementia in 2021 and lives alone.",
    "Eksempelet under er satt sammen av flere reelle saker.\n\nJonas Berg er 15 år og har diagnosen ADHD.",
    # staff named with a title or a role
    "Overlege Kari Holm har sett mange pasienter med diagnosen KOLS bli innlagt om natta.",
    "Kari Holm, rådgiver i Voss kommune, leder arbeidet med overganger fra BUP.",
    "Project manager Ingrid Aune has worked with dementia care and hospital admissions for ten years.",
    "**Prosjektleiar:** Kari Solheim\n\nMange bebuarar på sjukeheimar vert innlagde om natta.",
    # staff quoted, or named with the body they speak for
    "– Mange av elevane har angst, seier Kari Holm i Voss kommune.",
    "Kari Holm, som er helsesykepleiar på skulen, fortel at mange elevar har angst.",
    "Many patients are admitted at night, says Ingrid Aune at Helse Bergen HF.",
    # an author cited
    "Rapporten frå ekspertgruppa leia av Thomas Nordahl (2019) viser at elevar med diagnosar får hjelp for seint.",
    # a street or a body named after a person
    "Olav Kyrres gate har mange bebuarar med demens som vert innlagde om natta.",
]


@pytest.mark.parametrize("story", NAMED)
def test_a_named_citizen_with_details_about_them_is_found(story: str) -> None:
    assert find_case_stories(story), story


@pytest.mark.parametrize("story", NOT_NAMED)
def test_unnamed_made_up_or_staff_people_are_no_citizen_told_about(story: str) -> None:
    assert find_case_stories(story) == [], story


@pytest.mark.parametrize("story", NAMED[:4])
def test_a_named_citizen_with_details_warns(story: str) -> None:
    assert verdict(story) == "warn", story


@pytest.mark.parametrize("story", NOT_NAMED[:6])
def test_an_anonymised_story_passes(story: str) -> None:
    assert verdict(story) == "pass", story


def test_a_named_citizen_with_an_identity_number_still_fails() -> None:
    story = "Jonas Eide Rasmussen (fnr. 140378 10186) har diagnosen ADHD og er henvist til BUP."
    assert verdict(story) == "fail"


def test_the_warning_points_at_the_person_and_names_the_detail_but_not_the_name() -> None:
    result = one_result(HEAD + NAMED[1] + "\n", "personal-data")
    [finding] = [f for f in result.findings if f.level.value == "warn"]
    assert "diagnosen" in finding.message and "Sunniva" not in finding.message
    assert finding.quote == "Sunniva Rykkje Dale"
    assert "80-år" in (finding.suggestion or "")


def test_a_named_citizen_past_the_first_sentence_window_is_not_tied_to_far_details() -> None:
    far = "Jonas Berg har vore med i arbeidet. " + "Vi har mange elevar. " * 5 + "Mange av dei har diagnosen ADHD."
    assert find_case_stories(far) == []
