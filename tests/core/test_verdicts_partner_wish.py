"""Partners named in the field whom the text goes on to describe only as wishing to take part
or as positive are not partners yet: «Vinje og Tokke kommune har gitt uttrykk for at dei ønskjer
å vere med», «Telemark fylkeskommune er regional kulturminnestyresmakt og har stilt seg
positiv». «Vinje og Tokke kommune» (the singular after two places) names both. A joint service
applying with its host municipality named («Vest-Telemark barnevern (vertskommune Kviteseid)»)
applies as that municipality. Near misses: a county whose own name holds «og», bodies described
and said to take part, a host the registry does not know."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nBrann øydela 14 freda bygningar i Telemark sidan 1990 (Riksantikvaren, 2022).\n"


def read(head: str, part: str = "") -> tuple[object, list[str], str]:
    sketch = parse_sketch("# Skisse\n\n" + head + BODY + ("\n## Samarbeid\n\n" + part + "\n" if part else ""))
    report = check_sketch(sketch)
    status = next(c for c in report.criteria if c.id == "public-collaboration").status.value
    return sketch.applicant, [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søkar:** Stiftinga Telemark Bygdetun\n**Samarbeid med:** Vinje kommune, Tokke kommune, Telemark fylkeskommune",
         "Vinje og Tokke kommune har gitt uttrykk for at dei ønskjer å vere med. Telemark fylkeskommune er regional kulturminnestyresmakt og har stilt seg positiv."),
        ("**Søker:** Stiftelsen Telemark Bygdetun\n**Samarbeid med:** Vinje kommune, Tokke kommune",
         "Vinje og Tokke kommune har sagt at de ønsker å være med når prosjektet starter."),
        ("**Applicant:** Telemark Rural Museums Foundation\n**Partners:** Vinje Municipality, Telemark County Authority",
         "Vinje Municipality has said that it would like to take part. Telemark County Authority is the regional heritage authority and has been positive."),
    ],
)
def test_bodies_only_wishing_to_take_part_or_positive_are_not_partners(head: str, part: str):
    _, names, status = read(head, part)
    assert status == "warn", names


@pytest.mark.parametrize(
    ("head", "part", "least"),
    [
        ("**Søkjar:** Vinje kommune", "Vinje og Tokke kommune deltek med fagfolk og testar løysinga på tre tun.", 2),
        ("**Søker:** Sel kommune", "Prosjektet gjennomføres sammen med Vågå og Lesja kommune, som stiller med ansatte.", 3),
        ("**Søkjar:** Stiftinga Telemark Bygdetun\n**Partnarar:** Vinje kommune, Telemark fylkeskommune",
         "Telemark fylkeskommune er regional kulturminnestyresmakt og deltek som partnar. Vinje kommune har signert intensjonsavtale.", 2),
    ],
)
def test_bodies_named_with_one_singular_or_said_to_take_part_are_partners(head: str, part: str, least: int):
    _, names, status = read(head, part)
    assert len(names) >= least, names
    assert status == "pass"


def test_a_county_whose_name_holds_og_stays_one_body():
    _, names, _ = read("**Søker:** Vestfold og Telemark fylkeskommune\n**Partnere:** Vi søker alene.")
    assert names == ["Vestfold og Telemark fylkeskommune"]


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Vest-Telemark barnevern (vertskommune Kviteseid) på vegne av Fyresdal, Kviteseid, Nissedal, Seljord, Tokke og Vinje kommune",
        "**Søkjar:** Barnevernet i Vest-Telemark (vertskommune Kviteseid) på vegner av Fyresdal, Nissedal og Vinje kommune",
        "**Applicant:** Vest-Telemark Child Welfare Service (host municipality Kviteseid) on behalf of Fyresdal, Nissedal and Vinje kommune",
    ],
)
def test_a_joint_service_applies_as_its_host_municipality(head: str):
    applicant, _, _ = read(head)
    assert applicant is not None and applicant.name == "Kviteseid kommune"
    assert applicant.kind.is_public


def test_a_host_the_registry_does_not_know_leaves_the_service_as_written():
    applicant, _, _ = read("**Søker:** Fjordbarnevernet (vertskommune Ukjentvik) på vegne av Fyresdal og Nissedal kommune")
    assert applicant is not None and applicant.name != "Ukjentvik kommune"
