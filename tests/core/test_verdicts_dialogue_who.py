"""Dialogue with business is dialogue with companies: developing the solution «together with» a
university, students, researchers, the users or the applicant's own IT staff is no dialogue with
business, nor is calling in «our existing supplier» for a small fix. Near misses that must still
count: «together with» a university AND companies, and an open dialogue to which today's
suppliers are invited beside others."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Booking av lokaler

**Søker:** Ås kommune
**Partnere:** Nordre Follo kommune

## Behov

Lag og foreninger finner ikke ledige lokaler, og 2 300 bookinger i året håndteres manuelt (sakssystemet, 2024).

## Slik vil vi arbeide

{said}
"""


def dialogue(said: str) -> str:
    return one_result(SKETCH.format(said=said), "business-dialogue").status.value


@pytest.mark.parametrize(
    "said",
    [
        "We want to develop the solution together with NMBU, where a student team has made a first prototype. If we need help with the door access system, we will contact our existing supplier.",
        "Vi vil utvikle løsningen sammen med studenter ved NTNU og vår egen IT-avdeling. Ved behov tar vi kontakt med dagens leverandør av adgangskontroll.",
        "Vi vil utvikle løysinga saman med forskarar ved Høgskulen på Vestlandet og dei tilsette våre. Treng vi hjelp med låsane, kontaktar vi leverandøren vår.",
        "Vi skal teste ut løsningen sammen med brukerne i tre bydeler, og vi bestiller småjusteringer hos vår faste leverandør.",
    ],
)
def test_a_university_students_or_an_existing_supplier_are_no_dialogue_with_business(said: str) -> None:
    assert dialogue(said) == "fail", said


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil utvikle løsningen sammen med NMBU og innovative selskaper, og inviterer leverandører til en dialogkonferanse i mars.",
        "We will develop the solution together with the university and with companies selected in an open competition after a dialogue conference.",
        "Vi inviterer dagens leverandør og andre aktører i marknaden til ein open marknadsdialog, og vil utvikle løysinga saman med dei beste selskapa.",
        "We will invite suppliers of booking systems and access control to a dialogue conference and one-to-one meetings.",
    ],
)
def test_companies_beside_a_university_or_todays_supplier_still_count(said: str) -> None:
    assert dialogue(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil invitere programvareselskap og transportaktørar til ein dialogkonferanse der vi legg fram behovet.",
        "Vi vil invitere rekrutteringsbyråer, boligutviklere og lokale bedrifter til en dialog om hvordan de kan bidra.",
        "Vi vil også invitere rederiene, transportselskaper og andre teknologileverandører til et dialogmøte.",
        "We will invite software companies and ferry operators to a dialogue conference on the need.",
    ],
)
def test_companies_named_in_a_compound_are_invited_business(said: str) -> None:
    assert dialogue(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil invitere Statens vegvesen og fylkeskommunen til et møte om behovet.",
        "Vi vil invitere dei andre kommunane og helseføretaket til eit arbeidsmøte.",
        "We will invite the other municipalities and the health trust to a workshop.",
    ],
)
def test_public_bodies_invited_are_no_business(said: str) -> None:
    assert dialogue(said) != "pass", said
