"""A municipality's own agencies («Oslo kommune, Bymiljøetaten» with «Sykehjemsetaten» as a
partner) are one public body, as its own districts are: the call's collaboration is between
several bodies. Near misses: a state agency the registry knows («Skatteetaten», «NAV») and a
municipal enterprise (KF) or another municipality beside the agencies are bodies of their own."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def collaboration(head: str) -> tuple[list[str], str]:
    sketch = parse_sketch("# Skisse\n\n" + head + BODY)
    report = check_sketch(sketch)
    return [b.name for b in sketch.public_bodies], next(c for c in report.criteria if c.id == "public-collaboration").status.value


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Oslo kommune, Bymiljøetaten\n**Partnere:** Sykehjemsetaten og Velferdsetaten",
        "**Søkjar:** Bergen kommune, Etat for helsetenester\n**Partnarar:** Byggesaksetaten",
        "**Applicant:** Oslo kommune (Bymiljøetaten)\n**Partners:** Sykehjemsetaten, Helseetaten",
    ],
)
def test_a_municipality_with_its_own_agencies_is_one_body(head: str):
    names, status = collaboration(head)
    assert status == "warn", names


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Oslo kommune, Bymiljøetaten\n**Partnere:** Skatteetaten",
        "**Søker:** Oslo kommune, Velferdsetaten\n**Partnere:** Sykehjemsetaten og NAV Oslo",
        "**Søkjar:** Oslo kommune, Bymiljøetaten\n**Partnarar:** Oslobygg KF",
        "**Applicant:** Oslo kommune, Bymiljøetaten\n**Partners:** Sykehjemsetaten and Bærum kommune",
    ],
)
def test_a_state_agency_an_enterprise_or_another_municipality_is_a_body_of_its_own(head: str):
    names, status = collaboration(head)
    assert status == "pass", names
