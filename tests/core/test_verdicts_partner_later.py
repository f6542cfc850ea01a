"""Bodies only thought of, to be brought in later or whose papers are still being written are no
partners: «vi vil vurdere å invitere nabokommuner og NTNU på et senere tidspunkt», «vi ønskjer å
invitere nabokommunane», «… vil bli involvert», «NTNU kan være en aktuell forskningspartner»,
«(letters of intent under preparation)», municipalities that have only sat in network meetings
and are positive. Bodies named as taking part stay partners: the owner municipalities of an IKS
listed by place under «Eierkommuner som deltar:», bodies named under a plain question «Hvem er
med?», partners that will be involved in a named phase, agreements already signed."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOverløp sendte 1,2 millioner m³ urenset avløp i sjøen i 2024 (kommunens driftsdata).\n"


def read(head: str, part: str = "") -> tuple[list[str], str]:
    sketch = parse_sketch("# Skisse\n\n" + head + BODY + ("\n## Samarbeid\n\n" + part + "\n" if part else ""))
    report = check_sketch(sketch)
    status = next(c for c in report.criteria if c.id == "public-collaboration").status.value
    return [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Ålesund kommune", "Prosjektet gjennomføres av kommunen alene, men vi vil vurdere å invitere nabokommuner og NTNU på et senere tidspunkt."),
        ("**Søkjar:** Ålesund kommune", "Vi vil vurdere å involvere Giske kommune og NTNU seinare."),
        ("**Applicant:** Ålesund Municipality", "We will consider inviting Giske Municipality and NTNU at a later stage."),
        ("**Søker:** Trondheim kommune", "Vi ønsker å invitere Malvik kommune og Melhus kommune til å være med i prosjektet."),
        ("**Søkjar:** Trondheim kommune", "Vi ønskjer å invitere Malvik kommune til å vere med."),
        ("**Applicant:** Trondheim Municipality", "We would like to invite Malvik Municipality to take part."),
        ("**Søker:** Trondheim kommune", "NTNU kan være en aktuell forskningspartner."),
        ("**Applicant:** Trondheim Municipality", "NTNU could be a possible research partner."),
        ("**Søker:** Helix Helseinnovasjon AS",
         "Trondheim kommune og Stjørdal kommune har alle deltatt i våre nettverksmøter og er positive til prosjektet. St. Olavs hospital HF deltar i samhandlingsutvalget og vil bli involvert."),
        ("**Applicant:** Helix Health Innovation AS",
         "Trondheim Municipality and Stjørdal Municipality have all attended our network meetings and are positive. St. Olavs hospital HF will be involved later."),
        ("**Submitted by:** Nordvik Impact Advisory AS\n**Partners:** Asker kommune, Bærum kommune, Ringerike kommune (letters of intent under preparation)", ""),
        ("**Søker:** Nordvik Rådgiving AS\n**Partnere:** Asker kommune, Bærum kommune (intensjonsavtaler under arbeid)", ""),
        ("**Søker:** Nordvik Rådgiving AS", "Asker kommune og Bærum kommune er partnere; avtalene er ikke signert ennå."),
    ],
)
def test_bodies_thought_of_or_still_to_sign_are_not_partners(head: str, part: str):
    names, status = read(head, part)
    assert status == "warn", names


@pytest.mark.parametrize(
    ("head", "part", "least"),
    [
        ("**Søker:** Rogaland brann og redning IKS\n**Eierkommuner som deltar:** Stavanger, Sandnes, Sola (m.fl.)", "", 4),
        ("**Søkjar:** Sunnmøre brann og redning IKS\n**Eigarkommunar:** Ålesund, Giske og Sula", "", 4),
        ("**Applicant:** Rogaland Fire and Rescue IKS\n**Participating owner municipalities:** Stavanger, Sandnes", "", 3),
        ("**Søker:** Ålesund kommune", "Giske kommune og NTNU deltar, og begge vil bli involvert i utprøvingen på tre anlegg.", 3),
        ("**Søker:** Trondheim kommune", "Malvik kommune er partner og har signert intensjonsavtale. Avtalen er signert av kommunedirektøren.", 2),
        ("**Søker:** Trondheim kommune", "Sammen med Malvik kommune ønsker vi å invitere leverandører til dialog.", 2),
        ("**Søker:** Trondheim kommune", "Malvik kommune er partner og vil bli involvert i alle faser.", 2),
    ],
)
def test_bodies_said_to_take_part_stay_partners(head: str, part: str, least: int):
    names, status = read(head, part)
    assert status == "pass" and len(names) >= least, names


def test_owner_places_keep_their_brackets():
    names, _ = read("**Søker:** Rogaland brann og redning IKS\n**Eierkommuner som deltar:** Stavanger, Sandnes (interessert)")
    assert "Stavanger kommune" in names and "Sandnes kommune" not in names


def test_a_plain_question_above_the_answer_marks_the_partners():
    text = (
        "Statens vegvesen – Drift og vedlikehold\n\nSKISSE: SALT OG SIKKERHET\n\nHva handler dette om?\n"
        "Vintrene blir våtere, og saltforbruket økte med 40 % fra 2015 til 2024 (egne tall).\n\n"
        "Hvem er med?\nStatens vegvesen (søker), Troms fylkeskommune og Nordland fylkeskommune, som har ansvaret for fylkesvegene, "
        "og Meteorologisk institutt, som bidrar med varslingskompetanse.\n"
    )
    names = [b.name for b in parse_sketch(text).public_bodies]
    assert {"Troms fylkeskommune", "Meteorologisk institutt"} <= set(names), names
    # The same sentence under a question that asks something else names no partners.
    other = text.replace("Hvem er med?", "Hva har vi gjort før?")
    assert "Meteorologisk institutt" not in [b.name for b in parse_sketch(other).public_bodies]
