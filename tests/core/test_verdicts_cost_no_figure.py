"""«Large public budget items» need a figure of the need. A cost only called large («dyrt»,
«store kostnader», «koster kommunene mye», «tusenvis av pasienter», «ein stor budsjettpost»),
with no amount of money, staff time, cost share or growth in per cent anywhere outside the
project's own budget, is called large, not shown large: the verdict warns, quoting it, even in a
heavy area (care, schools, roads, water). Near misses that must pass: the same words beside a
figure of the need anywhere in the sketch (kroner a year, årsverk, a growth in per cent, a range
«NOK 19–23 million»). The sketch's own small sizing answers cost words in any of its parts, and
a service's opening hours are no staff time."""

from __future__ import annotations

import pytest

from .cost_sketch import waiting_result



def result(need: str):
    return waiting_result(need)


def verdict(need: str) -> str:
    return result(need).status.value


CALLED_LARGE = [
    "Skoleskyssen koster fylkeskommunen og kommunene mye, og kostnadene har økt de siste årene.",
    "Reinnleggingar av eldre pasientar er dyre for sjukehuset og kommunane.",
    "Temporary housing, hospital stays and social assistance are expensive services for both the municipality and the state.",
    "Utgiftene til barnevern og sosialhjelp har økt mye etter reformen.",
    "Kommunale veger er en viktig del av infrastrukturen, og det er en stor kostnad for kommunene å holde dem i stand.",
    "Vassgebyra i kommunen er blant dei høgaste i fylket, fordi få abonnentar skal dele kostnadene med mange små anlegg.",
    "The costs of this land on the municipalities and the county:\n- road maintenance and winter operations on narrow roads\n- water supply and sewage sized for summer peaks",
    "Stengte bibliotek er dyrt for kommunen, og tilsvarende utfordringer rammer mange kommuner i landet.",
    "Hjemmetjenesten er en av de store offentlige budsjettpostene i kommunen.",
    "Skoleskyss er ein stor budsjettpost for fylkeskommunen.",
    "Home care is one of the large public budget items in every municipality.",
    "Livsstilssykdommer belaster helsebudsjettene både i kommunene og på sykehusene.",
    "Hjemmetjenesten koster kommunene mye, og beboerne merker det.",
    "Det meste av materialene går til deponi, og kommunene betaler avfallskostnader for det som kunne vært brukt igjen.",
    "Kommunane brukar store ressursar på barnevern og plasseringar utanfor heimen.",
    "Utgiftene til ressurskrevjande tenester tyngjer kommuneøkonomien meir for kvart år.",
    "Midlertidige boliger, sykehusinnleggelser og sosialhjelp er dyre tjenester for både kommunen og staten.",
    "Akutte innleggelser er ressurskrevende for både kommunen og sykehuset.",
    "Tusenvis av pasienter venter hvert år på behandling i spesialisthelsetjenesten.",
    "Tens of thousands of households depend on the service every winter.",
    "Kostnadene er ikke små: legevakten er dyr for både kommunen og staten.",
    "The home care service is expensive for the municipality, and the costs are not small.",
    "Hjemmetjenesten er dyr å drive, og driftsutgiftene øker hvert år.",
    "Vedlikeholdsetterslepet på kommunale veier vokser hvert år.",
    "The maintenance backlog on municipal roads grows every year.",
    "Vedlikehaldsetterslepet på skulebygga aukar kvart år.",
    "Patient transport in the county is expensive, and the costs grow every year.",
    # Staff time said per person sizes no total.
    "Sykepleierne i hjemmetjenesten bruker om lag to timer om dagen på dokumentasjon, og det er kostbart.",
    "Kvar sjukepleiar i heimetenesta brukar om lag ein time dagleg på å leite etter nøklar, og det kostar.",
    "Each nurse in home care spends about an hour a day on paperwork, which is costly for the municipalities.",
    # In the sketches' own rough words.
    "Å leggje nye sjøleidningar er svært dyrt, og det tek lang tid å planleggje.",
    "Det er krevende å få tak i entreprenører, og kostnadene øker fra år til år.",
    "Fall og bruddskader medfører store kostnader for både kommunen og spesialisthelsetjenesten.",
]


@pytest.mark.parametrize("need", CALLED_LARGE)
def test_a_cost_called_large_with_no_figure_warns(need: str) -> None:
    assert verdict(need) == "warn", need


def test_the_warning_says_no_figure_and_quotes_the_cost() -> None:
    r = result("Fall og bruddskader medfører store kostnader for både kommunen og spesialisthelsetjenesten.")
    said = " ".join(str(f.message) for f in r.findings)
    assert "«Fall og bruddskader medfører store kostnader" in said
    assert "tall" in said or "figure" in said


@pytest.mark.parametrize(
    "need",
    [
        # An amount a year, in another part or paragraph than the cost word.
        "Skoleskyssen koster fylkeskommunen og kommunene mye.\n\nI 2024 brukte fylkeskommunen 312 mill. kr på skoleskyss.",
        "Reinnleggingar er dyre for sjukehuset og kommunane. Helse Møre brukte om lag 95 millionar kroner på dei i 2024.",
        "Home care is expensive. The municipality spent NOK 486 million on it in 2025.",
        # Staff time in total.
        "Førstelinjen er kostbar for kommunene: til sammen om lag 35 årsverk går med til å svare på henvendelser.",
        "Answering enquiries is costly for the municipalities: roughly 35 full-time equivalents across the three of them.",
        # A cost's growth in per cent.
        "Legevakten er dyr for kommunene, og kostnadene har auka med 65 prosent sidan 2019.",
        "Patient transport in the county is expensive, and the costs have grown 31 % since 2019.",
        # A range of kroner, read at its upper end.
        "The municipalities pay a combined NOK 19–23 million a year in licences for legacy systems, and the costs are rising.",
    ],
)
def test_a_cost_with_a_figure_of_the_need_passes(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        # The project's own figures size nothing of the need.
        "Vinterdrift er dyrt for kommunene. Prosjektet vil koste om lag 4,5 mill. kr over tre år.",
        "Snow clearing is costly for the municipalities. The project applies for NOK 3 million.",
    ],
)
def test_the_projects_own_figures_size_no_need(need: str) -> None:
    assert verdict(need) == "warn", need


@pytest.mark.parametrize(
    "need",
    [
        # The sketch's own small sizing in one part answers a cost word in another.
        "Det gir unødige utslipp og unødige kostnader.\n\n- Total waste cost for the operating department: approx. NOK 0,8 million per year.",
        "- Reiser og båtleie for de ambulante teamene kostet 4,2 mill. kr i 2023.\n\nDårlig tannhelse gir lungebetennelse og sykehusinnleggelser, kostnader som havner hos kommunene og sykehuset.",
        "Samla brukte vi om lag 190 000 kroner på ekstratømmingar i 2025.\n\nOftare tømming er dyrt når bilen må køyre langt.",
    ],
)
def test_the_sketchs_own_small_sizing_answers_cost_words_anywhere(need: str) -> None:
    r = result(need)
    assert r.status.value == "warn", need
    assert any("0,8" in str(f.message) or "4,2" in str(f.message) or "190 000" in str(f.message) for f in r.findings)


def test_opening_hours_are_no_staff_time() -> None:
    # Opening hours do not size the cost small: with a large figure elsewhere, the need passes.
    need = "Helsestasjonen for ungdom er open to timar i veka. Psykiske plager hos unge kostar kommunane og staten om lag 2 milliardar kroner i året."
    assert verdict(need) == "pass"
