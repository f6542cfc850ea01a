"""A greener aim said in compounds («mindre tomkjøring», «lågare drivstofforbruk», where Norwegian
drops one of three like letters) is the aim said; and an aim to cut the public's own costs, said
without the call's words, keeps a sketch from a confident fail."""

from __future__ import annotations

import pytest

from .one_criterion import one_result
from .test_verdicts_aims import sketch


def green_smart(text: str):
    return one_result(text, "green-smart")


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "1 Mindre tomkjøring og venting i kolonne, og lavere drivstofforbruk"),
        ("nn", "Målet er mindre tomkøyring med brøytebilane og lågare drivstofforbruk."),
        ("nb", "Vi vil redusere skyssbilkjøringen mellom skolene."),
        ("nn", "Kommunane skal halvere drivstofforbruket i heimetenesta innan 2029."),
    ],
)
def test_a_greener_aim_said_in_compounds_passes(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "pass", aim


@pytest.mark.parametrize(
    ("lang", "today"),
    [
        ("nb", "Drivstofforbruket i brøytinga var 1,9 millioner liter i fjor."),
        ("nn", "Tomkøyring er vanleg i dag, fordi ingen ser heile ruta."),
    ],
)
def test_the_same_compounds_said_only_of_today_state_no_aim(lang: str, today: str) -> None:
    aim = "Vi vil ha fleire fysiske samlingar i regionane." if lang == "nn" else "Vi vil ha flere møter."
    assert green_smart(sketch(lang, aim, need_extra=today)).status.value != "pass", today


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Redusere beredskapskostnadene i kommunene med minst 20 prosent."),
        ("nn", "Vi vil kutte utgiftene til ekstra lager og vakt i kommunane."),
        ("en", "We want to lower the municipalities' preparedness costs by a fifth."),
    ],
)
def test_cutting_the_publics_costs_is_no_confident_fail(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "warn", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Kostnadene har økt hvert år, og vi vil ha flere møter."),
        ("en", "Costs rose last year, and we want more meetings in person."),
    ],
)
def test_costs_only_named_say_no_aim_and_still_fail(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "fail", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("en", "The goal is healthier rivers, lower public cost per river, and a method others can use."),
        ("nb", "Målet er friskere elver og en metode som kan brukes langs hele kysten."),
        ("nn", "Vi vil restaurere fleire vassdrag og få reinare fjordar innan 2030."),
    ],
)
def test_the_state_of_nature_as_the_aim_passes(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "pass", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        # Rivers and nature named, no better state of them aimed at.
        ("en", "We want more meetings in person along the rivers."),
        ("nb", "Vi vil ha flere møter med elveeierlagene langs elvene."),
    ],
)
def test_rivers_only_named_state_no_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value != "pass", aim
