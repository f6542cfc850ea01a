"""The budget gates on budgets typed as plain lines with a dash between the item and a bare amount
(«Prosjektleiing – 3 000 000»), the currency said once in the heading; and the near-misses where a
dash stands between numbers that are no amounts."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budget import parse_budget_text
from assistant.core.sketch.budgetmeaning import PROCUREMENT, classify

from .one_criterion import one_result


def criterion(text: str, cid: str):
    return one_result(text, cid)


SKETCH = """# Energi i gamle bygg

**Søker:** Bergen kommune
**Partnere:** Vestland fylkeskommune

## Behov

Energikostnadene i de eldre byggene har doblet seg på fem år, og inneklimaet er dårlig.

## {heading}

{budget}
"""

DASHED = [
    # English, en dash, the currency in the heading only.
    (
        "Budget, tentative (NOK, development costs only)",
        "Project management, three years – 3 000 000\nBuying out staff time at the partners – 2 200 000\n"
        "Market dialogue and procurement support – 600 000\nDevelopment phase, suppliers – 8 500 000\n"
        "Total – 14 300 000",
    ),
    # Bokmål, a plain hyphen with spaces.
    (
        "Budsjett (kroner)",
        "Prosjektledelse i tre år - 2 400 000\nFrikjøp av ansatte - 1 800 000\n"
        "Utviklingsfase hos leverandørene - 6 000 000\nTotalt - 10 200 000",
    ),
    # Nynorsk, an em dash, no total line.
    (
        "Budsjett i kroner",
        "Prosjektleiing — 1 500 000\nFrikjøp av tilsette i kommunane — 900 000\n"
        "Utviklingsfase hos leverandørane — 5 000 000\nFølgjeevaluering — 400 000",
    ),
]


@pytest.mark.parametrize(("heading", "budget"), DASHED)
def test_a_budget_of_dashed_lines_with_bare_amounts_is_read(heading: str, budget: str) -> None:
    result = criterion(SKETCH.format(heading=heading, budget=budget), "budget-present")
    assert result.status == "pass", [f.message for f in result.findings]


def test_the_dashed_lines_are_read_as_items_with_their_amounts() -> None:
    read = parse_budget_text(DASHED[0][1].splitlines(), 1)
    assert read is not None
    assert [line.amount for line in read.lines] == [3_000_000, 2_200_000, 600_000, 8_500_000]
    assert read.stated_total == 14_300_000


@pytest.mark.parametrize(
    "text",
    [
        # A dash between two numbers is a range, and what follows names a count, not kroner.
        "Vi når 20 – 30 000 brukere i løpet av prosjektet.",
        "The service reaches 10 - 20 000 residents in the region.",
        # A year range with a dash is no amount.
        "Prosjektet går i perioden 2027 – 2029.",
    ],
)
def test_a_dash_between_numbers_that_are_no_amounts_reads_no_budget(text: str) -> None:
    read = parse_budget_text([text], 1)
    assert read is None or not read.lines


LEAD_INS = [
    "Vi anslår utviklingsprosjektet til 2,5 år og om lag 6,5 MNOK:",
    "Utviklingsprosjektet er anslått til om lag 6,5 millionar kroner over tre år:",
    "We estimate the development project at about NOK 6.5 million:",
]
LIST = "\n".join(
    [
        "- prosjektledelse: 1,5 MNOK",
        "- frikjøp av ansatte til behovsarbeid: 1,0 MNOK",
        "- utviklingsfasen hos leverandørene: 3,5 MNOK",
        "- følgeevaluering: 0,5 MNOK",
    ]
)


@pytest.mark.parametrize("lead", LEAD_INS)
def test_a_lead_in_that_names_the_total_before_the_list_is_the_total_not_a_line(lead: str) -> None:
    read = parse_budget_text([lead, "", *LIST.splitlines(), "", "Sum: 6,5 MNOK."], 1)
    assert read is not None
    assert read.stated_total == 6_500_000
    assert sum(line.amount for line in read.lines) == 6_500_000
    result = criterion(SKETCH.format(heading="Budsjett", budget=f"{lead}\n\n{LIST}\n\nSum: 6,5 MNOK."), "budget-present")
    assert result.status == "pass", [f.message for f in result.findings]


def test_a_line_after_the_list_ending_with_a_colon_stays_a_line() -> None:
    # Near-miss: once the lines have begun, a sentence with one amount and a colon is one more
    # line, not the total.
    text = [*LIST.splitlines(), "Testing i to bydeler er satt til 0,5 MNOK:", "- utstyr til testene"]
    read = parse_budget_text(text, 1)
    assert read is not None
    assert read.stated_total is None
    assert sum(line.amount for line in read.lines) == 7_000_000


@pytest.mark.parametrize(
    "line",
    [
        "Utskifting til nye armaturer og styring i hele kommunen (år 3)",
        "Skifte ut alle lysarmaturar i heile kommunen det siste året",
        "Replacement of luminaires and controls across all districts in year 3",
        "Bytte ut gatelysene i samtlige bydeler",
    ],
)
def test_replacing_the_equipment_everywhere_is_a_roll_out_inside_the_budget(line: str) -> None:
    assert classify(line).kind == PROCUREMENT
    budget = "\n".join(
        [
            "| Post | Beløp |",
            "|---|---|",
            "| Prosjektledelse (3 år) | 2 700 000 |",
            "| Frikjøp av ansatte | 1 500 000 |",
            "| Utviklingsfase hos leverandørene | 4 200 000 |",
            f"| {line} | 7 500 000 |",
            "| **Sum** | **15 900 000** |",
        ]
    )
    result = criterion(SKETCH.format(heading="Budsjett", budget=budget), "budget-excludes-procurement")
    assert result.status == "fail", [f.message for f in result.findings]


@pytest.mark.parametrize(
    "line",
    [
        # Near-misses: replacing for the pilot or tests, or in a few named places, is development.
        "Utskifting av armaturer i de fire testområdene",
        "Replacing luminaires in all the pilot streets",
        "Utskifting av armaturer i to gater",
    ],
)
def test_replacing_for_the_pilot_is_no_roll_out(line: str) -> None:
    assert classify(line).kind != PROCUREMENT


# ------------------------------------------------------------------ personal data: an office's regional mailbox

CONTACT = """# Oppfølging av unge

{meta}

## Behov

Mange unge faller ut av oppfølgingen etter tre måneder.
"""


@pytest.mark.parametrize(
    "meta",
    [
        "**Søker:** NAV Innlandet\n**Kontakt:** NAV Innlandet, nav.innlandet@nav.no, tlf. 55 55 33 33",
        "**Applicant:** NAV Rogaland\n**Contact:** nav.rogaland@nav.no, switchboard 55 55 33 33",
        "**Søkjar:** Skatteetaten region vest\n**Kontakt:** skatt.rogaland@skatteetaten.no",
        "**Søker:** NAV Troms og Finnmark\n**Kontakt:** nav.tromso@nav.no",
    ],
)
def test_an_offices_own_name_and_region_is_a_functional_address(meta: str) -> None:
    result = criterion(CONTACT.format(meta=meta), "personal-data")
    assert result.status == "pass", [f.message for f in result.findings]


@pytest.mark.parametrize(
    "meta",
    [
        # Near-misses: a private mailbox, whatever its name says, or a private number beside a work address.
        "**Applicant:** NAV Hamar\n**Contact:** nav.hamar@gmail.com",
        "**Søker:** Bergen kommune\n**Kontakt:** ola.bergen@hotmail.com",
        "**Søker:** Bergen kommune\n**Kontakt:** ola.bergen@bergen.kommune.no, privat mobil 912 34 567",
    ],
)
def test_a_persons_address_at_the_office_still_warns(meta: str) -> None:
    result = criterion(CONTACT.format(meta=meta), "personal-data")
    assert result.status != "pass", [f.message for f in result.findings]
