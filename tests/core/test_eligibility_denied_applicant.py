"""Who applies when a sentence denies it: a body said to be no applicant («deltar i
referansegruppen, men er ikke søker», «is not an applicant») does not apply, in nb, nn and en."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def verdict(text: str, criterion: str) -> str:
    report = check_sketch(parse_sketch(text))
    return next(c for c in report.criteria if c.id == criterion).status.value


# ------------------------------------------------------------------ eligibility: a body said to be no applicant


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruter AS, som bestiller båtrutene, deltar i referansegruppen, men er ikke søker eller budsjettpartner.",
        "Fjordkraft AS sit i referansegruppa, men er ikkje søkjar.",
        "Norconsult AS er verken søker eller partner, men gir råd i referansegruppen.",
        "Ruter AS joins the reference group but is not an applicant.",
        "Ruter AS is neither applicant nor partner.",
    ],
)
def test_a_company_said_to_be_no_applicant_does_not_apply(sentence: str) -> None:
    text = f"Oslo Havn KF\n\n# Skisse\n\n## Søker og partnere\n\n{sentence} Oslo Havn KF leder arbeidet med Kystverket." + BODY
    applicant = parse_sketch(text).applicant
    assert applicant is not None and applicant.name == "Oslo Havn KF", (sentence, applicant)
    assert verdict(text, "eligibility") == "pass", sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: the company is said to apply; a denial elsewhere in the sentence changes nothing.
        "Ruter AS søker sammen med Oslo kommune.",
        "Ruter AS er søker, og Oslo kommune er ikke med i budsjettet.",
        "Ruter AS applies with Oslo Municipality, which is not a budget partner.",
    ],
)
def test_a_company_said_to_apply_still_fails(sentence: str) -> None:
    text = f"# Skisse\n\n{sentence}" + BODY
    assert verdict(text, "eligibility") == "fail", sentence
