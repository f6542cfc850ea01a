"""A cost cut said per unit of distance («reduserer kostnaden per kilometer», «cut the cost per
kilometre») is a cheaper service, not less travel: it states no greener aim. Less driving itself
(«redusere kjøringen med 20 prosent», «cut the kilometres driven») still does."""

from __future__ import annotations

import pytest

from .test_verdicts_green_words import green_smart, sketch


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Målet er en ny modell for vedlikehold som reduserer kostnaden per kilometer med 20 prosent."),
        ("nn", "Målet er ein ny modell for vedlikehald som reduserer kostnaden per kilometer med 20 prosent."),
        ("nn", "Vi vil kutte utgiftene pr kilometer veg med ein femtedel."),
        ("en", "The aim is a new maintenance model that cuts the cost per kilometre by 20 per cent."),
        ("en", "We will reduce spending per kilometer of road by a fifth."),
    ],
)
def test_a_cost_cut_per_kilometre_states_no_greener_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim=aim)).status.value != "pass", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Målet er å redusere kjøringen til hjemmetjenesten med 20 prosent."),
        ("nn", "Målet er å kutte talet på kilometer køyrde med ein femtedel."),
        ("en", "The aim is to cut the kilometres driven by home care staff by a fifth."),
        ("en", "We will reduce daily travel for nurses by 30 per cent."),
    ],
)
def test_less_driving_itself_still_states_the_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim=aim)).status.value == "pass", aim
