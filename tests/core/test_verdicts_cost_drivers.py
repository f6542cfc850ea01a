"""«Large public budget items» read from what drives the cost, not only from kroner: a need that
names, even in passing, a cost that weighs on public budgets (nursing-home places, overtime, sick
leave, agency staff, placements outside the municipality, readmissions, a compound cost such as
«avfallskostnader» or «vikarutgiftene») shows it; a product said to be too expensive for the
applicant, or a user's question of what a service costs, is no budget item. One body's small cost
counts as large when the text says the same hits many bodies. Near misses: the project's own
costs, and a price said only of one small purchase."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Et behov

**Søker:** Bodø kommune
**Partnere:** Saltdal kommune, Fauske kommune

## Behov

Tjenestene henger dårlig sammen, og innbyggerne venter lenge på hjelp. {need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektledelse | 1 500 000 |
| Utviklingsfase | 3 000 000 |
| Sum | 4 500 000 |
"""


def verdict(need: str) -> str:
    return one_result(SKETCH.format(need=need), "large-budget-items").status.value


@pytest.mark.parametrize(
    "need",
    [
        "Når hjemmetjenesten ikke strekker til, får flere eldre sykehjemsplass tidligere enn de trenger.",
        "Når heimetenesta ikkje strekk til, får fleire eldre sjukeheimsplass tidlegare enn dei treng.",
        "When home care falls short, more older people are given a nursing home place earlier than they need.",
        "Turnusen går ikke opp, og hullene dekkes med overtid og innleie av sykepleiere fra vikarbyrå.",
        "Turnusen går ikkje opp, og hola blir dekte med overtid og innleige av sjukepleiarar frå vikarbyrå.",
        "The rota does not add up, and the gaps are filled with overtime and agency nurses.",
        "Sykefraværet i barnehagene er høyt, og de ansatte slites ut.",
        "Staff are worn out, and sick leave in the kindergartens is high.",
        "Flere barn får plassering utenfor kommunen fordi vi mangler tilbud lokalt.",
        "More children end in out-of-district placements because we lack services locally.",
        "Mange pasienter blir lagt inn igjen, og reinnleggelsene belaster både sykehus og kommune.",
    ],
)
def test_a_cost_driver_named_in_passing_shows_a_budget_item(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Vi har sett på medisinskap, men de fleste er laget for store sykehus og er for dyre og for store for oss.",
        "Vi har sett på medisinskap, men dei fleste er laga for store sjukehus og er for dyre for oss.",
        "We have looked at medicine cabinets, but most are made for large hospitals and are too expensive for us.",
        "Det er uklart for brukarane kva reglar som gjeld, kva kostar det, og korleis skal fotografen krediterast.",
        "Det er uklart for brukerne hvilke regler som gjelder, hva koster det, og hvordan skal fotografen krediteres.",
        "Users do not know which rules apply, what does it cost, and how the photographer should be credited.",
        "Prosjektkostnadene er fordelt på tre år, og utviklingskostnader dekkes av partnerne.",
    ],
)
def test_a_price_too_high_for_us_or_a_users_question_is_no_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Kommunens evaluering anslo ekstrakostnadene under uværet til 3,4 mill. kr for Senja alene, og Statsforvalteren peker på at tilsvarende hendelser rammer flere kommuner i nord hvert år.",
        "Kommunen si evaluering anslo ekstrakostnadene under uvêret til 3,4 mill. kr for Senja åleine, og Statsforvaltaren peikar på at tilsvarande hendingar rammar fleire kommunar i nord kvart år.",
        "The municipality's review put the extra costs of the storm at NOK 3.4 million for Senja alone, and the county governor points out that similar events hit several municipalities in the north every year.",
    ],
)
def test_one_bodys_small_cost_said_to_hit_many_bodies_is_large(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Kommunens evaluering anslo ekstrakostnadene under uværet til 3,4 mill. kr.",
        "The municipality's review put the extra costs of the storm at NOK 3.4 million.",
    ],
)
def test_one_bodys_small_cost_alone_is_sized_small(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Prosjektet skal gi samfunnsøkonomiske gevinster i form av redusert kriminalitet og økt trygghet.",
        "Prosjektet skal gje samfunnsøkonomiske gevinstar i form av mindre kriminalitet og auka tryggleik.",
        "Vi vil gjennomføre en samfunnsøkonomisk analyse av tiltakene når prosjektet er ferdig.",
    ],
)
def test_a_socio_economic_gain_or_analysis_is_no_cost(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "De samfunnsøkonomiske kostnadene av frafallet er beregnet til over 5 milliarder kroner i året.",
        "Dei samfunnsøkonomiske kostnadene av fråfallet er rekna til over 5 milliardar kroner i året.",
    ],
)
def test_a_socio_economic_cost_is_a_cost(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Vi vet at det finnes løsninger for store gjestehavner, men de er dyre og tilpasset marinaer med hundrevis av plasser.",
        "Vi veit at det finst løysingar for store gjestehamner, men dei er dyre og tilpassa marinaer med hundrevis av plassar.",
        "We know there are systems for large marinas, but they are expensive and built for hundreds of berths.",
        "Målet er lavere kostnader for kommunen til renhold og tømming.",
        "Målet er lågare kostnader for kommunen til reinhald og tømming.",
        "The aim is lower costs for cleaning and emptying.",
    ],
)
def test_a_market_price_or_an_aim_to_lower_a_cost_is_no_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Løsningene som finnes er laget for sykehus, og vikarbruken er dyr: kommunene brukte 21 mill. kr på innleie i fjor, og utgiftene til vikarbyrå har tredoblet seg.",
        "The systems on the market are built for hospitals, and the municipalities spend NOK 60 million a year on agency staff.",
    ],
)
def test_a_cost_shown_beside_a_market_remark_still_counts(need: str) -> None:
    assert verdict(need) == "pass", need
