"""A private applicant (company, foundation, association) whose own board or CEO backs the
sketch is anchored with its own top management, whatever the body, unless the same part claims
the public partners' backing and says it only from below their top (support letters without
saying whose, «positive», a head of unit's letter of intent). When the same anchoring paragraph
says the public partners' leadership is only informed, will be asked, or will anchor it once
funded, the warning quotes that sentence. A partner's leader who has approved, signed or given
support anchors it. Bokmål, nynorsk, English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

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
    c = one_result(template.format(own=own, partner=partner), "top-management")
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
        # The partners named by what they are, not by name.
        (EN, "The sketch has been approved by the board and CEO of Fjordlys Analyse AS.", "Anchoring with the public partners will take place in the next phase.", "next phase"),
        (NB, "Styret i Vannvett Rådgivning AS har godkjent skissen.", "Forankring hos de offentlige partnerne skjer i neste fase.", "neste fase"),
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
        (NB, "Styret har vedtatt å søke.", "Kommunedirektørene i begge kommunene har sendt støttebrev."),
        (EN, "The board of Fjordlys Analyse AS approved the application.", "The chief executive of Trondheim Municipality has signed a letter of intent."),
    ],
)
def test_anchored_when_partners_leaders_back_it(template: str, own: str, partner: str) -> None:
    status, said = verdict(template, own, partner)
    assert status == "pass", said


@pytest.mark.parametrize(
    ("template", "own", "partner"),
    [
        (EN, "The board of Fjordlys Analyse AS approved the application.", "We will present results to the partners every quarter."),
        (NB, "Styret i Vannvett Rådgivning AS har vedtatt å søke.", ""),
    ],
)
def test_own_board_alone_anchors_it(template: str, own: str, partner: str) -> None:
    status, said = verdict(template, own, partner)
    assert status == "pass", said


@pytest.mark.parametrize(
    ("template", "own", "partner"),
    [
        (NB, "Styret i Vannvett Rådgivning AS har vedtatt å søke.", "Lillestrøm kommune og Nittedal kommune har sagt seg positive i møte."),
        # The bodies send letters, but the sketch does not say their top management stands behind it.
        (NB, "Styret har vedtatt å søke.", "Begge kommunene har sendt støttebrev."),
        (EN, "The board of Fjordlys Analyse AS approved the application.", "Trondheim Municipality's head of welfare technology has signed a letter of intent."),
    ],
)
def test_own_board_beside_public_backing_below_the_top_warns(template: str, own: str, partner: str) -> None:
    status, said = verdict(template, own, partner)
    assert status == "warn", said


HOSPITAL = """# Ventetid i BUP

**Søker:** Stiftelsen Nordlys Barnehelse
**Partnere:** Universitetssykehuset Nord-Norge HF (UNN), Tromsø kommune

## Behov

Barn venter i snitt 62 dager på første samtale i BUP, og kommunene og sykehuset bruker store summer på tiltak som kommer for sent.

## Forankring

Stiftelsens styre har vedtatt søknaden. {partner}
"""


@pytest.mark.parametrize(
    "partner",
    [
        # A partner known by its acronym, its chief said to back it.
        "Klinikksjefen ved UNN er orientert og positiv. Administrerende direktør ved UNN har gitt sin tilslutning.",
        "The chief executive of UNN has approved the sketch.",
        # Signed, in nynorsk, beside another body only informed.
        "Kommunedirektøren i Tromsø har skrive under på at kommunen deltek, og fylkeskommunen ved seksjon for helse er orientert.",
        "Kommunedirektøren i Tromsø har skrevet under på at kommunen deltar.",
    ],
)
def test_a_partners_chief_named_by_acronym_or_who_signed_anchors_it(partner: str) -> None:
    status, said = verdict(HOSPITAL, "", partner)
    assert status == "pass", said


@pytest.mark.parametrize(
    "partner",
    [
        "Klinikksjefen ved UNN er orientert og positiv.",
        "Administrerende direktør ved UNN vil få skissen til behandling etter at den er sendt.",
        "Kommunedirektøren i Tromsø skal skrive under når prosjektet er bevilget.",
    ],
)
def test_a_partners_chief_only_told_or_to_sign_later_leaves_it_open(partner: str) -> None:
    status, said = verdict(HOSPITAL, "", partner)
    assert status == "warn", said
