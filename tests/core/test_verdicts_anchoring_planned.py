"""The sketch's own part on anchoring is its answer: when it says the anchoring is still to come
(«Prosjektet vil bli lagt fram for direktørens ledermøte i januar, og vi tar sikte på formell
forankring …»), a leader named in a steering group or «tydelig forankring» in a table of risks
elsewhere does not make it anchored. A leader said elsewhere to have approved it already still
counts, and so does an anchoring part that states it. Each in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

SKETCH = """# Tilbakeføring etter soning

**Søker:** Kriminalomsorgsdirektoratet
**Partnere:** Kristiansand kommune, Arendal kommune, NAV Agder

## Behov

Om lag 40 prosent av dem som løslates, er ikke i arbeid eller utdanning et år etter (KDI, årsrapport 2023).

## Organisering

- **Prosjektleder:** seniorrådgiver i direktoratet
- **Styringsgruppe:** {steering}

## Risiko

| Risiko | Sannsynlighet | Konsekvens | Tiltak |
|---|---|---|---|
| Kommunene mangler kapasitet | Middels | Høy | Frikjøp av ansatte, tydelig forankring |

## {heading}

{anchoring}
"""

STEERING = {
    "nb": "representanter for direktoratet, regiondirektør i region sør, kommunalsjefer fra kommunene og NAV Agder.",
    "nn": "representantar for direktoratet, regiondirektør i region sør, kommunalsjefar frå kommunane og NAV Agder.",
    "en": "representatives of the directorate, the regional director for the south, the heads of services in the municipalities and NAV Agder.",
}
HEADING = {"nb": "Forankring", "nn": "Forankring", "en": "Anchoring"}


def verdict(lang: str, anchoring: str, steering: str | None = None) -> str:
    text = SKETCH.format(steering=steering or STEERING[lang], heading=HEADING[lang], anchoring=anchoring)
    return one_result(text, "top-management").status.value


@pytest.mark.parametrize(
    ("lang", "anchoring"),
    [
        ("nb", "Skissen er utarbeidet av fagavdelingen. Prosjektet vil bli lagt fram for direktørens ledermøte i januar, og vi tar sikte på formell forankring hos ledelsen i kommunene i løpet av våren."),
        ("nb", "Fagfolk i alle partnerorganisasjonene har deltatt i arbeidet. Forankring i ledelsen er planlagt etter at skissen er sendt."),
        ("nn", "Skissa er skriven av fagavdelinga. Prosjektet skal leggjast fram for leiarmøtet til direktøren i januar, og vi tek sikte på formell forankring hos leiinga i kommunane."),
        ("en", "The sketch was written by the professional staff. It will be presented to the director's management meeting in January, and we plan to anchor it formally with the municipalities' leadership in the spring."),
    ],
)
def test_an_anchoring_part_that_says_it_is_only_planned_is_not_outweighed(lang: str, anchoring: str) -> None:
    assert verdict(lang, anchoring) == "warn"


@pytest.mark.parametrize(
    ("lang", "anchoring"),
    [
        ("nb", "Direktøren for Kriminalomsorgsdirektoratet har godkjent skissen, og kommunedirektørene i begge kommuner støtter prosjektet."),
        ("nn", "Direktøren for Kriminalomsorgsdirektoratet har godkjent skissa, og kommunedirektørane i begge kommunane støttar prosjektet."),
        ("en", "The director of the Correctional Service has approved the sketch, and the chief municipal executives of both municipalities support the project."),
    ],
)
def test_an_anchoring_part_that_states_it_passes(lang: str, anchoring: str) -> None:
    assert verdict(lang, anchoring) == "pass"


@pytest.mark.parametrize(
    ("lang", "anchoring", "steering"),
    [
        ("nb", "Formell forankring i kommunestyrene er planlagt til våren.", "regiondirektøren i region sør, som har godkjent skissen, og kommunalsjefene."),
        ("nn", "Formell forankring i kommunestyra er planlagd til våren.", "regiondirektøren i region sør, som har godkjent skissa, og kommunalsjefane."),
        ("en", "Formal anchoring with the municipal councils is planned for the spring.", "the regional director for the south, who has approved the sketch, and the heads of services."),
    ],
)
def test_a_leader_who_has_approved_elsewhere_still_counts(lang: str, anchoring: str, steering: str) -> None:
    assert verdict(lang, anchoring, steering) == "pass"


# ---------------------------------------------------------------- one sentence, two steps; middle managers

from .one_criterion import one_result
from .test_verdicts_anchoring import top_management  # noqa: E402


@pytest.mark.parametrize(
    "said",
    [
        "Kommunedirektøren har godkjent skissen, og den vil bli lagt fram for kommunestyret i mars.",
        "Rådmannen har godkjent skissa, men kommunestyret har ikkje handsama saka enno.",
        "The chief municipal executive has approved the sketch, which will be presented to the council in March.",
    ],
)
def test_a_step_still_to_come_does_not_undo_one_taken(said: str) -> None:
    assert top_management(said).status.value == "pass"


@pytest.mark.parametrize(
    "said",
    [
        # a decision the leader is still to take
        "Rådmannen har lest skissen, og vil godkjenne den i mars.",
        "Kommunedirektøren skal leggje skissa fram for formannskapet i april.",
        "The county director will present the sketch to the county council in February.",
        # anchored only with a middle manager
        "Prosjektet er forankret hos avdelingsleder for hjemmetjenesten.",
        "Prosjektet er forankra hos seksjonsleiar for byggesak og hos fagleiar for kart.",
        "The project is anchored with the head of the library department.",
        # a «not» in the leader's own clause
        "Kommunedirektøren er orientert, men har ikke tatt stilling.",
        "Prosjektet er ikke forankret hos rådmannen, men hos fagavdelingen.",
    ],
)
def test_a_plan_a_middle_manager_or_a_not_does_not_anchor(said: str) -> None:
    assert top_management(said).status.value == "warn"
