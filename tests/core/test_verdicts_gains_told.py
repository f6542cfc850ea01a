"""A sketch that tells its gains in a part of their own («Gevinstar», «Expected benefits») and
names none of the greener or smarter kind (a better visitor experience, fewer phone calls, a more
modern image) has said what it aims at: a green word elsewhere that only names a service or a
topic («søknader, byggjesak og avfall») is met by chance, a warning. Near misses that keep the
pass: a gains part that names such a gain, a word elsewhere in a sentence that states a gain
(«mindre avfall»), the aim named itself («ei smartare kommune»), and a sketch with no gains part."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse

**Søkjar:** Vang kommune
**Partnarar:** Vestre Slidre kommune, Øystre Slidre kommune

## Bakgrunn

Besøkande og innbyggjarar finn ikkje fram i tilboda våre. Kvar kommune har sin eigen nettstad,
og ingen samlar alt på ein stad. Servicetorga får mange spørsmål som går igjen kvar veke.
Regionen har over to millionar gjestedøgn i året, og talet veks kvart år. Om sommaren er det
fleire gjester enn fastbuande i fleire av bygdene, og dei spør om det same: kva som er ope, kvar
dei kan parkere, kva bussar som går og korleis dei betaler. Informasjonen ligg spreidd på mange
nettstader og i mange appar, og mykje av han er gamal. Dei tilsette i servicetorga brukar mykje
av dagen på å svare på slike spørsmål i telefonen. Innbyggjarane får òg vente lenger på svar om
sine eigne saker. Kommunane har prøvd å samle informasjonen før, men kvar kommune har sin eigen
nettstad og sitt eige system, og ingen har fått det til å henge saman. Reiselivsbedriftene seier
at gjestene klagar, og at dei ikkje veit kvar dei skal sende dei. Dei tre kommunane har
difor sett seg saman for å finne ei løysing dei kan eige og drive i lag med fylkeskommunen.

## Løysinga

{solution}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
{gains}"""

NN_SOLUTION = "Vi vil lage ei felles løysing med kart, bussruter, varsel om stengde vegar og ein portal med søknader, byggjesak og avfall."
NB_SOLUTION = "Vi vil lage en felles løsning med kart, bussruter, varsler om stengte veier og en portal med søknader, byggesak og avfall."
EN_SOLUTION = "We will build one shared service with maps, bus routes, road closure alerts and a portal for applications, building permits and waste."
NN_GAINS = "\n## Gevinstar\n\n- Betre oppleving for gjestane\n- Mindre telefonpågang til servicetorga\n- Meir moderne inntrykk av regionen\n"
NB_GAINS = "\n## Gevinster\n\n- Bedre opplevelse for gjestene\n- Færre telefoner til servicetorget\n- Et mer moderne inntrykk av regionen\n"
EN_GAINS = "\n## Expected benefits\n\n- A better experience for our visitors\n- Fewer phone calls to the service desks\n- A more modern image of the region\n"


def verdict(solution: str, gains: str) -> tuple[str, str]:
    c = one_result(SKETCH.format(solution=solution, gains=gains), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("solution", "gains"),
    [(NN_SOLUTION, NN_GAINS), (NB_SOLUTION, NB_GAINS), (EN_SOLUTION, EN_GAINS)],
)
def test_a_topic_word_beside_gains_of_another_kind_is_met_by_chance(solution: str, gains: str) -> None:
    status, message = verdict(solution, gains)
    assert status == "warn", message


@pytest.mark.parametrize(
    ("solution", "gains"),
    [
        # A word elsewhere in a sentence that states a gain.
        (NN_SOLUTION + " Portalen skal gje mindre avfall frå hytteområda.", NN_GAINS),
        ("We will build one shared portal for applications. Sorting guidance in it will cut the waste sent to landfill.", EN_GAINS),
        # The aim named itself.
        (NB_SOLUTION + " Det gir en smartere kommune for innbyggerne.", NB_GAINS),
        # A gains part that names a gain of the kind.
        (NN_SOLUTION, NN_GAINS + "- Færre køyreturar til servicetorga for innbyggjarane\n"),
        # No gains part: the word keeps its reading as before.
        (NN_SOLUTION, ""),
    ],
)
def test_near_misses_keep_the_pass(solution: str, gains: str) -> None:
    status, message = verdict(solution, gains)
    assert status == "pass", message
