"""Anchoring with top management: a kommunalsjef heads one sector and is no top management, and a
project only reported to the chief's leader group («er meldt inn til kommunedirektørens
ledergruppe», «has been submitted to the leadership group») is not yet backed by it. A chief
executive or a leader group that has approved it anchors it. Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

TEXT = """# Legemiddel i heimetenesta

**Søker:** Sandnes kommune
**Partnere:** Gjesdal kommune

## Behov

Heimetenesta deler ut legemiddel til 1 650 brukarar, og det vart meldt 820 avvik i 2025 (eigne tal).

## Forankring

{said}
"""


def anchoring(said: str) -> str:
    return one_result(TEXT.format(said=said), "top-management").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Kommunalsjef for helse og velferd i Sandnes står bak skissen, og prosjektet er meldt inn til kommunedirektørens ledergruppe.",
        "Kommunalsjef for helse i Sandnes står bak skissa, og prosjektet er meldt inn til leiargruppa til kommunedirektøren.",
        "The head of health and welfare (kommunalsjef) backs the sketch, and the project has been submitted to the chief executive's leadership group.",
    ],
)
def test_a_sector_head_and_a_project_only_reported_to_the_leader_group_leave_it_open(said: str) -> None:
    assert anchoring(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektøren i Sandnes står bak skissen, og kommunedirektørens ledergruppe har godkjent prosjektet.",
        "Kommunedirektøren i Sandnes har godkjent skissa.",
        "The chief municipal executive of Sandnes has approved the sketch.",
    ],
)
def test_a_chief_or_leader_group_that_approved_it_anchors_it(said: str) -> None:
    assert anchoring(said) == "pass", said
