"""Bodies the sketch says it will still ask, invite or get on board are not partners, however
the sentence is ordered: «Dersom skissen når opp, vil vi spørre Øyer kommune …» (the subject
after the verb), «Målet er å få med Øyer kommune og Gausdal kommune før konkurransen», «vil
verte inviterte til å vere med seinare». Near misses: partners who together will invite the
suppliers («Sammen med Øyer kommune vil vi invitere leverandører»), or whose aim is to get
business on board, still count."""

from __future__ import annotations

import pytest

from .test_verdicts_partner_commitment import parties


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Lillehammer kommune", "Dersom skissen når opp, vil vi spørre Øyer kommune og Innlandet fylkeskommune om de vil være med."),
        ("**Søkjar:** Voss herad", "Om skissa går vidare, vil me spørje Ulvik herad og Vestland fylkeskommune om dei vil vere med."),
        ("**Applicant:** Lillehammer Municipality", "Should the sketch be selected, we will then ask Øyer Municipality and Innlandet County Authority whether they wish to join."),
        ("**Søker:** Lillehammer kommune", "Målet er å få med Øyer kommune og Gausdal kommune før konkurransen lyses ut."),
        ("**Søkjar:** Voss herad", "Målet er å få med Ulvik herad og Vestland fylkeskommune før konkurransen blir lyst ut."),
        ("**Applicant:** Lillehammer Municipality", "The aim is to bring in Øyer Municipality and Gausdal Municipality before the competition is announced."),
        ("**Søkjar:** Voss herad", "Ulvik herad og Vestland fylkeskommune vil verte inviterte til å vere med seinare."),
    ],
)
def test_bodies_still_to_be_asked_or_brought_in_are_not_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) <= 1, (part, names)
    assert status == "warn"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Lillehammer kommune", "Sammen med Øyer kommune og Innlandet fylkeskommune vil vi invitere leverandører til en dialogkonferanse."),
        ("**Søkjar:** Voss herad", "Saman med Ulvik herad og Vestland fylkeskommune vil me invitere leverandørar til ein dialogkonferanse."),
        ("**Applicant:** Lillehammer Municipality", "Together with Øyer Municipality and Innlandet County Authority we will invite suppliers to a dialogue conference."),
        ("**Søker:** Lillehammer kommune", "Partnere er Øyer kommune og Innlandet fylkeskommune, og målet er å få med leverandører tidlig."),
    ],
)
def test_partners_who_will_invite_business_together_still_count(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) >= 3, (part, names)
    assert status == "pass"
