"""A count of commissions or contracts a firm has carried out («gjennomført over 40 oppdrag for
kommuner i Finnmark») is a seller's pitch: it names no project the partnership did and shows
nothing about this need, so it is no reason; nor is a bare claim of trust («har tillit hos
ledelsen»). A named earlier project, a pilot the partners ran, or trust told with what it came
from still is a reason. Each in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from .one_criterion import why_us_sketch
from .test_verdicts_why_us_claims import verdict

PITCH = [
    ("Hvorfor oss", "Rådgivningsfirmaet vårt har gjennomført over 40 oppdrag for kommuner i Nord-Norge siden 2014, blant annet organisasjonsgjennomganger. Vi har tillit hos ledelsen i kommunene."),
    ("Kvifor oss", "Selskapet har levert meir enn 25 rådgjevingsoppdrag for kommunar på Vestlandet, mellom anna i helse. Vi har stor tillit blant leiarane."),
    ("Why us", "Our consultancy has completed more than 30 assignments for municipalities in Troms since 2015, including service reviews. We enjoy the trust of the municipal leadership."),
]


@pytest.mark.parametrize(("heading", "why"), PITCH)
def test_a_count_of_commissions_and_trust_only_claim(heading: str, why: str) -> None:
    status, message = verdict(why_us_sketch(heading=heading, why=why))
    assert status == "warn", (why, message)
    assert "ingen grunn" in message or "no reason" in message, message


REASONS = [
    ("Hvorfor oss", "Kommunene har sammen drevet piloten «Trygg skyss» i 2022, der 40 elever fikk varsel på mobilen. Vi har tillit hos foreldrene etter piloten."),
    ("Kvifor oss", "Kommunane har i tre år drive den felles legevakta i Sunnhordland og eig journaldata frå ho."),
    ("Why us", "The municipalities ran the pilot «Safe Ride» in 2022, where 40 pupils got alerts on their phones, and hold the route data from it."),
]


@pytest.mark.parametrize(("heading", "why"), REASONS)
def test_a_named_pilot_or_data_held_is_still_a_reason(heading: str, why: str) -> None:
    status, message = verdict(why_us_sketch(heading=heading, why=why))
    assert status == "pass", (why, message)
