"""A citizen named with an age, or by a given name the list lacked, told about with health details;
and a signature block's phone number as the sender's contact."""

from __future__ import annotations

import pytest

from assistant.core.sketch.personal._stories import find_case_stories
from .test_verdicts_gates import verdict


@pytest.mark.parametrize(
    "text",
    [
        "For å vise hva det handler om: Kåre Martinsen (52) fra Moss har schizofreni og et langvarig alkoholproblem.",
        "Milan Novak (34) har vore innlagt tre gonger i år.",
        "Take Zoltan Kovacs, 71 years old, who was admitted to hospital four times last winter.",
        "Dagrun Eide er 87 år og har demens.",
    ],
)
def test_a_named_citizen_with_an_age_or_a_listed_given_name_and_health_details_is_found(text: str) -> None:
    assert find_case_stories(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sykehuset Østfold (12) har hatt flere innleggelser enn før.",  # a note number after a body
        "Ein mann på 52 år frå Moss har schizofreni og har vore innlagt fem gonger.",  # no name
        "Milan Novak (34) leiar prosjektet og har lang erfaring.",  # no health or life detail
    ],
)
def test_no_citizen_without_a_name_or_without_details(text: str) -> None:
    assert not find_case_stories(text), text


@pytest.mark.parametrize(
    "closing",
    [
        "Med helsing\nAud Helene Rørvik, styreleiar\nTelefon 934 77 210",
        "Med vennlig hilsen\nKari Holm\nmobil 912 34 567",
        "Kind regards,\nOla Hansen, project manager\n+47 912 34 567",
    ],
)
def test_a_phone_under_a_letters_closing_is_the_senders_contact(closing: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n\n{closing}\n") == "pass", closing
