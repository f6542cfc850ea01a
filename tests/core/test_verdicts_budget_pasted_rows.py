"""Budgets as applicants paste them, read after round 14's measurement: a table pasted from Word as
lines of words and an amount (no colon, no «kr»), «NOK 6.1m» in English prose, and the same money
broken down twice (phases in a sentence, then the posts). Each with near misses that must not read."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.amounts import find_amounts
from assistant.core.sketch.document import parse_sketch

HEAD = "**Søkjar:** Voss herad\n**Partnarar:** Kvam herad, Helse Bergen HF\n\n## Behov\n\nUnge fell ut av skulen etter utskriving frå BUP.\n\n"


def _verdicts(text: str) -> tuple[str, str, int | None, int]:
    report = check_sketch(parse_sketch(text))
    sketch = parse_sketch(text)
    budget = sketch.budget
    lines = len(budget.lines) if budget else 0
    total = budget.stated_total if budget else None
    return report.criterion("budget-present").status.value, report.criterion("budget-excludes-procurement").status.value, total, lines


@pytest.mark.parametrize(
    "rows",
    [
        # nynorsk, pasted from a Word table: item, then amount
        "Prosjektleiing (stiftinga) 1 900 000\nFrikjøp av tilsette i kommunane 1 200 000\nMarknadsdialog og dialogkonferanse 200 000\nUtviklingsfase med leverandørar 2 500 000\nSum 5 800 000\n",
        # bokmål with «kr» after and a blank line between rows
        "Prosjektledelse 1 900 000 kr\n\nFrikjøp av ansatte 1 200 000 kr\n\nMarkedsdialog 200 000 kr\n\nUtviklingsfase 2 500 000 kr\n\nTotalt 5 800 000 kr\n",
        # English, «NOK» before the amount
        "Project management NOK 1 900 000\nStaff time bought out NOK 1 200 000\nMarket dialogue NOK 200 000\nDevelopment phase NOK 2 500 000\nTotal NOK 5 800 000\n",
    ],
)
def test_a_table_pasted_as_lines_is_a_budget(rows):
    present, procurement, total, lines = _verdicts(HEAD + "## Budsjett\n\n" + rows + "\nKjøp av ferdig løysing er ikkje med.\n")
    assert (present, procurement, total, lines) == ("pass", "pass", 5_800_000, 4)


def test_a_lone_line_of_words_and_a_number_is_no_post():
    # One line ending in a number is a count or a figure, not a budget pasted as lines.
    text = HEAD + "## Budsjett\n\nInnbyggjarar i Voss 15 000\n\nBudsjettet kjem seinare.\n"
    assert _verdicts(text)[3] == 0
    # Counts with a noun after the number are no rows either.
    text = HEAD + "## Budsjett\n\nVoss 15 000 innbyggjarar\nKvam 8 600 innbyggjarar\n"
    assert _verdicts(text)[3] == 0


@pytest.mark.parametrize(
    ("written", "value"),
    [("NOK 6.1m", 6_100_000), ("(NOK 0.9m)", 900_000), ("6.1m NOK", 6_100_000), ("kNOK 1 200", 1_200_000), ("NOK 300k", 300_000), ("tNOK 500", 500_000)],
)
def test_english_short_forms_of_money_read(written, value):
    assert [v for _, _, v in find_amounts(written)] == [value]


@pytest.mark.parametrize("written", ["a wall 2.4m high", "2.4m", "the road is 6.1m wide", "ein 2,5m brei gangveg"])
def test_metres_without_a_currency_are_no_money(written):
    assert find_amounts(written) == []


def test_english_prose_with_nok_m_amounts_adds_up():
    text = (
        "**Applicant:** Stavanger kommune\n**Partners:** Sandnes kommune, Sola kommune\n\n## Need\n\nMould in municipal homes.\n\n## Budget\n\n"
        "We estimate a total development budget of NOK 6.1m. The main items are project management (NOK 1.8m), buying out time "
        "from caretakers (NOK 0.9m), needs mapping (NOK 0.5m), market dialogue (NOK 0.2m), development phase with companies "
        "(NOK 2.0m), temporary measuring equipment in test homes (NOK 0.2m) and evaluation (NOK 0.5m). Rolling out the solution "
        "after the project is not included.\n"
    )
    present, procurement, total, lines = _verdicts(text)
    assert (present, procurement, total) == ("pass", "pass", 6_100_000) and lines == 7


@pytest.mark.parametrize(
    "summary",
    [
        "Totalt anslår vi prosjektet til 1,1 mill. kr til forprosjekt og 8,6 mill. kr til selve partnerskapet, til sammen 9,7 mill. kr. Fordelt slik:",
        "Samla kostar prosjektet 1,1 mill. kr i forprosjektet og 8,6 mill. kr i partnarskapet, til saman 9,7 mill. kr, fordelt slik:",
        "In all, NOK 1.1m for the pre-project and NOK 8.6m for the partnership itself, a total of NOK 9.7m, broken down as follows:",
    ],
)
def test_the_same_money_broken_down_twice_is_counted_once(summary):
    posts = (
        "\n\n- Prosjektledelse: 2 000 000 kr\n- Frikjøp av ansatte: 2 100 000 kr\n- Behovsanalyse: 500 000 kr\n- Markedsdialog: 200 000 kr\n"
        "- Anskaffelsesfaglig bistand: 400 000 kr\n- Utviklingsfase: 3 500 000 kr\n- Følgeforskning: 1 000 000 kr\n\nSum: 9 700 000 kr.\n"
    )
    present, _, total, lines = _verdicts(HEAD + "## Budsjett\n\n" + summary + posts)
    assert (present, total, lines) == ("pass", 9_700_000, 7)


def test_a_sentence_that_is_no_summary_of_the_posts_still_counts():
    # The sentence's amounts are posts of their own (they do not add up to the total): kept, and the
    # total that disagrees with all the posts is still flagged.
    text = HEAD + "## Budsjett\n\nI tillegg kjem 2,5 mill. kr til forprosjekt.\n\n- Prosjektledelse: 2 000 000 kr\n- Utviklingsfase: 3 500 000 kr\n- Testing: 4 200 000 kr\n\nSum: 9 700 000 kr.\n"
    present, _, total, lines = _verdicts(text)
    assert lines == 4 and present == "warn"
