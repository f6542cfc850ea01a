"""How the checker reads whether a need part tells a concrete, unsolved problem. A part that says
the answer is known or in use already («We believe the solution is …», «Several countries use
such systems already, and the technology is mature») tells no unsolved problem; a part told as
what a thing is important for, what it was built for and what people expect («Knutepunktene er
selve ryggraden i transportsystemet») tells no problem either. A part that names a concrete
problem with its consequences and sizes it is told, even when it also names a solution: that is
the technology-first criterion's concern. Each reading is tried in bokmål, nynorsk and English,
with near misses that keep their verdict."""

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


# The problem told as work that is heavy, then the answer said to be known and in use elsewhere.
SOLVED = [
    ("Bakgrunn", "Brannvesenet rykker hvert år ut til om lag 1 800 meldinger om røyk i skog og mark. Mange av utrykningene skjer om natten "
     "og i ulendt terreng, og letingen etter brannstedet er krevende og tar mange mannskaper. Slike systemer finnes allerede i andre land, "
     "og teknologien er moden nok for norske forhold."),
    ("Bakgrunn", "Brannvesenet rykkjer kvart år ut til om lag 1 800 meldingar om røyk i skog og mark. Mange av utrykkingane skjer om natta "
     "og i ulendt terreng, og letinga etter brannstaden er krevjande og tek mange mannskap. Fleire land brukar alt slike system, "
     "og vi meiner løysinga er sensorar i master som varslar automatisk."),
    ("Background", "Every year the fire service responds to about 1 800 reports of smoke in forest and field. Many of the call-outs happen "
     "at night and in rough terrain, and finding the fire is difficult and takes many crews. We believe the solution is sensors on masts "
     "that alert automatically, and several countries use such systems already."),
]


@pytest.mark.parametrize(("heading", "body"), SOLVED)
def test_a_need_whose_answer_is_known_or_in_use_already_is_not_unsolved(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


def test_the_finding_quotes_where_the_answer_is_said_to_exist() -> None:
    heading, body = SOLVED[0]
    message = need_message(sketch(heading, body), "nb")
    assert "finnes allerede" in message and "uløst" in message


# Near misses: what exists is set against what it cannot do, denied, or only a mix still to find.
OPEN = [
    ("Bakgrunn", "Brannvesenet rykker hvert år ut til om lag 1 800 meldinger om røyk i skog og mark. Mange av utrykningene skjer om natten "
     "og i ulendt terreng, og letingen etter brannstedet er krevende og tar mange mannskaper. Slike systemer finnes allerede i andre land, "
     "men de krever mobildekning, som mangler i store deler av fylket."),
    ("Bakgrunn", "Brannvesenet rykkjer kvart år ut til om lag 1 800 meldingar om røyk i skog og mark. Mange av utrykkingane skjer om natta "
     "og i ulendt terreng, og letinga etter brannstaden er krevjande og tek mange mannskap. Fleire land brukar alt slike system. "
     "Men dei vart laga for flatt land og ser ikkje røyk i trange dalar."),
    ("Background", "Every year the fire service responds to about 1 800 reports of smoke in forest and field. Many of the call-outs happen "
     "at night and in rough terrain, and finding the fire is difficult and takes many crews. The technology is not mature for steep "
     "valleys, and we believe the solution will be a combination of new ways of working and tools."),
]


@pytest.mark.parametrize(("heading", "body"), OPEN)
def test_an_existing_answer_set_against_what_it_cannot_do_keeps_the_need_unsolved(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


# A need told as what the thing is important for, what it was built for, what people expect and
# what goals demand: no sentence says what goes wrong for whom.
IMPORTANCE = [
    ("Bakgrunn", "Bibliotekene er selve ryggraden i lokalsamfunnet. Det er her innbyggerne møtes, låner bøker og får hjelp med digitale "
     "tjenester. Mange av bibliotekene ble bygget for en annen tid og andre vaner. De er ikke tilpasset dagens krav til åpningstid og "
     "tilgjengelighet. Brukerne forventer gode og enkle tjenester hele døgnet. Samtidig stiller klimamålene krav om at byggene skal bruke "
     "mindre energi. Dette er en kjent utfordring i hele sektoren."),
    ("Bakgrunn", "Biblioteka er sjølve ryggrada i lokalsamfunnet. Det er her innbyggjarane møtest, lånar bøker og får hjelp med digitale "
     "tenester. Mange av biblioteka vart bygde for ei anna tid og andre vanar. Dei er ikkje tilpassa dagens krav til opningstid og "
     "tilgjenge. Brukarane forventar gode og enkle tenester heile døgnet. Samstundes stiller klimamåla krav om at bygga skal bruke "
     "mindre energi. Dette er ei kjend utfordring i heile sektoren."),
    ("Background", "Libraries are the backbone of the local community. This is where residents meet, borrow books and get help with digital "
     "services. Many of the libraries were built for another time and other habits. They are not adapted to today's demands for opening "
     "hours and access. Visitors expect good and simple services around the clock. At the same time the climate targets require the "
     "buildings to use less energy. This is a known challenge across the sector."),
]


@pytest.mark.parametrize(("heading", "body"), IMPORTANCE)
def test_a_need_told_as_importance_and_expectations_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


# Near miss: the same opening, then what goes wrong for whom, sized.
def test_importance_beside_a_sized_problem_is_a_need_told() -> None:
    body = (
        "Bibliotekene er selve ryggraden i lokalsamfunnet. I fjor ble 38 prosent av utlånene levert for sent fordi innleveringen er stengt "
        "om kvelden, og 1 200 lånere fikk purregebyr. Eldre uten nettbank står i kø i opptil 40 minutter for å få hjelp, og 3 av 10 går hjem "
        "uten å ha fått den. Byggene bruker 2,1 GWh i året, dobbelt så mye som nye bygg."
    )
    assert need(sketch("Bakgrunn", body)) == "pass"


# A solution named in a part that also sizes what goes wrong: the need is told.
SIZED_WITH_SOLUTION = [
    ("Bakgrunn", "Ferjene i fylket frakter 2 300 innbyggere som mangler annen vei til fastlandet, og 780 av dem pendler daglig. Ruteinformasjonen "
     "er dårlig: i fjor ble 140 avganger innstilt uten varsel, og tilskuddet per passasjer er 410 kroner. Vi skal utvikle en ny app som "
     "samler informasjonen."),
    ("Background", "The ferries carry 2 300 residents who have no other road to the mainland, and 780 of them commute daily. Route information "
     "is poor: last year 140 departures were cancelled without notice, and the subsidy per passenger is NOK 410. We will develop a new app "
     "that gathers the information."),
]


@pytest.mark.parametrize(("heading", "body"), SIZED_WITH_SOLUTION)
def test_a_sized_need_that_also_names_a_solution_is_told(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


def test_an_unsized_need_that_names_a_solution_still_warns() -> None:
    body = (
        "Ferjene i fylket frakter mange innbyggere som mangler annen vei til fastlandet, og mange pendler daglig. Ruteinformasjonen er dårlig, "
        "og avganger blir innstilt uten varsel. Vi skal utvikle en ny app som samler informasjonen på ett sted for alle reisende."
    )
    assert need(sketch("Bakgrunn", body)) == "warn"


# Headings the writer gives the need in words of their own.
@pytest.mark.parametrize("heading", ["Om behovet", "Om problemet", "Kva er behovet", "About the need", "What is the problem"])
def test_a_bold_line_that_names_the_need_heads_it_beside_marked_headings(heading: str) -> None:
    text = (
        "# Skisse\n\n### Trygg overgang til voksenlivet\n\nTønsberg kommune\n\n"
        f"**{heading}**\n\n"
        "Ungdom som flytter fra fosterhjem når de fyller 18, står ofte uten bolig, uten nettverk og uten fullført skole. Ettervernet er "
        "ujevnt fra kommune til kommune, og innsatsen fra barnevernet, NAV og kommunen er ikke koordinert. De unge må fortelle historien sin "
        "på nytt hver gang de møter en ny instans, og mange blir langvarige mottakere av ytelser.\n\n"
        "**Hvorfor oss**\n\nVi har samarbeidet om ettervern siden 2019 i et regionalt fagnettverk.\n\n"
        "**Budsjett**\n\n- Prosjektledelse: 1 000 000 kr\n"
    )
    assert need(text) == "pass"


# A problem told by wear, loss and breakdown, under a plain line asking for it.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Vaskeriet er fra 1998 og har høyt energiforbruk. Maskinparken er slitt, og vi har hatt 23 driftsstans de siste to årene. Vi anslår at "
        "20–25 prosent av tøyet forsvinner eller kasseres hvert år, uten at vi vet hvor det blir av. Arbeidstøy blir tatt med hjem, og sengetøy havner i avfallet.",
        "Vaskeriet er frå 1998 og har høgt straumforbruk. Maskinparken er slitt, og vi har hatt 23 driftsstans dei siste to åra. Vi reknar med at "
        "20–25 prosent av tøyet forsvinn eller vert kassert kvart år, utan at vi veit kvar det blir av. Arbeidstøy vert teke med heim, og sengetøy hamnar i avfallet.",
        "The laundry dates from 1998 and has high energy consumption. The machines are worn out, and we have had 23 breakdowns in the last two "
        "years. We estimate that 20–25 per cent of the linen goes missing each year without our knowing where. Work clothes are taken home, and sheets end up as waste.",
    ],
)
def test_a_plain_line_asking_for_the_problem_heads_a_problem_told_by_wear_and_loss(paragraph: str) -> None:
    text = (
        "Tønsberg kommune\n\nSkisse – innovasjonspartnerskap\n\n"
        "Innledning\nKommunen driver eget vaskeri for sykehjemmene og hjemmetjenesten og vasker om lag 410 tonn tøy i året.\n\n"
        f"Hva er problemet?\n{paragraph}\n\n"
        "Budsjett\nProsjektleder: 900 000 kr\nSum: 900 000 kr\n"
    )
    assert need(text) == "pass"
