"""Bodies the text only wishes for, will offer the result to, will keep informed, will fetch
letters from later, or will work with only on spreading the result after the project, are not
partners: «Vi ønsker å få med Malvik kommune», «Letters of intent … will be obtained», «vil få
tilbud om å ta i bruk løsningen», «vil bli holdt orientert», «får tilbod om å følgje arbeidet».
Each in bokmål, nynorsk and English, with the near misses that must still count."""

from __future__ import annotations

import pytest

from .test_verdicts_partner_commitment import parties


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Trondheim kommune", "Vi ønsker å få med Malvik kommune og Melhus kommune på sikt."),
        ("**Applicant:** Bergen Municipality", "We would like to involve Askøy Municipality and Øygarden Municipality at a later stage."),
        ("**Søker:** Trondheim kommune", "Vi tar sikte på å knytte til oss Malvik kommune og Melhus kommune når prosjektet er i gang."),
        ("**Applicant:** Bergen Municipality", "Letters of intent from Askøy Municipality and Øygarden Municipality will be obtained before the main application."),
        ("**Søkjar:** Voss herad", "Intensjonsbrev frå Vaksdal kommune og Ulvik herad skal hentast inn før hovudsøknaden."),
        ("**Søker:** Trondheim kommune", "Trondheim kommune står som eneste søker. Andre kommuner i regionen, som Malvik kommune og Melhus kommune, vil få tilbud om å ta i bruk løsningen etterpå."),
        ("**Søker:** Trondheim kommune", "Prosjektet gjennomføres av Trondheim kommune. Malvik kommune og Melhus kommune vil bli holdt orientert underveis."),
        ("**Søkjar:** Voss herad", "Prosjektet blir gjennomført av Voss herad åleine. Vaksdal kommune og Vestland fylkeskommune får tilbod om å følgje arbeidet i ei referansegruppe."),
        ("**Applicant:** Bergen Municipality", "Askøy Municipality and Øygarden Municipality will be kept informed and offered the solution afterwards."),
        ("**Søker:** Trondheim kommune", "Kommunen vil samarbeide med KS og Statsforvalteren i Trøndelag om spredning av resultatene etter prosjektet."),
        ("**Applicant:** Bergen Municipality", "After the project, we will cooperate with Askøy Municipality and Øygarden Municipality on spreading the solution."),
    ],
)
def test_bodies_only_wished_for_offered_or_kept_informed_are_not_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) <= 1, (part, names)
    assert status == "warn"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Trondheim kommune", "Malvik kommune og Melhus kommune deltar i prosjektgruppen. Statsforvalteren vil bli holdt orientert."),
        ("**Søkjar:** Voss herad", "Vaksdal kommune og Ulvik herad er partnarar og testar løysinga. Vestland fylkeskommune skal følgje arbeidet."),
        ("**Applicant:** Bergen Municipality", "Askøy Municipality and Øygarden Municipality are partners; Askøy Municipality will lead the work on dissemination of results to other municipalities in the region."),
        ("**Søker:** Trondheim kommune", "Malvik kommune og Melhus kommune er partnere og tester løsningen. Malvik kommune har ansvar for spredning av resultatene til andre kommuner."),
    ],
)
def test_partners_beside_a_body_only_kept_informed_still_count(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) >= 3, (part, names)
    assert status == "pass"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Havlys Analyse AS", "Vestland fylkeskommune og kommunene Kinn, Solund og Hyllestad stiller med saksbehandlere i testingen."),
        ("**Søkjar:** VA-Partnar AS", "Vi søkjer på vegner av kommunane Nome, Drangedal og Kviteseid, som alle deltek med driftsoperatørar."),
        ("**Applicant:** Havlys Analysis AS", "The municipalities of Kinn, Solund and Hyllestad take part with planners and test sites."),
    ],
)
def test_places_listed_after_the_plural_word_are_each_a_partner(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) >= 3, (part, names)
    assert status == "pass"



@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Stiftelsen Gode Hjem Vestfold\n**Utprøvingskommuner:** Tønsberg kommune og Færder kommune",
        "**Søkjar:** Stiftinga Gode Heimar\n**Utprøvingskommunar:** Tønsberg kommune og Færder kommune",
        "**Applicant:** Good Homes Foundation\n**Test municipalities:** Tønsberg Municipality and Færder Municipality",
    ],
)
def test_test_municipalities_in_a_field_are_partners(head: str) -> None:
    names, status = parties(head)
    assert len(names) == 2, (head, names)
    assert status == "pass"
