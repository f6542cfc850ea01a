"""A greener or smarter effect the sketch says comes only by the way is no aim the project pursues:
«som en bieffekt kan det kanskje bli litt mindre kjøring», «as a side benefit, there may be
somewhat less driving», «kanskje blir det òg litt mindre utslepp, men det er ikkje noko mål for
prosjektet», «we have not looked at climate or environmental effects». Near misses that stay a
pass: the same effect stated as an aim («betre ruteplanlegging skal kutte køyringa med 20
prosent»), an aim beside a hedge in one sentence («Dette vil gjere tenesta smartare og kanskje gi
litt mindre køyring»), «not a goal in itself», and a denial about something else («Det er ikke et
mål å kjøpe ny teknologi; vi vil redusere kjøringen»). A policy catch-phrase tacked on («skal også
bidra til det grøne skiftet og til å gjere Nordhordland til ein smart region») is a slogan unless its
paragraph says what changes."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse

**Søker:** Austevoll kommune
**Partnere:** Bømlo kommune, Vestland fylkeskommune

## Behov

Kommunane har i dag for få sjukepleiarar, og heimetenesta må ofte leige inn vikarar. Ventelistene
veks, og dei tilsette er slitne. Innbyggjarane merkar at tenesta ikkje er god nok.

## Mål

{aim}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""


def verdict(aim: str) -> tuple[str, str]:
    c = one_result(SKETCH.format(aim=aim), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er flere faste sykepleiere og mindre bruk av vikarbyrå. Som en bieffekt kan det kanskje bli litt mindre kjøring.",
        "Målet er fleire faste sjukepleiarar. Som ein sidegevinst kan det bli mindre køyring mellom kommunane.",
        "The aim is more permanent nurses and less use of agencies. As a side benefit, there may be somewhat less driving.",
        "Målet er fleire faste sjukepleiarar. Kanskje blir det òg litt mindre utslepp, men det er ikkje noko mål for prosjektet.",
        "Målet er flere faste sykepleiere. Mindre utslipp er ikke noe mål for prosjektet.",
        "The goal is more permanent staff. Lower emissions are not a goal of this project.",
        "The goal is more permanent staff. We have not looked at climate or environmental effects.",
        "Målet er flere faste sykepleiere. Vi har ikke vurdert miljøeffekter av tiltaket.",
        "Målet er fleire faste sjukepleiarar. Vi har ikkje sett på klimaverknader.",
    ],
)
def test_an_effect_said_to_come_by_the_way_is_no_aim(aim: str) -> None:
    status, message = verdict(aim)
    assert status != "pass", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er ei smartare heimeteneste: betre ruteplanlegging skal kutte køyringa med 20 prosent og gi lågare utslepp.",
        "Dette vil gjere tenesta smartare og kanskje gi litt mindre køyring.",
        "Lavere utslipp er ikke et mål i seg selv, men en del av en smartere tjeneste med færre kjøreturer.",
        "Det er ikke et mål å kjøpe ny teknologi; vi vil redusere kjøringen med en tredjedel og kutte utslippene.",
        "We aim for a smarter service: better use of the nurses we have, less duplicate work and fewer trips by car.",
        "Prosjektet skal gi betre utnytting av personellet vi har, og færre køyreturar mellom kommunane.",
    ],
)
def test_an_effect_the_project_aims_at_stays_a_pass(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "pass", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er fleire faste sjukepleiarar. Prosjektet skal også bidra til det grøne skiftet og til å gjere Nordhordland til ein smart region.",
        "Målet er flere faste sykepleiere. Prosjektet skal også bidra til det grønne skiftet og gjøre Nordhordland til en smart region.",
        "The aim is more permanent nurses. The project will also contribute to the green transition and make the county a smart region.",
    ],
)
def test_a_policy_catchphrase_tacked_on_is_a_slogan(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "warn", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Dette vil bidra til et smartere samfunn, der det er enkelt å gjøre rett.",
        "Vi vil bidra til det grøne skiftet ved å kutte køyringa i heimetenesta med 20 prosent.",
        "The project supports the green transition by cutting the service cars' driving by a fifth.",
    ],
)
def test_a_catchphrase_with_what_changes_stays_a_pass(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "pass", (aim, message)
