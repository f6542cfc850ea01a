"""personal-data on amounts grouped in thousands: eleven digits or more written «14 037 810 186 kr»
are an amount whose digits may pass the fødselsnummer checks by chance, never an identity
number, unless a label says it is one. Identity numbers written as people write them still fail."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.personal import find_personal_data

SKETCH = """# Trygg heim

**Søker:** Voss herad

## Behov

{line}

## Budsjett

- Prosjektledelse: 1 000 000 kr
"""


def verdict(line: str) -> str:
    report = check_sketch(parse_sketch(SKETCH.format(line=line)))
    return str(next(c for c in report.criteria if c.id == "personal-data").status)


AMOUNTS = [
    "Kommunene i landet brukte 14 037 810 186 kr på pleie og omsorg i 2023 (KOSTRA).",
    "Kommunane i landet brukte 14.037.810.186 kroner på pleie og omsorg i 2023.",
    "Municipalities spent NOK 14 037 810 186 on care services in 2023.",
    "Samlet vedlikeholdsetterslep er beregnet til 114 037 810 186 kr.",
]


@pytest.mark.parametrize("line", AMOUNTS)
def test_an_amount_grouped_in_thousands_is_no_identity_number(line: str) -> None:
    assert find_personal_data(line) == []
    assert verdict(line) == "pass"


IDENTITY = [
    "Prosjektleder Kari Vik, fnr. 140378 10186.",
    "Fødselsnummeret hennes er 14.03.78 101 86.",
    "Fnr. 14 037 810 186 (skrevet slik i saken).",
    "The case file gives national identity number 14037810186.",
]


@pytest.mark.parametrize("line", IDENTITY)
def test_an_identity_number_written_as_one_or_labelled_still_fails(line: str) -> None:
    assert verdict(line) == "fail"
