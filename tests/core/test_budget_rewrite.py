"""Saving the budget from the budget window rewrites the budget as a table; a line under the old
list that said only its total goes with it (the table's total row says it now), and every other
sentence of the applicant stays."""

from __future__ import annotations

import pytest

from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import set_budget

LIST = "# Behov\n\nTekst.\n\n# Budsjett\n\nForeløpig budsjett:\n\n- Prosjektleder: 1 200 000 kr\n- Behovsavklaring: 600 000 kr\n"


@pytest.mark.parametrize(
    "total",
    ["Sum: 1 800 000 kr", "**Totalt: 1,8 mill. kr**", "- Sum: 1 800 000 kr", "Til saman 1 800 000 kr", "Total: NOK 1.8 million", "I alt kr 1 800 000,-"],
)
def test_a_line_that_is_only_the_old_total_goes(total):
    sketch = parse_sketch(LIST + "\n" + total + "\n\n# Forankring\n\nRådmannen står bak.\n")
    text = set_budget(sketch, sketch.budget.lines)
    assert total not in text
    assert "| **Sum ekskl. anskaffelse** |  | **1 800 000** |" in text
    assert "\n\n\n" not in text
    assert text.endswith("# Forankring\n\nRådmannen står bak.\n")
    after = parse_sketch(text)
    assert after.budget.sum_of_lines == after.budget.stated_total == 1_800_000
    assert after.budget.total_line == after.budget.table_end  # the table's own total row


def test_the_old_total_as_the_last_line_leaves_no_blank_tail():
    sketch = parse_sketch(LIST + "\nSum: 1 800 000 kr\n")
    assert set_budget(sketch, sketch.budget.lines).endswith("| **1 800 000** |\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi søker om 1,8 mill. kr totalt, hvorav mest til utvikling.",
        "Til saman 1 800 000 kr, som kommunestyret vedtok 12. mars.",
        "In total NOK 1.8 million; the county covers half of it from its own budget.",
    ],
)
def test_a_sentence_that_says_more_than_the_total_stays(sentence):
    sketch = parse_sketch(LIST + "\n" + sentence + "\n\n# Forankring\n\nX.\n")
    assert sentence in set_budget(sketch, sketch.budget.lines)


def test_a_total_line_outside_the_budget_part_is_not_touched():
    sketch = parse_sketch("# Behov\n\nSum: 1 800 000 kr\n\n" + LIST[LIST.index("# Budsjett"):])
    assert "Sum: 1 800 000 kr" in set_budget(sketch, sketch.budget.lines)
