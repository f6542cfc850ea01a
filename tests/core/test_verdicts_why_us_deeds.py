"""A deed or a position said of oneself with nothing to check is a claim, as an evaluator reads it:
offices everywhere and the people a body serves are its size («kontorer i alle kommuner», «dekker
vi over 130 000 innbyggere»), a rank with a number in it is a rank («en av landets 15 største»),
many projects none of them named are no track record, a pioneering or leading role and being
first with something else are words about oneself, a purchase made is money spent, «the only
company building …» and «we have already proven the technology» are a vendor's pitch, a person's
own story is not the body's, and having taken part in something is no deed. Near misses keep
their reason: a project named, a number of projects counted, a service run for years, the only
one that has done a thing, a past pilot role, a deed clause beside a post still to be set up."""

from __future__ import annotations

import pytest

from .test_verdicts_why_us_concrete import verdict


@pytest.mark.parametrize(
    ("heading", "why"),
    [
        # reach and the people served are size
        ("Hvorfor oss", "NAV er Norges største velferdsetat. Vi har kontorer i alle kommuner og møter alle unge som søker ytelser."),
        ("Kvifor oss", "Etaten har kontor i heile landet, og ingen andre har same rekkjevidd."),
        ("Hvorfor oss", "Vi er en av landets 15 største kommuner. Sammen med nabokommunene dekker vi over 130 000 innbyggere."),
        ("Why us", "We are one of the country's ten largest municipalities and serve more than 90 000 residents."),
        # many projects, none named
        ("Hvorfor oss", "Vi har gjennomført mange prosjekter og har kompetansen som trengs for å lykkes."),
        ("Kvifor oss", "Kommunen har leia fleire utviklingsprosjekt og er klar for neste steg."),
        ("Why us", "We have delivered numerous projects for the public sector."),
        # a leading role, being first with something else
        ("Why us", "The agency has been a driving force for innovation in the construction industry, among others through the use of environmental criteria in contracts."),
        ("Hvorfor oss", "Vi er ledende på velferdsteknologi. Vi var den første kommunen på Romerike med digital postkasse for byggesaker."),
        ("Kvifor oss", "Fylket har vore ein pådrivar for grøn omstilling sidan 2015."),
        # a purchase, a vendor's pitch
        ("Hvorfor oss", "Som friskole har vi frihet til å prøve nye metoder. Vi har allerede kjøpt inn 12 VR-briller."),
        ("Why us", "We are the only company in Norway building autonomous snow robots for public spaces. We have already proven the technology."),
        ("Kvifor oss", "Vi er den einaste leverandøren av slike sensorar i Noreg."),
        # a person's story, taking part
        ("Kvifor oss", "Leiaren vår har sjølv vore pårørande i tolv år."),
        ("Hvorfor oss", "Vi har deltatt i NODES-markedsplassen siden 2019 og har kundeforhold til kommunene."),
        ("Why us", "We have participated in the national programme since 2018."),
    ],
)
def test_a_deed_or_position_with_nothing_to_check_warns(heading: str, why: str) -> None:
    status, message = verdict(heading, why)
    assert status == "warn", (why, message)


@pytest.mark.parametrize(
    ("heading", "why", "quoted"),
    [
        # a project named or counted, a service run for years
        ("Hvorfor oss", "Vi har gjennomført mange prosjekter, blant annet «Trygg heime» med 40 brukere.", "gjennomført"),
        ("Kvifor oss", "Kommunen har gjennomført tre prosjekt om fallførebygging sidan 2019.", "gjennomført"),
        ("Hvorfor oss", "Vi har drevet nattevakt i hjemmetjenesten i tolv år.", "drevet nattevakt"),
        # the only one that has done a thing, a past pilot role
        ("Hvorfor oss", "Vi er det eneste selskapet i regionen som har driftsansvar for haller i flere kommuner.", "eneste"),
        ("Hvorfor oss", "Kristiansand har vært pilotkommune i Nasjonalt velferdsteknologiprogram.", "pilotkommune"),
        ("Why us", "The county was a pilot site in the national programme for school transport.", "pilot site"),
        # a deed beside a post still to be set up, in one sentence
        (
            "Hvorfor oss",
            "Statsforvalteren har gjennomført tilsyn med alle 46 kommunene i fylket, slik at nye løsninger kan prøves uten at det må etableres nye samarbeidsstrukturer.",
            "gjennomført tilsyn",
        ),
        # a named body's data, not a name that ends in «data»
        ("Hvorfor oss", "Omsorgsdata AS har driftsdata fra 40 kommuner siden 2018.", "driftsdata"),
    ],
)
def test_a_deed_told_passes(heading: str, why: str, quoted: str) -> None:
    status, message = verdict(heading, why)
    assert status == "pass", (why, message)
    assert quoted in message, message


def test_a_company_name_ending_in_data_is_no_data() -> None:
    status, message = verdict("Hvorfor oss", "Omsorgsdata Norge AS er et av de raskest voksende helseteknologiselskapene på Østlandet.")
    assert status == "warn", message
