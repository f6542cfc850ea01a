"""Who takes part in the partnership, read as an evaluator reads it: a body marked in the partners'
field as still to be asked («Vennesla Municipality (to be asked)», «(skal spørjast)») is no partner
yet; a body named on a cost line of the budget («Evaluering (Nord universitet): 1 100 000 kr») is
paid for a task, even when another line of the block speaks of «partnerskapet»; and a standing
relationship that closes a list of what the applicant has («Vi har et eget team, en
korttidsavdeling og et godt samarbeid med Nord universitet») is no partner in this project.
Near misses: a body plainly listed as partner, or said to take part in the project, still counts."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .test_verdicts_partner_commitment import parties

TEXT = """# Rehabilitering heime

**Søker:** Bodø kommune

## Behov

Bodø kommune har 410 korttidsopphald i året, og 38 % av pasientane kjem tilbake innan 30 dagar (eigne tal).

## Hvorfor oss

{why}

## Budsjett

{budget}
"""


def collaboration(why: str, budget: str = "Prosjektleiing: 1 600 000 kr\nTotalt: 1 600 000 kr") -> tuple[list[str], str]:
    sketch = parse_sketch(TEXT.format(why=why, budget=budget))
    report = check_sketch(sketch)
    return [b.name for b in sketch.public_bodies], next(c for c in report.criteria if c.id == "public-collaboration").status.value


@pytest.mark.parametrize(
    "head",
    [
        "**Applicant:** Stiftelsen Trygg Alderdom\n**In cooperation with:** Kristiansand Municipality (letter of intent) and Vennesla Municipality (to be asked)",
        "**Søker:** Stiftelsen Trygg Alderdom\n**Samarbeidspartnere:** Kristiansand kommune (intensjonsavtale), Vennesla kommune (vil bli spurt)",
        "**Søkjar:** Stiftinga Trygg Alderdom\n**Partnarar:** Kristiansand kommune (intensjonsavtale), Vennesla kommune (skal spørjast)",
        "**Søker:** Stiftelsen Trygg Alderdom\n**Samarbeidspartnere:** Kristiansand kommune, Vennesla kommune (skal kontaktes)",
    ],
)
def test_a_body_still_to_be_asked_in_the_field_is_no_partner(head: str) -> None:
    names, status = parties(head)
    assert not any("Vennesla" in n for n in names), (head, names)
    assert status == "warn"


@pytest.mark.parametrize(
    "budget",
    [
        "Prosjektleder og koordinering: 2 700 000 kr\nFrikjøp av fysioterapeuter, ergoterapeuter og sykepleiere: 2 100 000 kr\nUtvikling med leverandører i partnerskapet: 7 000 000 kr\nEvaluering (Nord universitet): 1 100 000 kr",
        "Prosjektleiing, koordinering og rapportering: 2 700 000 kr\nUtvikling saman med leverandørane i partnarskapet: 7 000 000 kr\nEvaluering ved Nord universitet: 1,1 mill. kr",
        "Project management, coordination and reporting: NOK 2 700 000\nDevelopment with suppliers in the partnership: NOK 7 000 000\nEvaluation (Nord University): NOK 1 100 000",
    ],
)
def test_a_body_paid_on_a_cost_line_is_no_partner(budget: str) -> None:
    names, status = collaboration("Bodø har eit eige rehabiliteringsteam.", budget)
    assert not any("Nord" in n for n in names), (budget, names)
    assert status == "warn"


@pytest.mark.parametrize(
    "why",
    [
        "Vi har et eget rehabiliteringsteam, en korttidsavdeling med rehabiliteringsplasser og et godt samarbeid med Nord universitet.",
        "Vi har eit eige rehabiliteringsteam, ei korttidsavdeling og eit tett samarbeid med Nord universitet.",
        "We have our own rehabilitation team, a short-term ward and a long-standing collaboration with Nord University.",
    ],
)
def test_a_standing_relationship_closing_a_list_is_no_partner(why: str) -> None:
    names, status = collaboration(why)
    assert not any("Nord" in n for n in names), (why, names)
    assert status == "warn"


@pytest.mark.parametrize(
    "why",
    [
        "Prosjektet gjennomføres i samarbeid med Nord universitet og Saltdal kommune.",
        "Vi har eit eige rehabiliteringsteam, og i prosjektet har vi eit tett samarbeid med Nord universitet og Saltdal kommune.",
        "The project is carried out together with Nord University and Saltdal Municipality.",
    ],
)
def test_bodies_said_to_take_part_in_the_project_still_count(why: str) -> None:
    names, status = collaboration(why)
    assert len(names) >= 2, (why, names)
    assert status == "pass"


def test_a_partner_listed_with_its_share_in_the_partners_field_still_counts() -> None:
    names, status = parties("**Søker:** Stiftelsen Trygg Alderdom\n**Samarbeidspartnere:** Kristiansand kommune, Vennesla kommune")
    assert len(names) >= 2, names
    assert status == "pass"
