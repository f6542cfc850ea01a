"""need-described on a draft with no part headings under a bold title line: the text below the
title is the opening, and a problem told there with figures is the need, also when it is told by
what happens (roads closed, landslides, floods, cancelled visits, admissions) rather than by the
word «problem». General talk with no figure still warns."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def verdict(text: str) -> str:
    report = check_sketch(parse_sketch(text))
    return str(next(c for c in report.criteria if c.id == "need-described").status)


TOLD = [
    """**Innovasjonspartnerskap – skisse fra Mæl og Omnes Vel**

**Søker:** Tinn kommune

Fylkesveien langs Tinnsjøen er eneste vei inn til grendene. Det er registrert 27 skredhendelser på strekningen siden 2010, og veien har vært stengt 19 ganger de siste fem årene. Det bor rundt 140 personer i grendene, deriblant 22 barn som tar skolebussen. Når veien stenger, er grendene isolert, og hjemmesykepleien kommer ikke fram. Vi vil finne tryggere måter å komme fram på sammen med næringslivet, og vi vet ikke ennå hva løsningen blir. Partnerskapet med fylkeskommunen og grendelaget er viktig for oss.

Budsjett:
- Prosjektkoordinator: 300 000 kr
- Utprøving: 450 000 kr
""",
    """**Innovasjonspartnarskap – skisse frå Aurland kommune**

**Søkjar:** Aurland kommune

Vegen til Undredal er stengd av ras i snitt 11 døgn i året, og i 2023 vart 46 planlagde heimebesøk avlyste. Rundt 90 innbyggjarar bur bak rasfaren, 31 av dei over 80 år. Når vegen er stengd, er bygda isolert, og ambulansen må gå sjøvegen. Vi vil finne betre måtar å halde tenestene oppe saman med næringslivet og har ikkje bestemt kva løysinga blir. Partnarskapet med fylkeskommunen og helseføretaket er viktig for oss.

Budsjett:
- Prosjektleiing: 400 000 kr
- Utprøving: 600 000 kr
""",
    """**Innovation partnership – sketch from Voss Municipality**

**Applicant:** Voss Municipality

The valley road floods on average 6 times a year, and in 2023 the road was closed for 23 days. About 120 residents live beyond the flooded stretch, 18 of them receiving home care, and 37 home visits were cancelled last year. When the road is closed, the hamlet is isolated and patients miss dialysis. We want to find better ways to keep services running together with industry, and we have not decided on a solution. The partnership with the county and the health trust matters to us.

Budget:
- Project coordinator: NOK 300,000
- Trials: NOK 450,000
""",
]


@pytest.mark.parametrize("text", TOLD)
def test_a_need_told_with_figures_under_a_bold_title_line_is_the_need(text: str) -> None:
    assert verdict(text) == "pass"


VAGUE = """**Innovasjonspartnerskap – skisse fra Mæl og Omnes Vel**

**Søker:** Tinn kommune

Samfunnet endrer seg, og vi står overfor mange utfordringer. Vi må tenke nytt og finne nye måter å jobbe på på tvers av sektorer. Vi tror at et partnerskap med næringslivet kan gi store muligheter, og vi ønsker å bli enda bedre. Partnerskapet med fylkeskommunen og grendelaget er viktig for oss.

Budsjett:
- Prosjektkoordinator: 300 000 kr
"""


def test_general_talk_without_figures_under_a_bold_title_line_still_warns() -> None:
    assert verdict(VAGUE) == "warn"
