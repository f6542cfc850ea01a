"""A part on why us that argues with the body's size in figures — its budget or turnover, a round
turnover, the square metres it manages, its own «sterke» digital unit, «world-
leading expertise», «one of Europe's largest» — only claims: an evaluator reads size, not a reason
tied to the problem. A company's years of experience and a round count of jobs it has done or led
are its sales pitch (from a public body such a count still argues). A shared will is no shared arrangement, the owners of a company are no asset it holds, and
a date («e-post 12.5») is no figure. A count that names what it holds («mer enn 40 prosjekt,
blant anna om sporing») and a named earlier pilot still argue; so do agreements held
(«har avtalane med reiarlaga»), and a body's own years with its target group.

A word met outside a part that only claims counts only where its sentence argues: a test arena to
be invited or a research group that «kan være» a partner is a plan, not a thing held. A plain line
naming the next part («Budsjett (foreløpig)») ends the part, so the budget's figures are no reason
in it."""

from __future__ import annotations

import pytest

from .one_criterion import one_result, why_us_status

def status(why: str, applicant: str = "Grimstad kommune") -> str:
    return why_us_status(why, applicant)


SIZE = [
    # nb: budget and prizes
    "Sykehuset har et budsjett på 7 mrd. kr og er ledende på digital hjemmeoppfølging. Vi er derfor godt rustet til å lede prosjektet.",
    # en: turnover and a round count of projects
    "The institute has a turnover above NOK 4 billion and a strong board. This makes us uniquely placed to lead the partnership in the region.",
    # nn: square metres managed
    "Kommunen er landets største skuleeigar, og Skulebygg forvaltar over 1,2 millionar kvadratmeter skulebygg. Vi har difor tyngda som skal til.",
    # en: beyond the country, self-praise of its expertise
    "The institute is one of Europe's largest research organisations and is present in 9 countries.",
    "We have world-leading expertise in water and wastewater in 3 laboratories. This makes us uniquely placed to lead the partnership in the region.",
    # nb: a strong digital unit and a shared will
    "Kommunen har en sterk digitaliseringsavdeling og en felles vilje til å tenke nytt. Vi er godt rustet.",
    # nb: owned by the municipalities, not holding an asset
    "Selskapet har i over hundre år vært en sentral aktør, og har nær kontakt med kommunene som eiere. Ingen andre har samme kombinasjon.",
]


@pytest.mark.parametrize("why", SIZE)
def test_size_in_figures_only_claims(why: str) -> None:
    assert status(why) == "warn"


FIRM = [
    "Analysebyrået AS har over 15 års erfaring med analyse og prosessleiing for offentleg sektor. Vi har leia tre innovasjonsprosjekt for kommunar i regionen.",
    "Vi har allerede samarbeidet med mange av oppdretterne i regionen og kjenner utfordringene godt.",
    "We have 20 years of experience with public procurement, and we have led more than 40 projects for municipalities.",
]


@pytest.mark.parametrize("why", FIRM)
def test_a_firms_years_and_jobs_are_its_pitch(why: str) -> None:
    assert status(why, applicant="Analysebyrået AS (org.nr. 918 442 617)") == "warn"


REASONS = [
    # a count that names what it was about
    "Innovasjonsavdelingen har drevet mer enn 40 innovasjonsprosjekter siden 2016, blant annet innen logistikk og sporing av utstyr.",
    # agreements held in their definite form (nn)
    "Fylkeskommunen er kjøpar av ferjetenestene og har avtalane med reiarlaga. Det gjer oss til rett partnarskap for å prøve ut nye løysingar.",
    # a foundation's years with its target group
    "Stiftelsen har 15 års erfaring med målgruppen og et tett forhold til ungdommene i byen.",
    # an own innovation unit, as older readings hold
    "Kommunen har en egen innovasjonsenhet og en velferdsteknologiavdeling med sju ansatte som har prøvd ut digitalt tilsyn.",
]


@pytest.mark.parametrize("why", REASONS)
def test_reasons_beside_figures_still_argue(why: str) -> None:
    assert status(why) == "pass"


def test_a_firms_named_pilot_still_argues() -> None:
    why = "Vekst Mobilitet has led the regional mobility analysis for Upper Telemark (2022) and the «Bygdebil» pilot in Seljord (2023–2024). USN contributes research on rural transport."
    assert status(why, applicant="Vekst Mobilitet AS (org.nr. 918 442 617)") == "pass"


PLANNED = """# Skisse

**Søker:** Grimstad kommune

## Behov

Elever med særskilde behov venter for lenge på skyss om morgonen, og foreldra ringer skulen
kvar veke. Ordninga i dag er tungvinn, og ingen har oversikt over kva som går gale for kven.

## Hvorfor oss

Grimstad er en stor kommune med over 20 000 innbyggere og gode skoleresultater. Vi har vunnet flere priser, og vi er derfor godt rustet til å lede et slikt prosjekt.

## Organisering

{elsewhere}

## Budsjett

Prosjektleiing 1 000 000 kr. Sum 1 000 000 kr.
"""


@pytest.mark.parametrize(
    "elsewhere",
    [
        "Aktuelle samarbeidspartnere kan være nabokommuner og forskningsmiljøer, og vi tar kontakt med dem.",
        "Vi vil invitere nabokommunene til å delta som testarenaer.",
        "We will invite the neighbouring municipalities to take part as test arenas.",
    ],
)
def test_a_plan_elsewhere_argues_nothing(elsewhere: str) -> None:
    assert one_result(PLANNED.format(elsewhere=elsewhere), "why-us").status.value == "warn"


def test_a_fact_after_the_plan_still_argues() -> None:
    elsewhere = "Vi vil rapportere til helsefellesskapet, der sjukehuset og dei 16 kommunane samarbeider om rekruttering og kompetanse."
    assert one_result(PLANNED.format(elsewhere=elsewhere), "why-us").status.value == "pass"


ROUGH = """Skisse

Søker: Grimstad kommune

Behov
- Mange eldre er einsame, og ingen har oversikt over kven det gjeld

Hvorfor oss
- Grimstad er en av Agders største kommuner
- Vi er innovative og fremoverlente
- Kommunedirektøren har sagt ja til at vi søker (e-post 12.5)

Budsjett (foreløpig)
- Prosjektleder 50 % x 2 år – ca 1,2 mill
- Utvikling – 3 mill
"""


def test_the_next_part_left_unheaded_ends_the_part() -> None:
    assert one_result(ROUGH, "why-us").status.value == "warn"
