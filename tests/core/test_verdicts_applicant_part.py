"""Who applies, read from the part that presents the applicant («## Søker», «## Om søkjaren»,
«Hvem er vi:», «About us») when no field says it: the body whose name opens that part applies,
not a public body the sentence names after it (the health trust a foundation has an agreement
with, the municipality it hopes to work with). A public body opening the part applies as before;
a part that opens with «Vi» or a person's name leaves the other readings to decide."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def _eligibility(text: str) -> str:
    return check_sketch(parse_sketch(text)).criterion("eligibility").status.value


def _applicant(text: str) -> str | None:
    found = parse_sketch(text).applicant
    return found.name if found else None


PRIVATE_PARTS = [
    # nb: a foundation's name, its number, and the health trust it has an agreement with.
    "# Skisse: Fra behandling til bolig\n\n## Søker\n\n"
    "Stiftelsen Lysbu Behandling (org.nr. 999 999 999), ideell aktør med driftsavtale med Helse Vest RHF om rusbehandling.\n\n"
    "Partnere: Helse Bergen HF og Bergen kommune.\n\n## Behovet\n\nMange får tilbakefall etter utskriving.\n",
    # nn: «Om søkjaren», the municipality named after the foundation.
    "# Skisse\n\n## 1. Om søkjaren\n\n"
    "Stiftinga Fjordheim vart skipa i 2001 og driv eit omsorgssenter på avtale med Sunnfjord kommune.\n\n"
    "## 2. Behovet\n\nNattevaktene er for få.\n",
    # nb: «Hvem er vi:» over an association the registry does not know, described as one.
    "Trygg vinter – skisse fra Lofoten Kystforum\n\nHvem er vi:\n"
    "Lofoten Kystforum er en frivillig forening med 120 medlemmer i fiskeværene. Vi jobber for at folk skal kunne bo der.\n\n"
    "Samarbeid:\nVi håper at Vestvågøy kommune og Nordland fylkeskommune vil bli med.\n",
    # en: «About us» over a voluntary association.
    "# Sketch\n\n## About us\n\n"
    "Northlight Neighbours is a voluntary association with 200 members in Tromsø.\n\n"
    "## Partners\n\nWe hope Tromsø kommune will join.\n",
]


@pytest.mark.parametrize("text", PRIVATE_PARTS)
def test_the_private_body_that_opens_the_applicants_part_applies(text):
    assert _eligibility(text) == "fail"


PUBLIC_PARTS = [
    # An inter-municipal company opening the part applies; the owners named after it change nothing.
    ("# Skisse\n\n## Om søkeren\n\nInnherred Energitjenester IKS er et interkommunalt selskap eid av Levanger og Verdal kommuner.\n\n"
     "## Behov\n\nByggene bruker for mye energi.\n", "pass"),
    # A municipality opens the part, a foundation is named as its partner.
    ("# Skisse\n\n## Søker\n\nBergen kommune, Etat for helsetjenester, sammen med Stiftelsen Bergensklinikkene.\n\n"
     "## Behov\n\nMange får tilbakefall.\n", "pass"),
    # en: a health trust about itself.
    ("# Sketch\n\n## The applicant\n\nHelse Bergen HF runs Haukeland University Hospital.\n\n## Need\n\nWaiting times grow.\n", "pass"),
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC_PARTS)
def test_near_miss_a_public_body_opening_the_part_still_applies(text, expected):
    assert _eligibility(text) == expected


def test_near_miss_a_field_still_decides_over_the_part():
    text = ("# Skisse\n\n**Søker:** Bodø kommune\n\n## Om søkeren\n\nStiftelsen Nordlys driver dagsenteret for kommunen.\n\n"
            "## Behov\n\nFor få plasser.\n")
    assert _applicant(text) == "Bodø kommune"


def test_near_miss_a_part_opening_with_we_leaves_the_text_to_say_who_applies():
    text = "# Skisse\n\n## Om oss\n\nVi er en stor kommune på Vestlandet.\n\nBergen kommune søker sammen med Helse Bergen HF.\n"
    assert _applicant(text) == "Bergen kommune"
