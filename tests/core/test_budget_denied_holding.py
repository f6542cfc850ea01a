"""A budget that says what it leaves out leaves it out: a holding verb denied («The budget does
not include …», «omfattar ikkje …», «er ikke tatt med») is no purchase in the budget, while «not
only», «ikke bare» denies nothing."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def verdict(text: str, criterion: str) -> str:
    report = check_sketch(parse_sketch(text))
    return next(c for c in report.criteria if c.id == criterion).status.value


# ------------------------------------------------------------------ budget-excludes-procurement: a denied holding verb


def procurement_verdict(note: str) -> str:
    part = "| Post | NOK |\n|---|---|\n| Prosjektledelse | 1 000 000 |\n| Utvikling med leverandører | 3 000 000 |\n| **Sum** | **4 000 000** |\n\n" + note
    return verdict("# Skisse\n\n**Søker:** Bergen kommune" + BODY + f"\n## Budsjett\n\n{part}\n", "budget-excludes-procurement")


@pytest.mark.parametrize(
    "note",
    [
        "The budget does not include investments in heat recovery plants for regular operation after the project.",
        "The budget doesn't cover the later purchase of heat pumps that the municipalities will need in ordinary operation.",
        "Budsjettet omfatter ikke investeringer i varmegjenvinningsanlegg for ordinær drift i kommunene etter prosjektet.",
        "Budsjettet omfattar ikkje investeringar i varmegjenvinningsanlegg for vanleg drift i kommunane etter prosjektet.",
        "Rammen dekker ikke innkjøp av sensorer til alle kommunens formålsbygg når løsningen skal i ordinær drift.",
        "Budsjettet inneheld ikkje kjøp av ferdige løysingar til alle skulane i fylket etter prosjektperioden.",
        "Investeringer i varmegjenvinningsanlegg for ordinær drift etter prosjektperioden er ikke tatt med i budsjettet.",
        "Investeringar i anlegg for vanleg drift etter at prosjektet er over inngår ikkje i budsjettet.",
    ],
)
def test_a_budget_that_says_it_leaves_the_purchase_out_passes(note: str) -> None:
    assert procurement_verdict(note) == "pass", note


@pytest.mark.parametrize(
    "note",
    [
        # Near misses: the budget is said to hold the purchase; «ikke bare», «not only» denies nothing.
        "The budget includes investments in heat recovery plants for regular operation after the project.",
        "Budsjettet omfattar investeringar i varmegjenvinningsanlegg for vanleg drift etter prosjektet.",
        "Budsjettet omfatter ikke bare prosjektledelse, men også innkjøp av varmepumper til ordinær drift i alle kommunene.",
        "The budget does not only cover management but also the purchase of heat pumps for ordinary operation in all municipalities.",
    ],
)
def test_a_budget_said_to_hold_the_purchase_still_fails(note: str) -> None:
    assert procurement_verdict(note) == "fail", note
