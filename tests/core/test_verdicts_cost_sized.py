"""«Large public budget items» read against the sketch's own sizing of its cost. A need that sizes
its problem's yearly cost itself, in kroner or staff-years, and only small («1,4 årsverk,
tilsvarende 1,1 mill. kr i året», «about two FTEs and NOK 250 000 a year»), has answered the
question: a cost word beside it («Dette er en stor kostnad for bydelene») claims a size the
figures do not show, and the verdict warns, quoting the figure. So does a small cost put beside
the whole frame it is part of («2,4 mill. kr … av ei samla ramme på 38 mill. kr»), and a cost the
scheme's own income covers. Near misses that must stay a pass: a figure that sizes the cost large
(a range read by its upper end), the price of one unit of something met many times (a place a
year, a young person's lifetime), a cost word in another paragraph naming a cost the figure does
not size, and a fee income that does NOT cover the costs."""

from __future__ import annotations

import pytest

from .cost_sketch import waiting_result



def result(need: str):
    return waiting_result(need)


def verdict(need: str) -> str:
    return result(need).status.value


@pytest.mark.parametrize(
    "need",
    [
        # A small sizing, then a bare claim that it is large.
        "Kostnadene ved dagens ordning er betydelige. Vi har beregnet at bydelene bruker om lag 1,4 årsverk på administrasjon, tilsvarende 1,1 mill. kr i året. Dette er en stor kostnad for bydelene.",
        "Kostnadene ved ordninga i dag er store. Kommunane brukar om lag eitt årsverk på å følgje opp avtalane, rundt 900 000 kr i året, og det er ein tung kostnad for oss.",
        "The costs of today's arrangement are considerable: the two districts spend about 1.5 FTEs on bookings and keys, some NOK 1.2 million a year. This is a large cost for the districts.",
        # Staff-years and a small yearly sum, no cost word but beside a unit price.
        "Et høreapparat koster fra 10 000 til 30 000 kroner. Ansatte bruker om lag to årsverk på å lete etter og returnere eiendeler, og i tillegg kommer erstatninger på om lag 250 000 kroner i året.",
        "Ein mobiltelefon kostar rundt 8 000 kroner å erstatte. Til saman går om lag 0,8 årsverk med til å leite, og erstatningane utgjer om lag 180 000 kr i året.",
        # The small cost inside its whole frame.
        "Fylket brukte om lag 2,4 mill. kr på reise i turneane i fjor, av ei samla ramme for ordninga på om lag 38 mill. kr. Det er ei stor sak for tusenvis av elevar.",
        "The county spent about NOK 2 million on travel last year, out of a total budget for the programme of NOK 40 million. This is a costly problem for us.",
    ],
)
def test_a_cost_the_sketch_sizes_small_warns(need: str) -> None:
    r = result(need)
    assert r.status.value == "warn", need
    assert any("«" in str(f.message) for f in r.findings), "the warning quotes the figure it rests on"


@pytest.mark.parametrize(
    "need",
    [
        "Administrasjonen tar om lag 0,4 årsverk. Inntektene fra ordningen dekker i all hovedsak kostnadene.",
        "Administrasjonen tek om lag 0,4 årsverk. Kostnadene blir dekte av gebyra frå dei som har avtale.",
        "Administration takes about half an FTE. The fees paid by the families cover the costs of the scheme.",
    ],
)
def test_a_cost_covered_by_the_schemes_own_income_is_no_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        # Sized large, a range read by its upper end.
        "Overvannsskader koster samfunnet 1,6–8,3 milliarder kroner i året, og kostnadene stiger. Kommunen bruker i dag om lag 2 mill. kr på å rydde opp etter flom.",
        "Stormwater damage costs Norwegian society NOK 1.6–8.3 billion per year, and rising insurance costs follow.",
        # The price of one unit met many times.
        "Ein sjukeheimsplass kostar kommunen om lag 1,3 mill. kr i året. I fjor leigde vi båt 47 gonger til ein samla kostnad på 210 000 kr, og kvar tur kostar 3 000–6 000 kr.",
        "Kvar ungdom som ikkje fullfører, kostar samfunnet om lag 1,4 millionar kroner. For fylkeskommunen kjem kostnadene som ekstra opplæringsår.",
        "The cost of a young person who remains outside working life is NOK 10–14 million over a lifetime, and the county's alternative scheme costs far more than an apprenticeship.",
        "For a small municipality, sludge handling can cost NOK 1–2 million a year, and the costs are rising.",
        # Fee income that does not cover the costs.
        "Byggesak skal finansieres av gebyr, men gebyrinntektene dekker ikke kostnadene når fristen brytes, og kommunen har dekket et underskudd på 6,8 mill. kr.",
        "The fee income does not cover the costs when the deadline is missed, and the municipality has covered a deficit of NOK 6.8 million.",
    ],
)
def test_near_misses_stay_a_pass(need: str) -> None:
    assert verdict(need) == "pass", need


def test_a_cost_word_without_any_sizing_warns() -> None:
    # No figure at all: the sketch's words are all there is; a heavy area named is called large,
    # not shown large (tests/core/test_verdicts_cost_no_figure.py).
    assert verdict("Hjemmetjenesten er en stor kostnad for kommunene, og kostnadene øker hvert år.") == "warn"


@pytest.mark.parametrize(
    "need",
    [
        "Kommunene bruker mye penger på tiltak mot avrenning, og staten betaler store summer i tilskudd.",
        "Kommunane brukar mykje pengar på tiltak mot algeoppblomstring i innsjøane.",
        "The municipalities spend considerable sums on clean-up measures every summer.",
        "Fylkeskommunen bruker store summer på skoleskyss i de to kommunene.",
    ],
)
def test_a_public_body_said_to_spend_much_money_with_no_figure_warns(need: str) -> None:
    # «Store summer», «mye penger» are size words, not a size: read like «dyrt»
    # (test_verdicts_cost_unsized_words.py).
    assert verdict(need) == "warn", need


@pytest.mark.parametrize(
    "need",
    [
        "Kommunene bruker mye penger på tiltak mot avrenning, om lag 60 mill. kr i året.",
        "Fylkeskommunen bruker store summer på skoleskyss, 312 millioner kroner i 2024.",
    ],
)
def test_a_public_body_said_to_spend_much_money_with_a_figure_passes(need: str) -> None:
    assert verdict(need) == "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Bøndene bruker mye penger på gjødsel de ikke trenger.",
        "Many families spend a lot of money on private tutoring.",
        "Vi bruker mye tid på å ringe rundt til foreldrene.",
    ],
)
def test_much_money_spent_by_others_or_much_time_is_no_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Sauebøndene i regionen taper om lag 12 mill. kr i året på dyr som blir tatt av rovvilt.",
        "Næringa taper kvart år fleire millionar kroner på forseinkingar i hamna.",
        "Shipping companies lose an estimated NOK 40 million a year to delays at the quay.",
        "Hytteeigarane betaler dyrt for brøyting, og mange synest det er for dyrt.",
        "Reiselivsbedriftene har store kostnader med å rydde etter turistene.",
        "For the families it is expensive to travel, and many pay NOK 3 000 per trip.",
    ],
)
def test_a_cost_borne_by_businesses_or_households_is_no_public_budget_item(need: str) -> None:
    assert verdict(need) != "pass", need


@pytest.mark.parametrize(
    "need",
    [
        "Bøndene taper 12 mill. kr i året, og kommunen bruker 30 mill. kr på erstatning og tiltak.",
        "The shipping companies lose NOK 40 million a year, and the county pays for the extra ferry trips.",
        "Pasientane betaler sjølve, men sjukehuset har store kostnader med reinnleggingar.",
    ],
)
def test_a_private_cost_beside_a_public_one_still_passes(need: str) -> None:
    assert verdict(need) == "pass", need
