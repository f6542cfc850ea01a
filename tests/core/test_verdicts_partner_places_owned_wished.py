"""Who applies and who takes part, read as an evaluator reads it: bare places before or after a
plural word for municipalities («Trondheim, Malvik og Melhus kommuner søker», «på vegner av eit
samarbeid med Askvoll, Fjaler og Hyllestad kommunar») are several municipalities; bodies only
wished for («Vi ønsker å gå sammen med …») or owning a company together with the applicant («eier
sammen med Oslo kommune Ruter») are no partners; a body the applicant applies with («Fellesrådet
søkjer saman med Kinn kommune») or a name denied («søkjar er ikkje Ruter AS, men …») is not the
applicant. Near misses keep their reading."""

from __future__ import annotations

import pytest

from assistant.core.sketch.document import parse_sketch


def read(body: str, head: str = "") -> tuple[str | None, list[str]]:
    sketch = parse_sketch(f"# Skisse: Betre tenester\n\n{head}## Om prosjektet\n\n{body}\n\n## Behov\n\nVi manglar data om bruken (eigne tal 2024).\n")
    return (sketch.applicant.name if sketch.applicant else None), [p.name for p in sketch.partners]


@pytest.mark.parametrize(
    "body",
    [
        "Trondheim, Malvik og Melhus kommuner søker om innovasjonspartnerskap for barn i SFO.",
        "Trondheim, Malvik og Melhus kommunar søkjer saman om eit innovasjonspartnarskap.",
        "Trondheim, Malvik and Melhus municipalities apply for an innovation partnership.",
    ],
)
def test_places_before_a_plural_for_municipalities_that_apply_are_municipalities(body: str) -> None:
    _, partners = read(body)
    assert {"Malvik kommune", "Melhus kommune"} <= set(partners)


def test_places_after_a_cooperation_in_the_applicant_field_are_municipalities() -> None:
    _, partners = read("Vi vil finne lekkasjane.", head="**Søkjar:** Sunnfjord kommune, på vegner av eit samarbeid med Askvoll, Fjaler og Hyllestad kommunar\n\n")
    assert {"Askvoll kommune", "Fjaler kommune", "Hyllestad kommune"} <= set(partners)
    _, partners = read("Vi vil finne lekkasjane.", head="**Søker:** Sunnfjord kommune, in cooperation with the municipalities of Askvoll and Fjaler\n\n")
    assert {"Askvoll kommune", "Fjaler kommune"} <= set(partners)


def test_places_in_a_region_or_said_to_spend_are_no_partners() -> None:
    # «kommunane i Sunnfjord og Ytre Sogn» names a region, «Malvik og Melhus brukte» no plural.
    _, partners = read("Dei fire kommunane i Sunnfjord og Ytre Sogn taper vatn. Malvik og Melhus brukte 27 mill. kr.", head="**Søkjar:** Førde kommune\n\n")
    assert partners == []


@pytest.mark.parametrize(
    "body",
    [
        "Vi ønsker å gå sammen med Øksnes kommune og Sortland kommune, og med Fiskeridirektoratet.",
        "Me ønskjer å gå saman med Øksnes kommune og Sortland kommune.",
        "We would like to team up with Øksnes kommune and Sortland kommune.",
    ],
)
def test_partners_only_wished_for_are_no_partners(body: str) -> None:
    _, partners = read(body, head="**Søker:** Vesterålen Havbruksteknologi AS\n\n")
    assert partners == []


def test_partners_said_to_join_still_count() -> None:
    _, partners = read("Vi går sammen med Øksnes kommune og Sortland kommune i prosjektet.", head="**Søker:** Vesterålen Havbruksteknologi AS\n\n")
    assert partners == ["Øksnes kommune", "Sortland kommune"]


@pytest.mark.parametrize(
    "body",
    [
        "Akershus har mange pendlere, og eier sammen med Oslo kommune Ruter. Vi har tilgang til billettdata.",
        "Fylkeskommunen eig saman med Oslo kommune selskapet Ruter.",
        "Akershus co-owns Ruter together with Oslo kommune.",
    ],
)
def test_co_owning_a_company_is_no_partnership(body: str) -> None:
    _, partners = read(body, head="**Søker:** Akershus fylkeskommune\n\n")
    assert partners == []


def test_owning_the_project_together_is_taking_part() -> None:
    _, partners = read("Vi eier prosjektet sammen med Oslo kommune.", head="**Søker:** Akershus fylkeskommune\n\n")
    assert partners == ["Oslo kommune"]


@pytest.mark.parametrize(
    ("text", "applicant"),
    [
        ("Kyrkjeleg fellesråd i Kinn\n\nFellesrådet søkjer saman med Kinn kommune og Statsforvaltaren i Vestland.", "Kyrkjeleg fellesråd i Kinn"),
        ("Søkjar er ikkje Ruter AS, men Oslo Havn KF. Vi vil utvikle ei løysing.", "Oslo Havn KF"),
        ("The applicant is not Ruter AS but Oslo Havn KF.", "Oslo Havn KF"),
        # Near misses: the body named first, before its cue, applies.
        ("Bodø kommune søker sammen med Saltdal kommune.", "Bodø kommune"),
        ("Oslo Havn KF søker, ikke Ruter AS.", "Oslo Havn KF"),
    ],
)
def test_the_body_applied_with_or_denied_is_not_the_applicant(text: str, applicant: str) -> None:
    sketch = parse_sketch(f"{text}\n\n## Behov\n\nVi manglar data (eigne tal 2024).\n")
    assert sketch.applicant is not None and sketch.applicant.name == applicant


@pytest.mark.parametrize(
    "body",
    [
        "Arendal og Grimstad kommuner har sagt at de er interessert i å være med.",
        "Arendal og Grimstad kommunar er interesserte i å vere med.",
        "Arendal and Grimstad municipalities are interested in joining.",
    ],
)
def test_municipalities_only_interested_in_joining_are_no_partners(body: str) -> None:
    _, partners = read(body, head="**Søker:** Foreningen Aktive Seniorer Agder\n\n")
    assert partners == []
