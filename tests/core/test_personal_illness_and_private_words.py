"""Personal data as an evaluator reads it: a named citizen told about with a bodily illness, an
operation or an aid for daily life is personal data, in nb, nn and en; and a number is private
only where a word by it says so, not where a unit's or a service's name on its line holds
«hjemme», «home» or «privat»."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

HEAD = "# Skisse\n\n**Søker:** Bergen kommune\n\n"


def verdict(tail: str) -> str:
    return one_result(HEAD + tail, "personal-data").status.value


@pytest.mark.parametrize(
    "story",
    [
        "Take Mrs Randi Kvam (78) from Lierne, who has kidney failure and goes to dialysis in Namsos three times a week.",
        "Consider Randi Kvam from Lierne. She lives alone and uses a walker since her hip operation in 2023.",
        "Ta Randi Kvam (78) frå Lierne: ho har nyresvikt og må til dialyse i Namsos tre gonger i veka.",
        "Randi Kvam i Lierne har gått med rullator etter hofteoperasjonen i 2023, og taxien tar to timar kvar veg.",
        "Ta Randi Kvam (78) fra Lierne, som har hjertesvikt og ble operert i fjor.",
    ],
)
def test_a_named_citizen_with_a_bodily_illness_or_operation_is_flagged(story: str) -> None:
    assert verdict(f"## Behov\n\n{story}\n") != "pass", story


@pytest.mark.parametrize(
    "story",
    [
        # Near misses: no one named, or a staff member named with a role.
        "Ei kvinne på 78 år i Lierne har nyresvikt og må til dialyse tre gonger i veka.",
        "An elderly woman from Lierne uses a walker since her hip operation and lives alone.",
        "Overlege Randi Kvam ved dialyseavdelinga seier at ventetida har auka.",
        "Randi Kvam, rådgiver i Namsos kommune, leder arbeidet med ordinær drift av anlegget.",
    ],
)
def test_an_unnamed_patient_or_a_staff_member_is_no_case_story(story: str) -> None:
    assert verdict(f"## Behov\n\n{story}\n") == "pass", story


@pytest.mark.parametrize(
    "line",
    [
        "Kontakt: Hege Brattrud, enhetsleder hjemmetjenester, Gjøvik kommune – hege.brattrud@gjovik.kommune.no – 61 18 90 00 / 916 04 731",
        "Kontakt: Hege Brattrud, einingsleiar heimetenester, Gjøvik kommune, hege.brattrud@gjovik.kommune.no, 916 04 731",
        "Contact: Hege Brattrud, head of home care services, hege.brattrud@gjovik.kommune.no, +47 916 04 731",
    ],
)
def test_a_work_mobile_beside_a_unit_named_for_home_care_passes(line: str) -> None:
    assert verdict(f"## Kontakt\n\n{line}\n") == "pass", line


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: a word by the number calls it private.
        "Kontakt: Hege Brattrud, enhetsleder hjemmetjenester, hege.brattrud@gjovik.kommune.no, privat 916 04 731",
        "Kontakt: Hege Brattrud, hege.brattrud@gjovik.kommune.no, 916 04 731 (privat)",
        "Contact: Hege Brattrud, hege.brattrud@gjovik.kommune.no, home phone 916 04 731",
    ],
)
def test_a_number_called_private_by_it_still_warns(line: str) -> None:
    assert verdict(f"## Kontakt\n\n{line}\n") == "warn", line


@pytest.mark.parametrize(
    ("story", "flagged"),
    [
        # A named resident with a full date of birth or a home address: who and where, personal data
        # even when the illness comes sentences later.
        ("Randi Johansen (f. 14.03.1949) bor i kjelleretasjen. Kjelleren ble oversvømt tre ganger.", True),
        ("Randi Johansen, fødd 14. mars 1949, er ei av dei som har fått vatn i kjellaren.", True),
        ("Randi Johansen bur i Nyvegen 3, og kjellaren hennar har vore under vatn tre gonger.", True),
        ("Mary Smith (b. 3.5.1950) had her basement flooded three times.", True),
        # Near misses: a staff member with a role, a town with no street, a birth year in a
        # signature, an office address in a contact line.
        ("Prosjektleiar Randi Johansen bur i Tromsø og kjenner kjellarane godt.", False),
        ("Randi Johansen, rådgiver i Tromsø kommune, har kartlagt kjellerne.", False),
        ("Kontakt: Randi Johansen, Storgata 41, 9008 Tromsø, tlf. 77 79 00 00.", False),
    ],
)
def test_a_named_citizen_with_a_birth_date_or_home_address_is_flagged(story: str, flagged: bool) -> None:
    assert (verdict(f"## Behov\n\n{story}\n") != "pass") is flagged, story
