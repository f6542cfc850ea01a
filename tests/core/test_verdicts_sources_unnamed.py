"""Where figures come from, read as an evaluator reads it. No source is named by a cue followed by
what the writers have seen themselves («Ifølgje tal vi har sett»), by a register the solution is to
be connected to («Henge saman med eigedomsregisteret»), by a partner in a network «since 2022», or
by a placeholder left to be filled in («[sett inn kostnader siste 5 år]»); a size said only as its
order («fleire hundre timar») counts nothing. A bracket that says where the figures come from
(«(tall fra et avisoppslag i Folkebladet)») and the writers' own mapping («Vi har kartlagt at minst
180 husstander …») do name a source. Each in bokmål, nynorsk and English, beside near misses."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def data_backing(need: str, extra: str = "") -> str:
    text = f"# Skisse\n\n**Søker:** Nordland fylkeskommune\n\n## Behov\n\n{need}\n{extra}"
    return check_sketch(parse_sketch(text)).statuses()["data-backing"]


@pytest.mark.parametrize(
    "need",
    [
        "Ifølge tall vi har sett, får om lag 20 prosent av elevene på yrkesfag ikke læreplass, og hver av dem koster 14 millioner kroner. "
        "Fylkene bruker 9 milliarder kroner i året på videregående opplæring.",
        "Ifølgje tal vi har sett, får om lag 20 prosent av elevane på yrkesfag ikkje læreplass, og kvar av dei kostar 14 millionar kroner. "
        "Fylka brukar 9 milliardar kroner i året på vidaregåande opplæring.",
        "According to figures we have seen, some 20 percent of vocational pupils get no apprenticeship, and each costs NOK 14 million. "
        "The counties spend 9 billion kroner a year on upper secondary school.",
    ],
)
def test_a_cue_followed_by_what_the_writers_have_seen_names_no_source(need: str) -> None:
    assert data_backing(need) == "warn"


@pytest.mark.parametrize(
    "need",
    [
        "Ifølge tall vi har hentet fra SSB, får om lag 20 prosent av elevene på yrkesfag ikke læreplass.",
        "Ifølgje tal frå Utdanningsdirektoratet får om lag 20 prosent av elevane på yrkesfag ikkje læreplass.",
        "According to figures from Statistics Norway, some 20 percent of vocational pupils get no apprenticeship.",
    ],
)
def test_a_cue_that_names_where_the_figures_come_from_still_names_a_source(need: str) -> None:
    assert data_backing(need) == "pass"


COUNTS = {
    "nb": "Hallingdal har om lag 20 500 fastboende og over 17 000 fritidsboliger, og servicetorgene får mange spørsmål.",
    "nn": "Hallingdal har om lag 20 500 fastbuande og over 17 000 fritidsbustader, og servicetorga får mange spørsmål.",
    "en": "Hallingdal has some 20 500 permanent residents and over 17 000 holiday homes, and the service desks get many questions.",
}
WISH = {
    "nb": "- Svare på spørsmål døgnet rundt\n- Henge sammen med kartløsningen og eiendomsregisteret, slik at man kan spørre om egen tomt\n",
    "nn": "- Svare på spørsmål døgeret rundt\n- Henge saman med kartløysinga og eigedomsregisteret, slik at ein kan spørje om eigen tomt\n",
    "en": "- Answer questions day and night\n- Be connected to the map service and the property register, so people can ask about their own plot\n",
}
FROM_REGISTER = {
    "nb": "Tall fra eiendomsregisteret viser dette.",
    "nn": "Tal frå eigedomsregisteret syner dette.",
    "en": "Figures from the property register show this.",
}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_register_the_solution_is_to_be_connected_to_is_no_source(lang: str) -> None:
    assert data_backing(COUNTS[lang] + "\n\n" + WISH[lang]) != "pass"


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_counts_said_to_come_from_the_register_are_backed(lang: str) -> None:
    assert data_backing(COUNTS[lang] + " " + FROM_REGISTER[lang]) == "pass"


@pytest.mark.parametrize(
    ("need", "expected"),
    [
        # A partner named with the year a cooperation began cites nothing…
        ("Om lag 20 prosent av elevene får ikke læreplass. Partnerne har samarbeidet i Udirs nettverk siden 2022.", "warn"),
        ("Om lag 20 prosent av elevane får ikkje læreplass. Partnarane har samarbeidd i Udir sitt nettverk sidan 2022.", "warn"),
        ("Some 20 percent of pupils get no apprenticeship. The partners have cooperated in the Udir network since 2022.", "warn"),
        # …data kept since a year still cite it.
        ("Om lag 20 prosent av elevene får ikke læreplass. Vi har fraværsdata fra hver uke siden 2015.", "pass"),
        ("Om lag 20 prosent av elevane får ikkje læreplass. Vi har fråværsdata frå kvar veke sidan 2015.", "pass"),
        ("Some 20 percent of pupils get no apprenticeship. We have attendance data from every week since 2015.", "pass"),
    ],
)
def test_a_partner_since_a_year_is_no_source(need: str, expected: str) -> None:
    assert data_backing(need) == expected


@pytest.mark.parametrize(
    "need",
    [
        "Vintrene er lange, og kostnadene øker fra år til år.\n\n[TALL FRA ØKONOMI – sett inn kostnader siste 5 år]",
        "Vintrane er lange, og kostnadene aukar frå år til år.\n\n[TAL FRÅ ØKONOMI – fyll inn kostnader siste 5 år]",
        "Winters are long, and costs rise every year.\n\n[FIGURES FROM FINANCE – insert costs for the last 5 years]",
    ],
)
def test_a_placeholder_left_to_fill_in_backs_nothing(need: str) -> None:
    assert data_backing(need) == "fail"


def test_a_bracket_that_holds_a_figure_and_its_source_still_backs() -> None:
    assert data_backing("Vintrene er lange [brøyting kostet 41 mill. kr i 2024, tall fra KOSTRA], og kostnadene øker med 8 prosent i året.") == "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Vi har kartlagt at minst 180 husstander har eldre over 75 år som bor alene med lang privat vei.",
        "Vi har kartlagt at minst 180 hushald har eldre over 75 år som bur åleine med lang privat veg.",
        "We have mapped that at least 180 households have people over 75 living alone with a long private road.",
    ],
)
def test_the_writers_own_mapping_names_a_source(need: str) -> None:
    assert data_backing(need) == "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Minst 180 husstander har eldre over 75 år som bor alene. Hjemmetjenesten meldte om mange «ikke framkommelig»-meldinger "
        "vinteren 2024/25 (tall fra et avisoppslag i Folkebladet).",
        "Minst 180 hushald har eldre over 75 år som bur åleine. Heimetenesta melde om mange «ikkje framkomeleg»-meldingar "
        "vinteren 2024/25 (tal frå eit avisoppslag i Firda).",
        "At least 180 households have people over 75 living alone. Home care reported many «no access» notes in winter 2024/25 "
        "(figures from a report in the local paper).",
    ],
)
def test_a_bracket_saying_where_the_figures_come_from_names_a_source(need: str) -> None:
    assert data_backing(need) == "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Vi har ikke kartlagt hvor mange det gjelder, men minst 180 husstander har eldre over 75 år som bor alene.",
        "Vi har ikkje kartlagt kor mange det gjeld, men minst 180 hushald har eldre over 75 år som bur åleine.",
        "We have not mapped how many it concerns, but at least 180 households have people over 75 living alone.",
    ],
)
def test_a_mapping_not_done_names_no_source(need: str) -> None:
    assert data_backing(need) == "warn"


@pytest.mark.parametrize(
    "need",
    [
        "Riksrevisjonens rapport om byggesak peker på lange køer. Vi har inntrykk av at flere hundre timer i måneden går med, og at 60 saksbehandlere er for få.",
        "Riksrevisjonen sin rapport om byggjesak peikar på lange køar. Vi har inntrykk av at fleire hundre timar i månaden går med, og at 60 sakshandsamarar er for få.",
        "According to the National Audit Office, permit queues are long. We feel that hundreds of hours a month go to this, and 60 case officers are too few.",
    ],
)
def test_a_size_said_only_as_its_order_is_no_count(need: str) -> None:
    assert data_backing(need) == "fail"
