"""Partners listed under a key of their own, as evaluators read them: «**Samarbeidspartnere:**»
with the colon inside the bold and a numbered list below, a key in two languages over a table,
«Cooperating bodies:» and «Pilotkommuner:». Near misses: a key over a list of roles or private
firms, a table of figures with no key over it."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def parties(head: str) -> tuple[list[str], str]:
    sketch = parse_sketch("# Skisse\n\n" + head + BODY)
    report = check_sketch(sketch)
    status = next(c for c in report.criteria if c.id == "public-collaboration").status.value
    return [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    "head",
    [
        # Colon inside the bold, a numbered list below.
        "**Søker:** NAV Innlandet\n\n**Samarbeidspartnere:**\n1. Gjøvik kommune – vertskommune\n2. Innlandet fylkeskommune – OT",
        "**Søkjar:** NAV Vestland\n\n**Samarbeidspartnarar:**\n\n1. Voss herad – sosialtenesta\n2. Vestland fylkeskommune – skulen",
        "**Applicant:** NAV Troms og Finnmark\n\n**Partners:**\n- Tromsø Municipality – host\n- Troms fylkeskommune – schools",
        # A key in two languages over a table whose first cell names the body.
        "**Søkjar / Applicant:** Fiskeridirektoratet\n**Partnarar / Partners:**\n\n| Partnar | Type |\n|---|---|\n| Kystverket | statleg etat |\n| Vestvågøy kommune | kommune |",
        "**Søker:** Statens vegvesen\n**Partnere / Partners:**\n| Partner | Rolle |\n|---|---|\n| Bodø kommune | testarena |",
        # «Cooperating bodies:» in English.
        "**Applicant:** Funksjonshemmedes transportforum\n\n**Cooperating bodies:**\n- Vestfold County Authority – the TT service\n- Tønsberg Municipality and Holmestrand Municipality",
        "**Applicant:** Kystverket\n**Co-operating bodies:** Flora kommune and Vestland fylkeskommune",
        # Municipalities named as pilots of a firm's project.
        "**Søker:** Fjellheim Omsorgsteknologi AS\n**Pilotkommuner:** Tynset kommune og Alvdal kommune",
        "**Søkjar:** Vestlandsteknikk AS\n**Pilotkommunar:** Stryn kommune og Stad kommune",
        "**Applicant:** Nordlys Care AS\n**Pilot municipalities:** Harstad kommune and Narvik kommune",
    ],
)
def test_bodies_listed_under_a_partners_key_take_part(head: str) -> None:
    names, status = parties(head)
    assert len(names) >= 2, (head, names)
    assert status == "pass", head


@pytest.mark.parametrize(
    "head",
    [
        # The list under the key names roles or firms, not public bodies.
        "**Søker:** Gjøvik kommune\n\n**Samarbeidspartnere:**\n1. Leverandører av sensorer\n2. Brukerorganisasjoner",
        "**Søkjar:** Voss herad\n**Partnarar / Partners:**\n\n| Partnar | Rolle |\n|---|---|\n| Vossakraft AS | testdata |",
        "**Applicant:** Nordlys Care AS\n**Pilot municipalities:** to be chosen after the dialogue",
        # A table of figures with no partners key over it names sources, not partners.
        "**Søker:** Bodø kommune\n\n| Tal | Kjelde |\n|---|---|\n| 30 % | Statens vegvesen |",
    ],
)
def test_no_second_public_body_under_the_key_stays_a_warning(head: str) -> None:
    names, status = parties(head)
    assert len(names) <= 1, (head, names)
    assert status == "warn", head


@pytest.mark.parametrize(
    "head",
    [
        "**Søkjar:** Kriminalomsorgsdirektoratet, Kriminalomsorga region vest (Bergen)\n**Samarbeidspartnarar:** Vi søkjer åleine.",
        "**Søker:** Kriminalomsorgsdirektoratet, Kriminalomsorgen region sør\n**Partnere:** Ingen – vi søker alene med egne ansatte.",
        "**Applicant:** Statens vegvesen, Statens vegvesen Drift og vedlikehold\n**Partners:** None; we apply alone.",
    ],
)
def test_a_second_name_in_the_applicants_field_is_its_own_unit_when_the_partners_field_says_alone(head: str) -> None:
    names, status = parties(head)
    assert len(names) == 1, (head, names)
    assert status == "warn", head


@pytest.mark.parametrize(
    "head",
    [
        # No word of applying alone: the second body in the field applies with the first.
        "**Søker:** Bergen kommune og Askøy kommune\n**Partnere:** Helse Bergen HF",
        "**Søkjar:** Statens vegvesen, Vestland fylkeskommune",
    ],
)
def test_without_a_word_of_applying_alone_the_applicants_field_still_names_two(head: str) -> None:
    names, status = parties(head)
    assert len(names) >= 2, (head, names)
    assert status == "pass", head


@pytest.mark.parametrize(
    "head",
    [
        "Bydel Gamle Oslo og Bydel Grorud ønsker, sammen med NAV Oslo, å søke om et innovasjonspartnerskap.",
        "**Søkjar:** Bydel Alna\n**Partnarar:** Bydel Stovner og Bufetat, region øst",
        "**Applicant:** Bydel St. Hanshaugen, Oslo\n**Partners:** NAV Oslo",
        "**Søker:** Fana bydel\n**Partnere:** Statsforvalteren i Vestland",
    ],
)
def test_a_city_district_with_a_state_body_is_two_public_bodies(head: str) -> None:
    names, status = parties(head)
    assert len(names) >= 2, (head, names)
    assert status == "pass", head


@pytest.mark.parametrize(
    "head",
    [
        # Districts of one city are units of one municipality.
        "**Søker:** Bydel Alna\n**Partnere:** Bydel Grorud og Bydel Stovner",
        "**Søkjar:** Oslo kommune, Bydel Søndre Nordstrand\n**Partnarar:** Bydel Alna",
        "**Applicant:** Bydel Frogner\n**Partners:** Bydel Ullern",
    ],
)
def test_districts_of_one_city_alone_are_one_municipality(head: str) -> None:
    names, status = parties(head)
    assert len(names) == 1, (head, names)
    assert status == "warn", head


@pytest.mark.parametrize(
    "head",
    [
        "Partnerskapet består av Bydel Søndre Nordstrand (søker), Bydel Alna og Bydel Grorud, sammen med\nBarne- og familieetaten i Oslo kommune og Bufetat, region øst.",
        "Prosjektet blir gjennomført saman med\nStatsforvaltaren i Vestland og Bergen kommune.",
        "Askøy kommune applies together with\nHelse Bergen HF, which runs the emergency ward.",
    ],
)
def test_a_hard_wrapped_sentence_names_the_partners_on_its_next_line(head: str) -> None:
    names, status = parties(head)
    assert len(names) >= 2, (head, names)
    assert status == "pass", head


@pytest.mark.parametrize(
    "head",
    [
        # A blank line ends the sentence: the body below is only a source.
        "**Søker:** Bodø kommune\n\nVi ønsker å samarbeide med\n\nStatens vegvesen har tall for trafikken på strekningen.",
        # A «Key:» line under it is a field of its own, not the sentence run on.
        "**Søker:** Bodø kommune\n\nVi vil utvide samarbeidet senere\nKilde: Statens vegvesen, trafikktall 2023",
        "**Søkjar:** Bodø kommune\n\nSamarbeidet skal utvides\n- Statens vegvesen har data om trafikken",
    ],
)
def test_a_sentence_does_not_run_past_a_blank_line_a_field_or_a_list(head: str) -> None:
    names, status = parties(head)
    assert len(names) == 1, (head, names)
    assert status == "warn", head
