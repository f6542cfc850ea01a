"""Budgets written in prose as applicants paste them: the purchase of the finished solution read as
a line of the budget (and failing when the stated total holds it, or the sketch asks for it), the
total a sentence opens with read as the total and not as one more line, and quotes in findings
cut only at a word boundary. Each case is a real user's file trimmed to what matters."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.budgetmeaning import (
    PROCUREMENT,
    asked,
    asks_for_purchase,
    classify,
)
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.model import BudgetCategory
from assistant.core.sketch.text import clip

from .one_criterion import one_result

HEAD = "**Søker:** Levanger kommune\n**Partnere:** Verdal kommune, Inderøy kommune\n\nTrygg hjemme om natten\n\n"
UNDER_HEADING = "**Søker:** Levanger kommune\n\n## Budsjett\n\n"
LINES = "frikjøp av ansatte 900 000 kr, prosessleder og behovsanalyse 400 000 kr, markedsdialog 200 000 kr og testing 300 000 kr"
PURCHASE = "kjøp av den ferdige løsningen til alle brukere etter prosjektet 5 000 000 kr"

# The purchase inside the stated total: with «og» (limt4), a comma (limt5), under «## Budsjett»
# (limt6) and the shortest form (repro/a).
INSIDE = {
    "og": HEAD + f"Budsjettet er foreløpig anslått slik: {LINES} og {PURCHASE}, til sammen 6 800 000 kr.\n",
    "comma": HEAD + f"Budsjettet er foreløpig anslått slik: {LINES}, {PURCHASE}, til sammen 6 800 000 kr.\n",
    "heading": HEAD + f"## Budsjett\n\nBudsjettet er foreløpig anslått slik: {LINES} og {PURCHASE}, til sammen 6 800 000 kr.\n",
    "short": UNDER_HEADING + "Budsjettet er anslått slik: frikjøp av ansatte 900 000 kr, behovsanalyse 400 000 kr, "
    f"markedsdialog 200 000 kr, testing 300 000 kr og {PURCHASE}, til sammen 6 800 000 kr.\n",
    # A list (limt7) and amounts first (limt8) failed before; they must keep failing.
    "list": HEAD + "## Budsjett\n\n- Frikjøp av ansatte: 900 000 kr\n- Prosessleder og behovsanalyse: 400 000 kr\n"
    "- Markedsdialog: 200 000 kr\n- Testing: 300 000 kr\n- Kjøp av den ferdige løsningen til alle brukere etter prosjektet: 5 000 000 kr\n\nSum: 6 800 000 kr\n",
    "amount-first": HEAD + "Prosjektet har et samlet budsjett på 6 800 000 kr: 900 000 kr til frikjøp av ansatte, 400 000 kr til "
    "behovsanalyse, 200 000 kr til markedsdialog, 300 000 kr til testing og 5 000 000 kr til kjøp av den ferdige løsningen "
    "til alle brukere etter prosjektet.\n",
}


def criterion(text: str, cid: str):
    return one_result(text, cid)


def messages(result) -> list[str]:
    return [f.message for f in result.findings]


@pytest.mark.parametrize("name", sorted(INSIDE))
def test_a_purchase_of_the_finished_solution_inside_a_prose_total_is_a_procurement_line_and_fails(name):
    text = INSIDE[name]
    budget = parse_sketch(text).budget
    assert budget.stated_total == 6_800_000
    assert len(budget.lines) == 5 and budget.sum_of_lines == 6_800_000
    purchase = budget.lines[-1]
    assert purchase.amount == 5_000_000
    assert purchase.item.lower() == "kjøp av den ferdige løsningen til alle brukere etter prosjektet"
    assert purchase.category is BudgetCategory.PROCUREMENT
    # No line is named after the words that lead in to the total («til sammen»).
    assert [line.item.lower() for line in budget.lines[:4]][-1] == "testing"

    result = criterion(text, "budget-excludes-procurement")
    assert result.status.value == "fail"
    assert any("5 000 000 kr" in m and "med i budsjettet" in m for m in messages(result))
    assert not any("holder anskaffelsen utenfor" in m for m in messages(result))
    assert criterion(text, "budget-present").status.value == "pass"


def test_export_refuses_a_prose_budget_that_counts_the_purchase(tmp_path, capsys):
    from assistant.cli.main import main

    path = tmp_path / "limt4.md"
    path.write_text(INSIDE["og"], encoding="utf-8")
    assert main(["export", str(path), "--pdf"]) != 0
    assert not (tmp_path / "limt4.pdf").exists()
    assert "--force" in capsys.readouterr().err


ASKED = HEAD + (
    f"Budsjettet er foreløpig anslått slik: {LINES}, til sammen 1 800 000 kr. "
    "I tillegg ber vi om 5 000 000 kr til kjøp av den ferdige løsningen til alle brukere etter prosjektet.\n"
)
# limt.md: the lines add up to the total, and the purchase comes after it, asked for.
ASKED_AFTER = HEAD + (
    f"Budsjettet er foreløpig anslått slik: {LINES}, til sammen 1 800 000 kr. I tillegg kommer innkjøp av løsningen "
    "til alle brukere i de tre kommunene, anslått til 5 000 000 kr, som vi også ber om støtte til.\n"
)


@pytest.mark.parametrize("text", [ASKED, ASKED_AFTER], ids=["ber-vi-om", "som-vi-ogsaa-ber-om"])
def test_a_purchase_asked_for_beside_the_total_fails_as_procurement_not_as_arithmetic(text):
    budget = parse_sketch(text).budget
    assert budget.stated_total == 1_800_000
    assert [line.amount for line in budget.lines] == [900_000, 400_000, 200_000, 300_000, 5_000_000]
    assert budget.lines[-1].category is BudgetCategory.PROCUREMENT

    result = criterion(text, "budget-excludes-procurement")
    assert result.status.value == "fail"
    said = messages(result)
    assert any(m.startswith("Skissen ber om støtte til kjøp av den ferdige løsningen") for m in said)
    assert not any("holder anskaffelsen utenfor" in m for m in said)
    assert not any("Kan ikke avgjøre" in m for m in said)
    # The gap between the total and the lines is the purchase, not an arithmetic error.
    present = criterion(text, "budget-present")
    assert present.status.value == "pass"
    assert not any("stemmer ikke" in m for m in messages(present))


def test_a_quote_in_a_finding_ends_on_a_whole_word():
    result = criterion(ASKED_AFTER, "budget-excludes-procurement")
    quoted = next(m for m in messages(result) if m.startswith("Skissen ber om"))
    quote = quoted.split("«", 1)[1].rsplit("»", 1)[0]
    assert quote.endswith("…")
    assert ASKED_AFTER.find(quote[:-1]) > 0  # the text as written, up to a word's end
    assert ASKED_AFTER[ASKED_AFTER.find(quote[:-1]) + len(quote) - 1] == " "


def test_clip_cuts_at_a_word_boundary_with_an_ellipsis():
    text = "I tillegg kommer innkjøp av løsningen til alle brukere i de tre kommunene, anslått til 5 000 000 kr"
    assert clip(text, 200) == text
    cut = clip(text, 80)
    assert len(cut) <= 80 and cut.endswith("…")
    assert cut == "I tillegg kommer innkjøp av løsningen til alle brukere i de tre kommunene…"
    assert clip("ordsomaldrislutterogaldrislutter", 10) == "ordsomald…"  # one long word: cut, marked


# --- 2a: the total a sentence opens with -------------------------------------------------------

LEAD_TOTAL = (
    "Vi trenger kr 2 400 000,- til prosjektet: frikjøp av ansatte kr 1 200 000,-, behovsanalyse kr 500 000,-, "
    "markedsdialog kr 300 000,- og testing i pilot kr 400 000,-."
)


@pytest.mark.parametrize("newline,space", [("\n", " "), ("\r\n", "\u00a0")], ids=["plain", "crlf-nbsp"])
def test_a_total_that_opens_a_prose_budget_is_the_total_not_a_line(newline, space):
    body = LEAD_TOTAL.replace("0 0", f"0{space}0").replace("2 4", f"2{space}4").replace("1 2", f"1{space}2")
    text = f"**Søker:** Bodø kommune{newline}{newline}**4. Budsjett**{newline}{body}{newline}"
    if newline == "\n":
        text = f"**Søker:** Bodø kommune\n\n## Budsjett\n\n{body}\n"
    budget = parse_sketch(text).budget
    assert budget.stated_total == 2_400_000
    assert [(line.item, line.amount) for line in budget.lines] == [
        ("frikjøp av ansatte", 1_200_000),
        ("behovsanalyse", 500_000),
        ("markedsdialog", 300_000),
        ("testing i pilot", 400_000),
    ]
    present = criterion(text, "budget-present")
    assert present.status.value == "pass"
    assert messages(present)[0] == "Budsjettet har 4 poster med beløp; total 2 400 000 kr."
    assert criterion(text, "budget-excludes-procurement").status.value == "pass"


def test_a_total_with_fordelt_slik_opens_the_lines_too():
    text = UNDER_HEADING + (
        "Prosjektet koster 2 400 000 kr, fordelt slik: frikjøp av ansatte 1 200 000 kr, behovsanalyse 500 000 kr, "
        "markedsdialog 300 000 kr og testing 400 000 kr.\n"
    )
    budget = parse_sketch(text).budget
    assert budget.stated_total == 2_400_000
    assert [line.item for line in budget.lines] == ["frikjøp av ansatte", "behovsanalyse", "markedsdialog", "testing"]


def test_an_opening_total_its_parts_do_not_add_up_to_is_still_the_total_and_the_gap_is_said():
    text = UNDER_HEADING + LEAD_TOTAL.replace("kr 2 400 000,-", "kr 2 500 000,-") + "\n"
    budget = parse_sketch(text).budget
    assert budget.stated_total == 2_500_000
    assert budget.sum_of_lines == 2_400_000 and len(budget.lines) == 4
    present = criterion(text, "budget-present")
    # A post's worth off its lines: still a tentative budget, the gap said beside the verdict.
    assert present.status.value == "pass"
    assert "2 500 000 kr" in messages(present)[0] and "2 400 000 kr" in messages(present)[0]


def test_amounts_first_then_the_total_name_each_line_without_the_words_of_the_total():
    text = UNDER_HEADING + (
        "Vi trenger 900 000 kr til frikjøp av ansatte, 300 000 kr til testing og 5 000 000 kr til kjøp av den ferdige "
        "løsningen, til sammen 6 200 000 kr.\n"
    )
    budget = parse_sketch(text).budget
    assert budget.stated_total == 6_200_000
    assert [line.item for line in budget.lines] == ["frikjøp av ansatte", "testing", "kjøp av den ferdige løsningen"]
    assert criterion(text, "budget-excludes-procurement").status.value == "fail"


def test_a_first_amount_that_only_happens_to_equal_the_rest_is_still_a_line():
    # No colon and nothing that says the amounts after it are its parts: three lines.
    text = UNDER_HEADING + "Vi bruker 1 000 000 kr på utvikling, 600 000 kr på testing og 400 000 kr på markedsdialog.\n"
    budget = parse_sketch(text).budget
    assert budget.stated_total is None
    assert [line.amount for line in budget.lines] == [1_000_000, 600_000, 400_000]


# --- near misses: procurement named to keep it out, test equipment for the pilot ---------------

PROCESS = "Budsjettet er anslått slik: frikjøp av ansatte 900 000 kr, markedsdialog 200 000 kr og testing 300 000 kr, til sammen 1 400 000 kr."
NEAR_MISSES = {
    "not-in-budget": PROCESS + " Kjøp av ferdig løsning er ikke med i budsjettet.",
    "line-not-in-sum": "Budsjettet er anslått slik: frikjøp av ansatte 900 000 kr, markedsdialog 200 000 kr og testing 300 000 kr, "
    "til sammen 1 400 000 kr. Kjøp av den ferdige løsningen til alle brukere etter prosjektet, anslått til 5 000 000 kr, "
    "er ikke med i summen.",
    "list-not-in-sum": "- Frikjøp av ansatte: 900 000 kr\n- Markedsdialog: 500 000 kr\n"
    "- Kjøp av den ferdige løsningen til alle brukere (ikke med i summen): 5 000 000 kr\n\nSum: 1 400 000 kr",
    "test-equipment": "Budsjettet er anslått slik: frikjøp av ansatte 900 000 kr, markedsdialog 200 000 kr og innkjøp av "
    "testutstyr til alle deltakerne i piloten 300 000 kr, til sammen 1 400 000 kr.",
    "solution-for-the-pilot": "Budsjettet er anslått slik: frikjøp av ansatte 900 000 kr, markedsdialog 200 000 kr og "
    "innkjøp av løsningen til alle deltakerne i utprøvingen 300 000 kr, til sammen 1 400 000 kr.",
    "not-asked": PROCESS + " Vi ber ikke om støtte til kjøp av den ferdige løsningen.",
    "own-funds": PROCESS + " I tillegg kommer kjøp av den ferdige løsningen til alle brukere, anslått til 5 000 000 kr, "
    "som kommunene dekker over egne driftsbudsjett.",
    "total-said-again": PROCESS + " Vi søker om 1 400 000 kr til utvikling og testing.",
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_procurement_named_to_keep_it_out_or_equipment_for_the_pilot_still_passes(name):
    text = UNDER_HEADING + NEAR_MISSES[name] + "\n"
    budget = parse_sketch(text).budget
    assert budget.stated_total == 1_400_000
    result = criterion(text, "budget-excludes-procurement")
    assert result.status.value == "pass", messages(result)
    present = criterion(text, "budget-present")
    assert present.status.value == "pass", messages(present)


def test_one_line_said_to_be_out_of_the_sum_leaves_the_others_in_it():
    # «ikke med i summen» said of the purchase: the other lines of the same paragraph still count.
    budget = parse_sketch(UNDER_HEADING + NEAR_MISSES["line-not-in-sum"] + "\n").budget
    from assistant.core.sketch.budgetmeaning import excluded

    kept = [line.item for line in budget.lines if not excluded(line.raw)]
    assert kept == ["frikjøp av ansatte", "markedsdialog", "testing"]


def test_english_prose_asking_for_the_purchase_fails():
    text = "**Applicant:** Levanger kommune\n\n## Budget\n\n" + (
        "We ask for NOK 1 800 000: staff time NOK 900 000, market dialogue NOK 500 000 and testing NOK 400 000. "
        "In addition we apply for NOK 5 000 000 to buy the finished solution for all users after the project.\n"
    )
    assert criterion(text, "budget-excludes-procurement").status.value == "fail"


@pytest.mark.parametrize(
    "text,is_asked",
    [
        ("I tillegg ber vi om 5 000 000 kr til kjøp av den ferdige løsningen", True),
        ("som vi også ber om støtte til", True),
        ("Kommunen søker om midler til kjøp av løsningen", True),
        ("we also apply for NOK 5 million", True),
        ("Vi ber ikke om støtte til kjøp av den ferdige løsningen", False),
        ("Kjøpet dekkes av kommunenes driftsbudsjett", False),
    ],
)
def test_asking_words(text, is_asked):
    assert asked(text) is is_asked


def test_buying_the_solution_for_all_users_is_procurement_but_for_the_pilot_is_not():
    assert classify("innkjøp av løsningen til alle brukere i de tre kommunene").kind == PROCUREMENT
    assert classify("innkjøp av løsningen til alle deltakerne i utprøvingen").kind != PROCUREMENT
    assert classify("innkjøp av testutstyr til alle deltakerne i piloten").kind != PROCUREMENT


@pytest.mark.parametrize(
    "text,asks",
    [
        ("I tillegg ber vi om 5 000 000 kr til kjøp av den ferdige løsningen til alle brukere etter prosjektet.", True),
        ("Vi søker om 2 mill. kr til utrulling til alle kommunene i regionen.", True),
        ("Vi ber om støtte til lisenser for alle brukere i fem år.", True),
        # What a solution developed and tested in the project may later be used for is not a purchase.
        ("Vi søker om 3 mill. kr til utvikling og utprøving av en løsning som kan tas i bruk av alle kommuner.", False),
        ("Vi søker om 2 mill. kr til pilotering før spredning til resten av landet.", False),
        ("Vi søker om 4 mill. kr til innovasjonsfasen; implementering i alle kommunene finansieres over ordinære budsjett.", False),
        ("Vi søker ikke om støtte til kjøp av den ferdige løsningen.", False),
    ],
)
def test_a_sentence_asks_for_the_purchase_only_when_it_asks_for_buying_or_roll_out_itself(text, asks):
    assert asks_for_purchase(text) is asks
    sketch = UNDER_HEADING + PROCESS + " " + text + "\n"
    assert (criterion(sketch, "budget-excludes-procurement").status.value == "fail") is asks


def test_a_long_sentence_is_quoted_up_to_a_whole_word():
    sentence = (
        "Kommunene i regionen har over lengre tid erfart at hjemmetjenestene bruker mye tid på kjøring mellom brukere "
        "som bor spredt, og at dette går ut over tiden som kan brukes hos den enkelte bruker, noe som igjen gjør at "
        "flere må over på institusjon tidligere enn de selv ønsker og tidligere enn det som er faglig riktig."
    )
    result = criterion(UNDER_HEADING.replace("## Budsjett", "## Behov") + sentence + "\n", "readability")
    said = next(f.message for f in result.findings if f.message.startswith("Lang setning"))
    start = said.split("«", 1)[1].removesuffix("…»")
    assert sentence.startswith(start) and sentence[len(start)] == " "


@pytest.mark.parametrize("item", ["Behovsanalyse", "prosessleder og behovsanalyse", "Needs analysis with the services", "Behovskartlegging i tenestene"])
def test_a_needs_analysis_is_development_in_the_budget_screen(item):
    from assistant.core.sketch.budgetcategory import infer_category
    from assistant.core.sketch.model import BudgetCategory

    assert infer_category(item) in (BudgetCategory.DEVELOPMENT, BudgetCategory.PROJECT_MANAGEMENT)
    assert infer_category("Kjøp av ferdig løsning til alle") is BudgetCategory.PROCUREMENT


@pytest.mark.parametrize(
    ("sentence", "parts", "bought"),
    [
        # The total, then its parts after a colon as bare numbers joined by «og»/«and»/commas.
        ("Vi trenger kr 2 400 000,- til prosjektet: 1 400 000 til frikjøp og 1 000 000 til kjøp av ferdig løsning for alle sykehjem.", [1_400_000, 1_000_000], 1_000_000),
        ("Vi treng kr 2 400 000 til prosjektet: 1 400 000 til frikjøp og 1 000 000 til kjøp av ferdig løysing til alle sjukeheimar.", [1_400_000, 1_000_000], 1_000_000),
        ("We need NOK 2,400,000 for the project: 1,400,000 for staff time and 1,000,000 for buying the finished solution for all homes.", [1_400_000, 1_000_000], 1_000_000),
        ("Vi søkjer om kr 3 000 000 til prosjektet: 1 800 000 til prosjektleiing, 700 000 til marknadsdialog og 500 000 til testing i pilot.", [1_800_000, 700_000, 500_000], None),
    ],
)
def test_a_total_with_its_parts_after_a_colon_reads_each_part(sentence, parts, bought):
    sketch = parse_sketch(f"Søker: Bergen kommune\n\n## Budsjett\n\n{sentence}\n")
    assert [line.amount for line in sketch.budget.lines] == parts
    assert sketch.budget.stated_total == sum(parts)
    verdicts = check_sketch(sketch)
    assert verdicts.criterion("budget-present").status.value == "pass"
    procurement = verdicts.criterion("budget-excludes-procurement")
    if bought is None:
        assert procurement.status.value == "pass"
    else:
        # The purchase alone is procurement: the staff time beside it is not counted with it.
        assert procurement.status.value == "fail"
        assert f"({bought:,} kr)".replace(",", " ") in procurement.findings[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: numbers of people after a total are no budget lines.
        "Vi trenger kr 2 400 000 til prosjektet, som skal nå 12 000 innbyggere og 3 000 brukere.",
        "We need NOK 2,400,000 for the project, which reaches 12,000 residents and 3,000 users.",
    ],
)
def test_people_counted_beside_a_total_are_no_lines(sentence):
    sketch = parse_sketch(f"Søker: Bergen kommune\n\n## Budsjett\n\n{sentence}\n")
    assert all(line.amount == 2_400_000 for line in sketch.budget.lines) or sketch.budget.stated_total == 2_400_000
    assert 12_000 not in [line.amount for line in sketch.budget.lines]
