"""A table of bare numbers whose unit is said in a sentence of a note that goes on below it
(«Alle tall i mill. kr. Samlet 9,7 MNOK. …»): the numbers are in that unit."""

from __future__ import annotations

import pytest

from assistant.core.sketch.document import parse_sketch

TABLE = """# Skisse

**Søker:** Bodø kommune

## Budsjett

| Post | 2026 | 2027 |
|---|---|---|
| Prosjektledelse | 0,7 | 0,6 |
| Utviklingsfase | 2,5 | 2,0 |

{note}
"""


@pytest.mark.parametrize(
    ("note", "total"),
    [
        ("Alle tall i mill. kr. Samlet 5,8 MNOK. Kjøp av ferdig løsning er ikke med.", 5_800_000),
        ("Alle tal i mill. kr. Samla 5,8 mill. kr. Kjøp av ferdig løysing er ikkje med.", 5_800_000),
        ("All figures in NOK million. Total NOK 5.8 million. Purchase of the finished solution is not included.", 5_800_000),
    ],
)
def test_the_unit_said_in_a_notes_sentence_scales_the_table(note: str, total: int) -> None:
    budget = parse_sketch(TABLE.format(note=note)).budget
    assert budget is not None
    assert sum(line.amount for line in budget.lines) == 5_800_000
    assert budget.stated_total == total


def test_a_note_with_amounts_but_no_unit_sentence_leaves_the_numbers_as_they_are() -> None:
    budget = parse_sketch(TABLE.format(note="Samlet 5,8 MNOK. Kjøp av ferdig løsning er ikke med.")).budget
    assert budget is not None
    assert sum(line.amount for line in budget.lines) != 5_800_000
