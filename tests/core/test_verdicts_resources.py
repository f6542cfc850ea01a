"""Using resources better is a smarter aim: «jobbe smartere og bruke ressursene bedre», «nytte
ressursane betre», «make better use of our resources». Near misses: resources named with no
word of using them better."""

from __future__ import annotations

import pytest

from .test_verdicts_aims import green_smart, sketch


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Vi vil jobbe smartere og bruke ressursene bedre i hjemmetjenesten."),
        ("nb", "Målet er å utnytte de samlede ressursene bedre på tvers av kommunene."),
        ("nn", "Vi vil arbeide smartare og nytte ressursane betre i heimetenesta."),
        ("en", "We want to work smarter and make better use of our resources in home care."),
    ],
)
def test_using_resources_better_is_a_smarter_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "pass", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Ressursene i hjemmetjenesten er knappe, og det blir flere eldre."),
        ("nn", "Vi har få ressursar og mange brukarar."),
        ("en", "Resources in home care are scarce, and there are more older people."),
    ],
)
def test_resources_named_without_using_them_better_are_no_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value != "pass", aim
