"""Top management read from who decided and who only heard of it. A chief of police who «har
besluttet» or «har bestemt» that the district applies, an agency's leadership meeting or
embetsleiing that decided, a fire service's chief and an inter-municipal company's council of
representatives that stand behind it, and mayors (nynorsk «ordførarane») who adopted it anchor
the sketch. An idea only presented to the chief executives, who were positive, and a sketch only
discussed with the manager of a regional council's secretariat do not: no leader has dealt with
it. Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Et behov

**Søker:** {applicant}
**Partnere:** Saltdal kommune, Fauske kommune

## Behov

Innbyggerne venter lenge, og de ansatte bruker mye tid på manuelle rutiner.

## Forankring

{anchoring}
"""


def verdict(anchoring: str, applicant: str = "Bodø kommune") -> str:
    return one_result(SKETCH.format(anchoring=anchoring, applicant=applicant), "top-management").status.value


@pytest.mark.parametrize(
    ("anchoring", "applicant"),
    [
        ("Politimesteren i Øst har besluttet at distriktet søker. Politidirektoratet er orientert.", "Øst politidistrikt"),
        ("Politimeisteren har bestemt at distriktet søkjer.", "Vest politidistrikt"),
        ("Statsforvalteren har i embetsledelsen besluttet å stille seg bak prosjektet. Ordførerne er orientert.", "Statsforvalteren i Nordland"),
        ("Embetsleiinga har bestemt at vi går inn i partnarskapet.", "Statsforvaltaren i Vestland"),
        ("Brannsjefen og representantskapet i Salten brann IKS står bak prosjektet.", "Salten brann IKS"),
        ("Brannsjefen og representantskapet stiller seg bak skissa.", "Sunnhordland brann og redning IKS"),
        ("The fire chief and the council of representatives have approved the sketch.", "Salten brann IKS"),
        ("I ledermøtet 14. april behandlet vi skissen og vedtok at etaten skal gå inn i partnerskapet.", "Statens vegvesen"),
        ("At the leadership meeting on 14 April we discussed the sketch and decided that the agency will join.", "Statens vegvesen"),
        ("Regionrådet, der ordførarane sit, har vedteke å stø skissa.", "Bodø kommune"),
    ],
)
def test_a_leader_or_council_that_decided_anchors(anchoring: str, applicant: str) -> None:
    assert verdict(anchoring, applicant) == "pass", anchoring


@pytest.mark.parametrize(
    "anchoring",
    [
        "Vi har presentert idéen for kommunedirektørene 19. september, som var positive. Formell behandling i kommunene er ikke gjort.",
        "Vi har presentert idéen for kommunedirektørane, som var positive.",
        "We presented the idea to the chief municipal executives, who were positive.",
        "Saka er drøfta med dagleg leiar i regionrådet. Skissa blir lagd fram for regionrådet i januar.",
        "Ideen er drøftet med daglig leder i Salten regionråd.",
        "The idea has been discussed with the general manager of the regional council.",
        "Brannsjefen er orientert om skissen.",
        "The fire chief has been informed of the sketch.",
        "Politimesteren vil bli orientert når skissen er sendt.",
    ],
)
def test_a_presentation_or_a_secretariats_manager_does_not_anchor(anchoring: str) -> None:
    assert verdict(anchoring) == "warn", anchoring
