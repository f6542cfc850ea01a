"""Budget-present on budgets typed loosely: a subtotal closing a year's line of posts is no post,
rows with pipes only between the cells are a table, and a phone number in the budget part beside
«no budget yet» is no amount."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def verdict(text: str, criterion: str) -> str:
    report = check_sketch(parse_sketch(text))
    return next(c for c in report.criteria if c.id == criterion).status.value


# ------------------------------------------------------------------ budget-present: a subtotal closing a line of posts


def budget_present(part: str) -> tuple[str, str]:
    text = "# Skisse\n\n**Søker:** Bergen kommune" + BODY + f"\n## Tentativt budsjett (NOK)\n\n{part}\n"
    result = next(c for c in check_sketch(parse_sketch(text)).criteria if c.id == "budget-present")
    return result.status.value, " ".join(f.message for f in result.findings)


@pytest.mark.parametrize(
    "part",
    [
        "Year 1: project management 900 000; needs analysis 1 300 000; procurement expertise 400 000 — subtotal 2 600 000\n"
        "Year 2: project management 900 000; development phase with suppliers 4 500 000 — subtotal 5 400 000\n\nTotal: NOK 8 000 000",
        "År 1: prosjektledelse 900 000; behovsanalyse 1 300 000; innkjøpsfaglig bistand 400 000, delsum 2 600 000\n"
        "År 2: prosjektledelse 900 000; utviklingsfase med leverandører 4 500 000, delsum 5 400 000\n\nTotalt: 8 000 000 kr",
        "År 1: prosjektleiing 900 000 kr, behovsanalyse 1 300 000 kr og innkjøpsfagleg hjelp 400 000 kr – delsum 2 600 000 kr.\n"
        "År 2: prosjektleiing 900 000 kr og utviklingsfase 4 500 000 kr – delsum 5 400 000 kr.\n\nSum: 8 000 000 kr",
    ],
)
def test_a_subtotal_closing_each_years_line_is_no_post(part: str) -> None:
    status, said = budget_present(part)
    assert status == "pass", (part, said)
    assert "5 poster" in said or "5 items" in said, said


def test_a_line_whose_posts_do_not_add_up_to_the_total_still_warns() -> None:
    part = "Year 1: project management 900 000; needs analysis 1 300 000 — subtotal 2 200 000\n\nTotal: NOK 9 000 000"
    assert budget_present(part)[0] == "warn"


# ------------------------------------------------------------------ budget-present: rows typed with inner pipes only


@pytest.mark.parametrize(
    "part",
    [
        "Post | Beløp (kr)\nProsjektledelse | 1 800 000\nMarkedsdialog | 400 000\nUtvikling (leverandører) | 4 200 000\nSum | 6 400 000",
        "Post | Beløp (kr)\nProsjektleiing | 1 800 000\nMarknadsdialog | 400 000\nUtvikling (leverandørar) | 4 200 000\nSum | 6 400 000",
        "Item | NOK\nProject management | 1 800 000\nMarket dialogue | 400 000\nDevelopment (suppliers) | 4 200 000\nTotal | 6 400 000",
    ],
)
def test_rows_with_pipes_only_between_cells_are_a_budget_table(part: str) -> None:
    status, said = budget_present(part)
    assert status == "pass", said
    assert "6 400 000" in said, said


@pytest.mark.parametrize(
    "part",
    [
        # Near misses: pipes between words, or two rows only, are no table of amounts.
        "Bergen | Bodø | Tromsø\nHelse | Skule | Veg\nKultur | Idrett | Miljø",
        "Post | Beløp\nProsjektledelse | 1 800 000",
    ],
)
def test_pipes_between_words_or_a_lone_row_make_no_table(part: str) -> None:
    from assistant.core.sketch.budgettable import find_tables

    assert find_tables(part.splitlines()) == []


# ------------------------------------------------------------------ budget-present: a phone number in the budget part


@pytest.mark.parametrize(
    "part",
    [
        "We have not yet prepared a budget; we will work one out with the partners.\n\nContact: Siri Olsen, siri.olsen@kystverket.no, +47 907 55 318",
        "Vi har ikke laget budsjett ennå.\n\nKontakt: Siri Olsen, tlf. 907 55 318",
        "Vi har ikkje laga budsjett enno.\n\nKontakt: Siri Olsen, siri.olsen@kystverket.no, 907 55 318",
    ],
)
def test_a_phone_number_beside_no_budget_is_no_amount(part: str) -> None:
    assert budget_present(part)[0] == "fail", part
