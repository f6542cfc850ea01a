"""A public applicant that is not itself a municipality or county (a municipal enterprise, an
IKS, a state agency, a health trust) is anchored by its own board and leader; the chief
executive of the municipality or county that owns it or takes part, said to be only informed,
is not the applicant's own chief and leaves that standing. Near misses: the same «only
informed» said by a municipality or county of its own chief, and an enterprise whose own
leadership has not backed it either."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Raskere klagesaker

**Søker:** {applicant}

## Behov

Klagesakene tar i snitt 14 uker, og 3 200 saker ble behandlet i 2025 (årsrapport 2025).

## Forankring

{anchoring}
"""


def top_management(applicant: str, anchoring: str):
    return one_result(SKETCH.format(applicant=applicant, anchoring=anchoring), "top-management")


@pytest.mark.parametrize(
    ("applicant", "anchoring"),
    [
        ("Ålesund Parkering KF", "Styret i Ålesund Parkering KF har behandlet saken og gitt daglig leder fullmakt til å sende skissen. Kommunedirektøren er orientert."),
        ("Bergen Vann KF", "Styret i foretaket har handsama skissa og stiller seg bak ho. Rådmannen er orientert om arbeidet."),
        ("Ytre Sunnmøre Vatn og Miljø IKS", "Representantskapet og styret i selskapet har godkjent skissa, og dagleg leiar er prosjekteigar. Kommunedirektøren er kjent med saka."),
        ("Innherred Renovasjon IKS", "The board of the company has approved the sketch. The chief municipal executive has been informed."),
        ("Statens vegvesen", "Vegdirektøren har godkjent skissen. Fylkesdirektøren for samferdsel er orientert."),
    ],
)
def test_an_enterprises_own_board_anchors_it_beside_the_owners_chief_only_informed(applicant: str, anchoring: str):
    verdict = top_management(applicant, anchoring)
    assert verdict.status.value == "pass", [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    ("applicant", "anchoring"),
    [
        # The municipality's or county's own chief only informed: in doubt, as before.
        ("Ålesund kommune", "Kommunalsjefen for teknisk har godkjent skissen. Kommunedirektøren er orientert."),
        ("Volda kommune", "Einingsleiaren har godkjent skissa. Rådmannen er orientert."),
        ("Vestland fylkeskommune", "Seksjonsleiaren har godkjent skissa. Fylkesdirektøren er orientert."),
        # The enterprise's own leadership has not backed it either.
        ("Ålesund Parkering KF", "Kommunedirektøren er orientert."),
        ("Bergen Vann KF", "Skissa skal leggjast fram for styret i foretaket etter at ho er send. Rådmannen er orientert."),
    ],
)
def test_the_applicants_own_chief_or_nobody_of_its_own_leaves_anchoring_in_doubt(applicant: str, anchoring: str):
    assert top_management(applicant, anchoring).status.value == "warn"
