"""Budget tables read as an evaluator reads them: the unit said in the total row's label
(«Sum (mill. kr)»), school or budget years as column headers («2026–2027»), and the part that
budgets the project chosen over a part on today's costs («## 1.3 Kostnader» under the
background). Each in bokmål, nynorsk and English, beside its near misses."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def _sketch(body: str, applicant: str = "Sykehuset Innlandet HF"):
    return parse_sketch(f"**Søker:** {applicant}\n\n{body}\n")


@pytest.mark.parametrize(
    ("heading", "label"),
    [("Budsjett", "Sum (mill. kr)"), ("Budsjett", "Sum (MNOK)"), ("Budget", "Total (NOK million)"), ("Budsjett", "Sum i millionar kroner")],
)
def test_the_unit_in_the_total_rows_label_scales_the_table(heading, label):
    table = (
        f"## {heading}\n\n| Post | 2027 | 2028 | Sum |\n|---|---|---|---|\n| Prosjektledelse | 1,0 | 1,0 | 2,0 |\n"
        f"| Frikjøp av sykepleiere | 0,8 | 0,8 | 1,6 |\n| Utviklingsfase hos leverandør | 2,5 | 1,5 | 4,0 |\n| {label} | 4,3 | 3,3 | 7,6 |"
    )
    budget = _sketch(table).budget
    assert budget.stated_total == 7_600_000
    assert [x.amount for x in budget.lines] == [2_000_000, 1_600_000, 4_000_000]


def test_near_miss_a_lines_own_words_with_figures_set_no_unit():
    table = "## Budsjett\n\n| Post | Beløp |\n|---|---|\n| Prosjektledelse (2 mill. kr over tre år) | 2 000 000 |\n| Frikjøp | 800 000 |\n| Sum | 2 800 000 |"
    budget = _sketch(table).budget
    assert budget.stated_total == 2_800_000


@pytest.mark.parametrize("years", [("2026–2027", "2027–2028"), ("2026/27", "2027/28"), ("2026-2027", "2027-2028")])
def test_school_years_as_headers_are_year_columns(years):
    first, second = years
    table = (
        f"## Budsjett\n\n| Aktivitet | {first} | {second} |\n|---|---|---|\n| Prosjektledelse | 800 000 | 800 000 |\n"
        f"| Frikjøp av lærere | 500 000 | 700 000 |\n| Utviklingsfase | – | 3 000 000 |\n| **Sum per år** | **1 300 000** | **4 500 000** |\n\nTotalt 5,8 mill. kr."
    )
    sketch = _sketch(table, "Kristiansand kommune")
    assert [x.amount for x in sketch.budget.lines] == [1_600_000, 1_200_000, 3_000_000]
    assert check_sketch(sketch).criterion("budget-present").status.value == "pass"


@pytest.mark.parametrize(
    ("background", "budget_heading"),
    [
        ("## 1.3 Kostnader", "# Del 7: Budsjett"),
        ("## 1.3 Kostnadar i dag", "# Del 7: Budsjett"),
        ("## 1.3 Costs", "# Part 7: Budget"),
    ],
)
def test_a_part_on_todays_costs_is_not_the_budget_when_a_later_part_budgets_the_project(background, budget_heading):
    text = (
        f"# Del 1: Bakgrunn\n\n{background}\n\n| Transport | Årleg kostnad |\n|---|---|\n| Ferjesamband | 118 mill. kr |\n"
        "| Snøggbåt og lokalbåt | 64 mill. kr |\n| Ambulansebåtar | 36 mill. kr |\n| **Sum** | **218 mill. kr** |\n\n"
        f"{budget_heading}\n\n| Post | Sum |\n|---|---|\n| Prosjektleiing | 2 850 000 |\n| Frikjøp av tilsette | 1 600 000 |\n"
        "| Utviklingsfase med leverandørar | 5 000 000 |\n| **Sum** | **9 450 000** |\n"
    )
    budget = _sketch(text, "Vestland fylkeskommune").budget
    assert budget.stated_total == 9_450_000


def test_near_miss_a_single_costs_part_is_still_the_budget():
    text = "## Kostnader\n\n| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 200 000 |\n| Frikjøp | 800 000 |\n| Sum | 2 000 000 |\n"
    assert _sketch(text, "Bergen kommune").budget.stated_total == 2_000_000


def test_a_roll_out_said_to_be_in_the_budget_is_not_also_said_to_be_held_out():
    text = (
        "## Budsjett\n\n| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 200 000 |\n| Gevinstrealisering | 3 100 000 |\n| Sum | 4 300 000 |\n\n"
        "Posten gevinstrealisering dekker at den ferdige løsningen tas i bruk i ordinær drift ved alle skolene, inkludert lisenser."
    )
    result = check_sketch(_sketch(text, "Kristiansand kommune")).criterion("budget-excludes-procurement")
    assert result.status.value == "fail"
    assert not any("holder anskaffelsen utenfor" in f.message for f in result.findings)


TABLE = "| Post | Kr |\n|---|---|\n| Prosjektledelse | 1 350 000 |\n| Frikjøp av ansatte | 600 000 |\n| Utviklingsfase med leverandører | 3 000 000 |\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Prosjektet har en samlet ramme på kr 4 950 000 over tre år, fordelt slik:", ""),
        ("", "Samla ramme for prosjektet blir dermed om lag 4,95 mill. kr over tre år."),
        ("The project's total budget is NOK 4.95 million over three years:", ""),
    ],
)
def test_a_total_stated_right_beside_a_table_without_a_sum_row_is_its_total(before, after):
    sketch = _sketch(f"## Budsjett\n\n{before}\n\n{TABLE}\n{after}\n", "Vest-Telemark Avfall IKS")
    assert sketch.budget.stated_total == 4_950_000
    assert check_sketch(sketch).criterion("budget-present").status.value == "pass"


@pytest.mark.parametrize(
    "beside",
    [
        # Near misses: a saving, a body's own budget, a figure about the need.
        "Løsningen kan spare kommunene 2 mill. kr i året.",
        "Kommunens årsbudsjett for renovasjon er 19,6 mill. kr.",
        "Hytteeierne betaler i dag 4 200 000 kr i gebyr.",
    ],
)
def test_near_misses_beside_a_table_set_no_total(beside):
    sketch = _sketch(f"## Budsjett\n\n{beside}\n\n{TABLE}", "Vest-Telemark Avfall IKS")
    assert sketch.budget.stated_total is None


def test_a_total_beside_a_table_that_its_lines_miss_warns_without_failing_procurement():
    sketch = _sketch(f"## Budsjett\n\nProsjektet har en samlet ramme på kr 6 000 000, fordelt slik:\n\n{TABLE}", "Vest-Telemark Avfall IKS")
    report = check_sketch(sketch)
    assert report.criterion("budget-present").status.value == "warn"
    assert report.criterion("budget-excludes-procurement").status.value != "fail"
