"""A list item under a lead-in that states the aim («Målet er:», «We aim for:») says its green word
as an aim, even where the parser reads the part as the problem as it is today; the same item under
a lead-in that only names today's state is still met by chance."""

from __future__ import annotations

import pytest

from .one_criterion import one_result
from .test_verdicts_aims import NEED

OTHER_AIM = {"nb": "Vi vil ha flere fysiske møter.", "nn": "Vi vil ha fleire fysiske samlingar.", "en": "We want more meetings in person."}


def sketch(lang: str, lead: str, item: str) -> str:
    need = {"nb": "Behov", "nn": "Behov", "en": "The problem"}[lang]
    aim = {"nb": "Hva vi vil oppnå", "nn": "Kva vi vil oppnå", "en": "What we want"}[lang]
    return (
        f"# Vinter\n\n**Søker:** Trondheim kommune\n\n## {need}\n\n{NEED[lang]}\n\n{NEED[lang]}\n\n{NEED[lang]}\n\n{NEED[lang]}\n\n"
        f"{lead}\n\n- ingen nye skader i pilotbyggene;\n- {item};\n- en metode andre kan ta i bruk.\n\n"
        f"## {aim}\n\n{OTHER_AIM[lang]}\n"
    )


@pytest.mark.parametrize(
    ("lang", "lead", "item"),
    [
        ("nb", "Målet er:", "energibruk til oppvarming under 50 kWh/m² i byggene"),
        ("nn", "Måla våre er desse:", "energibruk til klimatisering under 50 kWh/m²"),
        ("en", "Our targets:", "energy for heating below 50 kWh/m² in the buildings"),
    ],
)
def test_an_item_under_a_lead_in_that_states_the_aim_is_an_aim(lang: str, lead: str, item: str) -> None:
    assert green_smart(sketch(lang, lead, item)).status.value == "pass", lead


@pytest.mark.parametrize(
    ("lang", "lead", "item"),
    [
        ("nb", "Byggene har i dag:", "energibruk til oppvarming på 180 kWh/m²"),
        ("nn", "Dette kjenneteiknar bygga:", "energibruk til klimatisering på 180 kWh/m²"),
        ("en", "The buildings today have:", "energy for heating at 180 kWh/m²"),
        ("nb", "Målet er godt kjent for alle", "energibruk til oppvarming på 180 kWh/m²"),
    ],
)
def test_an_item_under_a_lead_in_on_todays_state_is_met_by_chance(lang: str, lead: str, item: str) -> None:
    assert green_smart(sketch(lang, lead, item)).status.value == "warn", lead


def green_smart(text: str):
    return one_result(text, "green-smart")
