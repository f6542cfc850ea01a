"""What an interview answer names for the budget table: each item as the writer named it."""

from __future__ import annotations

import pytest

from assistant.core.sketch.answers import budget_lines_named


@pytest.mark.parametrize(
    ("answer", "lines"),
    [
        (
            "Prosjektledelse og koordinering: 1 200 000 kr\nBehovsavklaring og brukerinvolvering: 800 000 kr\n"
            "Markedsdialog: 400 000 kr\nUtprøving og evaluering med universitet: 1 500 000 kr",
            [("Prosjektledelse og koordinering", 1_200_000), ("Behovsavklaring og brukerinvolvering", 800_000), ("Markedsdialog", 400_000), ("Utprøving og evaluering med universitet", 1_500_000)],
        ),
        ("Markedsdialog 400 000 kr og prototyp 2 mill. kr", [("Markedsdialog", 400_000), ("Prototyp", 2_000_000)]),
        ("Vi setter av 400 000 kr til markedsdialog og 2 mill. kr til utprøving.", [("Markedsdialog", 400_000), ("Utprøving", 2_000_000)]),
        ("Budsjett: Markedsdialog: 400 000 kr, reiser 50 000 kr.", [("Markedsdialog", 400_000), ("Reiser", 50_000)]),
        # A number that is no amount is part of the name (the line was dropped: its name read «%)»).
        ("Prosjektleiing (frikjøp 50 %): 1 200 000 kr\nReiser 2027: 50 000 kr", [("Prosjektleiing (frikjøp 50 %)", 1_200_000), ("Reiser 2027", 50_000)]),
        ("Vi set av 400 000 kr til 3 verkstader og 2 mill. kr til utprøving.", [("3 verkstader", 400_000), ("Utprøving", 2_000_000)]),
    ],
)
def test_an_item_named_with_og_keeps_its_whole_name(answer: str, lines: list[tuple[str, int]]) -> None:
    assert budget_lines_named(answer) == lines


def test_lines_typed_one_under_the_other_stay_apart_in_the_sketch() -> None:
    from assistant.core.sketch.answers import shape_answer
    from assistant.core.sketch.document import parse_sketch

    budget = shape_answer("Prosjektledelse og koordinering: 1 200 000 kr\nMarkedsdialog: 400 000 kr", "nb").text
    assert budget == "- Prosjektledelse og koordinering: 1 200 000 kr\n- Markedsdialog: 400 000 kr"
    sketch = parse_sketch("# T\n\n## Budsjett\n\n" + budget + "\n")
    assert [(line.item, line.amount) for line in sketch.budget.lines] == [("Prosjektledelse og koordinering", 1_200_000), ("Markedsdialog", 400_000)]
    long = "Kommunen har prøvd ut trygghetsalarmer i tre år, og erfaringene er samlet i en rapport.\nBrukerne savner varsling om natten."
    assert shape_answer(long, "nb").text == long.replace("\n", "\n\n")  # paragraphs of their own
    table = "Slik:\n| Post | Beløp |\n|---|---|\n| Reiser | 50 000 |"
    assert shape_answer(table, "nb").text == table  # a table is kept as written


@pytest.mark.parametrize(
    ("answer", "lang", "text"),
    [
        # «ja, det» / «nei, det» are interjections, but their «det» is the subject of what follows:
        # the sketch got «Er forankra hos kommunedirektøren.» and «Har vi ikkje gjort enno, …».
        ("Ja, det er forankra hos kommunedirektøren.", "nn", "Det er forankra hos kommunedirektøren."),
        ("Nei, det har vi ikkje gjort enno, men vi skal gjere det i vår.", "nn", "Det har vi ikkje gjort enno, men vi skal gjere det i vår."),
        ("Ja, det er holdt utenfor totalen.", "nb", "Det er holdt utenfor totalen."),
        ("ja, det er vedteke i formannskapet", "nn", "Det er vedteke i formannskapet."),
        # Without the pronoun nothing changes: the interjection alone goes.
        ("Ja, kjøpet av den ferdige løsningen er holdt utenfor totalen.", "nb", "Kjøpet av den ferdige løsningen er holdt utenfor totalen."),
    ],
)
def test_a_yes_or_no_reply_keeps_the_subject_of_its_sentence(answer: str, lang: str, text: str) -> None:
    from assistant.core.sketch.answers import shape_answer

    shaped = shape_answer(answer, lang)
    assert not shaped.note and shaped.text == text


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("Ja, det har eg prøvd på over", "nn"),
        ("Det er beskrive lenger oppe.", "nn"),
        ("Ja, det har vi skrevet om ovenfor.", "nb"),
        ("Nei, det står nevnt over", "nb"),
        ("Yes, that is covered above", "en"),
        ("We wrote about it further up.", "en"),
    ],
)
def test_a_reply_that_points_to_what_was_written_above_is_a_note_with_its_yes(answer: str, lang: str) -> None:
    """Shaped into prose it would read «Det har eg prøvd på over.» in the PDF: a sentence that
    points nowhere, its «Ja» lost. Kept as a note, the question and the whole reply stay."""
    from assistant.core.sketch.answers import shape_answer

    shaped = shape_answer(answer, lang, "Har de prøvd dette før?")
    assert shaped.note and answer in shaped.text and "Har de prøvd dette før?" in shaped.text


@pytest.mark.parametrize(
    ("answer", "lang", "text"),
    [
        ("Vi har 200 brukere over 80 år.", "nb", "Vi har 200 brukere over 80 år."),
        ("Ja, vi har prøvd dette tidligere i Bodø.", "nb", "Vi har prøvd dette tidligere i Bodø."),
        ("Ja, kostnaden ligg langt over det vi har råd til i dag.", "nn", "Kostnaden ligg langt over det vi har råd til i dag."),
        ("Yes, costs rose above budget in 2024 and 2025.", "en", "Costs rose above budget in 2024 and 2025."),
    ],
)
def test_above_and_over_inside_a_sentence_of_content_keep_it_prose(answer: str, lang: str, text: str) -> None:
    from assistant.core.sketch.answers import shape_answer

    shaped = shape_answer(answer, lang, "Har de prøvd dette før?")
    assert not shaped.note and shaped.text == text


@pytest.mark.parametrize("answer", ["Ja, det stemmer.", "Ja, det gjer vi.", "Nei, det."])
def test_a_yes_or_no_with_no_sentence_after_it_is_still_a_note(answer: str) -> None:
    from assistant.core.sketch.answers import shape_answer

    shaped = shape_answer(answer, "nn", "Er prosjektet forankra?")
    assert shaped.note and answer in shaped.text


@pytest.mark.parametrize(
    ("answer", "offered"),
    [
        # Helse Førde was offered with the two partners, all or nothing, and after «yes» the
        # check counted it among the bodies that stand together.
        (
            "Vi søkjer saman med Lærdal kommune og Vik kommune, som har same utfordringane. Helse Førde har sagt seg interessert.",
            ["Lærdal kommune", "Vik kommune"],
        ),
        ("Partnarar er Lærdal kommune og Helse Førde. Vik kommune er orientert.", ["Lærdal kommune", "Helse Førde"]),
        ("Statens vegvesen deltek som observatør, og Askøy kommune er partnar.", ["Askøy kommune"]),
        ("Askøy kommune og Bergen kommune er med.", ["Askøy kommune", "Bergen kommune"]),
    ],
)
def test_bodies_named_only_as_interested_told_or_watching_are_not_offered_as_partners(answer: str, offered: list[str]) -> None:
    from assistant.core.sketch.answers import find_in_answer

    assert find_in_answer(answer, "partners", applicant="Aurland kommune", partners=[], budget_items=[]).partners == offered


@pytest.mark.parametrize(
    ("answer", "lines"),
    [
        ("Programvare: 300 000 kr (usikker)", [("Programvare (usikker)", 300_000)]),
        ("Prosjektleiar 1 200 000 kr, usikkert anslag", [("Prosjektleiar (usikkert anslag)", 1_200_000)]),
        ("Reiser: 50 000 kr per år", [("Reiser (per år)", 50_000)]),
        ("Travel: NOK 80 000 a year", [("Travel (a year)", 80_000)]),
        ("Markedsdialog 400 000 kr (inkl. reiser)\nPrototyp: 2 mill. kr", [("Markedsdialog (inkl. reiser)", 400_000), ("Prototyp", 2_000_000)]),
    ],
)
def test_a_remark_written_after_a_lines_amount_goes_into_the_table_with_it(answer: str, lines: list[tuple[str, int]]) -> None:
    """«(usikker)» or «per år» after an amount says how to read it: dropped, the table would
    state an estimate as settled, or a yearly cost as the whole."""
    assert budget_lines_named(answer) == lines


def test_words_after_an_amount_that_lead_to_the_next_amount_are_that_lines_item_not_a_remark() -> None:
    assert budget_lines_named("Markedsdialog 400 000 kr og prototyp 2 mill. kr") == [("Markedsdialog", 400_000), ("Prototyp", 2_000_000)]


@pytest.mark.parametrize(
    ("answer", "offered"),
    [
        # The municipalities that said yes, named without «kommune»; the trust only considering.
        ("Ja, Lier og Øvre Eiker er med. Helse Sør-Øst RHF vurderer det.", ["Lier kommune", "Øvre Eiker kommune"]),
        ("Ja, Lier og Øvre Eiker er med. Helse Sør-Øst RHF vurderer å bli med.", ["Lier kommune", "Øvre Eiker kommune"]),
        ("Ja, Lier og Øvre Eiker blir med, medan Helse Sør-Øst RHF vurderer om dei skal bli med.", ["Lier kommune", "Øvre Eiker kommune"]),
        ("Lier, Øvre Eiker og Modum deltek. Helse Sør-Øst RHF har ikkje bestemt seg.", ["Lier kommune", "Øvre Eiker kommune", "Modum kommune"]),
        ("Yes, Lier and Øvre Eiker have joined. Helse Sør-Øst RHF is considering it.", ["Lier kommune", "Øvre Eiker kommune"]),
        ("Lier er med, Asker er positiv.", ["Lier kommune"]),
        ("Lier og Asker er svært positive og deltar i utprøvinga.", ["Lier kommune", "Asker kommune"]),
        ("Lier er med. Helse Sør-Øst RHF vurderer å bli partner.", ["Lier kommune"]),
        # Near misses: a place where something happens, a place in another name, a decision taken.
        ("Vi har hatt møte i Drammen. Lier kommune er med.", ["Lier kommune"]),
        ("We met in Lier; Asker Municipality takes part.", ["Asker Municipality"]),
        ("Drammen sykehus og Lier kommune er med.", ["Lier kommune"]),
        ("Lier har vurdert det og er med.", ["Lier kommune"]),
        ("Time is short, but Asker Municipality has joined.", ["Asker Municipality"]),
        ("Moss og Lier sa ja.", ["Moss kommune", "Lier kommune"]),
        ("Universitetet i Bergen og Askøy er med.", ["Universitetet i Bergen", "Askøy kommune"]),
        # The trust keeps its «RHF» and is offered when it takes part.
        ("Helse Sør-Øst RHF og Lier er med.", ["Helse Sør-Øst RHF", "Lier kommune"]),
        # The applicant, named by its place, is not its own partner.
        ("Drammen og Lier er med.", ["Lier kommune"]),
    ],
)
def test_municipalities_named_by_place_are_offered_and_bodies_still_considering_are_not(answer: str, offered: list[str]) -> None:
    from assistant.core.sketch.answers import find_in_answer

    assert find_in_answer(answer, "partners", applicant="Drammen kommune", partners=[], budget_items=[]).partners == offered


def test_a_bare_place_is_a_municipality_only_in_an_answer_about_partners() -> None:
    from assistant.core.sketch.answers import find_in_answer, public_bodies_named

    assert public_bodies_named("Lier og Øvre Eiker er med.") == []
    assert find_in_answer("Lier og Øvre Eiker er med.", "need", applicant=None, partners=[], budget_items=[]).partners == []


def test_a_partner_already_listed_under_another_of_its_names_is_not_offered_again() -> None:
    from assistant.core.sketch.answers import find_in_answer

    found = find_in_answer("Lier og Øvre Eiker er med.", "partners", applicant="Drammen kommune", partners=["Lier kommune"], budget_items=[])
    assert found.partners == ["Øvre Eiker kommune"]


def test_a_regional_health_trust_is_read_as_one() -> None:
    from assistant.core.sketch.orgs import infer_kind, is_regional_trust

    assert infer_kind("Helse Sør-Øst RHF") is infer_kind("Vestre Viken HF")
    assert is_regional_trust("Helse Sør-Øst RHF") and is_regional_trust("Helse Vest")
    assert not is_regional_trust("Vestre Viken HF")


@pytest.mark.parametrize(
    ("answer", "lang"),
    [
        ("No supplier offers night-time safety that respects privacy and works with our home care.", "en"),
        ("No municipality in the region has a night service of this kind today.", "en"),
        ("Well-being of residents is the main aim of the whole project.", "en"),
        ("Right now three municipalities share one night nurse between them.", "en"),
        ("Maybe the county will join us later this year as a partner.", "en"),
        ("Kanskje fylkeskommunen blir med senere i år som partner.", "nb"),
        ("Riktig dosering er viktig for pasientene i hjemmetjenesten.", "nb"),
        ("Vel 300 brukere står på venteliste til sykehjemsplass i dag.", "nb"),
        ("OK-lista fra 2023 viser 400 brukere i hjemmetjenesten.", "nb"),
        ("Kanskje kjem fylkeskommunen med seinare i år som partnar.", "nn"),
        ("Rett tilbod til rett tid er det som manglar i dag for mange.", "nn"),
    ],
)
def test_a_sentence_that_begins_with_an_answer_word_is_kept_whole(answer: str, lang: str) -> None:
    """«No supplier offers …» is a sentence, not «No» and a sentence: dropping its first word
    would make the sketch say the opposite («Supplier offers …»)."""
    from assistant.core.sketch.answers import shape_answer

    assert shape_answer(answer, lang).text == answer


@pytest.mark.parametrize(
    ("answer", "lang", "text"),
    [
        ("No, we have not talked to suppliers yet but will in spring.", "en", "We have not talked to suppliers yet but will in spring."),
        ("Yes we have figures from Statistics Norway on this.", "en", "We have figures from Statistics Norway on this."),
        ("Maybe. The county will decide on joining in May.", "en", "The county will decide on joining in May."),
        ("Nei – vi har ikke snakket med leverandører ennå.", "nb", "Vi har ikke snakket med leverandører ennå."),
        ("Ja vi har tall fra SSB og KOSTRA om dette.", "nb", "Vi har tall fra SSB og KOSTRA om dette."),
        ("Kanskje, vi veit ikkje enno om fylket blir med.", "nn", "Vi veit ikkje enno om fylket blir med."),
    ],
)
def test_an_answer_word_set_off_by_punctuation_is_still_dropped(answer: str, lang: str, text: str) -> None:
    from assistant.core.sketch.answers import shape_answer

    assert shape_answer(answer, lang).text == text
