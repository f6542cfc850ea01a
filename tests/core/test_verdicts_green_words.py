"""The greener-and-smarter aim read from the words' sense: a green word in another sense (an expert
community, a workplace, a body's or a report's name) states no aim, green words met only where the
sketch describes the problem or its partners state none either, and an aim said in a compound
(«overløpsutslepp») or as «meir grønt» still states one."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

NEED = {
    "nb": (
        "Kommunen bruker over 200 millioner kroner i året på hjemmetjenester, og kostnadene øker hvert år. "
        "Ventetiden for en vurdering er i snitt 41 dager, og 320 søknader lå ubehandlet ved nyttår. "
        "Saksbehandlerne bruker mye tid på å lete etter opplysninger i fire fagsystemer. "
    ),
    "nn": (
        "Kommunen brukar over 200 millionar kroner i året på heimetenester, og kostnadene aukar kvart år. "
        "Ventetida for ei vurdering er i snitt 41 dagar, og 320 søknader låg ubehandla ved nyttår. "
        "Sakshandsamarane brukar mykje tid på å leite etter opplysningar i fire fagsystem. "
    ),
    "en": (
        "The municipality spends over NOK 200 million a year on home care, and the cost grows every year. "
        "The wait for an assessment is 41 days on average, and 320 applications were waiting at new year. "
        "Caseworkers spend much time looking for information in four systems. "
    ),
}
HEADINGS = {
    "nb": ("Behov", "Hva vi vil oppnå", "Hvorfor oss", "Dialog med næringslivet"),
    "nn": ("Behov", "Kva vi vil oppnå", "Kvifor oss", "Dialog med næringslivet"),
    "en": ("The need", "What we want to achieve", "Why us", "Dialogue with business"),
}
AIM = {
    "nb": "Vi vil at flere får svar innen to uker, og at søkerne slipper å sende de samme papirene flere ganger.",
    "nn": "Vi vil at fleire får svar innan to veker, og at søkjarane slepp å sende dei same papira fleire gonger.",
    "en": "We want more applicants to get an answer within two weeks, without sending the same papers twice.",
}
WHY = {
    "nb": "Vi har 14 000 brukere og tre års erfaring med felles inntak på tvers av kommunene.",
    "nn": "Vi har 14 000 brukarar og tre års røynsle med felles inntak på tvers av kommunane.",
    "en": "We have 14 000 users and three years of experience with shared intake across the municipalities.",
}
DIALOGUE = {
    "nb": "Vi vil invitere leverandører til en dialogkonferanse og deretter inngå et innovasjonspartnerskap.",
    "nn": "Vi vil invitere leverandørar til ein dialogkonferanse og deretter inngå eit innovasjonspartnarskap.",
    "en": "We will invite suppliers to a dialogue conference and then enter an innovation partnership.",
}


def sketch(lang: str, *, need: str = "", aim: str = "", why: str = "", dialogue: str = "") -> str:
    h_need, h_aim, h_why, h_dialogue = HEADINGS[lang]
    body = NEED[lang] * 5
    return (
        f"# Raskere svar\n\n**Søker:** Trondheim kommune\n\n## {h_need}\n\n{body}{need}\n\n"
        f"## {h_aim}\n\n{AIM[lang]} {aim}\n\n## {h_why}\n\n{WHY[lang]} {why}\n\n"
        f"## {h_dialogue}\n\n{DIALOGUE[lang]} {dialogue}\n"
    )


def green_smart(text: str):
    return one_result(text, "green-smart")


@pytest.mark.parametrize(
    ("lang", "part", "words"),
    [
        ("en", "why", "Nordre Follo has built a strong professional environment in its home care administration."),
        ("en", "why", "The university hospital brings a strong clinical research environment and data on admissions."),
        ("en", "need", "The working environment suffers, and sick leave is well above the average."),
        ("nb", "why", "Kommunen har et sterkt miljø for tjenesteinnovasjon og et eget IT-miljø som drifter fagsystemene."),
        ("nn", "why", "Voss herad har eit sterkt landbruksfagleg miljø og har leia arbeidet sidan 2014."),
        ("nn", "dialogue", "Vestlandet har sterke miljø innan anlegg, rådgjeving og sensorikk."),
        ("nb", "why", "Fylkesdirektør for miljø og klima i Trøndelag har sluttet seg til søknaden."),
        ("nb", "why", "Byrådsavdeling for miljø og samferdsel har godkjent at kommunen søker."),
        ("en", "dialogue", "We will reach companies through the Norwegian Smart Care Cluster and the cluster Greater Bergen Energy."),
        ("nn", "why", "Noregs vassdrags- og energidirektorat (NVE) er med i referansegruppa."),
        ("nb", "need", "Klimaprofil Trøndelag fra Norsk klimaservicesenter viser at vintrene blir mildere."),
        ("en", "why", "Our partner has the strongest academic environment in the country on the Sámi language."),
        ("nb", "dialogue", "Vi har allerede fått grønt lys fra kommunedirektøren til å starte dialogen."),
    ],
)
def test_a_green_word_in_another_sense_states_no_aim(lang: str, part: str, words: str) -> None:
    verdict = green_smart(sketch(lang, **{part: words}))
    assert verdict.status.value != "pass", words


@pytest.mark.parametrize(
    ("lang", "need"),
    [
        ("nb", "Enheten har ansvar for landbruk, miljø og beredskap. Sletting og gjenbruk av graver er tungvint og tar tid."),
        ("nn", "Eininga har ansvar for landbruk, miljø og beredskap. Sletting og gjenbruk av graver er tungvint og tek tid."),
        ("en", "The unit is responsible for farming, environment and emergency planning. Reuse of graves is slow and takes weeks."),
    ],
)
def test_green_words_only_in_the_problem_as_it_is_today_state_no_aim(lang: str, need: str) -> None:
    verdict = green_smart(sketch(lang, need=need))
    assert verdict.status.value == "warn", need


@pytest.mark.parametrize(
    ("lang", "part", "words"),
    [
        ("nn", "aim", "Målet er å redusere overløpsutslepp frå fellessystemet med 50 prosent og gje byen meir grønt."),
        ("nb", "aim", "Vi vil halvere klimagassutslippene fra bilene i tjenesten."),
        ("nb", "aim", "Prosjektet skal bidra til et bedre miljø og mindre belastning på miljøet i fjorden."),
        ("en", "aim", "The project will do less harm to the marine environment and cut emissions from the fleet."),
        ("en", "aim", "The aim is a smarter service that uses staff time better."),
        ("nb", "why", "Fylkesdirektør for miljø og klima har godkjent søknaden, og målet er lavere utslipp fra tjenestebilene."),
        ("nn", "need", "Bilane køyrer 400 000 km i året, og vi vil kutte utsleppa med ein tredel."),
    ],
)
def test_an_aim_stated_in_any_of_these_words_passes(lang: str, part: str, words: str) -> None:
    verdict = green_smart(sketch(lang, **{part: words}))
    assert verdict.status.value == "pass", words


@pytest.mark.parametrize(
    ("lang", "slogan"),
    [
        ("nb", "Prosjektet skal gi en grønnere og smartere kulturskole for fremtiden."),
        ("nn", "Prosjektet skal bidra til eit grønare og smartare samfunn, i tråd med FNs berekraftsmål."),
        ("en", "This project contributes to a greener and smarter Vestfold, in line with the UN Sustainable Development Goals."),
        ("en", "We want facilities that are more flexible, more sustainable and better suited to the residents."),
        ("nb", "Kommunen skal bli mer effektiv og bærekraftig i årene som kommer."),
    ],
)
def test_an_aim_said_only_in_the_calls_own_words_is_a_slogan(lang: str, slogan: str) -> None:
    verdict = green_smart(sketch(lang, aim=f"\n\n{slogan}"))
    assert verdict.status.value == "warn", slogan
    assert any("slagord" in f.message or "slogan" in f.message for f in verdict.findings), slogan


@pytest.mark.parametrize(
    ("lang", "explained"),
    [
        ("nb", "Målet er et smartere skattesystem der etterlevelsen skjer automatisk."),
        ("nb", "Målet er en smartere helsetjeneste som bruker mindre helsesykepleiertid per barn."),
        ("nn", "Eit smartare samfunn er for oss eit samfunn der tenestene deler kunnskap og handlar i tide."),
        ("en", "The aim is a greener home care service with fewer car trips between villages."),
        ("en", "The result should be a smarter education that gets more students through to a degree."),
    ],
)
def test_a_slogan_word_explained_in_its_sentence_or_paragraph_states_an_aim(lang: str, explained: str) -> None:
    verdict = green_smart(sketch(lang, aim=f"\n\n{explained}"))
    assert verdict.status.value == "pass", explained


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", "Målet er å redusere strømforbruket til gatelysene med 60 prosent og redusere lysforurensning i naturområdene."),
        ("nn", "Vi vil halvere straumforbruket i symjehallane og få mindre lysforureining over fjorden."),
        ("en", "We aim to cut electricity use for road lighting by 60 percent and reduce light pollution near the nature reserve."),
        ("nb", "Prosjektet skal gi lavere strøm- og vedlikeholdskostnader, og mindre strøm brukt på tomme bygg."),
    ],
)
def test_less_electricity_or_light_pollution_is_a_green_aim(lang: str, words: str) -> None:
    verdict = green_smart(sketch(lang, aim=words))
    assert verdict.status.value == "pass", words


@pytest.mark.parametrize(
    ("lang", "need"),
    [
        # Near-misses: electricity as a cost of the problem today is no aim.
        ("nb", "Strøm til vegbelysningen kostet 11,2 millioner kroner i 2023, mot 4,9 millioner i 2020."),
        ("en", "Electricity for the street lights cost NOK 11.2 million in 2023."),
    ],
)
def test_electricity_as_todays_cost_states_no_aim(lang: str, need: str) -> None:
    verdict = green_smart(sketch(lang, need=need))
    assert verdict.status.value != "pass", need
