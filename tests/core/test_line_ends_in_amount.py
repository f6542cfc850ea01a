"""One reading of «a line that ends in an amount of money», shared by the readers that ask it: a
lone line is no heading when it closes on an amount (a budget post pasted as a line), and a body
named on such a line, its money named, outside the partners' part is paid for a task, not a partner. The budget's
own line readers build their amounts from the same forms. The line that states a budget's total is
kept with the budget, so the checks read the line the reader read."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.amounts import ENDS_IN_AMOUNT
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.text import line_around



@pytest.mark.parametrize(
    "line",
    [
        "Markedsdialog 200 000 kr",
        "Evaluering (Nord universitet): 1 100 000 kr",
        "Evaluering ved Nord universitet: 1 100 000",  # a bare amount in groups of three
        "Følgjeevaluering 450 000,-",
        "Prosjektleiing 1,6 mill. kr",
        "Utvikling 7 millionar",
        "Evaluation (Nord University): NOK 1.1 million",
        "Development with suppliers: NOK 7 000 000",
        "| Evaluering | 400 000 |",
        "**Evaluering: 600 000 kr**",
        "Drift 2.400.000  ",
    ],
)
def test_a_line_that_closes_on_an_amount_ends_in_one(line: str) -> None:
    assert ENDS_IN_AMOUNT.search(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Budsjett",
        "Budsjett (tusen kroner)",
        "Kostnadene er 600 000 kr for evalueringa",  # the amount is not at the end
        "Bodø har 52 000 innbyggjarar",
        "Plan for 2027",  # a year is no amount
        "Project budget 2026–2028",
        "Innbyggjarar i Voss 15000",  # four digits without a group or a unit
    ],
)
def test_a_line_that_does_not_close_on_an_amount_does_not(line: str) -> None:
    assert not ENDS_IN_AMOUNT.search(line), line


@pytest.mark.parametrize("post", ["Markedsdialog 2 mill. kr", "Markedsdialog 2 millioner", "Market dialogue NOK 2 million", "Markedsdialog kr 500"])
def test_a_lone_line_closing_on_an_amount_in_millions_or_after_the_unit_is_no_heading(post: str) -> None:
    sketch = parse_sketch(f"# Skisse\n\n## Behov\n\nVi har et behov.\n\n{post}\n\nUtvikling 1 000 000 kr\n")
    assert [s.heading for s in sketch.sections if s.key == "dialogue" or s.heading.startswith(("Markedsdialog", "Market"))] == []


@pytest.mark.parametrize(
    ("line", "cost"),
    [
        ("Evaluering (Nord universitet): 1 100 000 kr", True),
        ("Evaluering ved Nord universitet: 1,1 mill. kr", True),
        ("Evaluation (Nord University): NOK 1 100 000", True),
        ("| Evaluering (UiT) | 400 000 kr |", True),
        ("Følgjeforsking ved Nord universitet: 500 000,- kr", True),
        ("Nord universitet har 15 000", False),  # a bare figure may count people or students
        ("Samarbeid med Nord universitet om 3 studentoppgåver", False),
    ],
)
def test_the_partner_reader_takes_a_cost_line_as_one_with_its_money_named(line: str, cost: bool) -> None:
    from assistant.core.sketch.partylists import cost_line

    assert cost_line(line) is cost


def test_line_around_gives_the_whole_line_or_lines_of_a_span() -> None:
    text = "første linje\nandre linje med Nord universitet\ntredje"
    at = text.index("Nord")
    assert line_around(text, at) == "andre linje med Nord universitet"
    assert line_around(text, at, len(text) - 2) == "andre linje med Nord universitet\ntredje"
    assert line_around("bare én linje", 3) == "bare én linje"


@pytest.mark.parametrize(
    ("budget", "total"),
    [
        ("- Prosjektleiing: 1 600 000 kr\n- Utvikling: 2 000 000 kr\n\nTotalt: 3 600 000 kr", "Totalt: 3 600 000 kr"),
        ("| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 000 000 |\n| Utvikling | 2 000 000 |\n| **Sum** | **3 000 000** |", "| **Sum** | **3 000 000** |"),
        ("Prosjektet vil koste om lag fem millioner kroner.", "Prosjektet vil koste om lag fem millioner kroner."),
    ],
)
def test_the_budget_keeps_the_line_that_states_its_total(budget: str, total: str) -> None:
    sketch = parse_sketch(f"# Skisse\n\n## Budsjett\n\n{budget}\n")
    assert sketch.budget is not None and sketch.budget.total_line
    assert sketch.budget.total_text == total


@pytest.mark.parametrize(
    ("total", "status"),
    [
        ("Totalt: kanskje 3 mill. kr", "warn"),
        ("Samla: tenkjer kanskje 2–3 mill. kr", "warn"),
        ("Total: maybe NOK 3 million", "warn"),
        ("Totalt: 3 mill. kr", "pass"),  # a sum, not a guess
        ("Totalt: 3 mill. kr <!-- kanskje mindre -->", "pass"),  # a comment is no word of the sketch
    ],
)
def test_a_sum_given_as_a_guess_on_the_total_line_is_read_from_that_line(total: str, status: str) -> None:
    sketch = parse_sketch(f"# Skisse\n\n## Budsjett\n\n{total}\n")
    assert next(c for c in check_sketch(sketch).criteria if c.id == "budget-present").status.value == status
