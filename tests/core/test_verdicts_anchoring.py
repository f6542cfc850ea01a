"""Anchoring with top management read as applicants say it: who (kommunedirektør, leiargruppa,
statsforvaltaren, the chief municipal executives) and how (godkjent, støtter, confirmed), and
where it is in doubt: a general noun that only names a body («the Norwegian Board of Health
Supervision»), and the applicant's own chief said to be only informed or not yet asked."""

from __future__ import annotations

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result

SKETCH = """# Felles digitale bibliotektenester

**Søker:** Fredrikstad kommune
**Partnere:** Sarpsborg kommune, Østfold fylkeskommune

## Behov

Biblioteka i Østfold har 40 prosent færre besøkande enn i 2015 (Nasjonalbiblioteket, bibliotekstatistikk 2023).

## Forankring

{anchoring}
"""


def top_management(anchoring: str):
    return one_result(SKETCH.format(anchoring=anchoring), "top-management")


def test_chiefs_who_support_or_approve_anchor_the_project_in_any_wording():
    for said in (
        "Kommunedirektørene i begge kommuner og fylkesdirektøren for kultur støtter prosjektet.",
        "The municipal director and the executive director for health and welfare support the project.",
        "The chief municipal executives of Fredrikstad and Sarpsborg have approved the sketch.",
        "Statsforvaltaren i Vestland og statsforvaltaren i Rogaland har begge godkjent skissa.",
        "Skissa er handsama i leiargruppa og godkjend av kommunedirektøren.",
        "Kommunalsjefene for kultur har signert intensjonsbrevene, og kommunedirektøren står bak.",
    ):
        assert top_management(said).status.value == "pass", said


def test_a_general_noun_that_only_names_a_body_is_no_anchoring():
    verdict = top_management(
        "The Norwegian Board of Health Supervision has pointed out the problem. "
        "This sketch has been prepared by the project group together with colleagues in the partner municipalities."
    )
    assert verdict.status.value == "warn"
    assert top_management("The board has approved the application.").status.value == "pass"


def test_the_applicants_own_chief_only_informed_or_not_yet_asked_warns_and_quotes_it():
    informed = top_management("Kommunedirektøren er orientert. Fylkesdirektøren i Østfold støtter prosjektet.")
    assert informed.status.value == "warn"
    assert any("Kommunedirektøren er orientert" in f.message for f in informed.findings)
    not_yet = top_management("Kommunalsjef for kultur har godkjent skissen. Saken er ennå ikke lagt fram for rådmannen.")
    assert not_yet.status.value == "warn"


def test_a_partners_chief_only_informed_leaves_the_applicants_approval_standing():
    verdict = top_management("Kommunedirektøren i Fredrikstad har godkjent skissa. Kommunedirektøren i Sarpsborg er orientert og positiv.")
    assert verdict.status.value == "pass"


def test_two_offices_of_the_county_governor_are_two_public_bodies_and_one_office_is_one():
    from assistant.core.sketch.document import parse_sketch as parse

    two = parse("**Søkjar:** Statsforvaltaren i Vestland\n**Partnar:** Statsforvaltaren i Rogaland\n\n## Behov\n\nTekst.\n")
    assert [p.name for p in two.partners] == ["Statsforvaltaren i Rogaland"]
    assert len(two.public_bodies) == 2
    same = parse("**Søker:** Statsforvalteren i Vestland\n**Partner:** Statsforvaltaren i Vestland\n\n## Behov\n\nTekst.\n")
    assert same.partners == [] and len(same.public_bodies) == 1
    trust = parse("**Søker:** Sykehuset i Vestfold\n**Partner:** Sykehuset i Vestfold HF, Tønsberg kommune\n\n## Behov\n\nTekst.\n")
    assert [p.name for p in trust.partners] == ["Tønsberg kommune"]


def test_a_need_said_in_costs_that_grow_and_stores_that_are_full_is_described_under_any_heading():
    text = (
        "# Magasin for framtida\n\n**Søkjar:** Bergen kommune\n**Partnar:** Vestland fylkeskommune\n\n## Kva handlar dette om?\n\n"
        "Samlingane veks, magasina er fulle, og det kostar meir og meir å halde rett temperatur. "
        "Om lag 40 prosent av musea seier at magasina ikkje held tilfredsstillande standard (Kulturrådet, 2023). "
        "Gjenstandar, fotografi og papir toler ikkje svingingar, og mange magasin går difor med klimaanlegg heile døgnet, "
        "heile året. Berre på Vestlandet står det meir enn 2 millionar gjenstandar i lokale som ikkje er bygde for formålet, "
        "og energikostnadene har meir enn dobla seg sidan 2021.\n"
    )
    report = check_sketch(parse_sketch(text))
    assert next(c for c in report.criteria if c.id == "need-described").status.value == "pass"


def test_the_reasons_for_the_choice_of_partners_are_the_why_us_part():
    from assistant.core.sketch.sections import match_heading

    assert match_heading("4. Begrunnelse for valg av samarbeidskonstellasjon") == "why-us"


# ---------------------------------------------------------------- a private applicant's own leadership

PRIVATE = """# Trygg havn

**Søker:** {applicant}

## Behov

Havnene i regionen har 40 prosent flere anløp enn i 2015 (Kystverket, 2023).

## Forankring

{anchoring}
"""


def private_anchoring(applicant: str, anchoring: str):
    return one_result(PRIVATE.format(applicant=applicant, anchoring=anchoring), "top-management")


def test_a_private_applicants_own_board_or_chief_anchors_it_and_the_finding_says_whose():
    for applicant, said in (
        ("Havneteknikk Nord AS", "Styret i selskapet har vedtatt å søke, og daglig leder er prosjektansvarlig."),
        ("Stiftinga Kystbarn", "Dagleg leiar og styret i stiftinga står bak skissa."),
        ("Nordic Harbour Advisors AS", "The board and the CEO of Nordic Harbour Advisors AS have approved the sketch."),
        ("Fjordtun Montessoriskole", "Rektor og styret har godkjent søknaden."),
        ("Nordic Urban Advisory AS", "Our managing partner has approved the submission."),
        # Its own board called «top management» is still its own.
        ("Havneteknikk Nord AS", "Skissen er forankret i toppledelsen vår: styret behandlet skissen i styremøte 14. august."),
        ("Stiftelsen Kystbarn", "Prosjektet er vedtatt av stiftelsens toppledelse – styret – i styremøte 18. februar."),
        ("Stiftinga Kystbarn", "Styret i stiftinga er toppleiinga vår og har vedteke skissa."),
        ("Arctic Meals Foundation", "The board, the foundation's top management, has unanimously approved the sketch."),
    ):
        verdict = private_anchoring(applicant, said)
        assert verdict.status.value == "pass", said
        assert any(applicant in f.message and "«" in f.message for f in verdict.findings), said


def test_a_private_applicant_is_anchored_when_a_public_bodys_leader_or_council_backs_it():
    for said in (
        "Styret i Havneteknikk Nord AS har vedtatt å søke. Kommunedirektøren i Bodø har gitt skriftleg tilslutning.",
        "Dagleg leiar står bak skissa, og kommunedirektørane i Vefsn og Hemnes har signert intensjonsavtalar.",
        "Our board has approved the sketch, and the chief municipal executive of Bodø has signed a letter of support.",
        "Formannskapet i Bodø vedtok 3. mars å delta i prosjektet, og styret i selskapet har godkjent søknaden.",
    ):
        assert private_anchoring("Havneteknikk Nord AS", said).status.value == "pass", said


def test_a_private_applicants_leadership_only_planned_informed_named_or_below_the_top_warns():
    for said in (
        "Prosjektet skal forankres i styret etter at skissen er sendt.",
        "Styret skal behandle søknaden senere.",
        "The board will be asked to approve the application later.",
        "Daglig leder er orientert.",
        "Dagleg leiar er informert og positiv.",
        "**Daglig leder:** Kari Nordmann",
        "Avdelingsleder for salg har godkjent skissen.",
        "Daglig leder vil forankre prosjektet i styret før oppstart.",
    ):
        assert private_anchoring("Havneteknikk Nord AS", said).status.value == "warn", said


def test_planned_anchoring_with_a_public_chief_still_warns():
    for said in (
        "Prosjektet skal forankres hos kommunedirektøren i løpet av våren.",
        "Skissa skal leggjast fram for kommunedirektøren i mars.",
        "The sketch will be approved by the chief municipal executive in March.",
    ):
        assert top_management(said).status.value == "warn", said
