"""With no part on why us, the part on the partnership is where the writer answers it; when that
part only names the partners and claims («Partnerskapet består av … Vi er godt egnet til
oppgaven.», «Vi har lang erfaring med samarbeid i regionen og meiner vi er godt eigna»), the
answer gives no reason, and words met elsewhere (staff «med lang erfaring» in the need) do not
make one. A claim that goes on to its reason («… fordi vi har daglig kontakt med målgruppen»),
a figure or an earlier deed, or a part of its own that argues, still passes. Each in bokmål,
nynorsk and English."""

from __future__ import annotations

import pytest

from .test_verdicts_why_us import full, why_us

STAFF = {
    "nb": "## Bakgrunn\n\nDriftsteknikerne våre har lang erfaring, men er få, og vi har gode erfaringer fra markedsdialoger.\n\n",
    "nn": "## Bakgrunn\n\nDriftsteknikarane våre har lang erfaring, men er få, og vi har gode erfaringar frå marknadsdialogar.\n\n",
    "en": "## Background\n\nOur operators have long experience but are few, and we have good experience from market dialogues.\n\n",
}

CLAIM_ONLY = [
    ("nb", "## Om partnerskapet\n\nPartnerskapet består av Bykle kommune, Valle kommune og Agder fylkeskommune. Vi er godt egnet til oppgaven."),
    ("nb", "## Om partnerskapet\n\n| Partner | Rolle |\n|---|---|\n| Bykle kommune | Søker |\n| Valle kommune | Testarena |\n\nVi mener vi er rett partnerskap for dette."),
    ("nn", "## Om partnarskapet\n\nVi har lang erfaring med samarbeid i regionen og meiner vi er godt eigna til å gjennomføre prosjektet."),
    ("nn", "## Partnarskapet\n\n- Bykle kommune\n- Valle kommune\n- Agder fylkeskommune\n\nVi er godt rusta til å løyse oppgåva."),
    ("en", "## The partnership\n\nThe partnership consists of Bykle Municipality, Valle Municipality and Agder County. We are well placed to deliver this project."),
    ("en", "## Partners\n\nWe are a strong team with broad experience and believe we are the right partnership for this."),
]


@pytest.mark.parametrize(("lang", "part"), CLAIM_ONLY)
def test_a_partnership_part_that_only_claims_is_the_answer(lang: str, part: str) -> None:
    assert why_us(full(lang, STAFF[lang] + part)) == "warn"


REASONED = [
    ("nb", "## Om partnerskapet\n\n| Partner | Rolle |\n|---|---|\n| Bykle kommune | Søker |\n| Valle kommune | Testarena |\n\nVi er best egnet fordi vi har direkte kontakt med hyttebygdene hver dag, og fordi partnerne har sagt ja til å teste nye løsninger."),
    ("nb", "## Om partnerskapet\n\nPartnerskapet består av Bykle kommune og Valle kommune. Vi er godt egnet: Bykle driver landets største renseanlegg for hytteområder og har målt belastningen time for time siden 2015."),
    ("nn", "## Om partnarskapet\n\nVi er godt eigna sidan Bykle og Valle har drive felles vassverk sidan 2012 og har data frå alle 4 000 hyttene."),
    ("en", "## The partnership\n\nWe are well placed because Bykle has run the largest cabin sewage plant in the country since 2015 and holds load data for every hour."),
]


@pytest.mark.parametrize(("lang", "part"), REASONED)
def test_a_partnership_part_that_gives_its_reason_passes(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


OWN_PART = {
    "nb": "## Hvorfor oss\n\nBykle kommune har drevet landets største renseanlegg for hytteområder siden 2015 og har målt belastningen hver time.",
    "nn": "## Kvifor oss\n\nBykle kommune har drive det største reinseanlegget for hytteområde i landet sidan 2015 og har målt belastninga kvar time.",
    "en": "## Why us\n\nBykle Municipality has run the country's largest sewage plant for cabin areas since 2015 and has measured the load every hour.",
}


@pytest.mark.parametrize(("lang", "part"), [c for c in CLAIM_ONLY if c[0] != "en" or "consists" in c[1]])
def test_a_part_of_its_own_that_argues_still_passes_beside_a_claiming_partnership_part(lang: str, part: str) -> None:
    assert why_us(full(lang, part + "\n\n" + OWN_PART[lang])) == "pass"


# ---------------------------------------------------------------- under its own heading: names and a claim

NAMES_AND_CLAIM = [
    ("nb", "## Hvorfor oss?\n\nPartnerskapet består av:\n\n- Fredrikstad kommune (søker)\n- Sarpsborg kommune (partner)\n- Husbanken (partner)\n\nVi tror vi er rett partnerskap for dette."),
    ("nb", "## Hvorfor oss?\n\nFredrikstad, Sarpsborg og Hvaler kommuner og Husbanken står bak skissen. Vi mener vi er godt egnet til å gjennomføre prosjektet."),
    ("nn", "## Kvifor oss?\n\nPartnarane er Voss herad, Ulvik herad og Helse Bergen. Vi meiner vi er godt eigna til å gjennomføre prosjektet."),
    ("en", "## Why us?\n\nThe partners are Fredrikstad, Sarpsborg and Hvaler municipalities and the Housing Bank. We believe we are well placed to carry out the project."),
]


@pytest.mark.parametrize(("lang", "part"), NAMES_AND_CLAIM)
def test_a_why_us_part_of_names_and_a_claim_warns(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "warn"


NAMES_WITH_REASONS = [
    ("nb", "## Hvorfor oss?\n\n- Fredrikstad kommune (Norges største boligsosiale program)\n- Sarpsborg kommune (testarena)\n\nPartnerne er de kommunene i Østfold som har flest i midlertidig bolig."),
    ("nn", "## Kvifor oss?\n\nPartnarane er Voss herad, som har drive heimetenesta med sensorar sidan 2019, og Helse Bergen, som eig journaldata for heile regionen."),
    ("en", "## Why us?\n\nThe partners are the three municipalities that run the only shared emergency housing service in the county. Together we hold data on 400 stays."),
]


@pytest.mark.parametrize(("lang", "part"), NAMES_WITH_REASONS)
def test_partners_named_with_what_they_hold_or_have_done_pass(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


# ---------------------------------------------------------------- capacity said to be lacking

@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "## Hvorfor oss\n\nVi har begrenset kapasitet, og driftsorganisasjonen har ikke kapasitet til å delta."),
        ("nn", "## Kvifor oss\n\nVi har avgrensa kapasitet, og driftsorganisasjonen har ikkje kapasitet til å delta."),
        ("en", "## Why us\n\nWe have limited capacity, and the operations team does not have capacity to take part."),
    ],
)
def test_capacity_said_to_be_lacking_is_no_reason(lang: str, said: str) -> None:
    assert why_us(full(lang, said)) != "pass"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "## Hvorfor oss\n\nBykle kommune har kapasitet til å lede prosjektet: vi har satt av to årsverk og har drevet renseanlegget siden 2015."),
        ("en", "## Why us\n\nBykle Municipality has the capacity to lead the project: we have set aside two full-time staff and have run the plant since 2015."),
    ],
)
def test_capacity_said_and_shown_is_a_reason(lang: str, said: str) -> None:
    assert why_us(full(lang, said)) == "pass"
