"""How the checker finds the sources and figures behind a need as applicants write them: a body
named on the partners line and again as the source of a figure, a source in brackets after the
figure, the applicant's own log or survey, a footnote, a table's source line, an amount written
after its currency; and when long sentences make a text heavy. Each reading in bokmål, nynorsk
and English, next to its near-miss."""

from __future__ import annotations

import pytest

from .one_criterion import one_result


def data_backing(text: str):
    return one_result(text, "data-backing")


def sketch(need: str, partners: str = "Stord kommune") -> str:
    return f"# Skisse\n\n**Søker:** Vestland fylkeskommune\n**Partnere:** {partners}\n\n## Behov\n\n{need}\n"


# ---------------------------------------------------------------- a partner who is also the source


@pytest.mark.parametrize(
    "need",
    [
        "Statens vegvesen si kartlegging av etterslepet (rapport 2022) anslo at etterslepet på fylkesvegane ligg på 85 milliardar kroner. Vi har 5 200 km fylkesveg og brukar 600 mill. kr i året på drift.",
        "Statens vegvesen sin rapport fra 2022 anslår etterslepet på fylkesveiene til 85 milliarder kroner. Vi har 5 200 km fylkesvei og bruker 600 mill. kr i året på drift.",
        "A 2022 survey by Statens vegvesen put the maintenance backlog on county roads at 85 billion kroner. We have 5 200 km of county road and spend 600 mill. kr a year on upkeep.",
    ],
)
def test_a_partner_named_first_on_the_partners_line_is_still_a_source_where_it_backs_a_figure(need: str) -> None:
    assert data_backing(sketch(need, partners="Statens vegvesen, Kartverket")).status.value == "pass"


def test_a_partner_named_only_on_the_partners_line_is_no_source() -> None:
    need = "Etterslepet på fylkesvegane ligg på 85 milliardar kroner. Vi har 5 200 km fylkesveg og brukar 600 mill. kr i året på drift."
    assert data_backing(sketch(need, partners="Statens vegvesen, Kartverket")).status.value == "warn"


# ---------------------------------------------------------------- a source in brackets, the applicant's own records


@pytest.mark.parametrize(
    "need",
    [
        "Pasientreiser kosta 126 mill. kroner i 2024, ein auke på 34 prosent sidan 2019 (Helse Fonna, årleg melding 2024). Drosjereiser står for 70 prosent av kostnaden.",
        "The counter registered 98 000 walkers in 2023, 70 per cent of them in summer (trail counter data, Moskenes Municipality). We received 31 complaints.",
        "In the autumn of 2025 there were 57 double bookings and 112 unused bookings (NTNU Faculty of Medicine, internal report on teaching facilities, January 2026).",
        "Sykehuset kasserer legemidler for 40 mill. kroner i året, og sykepleierne bruker 72 minutter per vakt på legemidler (OUS, sluttrapport 2023).",
    ],
)
def test_a_source_in_brackets_after_the_figures_backs_them(need: str) -> None:
    assert data_backing(sketch(need)).status.value == "pass"


def test_brackets_that_name_no_source_do_not() -> None:
    need = "Drosjereisene kosta 126 mill. kroner i 2024, ein auke på 34 prosent (sjå nedanfor). Drosjereiser står for 70 prosent av kostnaden."
    assert data_backing(sketch(need)).status.value == "warn"


@pytest.mark.parametrize(
    "need",
    [
        "The faculty's own log registered 57 double bookings and 112 bookings that were not used, and the technician spends 4 hours a week sorting things out.",
        "Vår egen spørreundersøkelse blant 400 brukere viste at 40 prosent ikke finner fram, og 120 saker i året må behandles på nytt.",
        "Eiga teljing ved kaia synte 146 hendingar der ladinga stoppa, og 31 av dei førte til at ferja gjekk på diesel i 2023.",
    ],
)
def test_the_applicants_own_log_or_survey_is_a_source(need: str) -> None:
    assert data_backing(sketch(need)).status.value == "pass"


def test_figures_with_no_word_of_where_they_come_from_have_no_source() -> None:
    need = "There were 57 double bookings and 112 bookings that were not used, and the technician spends 4 hours a week sorting things out."
    finding = [f.message for f in data_backing(sketch(need)).findings]
    assert data_backing(sketch(need)).status.value == "warn" and any("source" in m or "kilde" in m for m in finding)


# ---------------------------------------------------------------- a footnote, a table's source line


def test_a_footnote_on_a_figure_is_a_source() -> None:
    need = "Fylkeskommunen brukar 450 millionar kroner i året på ferjer[^1], og kostnadene har auka med 30 prosent sidan 2019.\n\n[^1]: Økonomiplan 2024–2027."
    assert data_backing(sketch(need)).status.value == "pass"


@pytest.mark.parametrize("label", ["Kilde: Helse Fonna og Pasientreiser HF", "Kjelde: eigne registreringar", "Source: county accounts"])
def test_a_tables_source_line_backs_the_table(label: str) -> None:
    table = "| År | Reiser | Kostnad |\n|---|---|---|\n| 2019 | 41 000 reiser | 94 mill. kr |\n| 2024 | 52 000 reiser | 126 mill. kr |\n"
    assert data_backing(sketch(f"Pasientreisene aukar kvart år.\n\n{table}\n{label}")).status.value == "pass"


# ---------------------------------------------------------------- figures as they are written


@pytest.mark.parametrize(
    "need",
    [
        "Tømming av tanken koster NOK 140 000 i året, ifølge kommunens regnskap, og køen er lang.",
        "I perioden 2015–2022 vart 9 000 dekar omdisponert til bebygd areal, ifølgje SSB sin arealstatistikk.",
        "The equipment is worth about NOK 6 million according to the faculty's accounts.",
    ],
)
def test_an_amount_after_its_currency_or_an_area_in_dekar_is_a_figure(need: str) -> None:
    assert data_backing(sketch(need)).status.value == "pass"


def test_a_need_with_no_figure_outside_the_budget_still_fails() -> None:
    text = sketch("Bompengane er ei stor belastning for innbyggjarane.") + "\n## Budsjett\n\n- Prosjektleiing: NOK 1 000 000\n- Utvikling: NOK 3 000 000\n"
    assert data_backing(text).status.value == "fail"


# ---------------------------------------------------------------- readability: some long sentences in a clear text


LONG_AND_MEDIUM = {
    "nb": (
        "Vi vet ikke hvem som trenger besøk på en gitt dag, så de ansatte må ringe hvert hjem og vente på svar, og det tar tid fra det arbeidet de skal gjøre hver dag i uka.",
        "Køen vokser hver uke, og flere venter hjemme på hjelp fra kommunen.",
    ),
    "nn": (
        "Vi veit ikkje kven som treng besøk på ein gitt dag, så dei tilsette må ringje kvar heim og vente på svar, og det tek tid frå det arbeidet dei skal gjere kvar dag i veka.",
        "Køen veks kvar veke, og fleire ventar heime på hjelp frå kommunen.",
    ),
    "en": (
        "We do not know who needs a visit on a given day, so staff call each home and wait for a reply, and that takes time from the work that they are paid to do.",
        "The queue grows each week and more people wait at home for help.",
    ),
}


def readability(long: str, medium: str, n_long: int, n_medium: int) -> str:
    body = " ".join([long] * n_long + [medium] * n_medium)
    return one_result(f"# Skisse\n\n**Søker:** Bodø kommune\n\n## Behov\n\n{body}\n", "readability").status.value


@pytest.mark.parametrize("lang", sorted(LONG_AND_MEDIUM))
def test_seven_long_sentences_among_medium_ones_read_clearly(lang: str) -> None:
    # About 24 words a sentence on average: ordinary expository prose, not a heavy text.
    assert readability(*LONG_AND_MEDIUM[lang], n_long=7, n_medium=7) == "pass"


@pytest.mark.parametrize("lang", sorted(LONG_AND_MEDIUM))
def test_long_sentences_that_make_up_the_text_are_heavy(lang: str) -> None:
    # About 30 words a sentence on average: the long ones are the text.
    assert readability(*LONG_AND_MEDIUM[lang], n_long=7, n_medium=2) == "warn"


# ---------------------------------------------------------------- the applicant's own estimate

OWN_GUESS = [
    "Gjenvinningsstasjonene tar imot rundt 60 000 tonn avfall i året. Vi anslår at minst 15 prosent kunne vært brukt om igjen, og at det sparer 1 500 kroner per tonn.",
    "Stasjonane tek imot om lag 60 000 tonn avfall i året. Me har berekna at minst 15 prosent kunne vore brukt om att, og at det sparar 1 500 kroner per tonn.",
    "The stations take in some 60 000 tonnes of waste a year. We estimate that at least 15 per cent could be reused, saving 1 500 kroner per tonne.",
    "Det går med over 60 000 tonn salt i en normal vinter, og bruken har økt med 40 prosent. Vi har også beregnet at forbruket kan kuttes med 25 prosent.",
]


@pytest.mark.parametrize("need", OWN_GUESS)
def test_the_applicants_own_estimate_names_no_source(need: str) -> None:
    result = data_backing(sketch(need))
    assert result.status.value == "warn"
    assert any("kilde" in f.message.lower() for f in result.findings)


@pytest.mark.parametrize(
    "need",
    [
        "Gjenvinningsstasjonene tar imot rundt 60 000 tonn avfall i året. Miljødirektoratet anslår at minst 15 prosent kunne vært brukt om igjen, og at det sparer 1 500 kroner per tonn.",
        "Stasjonane tek imot om lag 60 000 tonn avfall i året. SSB har berekna at minst 15 prosent kunne vore brukt om att, og at det sparar 1 500 kroner per tonn.",
        "The stations take in some 60 000 tonnes of waste a year. The Norwegian Environment Agency estimates that at least 15 per cent could be reused, saving 1 500 kroner per tonne.",
    ],
)
def test_an_estimate_by_a_named_body_is_still_a_source(need: str) -> None:
    assert data_backing(sketch(need)).status.value == "pass"


# ---------------------------------------------------------------- a paragraph wrapped by hand

WRAPPED = [
    "Trondheim har over 10 000 parkeringsplasser i sentrum. Ifølge Miljøpakken (Miljøpakken\nTrondheim, trafikktellinger 2023) står letetrafikk for opptil 15 prosent av\nbiltrafikken, og inntektene er 120 mill. kr i året.",
    "Bergen har over 10 000 parkeringsplassar i sentrum. Ifølgje Bymiljøetaten (Bymiljøetaten\nBergen, trafikkteljingar 2023) står letetrafikk for opptil 15 prosent av biltrafikken, og\ninntektene er 120 mill. kr i året.",
    "Trondheim has over 10 000 parking spaces downtown. According to Miljøpakken (Miljøpakken\nTrondheim, traffic counts 2023), cruising for parking makes up 15 per cent of\ntraffic, and revenue is 120 mill. kr a year.",
]


@pytest.mark.parametrize("need", WRAPPED)
def test_a_source_whose_sentence_is_wrapped_over_lines_still_backs_its_figures(need: str) -> None:
    assert data_backing(sketch(need)).status.value == "pass"


def test_a_cue_on_a_list_line_of_its_own_without_a_figure_is_still_no_source() -> None:
    need = ("Trondheim har over 10 000 parkeringsplasser, 15 prosent letetrafikk og 120 mill. kr i inntekter.\n\n"
            "- Ifølge oss selv er dette et stort problem\n- Det haster")
    assert data_backing(sketch(need)).status.value == "warn"


# ---------------------------------------------------------------- a body named as a service, not a source


@pytest.mark.parametrize(
    "tail",
    [
        "Among those who drop out, a large share end up on benefits from NAV before the age of 25.",
        "Mange av dei som sluttar, får stønad frå NAV før dei fyller 25.",
        "Mange av dem som slutter, ender på ytelser fra NAV før de er 25.",
    ],
)
def test_a_body_named_where_a_number_counts_nothing_is_no_source(tail: str) -> None:
    need = f"Close to 20 per cent of pupils report symptoms of depression, and referrals grew by 50 per cent. {tail}"
    verdict = data_backing(sketch(need))
    assert verdict.status.value == "warn", tail
    assert not any("NAV" in f.message for f in verdict.findings), tail


@pytest.mark.parametrize(
    "tail",
    [
        "Among those who drop out, 40 per cent receive benefits from NAV before the age of 25 (NAV, 2023).",
        "Av dei som sluttar, får 40 prosent stønad frå NAV før dei fyller 25, ifølgje NAV.",
        "Tall fra NAV 2023 viser at mange ender på ytelser før de er 25.",
    ],
)
def test_a_body_cited_beside_its_figure_or_year_is_a_source(tail: str) -> None:
    need = f"Close to 20 per cent of pupils report symptoms of depression, and referrals grew by 50 per cent. {tail}"
    assert any("NAV" in f.message for f in data_backing(sketch(need)).findings), tail


@pytest.mark.parametrize(
    ("need", "sourced"),
    [
        ("About one in four girls report that they are often lonely; close to 20 per cent of pupils report symptoms of depression, and referrals grew by 50 per cent.", False),
        ("Many pupils report that they sleep badly: 20 per cent of them, and referrals grew by 50 per cent in ten years.", False),
        ("The Ungdata survey for 2023 reports that 24 per cent of the girls are often lonely, and referrals grew by 50 per cent.", True),
    ],
)
def test_people_reporting_about_themselves_name_no_source(need: str, sourced: bool) -> None:
    verdict = data_backing(sketch(need))
    assert (verdict.status.value == "pass") is sourced, need
