"""Who bears a cost, and whose cost it is. Costs said to fall only on private parties are no public
budget item («every cooperative pays for its own installation out of common costs», «Beboerne må
betale dyr hurtiglading», «bøndene synest leveringa er dyr»); nor is a user's question of price
(«usikre på hva som koster og hva som er gratis») or the project's own future cost («hva
utviklingsfasen vil koste»). Costs spread over many public budgets are a large item even where one
part of them is sized small («Utgiftene er store og spredt på mange budsjetter»). Near misses: a
private party beside a public body's cost («Hjemmetjenesten koster kommunene mye, og beboerne
merker det») still counts."""

from __future__ import annotations

import pytest

from .cost_sketch import verdict


@pytest.mark.parametrize(
    "need",
    [
        "The problem is carried by the housing cooperatives; every cooperative pays for its own installation out of common costs. Residents who cannot charge at home rely on expensive fast charging.",
        "Problemet ligg hos burettslaga: kvart burettslag betaler sjølv for anlegget, og bebuarane må bruke dyr hurtiglading.",
        "Beboerne i borettslagene må selv betale for ladeanlegget, og det er dyrt for mange husstander.",
        "Mange bønder er usikre på hva som koster og hva som er gratis når de leverer avfall på miljøstasjonen.",
        "Vi vil lage et detaljert budsjett når vi vet mer om hva utviklingsfasen vil koste.",
        "We will make a detailed budget when we know more about what the development phase will cost for the housing companies.",
    ],
)
def test_private_costs_a_price_question_or_the_projects_cost_are_no_public_item(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn", (need, message)


@pytest.mark.parametrize(
    "need",
    [
        "Utgiftene er store og spredt på mange budsjetter. Midlertidige løsninger kostet de fire kommunene til sammen 2,3 mill. kr i 2024.",
        "Utgiftene er store og spreidde på fleire etatar. Mellombelse løysingar kosta dei fire kommunane til saman 2,3 mill. kr i 2024.",
        "The costs are large and spread across several public budgets. Temporary housing cost the four municipalities NOK 2.3 million in 2024.",
    ],
)
def test_costs_spread_over_many_public_budgets_or_a_public_cost_beside_residents_count(need: str) -> None:
    status, message = verdict(need)
    assert status == "pass", (need, message)
