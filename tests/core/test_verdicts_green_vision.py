"""A green word that names the vision of a plan the sketch cites («visjonen om eit inkluderande og
berekraftig lokalsamfunn» in the municipal plan) is the plan's aim, not the project's: with nothing
else, the sketch does not pass. The project's own vision said with what changes still does."""

from __future__ import annotations

import pytest

from .test_verdicts_green_words import green_smart, sketch


@pytest.mark.parametrize(
    ("lang", "need"),
    [
        ("nb", "Kultur er løftet fram i kommuneplanen for å nå målet og visjonen om et inkluderende, attraktivt og bærekraftig lokalsamfunn."),
        ("nn", "Kultur er løfta fram i kommuneplanen for å nå målet og visjonen om eit inkluderande, attraktivt og berekraftig lokalsamfunn."),
        ("en", "Culture is a key goal of the municipal plan, with its vision of an inclusive, attractive and sustainable community."),
    ],
)
def test_a_cited_vision_of_sustainability_states_no_aim(lang: str, need: str) -> None:
    assert green_smart(sketch(lang, need=need)).status.value != "pass", need


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Vår visjon er en grønnere hjemmetjeneste: vi vil halvere kjøringen med bil innen 2028."),
        ("nn", "Visjonen om ei grønare heimeteneste betyr at vi skal halvere køyringa med bil innan 2028."),
        ("en", "Our vision of a greener home care service means halving the driving by car by 2028."),
    ],
)
def test_a_vision_with_what_changes_still_states_the_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim=aim)).status.value == "pass", aim
