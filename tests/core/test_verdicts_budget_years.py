"""A year beside a budget's figures is a year: it neither hides the amount that follows it
(«utprøving sommeren 2028 100 000 kr») nor stops a line from saying the unit of the figures
after it («Tala er i tusen kroner og gjeld perioden 2027–2029»)."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.amounts import find_amounts
from assistant.core.sketch.budgetunits import text_scale
from assistant.core.sketch.document import parse_sketch


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("utprøving sommeren 2028 100 000 kr, til sammen 700 000 kr", [100_000, 700_000]),
        ("testing hausten 2027 250 000 kr og evaluering i 2028 300 000 kr", [250_000, 300_000]),
        ("piloting in spring 2028 NOK 100,000 and evaluation in 2029 NOK 1.2 million", [100_000, 1_200_000]),
        ("i 2026 1,2 mill. kr og i 2027 800 000 kr", [1_200_000, 800_000]),
        # Near misses: a grouped number stays one number; a year before a count is no amount.
        ("totalt 2 028 100 kr", [2_028_100]),
        ("I 2025 brukte 2026 personer tjenesten.", []),
    ],
)
def test_an_amount_right_after_a_year_is_read(text, amounts):
    assert [value for _, _, value in find_amounts(text)] == amounts


@pytest.mark.parametrize(
    ("line", "scale"),
    [
        ("Tala er i tusen kroner og gjeld heile prosjektperioden 2027–2029.", 1_000),
        ("Tallene er i tusen kroner og gjelder 2027 og 2028.", 1_000),
        ("All figures in thousands of NOK, for 2027 and 2028.", 1_000),
        ("Beløp i millioner kroner, 2026-kroner.", 1_000_000),
        # Near misses: an amount in the line makes it a line of the budget, not its unit.
        ("Vi søker 500 tusen kroner for 2027.", 0),
        ("Budsjett 2027 (tusen kroner): 1 200", 0),
    ],
)
def test_a_unit_line_may_name_the_years_it_covers(line, scale):
    assert text_scale(line) == scale


def test_a_list_in_thousands_under_a_unit_line_with_years_adds_up():
    text = (
        "Søkjar: Voss herad\n\n## Budsjett\n\nTala er i tusen kroner og gjeld heile prosjektperioden 2027–2029.\n\n"
        "- Prosjektleiing (50 % stilling, tre år): 1 650\n- Frikjøp av tilsette: 1 400\n- Marknadsdialog: 200\n"
        "- Utviklingsfase med leverandørar: 3 500\n\nSum: 6 750\n"
    )
    sketch = parse_sketch(text)
    assert sketch.budget.sum_of_lines == sketch.budget.stated_total == 6_750_000
    assert check_sketch(sketch).criterion("budget-present").status.value == "pass"


def test_a_prose_budget_with_a_dated_line_adds_up():
    text = (
        "Søker: Værøy kommune\n\n## Budsjett\n\nTentativt budsjett: prosjektledelse 150 000 kr, markedsdialog 50 000 kr, "
        "utviklingsarbeid med leverandør 400 000 kr og utprøving sommeren 2028 100 000 kr, til sammen 700 000 kr.\n"
    )
    sketch = parse_sketch(text)
    assert [line.amount for line in sketch.budget.lines] == [150_000, 50_000, 400_000, 100_000]
    report = check_sketch(sketch)
    assert report.criterion("budget-excludes-procurement").status.value == "pass"
