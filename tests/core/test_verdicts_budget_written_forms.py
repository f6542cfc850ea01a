"""budget-present on budgets written in forms the reader must know to see them at all: English
thousands separators on bare list lines («Project management: 3,000,000» under «Budget (NOK)»),
a unit written in some cells of a table and left off the rest («1,2 MNOK» above «0,4»), a list
line that says its amount in words («Evaluering: ein halv million»), a list of
posts each with its amount in brackets (no post is the sum of those after it), and a stated total
about a post's worth off its lines (still a budget, the gap said as a note). Near misses keep
their verdict: a gap of a fifth or more warns, a table whose cells hold shares is not scaled, a
budget part with no amounts fails, and one whose amounts cannot be read warns, never fails."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budgettable import _parse_table
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result

SKETCH = """# Raskere fradeling

**Søker:** Asker kommune
**Partnere:** Bærum kommune, Kartverket

## Behov

Saksbehandlingen tar 19 uker i snitt, og ingen god løsning finnes i dag.

{budget}
"""


def criterion(budget: str, cid: str = "budget-present"):
    return one_result(SKETCH.format(budget=budget), cid)


# Bare amounts with a comma between groups of three, the unit said in the heading only.
COMMA_GROUPS = {
    "en": "## Budget (tentative, NOK, 2027–2029)\n\n- Project management: 3,000,000\n- Staff time in the municipalities: 2,200,000\n"
    "- Market dialogue: 300,000\n- Development phase: 6,500,000\n- Evaluation: 700,000\n- Total: 12,700,000",
    "nb": "## Budsjett (NOK)\n\n- Prosjektledelse: 3,000,000\n- Frikjøp av saksbehandlere: 2,200,000\n- Markedsdialog: 300,000\n"
    "- Utviklingsfase: 6,500,000\n- Evaluering: 700,000\n- Totalt: 12,700,000",
    "nn": "## Budsjett (NOK)\n\n- Prosjektleiing: 3,000,000\n- Frikjøp av sakshandsamarar: 2,200,000\n- Marknadsdialog: 300,000\n"
    "- Utviklingsfase: 6,500,000\n- Evaluering: 700,000\n- Totalt: 12,700,000",
}


@pytest.mark.parametrize("lang", sorted(COMMA_GROUPS))
def test_bare_amounts_with_english_thousands_separators_are_read(lang: str) -> None:
    result = criterion(COMMA_GROUPS[lang])
    assert result.status.value == "pass", [f.message for f in result.findings]
    assert "12 700 000" in result.findings[0].message
    assert criterion(COMMA_GROUPS[lang], "budget-excludes-procurement").status.value == "pass"


# The unit is in the first row's cells; the other rows give bare figures in the same unit.
UNIT_IN_CELLS = {
    "nb": "## Budsjett\n\n| | 2028 | 2029 | 2030 |\n|---|---|---|---|\n| Prosjektleder | 1,2 MNOK | 1,2 MNOK | 1,0 MNOK |\n"
    "| Frikjøp av lærere | 0,4 | 0,6 | 0,5 |\n| Utvikling, betaling til partnere | – | 5,0 | 4,0 |\n| Evaluering | 0,2 | 0,4 | 0,6 |\n"
    "| **Sum per år** | **1,8** | **7,2** | **6,1** |\n\nTotalt: 15,1 MNOK.",
    "nn": "## Budsjett\n\n| Post | 2028 | 2029 |\n|---|---|---|\n| Prosjektleiing | 1,5 mill. kr | 1,5 mill. kr |\n"
    "| Frikjøp av tilsette | 0,5 | 0,7 |\n| Utviklingsfase | 2,0 | 4,0 |\n| **Sum** | **4,0** | **6,2** |",
    "en": "## Budget\n\n| Item | 2028 | 2029 |\n|---|---|---|\n| Project management | 1.5 MNOK | 1.5 MNOK |\n"
    "| Staff time | 0.5 | 0.7 |\n| Development phase | 2.0 | 4.0 |\n| **Total** | **4.0** | **6.2** |",
}
UNIT_TOTALS = {"nb": "15 100 000", "nn": "10 200 000", "en": "10 200 000"}


@pytest.mark.parametrize("lang", sorted(UNIT_IN_CELLS))
def test_a_unit_written_in_some_cells_holds_for_the_bare_figures_beside_them(lang: str) -> None:
    result = criterion(UNIT_IN_CELLS[lang])
    assert result.status.value == "pass", [f.message for f in result.findings]
    assert UNIT_TOTALS[lang] in result.findings[0].message


@pytest.mark.parametrize(
    "heading",
    ["## Budget (NOK thousands)", "## Budget (in thousands of NOK)", "## Budsjett (tusen kroner)"],
)
def test_english_thousands_in_a_table_in_thousands_are_thousands(heading: str) -> None:
    table = "| Item | Year 1 | Year 2 | Total |\n|---|---|---|---|\n| Project management | 600 | 600 | 1,200 |\n| Development phase | 2,000 | 3,000 | 5,000 |\n| Total | 2,600 | 3,600 | 6,200 |"
    result = criterion(heading + "\n\n" + table)
    assert result.status.value == "pass"
    assert "6 200 000" in result.findings[0].message


@pytest.mark.parametrize(
    "heading",
    ["**Budsjett (NOK):**", "**Budsjett (tentativt, 2027–2029)**", "**Budget (NOK)**"],
)
def test_a_bold_budget_heading_with_its_unit_in_brackets_starts_the_budget(heading: str) -> None:
    # The heading follows the need with no other heading between: read as the budget's own part,
    # not as more of the need (whose figures are never a budget).
    text = heading + "\n\n- Prosjektleiing: 1 200 000 kr\n- Utviklingsfase: 5 000 000 kr\n- Sum: 6 200 000 kr"
    assert criterion(text).status.value == "pass"
    assert parse_sketch(SKETCH.format(budget=text)).section("budget") is not None


def test_a_table_with_shares_beside_its_figures_takes_no_unit_from_one_cell() -> None:
    rows = "| Post | Beløp | Andel |\n|---|---|---|\n| Prosjektleder | 1,2 MNOK | 20 % |\n| Frikjøp | 400 000 kr | 10 % |".splitlines()
    assert [line.amount for line in _parse_table(rows, 1).lines] == [1_200_000, 400_000]


# Each post with its amount in brackets after it; the first happens to equal the next four.
BRACKETED = {
    "nb": "## Økonomi\n\nVi anslår at prosjektet koster rundt 14,6 millioner kroner over tre år:\nprosjektleder i tre år (3,3 mill.), "
    "frikjøp av lærere (1,6 mill.), innsiktsarbeid (0,8 mill.), markedsdialog (0,4 mill.), anskaffelsesfaglig bistand "
    "(0,5 mill.), utvikling sammen med partnerne (7 mill.) og følgeevaluering (1 mill.). Kjøp av ferdig løsning er ikke med.",
    "nn": "## Økonomi\n\nVi reknar at prosjektet kostar om lag 14,6 millionar kroner over tre år:\nprosjektleiar i tre år (3,3 mill.), "
    "frikjøp av lærarar (1,6 mill.), innsiktsarbeid (0,8 mill.), marknadsdialog (0,4 mill.), anskaffingsfagleg bistand "
    "(0,5 mill.), utvikling saman med partnarane (7 mill.) og følgjeevaluering (1 mill.). Kjøp av ferdig løysing er ikkje med.",
    "en": "## Budget\n\nWe estimate the project at about NOK 14.6 million over three years:\nproject manager for three years "
    "(NOK 3.3 million), staff time (NOK 1.6 million), user insight (NOK 0.8 million), market dialogue (NOK 0.4 million), "
    "procurement advice (NOK 0.5 million), development with the partners (NOK 7 million) and evaluation (NOK 1 million).",
}


@pytest.mark.parametrize("lang", sorted(BRACKETED))
def test_a_post_in_brackets_is_not_the_sum_of_the_bracketed_posts_after_it(lang: str) -> None:
    budget = parse_sketch(SKETCH.format(budget=BRACKETED[lang])).budget
    assert budget.sum_of_lines == 14_600_000
    assert criterion(BRACKETED[lang]).status.value == "pass"


def test_an_amount_split_into_bracketed_parts_is_still_their_sum() -> None:
    # Near miss: the sum stands outside the brackets and its parts inside them.
    text = "## Budsjett\n\n7,9 mill. går til utviklingsfasen (5,5 mill.), frikjøp (1,6 mill.) og evaluering (0,8 mill.), og 1,1 mill. til prosjektledelse."
    budget = parse_sketch(SKETCH.format(budget=text)).budget
    assert 7_900_000 not in [line.amount for line in budget.lines]
    assert budget.sum_of_lines == 9_000_000


# A stated total about a post's worth off its lines: a budget an evaluator signs, the gap said.
NEAR_TOTALS = {
    "nb-table": "## Budsjett\n\n| Post | 2027 | 2028 | Sum |\n|---|---|---|---|\n| Prosjektledelse | 950 000 | 950 000 | 1 900 000 |\n"
    "| Frikjøp av ansatte | 600 000 | 900 000 | 1 500 000 |\n| Utviklingsfase | 2 500 000 | 1 800 000 | 4 300 000 |\n"
    "| Følgeforskning | 250 000 | 350 000 | 600 000 |\n| **Sum** | | | **7 300 000** |",
    "nn-list": "**Budsjett (NOK):**\n\n- Prosjektleiing: 1 200 000\n- Frikjøp av forskarar: 1 500 000\n- Dialogkonferanse: 200 000\n"
    "- Utviklingsfase: 5 000 000\n- Testing i nedbørfelt: 800 000\n- **Sum: 9 700 000**\n\nKjøp av ferdig løysing er ikkje med.",
    "en-years": "## Budget\n\n| Item | 2026 | 2027 | 2028 |\n|---|---|---|---|\n| Project management | 0.7 | 0.7 | 0.6 |\n"
    "| Staff time | 0.3 | 0.3 | 0.2 |\n| Development phase | – | 2.5 | 2.0 |\n| Pilot and evaluation | – | 0.5 | 0.6 |\n\n"
    "All figures in NOK million. Total NOK 9.4 million. Purchase of the finished solution is not included.",
}


@pytest.mark.parametrize("name", sorted(NEAR_TOTALS))
def test_a_total_about_a_post_off_its_lines_is_a_budget_with_the_gap_said(name: str) -> None:
    result = criterion(NEAR_TOTALS[name])
    assert result.status.value == "pass", [f.message for f in result.findings]
    assert any("avvik" in f.message or "differs" in f.message for f in result.findings)


FAR_TOTALS = {
    # The total a fifth and more above or below its lines: what the project costs is unclear.
    "nb": "## Budsjett\n\n- Prosjektledelse: 1 100 000 kr\n- Frikjøp: 1 000 000 kr\n- Utviklingsfase: 4 000 000 kr\n\nTotalt: 7 400 000 kr.",
    "nn": "## Budsjett\n\n- Prosjektleiing: 1 300 000 kr\n- Utviklingsfase: 3 600 000 kr\n- Evaluering: 1 000 000 kr\n\nSamla: 4 100 000 kr.",
    "en": "## Budget\n\n- Project management: NOK 2,000,000\n- Development phase: NOK 6,000,000\n- Evaluation: NOK 1,900,000\n\nTotal: NOK 11,900,000.",
}


@pytest.mark.parametrize("lang", sorted(FAR_TOTALS))
def test_a_total_far_from_its_lines_still_warns(lang: str) -> None:
    assert criterion(FAR_TOTALS[lang]).status.value == "warn"


@pytest.mark.parametrize(
    "part",
    [
        "## Budget\n\nProject management 2,000,000; development phase 6,000,000 and evaluation 900,000, in all roughly what a county spends.",
        "## Budsjett\n\nProsjektledelse – se vedlegg. Utviklingsfasen 4 000 000 og evaluering 600 000 etter nærmere avtale.",
    ],
)
def test_amounts_the_reader_cannot_put_into_lines_warn_and_never_fail(part: str) -> None:
    result = criterion(part)
    assert result.status.value in ("pass", "warn")
    if result.status.value == "warn":
        assert any("000" in f.message for f in result.findings)  # the figures it could not read are quoted


def test_a_budget_part_with_no_amounts_still_fails() -> None:
    # Near miss: only words and years, no sum of money.
    result = criterion("## Budsjett\n\nBudsjettet kommer når partnerne er klare, i løpet av 2027.")
    assert result.status.value == "fail"


WORDS_ON_LINES = {
    "nb": "## Budsjett\n\n- Prosjektledelse: 1,2 millioner\n- Utviklingsfase: 5 millioner\n- Evaluering: en halv million kroner\n\nTil sammen 6,7 millioner kroner.",
    "nn": "## Budsjett\n\n- Prosjektleiing: 1,2 millionar\n- Utviklingsfase: 5 millionar\n- Evaluering: ein halv million\n\nTil saman 6,7 millionar kroner.",
    "en": "## Budget\n\n- Project management: NOK 1.2 million\n- Development phase: NOK 5 million\n- Evaluation: half a million NOK\n\nIn total NOK 6.7 million.",
}


@pytest.mark.parametrize("lang", sorted(WORDS_ON_LINES))
def test_a_line_that_says_its_amount_in_words_is_a_line(lang: str) -> None:
    budget = parse_sketch(SKETCH.format(budget=WORDS_ON_LINES[lang])).budget
    assert budget.sum_of_lines == 6_700_000
    result = criterion(WORDS_ON_LINES[lang])
    assert result.status.value == "pass"
    assert not any("avvik" in f.message or "differs" in f.message for f in result.findings)


def test_a_count_in_words_on_a_line_is_no_amount() -> None:
    # Near miss: «to millioner innbyggere» counts people, not kroner.
    text = "## Budsjett\n\n- Prosjektledelse: 1 200 000 kr\n- Utviklingsfase: 5 000 000 kr\n- Målgruppe: to millioner innbyggere\n\nSum: 6 200 000 kr."
    budget = parse_sketch(SKETCH.format(budget=text)).budget
    assert budget.sum_of_lines == 6_200_000
