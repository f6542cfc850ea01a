"""A purchase of a new system said to be included in a budget line or in the total («inkludert
kjøp av nytt ruteplanleggingssystem», «including purchase of a new booking platform») is buying a
finished solution inside the budget: procurement, a fail as an evaluator gives it. What the pilot
tests with, staff time bought out, and a purchase said to be kept out stay development."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budgetmeaning import PROCESS, PROCUREMENT, classify

from .one_criterion import one_result

SKETCH = """# Skisse: Smartere brøyting i Innlandet

**Søker:** Hamar kommune
**Partnere:** Løten kommune, Innlandet fylkeskommune

## Behov

Ruteplanleggingen for brøyting er manuell, og kommunene bruker store summer på kjøring som kunne vært spart.

## Budsjett

- Prosjektledelse: 1 200 000 kr
- Markedsdialog og dialogkonferanse: 800 000 kr
{lines}
"""


def _procurement(lines: str) -> str:
    return one_result(SKETCH.format(lines=lines), "budget-excludes-procurement").status.value


@pytest.mark.parametrize(
    "lines",
    [
        # In the total.
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr, inkludert kjøp av nytt ruteplanleggingssystem",
        "- Utviklingsfase: 3 000 000 kr\n\nTotalt 5 000 000 kr, inkludert kjøp av nytt ruteplanleggingssystem.",
        "- Utviklingsfase: 3 000 000 kr\n- Sum: 5 000 000 kr, medrekna innkjøp av ny plattform for alle einingane",
        "- Development phase: NOK 3 000 000\n- Total: NOK 5 000 000, including purchase of a new route planning system",
        "- Development phase: NOK 3 000 000\n- Total: NOK 5 000 000, including roll-out to all schools",
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr, inkl. lisenser til alle einingane",
        # In a budget line whose first words are development.
        "- Utviklingsfase inkludert kjøp av nytt ruteplanleggingssystem: 3 000 000 kr\n- Totalt: 5 000 000 kr",
        "- Utviklingsfase, inkl. innkjøp av ny programvare: 3 000 000 kr\n- Totalt: 5 000 000 kr",
        "- Development phase, including purchase of new planning software: NOK 3 000 000\n- Total: NOK 5 000 000",
    ],
)
def test_a_purchase_of_a_new_system_said_to_be_included_fails(lines: str) -> None:
    assert _procurement(lines) == "fail"


@pytest.mark.parametrize(
    "lines",
    [
        "- Utviklingsfase inkludert innkjøp av testutstyr til utprøvinga: 3 000 000 kr\n- Totalt: 5 000 000 kr",
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr inkl. frikjøp",
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr\n\nKjøp av ferdig løsning er ikke med.",
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr, inkludert kjøp av nytt system til piloten",
        "- Development phase, including purchase of test equipment for the pilot: NOK 3 000 000\n- Total: NOK 5 000 000",
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr. Innkjøp av nytt ruteplanleggingssystem er ikkje med.",
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr, ikke inkludert kjøp av nytt ruteplanleggingssystem",
        "- Development phase: NOK 3 000 000\n- Total: NOK 5 000 000, excluding purchase of a new route planning system",
        # The purchase is what the procurement adviser prepares, not money spent on the system.
        "- Utviklingsfase: 3 000 000 kr\n- Totalt: 5 000 000 kr, inkludert anskaffelsesfaglig bistand",
    ],
)
def test_test_equipment_staff_time_or_a_purchase_kept_out_stays_pass(lines: str) -> None:
    assert _procurement(lines) == "pass"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Utviklingsfase inkludert kjøp av nytt ruteplanleggingssystem", PROCUREMENT),
        ("Utviklingsfase, inkl. innkjøp av ny programvare", PROCUREMENT),
        ("Utviklingsfase medrekna anskaffing av nytt fagsystem", PROCUREMENT),
        ("Development phase including purchase of a new booking platform", PROCUREMENT),
        ("Utviklingsfase inkludert innkjøp av testutstyr til utprøvinga", PROCESS),
        ("Utviklingsfase inkludert kjøp av nytt system for testing", PROCESS),
        ("Development of a new route planning system", PROCESS),
    ],
)
def test_what_an_included_purchase_pays_for(text: str, kind: str) -> None:
    assert classify(text).kind == kind
