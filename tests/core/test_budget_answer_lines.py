"""A budget answer's lines as a new user types them: hedges between item and amount, a bare
amount after a dash, «mill» without «kr», and a purchase kept out of the total."""

from __future__ import annotations

import pytest

from assistant.core.sketch.answers import budget_lines_named, find_in_answer

ANSWER = """Markedsdialog 400 000 kr
Prosjektleder 50 % stilling: 1,2 mill (to år)
Utprøving i 40 hjem - 900 000
Evaluering, usikkert, kanskje 300 000 kr?
Innkjøp av ferdig løsning 6 mill (kommer etter prosjektet, ikke med i summen)"""


def test_every_line_of_the_answer_is_read_with_its_own_item() -> None:
    assert budget_lines_named(ANSWER) == [
        ("Markedsdialog", 400_000),
        ("Prosjektleder 50 % stilling (to år)", 1_200_000),
        ("Utprøving i 40 hjem", 900_000),
        ("Evaluering (usikkert, kanskje)", 300_000),
        ("Innkjøp av ferdig løsning (kommer etter prosjektet, ikke med i summen)", 6_000_000),
    ]


@pytest.mark.parametrize(
    ("line", "lines"),
    [
        ("Evaluering, usikkert, kanskje 300 000 kr?", [("Evaluering (usikkert, kanskje)", 300_000)]),
        ("Evaluering kanskje 300 000 kr", [("Evaluering (kanskje)", 300_000)]),
        ("Reiser ca. 50 000 kr", [("Reiser", 50_000)]),  # an approximation is dropped, never the item
        ("Reiser, omtrent 50 000 kr", [("Reiser", 50_000)]),
        ("Reiser cirka 50 000 kr", [("Reiser", 50_000)]),
        ("Travel, maybe about 50 000 NOK", [("Travel (maybe)", 50_000)]),
        ("Kanskje 300 000 kr", []),  # nothing but a hedge: no item, no line
        # Near misses: a hedge word starting a longer word is part of the name.
        ("Rundtur i regionen 50 000 kr", [("Rundtur i regionen", 50_000)]),
        ("Omkringliggende arbeid 30 000 kr", [("Omkringliggende arbeid", 30_000)]),
        ("Markedsdialog 400 000 kr og prototyp 2 mill. kr", [("Markedsdialog", 400_000), ("Prototyp", 2_000_000)]),
    ],
)
def test_hedges_between_item_and_amount_are_never_the_item(line: str, lines: list[tuple[str, int]]) -> None:
    assert budget_lines_named(line) == lines


@pytest.mark.parametrize(
    ("line", "lines"),
    [
        ("Utprøving i 40 hjem - 900 000", [("Utprøving i 40 hjem", 900_000)]),
        ("- Utprøving i 40 hjem – 900 000", [("Utprøving i 40 hjem", 900_000)]),  # a bullet, an en dash
        ("Reiser 2027: 50 000", [("Reiser 2027", 50_000)]),
        ("Testing: 250000 (usikker)", [("Testing (usikker)", 250_000)]),
        # Near misses: a year, a count, a number inside the line are not amounts.
        ("Fase 2 - 2027", []),
        ("Utprøving i 40 hjem - 40", []),
        ("Utprøving - 900 000 i 40 hjem", []),
        ("Vi tester i 40 000 hjem", []),
    ],
)
def test_a_bare_number_after_a_dash_ending_a_line_is_its_amount(line: str, lines: list[tuple[str, int]]) -> None:
    assert budget_lines_named(line) == lines


def test_mill_without_kr_is_an_amount() -> None:
    assert budget_lines_named("Prosjektleder: 1,2 mill") == [("Prosjektleder", 1_200_000)]
    assert budget_lines_named("Innkjøp 6 mill") == [("Innkjøp", 6_000_000)]


def test_a_line_kept_out_of_the_total_is_offered_only_as_a_purchase() -> None:
    found = find_in_answer(
        "Innkjøp av ferdig løsning 6 mill (ikke med i summen)\nReiser 50 000 kr (ikke med i summen)\nTesting 300 000 kr",
        "budget",
        applicant=None,
        partners=[],
        budget_items=[],
    )
    # The purchase goes into the table (its row outside the sum); «Reiser» would be counted in
    # the table's total although the user kept it out, so it stays in the text.
    assert found.budget == [("Innkjøp av ferdig løsning (ikke med i summen)", 6_000_000), ("Testing", 300_000)]


@pytest.mark.parametrize("line", ["Totalt: 2 800 000 kr", "Sum - 2 800 000", "Til sammen: 2 800 000", "Org.nr: 974 760 673"])
def test_a_total_or_an_organisation_number_is_not_a_budget_line(line: str) -> None:
    # The table sums its own rows: a total offered as a row would count the money twice.
    assert budget_lines_named(line) == []
    assert budget_lines_named(f"Markedsdialog 400 000 kr\n{line}") == [("Markedsdialog", 400_000)]
