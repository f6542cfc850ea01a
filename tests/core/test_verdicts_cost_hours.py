"""Staff hours over a period size a cost as staff time does («om lag ti timar i veka», «400 timer i
året», «three hours a week at the front desk»): a need whose only sizing is a few hours of one
office's routine is small, even where the office sits in a heavy service area (a health centre, a
nursing home). Hours said per person («hver sykepleier bruker to timer om dagen», «each nurse
spends an hour a day») size no total and leave the area's weight standing; a total said as such
(«til sammen», «samla», «in total») sizes again. Many hours are a large cost («30 000 timer i året»)."""

from __future__ import annotations

import pytest

from .cost_sketch import verdict


@pytest.mark.parametrize(
    ("need", "sizing"),
    [
        ("Vaktmeisteren på sjukeheimen brukar to timar i veka på å lese av straummålarane. Det kostar kommunen mykje tid.", "to timar i veka"),
        ("The front desk at the health centre spends about three hours a week on room bookings, which is costly.", "three hours a week"),
        ("Ansatte ved sykehjemmet bruker om lag to timer om dagen til sammen på å lete etter hjelpemidler. Det er kostbart.", "to timer om dagen"),
        ("Vi bruker rundt 400 timer i året på manuell registrering ved helsestasjonen, og det koster.", "400 timer i året"),
        ("Vi brukar om lag 400 timar i året på manuell registrering ved helsestasjonen, og det kostar.", "400 timar i året"),
        ("We spend around 1 200 admin hours a year on manual registration at the health centre, and it is costly.", "1 200 admin hours a year"),
        ("Til sammen bruker de ansatte ved biblioteket på skolen om lag 12 timer i uka på dette, og det er kostbart.", "12 timer i uka"),
        ("In total the front-desk staff spend about 10 hours a week on bookings at the health centre, which is costly.", "10 hours a week"),
    ],
)
def test_a_few_staff_hours_size_the_cost_small(need: str, sizing: str) -> None:
    status, message = verdict(need)
    assert status == "warn", need
    assert sizing in message


@pytest.mark.parametrize(
    "need",
    [
        # Hours per person: the whole service's time is not sized, and the area weighs by itself.
        # Many hours: a large cost.
        "Hjemmetjenesten bruker over 30 000 timer i året på kjøring, og kostnadene øker.",
        "Heimetenesta brukar over 30 000 timar i året på køyring, og kostnadene aukar.",
        "Home care staff drive for more than 30 000 hours a year in total, and the costs keep growing.",
    ],
)
def test_hours_per_person_or_many_hours_leave_a_heavy_area_large(need: str) -> None:
    status, message = verdict(need)
    assert status == "pass", (need, message)
