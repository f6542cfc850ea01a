"""Bodies the text says are not partners, or only met, talked to or interested: «… men de er
ikke med som partnere i denne omgang», «are not partners in this round», «Vi har hatt møter med
St. Olavs hospital, Trondheim kommune og Malvik kommune om ideen», «has confirmed interest». Each
in bokmål, nynorsk and English, with the near misses that must still count: bodies met who have
also committed, a body that is «ikke bare partner», a body not in the steering group that takes
part all the same. And a private applicant's own approval beside a public body's leader who is
only informed, where that body is named but not (yet) a partner."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .test_verdicts_partner_commitment import parties


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Mæl og Omnes Vel", "Vi har snakket med Tinn kommune og Telemark fylkeskommune, som begge synes initiativet er bra, men de er ikke med som partnere i denne omgang."),
        ("**Søkjar:** Bygdelaget Rauland", "Vinje kommune og Telemark fylkeskommune er ikkje formelle partnarar no, men dei følgjer arbeidet."),
        ("**Applicant:** Fjordvik Residents' Association", "Tinn Municipality and Telemark County Authority support the idea but are not partners in this round."),
        ("**Søker:** Velforeningen Nordbyen", "Bodø kommune og Nordland fylkeskommune deltar ikke i prosjektet nå, men synes det er et godt initiativ."),
        ("**Applicant:** Nordic Public Insight AS", "We have had meetings with St. Olavs hospital HF, Trondheim Municipality, Malvik Municipality and Melhus Municipality about the idea, and all four see the need."),
        ("**Søker:** Helseinnsikt AS", "Vi har hatt møter med St. Olavs hospital, Trondheim kommune og Malvik kommune om ideen, og alle ser behovet."),
        ("**Søkjar:** Helseinnsikt AS", "Vi har snakka med Trondheim kommune og Malvik kommune om ideen. Trondheim kommune har stadfesta interesse."),
        ("**Applicant:** Helsedata AS", "Trondheim Municipality and Malvik Municipality have confirmed their interest in the project."),
    ],
)
def test_bodies_said_not_to_be_partners_or_only_met_are_not_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert names == [], (part, names)
    assert status == "warn"


@pytest.mark.parametrize(
    ("head", "part", "count"),
    [
        ("**Søker:** Helseinnsikt AS", "Vi har hatt møter med Trondheim kommune og Malvik kommune, og begge har signert intensjonsavtale om å delta som partnere.", 2),
        ("**Applicant:** Helsedata AS", "We have met Trondheim Municipality and Malvik Municipality several times, and both have committed staff and signed letters of intent.", 2),
        ("**Søker:** Tinn kommune", "Telemark fylkeskommune er ikke bare partner, men også vegeier, og deltar med to fagpersoner.", 2),
        ("**Søker:** Tinn kommune", "Telemark fylkeskommune er med som partner. Notodden kommune er ikke med i styringsgruppen, men deltar som testarena.", 3),
        ("**Søkjar:** Vinje kommune", "Tokke kommune og Telemark fylkeskommune er med som partnarar og har sett av tid til arbeidet.", 3),
    ],
)
def test_bodies_that_take_part_stay_partners(head: str, part: str, count: int) -> None:
    names, status = parties(head, part)
    assert len(names) == count, (part, names)
    assert status == "pass"


PRIVATE = """# Utskrivningsklare pasienter

**Applicant:** Nordic Public Insight AS

## Need

Discharge-ready patients cost the municipalities in Trøndelag over NOK 150 million in 2023 (Helsedirektoratet, Samdata).

## Partnership

We have had meetings with St. Olavs hospital HF and Trondheim Municipality about the idea.

## Anchoring

{anchoring}
"""


@pytest.mark.parametrize(
    ("anchoring", "expected"),
    [
        ("The CEO of Nordic Public Insight AS has approved the application. The director of the medical clinic at St. Olavs and the head of health and welfare in Trondheim have been informed and support the idea.", "warn"),
        ("Daglig leder i Nordic Public Insight AS har godkjent skissen. Klinikksjefen ved St. Olavs er orientert om ideen.", "warn"),
        ("The CEO of Nordic Public Insight AS has approved the application, and the chief executive of St. Olavs hospital has signed a letter of support.", "pass"),
    ],
)
def test_a_private_applicants_approval_beside_a_public_leader_only_informed(anchoring: str, expected: str) -> None:
    report = check_sketch(parse_sketch(PRIVATE.format(anchoring=anchoring)))
    assert next(c for c in report.criteria if c.id == "top-management").status.value == expected


FRONT = """---
applicant:
  name: Fjordlys Energianalyse AS
  kind: AS
partners:
  - name: Trondheim kommune
    kind: kommune
  - name: Trøndelag fylkeskommune
    kind: fylkeskommune
---

# Energi i offentlege bygg

## Behov

Energikostnadene i kommunale bygg steig med over 50 prosent frå 2021 til 2022 (SSB, tabell 12391).

## Partnarskap

{part}
"""


def front_matter_partners(part: str) -> tuple[list[str], str]:
    sketch = parse_sketch(FRONT.format(part=part))
    status = next(c for c in check_sketch(sketch).criteria if c.id == "public-collaboration").status.value
    return [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    "part",
    [
        "Trondheim kommune (Trondheim eiendom) and Trøndelag fylkeskommune have expressed interest in the project and have been invited to take part as pilot owners.",
        "Trondheim kommune og Trøndelag fylkeskommune har vist interesse for prosjektet og er inviterte til å delta.",
        "Trondheim kommune og Trøndelag fylkeskommune har stadfesta interesse for prosjektet.",
        "Trondheim kommune og Trøndelag fylkeskommune er positive til prosjektet. Vi er også i kontakt med Stjørdal kommune og Malvik kommune.",
    ],
)
def test_front_matter_partners_the_text_calls_only_interested_are_not_partners(part: str) -> None:
    assert front_matter_partners(part) == ([], "warn")


@pytest.mark.parametrize(
    "part",
    [
        "Trondheim kommune and Trøndelag fylkeskommune have expressed interest and have signed letters of intent.",
        "Trondheim kommune og Trøndelag fylkeskommune har vist interesse og har takka ja til å vere pilotar.",
        "Trondheim kommune and Trøndelag fylkeskommune were invited to take part and have accepted.",
        "Trondheim kommune og Trøndelag fylkeskommune deltek med to byggdriftarar kvar.",
    ],
)
def test_front_matter_partners_who_take_part_stay(part: str) -> None:
    names, status = front_matter_partners(part)
    assert len(names) == 2 and status == "pass", (part, names)
