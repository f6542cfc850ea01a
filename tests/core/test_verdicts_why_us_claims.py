"""A part on why us that gives only claims — adjectives the applicant gives itself («lang erfaring»,
«et engasjert styre», «one of the most modern», «we know the problem from inside») — warns: an
evaluator reads no reason there. Experience, knowledge or a field of expertise is a reason when it
is tied to something named («erfaring med meråpent bibliotek», «kompetanse innenfor
avfallshåndtering», «farmasøytisk kompetanse»), knowing is one when it is of something concrete
(«kjenner hamnene i detalj»: knowing them «godt», or better than anyone, only claims), and a cooperation is one when it says what about («samarbeid, mellom anna om
barnevern»). A year is no figure («klimaplan 2023–2030»); a size said «til sammen» is still size.
The same holds for a part written as a paragraph under a plain lead («Hvorfor oss?⏎…»), but not
for a lead that only shares the question word («Why is it unsolved?»)."""

from __future__ import annotations

import pytest

from .one_criterion import one_result, why_us_sketch

RUN_IN = """Skisse

Søker: Grimstad kommune

Behov
Elever med særskilde behov venter for lenge på skyss om morgonen, og foreldra ringer skulen kvar
veke. Ordninga i dag er tungvinn, og ingen har oversikt over kva som går gale for kven.

{lead}
{why}

Budsjett
Prosjektleiing 1 000 000 kr. Sum 1 000 000 kr.
"""


def verdict(text: str) -> tuple[str, str]:
    c = one_result(text, "why-us")
    return c.status.value, " ".join(f.message for f in c.findings)


CLAIMS = [
    ("Hvorfor oss", "Vi har lang erfaring og sterk kompetanse på feltet. Vi har et engasjert styre og motiverte folk, og vi er derfor godt posisjonert til å lede arbeidet."),
    ("Kvifor oss", "Vi er det største samvirket i regionen og har lang erfaring. Medlemene våre er innovative, og vi har eit godt samarbeid med kommunane."),
    ("Why us", "We are one of the most modern and digitally mature agencies in the country and have strong expertise. We have good relations with our partners."),
    ("Hvorfor oss", "Vi har engasjerte lærere og et godt samarbeid med foreldrene. Skolen har kompetanse og kapasitet til å gjennomføre prosjektet."),
    ("Kvifor Innlandet", "Innlandet har eit breitt kulturliv og ein lang tradisjon for kultursamarbeid. Vi har ei ambisiøs kulturstrategi og stor vilje til å fornye oss."),
]


@pytest.mark.parametrize(("heading", "why"), CLAIMS)
def test_a_part_of_claims_only_warns(heading: str, why: str) -> None:
    status, message = verdict(why_us_sketch(heading=heading, why=why))
    assert status == "warn", (why, message)
    assert "ingen grunn" in message or "no reason" in message, message


@pytest.mark.parametrize(
    ("lead", "why"),
    [
        ("Hvorfor oss?", "Vi kjenner problemet fra innsiden. Styret vårt består av foreldre som bruker mange kvelder på dette, og vi vet hva som ikke fungerer."),
        ("Kvifor oss", "Kommunane er blant dei største i fylket og har til saman over 190 000 innbyggjarar. Vi har store fagmiljø og ein sterk innovasjonskultur, og er godt rusta."),
        ("Why us", "We know the problem from the inside and have a strong, engaged team. We are well placed to lead this work and look forward to it."),
    ],
)
def test_a_paragraph_under_a_plain_lead_that_only_claims_warns(lead: str, why: str) -> None:
    status, message = verdict(RUN_IN.format(lead=lead, why=why))
    assert status == "warn", (why, message)


@pytest.mark.parametrize(
    ("heading", "why", "quoted"),
    [
        ("Hvorfor oss", "Biblioteket har engasjerte ansatte og erfaring med meråpent bibliotek. Vi kan teste løsninger i en virkelig bibliotekhverdag.", "teste løsninger i en virkelig bibliotekhverdag"),
        ("Hvorfor oss", "Selskapet har etablert infrastruktur og kompetanse innenfor avfallshåndtering og gjenvinning, og kommunene har mange eldre bygg.", "kompetanse innenfor avfallshåndtering"),
        ("Why us", "The agency has experience with drone projects in oil spill response. The directorate supervises the fish farms along the coast.", "experience with drone projects"),
        ("Kvifor oss", "Sande og Herøy er nabokommunar med lang tradisjon for samarbeid, mellom anna om barnevern og brannvern. Vi er små nok til å vere smidige.", "samarbeid, mellom anna om barnevern"),
        ("Hvorfor oss", "Sykehuset er stort og har mange pasienter. Sykehusapotekene har farmasøytisk kompetanse som trengs når legemidlene skal pakkes.", "farmasøytisk kompetanse"),
    ],
)
def test_a_named_experience_or_cooperation_is_a_reason(heading: str, why: str, quoted: str) -> None:
    status, message = verdict(why_us_sketch(heading=heading, why=why))
    assert status == "pass", (why, message)
    assert quoted in message, message


def test_a_lead_that_only_shares_the_question_word_is_not_the_part() -> None:
    text = RUN_IN.format(lead="Why is it unsolved?", why="The errors are not mainly about bad software. They appear when something changes in a small firm and nobody knows which fields follow.")
    status, message = verdict(text)
    assert "no reason" not in message and "ingen grunn" not in message, message
