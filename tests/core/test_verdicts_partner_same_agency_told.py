"""Two readings of who takes part.

- A directorate that heads an agency is that agency: «Arbeids- og velferdsdirektoratet» signing a
  sketch that speaks of «NAV» throughout names one body, as «Vegdirektoratet» and «Statens
  vegvesen» do. Near misses: another agency or a municipality beside it are bodies of their own.
- A partners' field read as a sentence: «Kvinnherad kommune og Vestland fylkeskommune (Skyss) er
  orienterte» says of both only that they were told, not that they take part. Near misses: a
  field that lists them plainly, or says they take part, keeps them.
"""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def collaboration(text: str) -> tuple[list[str], str]:
    sketch = parse_sketch(text)
    report = check_sketch(sketch)
    return [b.name for b in sketch.public_bodies], next(c for c in report.criteria if c.id == "public-collaboration").status.value


SIGNED = (
    "# Skisse\n\n## Behov\n\nUføretrygd blant unge koster over 150 mrd. kr i året (statsbudsjettet 2024).\n\n"
    "## Hvorfor oss\n\n{why}\n\nMed vennlig hilsen\n\nKari Nordmann\nseniorrådgiver\n{signed}\n"
)


@pytest.mark.parametrize(
    ("why", "signed"),
    [
        ("NAV har de siste årene satset på tettere samarbeid med skolene.", "Arbeids- og velferdsdirektoratet"),
        ("NAV har dei siste åra arbeidd i tett samarbeid med skulane.", "Arbeids- og velferdsdirektoratet"),
        ("Statens vegvesen works in close cooperation with the contractors on winter maintenance.", "Vegdirektoratet"),
    ],
)
def test_a_directorate_and_the_agency_it_heads_are_one_body(why: str, signed: str) -> None:
    names, status = collaboration(SIGNED.format(why=why, signed=signed))
    assert len(names) == 1, names
    assert status == "warn"


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Arbeids- og velferdsdirektoratet\n**Partnere:** Bergen kommune",
        "**Søker:** Vegdirektoratet\n**Partnere:** Kystverket",
        "**Søkjar:** Arbeids- og velferdsdirektoratet\n**Partnarar:** Helsedirektoratet",
    ],
)
def test_a_directorate_with_another_body_still_collaborates(head: str) -> None:
    names, status = collaboration("# Skisse\n\n" + head + BODY)
    assert len(names) == 2, names
    assert status == "pass"


@pytest.mark.parametrize(
    "head",
    [
        "**Søkjar:** Fjordbygda Friskule SA\n**Samarbeid:** Kvinnherad kommune og Vestland fylkeskommune (Skyss) er orienterte",
        "**Søker:** Fjordbygda Friskole SA\n**Samarbeid:** Kvinnherad kommune og Vestland fylkeskommune er orientert",
        "**Søker:** Fjordbygda Friskole SA\n**Samarbeidspartnere:** Kvinnherad kommune og Vestland fylkeskommune er informert om prosjektet",
        "**Applicant:** Fjordbygda Free School SA\n**Partners:** Kvinnherad kommune and Vestland fylkeskommune (Skyss) have been informed",
    ],
)
def test_bodies_a_partners_field_says_were_only_told_are_no_partners(head: str) -> None:
    names, status = collaboration("# Skisse\n\n" + head + BODY)
    assert names == [], names
    assert status == "warn"


@pytest.mark.parametrize(
    "head",
    [
        "**Søkjar:** Fjordbygda Friskule SA\n**Samarbeid:** Kvinnherad kommune og Vestland fylkeskommune (Skyss)",
        "**Søker:** Fjordbygda Friskole SA\n**Samarbeidspartnere:** Kvinnherad kommune og Vestland fylkeskommune er orientert og deltar i utprøvingen",
        "**Søker:** Kvinnherad kommune\n**Partnere:** Vestland fylkeskommune (Skyss)",
    ],
)
def test_bodies_a_partners_field_lists_or_says_take_part_stay(head: str) -> None:
    names, status = collaboration("# Skisse\n\n" + head + BODY)
    assert len(names) == 2, names
    assert status == "pass"
