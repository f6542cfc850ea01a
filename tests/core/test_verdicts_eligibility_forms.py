"""Who may apply, for every legal form and kind of body an applicant may have: municipalities and
counties, their enterprises written as a suffix or in full («KF», «kommunalt foretak», «municipal
enterprise»), inter-municipal bodies, health trusts, state agencies and directorates, the county
governor, universities and university colleges, state enterprises and church councils are public;
a company (even one owned by municipalities), a foundation, an association, an interest
organisation such as KS, a private university college or a consultancy is not."""

from __future__ import annotations

import pytest

from assistant.core.sketch.model import OrgKind
from assistant.core.sketch.registry import classify

from .one_criterion import one_result


def _eligibility(name: str, label: str = "Søker"):
    return one_result(f"**{label}:** {name}\n\n## Behov\n\nTekst om behovet.\n", "eligibility")


PUBLIC = [
    # kommune, fylkeskommune (nb, nn, en)
    ("Bergen kommune", "Søker"),
    ("Voss herad", "Søkjar"),
    ("Bodø Municipality", "Applicant"),
    ("Vestland fylkeskommune", "Søkjar"),
    ("Troms County Council", "Applicant"),
    ("County Authority of Vestland", "Applicant"),
    # KF and FKF, as a suffix and written in full
    ("Bergen Vann KF", "Søker"),
    ("Innlandet Trafikk FKF", "Søker"),
    ("Tromsø kommunale foretak for havn", "Søker"),
    ("Drammen Eiendom kommunalt foretak", "Søker"),
    ("Sogndal kommunale føretak", "Søkjar"),
    ("Vestfold fylkeskommunale foretak for bygg", "Søker"),
    ("Bodø Municipal Enterprise", "Applicant"),
    ("Oslo Port Authority", "Applicant"),
    # IKS, inter-municipal cooperation, regional councils
    ("Sunnhordland brann og redning IKS", "Søkjar"),
    ("Vesterålen Inter-municipal Company", "Applicant"),
    ("Hallingdal interkommunale samarbeid", "Søker"),
    ("Nord-Troms regionråd", "Søker"),
    # health trusts
    ("Helse Bergen HF", "Søkjar"),
    ("Helse Vest RHF", "Søker"),
    ("Bergen Health Trust", "Applicant"),
    # state agencies, directorates, the county governor
    ("Statens vegvesen", "Søker"),
    ("Norwegian Public Roads Administration", "Applicant"),
    ("Miljødirektoratet", "Søker"),
    ("Statsforvalteren i Vestland", "Søker"),
    ("Statsforvaltaren i Vestland", "Søkjar"),
    ("The County Governor of Vestland", "Applicant"),
    ("Vestland County Governor", "Applicant"),
    ("Politiets fellestjenester", "Søker"),
    # universities and university colleges (state)
    ("Universitetet i Bergen", "Søker"),
    ("Høgskulen på Vestlandet", "Søkjar"),
    ("University of Agder", "Applicant"),
    # state enterprises
    ("Statnett SF", "Søker"),
    # church councils
    ("Bergen kirkelige fellesråd", "Søker"),
    ("Sunnfjord kyrkjelege fellesråd", "Søkjar"),
    ("Kirkelig fellesråd i Trondheim", "Søker"),
]


@pytest.mark.parametrize(("name", "label"), PUBLIC)
def test_every_kind_of_public_body_may_apply(name, label):
    assert _eligibility(name, label).status.value == "pass", name


NOT_PUBLIC = [
    # companies, even owned by municipalities or the state
    ("Lyse AS", "Søker"),
    ("Vestkyst Ferjeteknikk ASA", "Applicant"),
    ("Fjellvatn Vassverk SA", "Søkjar"),
    # foundations
    ("Stiftelsen Gode Hjem", "Søker"),
    ("Stiftinga Kystkultur Nordmøre", "Søkjar"),
    ("Arctic Heritage Foundation", "Applicant"),
    # associations and interest organisations (KS among them)
    ("Foreningen Skolevegring Norge", "Søker"),
    ("KS", "Søker"),
    ("KS Agder", "Søker"),
    ("Kommunesektorens organisasjon", "Søkjar"),
    ("Norges Røde Kors", "Søker"),
    # private schools and university colleges
    ("Høyskolen Kristiania", "Søker"),
    ("BI Norwegian Business School", "Applicant"),
    ("VID vitenskapelige høgskole", "Søker"),
    ("Fjordbygda friskule", "Søkjar"),
    # consultancies
    ("Nordvik Rådgivning AS", "Søker"),
    ("Nordic Impact Advisors AS", "Applicant"),
]


@pytest.mark.parametrize(("name", "label"), NOT_PUBLIC)
def test_companies_foundations_associations_and_private_colleges_may_not_apply(name, label):
    result = _eligibility(name, label)
    assert result.status.value == "fail", name
    assert name in result.findings[0].message


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("KS", OrgKind.BRUKERORGANISASJON),
        ("Fjord Shipping KS", OrgKind.SELSKAP),  # a limited partnership: the legal form still ends a longer name
        ("Høgskulen i Volda", OrgKind.OFFENTLIG),  # a state university college
        ("Norges musikkhøgskole", OrgKind.OFFENTLIG),
        ("Fellesrådet for Afrika", OrgKind.UKJENT),  # an association's name, not a church council
    ],
)
def test_near_misses_keep_their_kind(name, kind):
    assert classify(name).kind is kind


def test_the_private_college_finding_says_what_it_is():
    message = one_result("**Applicant:** Høyskolen Kristiania\n\n## Need\n\nText about the need.\n", "eligibility").findings[0].message
    assert "Høyskolen Kristiania" in message and "privat skole" in message
