"""What an interview answer names for the budget table: each item as the writer named it."""

from __future__ import annotations

import pytest

from assistant.core.answers import budget_lines_named


@pytest.mark.parametrize(
    ("answer", "lines"),
    [
        (
            "Prosjektledelse og koordinering: 1 200 000 kr\nBehovsavklaring og brukerinvolvering: 800 000 kr\n"
            "Markedsdialog: 400 000 kr\nUtprøving og evaluering med universitet: 1 500 000 kr",
            [("Prosjektledelse og koordinering", 1_200_000), ("Behovsavklaring og brukerinvolvering", 800_000), ("Markedsdialog", 400_000), ("Utprøving og evaluering med universitet", 1_500_000)],
        ),
        ("Markedsdialog 400 000 kr og prototyp 2 mill. kr", [("Markedsdialog", 400_000), ("Prototyp", 2_000_000)]),
        ("Vi setter av 400 000 kr til markedsdialog og 2 mill. kr til utprøving.", [("Markedsdialog", 400_000), ("Utprøving", 2_000_000)]),
        ("Budsjett: Markedsdialog: 400 000 kr, reiser 50 000 kr.", [("Markedsdialog", 400_000), ("Reiser", 50_000)]),
    ],
)
def test_an_item_named_with_og_keeps_its_whole_name(answer: str, lines: list[tuple[str, int]]) -> None:
    assert budget_lines_named(answer) == lines
