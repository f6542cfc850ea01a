"""An entry in a sketch's table of contents («3. Organisering og forankring», «6. Anchoring»)
names the part on anchoring; it says nothing of who backs the project. The verdict rests on what
the part itself says. Near misses: a list item that says a leader has backed it («- Styret har
godkjent skissen», «- Forankret hos kommunedirektøren») still anchors it."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Støy i byen

**{applicant_key}:** Drammen kommune
**{partners_key}:** Lier kommune, Buskerud fylkeskommune

## {contents}

{entries}

## 1. Behov

Støy rammer 40 000 innbyggere i Drammen (Miljødirektoratet 2023), og koster samfunnet 20 milliarder kroner i året (TØI-rapport 2021).

## {part}

{anchoring}
"""

NB = dict(applicant_key="Søker", partners_key="Partnere", contents="Innhold", part="3. Organisering og forankring")
NN = dict(applicant_key="Søkjar", partners_key="Partnarar", contents="Innhald", part="3. Organisering og forankring")
EN = dict(applicant_key="Applicant", partners_key="Partners", contents="Contents", part="3. Organisation and anchoring")


def top_management(lang: dict, entries: str, anchoring: str) -> str:
    return one_result(SKETCH.format(entries=entries, anchoring=anchoring, **lang), "top-management").status.value


@pytest.mark.parametrize(
    ("lang", "entries", "anchoring"),
    [
        (NB, "1. Behov\n2. Løsning\n3. Organisering og forankring\n4. Budsjett", "Prosjektleder er seksjonsleder for miljø i Drammen kommune."),
        (NB, "- Behov\n- Organisering og forankring\n- Budsjett", "Prosjektet ledes av en prosjektgruppe med fagfolk fra de tre partnerne."),
        (NN, "1. Behov\n2. Forankring og organisering\n3. Budsjett", "Prosjektleiar er seksjonsleiar for miljø i Drammen kommune."),
        (EN, "1. Need\n2. Organisation and anchoring\n3. Budget", "The project is led by the head of the environment section."),
        (EN, "1. Need\n2. Anchoring with top management\n3. Budget", "A project group of specialists from the three partners runs the work."),
    ],
)
def test_a_contents_entry_naming_the_part_is_no_anchoring(lang: dict, entries: str, anchoring: str):
    assert top_management(lang, entries, anchoring) == "warn"


@pytest.mark.parametrize(
    ("lang", "entries", "anchoring"),
    [
        (NB, "1. Behov\n2. Organisering og forankring", "Kommunedirektøren har godkjent skissen."),
        (NB, "1. Behov\n2. Organisering og forankring", "- Styret i Drammen Eiendom KF har godkjent skissen\n- Forankret hos kommunedirektøren i Drammen"),
        (NN, "1. Behov\n2. Forankring", "- Kommunedirektøren har godkjent skissa\n- Fylkesdirektøren stiller seg bak"),
        (EN, "1. Need\n2. Anchoring", "- Approved by the chief municipal executive\n- Anchored in the county director's management group"),
    ],
)
def test_a_list_item_that_says_a_leader_backs_it_still_anchors(lang: dict, entries: str, anchoring: str):
    assert top_management(lang, entries, anchoring) == "pass"
