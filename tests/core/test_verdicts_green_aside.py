"""Two readings of the greener-and-smarter aim.

Less material used in building or adapting is a greener aim («boligene bygges og tilpasses med
mindre materialbruk enn i dag», «reduce the use of building materials»): the sketch states it,
it does not lack it. A green or smart effect the sketch will only also look into («Vi vil også se
på hvordan turnus kan gjøres smartere, og om mindre reising kan bidra», «We will also look at
whether less travel could help») is said in passing: the verdict warns, quoting it. Near misses:
an aim of less travel said as the aim stays a pass, and «også se på» before a word that is no
green word leaves the aim said elsewhere standing."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse

**Søker:** Tønsberg kommune
**Partnere:** Sandefjord kommune, Færder kommune

## Bakgrunn

Mange eldre med demens flytter på sykehjem før de må, fordi boligen ikke passer. Sykehusfraværet
blant de ansatte i omsorgstjenesten er høyt, og ventelistene er lange i alle tre kommunene.

## {heading}

{aim}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""


def verdict(aim: str, heading: str = "Mål") -> tuple[str, str]:
    c = one_result(SKETCH.format(aim=aim, heading=heading), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er at personer med demens kan bo hjemme ett år lenger, og at boligene bygges og tilpasses med mindre materialbruk enn i dag.",
        "Målet er at folk med demens kan bu heime lenger, og at bustadene vert tilpassa med lågare materialforbruk.",
        "The aim is that people with dementia can stay at home a year longer, and that homes are adapted with less material use than today.",
        "We want to reduce the use of building materials when homes are adapted.",
    ],
)
def test_less_material_use_is_a_greener_aim(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "pass", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er lavere sykefravær. Vi vil også se på hvordan turnus og oppgavedeling kan gjøres smartere, og om mindre reising mellom arbeidssteder kan bidra.",
        "Målet er lågare sjukefråvær. Vi vil òg sjå på korleis turnusen kan gjerast smartare.",
        "The aim is lower sick leave. We will also look at whether less travel between work sites could help.",
        "Målet er kortere ventelister. Vi skal også vurdere om mindre kjøring mellom brukerne kan bidra.",
    ],
)
def test_an_effect_only_also_looked_into_warns(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "warn", (aim, message)
    assert "forbifarten" in message, message


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er mindre reising mellom arbeidsstedene og en smartere turnus. Vi vil også se på hvordan de ansatte kan involveres.",
        "Vi vil kutte køyringa i heimetenesta med 30 prosent. Vi vil òg sjå på om det kan gje lågare utslepp.",
        "The aim is less travel between work sites. We will also look at how staff can take part.",
    ],
)
def test_an_aim_said_as_the_aim_stays_a_pass(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "pass", (aim, message)
