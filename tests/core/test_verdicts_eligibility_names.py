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


def _declared(name: str, kind: str, lang: str = "en"):
    head = f'---\ntitle: T\napplicant:\n  name: {name}\n  kind: {kind}\nlanguage: {lang}\n---\n\n## Behov\n\nTekst om behovet.\n'
    return check_sketch(parse_sketch(head)).criterion("eligibility")


@pytest.mark.parametrize(("name", "kind"), [("Nordic Care AS", "offentlig"), ("Omsorgsflyt AS", "kommune"), ("Stiftelsen Kystkultur", "offentlig"), ("Hjemmehjelp Nord ASA", "statlig-etat")])
def test_a_public_kind_declared_for_a_company_or_foundation_name_cannot_be_told(name, kind):
    """«kind: offentlig» does not silence «AS» in the name: an AS owned by municipalities for a
    public task may apply, but the text does not say so, so the checker warns and says why."""
    result = _declared(name, kind)
    assert result.status.value == "warn"
    message = result.findings[0].message
    assert name in message and f"kind: {kind}" in message and "owned by public bodies" in message


@pytest.mark.parametrize(("name", "kind"), [("Bergen kommune", "kommune"), ("Kommunenes Innkjøpssamarbeid IKS", "offentlig"), ("Norsk Helsenett SF", "statlig-etat"), ("Bodø kommunale eiendom KF", "offentlig")])
def test_near_miss_a_public_legal_form_declared_public_passes(name, kind):
    assert _declared(name, kind).status.value == "pass"
