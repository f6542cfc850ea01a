"""budget-excludes-procurement on lines that name a buying word but pay for the process: help
with the procurement itself («innkjøpsbistand», «procurement and legal support»), licences or
cloud capacity for the project period only, a line that names only the project's equipment, and
a budget text that denies the purchase in English («does not include acquisition …»). Near
misses keep their verdict: a plant built at several of the owner's sites, licences for everyone
or for years after, equipment for all or for ordinary operation, and boats bought for the
ordinary route are procurement in the total."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.budgetmeaning import PROCESS, PROCUREMENT, UNCLEAR, classify, excluded
from assistant.core.sketch.document import parse_sketch

HEAD = "**Søker:** Halden kommune\n**Partnere:** Sarpsborg kommune, Fredrikstad kommune\n\n# Nye tjenester\n\n## Budsjett\n\n"


def verdict(lines: list[tuple[str, int]], after: str = "") -> str:
    body = "\n".join(f"- {item}: {amount:,} kr".replace(",", " ") for item, amount in lines)
    total = sum(amount for _, amount in lines)
    text = HEAD + body + f"\n- Totalt: {total:,} kr\n".replace(",", " ") + ("\n" + after + "\n" if after else "")
    report = check_sketch(parse_sketch(text))
    return str(next(c for c in report.criteria if c.id == "budget-excludes-procurement").status)


BASE = [("Prosjektledelse", 900_000), ("Utviklingsfase med leverandører", 3_000_000)]

PROCESS_LINES = {
    "nb-innkjopsbistand": "Dialog med markedet og innkjøpsbistand",
    "nn-anskaffingsstotte": "Anskaffingsstøtte",
    "nb-bistand-til": "Bistand til anskaffelsen",
    "en-procurement-legal": "Procurement and legal support during the partnership",
    "en-legal-procurement": "Legal and procurement support",
    "nb-lisenser-prosjektperioden": "Azure-kapasitet og lisenser i prosjektperioden",
    "nn-lisensar-prosjektet": "Skykapasitet og lisensar i prosjektperioden",
    "en-licences-project": "Cloud capacity and licences during the project period",
    "nb-utstyr": "Utstyr",
    "nn-teknisk-utstyr": "Teknisk utstyr",
    "en-equipment": "Equipment and materials",
}


@pytest.mark.parametrize("name", sorted(PROCESS_LINES))
def test_lines_that_pay_for_the_process_are_not_unclear(name: str) -> None:
    item = PROCESS_LINES[name]
    assert classify(item).kind == PROCESS, classify(item)
    assert verdict([*BASE, (item, 400_000)]) == "pass"


PROCUREMENT_LINES = {
    "nb-anlegg": "Solcelleanlegg på tre blokker",
    "nn-anlegg": "Ladeanlegg på seks kaiar",
    "en-plants": "Solar plants on three blocks",
    "en-facilities": "Charging facilities at six quays",
    "nn-rutedrift": "Kjøp av tre nye snøggbåtar til ordinær rutedrift",
    "en-route": "Two new vessels for ordinary route operation",
    "nb-lisenser-alle": "Lisenser for alle brukere i prosjektperioden",
    "nb-lisenser-etter": "Lisenser i prosjektperioden og tre år etter",
    "nb-utstyr-alle": "Utstyr til alle skolene",
    "en-equipment-operation": "Equipment for ordinary operation",
}


@pytest.mark.parametrize("name", sorted(PROCUREMENT_LINES))
def test_near_misses_that_buy_or_build_the_solution_for_use_still_fail(name: str) -> None:
    item = PROCUREMENT_LINES[name]
    assert classify(item).kind == PROCUREMENT, classify(item)
    assert verdict([*BASE, (item, 4_200_000)]) == "fail"


@pytest.mark.parametrize(
    "item",
    ["Buss med utstyr", "Lisenser 2028–2029", "Innkjøp", "Oppgradering av pumpestasjonane"],
)
def test_a_buying_word_that_says_neither_what_nor_for_what_stays_unclear(item: str) -> None:
    assert classify(item).kind == UNCLEAR
    assert verdict([*BASE, (item, 400_000)]) == "warn"


@pytest.mark.parametrize(
    "line",
    [
        "Pilotanlegg og testutstyr ved to renseanlegg",
        "Testutstyr i pilotanlegga",
        "Frikjøp av driftspersonell ved tre renseanlegg",
        "Ansatte tas ut av ordinær tjenestedrift",
    ],
)
def test_a_plant_or_ordinary_operation_named_by_a_process_line_is_no_purchase(line: str) -> None:
    assert classify(line).kind != PROCUREMENT


DENIED = {
    "en-acquisition": "The budget does not include acquisition or operation of a finished solution.",
    "en-contraction": "The budget doesn't cover buying the finished solution.",
    "en-excludes": "The budget excludes the purchase of the finished solution.",
    "en-leaves-out": "The budget leaves out the purchase of the finished system.",
    "nb-omfatter": "Budsjettet omfatter ikke anskaffelse eller drift av ferdig løsning.",
    "nn-dekkjer": "Budsjettet dekkjer ikkje anskaffing av den ferdige løysinga.",
}


@pytest.mark.parametrize("name", sorted(DENIED))
def test_a_purchase_the_text_denies_is_kept_out(name: str) -> None:
    assert excluded(DENIED[name])
    assert verdict(BASE, DENIED[name]) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "The budget includes purchase of the finished solution for all schools.",
        "Budsjettet inkluderer kjøp av ferdig løsning til alle skolene.",
        "Budsjettet inkluderer òg kjøp av den ferdige løysinga til alle skulane.",
    ],
)
def test_a_purchase_the_text_puts_in_the_budget_still_fails(sentence: str) -> None:
    assert not excluded(sentence)
    assert verdict(BASE, sentence) == "fail"


YEAR_NOTE_TABLES = {
    "nb": ("| Post | 2027 | 2028 | 2029 (etter prosjektet) |\n|---|---|---|---|\n| Prosjektledelse | 600 000 | 600 000 | – |\n"
           "| Utviklingsfase | 2 500 000 | 2 500 000 | – |\n| Lisenser for alle brukere | – | – | 800 000 |\n| **Sum** | 3 100 000 | 3 100 000 | 800 000 |", "fail"),
    "en": ("| Item | Year 1 | Year 2 | Year 3 (after the pilot) |\n|---|---|---|---|\n| Project management | 600 000 | 600 000 | – |\n"
           "| Development phase | 2 500 000 | 2 500 000 | – |\n| Roll-out to all schools | – | – | 800 000 |\n| **Total** | 3 100 000 | 3 100 000 | 800 000 |", "fail"),
    # Near miss: the note names the project's own last year, and the column pays for evaluation.
    "nn": ("| Post | 2027 | 2028 | 2029 (siste prosjektår) |\n|---|---|---|---|\n| Prosjektleiing | 600 000 | 600 000 | 300 000 |\n"
           "| Utviklingsfase | 2 500 000 | 2 500 000 | – |\n| Evaluering | – | – | 500 000 |\n| **Sum** | 3 100 000 | 3 100 000 | 800 000 |", "pass"),
}


@pytest.mark.parametrize("lang", sorted(YEAR_NOTE_TABLES))
def test_a_year_column_with_a_note_is_read_as_a_year(lang: str) -> None:
    table, expected = YEAR_NOTE_TABLES[lang]
    report = check_sketch(parse_sketch(HEAD + table + "\n"))
    verdicts = {c.id: str(c.status) for c in report.criteria}
    assert parse_sketch(HEAD + table + "\n").budget.sum_of_lines == 7_000_000
    assert verdicts["budget-present"] == "pass"
    assert verdicts["budget-excludes-procurement"] == expected
