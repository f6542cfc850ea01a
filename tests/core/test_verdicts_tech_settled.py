"""A solution already settled starts from the solution: an earlier study that concluded what the
solution is («Forprosjektet konkluderte med at løysinga er kamerabasert biletgjenkjenning»), a
product the applicant has concluded it will install, a digital service wished for as the need, a
plan said with an adverb or an appositive («Vi ønskjer no å utvikle denne plattforma», «Vi vil
utvikle TryggHjemme, en app …») or to build a digital twin. A technology only named in the title, in
a sketch that says outright its solution is open («Men vi har ikkje bestemt oss for droner»), is a
question asked, and so is a part headed «Løsning» whose text says no solution is chosen. Each in
bokmål, nynorsk and English, beside near misses."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

NEED = {
    "nb": "I 2025 havnet 31 prosent matavfall i restavfallet (KOSTRA 2025), og forbrenningen koster kommunene 1 190 kr per tonn.",
    "nn": "I 2025 hamna 31 prosent matavfall i restavfallet (KOSTRA 2025), og forbrenninga kostar kommunane 1 190 kr per tonn.",
    "en": "In 2025, 31 percent of residual waste was food waste (KOSTRA 2025), and incineration costs the municipalities NOK 1 190 per tonne.",
}


def tech_first(body: str, lang: str = "nb", title: str = "Skisse", heading: str = "Slik vil vi arbeide") -> str:
    text = f"# {title}\n\n**Søker:** Lillestrøm kommune\n\n## Behov\n\n{NEED[lang]}\n\n## {heading}\n\n{body}\n"
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("nb", "Forprosjektet konkluderte med at løsningen er kamerabasert bildegjenkjenning på innsamlingsbilene."),
        ("nn", "Forprosjektet konkluderte med at løysinga er kamerabasert biletgjenkjenning på innsamlingsbilane."),
        ("en", "The pre-project concluded that the solution is camera-based image recognition on the collection trucks."),
        ("en", "After visiting Oulu in 2025 we have concluded that the city should install the SnowLine 3 snowmelt system."),
        ("nb", "Etter besøk i Oulu har vi konkludert med at byen skal installere snøsmeltesystemet SnowLine 3."),
        ("nn", "Forprosjektet er ferdig, og vi ønskjer no å utvikle denne plattforma vidare."),
        ("nb", "Vi vil utvikle TryggHjemme, en app og en sensorplattform for hjemmeboende eldre."),
        ("nb", "Sarpsborg skal bygge Norges første fullskala digitale tvilling for en mellomstor by."),
    ],
)
def test_a_settled_solution_is_the_starting_point(lang: str, body: str) -> None:
    assert tech_first(body, lang) != "pass", body


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("nb", "Forprosjektet konkluderte med at behovet er størst i de minste kommunene."),
        ("nn", "Forprosjektet konkluderte med at behovet er størst i dei minste kommunane."),
        ("en", "The pre-project concluded that the need is greatest in the smallest municipalities."),
        ("en", "We have concluded that we must learn more before anything is chosen."),
        ("nb", "Vi har konkludert med at vi må vite mer før noe velges."),
    ],
)
def test_a_study_that_settles_the_need_settles_no_solution(lang: str, body: str) -> None:
    assert tech_first(body, lang) == "pass", body


@pytest.mark.parametrize(
    ("lang", "need"),
    [
        ("nb", "Søkeren fyller i dag ut et papirskjema. Vi ønsker en digital løsning der søkeren kan søke på nett og få svar raskere."),
        ("nn", "Søkjaren fyller i dag ut eit papirskjema. Vi ønskjer ei digital løysing der søkjaren kan søkje på nett og få svar raskare."),
        ("en", "Applicants fill in a paper form today. We want a digital solution where applicants apply online and get answers faster."),
    ],
)
def test_a_digital_service_wished_for_in_the_need_is_a_chosen_solution(lang: str, need: str) -> None:
    text = f"# Skisse\n\n**Søker:** Voss herad\n\n## Behov\n\n{need} {NEED[lang]}\n"
    assert check_sketch(parse_sketch(text)).statuses()["not-technology-first"] != "pass"


@pytest.mark.parametrize(
    ("lang", "need"),
    [
        ("nb", "Søkeren fyller i dag ut et papirskjema. Vi ønsker at søkeren får svar raskere."),
        ("nn", "Søkjaren fyller i dag ut eit papirskjema. Vi ønskjer at søkjaren får svar raskare."),
        ("en", "Applicants fill in a paper form today. We want applicants to get answers faster."),
    ],
)
def test_a_wish_for_faster_answers_is_the_need(lang: str, need: str) -> None:
    text = f"# Skisse\n\n**Søker:** Voss herad\n\n## Behov\n\n{need} {NEED[lang]}\n"
    assert check_sketch(parse_sketch(text)).statuses()["not-technology-first"] == "pass"


TITLE = {"nb": "Droner i beredskapen?", "nn": "Kunstig intelligens i heimetenesta?", "en": "Drones in emergency response?"}
OPEN = {
    "nb": "Tittelen nevner droner fordi politikerne spør om det. Men vi har ikke bestemt oss for droner.",
    "nn": "Tittelen er eit spørsmål. Vi er ikkje sikre på at kunstig intelligens er svaret.",
    "en": "The title names drones because our politicians ask about them. But we have not decided on drones.",
}
MENTION = {
    "nb": "Tittelen nevner droner fordi politikerne spør om det.",
    "nn": "Tittelen nemner kunstig intelligens fordi politikarane spør om det.",
    "en": "The title names drones because our politicians ask about them.",
}


def opening(lang: str, words: str) -> str:
    text = f"# {TITLE[lang]}\n\n**Søker:** Molde kommune\n\n## Behov\n\n{NEED[lang]} {words}\n"
    return check_sketch(parse_sketch(text)).statuses()["not-technology-first"]


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_technology_only_asked_about_in_an_open_sketch_is_no_start(lang: str) -> None:
    assert opening(lang, OPEN[lang]) == "pass"


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_without_the_open_words_the_named_technology_warns(lang: str) -> None:
    assert opening(lang, MENTION[lang]) != "pass"


@pytest.mark.parametrize(
    ("lang", "heading", "body"),
    [
        ("nb", "4. Løsning", "Vi har ikke bestemt oss for én løsning. Det kan være nye styringssystemer eller nye driftsmodeller."),
        ("nn", "4. Løysing", "Vi har ikkje bestemt oss for ei løysing. Det kan vere nye styringssystem eller nye driftsmodellar."),
        ("en", "4. Solution", "We have not decided on one solution. It may be new control systems or new ways of running the buildings."),
    ],
)
def test_a_solution_heading_over_an_open_text_presents_no_chosen_solution(lang: str, heading: str, body: str) -> None:
    assert tech_first(body, lang, heading=heading) == "pass"


@pytest.mark.parametrize(
    ("lang", "heading", "body"),
    [
        ("nb", "4. Løsning", "Styringssystemet skal regulere ventilasjonen etter hvor mange elever som er i rommet."),
        ("nn", "4. Løysing", "Styringssystemet skal regulere ventilasjonen etter kor mange elevar som er i rommet."),
        ("en", "4. Solution", "The control system shall regulate ventilation by how many pupils are in the room."),
    ],
)
def test_a_solution_heading_over_a_described_solution_still_counts(lang: str, heading: str, body: str) -> None:
    assert tech_first(body, lang, heading=heading) != "pass"
