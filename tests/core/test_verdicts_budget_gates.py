"""The two budget gates on budgets as applicants write them: amounts with English thousands
commas («NOK 2,000,000»), a prose budget whose amount per year is split into bracketed parts, and
«spredning» that shares results rather than rolling the solution out."""

from __future__ import annotations

import pytest

from assistant.core.sketch.amounts import find_amounts
from assistant.core.sketch.budget import parse_budget_text
from assistant.core.sketch.budgetmeaning import PROCESS, PROCUREMENT, classify

from .one_criterion import one_result


def criterion(text: str, cid: str):
    return one_result(text, cid)


SKETCH = """# Energy in public buildings

**Applicant:** Kristiansand Municipality
**Partners:** Agder County Authority

## Need

Energy bills for the municipality's buildings have doubled, and nursing homes overheat every summer.

## Budget

{budget}
"""


@pytest.mark.parametrize(
    ("text", "kroner"),
    [
        ("NOK 2,000,000", 2_000_000),
        ("2,000,000 kr", 2_000_000),
        ("NOK 4,500,000.", 4_500_000),
        ("kr 1,250,000.50", 1_250_000),
        # A single comma group stays as before: thousands without a scale, decimals with one.
        ("NOK 2,000", 2_000),
        ("1,5 mill. kr", 1_500_000),
    ],
)
def test_an_amount_with_english_thousands_commas_is_read_whole(text: str, kroner: int) -> None:
    assert [value for _, _, value in find_amounts(text)] == [kroner]


def test_a_list_budget_in_english_thousands_adds_up_to_its_stated_total() -> None:
    budget = "\n".join(
        [
            "- Project management, 3 years: NOK 2,000,000",
            "- Buy-out of staff time: NOK 1,000,000",
            "- Development phase paid to suppliers: NOK 4,500,000",
            "- Evaluation by the university: NOK 600,000",
            "",
            "Total: NOK 8.1 million. Buying the finished solution for all buildings is not included.",
        ]
    )
    present = criterion(SKETCH.format(budget=budget), "budget-present")
    assert present.status.value == "pass"
    assert any("8 100 000" in f.message for f in present.findings)


@pytest.mark.parametrize(
    "prose",
    [
        # English, as written: an amount per year «covers» parts in brackets.
        "We estimate a total development budget of NOK 9.0 million. In 2027, NOK 2.0 million goes to project "
        "management. In 2028, NOK 7.0 million covers the development phase (NOK 5.5 million), staff time "
        "(NOK 1.0 million) and test environments (NOK 0.5 million).",
        # Bokmål.
        "Samlet budsjett er 9,0 mill. kr. I 2027 går 2,0 mill. kr til prosjektledelse. I 2028 dekker 7,0 mill. kr "
        "utviklingsfasen (5,5 mill. kr), frikjøp (1,0 mill. kr) og testmiljø (0,5 mill. kr).",
        # Nynorsk, the parts announced with «fordelt på» and no brackets.
        "Samla budsjett er 9,0 mill. kr. I 2027 går 2,0 mill. kr til prosjektleiing. I 2028 går 7,0 mill. kr til "
        "utviklingsfasen, fordelt på 5,5 mill. kr til leverandørane, 1,0 mill. kr til frikjøp og 0,5 mill. kr til testmiljø.",
        # English with «of which».
        "The total budget is NOK 9.0 million. Project management takes NOK 2.0 million. The development phase takes "
        "NOK 7.0 million, of which NOK 5.5 million to the suppliers, NOK 1.0 million to staff time and NOK 0.5 million to testing.",
    ],
)
def test_an_amount_split_into_its_parts_is_counted_once(prose: str) -> None:
    parsed = parse_budget_text([prose], 1)
    assert parsed.stated_total == 9_000_000
    assert sum(line.amount or 0 for line in parsed.lines) == 9_000_000
    assert 7_000_000 not in [line.amount for line in parsed.lines]
    assert criterion(SKETCH.format(budget=prose), "budget-present").status.value == "pass"


def test_amounts_that_only_happen_to_add_up_stay_separate_lines() -> None:
    # No brackets and nothing that announces parts: three costs side by side, not a sum.
    prose = "Prosjektledelse 2 mill. kr, frikjøp 1 mill. kr og testing 1 mill. kr."
    parsed = parse_budget_text([prose], 1)
    assert [line.amount for line in parsed.lines] == [2_000_000, 1_000_000, 1_000_000]


@pytest.mark.parametrize(
    "item",
    [
        "Spredning og utarbeiding av krav og veiledere",
        "Spredning av resultater til alle kommuner",
        "Spreiing av erfaringane",
        "Dissemination of results to all hospitals",
        "Gevinstrealisering og spredning",
    ],
)
def test_spreading_results_is_not_rolling_the_solution_out(item: str) -> None:
    assert classify(item).kind != PROCUREMENT


@pytest.mark.parametrize(
    "item",
    [
        "Spredning av løsningen til alle kommuner etter piloten",
        "Spreiing til alle kommunane etter piloten",
        "Spreiing av løysinga i heile fylket",
        "Spreading the solution to all hospitals in the region",
        "Spredning til de 20 andre kommunene",
        "Utrulling i alle tjenestene",
    ],
)
def test_spreading_the_solution_to_every_place_is_roll_out(item: str) -> None:
    assert classify(item).kind == PROCUREMENT


def test_a_dissemination_line_in_a_budget_table_does_not_fail_the_gate() -> None:
    budget = "\n".join(
        [
            "Kjøp og installasjon av ferdige løsninger er ikke med i budsjettet.",
            "",
            "| Post | Beløp (NOK) |",
            "|---|---|",
            "| Prosjektledelse | 3 000 000 |",
            "| Utviklingsfase – betaling til leverandører | 9 000 000 |",
            "| Spredning og utarbeiding av krav og veiledere | 800 000 |",
            "| **Sum** | **12 800 000** |",
        ]
    )
    assert criterion(SKETCH.format(budget=budget), "budget-excludes-procurement").status.value == "pass"
    rolled = budget.replace("Spredning og utarbeiding av krav og veiledere", "Spredning av løsningen til alle sykehus")
    assert criterion(SKETCH.format(budget=rolled), "budget-excludes-procurement").status.value == "fail"
    assert classify("Spredning av erfaringer").kind == PROCESS
