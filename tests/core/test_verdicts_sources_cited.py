"""Sources cited the way a report cites them: a line that says where the figures just told come
from («Tallene er rapportert til KOSTRA»), a body named in brackets after a figure, a bracket
that names a body and a year before more («(Trondheim kommune, 2024, 288 svar)»), a body that
reported in a year that …, a survey named by its kind («spørreundersøkelse»), and a register
named beside counts the list of units does not know («11 mennesker omkom»). Near misses that
name no source for a figure keep their warning."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def _status(need: str) -> str:
    text = f"# Skisse\n\n**Søker:** Oslo kommune\n\n## Behov\n\n{need}\n"
    return check_sketch(parse_sketch(text)).criterion("data-backing").status.value


CITED = [
    # nb: the line after the figures says where they were reported.
    "Kommunen hadde 212 overløp i 2024 og 41 mill. kr i driftskostnad, og 30 prosent av pumpestasjonene mangler varsling. "
    "Tallene er rapportert til Miljødirektoratet og KOSTRA.",
    # nn: the same, told of «tala».
    "Kommunen hadde 212 overløp i 2024 og 41 mill. kr i driftskostnad, og 30 prosent av pumpestasjonane manglar varsling. "
    "Tala er henta frå KOSTRA.",
    # en: a body named in brackets after a figure, and one that reported in a year that …
    "In 2023 more than 150 000 pink salmon were caught in Norwegian rivers (Norwegian Environment Agency). "
    "The Scientific Council for Salmon Management reported in 2024 that more than half of the rivers miss their limits.",
    # nb: a body and a year in a bracket, with the number of answers after them.
    "Sju av ti foreldre har måttet hente barnet tidlig (Trondheim kommune, 2024, 288 svar). 41 prosent av stillingene er besatt av "
    "ufaglærte, og 612 barn har vedtak.",
    # nn: a survey named by its kind.
    "Kvart tredje born har vore med på ei foreldreundersøking der 41 prosent svara at tilbodet er for dårleg, og 612 born har vedtak "
    "om tilrettelegging.",
    # nb: a register named beside counts that name no unit the list knows.
    "Det finnes om lag 3 200 planoverganger, og ca. 2 400 er usikrede (planovergangsregisteret). 11 mennesker omkom, og tiltakene "
    "koster 12 mill. kr per stykk.",
]


@pytest.mark.parametrize("need", CITED)
def test_sources_cited_beside_or_after_the_figures_back_them(need):
    assert _status(need) == "pass"


NOT_CITED = [
    # nb: figures named as the same picture, with no figure told where they come from.
    "Vedlikeholdsetterslepet på bruer er stort. KOSTRA-tallene viser det samme bildet.",
    # en: staff who report what they themselves think name no source.
    "About 40 percent of exams are home exams and 112 cases were reported, costing NOK 24 million. Staff report that they cannot "
    "tell who wrote a text.",
    # nb: a founding year and a head count in a bracket name no source.
    "Vi er et selskap (grunnlagt 2021, 9 ansatte) som rydder 14 km fortau, og kommunene bruker 18 mill. kr på brøyting.",
    # nb: a service that examines patients runs no survey.
    "Tannhelsetjenesten undersøker om lag 52 000 pasienter i året, har 28 klinikker og 9 ledige stillinger.",
]


@pytest.mark.parametrize("need", NOT_CITED)
def test_near_misses_name_no_source(need):
    assert _status(need) != "pass"
