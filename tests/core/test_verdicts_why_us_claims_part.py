"""Claims that look like reasons. A strong team «i samferdselsavdelingen» is the body's own unit
praised, not something held; «Norges ledende miljø på trafikkdata» is a leading claim like
«ledende kompetanse». A named unit of a partner's milieu, a test arena or a data series still argue.

With no part of its own, a partner part that answers the question only with claims — «stor
erfaring med kollektivtransport», «bred kompetanse», «god forutsetning for å lykkes», «et sterkt
lag» — beside a list of partners, is the answer, and it claims only: it warns, whatever words of
the list stand elsewhere."""

from __future__ import annotations

import pytest

from .one_criterion import one_result, why_us_sketch, why_us_status

UNHEADED = """# Skisse

**Søker:** Innlandet fylkeskommune

## Behov

Bestillingstransporten i distriktene er dyr og lite brukt, og mange busser går nesten tomme.
Folk uten bil kommer seg vanskelig til lege og butikk, og det er ulikt fra kommune til kommune.

## Om partnerskapet

{part}

- Innlandet fylkeskommune
- Trysil kommune
- Høgskolen i Innlandet

{close}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektledelse | 1 000 000 |
| Sum | 1 000 000 |
"""


def headed(why: str, applicant: str = "Nordland fylkeskommune") -> str:
    return why_us_status(why, applicant)


def unheaded(part: str, close: str) -> str:
    return one_result(UNHEADED.format(part=part, close=close), "why-us").status.value


OWN_UNIT = [
    "Vi er den største ferjeeieren i landet og godt rustet. Vi har et sterkt fagmiljø i samferdselsavdelingen.",
    "Fylket er godt rusta, og vi har eit sterkt fagmiljø i samferdselsavdelinga.",
    "We are well placed: we have a strong team in our transport department.",
]


@pytest.mark.parametrize("why", OWN_UNIT)
def test_a_strong_team_in_its_own_unit_only_claims(why: str) -> None:
    assert headed(why) != "pass"


LEADING = [
    "Trafikkdata Norge AS er Norges ledende miljø på trafikkdata. Vi er derfor godt rustet til å lede partnerskapet.",
    "Vi er landets leiande miljø på trafikkdata. Vi har eit team med høg kompetanse, og difor er vi godt rusta til å leie partnarskapet.",
    "We are the country's leading actor on traffic data, and so well placed to lead.",
]


@pytest.mark.parametrize("why", LEADING)
def test_a_leading_milieu_only_claims(why: str) -> None:
    assert headed(why, "Trafikkdata Norge AS") != "pass"


STILL_REASONS = [
    # a named partner's milieu, and a milieu in a field, as older writers argued
    "Steinkjer og Snåsa er landbrukskommuner med store avstander. Nord universitet har fagmiljø på landbruk og dyrehelse, og Mattilsynet har tilsynsansvaret.",
    "Trondheim har et sterkt fagmiljø på ettervern, og Bufetat har ansvar for institusjonene i hele regionen. Husbanken har virkemidlene og kan spre løsningen.",
    # a unit that holds data
    "Samferdselsavdelingen har logget alle ferjeavganger siden 2015 og har dataene for hvert samband.",
]


@pytest.mark.parametrize("why", STILL_REASONS)
def test_a_milieu_named_or_data_held_still_argues(why: str) -> None:
    assert headed(why) == "pass"


@pytest.mark.parametrize(
    ("part", "close"),
    [
        ("Innlandet fylkeskommune har stor erfaring med kollektivtransport og innovasjon. Partnerskapet består av:",
         "Sammen har partnerne bred kompetanse og stor erfaring. Vi er godt rustet til å gjennomføre prosjektet."),
        ("Innlandet fylkeskommune leier prosjektet. Partnarskapet består av:",
         "Partnarane har brei kompetanse, og saman er vi eit sterkt lag med god føresetnad for å lukkast."),
        ("Innlandet County leads the project. The partnership consists of:",
         "Together we are a strong team with good prerequisites for success."),
    ],
)
def test_a_partner_part_that_only_claims_warns(part: str, close: str) -> None:
    assert unheaded(part, close) != "pass"


def test_a_partner_part_with_a_reason_still_argues() -> None:
    part = "Innlandstrafikk har kjørt bestillingstransport i Trysil siden 2019 og har alle turdataene. Partnerskapet består av:"
    close = "Sammen er vi et sterkt lag med god forutsetning for å lykkes."
    assert unheaded(part, close) == "pass"


@pytest.mark.parametrize(
    "contact",
    [
        "Sentralbord 55 56 55 56 / 976 30 620",
        "Spørsmål kan rettast til prosjektleiar på 412 34 567.",
        "Contact: anne.berg@nordland.example.no",
    ],
)
def test_a_contact_line_in_the_part_is_no_reason(contact):
    # Its digits are no figure that argues, and a finding quoting it would carry a phone number on.
    why = (
        "Vi vil samarbeide med leverandørene for å finne løsninger som ikke finnes i dag, og vi vil "
        "invitere brukerne inn i arbeidet når prosjektet er i gang. Vi ser fram til et godt samarbeid "
        "med alle parter i prosjektet gjennom hele perioden.\n\n" + contact
    )
    result = one_result(why_us_sketch(why, "Nordland fylkeskommune"), "why-us")
    assert result.status.value == "warn"
    assert not any(contact.split()[-1].rstrip(".") in f.message for f in result.findings)
