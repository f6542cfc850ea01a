"""What a budget costs, read from the ways its lines are written: one line that holds several
posts set apart by semicolons, each with its bare amount, is several posts; a sentence after the
costs that names who pays what («Nordland dekker 12 mill. kr, Troms 8 mill. kr …») is the
financing, not more posts. Both keep the lines adding up to the stated total."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budget import parse_budget_text

from .one_criterion import one_result


def _lines(text: str) -> list[int]:
    budget = parse_budget_text(text.splitlines(), 1)
    return [line.amount or 0 for line in budget.lines] if budget else []


def _budget_present(budget: str) -> str:
    text = f"# Skisse\n\n**Søker:** Bodø kommune\n\n## Behov\n\nVentetida er lang.\n\n## Budsjett\n\n{budget}\n"
    return one_result(text, "budget-present").status.value


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # nb: bold owners, the last line holding the shared posts
        (
            "**Kommunen:** prosjektleder – 1 200 000\n"
            "**Felles:** markedsdialog 400 000; utviklingsfase med leverandører 8 500 000; følgeevaluering 900 000",
            [1_200_000, 400_000, 8_500_000, 900_000],
        ),
        # nn: a list item
        (
            "- Prosjektleiing: 1 200 000\n- Felles: marknadsdialog 400 000; utvikling med leverandørar 8 500 000; evaluering 900 000",
            [1_200_000, 400_000, 8_500_000, 900_000],
        ),
        # en: thousands commas, a post with a number in its name
        (
            "Shared: market dialogue 400,000; conversion of two test vehicles 1,600,000; evaluation 900,000",
            [400_000, 1_600_000, 900_000],
        ),
    ],
)
def test_posts_set_apart_by_semicolons_are_each_a_post(text: str, amounts: list[int]) -> None:
    assert _lines(text) == amounts


@pytest.mark.parametrize(
    "text",
    [
        # Figures about the need, not posts: the last part is no post of words and an amount alone.
        "Kommunen har 12 000 innbyggere; fylket har 240 000 innbyggere.",
        # One post with its years after a semicolon: the years are no posts of their own.
        "- Frikjøp: 300 000 (år 1); 200 000 (år 2)",
    ],
)
def test_near_misses_are_not_split_into_posts(text: str) -> None:
    amounts = _lines(text)
    assert amounts != [12_000, 240_000] and len(amounts) <= 1, amounts


def test_a_line_of_semicolon_posts_adds_up_to_the_stated_total() -> None:
    budget = (
        "**Politiet:** prosjektleder, 3 år – 4 200 000\n"
        "**Kriminalomsorgen:** frikjøp av ansatte – 900 000\n"
        "**Felles:** markedsdialog 400 000; utviklingsfase med leverandører 8 500 000; testutstyr 1 600 000; følgeevaluering 900 000\n\n"
        "**Totalt: 16 500 000 kr.**"
    )
    assert _budget_present(budget) == "pass"


COSTS = "- Prosjektleiing: 4 mill. kr\n- Utviklingsfase: 22 mill. kr\n- Utprøving: 9 mill. kr\n- Evaluering: 2 mill. kr\n\n"


@pytest.mark.parametrize(
    "payers",
    [
        "Sum: 37 mill. kr. Nordland dekker 12 mill. kr, Troms 8 mill. kr og Kystverket 2 mill. kr i arbeidsinnsats.",
        "Sum: 37 mill. kr. Fylkeskommunen betalar 10 mill. kr og kommunane 5 mill. kr.",
        "Total: NOK 37 million. The county pays NOK 12 million and the coastal administration NOK 2 million.",
        "Sum: 37 mill. kr. Vestland fylkeskommune finansierer inntil 12 mill. kr.",
    ],
)
def test_who_pays_after_the_total_is_not_more_posts(payers: str) -> None:
    budget = parse_budget_text((COSTS + payers).splitlines(), 1)
    assert budget.stated_total == 37_000_000
    assert sum(line.amount or 0 for line in budget.lines) == 37_000_000, [(x.item, x.amount) for x in budget.lines]
    assert _budget_present(COSTS + payers) == "pass"


@pytest.mark.parametrize(
    ("sentence", "added"),
    [
        # The budget or a post of it «dekker» an amount: a cost, not a payer.
        ("Budsjettet dekker 2 mill. kr til reiser.", 2_000_000),
        ("Posten dekker 1 mill. kr til opplæring.", 1_000_000),
    ],
)
def test_a_cost_said_with_dekker_is_still_a_post(sentence: str, added: int) -> None:
    budget = parse_budget_text((COSTS + sentence).splitlines(), 1)
    assert sum(line.amount or 0 for line in budget.lines) == 37_000_000 + added
