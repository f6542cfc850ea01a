"""What a budget costs, apart from who pays for it: a share paid by the partners, an own
contribution or the rest applied for is the budget's financing, not one more cost; a column of
notes beside the amounts; the longest post of a column of dot leaders; a total said in prose."""

from __future__ import annotations

import pytest

from assistant.core.sketch.document import parse_sketch


def _budget(body: str, heading: str = "## Budsjett"):
    return parse_sketch(f"# Skisse\n\n{heading}\n\n{body}\n").budget


@pytest.mark.parametrize(
    ("body", "total"),
    [
        (
            "Vi ser føre oss eit tentativt budsjett på om lag 7,9 millionar kroner over tre år. Det omfattar prosjektleiing (1,5 mill.), "
            "frikjøp av lærarar (3,2 mill.), kompetanseutvikling (1,1 mill.), følgjeforsking (1,4 mill.) og utprøving (0,7 mill.). "
            "Kommunane dekkjer 2,5 mill. kr av dette sjølve.",
            7_900_000,
        ),
        (
            "Vi reknar med om lag 30 millionar kroner, fordelt slik: prosjektleiing 5,5 mill.; data 2 mill.; marknadsdialog 0,7 mill.; "
            "utvikling hos partnarane 16 mill.; utprøving 4,5 mill.; evaluering 1,3 mill. Fylkeskommunen stiller med 12 mill. kr.",
            30_000_000,
        ),
        (
            "* Project management: NOK 3.4 million\n* Development phase: NOK 19.0 million\n* Evaluation: NOK 1.6 million\n* Total: NOK 24.0 million\n\n"
            "The county and health trust cover NOK 14.0 million; we apply for risk relief for the rest.",
            24_000_000,
        ),
        (
            "Prosjektleiing 2 mill. kr, utvikling 6 mill. kr og evaluering 1 mill. kr. Partnarane har 3 mill. kr i eigeninnsats.",
            9_000_000,
        ),
    ],
)
def test_who_pays_a_share_is_no_cost_line(body: str, total: int) -> None:
    budget = _budget(body)
    assert sum(line.amount or 0 for line in budget.lines) == total


def test_a_partner_paying_for_a_line_before_any_cost_is_still_read() -> None:
    # Before any cost, a sentence with «dekker» names what is paid for: it is a line.
    budget = _budget("Kommunen dekker frikjøp av ansatte med 1,2 mill. kr. Utvikling 3 mill. kr.")
    assert sum(line.amount or 0 for line in budget.lines) == 4_200_000


def test_a_column_of_notes_named_like_a_sum_is_not_the_amounts() -> None:
    body = (
        "| Post | Beløp | Med i sum? |\n|---|---|---|\n| Prosjektledelse | 3,6 MNOK | ja |\n| Utviklingsfase | 18,0 MNOK | ja |\n"
        "| Kjøp av ferdig løsning | ca. 60 MNOK | nei – tas i ordinære budsjetter |\n| **Sum prosjekt** | **21,6 MNOK** | |"
    )
    budget = _budget(body)
    assert [line.amount for line in budget.lines][:2] == [3_600_000, 18_000_000]
    assert budget.stated_total == 21_600_000


def test_the_longest_post_of_a_dot_leader_column_keeps_its_amount() -> None:
    body = (
        "Prosjektledelse 3 år ..................... 1,800,000\nFrikjøp av ansatte (kommuner og sykehus) . 2,100,000\n"
        "Utviklingsfase med leverandører .......... 3,000,000\nTOTAL .................................... 6,900,000"
    )
    budget = _budget(body, "## 7) Tentativt budsjett (NOK)")
    assert [line.amount for line in budget.lines] == [1_800_000, 2_100_000, 3_000_000]
    assert budget.stated_total == 6_900_000


@pytest.mark.parametrize(
    "sentence",
    [
        "Det tentative budsjettet for prosjektperioden 2027–2029 utgjer 5 400 000 kroner, fordelt på prosjektleiing (1 600 000) og utvikling (3 800 000).",
        "Det foreløpige budsjettet er anslått til 5 400 000 kroner.",
        "The tentative budget for 2027–2029 amounts to NOK 5 400 000.",
    ],
)
def test_a_tentative_budget_said_in_prose_outside_any_budget_part_is_found(sentence: str) -> None:
    text = f"# Skisse\n\n## Behovet\n\nVi har lekkasjar.\n\n## Kvifor oss\n\nVi har data.\n\n{sentence}\n"
    budget = parse_sketch(text).budget
    assert budget is not None and budget.stated_total == 5_400_000
