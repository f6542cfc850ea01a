"""How the checker reads a solution chosen before the need: the applicant's own prototype or
product in the sketch's opening part («1. Introduction»), a part headed «The technology», or a
solution that is no technology at all (more posts, «more staff is what it takes»); and how it reads
a technology named only as a possible part of the answer, in a paragraph wrapped by hand. Each
reading is tried in bokmål, nynorsk and English, next to the near-miss that must not read the same."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def tech_first(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


NEED = {
    "nb": "## Behov\n\nHjemmetjenesten om natten dekker 17 000 innbyggere med tre ansatte, og 42 prosent av vaktene går til vikarer.\n",
    "nn": "## Behov\n\nHeimetenesta om natta dekkjer 17 000 innbyggjarar med tre tilsette, og 42 prosent av vaktene går til vikarar.\n",
    "en": "## The need\n\nHome care at night covers 17 000 inhabitants with three staff, and 42 per cent of the shifts go to temporary staff.\n",
}


def sketch(lang: str, before: str = "", after: str = "") -> str:
    return f"# Skisse\n\n**Søker:** Eigersund kommune\n\n{before}\n{NEED[lang]}\n{after}\n"


# ---------------------------------------------------------------- a technology named as a possibility


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nn", "Difor vil vi ikkje starte med ein bestemt teknologi. Sensorar og maskinlæring kan bli ein del av\nsvaret, men det er opp til partnarskapet å finne ut."),
        ("nb", "Derfor vil vi ikke starte med en bestemt teknologi. Sensorer og maskinlæring kan bli en del av\nsvaret, men det er opp til partnerskapet å finne ut."),
        ("en", "So we will not start from a particular technology. Sensors and machine learning may become part of\nthe answer, but that is up to the partnership to find out."),
    ],
)
def test_technology_named_as_a_possible_part_of_the_answer_is_not_the_start(lang: str, text: str) -> None:
    assert tech_first(sketch(lang) + "\n" + text + "\n") == "pass"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nn", "Vi skal kjøpe inn sensorar og\nmaskinlæring til alle skulane, og ein app til vaktmeistrane."),
        ("nb", "Vi skal kjøpe inn sensorer og\nmaskinlæring til alle skolene, og en app til vaktmesterne."),
        ("en", "We will buy sensors and\nmachine learning for every school, and an app for the caretakers."),
    ],
)
def test_technology_the_applicant_will_buy_is_still_the_start_when_wrapped(lang: str, text: str) -> None:
    assert tech_first(sketch(lang) + "\n" + text + "\n") != "pass"


# ---------------------------------------------------------------- the applicant's own product in the opening


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", "## 1. Introduction\n\nWe have developed a prototype of CareNorth, a follow-up service for patients. In this project we will develop CareNorth into a full product and test it with 200 patients.\n"),
        ("nb", "## 1. Innledning\n\nVi har utviklet en prototype av OmsorgNord, en oppfølgingstjeneste for pasienter. I prosjektet vil vi utvikle OmsorgNord til et ferdig produkt og teste det med 200 pasienter.\n"),
        ("nn", "## 1. Innleiing\n\nVi har utvikla ein prototype av OmsorgNord, ei oppfølgingsteneste for pasientar. I prosjektet vil vi utvikle OmsorgNord til eit ferdig produkt og teste det med 200 pasientar.\n"),
        ("en", "## 2. The technology\n\nThe service consists of a clinician view and alerts by text message to the home care service when values exceed thresholds.\n"),
        ("nb", "## 2. Teknologien\n\nTjenesten består av en oversikt for helsepersonell og varsler på SMS til hjemmetjenesten når verdiene går over grensene.\n"),
    ],
)
def test_the_applicants_own_product_in_the_opening_is_the_start(lang: str, opening: str) -> None:
    assert tech_first(sketch(lang, before=opening)) != "pass"


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", "## 1. Introduction\n\nWe have developed a plan for the work together with patients and staff, and we have mapped every night shift in 2023.\n"),
        ("nb", "## 1. Innledning\n\nVi har utviklet en plan for arbeidet sammen med pasienter og ansatte, og vi har kartlagt alle nattevakter i 2023.\n"),
        ("nn", "## 1. Innleiing\n\nVi har utvikla ein plan for arbeidet saman med pasientar og tilsette, og vi har kartlagt alle nattevakter i 2023.\n"),
    ],
)
def test_an_opening_that_tells_of_the_work_is_not_a_product(lang: str, opening: str) -> None:
    assert tech_first(sketch(lang, before=opening)) == "pass"


# ---------------------------------------------------------------- a chosen solution that is no technology


@pytest.mark.parametrize(
    ("lang", "aims"),
    [
        ("en", "## 2. What we want to achieve\n\nWe want to:\n\n1. increase the number of permanent night positions from 9 to 14\n2. run a recruitment campaign\n\nWe believe that more permanent staff and better pay is what it takes.\n"),
        ("nb", "## 2. Hva vi vil oppnå\n\nVi vil:\n\n1. øke antall faste nattstillinger fra 9 til 14\n2. gjennomføre en rekrutteringskampanje\n\nVi tror at flere faste ansatte og bedre lønn er det som skal til.\n"),
        ("nn", "## 2. Kva vi vil oppnå\n\nVi vil:\n\n1. auke talet på faste nattstillingar frå 9 til 14\n2. gjennomføre ein rekrutteringskampanje\n\nVi trur at fleire faste tilsette og betre løn er det som skal til.\n"),
        ("nb", "## 2. Mål\n\nKommunen vil øke grunnbemanningen om natten, og vi vil ansette flere sykepleiere i faste stillinger.\n"),
    ],
)
def test_more_staff_decided_in_advance_is_a_chosen_solution(lang: str, aims: str) -> None:
    assert tech_first(sketch(lang, after=aims)) != "pass"


@pytest.mark.parametrize(
    ("lang", "aims"),
    [
        ("en", "## 2. What we want to achieve\n\nWe do not believe that more staff alone is the answer. We want stable night care, and the way there should come out of the dialogue with business.\n"),
        ("nb", "## 2. Hva vi vil oppnå\n\nVi tror ikke at flere ansatte alene er løsningen. Vi vil ha en stabil nattjeneste, og veien dit skal komme ut av dialogen med næringslivet.\n"),
        ("nn", "## 2. Kva vi vil oppnå\n\nVi trur ikkje at fleire tilsette åleine er løysinga. Vi vil ha ei stabil natteneste, og vegen dit skal kome ut av dialogen med næringslivet.\n"),
    ],
)
def test_staffing_named_as_not_the_answer_is_no_chosen_solution(lang: str, aims: str) -> None:
    assert tech_first(sketch(lang, after=aims)) == "pass"


# ---------------------------------------------------------------- a specified technology, whatever «not» stands elsewhere


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Appen skal vise hvor bussen er og la foreldre melde fra når barnet ikke skal være med."),
        ("nn", "Appen skal vise kvar bussen er og la foreldre melde frå når barnet ikkje skal vere med."),
        ("en", "The app will show where the bus is and let parents report when a child is not travelling."),
    ],
)
def test_a_technology_specified_in_the_opening_is_not_excused_by_another_clause(lang: str, text: str) -> None:
    assert tech_first(sketch(lang) + "\n" + text + " Foreldre kan også bruke appen på nettbrett.\n") != "pass"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Vi ønsker ikke å bestille et bestemt system eller en app."),
        ("nn", "Vi ønskjer ikkje å bestille eit bestemt system eller ein app."),
        ("en", "We do not ask for a specific app or platform."),
    ],
)
def test_a_technology_said_not_to_be_asked_for_is_not_the_start(lang: str, text: str) -> None:
    assert tech_first(sketch(lang) + "\n" + text + "\n") == "pass"


# ---------------------------------------------------------------- a technology as what was done before


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Bamble innførte i 2019 chatbot på kommunens nettside.\n\n**Chatbot.** Bamble kommunes chatbot besvarte i 2022 om lag 9 000 henvendelser, men hjalp ikke dem som trengte mest hjelp. Det er nærliggende å tenke på kunstig intelligens og språkmodeller, og flere leverandører har allerede foreslått slike løsninger."),
        ("nn", "Bamble innførte i 2019 chatbot på nettsida til kommunen.\n\n**Chatbot.** Chatboten til Bamble kommune besvarte i 2022 om lag 9 000 førespurnader, men hjelpte ikkje dei som trong mest hjelp. Det er nærliggjande å tenkje på kunstig intelligens og språkmodellar, og fleire leverandørar har alt føreslått slike løysingar."),
        ("en", "Bamble introduced a chatbot on its website in 2019.\n\n**Chatbot.** In 2022 Bamble's chatbot answered about 9 000 enquiries but did not help those who needed help most. It is tempting to think of artificial intelligence and language models, and several suppliers have already proposed such solutions."),
    ],
)
def test_technology_told_as_what_was_tried_before_is_not_the_start(lang: str, text: str) -> None:
    assert tech_first(sketch(lang) + "\n" + text + "\n") == "pass"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Vi skal i 2026 innføre en chatbot med kunstig intelligens på nettsiden."),
        ("nn", "Vi skal i 2026 innføre ein chatbot med kunstig intelligens på nettsida."),
        ("en", "In 2026 we will introduce a chatbot with artificial intelligence on the website."),
    ],
)
def test_technology_planned_for_a_year_ahead_is_still_the_start(lang: str, text: str) -> None:
    assert tech_first(sketch(lang) + "\n" + text + "\n") != "pass"
