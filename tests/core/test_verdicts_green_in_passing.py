"""A greener effect said only in passing is no aim: something the project may also bring
(«Prosjektet kan òg gje lågare energibruk», «Mindre bruk av båt og dykkar, som òg gir lågare
utslepp», «could also cut emissions») or that is good in general («og det er bra for miljøet»).
The verdict warns and quotes the sentence. Near misses that stay a pass: the aim said before the
«also» («Målet er ei smartare teneste som også kuttar køyringa», «the use of salt is reduced,
which also cuts particulate pollution»), an effect with a figure, an effect the project shall
bring («Prosjektet skal også kutte utslippene»), and a part headed by the aim itself.

The aim said as the state of water or nature («bedre vannkvalitet i fjordene», «halvere
overløpstimene») or as fewer trips by car («at flere lar bilen stå», «electric buses») states it;
a smart device («smarte dører») names a thing, not an aim."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse

**Søker:** Kvam herad
**Partnere:** Ullensvang kommune, Eidfjord kommune

## Bakgrunn

Skulebygga er gamle, og lærarane klagar over at det er for kaldt om morgonen. Vi har 14 skular
spreidde over eit stort område, og driftspersonellet rekk ikkje å følgje med på alle.

## {heading}

{aim}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""


def verdict(aim: str, heading: str = "Kva vil vi?") -> tuple[str, str]:
    c = one_result(SKETCH.format(aim=aim, heading=heading), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    "aim",
    [
        "Vi vil finne nye måtar å drifte skulebygga på. Prosjektet kan òg gje lågare energibruk.",
        "Vi vil finne nye måter å drifte skolebyggene på. Prosjektet kan også gi lavere energibruk.",
        "We want new ways to run the school buildings. The project could also cut energy use.",
        "Vi vil få betre oversikt over bygga. Betre oversikt kan òg vere bra for miljøet.",
        "- Lågare driftskostnad\n- Mindre bruk av båt og dykkar, som òg gir lågare utslepp\n- Betre oversikt",
        "- Fewer inspections by boat, which also lowers emissions\n- A better overview",
        "Vi vil lage en bedre app, så det blir enklere å melde feil, og det er bra for miljøet.",
        "We want an app that makes it easier to report faults, and that is good for the environment.",
    ],
)
def test_an_effect_said_in_passing_warns(aim: str) -> None:
    status, message = verdict(aim)
    assert status == "warn", (aim, message)
    assert "forbifarten" in message, message


@pytest.mark.parametrize(
    "aim",
    [
        "Målet er ei smartare teneste som også kuttar køyringa for driftsfolka.",
        "- The use of salt and gravel is reduced, which also cuts particulate pollution.",
        "Løsningen vil gi et grønnere skolebygg, fordi vi også kan styre varmen etter bruken.",
        "Prosjektet skal også kutte utslippene fra byggene med 30 prosent.",
        "Prosjektet kan òg gje 20 prosent lågare energibruk.",
        "Vi vil halvere energibruken i skulebygga og gje eit betre inneklima.",
    ],
)
def test_an_aim_said_before_the_also_stays_a_pass(aim: str) -> None:
    status, message = verdict(aim, heading="Mål")
    assert status == "pass", (aim, message)


def test_a_part_headed_by_the_aim_states_it() -> None:
    status, message = verdict("Betre styring av varmen kan òg gje lågare energibruk i alle bygga våre.", heading="Grønare og smartare")
    assert status == "pass", message


@pytest.mark.parametrize(
    "aim",
    [
        "1. Halvere overløpstimene innen 2030.\n2. Bedre vannkvalitet i fjordene og færre skader for innbyggerne.",
        "1. Halvere overløpstimane innan 2030.\n2. Betre vasskvalitet i fjordane.",
        "1. Halve the hours of sewer overflow by 2030.\n2. Better water quality in the fjords.",
        "Målet er en halvering av tilskuddet per reise, og at flere lar bilen stå.",
        "Målet er at fleire let bilen stå heime og tek bussen.",
        "The aim is that more people leave the car at home.",
        "Vi tror svaret ligger i mindre og mer fleksible kjøretøy, gjerne elektriske busser.",
    ],
)
def test_water_nature_and_fewer_car_trips_state_the_aim(aim: str) -> None:
    status, message = verdict(aim, heading="Mål")
    assert status == "pass", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Vi trenger sensorer i huset og smarte dører som varsler uten at hun må ha noe på seg.",
        "We need sensors in the house and smart doors that alert the night staff.",
    ],
)
def test_a_smart_device_is_no_aim(aim: str) -> None:
    status, message = verdict(aim, heading="Mål")
    assert status != "pass", (aim, message)


@pytest.mark.parametrize(
    "aim",
    [
        "Vi har ikkje bestemt korleis. Vi trur gode løysingar òg kan gje mindre køyring for tilsette, og dermed lågare utslepp – det er eit mål i seg sjølv for oss.",
        "Vi har ikke bestemt hvordan. Vi tror gode løsninger også kan gi mindre kjøring for ansatte, og dermed lavere utslipp – det er et mål i seg selv for oss.",
        "We have not decided how. Good solutions could also mean less driving for staff and lower emissions, which is an aim in itself for us.",
    ],
)
def test_an_effect_said_in_passing_then_owned_as_an_aim_passes(aim: str) -> None:
    assert verdict(aim)[0] == "pass", aim


@pytest.mark.parametrize(
    "aim",
    [
        # The aim owned is another thing, said before the effect met in passing.
        "Betre oversikt er eit mål i seg sjølv for oss. Prosjektet kan òg gje lågare energibruk.",
        "Målet er betre oversikt over bygga, som òg gir lågare energibruk.",
    ],
)
def test_an_aim_owned_before_the_effect_leaves_it_in_passing(aim: str) -> None:
    assert verdict(aim)[0] == "warn", aim
