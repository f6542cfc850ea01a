"""Budget lines joined to their amounts by dot leaders, as a word processor's tab leaders paste, and
procurement expertise written half in nynorsk («anskaffelsesfagleg»)."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budget import parse_budget_text
from .test_verdicts_gates import verdict

LEADERS = [
    (
        "Project management and coordination (3 years) ........ 4 000 000\n"
        "Buy-out of staff time in the road owners ............... 2 400 000\n"
        "Development phase with partner companies ............... 12 000 000\n"
        "Total .................................................. 18 400 000"
    ),
    (
        "Prosjektleiing i tre år …… 1 800 000 kr\n"
        "Frikjøp av driftspersonell …… 900 000 kr\n"
        "Utviklingsfase med leverandørane …… 5 500 000 kr\n"
        "Sum …… 8 200 000 kr"
    ),
    (
        "Prosjektledelse (2026–2028) . . . . . 2 000 000\n"
        "Markedsdialog . . . . . 400 000\n"
        "Følgeforskning . . . . . 600 000\n"
        "Totalt . . . . . 3 000 000"
    ),
]


@pytest.mark.parametrize("text", LEADERS)
def test_every_line_with_dot_leaders_is_a_post_and_the_sum_line_the_total(text: str) -> None:
    budget = parse_budget_text(text.splitlines(), 1)
    assert budget is not None
    assert sum(line.amount or 0 for line in budget.lines) == budget.stated_total, [l.raw for l in budget.lines]


@pytest.mark.parametrize("text", LEADERS)
def test_a_budget_with_dot_leaders_is_present(text: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "budget-present", tail=f"\n## Budsjett\n\n{text}\n") == "pass"


def test_a_sentence_that_trails_off_in_dots_is_no_post() -> None:
    # «…» inside prose: the amounts of a sentence are read as prose is, not as one post.
    budget = parse_budget_text(["Vi har brukt 2 millioner på dette .... og 3 millioner på det andre."], 1)
    assert budget is None or len(budget.lines) != 1 or budget.lines[0].amount != 3_000_000


@pytest.mark.parametrize("post", ["Anskaffelsesfagleg bistand", "Anskaffingsfaglig bistand", "Innkjøpsfagleg støtte"])
def test_procurement_expertise_in_any_spelling_is_a_process_cost(post: str) -> None:
    table = (
        "| Post | Kroner |\n|---|---|\n| Prosjektleiing | 1 800 000 |\n"
        f"| {post} | 450 000 |\n| Utviklingsfase | 5 500 000 |\n| Sum | 7 750 000 |"
    )
    assert verdict("**Søker:** Bergen kommune", "budget-excludes-procurement", tail=f"\n## Budsjett\n\n{table}\n") == "pass"
