"""Anchoring with top management read in the sense the call means: a word met in another sense
(«forankra i regelverket», «manglande forankring», «kontekstuell forankring»), a heading, a
contact line, a council named about something else, a former leader in someone's background,
or a presentation to the leaders only planned, is not anchoring; the same leaders said to back
the sketch are."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Felles digitale bibliotektenester

**Søker:** Fredrikstad kommune
**Partnere:** Sarpsborg kommune, Østfold fylkeskommune

## Behov

Biblioteka i Østfold har 40 prosent færre besøkande enn i 2015 (Nasjonalbiblioteket, bibliotekstatistikk 2023).

{anchoring}
"""


def top_management(anchoring: str) -> str:
    return one_result(SKETCH.format(anchoring=anchoring), "top-management").status.value


@pytest.mark.parametrize(
    "said",
    [
        # Another sense of the word.
        "Modellen med éin lærling i éi bedrift er djupt forankra i regelverk og tilskotsordningar.",
        "Tilbodet er forankret i kommuneplanens samfunnsdel og i bibliotekloven.",
        "The service model is anchored in the library act and the regional plan.",
        "Tidlegare forsøk har strande på manglande forankring og ulike avtalar.",
        "Earlier trials failed because of a lack of anchoring across the services.",
        "## Organisering og forankring\n\nProsjektleiaren sit i biblioteket.",
        "Kapittel 1 gir ei innleiande utgreiing om bakgrunn og kontekstuell forankring.",
        # A contact line, a council named about something else, a former leader.
        "**Kontaktperson:** Kommunalsjef for kultur, telefon 69 30 60 00",
        "**Contact:** Chief Municipal Executive's office, phone 69 30 60 00",
        "Saka har vore oppe i bystyret fleire gonger etter klager frå innbyggjarar.",
        "The municipal council has discussed library opening hours many times.",
        "Prosjektet blir leia av ein rådgjevar som er tidlegare rådmann i ein nabokommune.",
        "The project is led by an adviser who is a former chief municipal executive.",
        # Only planned.
        "Det er planlagt at saka blir lagd fram for kommunedirektørane etter at skissa er send inn.",
        "Det er planlagt å legge saken fram for kommunedirektøren etter at søknaden er levert.",
        "Presenting the sketch to the chief municipal executives is planned after the sketch has been submitted.",
    ],
)
def test_a_word_of_anchoring_or_a_leader_named_in_another_sense_is_not_anchoring(said: str) -> None:
    assert top_management(said) != "pass", said


@pytest.mark.parametrize(
    "said",
    [
        "Prosjektet er forankra i leiargruppa til kommunedirektøren i Fredrikstad.",
        "Skissen er forankret i kommunedirektørens ledergruppe i begge kommuner.",
        "The project is anchored with the chief municipal executives of both municipalities.",
        "Bystyret i Fredrikstad har vedtatt å stille seg bak skissen.",
        "The municipal council approved the sketch on 12 March.",
        "**Prosjekteigar:** Kommunedirektøren i Fredrikstad",
        "Kommunedirektøren har godkjent skissa. Tidlegare rådmann Per Olsen leier styringsgruppa.",
    ],
)
def test_the_same_leaders_said_to_back_the_sketch_anchor_it(said: str) -> None:
    assert top_management(said) == "pass", said
