"""Who takes part, read as an evaluator reads it. Bodies only to be invited later («Vi vil senere
invitere NTNU», «We may later invite NAV»), only wished for («Vi vil gjerne ha med Vestland
fylkeskommune»), still to be talked to («Vi vil òg snakke med Høgskulen på Vestlandet»), only a
candidate («kan òg vere aktuell») or in good contact («Vi har god kontakt med Nord universitet»)
are no partners; nor is a body the applicant has researched with for years, named where it
argues why it is best placed. Bodies that do take part count however they are named: a
«Co-applicant:» field, courts named by their place («Oslo tingrett», «Borgarting Court of
Appeal»), a line «A sketch from …» that lists them, and a part headed «Hvem er med?». Bokmål,
nynorsk, English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.registry import find_organisations

from .test_verdicts_partner_commitment import parties


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Trondheim kommune", "Prosjektet ledes av biblioteket. Vi vil senere invitere NTNU og eventuelt andre kommuner i Trøndelag til å delta, dersom de er interessert."),
        ("**Søkjar:** Trondheim kommune", "Prosjektet vert leia av biblioteket. Vi vil seinare invitere NTNU til å delta."),
        ("**Applicant:** Lånekassen", "Lånekassen will run the project. We may later invite NAV and Statens innkrevingssentral to join."),
        ("**Søkjar:** Sunnfjord kommune", "Vi vil gjerne ha med Vestland fylkeskommune sidan mange leidningar ligg under fylkesvegane. Vi vil òg snakke med Høgskulen på Vestlandet om følgjeforsking."),
        ("**Søker:** Bodø kommune", "Bodø kommune søker. Vi vil gjerne ha med NAV og Nordland fylkeskommune. Vi har også god kontakt med Nord universitet."),
        ("**Applicant:** Bodø Municipality", "Bodø Municipality applies. We would like to have Nordland County Council on board, and we will also talk to Nord University."),
        ("**Søkjar:** Lærdal kommune", "Lærdal kommune står som søkjar. Statsforvaltaren i Vestland kan òg vere aktuell."),
    ],
)
def test_bodies_only_to_be_invited_wished_for_or_in_contact_are_no_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) == 1, (part, names)
    assert status == "warn"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Trondheim kommune", "NTNU er partner i prosjektet, og vi vil senere invitere andre kommuner i Trøndelag."),
        ("**Søkjar:** Sunnfjord kommune", "Vestland fylkeskommune er med som partnar."),
        ("**Applicant:** Bodø Municipality", "Nordland County Council takes part as a partner."),
    ],
)
def test_a_body_said_to_take_part_beside_one_to_come_still_counts(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) == 2, (part, names)
    assert status == "pass"


WHY = """# Skisse

**Søker:** Sørlandet sykehus HF

## Behov

Over 90 mill. kr i året går til akutt respons på psykisk krise (eigne tal).

## Samarbeidspartnere

{partners}

## Hvorfor oss

{why}
"""


@pytest.mark.parametrize(
    "why",
    [
        "Klinikken har forsket på selvmordsforebygging i samarbeid med Universitetet i Agder siden 2018.",
        "Klinikken har forska på sjølvmordsførebygging saman med Universitetet i Agder sidan 2018.",
        "The clinic has researched suicide prevention in collaboration with the University of Agder since 2018.",
    ],
)
def test_a_body_the_applicant_has_worked_with_for_years_is_no_partner(why: str) -> None:
    sketch = parse_sketch(WHY.format(partners="Kristiansand kommune er med som partner.", why=why))
    assert [b.name for b in sketch.public_bodies] == ["Sørlandet sykehus HF", "Kristiansand kommune"]


def test_a_body_worked_with_for_years_that_also_takes_part_counts() -> None:
    why = "Klinikken har forsket på selvmordsforebygging i samarbeid med Universitetet i Agder siden 2018."
    sketch = parse_sketch(WHY.format(partners="Universitetet i Agder er partner i prosjektet.", why=why))
    assert len(sketch.public_bodies) == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Borgarting Court of Appeal and Oslo District Court have agreed to be pilot courts.", ["Borgarting Court of Appeal", "Oslo District Court"]),
        ("Borgarting lagmannsrett og Oslo tingrett er pilotdomstoler.", ["Borgarting lagmannsrett", "Oslo tingrett"]),
        ("Nord-Troms og Senja tingrett er med.", ["Nord-Troms og Senja tingrett"]),
        ("The Oslo District Court takes part.", ["Oslo District Court"]),
        ("Tingretten er med.", []),
    ],
)
def test_courts_are_named_by_their_place(text: str, names: list[str]) -> None:
    assert [f.body.name for f in find_organisations(text)] == names


def test_courts_that_agreed_to_be_pilot_courts_are_partners() -> None:
    names, status = parties("**Applicant:** Norwegian Courts Administration", "The project is led by DA. Borgarting Court of Appeal and Oslo District Court have agreed to be pilot courts.")
    assert len(names) == 3 and status == "pass", names


@pytest.mark.parametrize(
    "head",
    [
        "**Applicant:** Bodø Municipality (Bodø kommune)\n**Co-applicant:** Nordland County Council (Nordland fylkeskommune)",
        "**Søkjar:** Voss herad\n**Medsøkjar:** Ulvik herad",
        "**Søker:** Bodø kommune\n**Medsøkar:** Saltdal kommune",
    ],
)
def test_a_co_applicant_field_names_a_partner(head: str) -> None:
    names, status = parties(head)
    assert len(names) == 2 and status == "pass", names


@pytest.mark.parametrize(
    "first",
    [
        "### A sketch from the Norwegian Environment Agency, the Norwegian Coastal Administration, Troms County Council and the municipalities of Senja and Hammerfest",
        "### Ei skisse frå Voss herad, Ulvik herad og Vestland fylkeskommune",
    ],
)
def test_a_line_saying_whom_the_sketch_is_from_lists_the_partners(first: str) -> None:
    sketch = parse_sketch("# Plast i havet\n\n" + first + "\n\n## Behov\n\nOm lag 8 000 tonn plast hamnar langs kysten kvart år (Miljødirektoratet).\n")
    assert len(sketch.public_bodies) >= 3, [b.name for b in sketch.public_bodies]


@pytest.mark.parametrize("question", ["**4. Hvem er med?**", "Kven er med?", "## Who is involved?"])
def test_a_part_asking_who_takes_part_lists_the_partners(question: str) -> None:
    text = (
        "# Overgangen til videregående\n\n**Vestfold fylkeskommune**\n\n**1. Behov**\n\n9,4 prosent av elevene slutter det første året (Skoleårsrapport 2024).\n\n"
        + question
        + "\n\n- Vestfold fylkeskommune (søker)\n- Larvik kommune og Sandefjord kommune (ungdomsskolene)\n- NAV Vestfold og Telemark\n\nAlle partnerne har signert intensjonsavtale.\n"
    )
    report = check_sketch(parse_sketch(text))
    status = next(c for c in report.criteria if c.id == "public-collaboration").status.value
    assert status == "pass"
