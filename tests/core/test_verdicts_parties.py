"""Who takes part, read as evaluators read it: an applicant's field that says it applies alone, a
municipality's own agency named after it, bodies that «apply together» in a sentence, and bodies
listed as partners of which the text says only that they are positive."""

from __future__ import annotations

import pytest

from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def bodies(head: str) -> list[str]:
    return [b.name for b in parse_sketch("# Skisse\n\n" + head + BODY).public_bodies]


def collaboration(head: str) -> str:
    return one_result("# Skisse\n\n" + head + BODY, "public-collaboration").status.value


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


# ---------------------------------------------------------------- business taking part: the dialogue

DIALOGUE = (
    "# Skisse\n\n**Søker:** Vinje kommune\n**Partnarar:** Tokke kommune\n\n## Behov\n\n"
    "Grendehusa står tomme 80 prosent av tida, og utleige krev at nokon køyrer ut med nøkkel (eigne tal, 2023).\n\n"
    "## Dialog med næringslivet\n\n{said}\n"
)


def dialogue(said: str):
    return one_result(DIALOGUE.format(said=said), "business-dialogue")


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil ha møte med fleire leverandørar før vi vel, og ønskjer å arbeide saman med den valde leverandøren om å utvikle løysinga.",
        "Vi vil arrangere et åpent møte med andre selskaper innen sensorer og helse-IT, og utvikle løsningen i tett samarbeid med en integrasjonspartner.",
        "Vi vil invitere leverandører av kraftelektronikk til en dialog om systemet, og inngå utviklingsavtaler med to–tre av dem.",
        "We will hold meetings with several suppliers and then work closely with two companies to develop and test the solution.",
    ],
)
def test_a_planned_meeting_with_suppliers_and_development_with_them_passes(said: str) -> None:
    assert dialogue(said).status.value == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil gjennomføre ein marknadsdialog med leverandørar av klinikkutstyr og byggfirma om korleis klinikkane kan utvidast raskt.",
        "Vi vil ha dialog med leverandører og bemanningsbyråer om hvordan vi kan rekruttere flere tannleger.",
        "We will hold a market dialogue with suppliers about how to expand the clinics quickly.",
    ],
)
def test_a_dialogue_only_about_more_of_todays_service_warns_and_quotes_it(said: str) -> None:
    verdict = dialogue(said)
    assert verdict.status.value == "warn", said
    assert any("«" in f.message and said[:20] in f.message for f in verdict.findings), said


def test_a_past_meeting_with_the_one_chosen_supplier_is_no_planned_dialogue() -> None:
    assert dialogue("Vi har hatt tre møter med leverandøren, som vil tilpasse plattformen til norske forhold.").status.value != "pass"


def test_a_body_said_positive_that_also_brings_something_stays_a_partner() -> None:
    for said in (
        "Larvik kommune og NAV Larvik er svært positive og stiller med fagfolk i utprøvingen.",
        "Larvik kommune and NAV Larvik are positive and will contribute staff to the pilot.",
    ):
        assert bodies(PRIVATE_SCHOOL.format(said=said)) == ["Larvik kommune", "NAV"], said
