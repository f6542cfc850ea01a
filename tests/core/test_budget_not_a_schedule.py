"""A schedule is no budget, and a budget still to be made is none yet: the budget gate is not
passed on the years of a timeline («Høst 2026») or on a promise to make a budget later."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.rubric import load_rubric

NEED = "## Behov\n\nKommunen bruker 40 mill. kr i året på vikarer i hjemmetjenesten (KOSTRA 2024).\n\n"


def _budget_status(text: str) -> str:
    report = check_sketch(parse_sketch(text), load_rubric(None))
    return next(c.status.value for c in report.criteria if c.id == "budget-present")


@pytest.mark.parametrize(
    "schedule",
    [
        "## Fremdrift\n\n| Fase | Tidspunkt |\n|---|---|\n| Behovsavklaring | Høst 2026 |\n| Markedsdialog | Vinter 2026/27 |\n| Utvikling og test | Høst 2027 – vår 2029 |\n",
        "## Framdrift\n\n| Aktivitet | Tid |\n|---|---|\n| Kartlegging | Vår 2026 |\n| Dialog med marknaden | Haust 2026 |\n| Utprøving | 2027 |\n",
        "## Timeline\n\n| Phase | When |\n|---|---|\n| Needs analysis | Autumn 2026 |\n| Market dialogue | Spring 2027 |\n| Pilot | 2028 |\n",
        "## Plan\n\n| Milepæl | Dato |\n|---|---|\n| Oppstart | 1.9.2026 |\n| Konkurranse | 2027 |\n| Sluttrapport | 2029 |\n",
    ],
)
def test_a_schedule_table_is_no_budget(schedule: str) -> None:
    # Words of a budget just before it (project management, staff bought out) drew the table in.
    text = NEED + "## Organisering\n\nProsjektledelsen ligger hos kommunen, som frikjøper en rådgiver i halv stilling.\n\n" + schedule
    assert parse_sketch(text).budget is None
    assert _budget_status(text) == "fail"


@pytest.mark.parametrize(
    "budget",
    [
        "## Budsjett\n\n| Post | 2026 | 2027 |\n|---|---|---|\n| Prosjektledelse | 400 000 | 400 000 |\n| Markedsdialog | 200 000 | 100 000 |\n",
        "## Budsjett\n\n| Aktivitet | Periode | Kostnad (kr) |\n|---|---|---|\n| Prosjektledelse | 2026–2028 | 1 200 000 |\n| Markedsdialog | Høst 2026 | 300 000 |\n",
        "## Budget\n\n| Item | Amount |\n|---|---|\n| Project management | NOK 900 000 |\n| Testing | NOK 600 000 |\n",
    ],
)
def test_a_budget_table_with_years_or_a_period_still_reads(budget: str) -> None:
    parsed = parse_sketch(NEED + budget).budget
    assert parsed is not None and all(line.amount and line.amount >= 100_000 for line in parsed.lines)


@pytest.mark.parametrize(
    "later",
    [
        "## Økonomi\n\nVi vil utarbeide et budsjett i samarbeid med partnerne dersom skissen går videre.\n",
        "## Økonomi\n\nVi skal setje opp eit budsjett saman med partnarane når skissa går vidare.\n",
        "## Costs\n\nWe will prepare a budget with the partners once the sketch goes forward.\n",
    ],
)
def test_a_budget_still_to_be_made_is_none_yet(later: str) -> None:
    """Nor does a table of figures right after it become the budget."""
    after = "## Pilotene\n\n| Pilot | Brukere |\n|---|---|\n| Lier | 27 000 |\n| Holmestrand | 11 000 |\n"
    assert _budget_status(NEED + later + "\n" + after) == "fail"


def test_a_budget_promised_in_more_detail_beside_its_table_stands() -> None:
    text = NEED + (
        "## Budsjett\n\nVi vil utarbeide et detaljert budsjett dersom skissen går videre. Foreløpig anslag:\n\n"
        "| Post | Beløp |\n|---|---|\n| Prosjektledelse | 800 000 kr |\n| Markedsdialog | 300 000 kr |\n"
    )
    assert _budget_status(text) == "pass"
