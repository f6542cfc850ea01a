"""A budget said in prose, as a person says it: every amount is read with the item it pays for,
named by its noun phrase (without «vi trur», «blir om lag», «skal vi kjøpe … for»), and what the
table did not take stays in the answer."""

from __future__ import annotations

import pytest

from assistant.core.sketch.answerbudget import amounts_unread, noun_phrase, split_taken
from assistant.core.sketch.answers import budget_lines_named

SAID = (
    "Vi trur prosjektleiing blir om lag 600 000 kr, og så treng vi frikjøp av sjukepleiarar for ca. 450 000. "
    "Utviklingsfasen med leverandørane kanskje 2,5 mill. Etterpå skal vi kjøpe sensorar til alle 310 brukarane "
    "for 1,2 mill. kr. Følgjeforsking frå høgskulen 300 000 kr."
)


def test_a_budget_said_in_one_breath_gives_every_line_by_its_noun_phrase() -> None:
    assert budget_lines_named(SAID) == [
        ("Prosjektleiing", 600_000),
        ("Frikjøp av sjukepleiarar", 450_000),  # a bare amount after «for ca.»: was dropped
        ("Utviklingsfasen med leverandørane (kanskje)", 2_500_000),
        ("Kjøp av sensorar til alle 310 brukarane", 1_200_000),
        ("Følgjeforsking frå høgskulen", 300_000),
    ]


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        # bokmål
        ("Vi tror prosjektledelse blir omtrent 800 000 kr.", [("Prosjektledelse", 800_000)]),
        ("Og så trenger vi frikjøp av sykepleiere for ca. 450 000.", [("Frikjøp av sykepleiere", 450_000)]),
        ("Jeg tror markedsdialogen vil koste rundt 200 000 kr.", [("Markedsdialogen", 200_000)]),
        ("Deretter skal vi teste løsningen i 40 hjem for 900 000 kr.", [("Testing av løsningen i 40 hjem", 900_000)]),
        ("I tillegg kommer følgeforskning på om lag 300 000 kr.", [("Følgeforskning", 300_000)]),
        ("Vi har satt av 400 000 kr til markedsdialog.", [("Markedsdialog", 400_000)]),
        ("Kostnaden for evaluering er 250 000 kr.", [("Evaluering", 250_000)]),
        ("Det blir også reiser for 50 000 kr.", [("Reiser", 50_000)]),
        ("Vi regner med at utviklingsfasen koster 3 mill. kr.", [("Utviklingsfasen", 3_000_000)]),
        # nynorsk
        ("Så må vi ha prosjektleiing, kanskje 600 000.", [("Prosjektleiing (kanskje)", 600_000)]),
        ("Eg trur marknadsdialogen kjem på kring 150 000 kr.", [("Marknadsdialogen", 150_000)]),
        ("Etterpå skal vi kjøpe sensorar til alle brukarane for 1,2 mill. kr.", [("Kjøp av sensorar til alle brukarane", 1_200_000)]),
        ("Vi reknar med at følgjeforskinga blir 300 000 kr.", [("Følgjeforskinga", 300_000)]),
        ("Dessutan treng vi tenestedesign for 250 000.", [("Tenestedesign", 250_000)]),
        # English
        ("We think project management will cost about 600 000 NOK.", [("Project management", 600_000)]),
        ("And we need to buy sensors for all users for 1.2 million NOK.", [("Purchase of sensors for all users", 1_200_000)]),
        ("We will hire a service designer for 350 000 NOK.", [("Hiring of a service designer", 350_000)]),
        ("Then we will need to develop a prototype for 2 million NOK.", [("Development of a prototype", 2_000_000)]),
        ("Follow-up research is around 300 000 NOK.", [("Follow-up research", 300_000)]),
        # Lists as before: nothing to take off.
        ("Markedsdialog 400 000 kr", [("Markedsdialog", 400_000)]),
        ("Prosjektleder 50 % stilling: 1,2 mill (to år)", [("Prosjektleder 50 % stilling (to år)", 1_200_000)]),
        ("Testing for 12 000 brukere 300 000 kr", [("Testing for 12 000 brukere", 300_000)]),
        # Near misses: a word the speaker's phrases use, starting a name, stays.
        ("To workshops 50 000 kr", [("To workshops", 50_000)]),
        ("Førstelinjetjenesten, opplæring 80 000 kr", [("Opplæring", 80_000)]),
        ("Dialogmøter med leverandører 120 000 kr", [("Dialogmøter med leverandører", 120_000)]),
    ],
)
def test_an_item_is_named_by_its_noun_phrase_in_nb_nn_and_en(said: str, lines: list[tuple[str, int]]) -> None:
    assert budget_lines_named(said) == lines


@pytest.mark.parametrize(
    "said",
    [
        "Vi har 12 000 innbyggere over 80 år.",  # a count, followed by its noun
        "Det gjeld 310 brukarar i 2027.",
        "Fase 2 - 2027",
        "Org.nr: 974 760 673",
    ],
)
def test_a_count_a_year_or_an_organisation_number_is_no_amount(said: str) -> None:
    assert budget_lines_named(said) == []


def test_a_phrase_that_is_nothing_but_the_speakers_words_is_no_item() -> None:
    assert budget_lines_named("Vi trur det blir om lag 600 000 kr.") == []
    assert noun_phrase("Vi trur prosjektleiing blir om lag") == "prosjektleiing"


def test_every_amount_a_sentence_holds_is_read_or_named_unread() -> None:
    assert amounts_unread(SAID) == []
    # The total is no line: it is named, so the sentence stays where the user wrote it.
    assert amounts_unread("Følgjeforsking 300 000 kr. Totalt 3,4 mill. kr.") == ["3,4 mill. kr"]
    # A number in the item's name is part of the line, not an amount left.
    assert amounts_unread("Testing for 12 000 brukere 300 000 kr") == []
    # One the reader cannot pair with an item is left.
    assert amounts_unread("Utprøving - 900 000 i 40 hjem") == ["900 000"]


def test_what_the_table_did_not_take_stays_sentence_by_sentence() -> None:
    taken = {(item.casefold(), amount) for item, amount in budget_lines_named(SAID) if amount != 450_000}
    kept, took = split_taken(SAID, taken)
    assert took
    # The sentence whose 450 000 the table does not hold stays, whole; the rest went.
    assert kept == ["Vi trur prosjektleiing blir om lag 600 000 kr, og så treng vi frikjøp av sjukepleiarar for ca. 450 000."]
    everything = {(item.casefold(), amount) for item, amount in budget_lines_named(SAID)}
    assert split_taken(SAID, everything) == ([], True)
    assert split_taken("Utprøving - 900 000 i 40 hjem\nMarkedsdialog 400 000 kr", {("markedsdialog", 400_000)}) == (["Utprøving - 900 000 i 40 hjem"], True)
    # A lead-in goes with its list; nothing taken leaves everything.
    assert split_taken("Budsjett:\nMarkedsdialog 400 000 kr", {("markedsdialog", 400_000)}) == ([], True)
    assert split_taken("Budsjett:\nMarkedsdialog 400 000 kr", set()) == (["Budsjett:", "Markedsdialog 400 000 kr"], False)
