"""How the checker reads a need part told without the usual problem words: people who do not do
what the service needs of them («mange møter ikke til avtaler»), staff who spend much of their time
chasing them («bruker mye tid på å ringe rundt»), a cost that rose («en økning på 14 %»). Each says
what goes wrong and is a need; a part that only describes the service as it runs is not. Each
reading in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


def sketch(heading: str, body: str) -> str:
    return f"# Skisse\n\n**Søker:** Sandnes kommune\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Bakgrunn", "Sandnes følger opp om lag 420 unge mottakere av sosialhjelp under 30 år med krav om aktivitet. Mange av dem møter ikke til "
         "avtalene og svarer ikke på brev. Veilederne bruker mye tid på å ringe rundt og kalle inn på nytt. Utgiftene var 162 mill. kr i 2023, "
         "en økning på 14 % fra året før."),
        ("Bakgrunn", "Sandnes følgjer opp om lag 420 unge mottakarar av sosialhjelp under 30 år med krav om aktivitet. Mange av dei møter ikkje til "
         "avtalane og svarar ikkje på brev. Rettleiarane brukar mykje tid på å ringje rundt og kalle inn på nytt. Utgiftene var 162 mill. kr i "
         "2023, ein auke på 14 % frå året før."),
        ("Background", "Sandnes follows up about 420 young recipients of social assistance under 30 who must take part in activities. Many of "
         "them do not turn up for appointments and do not answer letters. Advisers spend a lot of time phoning round and calling them in again. "
         "Spending was NOK 162 million in 2023, a rise of 14 % on the year before."),
    ],
)
def test_a_shortfall_told_in_plain_words_is_a_need(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Bakgrunn", "Sandnes følger opp om lag 420 unge mottakere av sosialhjelp under 30 år. Veilederne har samtaler med dem hver måned og "
         "sender brev om aktivitetene. Ungdomsteamet har åtte ansatte og holder til i sentrum. Tjenesten er organisert i tre team etter alder, "
         "og alle har en fast veileder."),
        ("Bakgrunn", "Sandnes følgjer opp om lag 420 unge mottakarar av sosialhjelp under 30 år. Rettleiarane har samtalar med dei kvar månad og "
         "sender brev om aktivitetane. Ungdomsteamet har åtte tilsette og held til i sentrum. Tenesta er organisert i tre team etter alder, "
         "og alle har ein fast rettleiar."),
        ("Background", "Sandnes follows up about 420 young recipients of social assistance under 30. Advisers meet them every month and send "
         "letters about the activities. The youth team has eight staff and is based in the centre. The service is organised in three teams by "
         "age, and everyone has a fixed adviser."),
    ],
)
def test_a_part_that_only_describes_the_service_tells_no_need(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"
