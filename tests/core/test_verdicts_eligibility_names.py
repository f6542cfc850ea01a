"""Who may apply, read from the applicant's name: a joint municipal body by its legal name
(«samkommune», «kommunalt oppgåvefellesskap») is public; a name shaped like a person's but
ending in what a body is («Fjellheim Barnehage») is said to be unknown, not a person."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def _eligibility(name: str, label: str = "Søker"):
    return check_sketch(parse_sketch(f"**{label}:** {name}\n\n## Behov\n\nTekst om behovet.\n")).criterion("eligibility")


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Innherred samkommune", "Søker"),
        ("Midt-Telemark samkommune", "Søkjar"),
        ("Kommunalt oppgåvefellesskap for barnevern i Sunnfjord", "Søkjar"),
        ("Interkommunalt politisk råd Vestfold", "Applicant"),
    ],
)
def test_joint_municipal_bodies_may_apply(name, label):
    assert _eligibility(name, label).status.value == "pass"


@pytest.mark.parametrize("name", ["Fjellheim Barnehage", "Solbakken Sykehjem", "Nordlys Omsorgssenter", "Fjordbyen Clinic"])
def test_a_body_shaped_like_a_persons_name_is_unknown_not_a_person(name):
    result = _eligibility(name)
    assert result.status.value == "warn"
    assert "person" not in result.findings[0].message


@pytest.mark.parametrize("name", ["Kari Nordmann", "Ole Martin Haugen"])
def test_near_miss_a_persons_name_is_still_read_as_one(name):
    result = _eligibility(name)
    assert result.status.value == "warn"
    assert "person" in result.findings[0].message
