"""A smarter aim said in the writer's own words, and a smart word said only as a hope.

Driving or travelling less said verb first («at vi samtidig kjører mindre», «dei tilsette køyrer
mindre», «staff travel less») is the aim of less transport; staff time or resources put where
they count («customs officers spend their time where it matters», «bruke ressursene der de trengs
mest») is a smarter service. Automating casework («automatisere deler av saksbehandlingen») points
at a smarter service without saying it: not a confident fail, a warning. A smart word standing
only where the sketch says it also believes there are possibilities («Vi tror det også finnes
muligheter for smarte løsninger») is said in passing; the same belief as the sketch's main
thrust («Vi tror det finnes mange muligheter for å jobbe smartere») keeps the aim."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse

**Søker:** Lister regionråd, ved Flekkefjord kommune
**Partnere:** Farsund kommune, Lyngdal kommune

## Bakgrunn

Mange hjemmeboende med demens får ikke dagtilbud. Reisen til dagsenteret tar over en time hver
vei, og 116 av 212 kjente brukere står uten tilbud. Ventetiden er fra tre til elleve måneder.
Kvinesdal har måttet stenge ett tilbud i perioder fordi det ikke kom nok deltakere, og mange
takker nei fordi turen er for slitsom. Dagaktivitet utsetter behovet for sykehjemsplass og
avlaster pårørende. Antallet personer med demens i regionen ventes å øke med om lag 60 prosent
til 2040, og kommunene har plikt til å tilby dagaktivitet til alle som trenger det.

## Dialog med næringslivet

Vi planlegger en dialogkonferanse i Lyngdal høsten 2027 og en rekke enkeltmøter med landbruket,
transportselskaper, teknologileverandører og reiselivsbedrifter som har lokaler og kompetanse på
opplevelser. Leverandørene skal få presentere ideer før vi beskriver behovet i en konkurranse.

## Hvorfor oss

Kommunene har samarbeidet om helse gjennom et felles forum i over ti år og har en felles
demenskoordinator. Kartleggingen fra 2025 gir oss et godt grunnlag å måle mot, og universitetet
i regionen har sagt ja til å følge prosjektet med forskning. Helseforetaket er med i
referansegruppen, og ordførerne og kommunedirektørene har vedtatt å stille seg bak skissen.

## {heading}

{aim}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""


def verdict(aim: str, heading: str = "Hva vil vi?") -> tuple[str, str]:
    c = one_result(SKETCH.format(aim=aim, heading=heading), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er at flere skal få et tilbud nær der de bor, og at vi samtidig kjører mindre.",
        "Målet er at fleire får eit tilbod nær der dei bur, og at dei tilsette køyrer mindre.",
        "Our aim is that more people get an offer close to home and that staff travel less.",
        "We want new ways of selecting cases, so that officers spend their time where it matters.",
        "Vi vil finne nye måter å organisere tilbudet på, slik at vi kan bruke ressursene der de trengs mest.",
        "Me vil finne nye måtar å organisere tilbodet på, slik at me kan bruke tida der den trengst mest.",
    ],
)
def test_less_driving_or_time_put_where_it_counts_is_the_aim(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "pass", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Vi ønsker å kjøre mindre busser enn i dag og finne nye tilbud.",
        "Vi vil finne nye modeller for dagaktivitet som passer for en region med lange avstander.",
    ],
)
def test_smaller_vehicles_or_no_aim_at_all_is_no_aim_of_less_driving(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "fail", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "En ny løsning vil gjøre det mulig å:\n\n- se alle tilbud samlet\n- automatisere deler av saksbehandlingen",
        "Ei ny løysing vil gjere det mogleg å automatisere delar av sakshandsaminga.",
        "A new solution would let us automate parts of the case handling.",
    ],
)
def test_automated_casework_warns_rather_than_fails(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "warn", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Vi vil utvikle en ny modell sammen med skolene. Vi tror det også finnes muligheter for smarte løsninger for utlån av utstyr.",
        "Me vil utvikle ein ny modell saman med skulane. Me trur det òg finst moglegheiter for smarte løysingar for utlån av utstyr.",
        "We will develop a new model with the schools. We believe there are also opportunities for smart solutions for lending equipment.",
    ],
)
def test_a_smart_word_only_hoped_for_as_well_is_said_in_passing(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "warn", (aim, message)
    assert "forbifarten" in message, message


@pytest.mark.parametrize(
    "aim",
    [
        "Vi tror det finnes mange muligheter for å jobbe smartere og bruke ressursene bedre i hjemmetjenesten.",
        "We believe there are many opportunities to work smarter and make better use of resources in home care.",
    ],
)
def test_the_belief_as_the_main_thrust_keeps_the_aim(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "pass", (aim, message)
