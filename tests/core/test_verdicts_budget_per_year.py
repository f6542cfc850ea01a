"""A list budget that gives a line's cost year by year on one line («900 / 1 600 / 1 600»,
«300k (år 1), 150k (år 2)», «1,2 MNOK per år (3 år)») counts the line over its years, so a
stated total that the years add up to is no arithmetic error; the contact lines after a budget
(post box, switchboard) are none of its lines."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.amounts import find_amounts
from assistant.core.sketch.budgetyears import counted_years
from assistant.core.sketch.document import parse_sketch


def _budget(applicant: str, heading: str, body: str):
    sketch = parse_sketch(f"**Søker:** {applicant}\n\n## {heading}\n\n{body}\n")
    return sketch, check_sketch(sketch).criterion("budget-present")


@pytest.mark.parametrize(
    ("applicant", "heading", "body"),
    [
        # Figures per year across slashes, in the unit the heading says.
        (
            "Stavanger kommune",
            "Foreløpig budsjett (i tusen kroner per år)",
            "- Prosjektledelse: 1 000 / 1 000 / 1 000\n- Frikjøp av veiledere: 900 / 1 600 / 1 600\n"
            "- Markedsdialog: 250 / 0 / 0\n- Utviklingsfase: 0 / 2 500 / 2 500\n\n"
            "Sum: 2 150 / 5 100 / 5 100, totalt 12 350 tusen kroner over tre år.",
        ),
        (
            "Voss herad",
            "Budsjett (tusen kroner, år 1/år 2/år 3)",
            "- Prosjektleiing: 800/800/800\n- Frikjøp av tilsette: 500/700/700\n- Utviklingsfase med leverandørar: 0/2 000/2 000\n\n"
            "Samla: 8 300 tusen kroner.",
        ),
        # Each amount with the year it is for.
        (
            "Statens vegvesen",
            "Kostnadsoverslag",
            "- Prosjektledelse: 1,2 MNOK per år (3 år)\n- Behovsanalyse: 500k (år 1)\n"
            "- Anskaffelsesfaglig bistand: 300k (år 1), 150k (år 2)\n- Utviklingsfase: 4 MNOK (år 2) og 4 MNOK (år 3)\n\n"
            "Sum over tre år: om lag 12,55 MNOK.",
        ),
        (
            "Helse Stavanger HF",
            "Budget (NOK)",
            "- Project management: 1.1 MNOK per year, years 1–3\n- Procurement advice: 0.3 MNOK, year 1; 0.2 MNOK, year 2\n"
            "- Development phase with suppliers: 3.0 MNOK in year 2, 3.0 MNOK in year 3\n- Evaluation: 0.4 MNOK per year, years 1–3\n\n"
            "**Total: 11.0 MNOK over three years.**",
        ),
        # One amount a year, and how many years it runs, in nynorsk.
        (
            "Sola kommune",
            "Budsjett",
            "- Prosjektleiing: 800k per år i tre år\n- Kartlegging: 400k (år 1)\n- Utviklingsfase: 2 MNOK per år i år 2 og 3\n\n"
            "Totalt om lag 6,8 MNOK over tre år, utan kjøp av ferdig løysing.",
        ),
    ],
)
def test_a_budget_given_year_by_year_adds_up_to_its_total(applicant, heading, body):
    sketch, result = _budget(applicant, heading, body)
    assert result.status.value == "pass", [f.message for f in result.findings]
    assert "stemmer ikke" not in " ".join(f.message for f in result.findings)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # Near misses: a line that sums its own years keeps that sum; a 24/7 or a date in its
        # words is no row of figures; a year range is no amount.
        ("- Prosjektledelse: 1,2 mill. kr per år i 3 år = 3,6 mill. kr\n- Frikjøp: 2 mill. kr\n\nSum: 5,6 mill. kr", 3_600_000),
        ("- Vakttelefon 24/7 i piloten: 300 000 kr\n- Frikjøp: 2 mill. kr\n\nSum: 2,3 mill. kr", 300_000),
        ("- Utprøving 2027/2028: 600 000 kr\n- Frikjøp: 2 mill. kr\n\nSum: 2,6 mill. kr", 600_000),
        ("- Prosjektledelse: 600 000 kr per år\n- Frikjøp: 2 mill. kr\n\nSum: 3,8 mill. kr", 600_000),
    ],
)
def test_near_misses_keep_the_lines_own_amount(body, amount):
    sketch, _ = _budget("Bergen kommune", "Budsjett", body)
    assert sketch.budget.lines[0].amount == amount


def test_a_per_year_line_with_no_count_is_still_fitted_to_the_total():
    # «800k per år» gives no count: the total over three years tells it, as before.
    _, result = _budget("Sola kommune", "Budsjett", "- Prosjektledelse: 800k per år\n- Markedsdialog: 200k (år 1)\n\nTotalt 2,6 MNOK over tre år.")
    assert result.status.value == "pass"


def test_years_that_do_not_add_up_to_the_total_still_warn():
    _, result = _budget(
        "Bergen kommune", "Budsjett (tusen kroner)", "- Prosjektledelse: 1 000 / 1 000 / 1 000\n- Utviklingsfase: 0 / 2 000 / 2 000\n\nTotalt 9 000 tusen kroner."
    )
    assert result.status.value == "warn"


@pytest.mark.parametrize(
    ("text", "years"),
    [("per år (3 år)", 3), ("per år i tre år", 3), ("per year, years 1–3", 3), ("per år i år 2 og 3", 2), ("kvart år i fire år", 4), ("per år", None)],
)
def test_how_many_years_a_line_says(text, years):
    assert counted_years(text) == years


def test_thousands_written_with_a_k_are_amounts():
    assert [v for _, _, v in find_amounts("Frikjøp: 800k per år, 1 200k i år 2 og NOK 600k")] == [800_000, 1_200_000, 600_000]
    assert find_amounts("10 km med gang- og sykkelveg") == []


@pytest.mark.parametrize(
    "contact",
    [
        "Kontaktinformasjon\nStavanger kommune, Helse og velferd, postboks 8001, 4068 Stavanger\nE-post: postmottak@stavanger.kommune.no – Sentralbord: 51 50 70 90",
        "Kontakt: Helse Stavanger HF, Postboks 8100, 4068 Stavanger. E-mail: postmottak@sus.no. Switchboard: 51 51 80 00.",
        "Kontakt: Statens vegvesen, firmapost@vegvesen.no, tlf. 22 07 30 00",
    ],
)
def test_contact_lines_after_the_budget_are_none_of_its_lines(contact):
    sketch, result = _budget("Stavanger kommune", "Budsjett", f"- Prosjektledelse: 1 200 000 kr\n- Frikjøp: 800 000 kr\n\nSum: 2 000 000 kr\n\n{contact}")
    assert sketch.budget.sum_of_lines == 2_000_000
    assert result.status.value == "pass"


@pytest.mark.parametrize(
    "opening",
    [
        "Det tentative budsjettet for de tre årene er 15,9 mill. kr.",
        "Det førebelse budsjettet for dei tre åra er 15,9 mill. kr.",
        "The tentative budget for the three years is NOK 15.9 million.",
    ],
)
def test_a_prose_budget_opening_with_its_total_over_the_years_reads_it_as_the_total(opening):
    body = (
        f"{opening} Prosjektledelse utgjør 3,0 mill. kr. Frikjøp av ansatte er anslått til 2,2 mill. kr. "
        "Utviklingsfasen hos leverandørene er satt til 7,0 mill. kr. Markedsdialog og evaluering utgjør 3,7 mill. kr."
    )
    sketch, result = _budget("Stavanger kommune", "Budsjett", body)
    assert sketch.budget.stated_total == 15_900_000
    assert sketch.budget.sum_of_lines == 15_900_000
    assert result.status.value == "pass"


def test_a_lines_own_budget_sentence_is_no_total():
    # Near miss: «budsjettet for markedsdialog er …» is one line's amount, not the project's.
    sketch, _ = _budget("Stavanger kommune", "Budsjett", "Budsjettet for markedsdialog er 0,9 mill. kr. Prosjektledelse utgjør 3,0 mill. kr. Sum 3,9 mill. kr.")
    assert sketch.budget.stated_total == 3_900_000


@pytest.mark.parametrize(
    "body",
    [
        "Budsjettet vi ser for oss for tre år, er om lag 7,2 millioner kroner. Det fordeler seg slik: prosjektleder i tre år, 2,3 millioner; "
        "frikjøp av ansatte, 1,1 millioner; markedsdialog, 0,3 millioner; utviklingsfasen med leverandørene, 3,5 millioner.",
        "Budsjettet me ser føre oss for tre år, er om lag 7,2 millionar kroner. Det fordeler seg slik: prosjektleiar i tre år, 2,3 millionar; "
        "frikjøp av tilsette, 1,1 millionar; marknadsdialog, 0,3 millionar; utviklingsfasen med leverandørane, 3,5 millionar.",
        "The budget we foresee for three years is about NOK 7.2 million. It breaks down as follows: a project manager for three years, NOK 2.3 million; "
        "staff time, NOK 1.1 million; market dialogue, NOK 0.3 million; the development phase with suppliers, NOK 3.5 million.",
    ],
)
def test_a_first_amount_of_the_whole_that_the_lines_add_up_to_is_the_total(body):
    sketch, result = _budget("Kristiansand kommune", "Budsjett", body)
    assert sketch.budget.stated_total == 7_200_000
    assert sketch.budget.sum_of_lines == 7_200_000
    assert result.status.value == "pass"


def test_near_miss_a_first_line_that_is_one_cost_stays_a_line():
    # The first amount names one cost, not the whole: it is no total even where the rest add up to it.
    body = "Prosjektledelse, 2,0 millioner; frikjøp av ansatte, 1,0 millioner; markedsdialog, 0,5 millioner; evaluering, 0,5 millioner."
    sketch, _ = _budget("Kristiansand kommune", "Budsjett", body)
    assert sketch.budget.stated_total is None
    assert sketch.budget.sum_of_lines == 4_000_000
