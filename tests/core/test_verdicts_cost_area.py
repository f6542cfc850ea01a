"""«Large public budget items» read from the area a cost lies in. A need that only names a cost
(«kostnadene», «dyrt», «costly», «en stor kostnad») without sizing it shows a large public budget
item when the cost lies in a service area that is large by itself (care and health, benefits,
schools and school transport, roads, water and waste, fire, justice, housing): «Skoleskyssen
koster fylkeskommunen mye» does, «Ordningen er dyr for biblioteket» does not, and the verdict
warns, quoting the cost word. Near misses that must stay a pass: the area named in the same
paragraph or in the list the paragraph opens, a paragraph whose own figures size the cost large
(«28 årsverk»), the same cost said to weigh on many bodies. An industry's turnover («reiselivet
omset for fleire hundre millionar») is no public cost at all."""

from __future__ import annotations

import pytest

from .cost_sketch import WAITING, waiting_result
from .one_criterion import one_result



def result(need: str):
    return waiting_result(need)


def verdict(need: str) -> str:
    return result(need).status.value


@pytest.mark.parametrize(
    "need",
    [
        "Dagens ordning med manuell registrering av utlån er dyr for biblioteket, og kostnadene øker hvert år.",
        "Ordninga med nøklar til grendehusa er kostbar for kommunen, og utgiftene aukar kvart år.",
        "Handling bookings for the community halls by phone is costly for the municipality, and the costs keep rising.",
        # Inside a long ordinary paragraph, with a claim of size but no area and no figure.
        "Museet tar imot mange besøkende om sommeren, og frivillige hjelper til med omvisninger og kafé. Samlingen har vokst over mange år, og mye av den er ikke registrert digitalt. Det er en stor kostnad for kommunen å holde magasinet i stand, og ingen har full oversikt over hva som finnes.",
        "Dette er en stor kostnad for kommunene, og kostnadene øker hvert år.",
        # Words in the need that sound like an area but are no such area.
        "Mange eldre lånere synes ordningen er tungvint, og den er kostbar for biblioteket.",
        "Veien videre er uklar, og dagens ordning er kostbar for kulturhuset.",
        "Kulturskolen har 400 elever og ventelister, og det er dyrt for kommunen å leie lokaler.",
    ],
)
def test_a_cost_named_in_a_small_area_warns(need: str) -> None:
    r = result(need)
    assert r.status.value == "warn", need
    assert any("«" in str(f.message) for f in r.findings), "the warning quotes the cost word it rests on"


@pytest.mark.parametrize(
    "need",
    [
        # A heavy area, and a figure of the need somewhere.
        "Skoleskyssen koster fylkeskommunen og kommunene mye, og kostnadene har økt med 30 prosent de siste fem årene.",
        "Reinnleggingar av eldre pasientar er dyre for sjukehuset og kommunane: Helse Møre brukte om lag 95 mill. kr på dei i 2024.",
        "Temporary housing, hospital stays and social assistance are expensive services; the municipality spent NOK 140 million on them in 2024.",
        # The area in the list the paragraph opens, a figure in the list.
        "The costs of this land on the municipalities and the county:\n- road maintenance and winter operations on narrow roads, about 12 FTEs\n- water supply and sewage sized for summer peaks",
    ],
)
def test_a_cost_named_in_a_heavy_area_passes(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        # The paragraph's own figures size it large.
        "Kommunen bruker om lag 28 årsverk på førstelinjen i servicetorget, og kostnadene vokser med befolkningen.",
        "Tilskuddsforvaltningen og kontrollen legger beslag på betydelige personellressurser, som samlet anslås til om lag 45 årsverk i fylket, og utgiftene øker.",
        "The front desk takes about 30 FTEs across the three municipalities, and its costs are growing.",
        # Several hundred million.
        "Kostnadene for kontroll og overvåking er flere hundre millioner kroner i året.",
        "Kostnadene med kontrollen er fleire hundre millionar kroner i året.",
        "Control and monitoring cost several hundred million kroner a year.",
        # The same cost weighs on many bodies.
    ],
)
def test_a_cost_sized_large_or_shared_by_many_passes(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Reiselivet i kommunen omsetter for flere hundre millioner kroner i året.",
        "Naustrekkjene er blant dei mest fotograferte motiva, og reiselivet i kommunen omset for fleire hundre millionar i året.",
        "Tourism in the region turns over several hundred million kroner a year.",
        "Havbruksnæringen eksporterer laks for 10 milliarder kroner i året fra fylket.",
        "The seafood industry in the county exports fish worth NOK 10 billion a year.",
    ],
)
def test_an_industrys_turnover_is_no_public_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


def test_a_lost_value_that_costs_society_still_counts() -> None:
    # «Tapt verdiskaping» is a cost, not a turnover.
    assert verdict("Feilrapportering svekker bestandsberegningene og kan koste samfunnet flere hundre millioner kroner i tapt verdiskaping.") == "pass"


def _titled(title: str, need: str) -> str:
    return one_result(WAITING.replace("# Et behov", f"# {title}").format(need=need, applicant="Bodø kommune"), "large-budget-items").status.value


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # The title names a heavy area, but no figure sizes the need: called large, not shown large.
        ("Bedre kommunale veger", "warn"),
        ("Tryggere heimeteneste om natta", "warn"),
        ("Safer school transport in the valley", "warn"),
        ("Meirope bibliotek i bygdene", "warn"),
        ("Booking of community halls", "warn"),
    ],
)
def test_the_title_names_the_area_a_cost_word_lies_in(title: str, want: str) -> None:
    need = "Økonomi: Kostnadene vil bli nærmere beregnet når vi vet mer om hvilke løsninger det er aktuelt å se på."
    assert _titled(title, need) == want, title


PRIVATE = """# Et behov

**Søker:** {app}

## Behov

{need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektledelse | 1 500 000 |
| Sum | 1 500 000 |
"""


def _applied(app: str, need: str) -> str:
    return one_result(PRIVATE.format(app=app, need=need), "large-budget-items").status.value


@pytest.mark.parametrize(
    ("app", "need"),
    [
        ("Nordlaks Transport AS", "Vi bruker om lag 60 millioner kroner i året på drivstoff til bilparken vår, og kostnadene øker."),
        ("Havbruk Nord AS", "Selskapet har driftskostnader på 200 millioner kroner i året, og lusebehandling er den største posten."),
        ("Fjordkraft Service AS", "Our operating costs are NOK 80 million a year, and energy is the largest item."),
        ("Stiftinga Kystarv", "Stiftinga brukar over 60 millionar kroner i året på vedlikehald av båtane sine."),
    ],
)
def test_a_private_applicants_own_cost_is_no_public_budget_item(app: str, need: str) -> None:
    assert _applied(app, need) != "pass", need


@pytest.mark.parametrize(
    ("app", "need"),
    [
        # The same words from a private applicant about the public bodies' costs.
        ("Nordlaks Transport AS", "Vi har rekna ut at kommunane brukar om lag 60 millioner kroner i året på skoleskyss."),
        ("Omsorg Nord AS", "We know that the municipalities spend over NOK 300 million a year on home care in the region."),
        ("Stiftinga Kystarv", "Vi veit at museumssektoren i Noreg brukar over ein milliard kroner i året på bygg og magasin."),
        # A public applicant's «vi» is a public body.
        ("Tromsø kommune", "Vi bruker om lag 60 millioner kroner i året på skoleskyss, og kostnadene øker."),
    ],
)
def test_a_public_cost_named_by_any_applicant_still_counts(app: str, need: str) -> None:
    assert _applied(app, need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Sykefravær koster norsk arbeidsliv over 70 milliarder kroner i året.",
        "Reiselivsnæringen i Lofoten taper anslagsvis 100 millioner kroner i året på stengte veier.",
        "Hytteeierne i kommunen bruker til sammen over 80 millioner kroner i året på vedlikehold.",
        "Sick leave costs Norwegian employers over NOK 70 billion a year.",
    ],
)
def test_a_cost_that_lands_on_working_life_or_owners_is_no_public_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


def test_a_cost_that_lands_on_society_and_the_state_still_counts() -> None:
    assert verdict("Sykefravær koster staten over 70 milliarder kroner i året i sykepenger.") == "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Behovet gjelder store offentlige budsjettposter, og radikal innovasjon kan gi mer bærekraftige budsjetter.",
        "Behovet representerer store offentlege budsjettpostar der innovasjon kan gje meir berekraftige budsjett i framtida.",
        "The need represents large public budget items where radical innovation can make future budgets more sustainable.",
        "Dette er en viktig budsjettpost for kommunen.",
    ],
)
def test_the_calls_own_words_alone_show_no_budget_item(need: str) -> None:
    assert verdict(need) == "warn", need


@pytest.mark.parametrize(
    "need",
    [
        "Hjemmetjenesten er en av de store offentlige budsjettpostene i kommunen, med 486 mill. kr i 2025.",
        "Skoleskyss er ein stor budsjettpost for fylkeskommunen: 312 mill. kr i 2024.",
        "Home care is one of the large public budget items in every municipality; in ours it takes 140 FTEs.",
    ],
)
def test_the_calls_words_said_of_a_heavy_area_with_a_figure_still_count(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        # «The largest item» of a small cost, with no budget it is the largest item in.
        "Kommunane har rekna på kva dette kostar. Straumen er den største posten, og ein god del går til oppvarming av tomme lokale.",
        "Electricity is the largest item, and much of it heats empty rooms in the community halls.",
        # The whole budget a small cost is a small part of.
        "Dette er små beløp i et oppvekstbudsjett på over 1,1 mrd. kr, men utgiften har økt hvert år.",
        "These are small sums in a culture budget of more than NOK 900 million.",
        # Municipal finances named in passing.
        "Det viktigaste er at løysingane kan gjere ein skilnad for innbyggjarane og for kommuneøkonomien.",
        "Løsningen må koste lite i drift, for budsjettene våre er små.",
    ],
)
def test_a_relative_or_passing_word_of_size_is_no_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Dette er blant de tyngste postene i både kommunale og statlige budsjetter.",
        "For kommunane er drift av idrettsanlegg ein stor og aukande post i budsjettet: i dei tre kommunane gjekk det over 48 mill. kr til drift i 2023.",
        "En time med redningshelikopteret koster staten om lag 150 000 kroner, og fritidsbåter står for en tredjedel av redningsaksjonene.",
    ],
)
def test_a_budget_item_named_in_its_budget_or_a_units_price_still_counts(need: str) -> None:
    assert verdict(need) == "pass", need
