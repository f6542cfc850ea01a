"""The role an interview answer gives each partner it names, for the partner form's role field."""

from __future__ import annotations

import pytest

from assistant.core.sketch.answers import find_in_answer


def roles(answer: str) -> dict[str, str]:
    return find_in_answer(answer, "partners", applicant="Bodø kommune", partners=[], budget_items=[]).roles


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Lier kommune (testarena) og Asker kommune (brukerinnsikt).", {"Lier kommune": "testarena", "Asker kommune": "brukerinnsikt"}),
        ("Lier kommune – testarena; Asker kommune – brukerinnsikt", {"Lier kommune": "testarena", "Asker kommune": "brukerinnsikt"}),
        ("Lier kommune: testarena.\nAsker kommune: brukerinnsikt", {"Lier kommune": "testarena", "Asker kommune": "brukerinnsikt"}),
        ("Lier kommune skal være testarena, og Asker kommune bidrar med brukerinnsikt.", {"Lier kommune": "testarena", "Asker kommune": "bidrar med brukerinnsikt"}),
        ("Lier kommune har rollen som testarena og Asker kommune leder arbeidsgruppen.", {"Lier kommune": "testarena", "Asker kommune": "leder arbeidsgruppen"}),
        ("Vik kommune skal vere testarena, og Aurland kommune bidreg med fagfolk.", {"Vik kommune": "testarena", "Aurland kommune": "bidreg med fagfolk"}),
        ("Vik municipality will act as the test site, and Aurland municipality contributes user insight.", {"Vik municipality": "the test site", "Aurland municipality": "contributes user insight"}),
    ],
)
def test_a_role_given_after_the_name_is_read(answer: str, expected: dict[str, str]) -> None:
    assert roles(answer) == expected


@pytest.mark.parametrize(
    "answer",
    [
        "Lier kommune og Asker kommune deltar.",  # named, no role given
        "Lier kommune vil være med, og Asker kommune er med.",  # taking part is no role
        "Lier kommune (org.nr. 123 456 789) og Asker kommune (AK) er med.",  # a number, an abbreviation
        "Lier kommune skal være interessert i resultatene.",
    ],
)
def test_no_role_is_made_up(answer: str) -> None:
    found = find_in_answer(answer, "partners", applicant="Bodø kommune", partners=[], budget_items=[])
    assert found.partners and found.roles == {}
