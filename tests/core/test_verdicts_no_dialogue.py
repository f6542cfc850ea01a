"""A sketch that says it sees no need for a market dialogue has no dialogue with business: «Vi
ser ikke behov for en egen markedsdialog». Near misses: a «not» about something else beside a
planned dialogue."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Pasientflyt

**Søker:** Sykehuset Innlandet HF
**Partnere:** Gjøvik kommune, Hamar kommune

## Behov

Utskrivningsklare pasienter ligger 9 000 døgn i året på sykehuset (Helsedirektoratet, 2023).

## Marked

{said}
"""


def dialogue(said: str) -> str:
    return one_result(SKETCH.format(said=said), "business-dialogue").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Løsningen utvikles av vårt eget team. Vi ser derfor ikke behov for en egen markedsdialog eller for å involvere andre leverandører.",
        "Vi ser ikkje behov for marknadsdialog; løysinga blir laga av eigne tilsette.",
        "We see no need for a market dialogue or to involve other suppliers; our own team builds it.",
        "Det er ingen grunn til å invitere leverandører, for vi utvikler alt selv.",
    ],
)
def test_no_need_for_a_market_dialogue_is_no_dialogue(said: str) -> None:
    assert dialogue(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil ikke låse oss til én løsning. Vi vil holde en åpen markedsdialog med leverandører høsten 2026 og invitere bedrifter til en dialogkonferanse.",
        "Vi har ikkje behov for å velje løysing no. Vi skal halde ein open marknadsdialog med leverandørar og invitere bedrifter til dialogkonferanse.",
        "We do not know the answer yet. We will hold an open market dialogue with suppliers and invite companies to a dialogue conference.",
    ],
)
def test_a_not_about_something_else_leaves_the_planned_dialogue(said: str) -> None:
    assert dialogue(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "We intend to develop the solution ourselves. We do not plan a market dialogue at this stage, but may contact suppliers later if specific needs come up.",
        "Vi utvikler løsningen selv. Vi planlegger ikke noen markedsdialog nå, men kan kontakte leverandører senere.",
        "Vi lagar løysinga sjølve. Vi har ikkje planlagt nokon marknadsdialog, men kan ta kontakt med leverandørar seinare.",
        "We are not planning any market dialogue; the IT department builds it.",
    ],
)
def test_no_planned_market_dialogue_is_no_dialogue(said: str) -> None:
    assert dialogue(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        # «not» about something else beside a planned dialogue.
        "We do not plan to choose a technology first; we will hold a market dialogue with suppliers in the spring.",
        "Vi planlegger ikke å velge løsning på forhånd, og vi vil invitere leverandører til en markedsdialog i mars.",
    ],
)
def test_not_planning_something_else_keeps_the_dialogue(said: str) -> None:
    assert dialogue(said) == "pass", said
