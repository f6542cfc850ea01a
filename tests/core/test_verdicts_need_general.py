"""How the checker reads a need part told as the times rather than as a problem: sentences about
trends (climate, demography, digitalisation, expectations, tight budgets) and about what the body
or the sector must become («offentlige bygg må bli mer energieffektive», «vi trenger løsninger som
går på tvers»), most of the part and none of them sized, tell no problem, whoever has it. A part
that tells what goes wrong for whom, in words or figures, stands beside such sentences; a trend
given with its figure is data, not talk. Each reading is tried in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch, report_in
from assistant.core.sketch.document import parse_sketch


def sketch(heading: str, body: str) -> str:
    return f"# Skisse\n\n**Søker:** Tønsberg kommune\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


def need_message(text: str, lang: str = "en") -> str:
    report = report_in(check_sketch(parse_sketch(text)), lang)
    return " ".join(f.message for c in report.criteria if c.id == "need-described" for f in c.findings)


# The times, not a problem: many fields listed, what must become greener, a wish for solutions.
TIMES = [
    ("Utfordringen", "Utfordringene henger sammen på tvers av fagfelt. Klimaendringene gir mer ekstremvær, og kommunal infrastruktur må tilpasses. "
     "Energisystemet er under press, og offentlige bygg må bli mer energieffektive. Kollektivtrafikken skal bli utslippsfri, og innbyggerne skal "
     "få gode alternativer til bilen. Vi trenger løsninger som går på tvers av sektorene. Det er behov for bedre informasjon og bedre samhandling "
     "mellom innbyggere, næringsliv og det offentlige."),
    ("Utfordringa", "Utfordringane heng saman på tvers av fagfelt. Klimaendringane gir meir ekstremvêr, og kommunal infrastruktur må tilpassast. "
     "Energisystemet er under press, og offentlege bygg må bli meir energieffektive. Kollektivtrafikken skal bli utsleppsfri, og innbyggjarane skal "
     "få gode alternativ til bilen. Vi treng løysingar som går på tvers av sektorane. Det er behov for betre informasjon og betre samhandling "
     "mellom innbyggjarar, næringsliv og det offentlege."),
    ("The challenge", "The challenges are connected across fields. Climate change brings more extreme weather, and municipal infrastructure must be adapted. "
     "The energy system is under strain, and public buildings must become more energy efficient. Public transport is to be emission free, and residents "
     "are to have good alternatives to the car. We need solutions that cut across the sectors. There is a need for better information and better "
     "cooperation between residents, business and the public sector."),
    # Written another way: demography, expectations and digitalisation inside one ordinary paragraph.
    ("Bakgrunn og behov", "Den demografiske utviklingen gjør at tjenestene våre vil endre seg mye det neste tiåret. Innbyggernes forventninger til "
     "digitale tjenester øker hvert år, og digitaliseringen av samfunnet går raskt. Kommunen må finne nye måter å levere tjenester på, og vi må "
     "tenke annerledes om hvordan vi organiserer oss. Tjenestene kan gjøres bedre for alle."),
    ("Background and need", "Demographic change means our services will alter a great deal over the next decade. Residents' expectations of digital "
     "services grow every year, and the digitalisation of society moves fast. The municipality must find new ways of delivering services, and we have "
     "to think differently about how we are organised. The services can be made better for everyone."),
]


@pytest.mark.parametrize(("heading", "body"), TIMES)
def test_a_need_told_as_the_times_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


def test_the_finding_quotes_a_general_sentence_and_counts_them() -> None:
    heading, body = TIMES[0]
    message = need_message(sketch(heading, body))
    assert "Klimaendringene gir mer ekstremvær" in message and "of" in message
    assert "trends" in message
    nb = need_message(sketch(heading, body), "nb")
    assert "utviklingstrekk" in nb


# Near misses: the same kind of sentences beside a problem told for whom, or sized.
CONCRETE = [
    # A problem told in words for a named group, with one trend sentence.
    ("Utfordringen", "Eldre som skrives ut fra sykehuset kommer ofte hjem til en leilighet uten mat i kjøleskapet og uten at hjemmetjenesten vet at "
     "de er hjemme. Flere blir liggende alene over natten, og noen faller og blir lagt inn igjen. Pårørende må ringe rundt for å finne ut hvem som "
     "har ansvaret. Sykepleierne i hjemmetjenesten får beskjeden for sent til å planlegge besøket. Den demografiske utviklingen gjør at dette vil "
     "skje oftere."),
    ("Utfordringa", "Eldre som vert skrivne ut frå sjukehuset, kjem ofte heim til ei leilegheit utan mat i kjøleskapet og utan at heimetenesta veit "
     "at dei er heime. Fleire vert liggjande åleine over natta, og nokre fell og vert lagde inn att. Pårørande må ringje rundt for å finne ut kven "
     "som har ansvaret. Sjukepleiarane i heimetenesta får beskjeden for seint til å planleggje besøket. Den demografiske utviklinga gjer at dette "
     "vil skje oftare."),
    ("The challenge", "Older people discharged from hospital often come home to a flat with no food in the fridge and without home care knowing "
     "they are home. Several are left alone overnight, and some fall and are readmitted. Relatives have to phone around to find out who is "
     "responsible. The nurses in home care get the message too late to plan the visit. Demographic change means this will happen more often."),
    # Trends given with their figures: data, not talk.
    ("Bakgrunn", "Andelen innbyggere over 80 år vil øke med 60 prosent innen 2035 (SSB). Forventningene til digitale tjenester øker: 74 prosent "
     "av henvendelsene kom digitalt i fjor. Kommunen må finne nye måter å levere tjenester på fordi 38 stillinger i hjemmetjenesten står ubesatt. "
     "Klimaendringene ga 14 flomskader på kommunale bygg i 2023, og infrastrukturen må tilpasses."),
    ("Background", "The share of residents over 80 will grow by 60 per cent by 2035 (SSB). Expectations of digital services are rising: 74 per cent "
     "of enquiries came in digitally last year. The municipality must find new ways of delivering services because 38 posts in home care are "
     "vacant. Climate change caused 14 flood damages to municipal buildings in 2023, and the infrastructure must be adapted."),
]


@pytest.mark.parametrize(("heading", "body"), CONCRETE)
def test_a_problem_told_for_whom_or_sized_stands_beside_trend_talk(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"
