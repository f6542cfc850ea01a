"""Bodies the applicant has only been in contact with («Vi har også vært i kontakt med
Helseetaten i Oslo», «We have also been in touch with …»), or that lend one independent expert
to a steering group («… og en uavhengig fagperson fra OsloMet»), are not partners. Near
misses: a body in contact that the same sentence says takes part, and researchers from a
university that takes part as a partner."""

from __future__ import annotations

import pytest

from .test_verdicts_partner_commitment import parties


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Omsorgsflyt AS", "Vi har hatt møter med ledelsen i to bydeler. Vi har også vært i kontakt med Helseetaten i Oslo og med Lørenskog kommune."),
        ("**Søkjar:** Omsorgsflyt AS", "Vi har òg vore i kontakt med Helseetaten i Oslo og Lørenskog kommune."),
        ("**Applicant:** Omsorgsflyt AS", "We have also been in touch with Lørenskog Municipality and Nittedal Municipality."),
        ("**Søker:** Omsorgsflyt AS", "Det etableres en styringsgruppe med representanter fra Omsorgsflyt og en uavhengig fagperson fra OsloMet og en ekstern rådgiver fra Lørenskog kommune."),
        ("**Applicant:** Omsorgsflyt AS", "A steering group will include Omsorgsflyt staff, an independent expert from OsloMet and an external adviser from Lørenskog Municipality."),
    ],
)
def test_bodies_only_contacted_or_lending_an_independent_expert_are_not_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) <= 1, (part, names)
    assert status == "warn"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Lillestrøm kommune", "Vi har vært i kontakt med Lørenskog kommune og Nittedal kommune, som begge deltar i prosjektet med egne ansatte."),
        ("**Applicant:** Lillestrøm Municipality", "Lørenskog Municipality and Nittedal Municipality take part as partners, and researchers from OsloMet will evaluate the pilot."),
    ],
)
def test_bodies_contacted_and_taking_part_are_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) >= 3, (part, names)
    assert status == "pass"
