"""Anchoring with top management is asked of whatever body applies: a state enterprise's or an
energy group's konsernsjef and konsernledelse, an association's hovedstyre, a church council
(fellesråd) that has decided, a private school's board and rector. Whether the body may apply is
judged under eligibility. A board or council that has decided is not undone by a chief who is
only informed. Near misses keep their verdict: a section or department head, a project manager,
a group chief only informed or still to be told. Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

TEXT = """# Ny løysing

**{key}:** {applicant}

## Behov

Dagens løysing kostar oss og kommunane mange millionar kroner i året, og behovet veks med 30 prosent fram mot 2035 (SSB).

## {part}

{said}
"""


def verdict(applicant: str, said: str, key: str = "Søker", part: str = "Forankring") -> str:
    return one_result(TEXT.format(key=key, applicant=applicant, part=part, said=said), "top-management").status.value


@pytest.mark.parametrize(
    ("applicant", "said", "key", "part"),
    [
        ("Statnett SF", "Konsernsjef i Statnett og konsernledelsen har behandlet saken og støtter at Statnett søker.", "Søker", "Forankring"),
        ("Statnett SF", "Konsernleiinga har handsama saka, og konsernsjefen har godkjent at vi søkjer.", "Søkjar", "Forankring"),
        ("Statnett SF", "The group CEO and group management have approved the application.", "Applicant", "Anchoring"),
        ("Lyse AS", "Prosjektet er behandlet i konsernledelsen, og konsernsjef har godkjent at Lyse søker.", "Søker", "Forankring"),
        ("Vestkraft AS", "Konsernleiaren har godkjent at vi søkjer.", "Søkjar", "Forankring"),
        ("KS", "KS' hovedstyre har gitt sin tilslutning til søknaden i møte 23. januar.", "Søker", "Forankring"),
        ("KS", "Hovudstyret har slutta seg til søknaden.", "Søkjar", "Forankring"),
        ("Kyrkjeleg fellesråd i Kinn", "Fellesrådet gjorde vedtak om å søkje i møte 10. februar. Kommunedirektøren i Kinn er orientert.", "Søkjar", "Forankring"),
        ("Kirkelig fellesråd i Bergen", "Fellesrådet har vedtatt å søke, og kirkevergen er prosjekteier.", "Søker", "Forankring"),
        ("Høyskolen Kristiania", "Styret i Høyskolen Kristiania har behandlet saken og gitt rektor fullmakt til å søke.", "Søker", "Forankring"),
        ("Nordic Academy Stavanger", "The project is approved by the school's board and the principal.", "Applicant", "Anchoring"),
        # A municipality whose council has decided; the chief executive only informed.
        ("Kvam herad", "Heradsstyret vedtok 4. mars å søkje. Kommunedirektøren er orientert.", "Søkjar", "Forankring"),
    ],
)
def test_the_bodys_own_top_management_anchors_it(applicant: str, said: str, key: str, part: str) -> None:
    assert verdict(applicant, said, key, part) == "pass", said


@pytest.mark.parametrize(
    ("applicant", "said", "key", "part"),
    [
        ("Statnett SF", "Leder for seksjon for nettilknytning har godkjent skissen.", "Søker", "Forankring"),
        ("Statnett SF", "Prosjektleiaren og seksjonsleiaren står bak skissa.", "Søkjar", "Forankring"),
        ("Statnett SF", "The project manager and the head of the grid section back the sketch.", "Applicant", "Anchoring"),
        ("Lyse AS", "Konsernsjefen er orientert om skissen.", "Søker", "Forankring"),
        ("Lyse AS", "The group CEO will be informed after the sketch is submitted.", "Applicant", "Anchoring"),
        ("KS", "Hovedstyret skal behandle søknaden senere.", "Søker", "Forankring"),
        # A kommunalsjef is no governing body: the chief executive only informed leaves it open.
        ("Kvam kommune", "Kommunalsjefen har godkjent skissen. Kommunedirektøren er orientert.", "Søker", "Forankring"),
    ],
)
def test_below_the_top_or_only_informed_still_warns(applicant: str, said: str, key: str, part: str) -> None:
    assert verdict(applicant, said, key, part) == "warn", said
