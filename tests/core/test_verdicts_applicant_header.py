"""Who applies when only the frame of the text says it: a letterhead above the title (a body's
name with its organisation number or address, or the name alone on the first line), and the
domain of the contact's e-mail address. A letterhead names the writer even when the text names a
municipality first; an e-mail domain names only a public body the registry knows, and only where
nothing else says who applies."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.registry_domains import public_domain_body


def _eligibility(text: str) -> str:
    return check_sketch(parse_sketch(text)).criterion("eligibility").status.value


def _applicant(text: str) -> str | None:
    found = parse_sketch(text).applicant
    return found.name if found else None


PRIVATE_LETTERHEADS = [
    # nb: the name, then a line with the organisation number and the post box.
    "Stiftelsen Lysglimt Omsorg\nOrg.nr. 999 999 999 · Postboks 12, 1300 Sandvika\n\n# Trygge netter\n\n"
    "Stiftelsen driver to sykehjem på driftsavtale med Bærum kommune og Asker kommune. Bærum kommune kjøper plassene.\n",
    # nn: one line, the parts split by bars.
    "Stiftinga Fjordtun | Strandvegen 4, 6800 Førde | org.nr. 999 999 999\n\n# Skisse\n\n"
    "Sunnfjord kommune og Kinn kommune har same utfordring med nattevakter som oss.\n",
    # en: a company's letterhead, the municipality named first in the text.
    "**Brightwater Analytics AS** – P.O. Box 88, 5003 Bergen – www.brightwater.no\n\n# Sketch\n\n"
    "Bergen Municipality loses a fifth of its drinking water to leaks, and we want to help.\n",
    # nn: the name alone on the first line, above the title.
    "Stiftinga Kystsamfunn Vest\nSkisse til innovasjonspartnarskap\n\nTrondheim kommune og Hitra kommune har mange små fiskemottak.\n",
]


@pytest.mark.parametrize("text", PRIVATE_LETTERHEADS)
def test_a_private_body_in_the_letterhead_is_the_applicant_not_the_municipality_the_text_names(text):
    assert _eligibility(text) == "fail"


PUBLIC_LETTERHEADS = [
    "Trondheim kommune – Helse og velferd | Postboks 2300, 7004 Trondheim | Org.nr. 942 110 464\n\n# Skisse\n\n"
    "Vi har snakket med Visma AS og Tieto AS om hvordan legemidler kan følges bedre.\n",
    "Oslobygg KF\nPostboks 6700 Etterstad, 0609 Oslo\n\n# Inneklima i skolene\n\nVi har møtt Nordic Air AS om ventilasjon.\n",
    # en: a county's name alone, its Norwegian name in brackets.
    "TROMS COUNTY AUTHORITY (Troms fylkeskommune)\nDepartment of Education\n\n# Project sketch\n\n"
    "We have spoken with Arctic Learning AS about small schools.\n",
]


@pytest.mark.parametrize("text", PUBLIC_LETTERHEADS)
def test_near_miss_a_public_body_in_the_letterhead_applies_whatever_company_the_text_names(text):
    assert _eligibility(text) == "pass"


def test_near_miss_a_title_that_names_a_municipality_is_no_letterhead():
    # The title names the body the project is for; the field says who applies.
    text = "Ny skole for Bodø kommune\n\n**Søker:** Nordbygg Rådgivning AS\n\n## Bakgrunn\n\nBodø kommune trenger skoleplasser.\n"
    assert _applicant(text) == "Nordbygg Rådgivning AS"
    assert _eligibility(text) == "fail"


def test_near_miss_the_call_named_first_is_no_letterhead():
    text = "Innovasjon Norge\nPostboks 448 Sentrum, 0104 Oslo\n\n# Skisse\n\nGjøvik kommune søker om et partnerskap.\n"
    assert _applicant(text) == "Gjøvik kommune"


MAIL_ONLY = [
    # nb: «hos oss», «vi», and the contact's address at the municipality.
    "Prosjektskisse\n\nKI for innbyggerdialog\n\nServicetorget hos oss svarte på 96 000 telefoner i 2023. Vi har møtt "
    "Chatbot Norge AS og Samtale AS.\n\nKontakt: Digitaliseringsrådgiver Amir Haddad, amir.haddad@lillestrom.kommune.no\n",
    # nn: a county's own domain.
    "Skisse\n\nMe har snakka med Fjordferje AS om straum på kaiane.\n\nKontakt: Kari Lid, kari.lid@vlfk.no\n",
    # en: a health trust's name written as its domain.
    "Sketch\n\nWe have met Nordic Beds AS about patient flow.\n\nContact: Ola Berg, ola.berg@helse-bergen.no\n",
]


@pytest.mark.parametrize("text", MAIL_ONLY)
def test_a_public_body_named_only_by_the_contacts_email_domain_applies(text):
    report = check_sketch(parse_sketch(text)).criterion("eligibility")
    assert report.status.value == "pass"
    assert any("e-post" in f.message or "e-mail" in f.message for f in report.findings)


def test_near_miss_a_company_email_domain_tells_nothing_and_a_gmail_neither():
    text = "Prosjektskisse\n\nVi har møtt mange kunder.\n\nKontakt: Ola Berg, ola@brightwater.no\n"
    assert _eligibility(text) == "warn"
    text = "Prosjektskisse\n\nVi har møtt mange kunder.\n\nKontakt: Ola Berg, ola.berg@gmail.com\n"
    assert _eligibility(text) == "warn"


def test_near_miss_a_field_outranks_the_email_domain():
    text = "**Søker:** Brightwater AS\n\n## Bakgrunn\n\nVi vil hjelpe.\n\nKontakt: ola.berg@bergen.kommune.no\n"
    assert _eligibility(text) == "fail"


def test_the_email_domain_keeps_the_name_the_text_uses():
    text = "Skisse\n\nVoss herad har mange besøkjande.\n\nKontakt: kari.lid@voss.herad.no\n"
    assert _applicant(text) == "Voss herad"


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("lillestrom.kommune.no", "Lillestrøm kommune"),
        ("bym.oslo.kommune.no", "Oslo kommune"),
        ("baerum.kommune.no", "Bærum kommune"),
        ("nav.no", "Arbeids- og velferdsetaten"),
        ("vegvesen.no", "Statens vegvesen"),
        ("uib.no", "Universitetet i Bergen"),
    ],
)
def test_a_public_bodys_domain_names_it(domain, name):
    body = public_domain_body(domain)
    assert body is not None and body.name.casefold() == name.casefold()


@pytest.mark.parametrize("domain", ["brightwater.no", "gmail.com", "agder.no", "kommune.no", "nokommune.kommune.no"])
def test_near_miss_a_domain_of_no_public_body_names_none(domain):
    assert public_domain_body(domain) is None
