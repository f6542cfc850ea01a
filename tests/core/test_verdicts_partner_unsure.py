"""Who takes part, read as the evaluator reads it. Bodies only thought of («har også tenkt å ta
kontakt med»), queried or unsure in a partners' list («Sykehuset Innlandet? – usikker»), only in
initial talks, said in the same paragraph to be none of them formally in yet («Per i dag er
ingen av desse formelt med»), or said by their place alone to have only expressed a wish
(«Bremanger og Kystverket har gitt uttrykk for at dei vil vere med») are no partners. Neither
are bodies the applicant has a standing good cooperation with, told outside the partners' part,
bodies named in a part read as the partners' only by its words («Løysinga»: «dashbord for
kommunen og Mattilsynet»), nor words like «partnardrap». A clause that names partners stands
beside one that hopes for more, and «i samhandling med» or «har bekreftet deltakelse» says a
body takes part. Bokmål, nynorsk and English; near misses keep their verdict."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOverløp sendte 1,2 millioner m³ urenset avløp i sjøen i 2024 (kommunens driftsdata).\n"


def read(text: str) -> tuple[list[str], str]:
    sketch = parse_sketch("# Skisse\n\n" + text + BODY)
    report = check_sketch(sketch)
    status = next(c for c in report.criteria if c.id == "public-collaboration").status.value
    return [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    "text",
    [
        # Only thought of.
        "**Søkjar:** Vest politidistrikt\n\n## Samarbeid\n\nVi har også tenkt å ta kontakt med Helse Bergen HF og krisesenteret.",
        "**Søker:** Vest politidistrikt\n\n## Samarbeid\n\nVi har tenkt å kontakte Helse Bergen HF etter sommeren.",
        "**Applicant:** West Police District\n\n## Partners\n\nWe are also thinking of contacting Helse Bergen HF.",
        # None of them formally in.
        "**Søkjar:** Vest politidistrikt\n\n## Samarbeid\n\nBergen kommune, Askøy kommune og Helse Bergen HF skal vere med i arbeidet. Per i dag er ingen av desse formelt med.",
        "**Søker:** Vest politidistrikt\n\n## Samarbeid\n\nBergen kommune og Helse Bergen HF skal delta i arbeidet. Ingen av disse har forpliktet seg ennå.",
        "**Applicant:** West Police District\n\n## Partners\n\nBergen Municipality and Helse Bergen HF are to take part. None of these has formally joined yet.",
        # Queried or unsure in a list.
        "**Søker:** Innlandet fylkeskommune\n\nPartnere:\n- kommunene? Har ikke spurt ennå. Tenker Gjøvik og Lillehammer\n- Sykehuset Innlandet? – usikker på om relevant",
        "**Søkjar:** Innlandet fylkeskommune\n**Partnarar:** Sykehuset Innlandet HF (usikker)",
        "**Applicant:** Innlandet County Authority\n**Partners:** Sykehuset Innlandet HF (not sure yet), Gjøvik Municipality (not yet asked)",
        # Initial talks.
        "**Applicant:** Troms og Finnmark County Authority\n\n## Partners\n\nWe have held initial talks with the Directorate of Fisheries Region Nord and Tromsø Municipality.",
        # A wish told by place alone.
        "**Søkjar:** Kinn kommune, i samarbeid med Bremanger kommune og Kystverket\n\n## Kvifor oss\n\nBremanger og Kystverket har gitt uttrykk for at dei vil vere med.",
        "**Søker:** Kinn kommune, i samarbeid med Bremanger kommune og Kystverket\n\n## Hvorfor oss\n\nBremanger og Kystverket har uttrykt at de vil være med.",
        "**Applicant:** Kinn kommune, in collaboration with Bremanger kommune and Kystverket\n\n## Why us\n\nBremanger and Kystverket have expressed that they would join.",
        # A standing cooperation told outside the partners' part.
        "**Søker:** Finnmark fylkeskommune\n\n## Innledning\n\nFylkeskommunen har jobbet med næringsutvikling i mange år, og vi har et godt samarbeid med Sametinget og næringslivet.",
        "**Søkjar:** Finnmark fylkeskommune\n\n## Innleiing\n\nVi har eit godt samarbeid med Sametinget og Innovasjon Noreg.",
        "**Applicant:** Finnmark County Authority\n\n## Introduction\n\nWe have a long-standing cooperation with the Sami Parliament and Tromsø Municipality.",
        # Bodies in a part read as the partners' only by its words.
        "**Søkjar:** Austevoll kommune\n\n## Løysinga\n\nVi ser for oss:\n- kart over alle lokalitetar\n- dashbord for kommunen og Mattilsynet\n- varsel til partnarar og kommunen når noko skjer",
        # «partnardrap» names no partner.
        "**Søkjar:** Vest politidistrikt\n\n## Bakgrunn\n\nGjennomgangar av partnardrap viser at NAV og barnevernet kjende til faresignala.",
        "**Søker:** Vest politidistrikt\n\n## Bakgrunn\n\nPartnerdrapsutvalget fant at NAV kjente til faresignalene.",
        # In dialogue only.
        "**Søker:** Horten kommune\n\n## Om prosjektet\n\nHorten kommune fremmer skissen i samarbeid med fagmiljøet og i dialog med Direktoratet for byggkvalitet.",
    ],
)
def test_bodies_not_yet_in_are_no_partners(text: str):
    names, status = read(text)
    assert status == "warn", names


@pytest.mark.parametrize(
    "text",
    [
        "**Søkjar:** Vest politidistrikt\n\n## Samarbeid\n\nHelse Bergen HF er partnar og har signert intensjonsavtale.",
        "**Søkjar:** Vest politidistrikt\n\n## Samarbeid\n\nHelse Bergen HF er partnar.\n\nVi har kontakta tre leverandørar. Ingen av dei er med enno.",
        "**Søker:** Innlandet fylkeskommune\n\nPartnere:\n- Gjøvik kommune\n- Sykehuset Innlandet HF",
        "**Søkjar:** Kinn kommune, i samarbeid med Bremanger kommune og Kystverket\n\n## Kvifor oss\n\nBremanger og Kystverket har signert intensjonsavtale.",
        "**Søker:** Finnmark fylkeskommune\n\n## Samarbeid\n\nVi har et godt samarbeid med Sametinget, som er partner i prosjektet.",
        "**Søker:** Finnmark fylkeskommune\n\n## Innledning\n\nVi har et godt samarbeid med Sametinget om dette prosjektet.",
        "**Søkjar:** Austevoll kommune\n\n## Samarbeid\n\n- Mattilsynet\n- Bømlo kommune",
        "**Søkjar:** Vest politidistrikt\n\n## Bakgrunn\n\nNAV er partnar i prosjektet.",
        "**Søker:** Akershus fylkeskommune\n\n## Om prosjektet\n\nProsjektet vil gjennomføres i tett samarbeid med Bane NOR SF, og vi vil også invitere kommunene der terminalene ligger til å delta.",
        "**Søker:** Horten kommune\n\n## Om prosjektet\n\nHorten kommune, i samhandling med Holmestrand kommune, fremmer skissen.",
        "**Søker:** Horten kommune\n\n## Forankring\n\nHolmestrand kommune ved kommunalsjef for samfunnsutvikling har bekreftet deltakelse.",
        "**Applicant:** Horten Municipality\n\n## Anchoring\n\nHolmestrand Municipality has confirmed its participation.",
    ],
)
def test_bodies_said_to_take_part_stay_partners(text: str):
    names, status = read(text)
    assert status == "pass", names


def test_a_hoping_clause_does_not_undo_the_partners_of_another():
    """«… i tett samarbeid med Bane NOR SF, og vi vil også invitere kommunene»: Bane NOR takes
    part; «Vi vil invitere Bane NOR SF, og vi vil også invitere kommunene» names none."""
    head = "**Søker:** Akershus fylkeskommune\n\n## Om prosjektet\n\n"
    names, _ = read(head + "Prosjektet gjennomføres i tett samarbeid med Bane NOR SF, og vi vil også invitere kommunene.")
    assert "Bane NOR SF" in names
    names, status = read(head + "Vi vil invitere Bane NOR SF til samarbeid, og vi vil også invitere kommunene.")
    assert status == "warn", names
