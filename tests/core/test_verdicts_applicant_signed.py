"""Who applies when no field says so: the line that says who sent the sketch, «vi i …», the
signature under the closing, a private person writing as «jeg» about their own idea, a field
that says its sender is a private person. Bodies named as partners, hosts or places are not the
applicant; a public body named only in the signature applies."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def _eligibility(text: str) -> str:
    return check_sketch(parse_sketch(text)).criterion("eligibility").status.value


CLUB_APPLIES = [
    # nb: a sender line and a signature, the municipality only hoped for.
    "## Idé: Delt halltid\n\n*Innsendt av Fjellheim Idrettslag, Bodø*\n\nVi har 400 medlemmer og for lite halltid. "
    "Bodø kommune eier hallene, og vi har sendt en e-post dit.\n\nMed vennlig hilsen\nStyret i Fjellheim IL\nv/ leder Ola Hansen\n",
    # nn: the signature alone.
    "## Idé\n\nMe ønskjer betre bruk av gymsalane om kvelden. Voss herad har bygd to hallar dei siste åra.\n\n"
    "Vennleg helsing\nStyret i Voss IL\nv/ leiar Kari Lid\n",
    # en: «we at …».
    "## Idea\n\nWe at Nordlys Sports Club want the halls used better in the evenings. Tromsø kommune owns the halls "
    "and has built two new ones.\n\nKind regards\nTrond Berg\n",
]


@pytest.mark.parametrize("text", CLUB_APPLIES)
def test_a_sports_club_that_sends_the_sketch_is_the_applicant_not_the_municipality_it_names(text):
    assert _eligibility(text) == "fail"


PERSON_APPLIES = [
    "# Project sketch\n\n**Submitted by:** Dr. Anna Berg (private individual), Lom\n\n## Background\n\n"
    "I am a retired nurse. The Norwegian Institute of Public Health reports that many older people are lonely.\n",
    "# Skisse\n\n**Sendt av:** Dr. Kari Lid (privatperson), Lom\n\n## Bakgrunn\n\n"
    "Jeg er pensjonert sykepleier. Folkehelseinstituttet melder at mange eldre er ensomme.\n",
    # nn: no field, written as «eg» and signed by the person alone.
    "# Skisse: Møteplassar for eldre\n\nEg har lenge sett at mange eldre i bygda er einsame. Folkehelseinstituttet "
    "skriv at ein av fem over 80 er einsame, og Lom kommune har mange eldre som bur åleine.\n\n"
    "Eg vil samle lag, butikkar og kommunen for å finne nye løysingar.\n\nVennleg helsing\nKari Lid\n",
]


@pytest.mark.parametrize("text", PERSON_APPLIES)
def test_a_private_person_who_sends_the_sketch_is_the_applicant_not_a_body_they_cite(text):
    assert _eligibility(text) == "fail"


PUBLIC_APPLIES = [
    # A municipality's sketch that names a sports club as its partner.
    "**Søker:** Alta kommune\n\n## Samarbeid\n\nVi samarbeider med Tverrelvdalen IL om halltid.\n\n"
    "Med vennlig hilsen\nStyret i Tverrelvdalen IL og Alta kommune\n",
    "## Idé\n\nAlta kommune søker sammen med Tverrelvdalen Idrettslag om et partnerskap for delt halltid.\n\n"
    "Med vennlig hilsen\nKari Lid\nIdrettskonsulent\n",
    # A public body named only in the signature, a company named first in the text.
    "## Idé\n\nVi har snakket med Nordic Halls AS om booking og adgang til gymsalene.\n\n"
    "Med vennlig hilsen\nBodø kommune, kultur og idrett\n",
    # nn: signed by a person, then the body.
    "## Idé\n\nMe har snakka med Voss IL om betre bruk av hallane.\n\nVennleg helsing\nKari Lid\nKultursjef, Voss herad\n",
    # en: «we at» a public body.
    "## Idea\n\nWe at Tromsø kommune want the halls used better. Nordlys Sports Club is our partner.\n",
]


@pytest.mark.parametrize("text", PUBLIC_APPLIES)
def test_near_miss_a_public_body_that_applies_passes_whatever_club_it_names(text):
    assert _eligibility(text) == "pass"


def test_near_miss_an_employee_writing_as_jeg_from_a_municipality_is_not_a_private_person():
    text = "## Idé\n\nJeg er helsesjef i Lom kommune. Jeg vil prøve nye møteplasser for eldre.\n\nMed vennlig hilsen\nKari Lid\n"
    assert _eligibility(text) == "pass"


def test_near_miss_a_person_signing_a_text_that_speaks_for_no_one_is_not_failed_on_a_guess():
    text = "## Idé\n\nMange eldre i bygda er ensomme, og det trengs nye møteplasser.\n\nMed vennlig hilsen\nKari Lid\n"
    assert _eligibility(text) != "fail"
