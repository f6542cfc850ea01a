"""«Large public budget items» as evaluators read it: a need said to cost a great deal counts
whether or not it is sized in kroner («dyre tjenester», «store summer», «among the heaviest posts in
the budgets», «NOK 3 billion»); a need sized small (one round of signs, hours of one technician,
the value of equipment in four rooms, a small service shared by several bodies) does not."""

from __future__ import annotations

import pytest

from assistant.core.sketch.amounts import parse_amount

from .one_criterion import one_result

SKETCH = """# {title}

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


def verdict(need: str) -> tuple[str, str]:
    c = one_result(SKETCH.format(title="Et behov", need=need), "large-budget-items")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("text", "kroner"),
    [
        ("NOK 6 billion", 6_000_000_000),
        ("NOK 3 bn", 3_000_000_000),
        ("1,2 milliardar kr", 1_200_000_000),
        ("2 mrd. kr", 2_000_000_000),
        ("de 2 milliardene kommunene bruker", 2_000_000_000),
    ],
)
def test_billions_are_read_as_billions(text: str, kroner: int) -> None:
    assert parse_amount(text) == kroner


@pytest.mark.parametrize(
    "need",
    [
        # Said costly without a figure, in bokmål, nynorsk and English.
        "Dette er blant de tyngste postene i både kommunale og statlige budsjetter.",
        "Taken together, these are among the heaviest items in municipal and state budgets.",
        # Sized in billions, in English.
        "Public transport and school transport together cost the county more than NOK 3 billion a year.",
        "The transport package estimates investments of more than NOK 6 billion over the coming 15 years.",
    ],
)
def test_a_need_said_to_cost_a_great_deal_counts_without_a_figure(need: str) -> None:
    status, _ = verdict(need)
    assert status == "pass"


@pytest.mark.parametrize(
    "need",
    [
        # Near misses: «dyr» is an animal, «mye penger» on a side matter argues nothing.
        "Mange dyr i beiteområdet blir tatt av rovdyr hvert år.",
        "Det brukes mye penger på erstatning for tap, og appen kan spare mye tid.",
        "Mange ventar lenge, og det er eit dårleg tilbod.",
        "Many people wait too long, and the service is poor.",
    ],
)
def test_words_that_only_look_like_cost_do_not_count(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn"
    assert "store offentlige budsjettposter" in message


SHARED = """# Kulturskule i dalen

**Søkjar:** Gol kommune
**Partnarar:** Hemsedal kommune, Ål kommune, Hol kommune, Nes kommune, Flå kommune

## Behov

{need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 500 000 |
| Utviklingsfase | 2 500 000 |
| Sum | 4 000 000 |
"""


def shared_verdict(need: str) -> str:
    return one_result(SHARED.format(need=need), "large-budget-items").status.value


@pytest.mark.parametrize(
    "need",
    [
        # A small service whose cost is summed over the six partners: a few million each.
        "Kommunane sine samla netto driftsutgifter til kulturskulen utgjorde om lag 21 mill. kr, og dei samla kostnadene til reising er ein femdel av dette.",
        "Til sammen bruker de seks kommunene om lag 18 mill. kr i året på biblioteka, og kostnadene aukar.",
        "Together the six municipalities spend about NOK 20 million a year on their culture schools, and the costs are rising.",
    ],
)
def test_a_cost_summed_over_the_partners_is_held_against_each_partners_share(need: str) -> None:
    assert shared_verdict(need) == "warn"


def test_a_long_sentence_is_quoted_around_the_amount_it_rests_on() -> None:
    need = (
        "Når det gjeld dei økonomiske konsekvensane av den skisserte utviklinga, må det takast omsyn til at "
        "kommunane sine samla netto driftsutgifter til kulturskuletilbodet i 2023 i følgje KOSTRA utgjorde om lag "
        "21 mill. kr, samstundes som dei samla kostnadene knytte til reiseverksemd, vikarbruk og administrativ "
        "dublering mellom dei seks separate kulturskuleeiningane vert anslått til ein femdel av driftsutgiftene."
    )
    c = one_result(SHARED.format(need=need), "large-budget-items")
    assert c.status.value == "warn"
    message = c.findings[0].message
    assert "21 mill. kr" in message and "…" in message


@pytest.mark.parametrize(
    "need",
    [
        # Near misses: the same sums in one body, or a sum over the partners that is large each.
        "Gol kommune bruker om lag 21 mill. kr i året på kulturskulen, og kostnadene aukar.",
        "Til saman bruker dei seks kommunane om lag 420 mill. kr i året på pleie og omsorg.",
        "Together the six municipalities spend about NOK 400 million a year on home care.",
    ],
)
def test_a_large_share_or_one_bodys_own_cost_still_counts(need: str) -> None:
    assert shared_verdict(need) == "pass"


@pytest.mark.parametrize(
    ("need", "quoted"),
    [
        # A one-off purchase sized small, and a small yearly upkeep.
        ("Ein ny runde med skilt vil koste om lag 250 000 kroner, og vedlikehaldet kostar kommunen 30 000 kroner i året.", "250 000 kroner"),
        ("En ny runde med skilt vil koste om lag 250 000 kroner, og vedlikeholdet koster kommunen 30 000 kroner i året.", "250 000 kroner"),
        ("A new set of signs would cost about NOK 250 000, and upkeep costs the municipality NOK 30 000 a year.", "NOK 250 000"),
        # Time spent by one person, and the value of equipment in four rooms.
        ("The technician spends about four hours a week sorting things out. The equipment is worth around NOK 6 million.", "worth around NOK 6 million"),
        ("Utstyret i de fire rommene er verdt om lag 6 mill. kr.", "verdt om lag 6 mill. kr"),
    ],
)
def test_a_need_sized_small_is_no_large_budget_item_and_the_warning_quotes_the_size(need: str, quoted: str) -> None:
    status, message = verdict(need)
    assert status == "warn"
    assert "anslår selv kostnaden som liten" in message and quoted in message
    assert "store offentlige budsjettposter" in message


@pytest.mark.parametrize(
    "need",
    [
        # Near misses: a unit cost of a service used many times, money spent, equipment worth billions.
        "Et institusjonsdøgn koster i snitt 8 000 kroner, og det er 40 000 slike døgn i året.",
        "Ein plass kostar 1,3 mill. kr per år.",
        "The county spends NOK 300 million a year on school transport.",
        "The health trusts hold equipment worth NOK 11 billion, and its upkeep grows every year.",
    ],
)
def test_a_unit_cost_money_spent_or_a_very_large_stock_still_counts(need: str) -> None:
    status, _ = verdict(need)
    assert status == "pass"


@pytest.mark.parametrize(
    "need",
    [
        # Millions of things are no money: neither a large cost nor a small one.
        "Bussene i regionen frakter over 20 millioner passasjerer i året, og mange står i kø.",
        "Bussane i regionen fraktar over 20 millionar passasjerar i året, og mange står i kø.",
        "The buses carry more than 20 million passengers a year, and many of them queue.",
    ],
)
def test_millions_of_things_are_no_cost(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn"
    assert "anslår selv" not in message  # no figure sizes the cost, so the sketch just does not show it


def test_a_small_unit_cost_is_not_quoted_as_the_size_of_the_need() -> None:
    # «1 mill. kr per hip fracture» is small alone and large times the cases: the need passes.
    status, _ = verdict("Eit hoftebrot kostar samfunnet i snitt rundt 1 mill. kr det første året.")
    assert status == "pass"
    status, _ = verdict("A hip fracture costs about NOK 1 million per case in the first year.")
    assert status == "pass"


@pytest.mark.parametrize(
    "need",
    [
        # Costs that grow with ageing, said without a figure for money.
        "Eldrebølgen gjør at behovet for sykehjemsplasser vokser hvert år.",
        "With an ageing population, the need for nursing-home places grows every year.",
        # Many users of a public service.
    ],
)
def test_a_need_that_grows_with_ageing_or_reaches_thousands_counts(need: str) -> None:
    status, _ = verdict(need)
    assert status == "pass"


@pytest.mark.parametrize(
    "need",
    [
        # Near misses: many things are not many users; a few more older visitors are no ageing population.
        "Tusenvis av bøker står i magasinet og venter på å bli registrert.",
        "Thousands of books wait in the stacks to be catalogued.",
        "Flere eldre ønsker å bruke biblioteket på kveldstid.",
        "Fleire eldre vil gjerne bruke biblioteket om kvelden.",
    ],
)
def test_many_things_or_a_few_more_older_visitors_do_not_count(need: str) -> None:
    status, _ = verdict(need)
    assert status == "warn"


@pytest.mark.parametrize(
    "need",
    [
        # A billion written in words, in nynorsk, bokmål and English.
        "Fylkeskommunen bruker over ein milliard kroner i året på å kjøpe kollektivtenester.",
        "Fylkeskommunen bruker nesten en milliard kroner i året på skoleskyss og kollektivtrafikk.",
        "The county spends more than one billion NOK a year buying public transport.",
        # An investment need and fees that rise with it.
        "Norsk Vatn sitt berekna investeringsbehov for vatn og avløp fram mot 2040 tilsvarar 100 000 kr per innbyggjar.",
        "Gebyrene øker kraftig i småkommunene fordi ledningsnettet må fornyes.",
        "The investment need for water and sewage in small municipalities is high, and fees are rising every year.",
    ],
)
def test_a_billion_in_words_or_an_investment_need_with_rising_fees_is_a_large_budget_item(need: str) -> None:
    assert verdict(need)[0] == "pass"


@pytest.mark.parametrize(
    "need",
    [
        # Near misses: a billion of something else, a fee that is only named.
        "Det blir gjort over ein milliard søk i året i reiseplanleggjarar.",
        "Appen har over en milliard nedlastinger i verden.",
        "Gebyret for parkering er 30 kroner i timen.",
    ],
)
def test_a_billion_of_something_else_or_a_fee_named_is_not_a_large_budget_item(need: str) -> None:
    assert verdict(need)[0] != "pass"
