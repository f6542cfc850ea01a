"""Public bodies behind a sketch named where evaluators see them at a glance: a line of bodies
under a title or kicker («Skisse – innovasjonspartnerskap», then «Sel kommune og Nord-Fron
kommune»; «### Skisse fra Stavanger kommune, Rogaland fylkeskommune og Sandnes kommune»), an
IKS's owner municipalities under a key of their own («**Eigarkommunar og deltakarar:**») or
named after a compound plural («sammen med eierkommunene Levanger, Verdal og Frosta»). Near
misses: the applicant's own field naming its unit while it applies alone, a long title that
names two bodies in prose, owner municipalities said only to be interested."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def parties(text: str) -> tuple[list[str], str]:
    sketch = parse_sketch(text + BODY)
    report = check_sketch(sketch)
    status = next(c for c in report.criteria if c.id == "public-collaboration").status.value
    return [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    "text",
    [
        # A kicker, then the bodies on a line of their own.
        "Skisse – innovasjonspartnerskap\n\nSel kommune og Nord-Fron kommune\n\nBedre kommunale veger",
        "Skisse til innovasjonspartnarskap\n\nVoss herad · Ulvik herad\n\nTryggare vassforsyning",
        "Sketch – innovation partnership\n\nTromsø Municipality and Troms County Authority\n\nSafer winter roads",
        # A title, then a sub-heading saying whom the sketch is from.
        "# Sykkelbyen som ikke tar vinterferie\n\n### Skisse fra Stavanger kommune, Rogaland fylkeskommune og Sandnes kommune",
        "# Vinterveg for syklistar\n\n### Skisse frå Bergen kommune og Vestland fylkeskommune",
        "# Cycling through the winter\n\n### A sketch from Stavanger Municipality and Sandnes Municipality",
        # An IKS and its owner municipalities under a key of their own.
        "# Slam\n\n**Søkjar:** Ytre Sunnmøre Vatn og Miljø IKS\n**Eigarkommunar og deltakarar:** Giske kommune, Sula kommune, Hareid kommune",
        "# Slam\n\n**Søker:** Innherred Renovasjon IKS\n**Eierkommuner:** Levanger kommune og Verdal kommune",
        "# Sludge\n\n**Applicant:** Innherred Renovasjon IKS\n**Owner municipalities and participants:** Levanger kommune, Verdal kommune",
        # The owner municipalities named after a compound plural in a sentence on who takes part.
        "# Smart tømming\n\n**Søker:** Innherred Renovasjon IKS\n\nProsjektet skal gjennomføres sammen med eierkommunene Levanger, Verdal, Inderøy og Frosta.",
        "# Smart tømming\n\n**Søkjar:** Innherred Renovasjon IKS\n\nProsjektet skal gjennomførast saman med eigarkommunane Levanger, Verdal og Frosta.",
        "# Smart emptying\n\n**Applicant:** Innherred Renovasjon IKS\n\nThe project is carried out together with the owner municipalities Levanger, Verdal and Frosta.",
        # The applicant's field naming the others after «med», «sammen med», «with».
        "# Tenester\n\nSøkjar: Giske kommune, med Sula kommune og Hareid kommune",
        "# Tjenester\n\n**Søker:** Larvik kommune sammen med Sandefjord kommune",
        "# Services\n\n**Applicant:** Tromsø Municipality, with Troms County Authority",
        # The bodies, a colon, then the title.
        "Skisse – innovasjonspartnerskap\n\nGjøvik kommune, Østre Toten kommune og Vestre Toten kommune: Språk og tidlig innsats i barnehagen",
        "Vinje kommune og Tokke kommune: Tryggare vegar om vinteren",
        "Tromsø Municipality and Troms County Authority: Safer winter roads for everyone",
    ],
)
def test_bodies_named_at_the_top_or_as_owners_are_partners(text):
    names, status = parties(text)
    assert len(names) >= 2, names
    assert status == "pass"


@pytest.mark.parametrize(
    "text",
    [
        # The applicant's field names the body and its own unit; it says it applies alone.
        "# Frå fengsel til fast grunn\n\n**Søkjar:** Kriminalomsorgsdirektoratet, Kriminalomsorga region vest (Bergen)\n"
        "**Samarbeidspartnarar:** Vi søkjer åleine.",
        # A long title that names two bodies in what it is about, not as those behind it.
        "# Bedre samarbeid mellom Bergen kommune og Helse Bergen om utskriving av eldre pasienter med stort behov for hjelp\n\n"
        "**Søker:** Bergen kommune\n**Partnere:** Vi søker alene.",
        # Owner municipalities said only to be interested.
        "# Smart tømming\n\n**Søker:** Innherred Renovasjon IKS\n\nEierkommunene Levanger og Verdal har uttrykt interesse for prosjektet.",
        "# Smart emptying\n\n**Applicant:** Innherred Renovasjon IKS\n\nThe owner municipalities Levanger and Verdal have expressed interest in the project.",
        # A kicker and one body only.
        "Skisse – innovasjonspartnerskap\n\nSel kommune\n\nBedre kommunale veger",
        # The applicant's field naming another body only as a source of input or support.
        "# Tenester\n\nSøkjar: Giske kommune, med innspel frå Sula kommune\n**Partnarar:** Vi søkjer åleine.",
        # One body before the colon, a title naming another after it.
        "Gjøvik kommune: Kortare ventetid før utskriving frå Sykehuset Innlandet\n\n**Partnarar:** Vi søkjer åleine.",
    ],
)
def test_one_body_with_its_unit_or_interested_owners_is_no_partnership(text):
    names, status = parties(text)
    assert len(names) < 2, names
    assert status == "warn"


@pytest.mark.parametrize(
    "text",
    [
        "# Senger\n\n**Søker:** MedFlyt Norge AS\n**Partnere:** Helse Stavanger HF og Sandnes kommune (begge har uttrykt seg positive til prosjektet)",
        "# Senger\n\n**Søkjar:** Sengeflyt AS\n**Partnarar:** Helse Førde HF, Sunnfjord kommune (begge er orienterte)",
        "# Beds\n\n**Applicant:** Fjordlys AS\n**Partners:** Bergen Municipality and Helse Bergen HF (both have expressed interest)",
    ],
)
def test_partners_a_bracket_calls_all_only_positive_or_informed_are_no_partnership(text):
    names, status = parties(text)
    assert len(names) < 2, names
    assert status == "warn"


@pytest.mark.parametrize(
    "text",
    [
        "# Senger\n\n**Søker:** Bodø kommune\n**Partnere:** Saltdal kommune og Nordland fylkeskommune (begge har signert intensjonsavtale)",
        "# Beds\n\n**Applicant:** Bergen Municipality\n**Partners:** Alver Municipality (interested), Helse Bergen HF",
    ],
)
def test_partners_a_bracket_that_binds_them_or_qualifies_one_leaves_the_others(text):
    names, status = parties(text)
    assert len(names) >= 2, names
    assert status == "pass"
