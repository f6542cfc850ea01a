"""A part on why us that argues only with the body's standing only claims: how many passengers,
households or visitors it serves, its age («over 250 års historie»), years of experience with
nothing named, the amount of data it sits on («landets største samling av geodata»), being «a
leader» or «among the first», tonnes of cargo handled, a place said to be «well suited as a test
arena» or «the right place to test», contact with a research group it does not name. A figure that
starts a name («110 Sør-Vest») counts nothing.

What the body holds or runs still argues: data told with what and since when, a centre run for
eleven municipalities, years with a target group, a research group named where it sits, a test
arena that already is one.

A part read under the call's own question («Hvorfor er dere best egnet?») is the answer there and
is judged on its reasons; a bare «Hvorfor» heading beside «Hvorfor oss» asks why the project, and its
figures are the need's, not the applicant's."""

from __future__ import annotations

import pytest

from .one_criterion import one_result, why_us_status


def status(why: str, applicant: str = "Grimstad kommune") -> str:
    return why_us_status(why, applicant)


STANDING = [
    # en: passengers and tonnes, a leader since a year, among the first
    "The Port of Oslo is the largest port in Norway, with more than 6 million passengers and 6 million tonnes of cargo each year. We have been a leader in shore power since 2011 and were among the first ports in Europe to introduce an environmental port index. We are therefore best placed to lead this.",
    # nb: households served, a strong milieu
    "REG er Norges største renovasjonsetat og henter avfall fra over 370 000 husstander. Vi har et sterkt fagmiljø og lang erfaring med digitalisering.",
    # nb: staff, age and data praised by its amount
    "Kartverket er Norges nasjonale kartmyndighet, har over 900 ansatte og over 250 års historie. Vi har landets største samling av geografiske data og er derfor det naturlige valget.",
    # en: years of experience with nothing named
    "As the largest public lender in Norway with a high level of digitalisation and more than 75 years of experience, we are the natural actor to lead this work. No other actor is better placed.",
    # nb: many visitors and a place claimed fit for testing
    "Biblioteket har over 900 000 besøkende i året og er godt egnet som testarena. Trondheim er Norges teknologihovedstad.",
    # en: the right place to test
    "Bodø is an ambitious, innovative Arctic city. Arctic conditions make Bodø the right place to test this technology.",
    # nn: ideal place claimed, contact with a research group unnamed
    "Kommunen er ein ideell stad for å prøve ut nye løysingar. Vi har òg kontakt med eit forskingsmiljø.",
    # nb: a number that starts a name
    "Rogaland brann og redning er et av de største brannvesenene i landet, og 110 Sør-Vest er en moderne sentral. Vi har høy kompetanse.",
]


@pytest.mark.parametrize("why", STANDING)
def test_standing_only_claims(why: str) -> None:
    assert status(why) == "warn"


HELD = [
    # nb: a centre run for other municipalities
    "Stavanger er vertskommune for krisesenteret for 11 kommuner. Helse Stavanger har akuttpsykiatri og legevaktsamarbeid med oss.",
    # nn: data told with what and since when
    "Vi har den største samlinga av flaumdata i fylket, med målingar frå 1990 i alle vassdraga våre.",
    # en: a research group named where it sits
    "We are in contact with a research group at NTNU that has followed 300 home care users since the fall study began.",
    # nb: a test arena that is one already
    "Sykehjemmet har vært testarena for velferdsteknologi siden 2019, og vi har prøvd ut digitalt tilsyn på 40 rom.",
    # en: years of experience with a named field
    "We have 20 years of experience with winter road maintenance on our own road network, and we run the county's road weather stations.",
]


@pytest.mark.parametrize("why", HELD)
def test_what_is_held_or_run_still_argues(why: str) -> None:
    assert status(why) == "pass"


CALLS_QUESTION = """Skisse

Søker: Bodø kommune

Behov
Mange unge står utenfor skole og arbeid, og ingen har oversikt over hvem de er eller hva de trenger.
Kommunen bruker store summer på tiltak som kommer for sent, og de unge faller mellom tjenestene.

{lead}
{why}

Budsjett
Prosjektleder 1 000 000 kr. Sum 1 000 000 kr.
"""


@pytest.mark.parametrize(
    "lead, why, expected",
    [
        ("Hvorfor er dere best egnet?", "Bodø har et godt omdømme for innovasjon og har jobbet mye med ungdom. Vi har et sterkt ungdomsråd.", "warn"),
        ("Kvifor er de best eigna?", "Bodø har eit godt omdøme for innovasjon og har jobba mykje med ungdom. Vi har eit sterkt ungdomsråd.", "warn"),
        ("Why are you best placed?", "Bodø has a good reputation for innovation and has worked a lot with young people. We have a strong youth council.", "warn"),
        ("Hvorfor er dere best egnet?", "Bodø har drevet Ungdomslosen siden 2019 og har data om 1 200 unge som har fått oppfølging der.", "pass"),
    ],
)
def test_the_calls_own_question_is_answered_there(lead: str, why: str, expected: str) -> None:
    assert one_result(CALLS_QUESTION.format(lead=lead, why=why), "why-us").status.value == expected


BARE_WHY = """# Skisse

**Søker:** Sandnes kommune

## Hvorfor

I 2025 tok legevakten imot 41 200 anrop, og i 9 prosent av dem måtte posisjonen rettes etter at
mannskap var sendt. Innringere bruker i snitt 74 sekunder på å forklare hvor de er.

## Hvorfor oss

{why}

## Budsjett

Prosjektleiing 1 000 000 kr. Sum 1 000 000 kr.
"""


@pytest.mark.parametrize(
    "why, expected",
    [
        ("Sandnes er en stor kommune med høy kompetanse og moderne utstyr. Vi har vært tidlig ute med ny teknologi.", "warn"),
        ("Sandnes driver legevaktsentralen for fem kommuner og har logget alle anrop siden 2018.", "pass"),
    ],
)
def test_a_bare_why_beside_why_us_is_the_need(why: str, expected: str) -> None:
    assert one_result(BARE_WHY.format(why=why), "why-us").status.value == expected


ORGANISED = [
    # nb: a strong department, short decision lines
    "Kommunen har en sterk digitaliseringsavdeling og korte beslutningsveier. Vi er derfor godt rustet til å lede prosjektet.",
    # en: a round count of projects led, none named, and a strong digital department
    "We have led more than 40 EU projects in the water sector and have a strong digital department. This makes us uniquely placed.",
    # nn: size counts joined to the size claim, short decision lines
    "Fylket er det største sjøfartsfylket i landet med 29 ferjesamband og 19 hurtigbåtsamband. Vi har korte avgjerdsvegar.",
    # nb: the community's clubs counted
    "Vi har et aktivt idrettsliv med over 300 lag og foreninger, og vi er derfor godt egnet.",
]


@pytest.mark.parametrize("why", ORGANISED)
def test_being_organised_only_claims(why: str) -> None:
    assert status(why) == "warn"


STAFFED = [
    # nb: a unit sized by its staff
    "Vi har en velferdsteknologiavdeling med sju ansatte og en egen innovasjonsenhet. Kommunen har både by og spredt bebyggelse.",
    # nb: an own team of fourteen
    "Fylkeskommunen har et eget digitaliseringsteam på 14 personer. Kommunene i partnerskapet vet hvilke spørsmål innbyggerne faktisk stiller i førstelinjen.",
    # nn: an own system and reports held
    "Vi har oversikt over alle gravplassar i eit eige kartsystem. Vi har også geotekniske rapportar for Oddernes og Hånes som vi kan dele.",
    # en: a count of projects that names one
    "We have led 12 EU projects in the water sector, including the «Watertight» pilot in Bergen. Our lab is open to the partners.",
]


@pytest.mark.parametrize("why", STAFFED)
def test_a_staffed_unit_or_a_record_held_still_argues(why: str) -> None:
    assert status(why) == "pass"
