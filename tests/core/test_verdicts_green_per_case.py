"""A smarter public service stated as the public body's own work per case cut: «half the
follow-up time per inspection», «halvere saksbehandlingstida per sak». The service done with
fewer resources is the smarter aim; time per pupil or patient, or per day, is not, and less time
on a task with nothing per case is still no such aim."""

from __future__ import annotations

import pytest

from .one_criterion import one_result
from .test_verdicts_aims import sketch


def green_smart(text: str) -> str:
    return one_result(text, "green-smart").status.value


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("en", "We want a public sector that spends far less inspector time per case. Concretely: half the follow-up time per inspection."),
        ("nb", "Målet er å halvere saksbehandlingstiden per byggesak."),
        ("nn", "Vi vil redusere tidsbruken per tilsyn med minst 40 prosent."),
        ("en", "The aim is to cut the hours spent per application by a third."),
    ],
)
def test_the_public_bodys_work_per_case_cut_is_a_smarter_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)) == "pass", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        # Less time per pupil or patient is less service, not a smarter one.
        ("nb", "Vi vil at lærerne bruker mindre tid per elev på retting."),
        ("en", "Nurses should spend less time per patient."),
        # Time per day or year is a schedule, not work per case.
        ("nn", "Vi vil ha kortare tid per dag på skulebussen."),
        # Less time on a task, with nothing per case, says nothing of where the time goes.
        ("en", "Staff should spend less time handling reservations."),
    ],
)
def test_near_misses_state_no_such_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)) != "pass", aim
