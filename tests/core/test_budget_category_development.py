"""Staff time bought out for the project, follow-up research and evaluation are development
costs, as the call lists them: «Utvikling», never «Anna» or «Testing/pilot» (an evaluator reading
«Anna» for 750 000 kr would ask what it is)."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budget import infer_category
from assistant.core.sketch.model import BudgetCategory


@pytest.mark.parametrize(
    "item",
    [
        "Frikjøp av sjukepleiarar",
        "Frikjøp av ansatte",
        "Frikjøp av lærere (20 %)",
        "Staff buy-out",
        "Følgjeforsking frå høgskulen",
        "Følgeforskning",
        "Follow-up research",
        "Evaluering",
        "Evaluation by NTNU",
    ],
)
def test_buy_out_and_follow_up_research_are_development(item: str) -> None:
    assert infer_category(item) is BudgetCategory.DEVELOPMENT


@pytest.mark.parametrize(
    ("item", "category"),
    [
        ("Prosjektleiing (frikjøp 50 %)", BudgetCategory.PROJECT_MANAGEMENT),  # the project lead's time
        ("Evaluering av piloten", BudgetCategory.TESTING),  # evaluating the pilot is part of it
        ("Testing i pilot", BudgetCategory.TESTING),
        ("Innkjøp av ferdig løsning", BudgetCategory.PROCUREMENT),
        ("Reiser", BudgetCategory.OTHER),
    ],
)
def test_the_other_categories_are_as_before(item: str, category: BudgetCategory) -> None:
    assert infer_category(item) is category
