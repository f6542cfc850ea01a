"""A part headed with what the app or system shall do («Hva appen skal gjøre») starts from the
solution. Near misses: a heading about what the project or the service shall achieve."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Trygg heime

**Søker:** Tynset kommune
**Partnere:** Alvdal kommune

## {heading}

Vi skal utvikle følgende moduler i prosjektperioden: ruteplanlegger, pårørendeportal og dashboard for ledere.

## Behovet

Andelen innbyggere over 80 år i Tynset og Alvdal vil nesten dobles fram mot 2040 (SSB, befolkningsframskrivinger 2022).
"""


def verdict(heading: str) -> str:
    return one_result(SKETCH.format(heading=heading), "not-technology-first").status.value


@pytest.mark.parametrize(
    "heading",
    ["2. Hva appen skal gjøre", "Kva systemet skal gjere", "What the app will do", "What the platform shall offer"],
)
def test_a_heading_on_what_the_app_shall_do_starts_from_the_solution(heading: str) -> None:
    assert verdict(heading) != "pass", heading


@pytest.mark.parametrize(
    "heading",
    ["Hva prosjektet skal oppnå", "Kva tenesta skal gje innbyggjarane", "What we want to achieve"],
)
def test_a_heading_on_what_the_project_shall_achieve_is_no_solution(heading: str) -> None:
    assert verdict(heading) == "pass", heading
