"""budget-present on budgets whose lines add up once their structure is read: subtotals after
their parts, a phase's sum above its posts, a total said to be rounded, and a post with a part
of it named after «herav» / «of which». A real gap between the total and the lines still warns."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result

SKETCH = """# Trygg heim

**Søker:** Voss herad
**Partnere:** Ulvik herad, Vestland fylkeskommune

## Behov

Hjemmetjenesten kjører 400 000 km i året, og ventetiden øker. Det finnes ingen god løsning i dag.

## Budsjett

{budget}
"""


def status(budget: str, cid: str = "budget-present") -> str:
    report = check_sketch(parse_sketch(SKETCH.format(budget=budget)))
    return str(next(c for c in report.criteria if c.id == cid).status)


SUBTOTALS = [
    # bokmål table, subtotal rows after their parts
    """| Post | Beløp |
|---|---|
| Prosjektledelse | 1 200 000 |
| Frikjøp av ansatte | 800 000 |
| **Delsum interne kostnader** | **2 000 000** |
| Utviklingsfase hos leverandører | 3 000 000 |
| Følgeforskning | 500 000 |
| **Delsum eksterne kostnader** | **3 500 000** |
| **Totalt** | **5 500 000** |""",
    # nynorsk list, phases with their sum above their posts
    """Fase 1 (behovsavklaring, 2027): 1,2 mill. kr
- Prosjektleiing 0,6 mill. kr
- Marknadsdialog 0,6 mill. kr

Fase 2 (utvikling og test, 2028–2029): 5 mill. kr
- Utviklingsfase 4 mill. kr
- Evaluering 1 mill. kr

Totalt 6,2 mill. kr.""",
    # English, subtotal per work package
    """| Item | NOK |
|---|---|
| Project management | 900,000 |
| Staff time | 600,000 |
| Subtotal work package 1 | 1,500,000 |
| Development phase with suppliers | 4,000,000 |
| Evaluation | 500,000 |
| Subtotal work package 2 | 4,500,000 |
| **Total** | **6,000,000** |""",
]


@pytest.mark.parametrize("budget", SUBTOTALS)
def test_subtotals_and_phase_sums_are_not_counted_twice(budget: str) -> None:
    assert status(budget) == "pass"
    assert status(budget, "budget-excludes-procurement") == "pass"


ROUNDED = [
    "- Prosjektleiing: 1,6 mill. kr\n- Frikjøp av tilsette: 0,9 mill. kr\n- Utviklingsfase med leverandørar: 4,3 mill. kr\n- Evaluering: 0,45 mill. kr\n\nSamla om lag 7 mill. kr over tre år. Kjøp av ferdig løysing er ikkje med.",
    "- Prosjektledelse: 1 600 000 kr\n- Utviklingsfase: 4 300 000 kr\n- Evaluering: 450 000 kr\n\nTotalt ca. 6,5 mill. kr.",
    "- Project management: NOK 1.6 million\n- Development phase: NOK 4.3 million\n- Evaluation: NOK 0.45 million\n\nTotal: roughly NOK 6.5 million.",
]


@pytest.mark.parametrize("budget", ROUNDED)
def test_a_total_said_to_be_rounded_may_differ_a_little_from_its_lines(budget: str) -> None:
    assert status(budget) == "pass"


PARTS_NAMED = [
    "- Prosjektledelse og koordinering: 1 500 000 kr\n- Utviklingsfase med leverandører: 4 000 000 kr, herav 1 000 000 kr til testutstyr i piloten\n- Følgeforskning: 600 000 kr\n\nTotalt: 6 100 000 kr.",
    "- Prosjektleiing: 1 500 000 kr\n- Utviklingsfase: 4 000 000 kr, av dette 800 000 kr til prototypar\n- Evaluering: 600 000 kr\n\nTotalt: 6 100 000 kr.",
    "- Project management: NOK 1,500,000\n- Development phase: NOK 4,000,000, of which NOK 1,000,000 for test equipment\n- Evaluation: NOK 600,000\n\nTotal: NOK 6,100,000.",
]


@pytest.mark.parametrize("budget", PARTS_NAMED)
def test_a_part_named_after_herav_is_not_the_posts_amount(budget: str) -> None:
    assert status(budget) == "pass"


NEAR_MISSES = [
    # A real gap: the total says 7,4 mill., the lines 6,1 mill., and no subtotal explains it.
    "| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 100 000 |\n| Frikjøp | 1 000 000 |\n| Utviklingsfase | 4 000 000 |\n| **Totalt** | **7 400 000** |",
    # Rounded, but the gap is a fifth of the total: no rounding explains it.
    "- Prosjektleiing: 1,6 mill. kr\n- Utviklingsfase: 3,0 mill. kr\n- Evaluering: 0,4 mill. kr\n\nSamla om lag 6 mill. kr.",
    # A gap of a fifth with no rounding word: 11 900 000 over lines of 9 800 000.
    "| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 900 000 |\n| Utviklingsarbeid | 5 000 000 |\n| Utprøving | 2 900 000 |\n| **Sum** | **11 900 000** |",
    # A line that looks like a subtotal but sums nothing before it.
    "| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 000 000 |\n| Utviklingsfase | 3 000 000 |\n| Delsum | 3 500 000 |\n| **Totalt** | **9 000 000** |",
]


@pytest.mark.parametrize("budget", NEAR_MISSES)
def test_a_total_the_lines_do_not_reach_still_warns(budget: str) -> None:
    assert status(budget) == "warn"


@pytest.mark.parametrize(
    "caption",
    [
        "Tabellen viser foreløpig budsjett for hele prosjektperioden 2025–2028, i tusen kroner.",
        "Tabellen viser budsjettet for 2025–2028, i tusen kroner.",
        "The table shows the budget for 2025–2028, in thousands of NOK.",
    ],
)
def test_a_caption_that_gives_the_unit_after_the_years_scales_the_table(caption: str) -> None:
    from assistant.core.sketch.budgetunits import text_scale

    assert text_scale(caption) == 1_000
    table = "| Post | 2025 | 2026 | Sum |\n|---|---|---|---|\n| Prosjektleder | 1 100 | 1 100 | 2 200 |\n| Utviklingsfase | 2 000 | 2 500 | 4 500 |\n| **Sum** | 3 100 | 3 600 | 6 700 |"
    present = one_result(SKETCH.format(budget=caption + "\n\n" + table), "budget-present")
    assert str(present.status) == "pass"
    assert "6 700 000" in present.findings[0].message


def test_an_amount_after_a_year_is_still_an_amount() -> None:
    from assistant.core.sketch.budgetunits import text_scale

    assert text_scale("Budsjett 2027, 500 tusen kroner til drift") == 0


NEAR = [
    # A slip of about a post's worth with no rounding word: 10 300 000 over lines of 9 800 000.
    "| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 900 000 |\n| Utviklingsarbeid | 5 000 000 |\n| Utprøving | 2 900 000 |\n| **Sum** | **10 300 000** |",
    # A slip of a few posts' worth: 13 100 000 stated over lines of 12 850 000.
    "| Post | Beløp |\n|---|---|\n| Prosjektleiing | 2 850 000 |\n| Frikjøp | 2 000 000 |\n| Utviklingsfase | 8 000 000 |\n| **Totalt** | **13 100 000** |",
    "- Prosjektleiing: 1 500 000 kr\n- Utviklingsfase: 6 000 000 kr\n- Evaluering: 1 200 000 kr\n\nSum: 8 850 000 kr. Kjøp av ferdig løysing er ikkje med.",
    "- Project management: NOK 1,500,000\n- Development phase: NOK 6,000,000\n- Evaluation: NOK 1,200,000\n\nTotal: NOK 8,600,000.",
]


@pytest.mark.parametrize("budget", NEAR)
def test_a_total_a_few_posts_off_its_lines_passes_with_a_note(budget: str) -> None:
    present = one_result(SKETCH.format(budget=budget), "budget-present")
    assert str(present.status) == "pass"
    assert any(f.message.startswith(("Budsjettet har", "The budget has")) and ("avviker" in f.message or "differs" in f.message) for f in present.findings)


def test_a_unit_in_brackets_beside_the_tables_total_scales_the_table() -> None:
    budget = (
        "| Post | 2027 | 2028 | 2029 |\n|---|---|---|---|\n| Prosjektledelse | 1,0 | 1,0 | 0,8 |\n"
        "| Utviklingsfase | 2,0 | 5,0 | 3,0 |\n| Evaluering | – | 0,3 | 0,4 |\n\n**Sum: 13,5 mill. kr** (alle tall i mill. kr)"
    )
    present = one_result(SKETCH.format(budget=budget), "budget-present")
    assert str(present.status) == "pass"
    assert "13 500 000" in present.findings[0].message
