"""A planned market dialogue or dialogue conference names the market itself: «Vi vil invitere til
open marknadsdialog i Molde våren 2027» or «We will hold a market dialogue with AI vendors» is a
dialogue with business said once, enough to pass. Near misses: a market dialogue only wished
for, and one held to pick a vendor, do not pass."""

from __future__ import annotations

import pytest

from .test_verdicts_dialogue_who import dialogue


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil invitere til open marknadsdialog i Molde våren 2027, saman med LUP og Digitalt veikart.",
        "Vi skal gjennomføre en åpen markedsdialog i Ås høsten 2026 før vi går inn i et partnerskap.",
        "We will hold a market dialogue with leading AI vendors and platform providers to understand their roadmaps.",
        "Dialogkonferanse i Ås i mars 2027, open for alle interesserte.",
    ],
)
def test_a_planned_market_dialogue_is_enough_said_once(said: str) -> None:
    assert dialogue(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Det hadde vore fint med ein marknadsdialog ein gong.",
        "We will hold a market dialogue to choose the vendor with the lowest price and then sign the contract.",
    ],
)
def test_a_market_dialogue_wished_for_or_held_to_pick_a_vendor_does_not_pass(said: str) -> None:
    assert dialogue(said) != "pass", said
