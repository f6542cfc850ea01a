"""A part headed by the aim («Grønt og smart», «Greener and smarter») that says, in a line or two,
only a by-product is no aim: a gain on something the sketch never raises anywhere else («Mer
friluftsliv gir … mindre bilbruk» in a sketch on trail posts, «Fewer people travelling to exam halls
reduces emissions» in one on cheating), what a tool brings («Appen vil gjøre hallbruken
smartere», «the platform makes the process smarter»), or only that efficiency gives better use of
resources («Mer effektiv diagnostikk gir bedre ressursbruk»). The verdict warns and quotes the part.

Near misses that stay a pass: the same line where the need tells of the thing it cuts (the need
says staff drive far, the line says «mindre køyring»), a line that says a figure or an aim of its
own («Målet er …», «we aim»), a tool the project commits to an aim («Tvillingen skal gjøre …»), a
part of more than two sentences, and a gain said also in the sketch's aims."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse: {title}

**Søker:** Kvam herad
**Partnere:** Ullensvang kommune, Eidfjord kommune

## Behovet

{need}

## Kva vi vil gjere

Vi vil gå i dialog med leverandørar og utvikle ei løysing saman med dei i eit innovasjonspartnarskap.
Vi har ikkje bestemt korleis løysinga skal sjå ut, og vil prøve ho ut i alle tre kommunane.

## {heading}

{line}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""

EXAMS = (
    "Eksamensfusk har auka mykje dei siste åra. Talet på saker til klagenemnda har gått frå 38 til 112, "
    "og sensorane seier at dei ikkje lenger kan sjå kven som har skrive ein tekst. Skulane har ikkje "
    "verktøy for å avdekkje juks på heimeeksamen, og saksbehandlinga av kvar sak er tung."
)
EXAMS_EN = (
    "Cheating at home exams has grown fast: cases sent to the appeals board rose from 38 to 112, and "
    "examiners say they can no longer tell who wrote a text. The schools have no means of finding it, "
    "and every case is heavy to handle."
)
DRIVING = (
    "Heimetenesta har 14 sonar spreidde over eit stort område. Dei tilsette køyrer i snitt 90 km per vakt, "
    "og mykje av tida går med på vegen i staden for hos brukarane. Om vinteren blir mange besøk utsette "
    "fordi vegane er stengde."
)


def verdict(line: str, need: str = EXAMS, heading: str = "Grønt og smart", title: str = "betre eksamen") -> tuple[str, str]:
    c = one_result(SKETCH.format(line=line, need=need, heading=heading, title=title), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("line", "need", "heading"),
    [
        # A gain on something the sketch never raises elsewhere.
        ("Færre som reiser til eksamenslokala gir lågare utslepp.", EXAMS, "Grønt og smart"),
        ("Færre som reiser til eksamenslokalene gir lavere utslipp.", EXAMS, "Grønt og smart"),
        ("Fewer people travelling to exam halls reduces emissions.", EXAMS_EN, "Greener and smarter"),
        ("Mer friluftsliv gir bedre folkehelse og mindre bilbruk.", EXAMS, "Grønt og smart"),
        ("Fewer hospital transports and a smarter service.", EXAMS_EN, "Green and smart"),
        ("Mindre papir gir også et lavere klimaavtrykk.", EXAMS, "Grønnere og smartere"),
        # What a tool brings, and what the clauses joined after it say.
        ("Appen vil gjøre saksbehandlingen smartere ved at ledig tid blir synlig, og skolene kan samkjøre transport.", EXAMS, "Grønt og smart"),
        ("Plattforma gjer eksamensarbeidet smartare, fordi avgjerdene blir tekne på betre data.", EXAMS, "Grønt og smart"),
        ("The platform makes the examination process smarter.", EXAMS_EN, "Green and smart"),
        ("Digital søknad gjer at studentane slepp å reise, og papir blir spart.", EXAMS, "Grønt og smart"),
        ("Prosjektet vil gjere skulen smartare ved å ta i bruk ny teknologi, og det vil spare lærarane for tid.", EXAMS, "Grønt og smart"),
        ("Fewer people travelling to exam halls reduces emissions, and the platform makes the process smarter.", EXAMS_EN, "Green and smart"),
    ],
)
def test_a_by_product_in_the_aims_own_part_warns(line: str, need: str, heading: str) -> None:
    status, message = verdict(line, need, heading)
    assert status == "warn", message
    assert "forbifarten" in message or "in passing" in message


@pytest.mark.parametrize(
    ("line", "need", "heading"),
    [
        # The need tells of what the line cuts: the gain answers the sketch's own problem.
        ("Ei heimeteneste med betre planlegging gir mindre køyring og lågare utslepp.", DRIVING, "Grønt og smart"),
        ("Better planning means less driving and lower emissions.", DRIVING, "Greener and smarter"),
        ("Fewer unnecessary drives mean lower emissions, and an AI assistant makes the service smarter.", DRIVING, "Greener and smarter"),
        # A figure or an aim said in the line.
        ("Færre som reiser til eksamenslokala gir lågare utslepp, om lag 300 tonn CO2 i året.", EXAMS, "Grønt og smart"),
        ("Målet er færre reiser til eksamenslokala og lågare utslepp.", EXAMS, "Grønt og smart"),
        ("We aim for fewer people travelling to exam halls and lower emissions.", EXAMS_EN, "Green and smart"),
        # A tool the project commits to an aim.
        ("Plattformen skal gjøre kommunen i stand til å redusere transportbehovet og utslippene.", DRIVING, "Grønt og smart"),
    ],
)
def test_a_gain_on_the_sketchs_own_matter_or_a_stated_aim_passes(line: str, need: str, heading: str) -> None:
    status, message = verdict(line, need, heading)
    assert status == "pass", message


def test_a_longer_part_says_more_than_a_line_in_passing() -> None:
    line = (
        "Færre som reiser til eksamenslokala gir lågare utslepp. Studentane slepp lange reiser frå heile fylket. "
        "Vi reknar med at kvar student sparer ein dag. Lokala kan brukast til anna undervisning."
    )
    assert verdict(line)[0] == "pass"


def test_a_gain_said_also_among_the_aims_passes() -> None:
    need = EXAMS + "\n\n## Mål\n\n- Færre juksesaker\n- Mindre reising og lågare utslepp frå eksamensavviklinga"
    status, message = verdict("Færre som reiser til eksamenslokala gir lågare utslepp.", need)
    assert status == "pass", message


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Mer effektiv planlegging gir betre ressursbruk.", "Grønt og smart"),
        ("Mer effektiv diagnostikk gir bedre ressursbruk.", "Grønt og smart"),
        ("More efficient scheduling means better use of resources.", "Greener and smarter"),
    ],
)
def test_only_that_efficiency_gives_better_use_of_resources_warns(line: str, heading: str) -> None:
    # The need tells of staff time on the road, yet the line names no gain but efficiency itself.
    status, message = verdict(line, DRIVING, heading)
    assert status == "warn", message
    assert "forbifarten" in message or "in passing" in message


@pytest.mark.parametrize(
    "line",
    [
        # Efficiency that gives a named gain on the sketch's own matter, or an aim said.
        "Mer effektiv planlegging gir mindre køyring og lågare utslepp.",
        "Målet er betre ressursbruk: mindre køyring mellom sonane.",
    ],
)
def test_efficiency_with_a_named_gain_or_an_aim_said_passes(line: str) -> None:
    status, message = verdict(line, DRIVING)
    assert status == "pass", message
