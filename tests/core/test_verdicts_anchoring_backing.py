"""Anchoring read as a leader backing the project, not a leader named: «Rådmannen ønsker et mer
digitalt bibliotek», «the chief executive is aware of the initiative» or «Administrerende direktør
har uttalt i media at ventetidene er for lange» name a chief and say nothing of the sketch. A chief
who approves, signs, owns, chairs the steering group of, has been presented with or said yes to
the project anchors it, in nb, nn and en, also when the next sentence says it of those just named
(«… og direktøren i Helse Stavanger. Alle har godkjent skissen.») or a name holds a short form
(«St. Olavs hospital»)."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Felles digitale bibliotektenester

**Søker:** Fredrikstad kommune
**Partnere:** Sarpsborg kommune, Østfold fylkeskommune

## Behov

Biblioteka i Østfold har 40 prosent færre besøkande enn i 2015 (Nasjonalbiblioteket, bibliotekstatistikk 2023). Mange innbyggere finner ikke fram til tilbudet, og de ansatte bruker mye tid på manuelle rutiner.

## Hvorfor oss

Fredrikstad har drevet meråpent bibliotek siden 2018 og har data fra 120 000 utlån i året. {anchoring}
"""


def top_management(anchoring: str) -> str:
    return one_result(SKETCH.format(anchoring=anchoring), "top-management").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Ordføreren synes dette er en god idé.",
        "Kommunedirektøren kjenner til skissen.",
        "Vi har hatt et møte med kommunedirektøren om ideen.",
        "The chief executive is aware of the initiative.",
        "Kommunedirektøren har fått skissa til orientering.",
        "Administrerende direktør i Helse Vest har uttalt i media at ventetidene er for lange.",
        "Kommunedirektøren i Sarpsborg var biblioteksjef før og kjenner problemet godt.",
        "Topplederne i kommunene må prioritere bibliotekene høyere.",
        "Kommunedirektøren har bedt biblioteket om å finne nye løsninger.",
        "Rådmannen ønsker at biblioteket skal bli meir digitalt.",
        "The county director has often spoken about the need for better library services.",
    ],
)
def test_a_chief_named_without_backing_the_project_is_no_anchoring(said):
    assert top_management(said) == "warn", said


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektøren i Os har sagt ja til at vi sender skissen.",
        "Rådmannen i Stord og kommunedirektørane i Fitjar og Bømlo har sagt seg samde i at prosjektet er prioritert.",
        "The project is anchored with the chief municipal executives of Fredrikstad and Sarpsborg.",
        "I have presented the idea to the county director of Østfold and to the chief municipal executive of Sarpsborg. Both have confirmed that they will take part.",
        "Prosjektet ledes av en styringsgruppe med kommunedirektøren i Fredrikstad (leder), kommunedirektøren i Sarpsborg og fylkesdirektøren for kultur. Alle har godkjent skissen.",
        "Kommunedirektørane i dei to kommunane er med i styringsgruppa.",
        "The County Director of Culture chairs the steering group.",
        "The CEOs of St. Olavs and Helse Nord-Trøndelag support the project.",
        "Skissa er lagd fram for kommunedirektøren si leiargruppe.",
        "The chief municipal executive of Fredrikstad, the county director of Østfold and the CEO of\nSykehuset Østfold have endorsed the sketch in writing.",
    ],
)
def test_a_chief_who_backs_owns_or_leads_the_project_anchors_it(said):
    assert top_management(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        # hoped for or expected, not given
        "Vi håper kommunedirektøren vil støtte prosjektet.",
        "Vi reknar med at rådmannen sluttar seg til skissa.",
        "The chief municipal executive is expected to approve the sketch in April.",
        "We hope the CEO will endorse the project once the funding is clear.",
        "Rådmannen vil få saken til behandling etter fristen.",
        # a lack said outright
        "Prosjektet mangler foreløpig forankring hos toppledelsen.",
        "The project still lacks approval from the chief executive.",
        # a decision on a plan or strategy, not on the project
        "Fylkestinget vedtok i 2021 en regional plan for kultur.",
        "Formannskapet vedtok i 2022 ein digitaliseringsstrategi som peikar på behovet.",
        "The municipal council approved a new library plan in 2024.",
        # anchored in a department or service, no top leader named
        "The project is anchored in the library department.",
        "Prosjektet er forankret i kulturavdelingen.",
        "Skissa er forankra i eininga for bibliotek.",
        # a supplier's leaders
        "Styret i leverandørforeningen har uttalt støtte til ideen.",
        "The board of the supplier has expressed support for the idea.",
    ],
)
def test_a_backing_hoped_for_lacking_or_given_to_something_else_warns(said):
    assert top_management(said) == "warn", said


@pytest.mark.parametrize(
    "said",
    [
        "Kommunestyret vedtok 12. mars å delta i prosjektet.",
        "Kommunestyret har vedtatt prosjektplanen og satt av eigenandel.",
        "The county council adopted the project plan on 3 March.",
        "Bystyret vedtok handlingsplanen, og kommunedirektøren har godkjent skissen.",
        "Kommunedirektøren har godkjent skissen og forventer at prosjektet gir gevinster.",
        "The chief municipal executive approved the sketch and expects the project to cut waiting times.",
        "Prosjektet er forankret hos kommunedirektøren og i helseavdelingen.",
        "Rådmannen har godkjent skissa. Prosjektet er forankra i eininga for bibliotek.",
    ],
)
def test_near_misses_that_still_anchor(said):
    assert top_management(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Saka vert lagd fram for kommunedirektøren si leiargruppe i september.",
        "Saken legges fram for kommunedirektørene etter sommeren.",
        "Avdelingslederen for hjemmetjenesten har godkjent skissen, og kommunedirektøren blir informert om prosjektet dersom det får støtte.",
        "The head of unit has approved the sketch, and the CEO will be briefed if the project receives funding.",
        "Formell forankring hos rådmannen gjøres i neste fase.",
        "Formal anchoring with the CEO comes in the next phase.",
        "Prosjektet er godt forankret i fagmiljøet, og kommunalsjef for helse er kjent med arbeidet.",
        "Skissa er godt forankra blant dei tilsette, og rådmannen er orientert.",
    ],
)
def test_a_step_still_to_come_or_a_weak_word_in_the_chiefs_own_clause_warns(said):
    assert top_management(said) == "warn", said


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektøren har godkjent skissen, og ordføreren er orientert.",
        "The chief municipal executive approved the sketch, and the mayor has been informed.",
        "Statsforvaltaren stadfesta deltakinga i møte med embetsleiinga 5. mars.",
        "Skissa er lagd fram for og godkjend av kommunedirektøren si leiargruppe.",
        "Kommunedirektøren har godkjent skissen og vil følge prosjektet i neste fase.",
    ],
)
def test_a_chief_who_has_approved_stands_beside_steps_to_come(said):
    assert top_management(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "The municipal director gave the go-ahead for the application in January.",
        "Rådmannen har gitt klarsignal til at vi søker.",
        "Kommunedirektøren har gitt grønt lys for prosjektet.",
        "The chief executives of both municipalities have given their consent.",
        "Kommunedirektørene har gitt sitt samtykke til søknaden.",
        "Søknaden sendes inn etter avtale med kommunedirektøren.",
        "The chief municipal executives in Bodø and Fauske stand behind the sketch.",
        "Kommunedirektøren har anbefalt at kommunen deltar i prosjektet.",
    ],
)
def test_other_words_for_a_go_ahead_anchor(said):
    assert top_management(said) == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektøren vil gi klarsignal når finansieringen er avklart.",
        "We will seek the chief executive's consent before the main application.",
        "The CEO is expected to give the go-ahead in March.",
        "Kommunedirektøren har ikke gitt samtykke ennå.",
        "The project has been discussed with the head of logistics and the director of the surgical clinic.",
    ],
)
def test_a_go_ahead_still_to_come_or_a_talk_with_managers_does_not(said):
    assert top_management(said) == "warn", said


@pytest.mark.parametrize(
    "said",
    [
        # the word of a field's label is no statement
        "**Forankring:** Skissa er godkjend av instituttleiar. Vi vil informere leiinga når vi veit om vi går vidare.",
        "**Anchoring:** The sketch was approved by the head of department. Management will be informed later.",
        "Forankring: Skissen er godkjent av seksjonsleder, og ledelsen orienteres senere.",
        # anchored with a head of a service («IKT-sjefen», «fagsjefen»)
        "Prosjektet er drøftet i faggruppa og er forankret hos IKT-sjefen.",
        "Skissa er forankra hos fagsjefen for bibliotek.",
    ],
)
def test_a_label_or_a_service_head_is_no_anchoring(said):
    assert top_management(said) == "warn", said


@pytest.mark.parametrize(
    "said",
    [
        "Fylkesdirektør for kultur har godkjent søknaden, og bibliotekssjefene har sluttet seg til. Kommunedirektørene er informert.",
        "The county director has approved the sketch. The chief executives of the partner municipalities have been informed.",
        "Politimesteren i Øst politidistrikt har godkjent at skissen sendes.",
        "The Chief of Police has approved the sketch.",
        "Kommunedirektøren stør at landbrukskontoret sender skissa.",
        "**Forankring:** Kommunedirektøren har godkjent skissen.",
    ],
)
def test_partners_chiefs_informed_beside_an_approval_and_other_chiefs_anchor(said):
    assert top_management(said) == "pass", said
