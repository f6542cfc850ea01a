"""Budget units said where applicants put them: in a heading «(NOK thousand, 2027–2029)», or
only in the note cell of a table's sum row; and the rows under a sum that share out or finance
it («Herav egeninnsats», «Søkt risikoavlastning», «Of which in kind») are no posts."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budgetunits import text_scale
from assistant.core.sketch.document import parse_sketch


@pytest.mark.parametrize(
    "heading",
    ["Tentative budget (NOK thousand, 2027–2029)", "Budget in NOK thousands", "Budsjett (NOK thousand)", "Budget, NOK thousands, 2026–2028"],
)
def test_nok_thousand_in_a_heading_with_years_after_it_scales(heading: str) -> None:
    assert text_scale(heading) == 1000


@pytest.mark.parametrize("line", ["NOK 1000 000 til utvikling", "Total: NOK thousand 3 000"])
def test_an_amount_is_no_unit(line: str) -> None:
    assert text_scale(line) == 0


def test_a_list_under_a_heading_in_nok_thousand_sums_to_its_total() -> None:
    text = (
        "## Tentative budget (NOK thousand, 2027–2029)\n\n"
        "- Project management: 3 000\n- Needs analysis (external consultant): 900\n- Market dialogue: 500\n"
        "- Development phase, payments to partner companies: 9 000\n\n**Total: NOK 13.4 million**\n"
    )
    budget = parse_sketch(text).budget
    assert [line.amount for line in budget.lines] == [3_000_000, 900_000, 500_000, 9_000_000]
    assert budget.stated_total == 13_400_000


TABLE = """## {heading}

| {item} | 2026 | 2027 | Sum | {note} |
|---|---|---|---|---|
| {a} | 0,6 | 1,2 | 1,8 | Helse Bergen |
| {b} | – | 4,0 | 4,0 | {pay} |
| **{total}** | **0,6** | **5,2** | **5,8** | {unit} |
| {share} | 0,2 | 0,4 | 0,6 | {kind} |
| **{applied}** | | | **3,0** | |
"""


@pytest.mark.parametrize(
    "words",
    [
        dict(heading="Budsjett (foreløpig)", item="Aktivitet", note="Merknad", a="Prosjektleiing", b="Utviklingsfase", pay="til leverandørar",
             total="Sum prosjektkostnader", unit="mill. kr", share="Herav egeninnsats fra partnerne", kind="timer", applied="Søkt risikoavlastning"),
        dict(heading="Budsjett", item="Aktivitet", note="Merknad", a="Prosjektleiing", b="Utviklingsfase", pay="til leverandørar",
             total="Sum", unit="MNOK", share="Av dette eigeninnsats", kind="timar", applied="Søkt om"),
        dict(heading="Budget", item="Activity", note="Note", a="Project management", b="Development phase", pay="to suppliers",
             total="Total", unit="NOK million", share="Of which in kind", kind="hours", applied="Applied for"),
    ],
    ids=["nb", "nn", "en"],
)
def test_a_table_whose_unit_stands_only_in_its_sum_rows_note(words: dict) -> None:
    budget = parse_sketch(TABLE.format(**words)).budget
    assert [line.amount for line in budget.lines] == [1_800_000, 4_000_000]  # the rows under the sum are no posts
    assert budget.stated_total == 5_800_000


def test_a_post_after_a_subtotal_that_is_no_share_still_counts() -> None:
    text = """## Budsjett

| Post | Beløp (kr) |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum fase 1 | 1 000 000 |
| Utprøving | 2 000 000 |
| Totalt | 3 000 000 |
"""
    budget = parse_sketch(text).budget
    assert sum(line.amount for line in budget.lines if "Sum" not in line.item) >= 3_000_000
