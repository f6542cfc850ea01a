"""An aim stated only in the part on the project's gains («Gevinster», «Kva vi får att», «Expected
benefits») counts when what it names is greener or smarter for society: fewer call-outs to false
alarms, public funds better prioritised, services replanned before a road closes. Near misses that
stay flagged: gains that are only the body's own staffing or time («Færre ubesatte stillinger og
mindre innleie», «less time spent on recruitment», «betre bruk av sjukepleiarressursane»), a
greener effect said to come only by the way, and the same words where the sketch tells the
problem as it is today rather than what it gains."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Skisse

**Søker:** Rauma kommune
**Partnere:** Vestnes kommune, Møre og Romsdal fylkeskommune

## Behov

{need}Kommunane tek i dag avgjerder kvar for seg, med ulike kjelder og utan felles bilete. Avgjerdene
blir tekne av få folk, ofte om natta, utan godt grunnlag, og det kostar mykje for alle partane.

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |

## {heading}

{gains}
"""


def verdict(heading: str, gains: str, need: str = "") -> tuple[str, str]:
    c = one_result(SKETCH.format(heading=heading, gains=gains, need=need), "green-smart")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("heading", "gains"),
    [
        ("Kva vi får att", "Færre overraskingar. Mindre utrykking til falske alarmar. Betre prioritering av skredsikringsmidlane."),
        ("Gevinster", "- Færre unødvendige utrykninger om natten.\n- Bedre prioritering av vedlikeholdsmidlene."),
        ("Expected benefits", "- Fewer false alarms at night.\n- Better targeting of the county's maintenance funds."),
        ("Nytte", "Tjenestene blir planlagt om før vegen stenges, ikke etter."),
        ("Effekter", "- Bedre bruk av de offentlige midlene til vegvedlikehold."),
    ],
)
def test_a_gain_for_society_in_the_gains_part_states_the_aim(heading: str, gains: str) -> None:
    status, message = verdict(heading, gains)
    assert status == "pass", (heading, gains, message)
    assert f"«{heading}»" in message, message


@pytest.mark.parametrize(
    ("heading", "gains"),
    [
        ("Gevinster", "- Færre ubesatte stillinger og mindre innleie.\n- Bedre tjenester for barn og elever.\n- Lavere turnover og mindre tid brukt på rekruttering."),
        ("Expected benefits", "- Fewer vacancies and less agency staff.\n- Less time spent on recruitment.\n- Better services for pupils."),
        ("Gevinstar", "- Betre bruk av sjukepleiarressursane.\n- Mindre tid brukt på rekruttering."),
        ("Gevinster", "- Færre ubesatte stillinger.\n- Som en bieffekt kan det bli noe mindre kjøring."),
        ("Kva vi får att", "Færre ubesette stillingar og mindre innleige av vikarar."),
    ],
)
def test_the_bodys_own_staffing_or_a_side_effect_states_no_aim(heading: str, gains: str) -> None:
    status, message = verdict(heading, gains)
    assert status != "pass", (heading, gains, message)


def test_the_same_words_in_the_problem_as_it_is_today_state_no_aim() -> None:
    need = "I dag blir det mange utrykkingar til falske alarmar, og skredsikringsmidlane blir fordelte utan felles bilete. "
    status, message = verdict("Tidsplan", "Vi startar i 2025 og avsluttar i 2027.", need=need)
    assert status != "pass", message
