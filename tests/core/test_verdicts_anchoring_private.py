"""A private applicant (company, foundation, association) whose own board or CEO backs the
sketch is anchored with its own top management. But when the same anchoring paragraph says the
public partners' leadership is only informed, will be asked, or will anchor it once funded, the
public anchoring the call asks for is still open: warn, quoting that sentence. A partner's
leader who has approved, signed or given support leaves it standing. Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

NB = """# Overvann i Romerike

**Søker:** Vannvett Rådgivning AS
**Partnere:** Lillestrøm kommune, Nittedal kommune

## Behov

Kraftig regn gir stadig flere oversvømte kjellere i Lillestrøm og Nittedal, og skadene koster kommunene og innbyggerne mange millioner kroner hvert år.

## Forankring

{own} {partner}
"""

EN = """# Hospital beds

**Applicant:** Fjordlys Analyse AS
**Partners:** St. Olavs hospital HF, Trondheim Municipality

## Need

Every day patients who are ready to be discharged wait in hospital beds because the municipality has no place for them, which costs the municipalities and the hospital large sums every year.

## Anchoring

{own} {partner}
"""


def verdict(template: str, own: str, partner: str) -> tuple[str, str]:
    report = check_sketch(parse_sketch(template.format(own=own, partner=partner)))
    c = next(c for c in report.criteria if c.id == "top-management")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("template", "own", "partner", "quoted"),
    [
        (NB, "Styret i Vannvett Rådgivning AS har vedtatt å søke.", "Kommunene vil forankre deltakelsen internt når prosjektet er bevilget.", "når prosjektet er bevilget"),
        (NB, "Daglig leder er prosjekteier, og styret står bak skissen.", "Kommunedirektørene i Lillestrøm og Nittedal vil bli orientert før oppstart.", "før oppstart"),
        (NB, "Prosjektet er godkjent av styret og daglig leder.", "Lillestrøm kommune er orientert på administrativt nivå og er positiv.", "administrativt nivå"),
        (NB, "Styret i selskapet har godkjent skissa.", "Kommunane vil bli bedne om formell tilslutnad dersom skissa går vidare.", "dersom skissa går vidare"),
        (EN, "The CEO of Fjordlys Analyse AS has approved the application.", "The director of the medical clinic at St. Olavs has been informed and supports the idea.", "has been informed"),
        (EN, "Our board decided unanimously to submit the sketch.", "The municipalities will be asked to join once the project is funded.", "will be asked"),
        (EN, "The managing director backs the sketch.", "Trondheim has been briefed at officer level.", "officer level"),
    ],
)
def test_own_anchoring_with_public_leadership_still_open_warns(template: str, own: str, partner: str, quoted: str) -> None:
    status, said = verdict(template, own, partner)
    assert status == "warn"
    assert quoted in said


@pytest.mark.parametrize(
    ("template", "own", "partner"),
    [
        (NB, "Styret i Vannvett Rådgivning AS har vedtatt å søke.", "Kommunedirektøren i Lillestrøm har godkjent deltakelsen."),
        (NB, "Styret har vedtatt å søke.", "Kommunedirektørane i Lillestrøm og Nittedal har skrive under på at kommunane deltek."),
        (NB, "Styret har vedtatt å søke.", "Kommunedirektøren i Nittedal er orientert. Rådmannen i Lillestrøm har gitt sin tilslutning."),
        (NB, "Styret har vedtatt å søke.", "Begge kommunene har sendt støttebrev."),
        (EN, "The board of Fjordlys Analyse AS approved the application.", "The chief executive of Trondheim Municipality has signed a letter of intent."),
        (EN, "The board of Fjordlys Analyse AS approved the application.", "We will present results to the partners every quarter."),
        (NB, "Styret i Vannvett Rådgivning AS har vedtatt å søke.", ""),
    ],
)
def test_own_anchoring_stands_when_partners_back_it_or_are_not_said_to_wait(template: str, own: str, partner: str) -> None:
    status, said = verdict(template, own, partner)
    assert status == "pass", said
