"""A private applicant that says it applies on behalf of public bodies («Vi søker på vegne av
et nettverk av kommuner», «**På vegne av:** norske kommuner», «applies on behalf of the public
building owners») is not anchored by its own board or managing director alone: the anchoring
the call asks for is with those bodies, and the verdict warns until a sentence says their
leaders back it. Near misses: a company applying on its own behalf («på vegne av oss selv»)
is anchored by its own top management; public leaders who back it («Bydelsdirektørene i Alna og Stovner
har bekreftet deltakelse», «The port directors … support the sketch») anchor it, and the
finding quotes them, not the applicant's own leadership."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Framtidas heimeteneste

**Søker:** {applicant}
**Pilotkommuner:** Arendal kommune, Grimstad kommune og Froland kommune

## Om søker

{about}

## Behov

Hjemmetjenesten i Agder bruker 40 prosent av arbeidstiden på kjøring (KS, 2024), og behovet vokser med 30 prosent fram mot 2035 (SSB).

## Forankring

{anchoring}
"""


def top_management(applicant: str, about: str, anchoring: str):
    return one_result(SKETCH.format(applicant=applicant, about=about, anchoring=anchoring), "top-management")


@pytest.mark.parametrize(
    ("applicant", "about", "anchoring"),
    [
        ("Kommuneinnsikt AS", "Kommuneinnsikt AS er et rådgivningsselskap i Arendal. Vi søker på vegne av et nettverk av kommuner i Agder.",
         "Daglig leder i Kommuneinnsikt AS har godkjent skissen og vil være prosjektansvarlig."),
        ("Fjordanalyse AS", "Fjordanalyse AS er eit rådgjevingsselskap. Me søkjer på vegner av kommunane i Agder, som eig behovet.",
         "Styret i Fjordanalyse AS har handsama skissa og stiller seg bak ho."),
        ("Fjordlys Energianalyse AS", "Fjordlys Energianalyse AS, a consultancy of 14 employees, applies on behalf of the municipalities in Agder.",
         "The sketch is approved by the board and CEO of Fjordlys Energianalyse AS."),
        ("Plan & Prosess Rådgivning AS\n**På vegne av:** norske kommuner", "Vi er et rådgivningsselskap med 12 konsulenter.",
         "Daglig leder og styret i Plan & Prosess har vedtatt søknaden."),
    ],
)
def test_a_company_applying_for_public_bodies_is_not_anchored_by_its_own_board_alone(applicant: str, about: str, anchoring: str):
    verdict = top_management(applicant, about, anchoring)
    assert verdict.status.value == "warn"
    assert any("vegne av offentlige" in f.message or "on behalf of public" in f.message for f in verdict.findings), [f.message for f in verdict.findings]


@pytest.mark.parametrize(
    ("applicant", "about", "anchoring"),
    [
        # On behalf of public bodies whose leaders back it.
        ("Kommuneinnsikt AS", "Vi søker på vegne av et nettverk av kommuner i Agder.",
         "Daglig leder i Kommuneinnsikt AS har godkjent skissen. Kommunedirektørene i Arendal og Grimstad har gitt skriftlig tilslutning."),
        ("Innsiktsbyrået Velferd AS", "Vi søker på vegne av to bydeler i Oslo.",
         "Bydelsdirektørene i Alna og Stovner har bekreftet deltakelse i skriftlige støttebrev."),
        ("Fjordhavn Advisory AS", "Fjordhavn Advisory AS applies on behalf of three port authorities.",
         "The port directors of all three port authorities support the sketch. The managing director of Fjordhavn Advisory AS is responsible for the application."),
    ],
)
def test_its_own_behalf_or_public_leaders_backing_it_anchors_it(applicant: str, about: str, anchoring: str):
    assert top_management(applicant, about, anchoring).status.value == "pass"


def test_public_leaders_backing_it_are_quoted_not_called_the_applicants_own():
    verdict = top_management("Innsiktsbyrået Velferd AS", "Vi søker på vegne av to bydeler i Oslo.", "Bydelsdirektørene i Alna og Stovner har bekreftet deltakelse i skriftlige støttebrev.")
    assert not any("egen toppledelse" in f.message for f in verdict.findings)
    assert any("Bydelsdirektørene" in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    ("applicant", "about", "anchoring"),
    [
        ("Aqualytica Rådgivning AS", "Vi sender inn denne skissen på vegne av oss selv, fordi vi ser et stort uløst behov hos kundene våre.",
         "Skissen er godkjent av daglig leder og styret i Aqualytica Rådgivning AS."),
        ("Aqualytica AS", "We submit this sketch on our own behalf.", "The board and CEO of Aqualytica AS have approved the sketch."),
    ],
)
def test_on_its_own_behalf_its_own_board_anchors_it(applicant: str, about: str, anchoring: str):
    verdict = top_management(applicant, about, anchoring)
    assert verdict.status.value == "pass"
    assert not any("vegne av offentlige" in f.message or "on behalf of public" in f.message for f in verdict.findings)
