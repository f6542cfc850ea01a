"""Who takes part, read as evaluators read it: an applicant's field that says it applies alone, a
municipality's own agency named after it, bodies that «apply together» in a sentence, and bodies
listed as partners of which the text says only that they are positive."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def bodies(head: str) -> list[str]:
    return [b.name for b in parse_sketch("# Skisse\n\n" + head + BODY).public_bodies]


def collaboration(head: str) -> str:
    report = check_sketch(parse_sketch("# Skisse\n\n" + head + BODY))
    return next(c for c in report.criteria if c.id == "public-collaboration").status.value


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Oslo kommune, Bymiljøetaten (søker alene)",
        "**Søkjar:** Oslo kommune, Bymiljøetaten (vi søkjer åleine)",
        "**Applicant:** Oslo kommune, Bymiljøetaten (applying alone)",
        "**Søker:** Oslo kommune, Bymiljøetaten",
        "**Søker:** Oslo kommune, Utdanningsetaten",
    ],
)
def test_a_municipality_and_its_own_agency_in_the_applicants_field_are_one_body(head: str) -> None:
    assert bodies(head) == ["Oslo kommune"], head
    assert collaboration(head) == "warn"


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Oslo kommune, Statens vegvesen",
        "**Søker:** Bergen kommune og Askøy kommune",
    ],
)
def test_a_second_body_of_its_own_in_the_applicants_field_still_applies_with_it(head: str) -> None:
    assert len(bodies(head)) == 2, head
    assert collaboration(head) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Stavanger kommune, Sandnes kommune og Helse Stavanger HF søker sammen om et innovasjonspartnerskap.",
        "Sogndal kommune og Luster kommune søkjer saman om eit innovasjonspartnarskap for symjehallane.",
        "Tromsø kommune and Troms fylkeskommune apply together for an innovation partnership.",
    ],
)
def test_bodies_that_apply_together_in_a_sentence_are_all_parties(sentence: str) -> None:
    assert len(bodies(sentence)) >= 2, sentence
    assert collaboration(sentence) == "pass"


PRIVATE_SCHOOL = "**Søker:** Fjordtun Friskole\n**Samarbeidspartnere:** Larvik kommune, NAV Larvik\n\n## Forankring\n\n{said}"


@pytest.mark.parametrize(
    "said",
    [
        "Larvik kommune og NAV Larvik har sagt seg positive i møte.",
        "Larvik kommune og NAV Larvik er positive til prosjektet.",
        "Larvik kommune and NAV Larvik are interested in the project.",
    ],
)
def test_bodies_listed_as_partners_but_said_only_to_be_positive_are_not_partners(said: str) -> None:
    head = PRIVATE_SCHOOL.format(said=said)
    assert bodies(head) == [], said
    assert collaboration(head) == "warn"


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektøren i Larvik kommune er orientert og positiv.",
        "Larvik kommune er positiv og deltar som partner i utprøvingen.",
        "NAV Larvik har godkjent samarbeidsavtalen, og Larvik kommune er positiv.",
    ],
)
def test_a_leader_said_positive_or_a_body_said_to_take_part_leaves_the_partners_standing(said: str) -> None:
    assert bodies(PRIVATE_SCHOOL.format(said=said)) == ["Larvik kommune", "NAV"], said
