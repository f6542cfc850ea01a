"""What the partnership brings with it is argued wherever its part stands and however it is worded.

A heading that says what the applicants bring («Det vi tar med oss inn», «Kva vi tek med oss inn i
partnarskapet», «Hva gjør oss til de rette?», «What makes us the right partners») is the part on
why they are best placed; one that asks what makes them weak («Hva gjør oss sårbare») is not. A
length of experience counted in years («ti års erfaring med utleie til denne gruppen», «forty years
of experience with …») is a fact that can be checked, where «lang erfaring med …» only claims; a
unit of one's own is one in bokmål too («en egen innovasjonsenhet»); records kept back to a year
(«climate accounts per site going back to 2019», «måledata tilbake til 2015») are data held. Each
in bokmål, nynorsk and English, with near misses that keep their verdict."""

from __future__ import annotations

import pytest

from assistant.core.sketch.sections import match_heading

from .test_verdicts_why_us_concrete import verdict


@pytest.mark.parametrize(
    "heading",
    [
        "4. Det vi tar med oss inn",
        "Det vi tek med oss",
        "Kva vi tek med oss inn i partnarskapet",
        "Dette har vi med oss",
        "Hva gjør oss til de rette?",
        "Kva gjer oss til rett partnarskap?",
        "What makes us the right partners",
        "What makes us best placed",
    ],
)
def test_a_heading_on_what_the_applicants_bring_is_why_us(heading: str) -> None:
    assert match_heading(heading) == "why-us"


@pytest.mark.parametrize(
    "heading",
    ["Hva gjør oss sårbare", "Kva gjer vi no?", "What makes this hard?", "Hva vi har prøvd", "What we have tried"],
)
def test_a_heading_on_what_weakens_or_what_was_tried_is_no_why_us(heading: str) -> None:
    assert match_heading(heading) != "why-us"


@pytest.mark.parametrize(
    ("heading", "why", "quoted"),
    [
        # experience counted in years, tied to what is done
        ("Hvorfor oss", "Stiftelsen har ti års erfaring med utleie til denne gruppen.", "erfaring med utleie"),
        ("Kvifor oss", "Laget har 25 års røynsle med drift av småbåthamner i fjorden.", "røynsle med drift"),
        ("Why us", "The trust has forty years of experience with retrieving lost fishing gear.", "experience with retrieving"),
        # a unit of one's own, in bokmål
        ("Hvorfor oss", "Kommunen har en egen innovasjonsenhet og et velferdsteknologiteam.", "egen innovasjonsenhet"),
        ("Hvorfor oss", "Vi har egne sensorer i alle pumpestasjonene.", "egne sensorer"),
        # records kept back to a year
        ("Why us", "Both agencies have climate accounts per site going back to 2019.", "going back to 2019"),
        ("Kvifor oss", "Vi har driftsloggar for alle anlegga tilbake til 2015.", "tilbake til 2015"),
    ],
)
def test_a_counted_or_held_reason_passes(heading: str, why: str, quoted: str) -> None:
    status, message = verdict(heading, why)
    assert status == "pass", (why, message)
    assert quoted in message, message


@pytest.mark.parametrize(
    ("heading", "why"),
    [
        # the same sentences with the count or the holding taken out only claim
        ("Hvorfor oss", "Stiftelsen har lang erfaring med utleie til denne gruppen."),
        ("Kvifor oss", "Laget har brei røynsle med drift av småbåthamner."),
        ("Why us", "The trust has long experience with retrieving lost fishing gear."),
        ("Hvorfor oss", "Kommunen har en sterk innovasjonskultur og engasjerte ansatte."),
        ("Why us", "Both agencies have ambitious climate goals and go back a long way."),
    ],
)
def test_the_same_without_a_count_or_holding_warns(heading: str, why: str) -> None:
    status, message = verdict(heading, why)
    assert status == "warn", (why, message)


FIRM_SKETCH = """# Skisse

**Søker:** {applicant}

## Behov

Elever med særskilde behov venter for lenge på skyss om morgonen, og foreldra ringer skulen
kvar veke. Ordninga i dag er tungvinn, og ingen har oversikt over kva som går gale for kven.

## {heading}

{why} Prosjektet skal følges opp av en styringsgruppe som møtes jevnlig gjennom hele perioden.

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""


def firm_verdict(applicant: str, heading: str, why: str) -> tuple[str, str]:
    from assistant.core.judging.engine import check_sketch
    from assistant.core.sketch.document import parse_sketch

    report = check_sketch(parse_sketch(FIRM_SKETCH.format(applicant=applicant, heading=heading, why=why)))
    c = next(c for c in report.criteria if c.id == "why-us")
    return c.status.value, " ".join(f.message for f in c.findings)


# A company's own track record, said of itself: its experience, what it has delivered, whom it knows.
FIRM_PITCH = [
    ("Fjellkraft Rådgivning AS", "Hvorfor oss", "Vi har erfaring fra over 60 oppdrag for kommuner og har levert 300 energivurderinger. Vi kjenner kommunene godt."),
    ("Fjordklima Rådgjeving AS", "Kvifor oss", "Fjordklima har røynsle frå over 20 ferjeprosjekt og kjenner både reiarlaga og fylkeskommunen."),
    ("Fjordvik Analytics AS", "Why us", "We have worked with three health trusts since 2021 and have the data, the models and the relationships."),
]


@pytest.mark.parametrize(("applicant", "heading", "why"), FIRM_PITCH)
def test_a_companys_own_track_record_warns(applicant: str, heading: str, why: str) -> None:
    status, message = firm_verdict(applicant, heading, why)
    assert status == "warn", (why, message)


@pytest.mark.parametrize(("applicant", "heading", "why"), FIRM_PITCH)
def test_the_same_track_record_from_a_public_body_still_argues(applicant: str, heading: str, why: str) -> None:
    status, message = firm_verdict("Hol kommune", heading, why)
    assert status == "pass", (why, message)


@pytest.mark.parametrize(
    ("heading", "why", "quoted"),
    [
        # data told, assets built and held, a neutral role, the partners' own reasons
        ("Hvorfor oss", "Vi har data fra 42 vinterdriftskontrakter i fylket.", "data fra 42"),
        ("Hvorfor oss", "Vi kjenner hver trasé og har bygget 1 300 km fiber i området siden 2016.", "siden 2016"),
        ("Why us", "We have no commercial interests in the solutions and can convene the partners.", "no commercial interests"),
        ("Kvifor oss", "Hol og Ål kommune har drive felles skuleskyss sidan 2018.", "sidan 2018"),
    ],
)
def test_a_company_with_data_assets_or_partners_reasons_passes(heading: str, why: str, quoted: str) -> None:
    status, message = firm_verdict("Vegplan Rådgivning AS", heading, why)
    assert status == "pass", (why, message)
    assert quoted in message, message


ELSEWHERE_SKETCH = """# Skisse

**Søker:** Hamar kommune

## Behov

Elever med særskilde behov venter for lenge på skyss om morgonen, og foreldra ringer skulen
kvar veke. Ordninga i dag er tungvinn, og ingen har oversikt over kva som går gale for kven.

## {partners}

{elsewhere}

## {heading}

{claims}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""

# A part of its own that only claims (size, praise, «lang erfaring»).
CLAIMS = {
    "nb": ("Samarbeidspartnere", "Hvorfor oss", "Vi er tre kommuner med over 90 000 innbyggere. Vi har gode fagmiljøer og engasjerte ansatte, og vi er godt rustet til å lede arbeidet."),
    "nn": ("Samarbeidspartnarar", "Kvifor oss", "Vi er tre kommunar med over 90 000 innbyggjarar. Vi har gode fagmiljø og engasjerte tilsette, og vi er godt rusta til å leie arbeidet."),
    "en": ("Partners", "Why us", "We are three municipalities with over 90 000 residents. We have strong professional teams and engaged staff, and we are well placed to lead the work."),
}


def elsewhere_verdict(lang: str, elsewhere: str) -> tuple[str, str]:
    from assistant.core.judging.engine import check_sketch
    from assistant.core.sketch.document import parse_sketch

    partners, heading, claims = CLAIMS[lang]
    text = ELSEWHERE_SKETCH.format(partners=partners, heading=heading, claims=claims, elsewhere=elsewhere)
    c = next(c for c in check_sketch(parse_sketch(text)).criteria if c.id == "why-us")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("lang", "elsewhere"),
    [
        ("nb", "Hamar, Løten og Stange har de samme utfordringene og et godt nettverk."),
        ("nn", "Hamar, Løten og Stange har dei same utfordringane og eit godt nettverk."),
        ("en", "Hamar, Løten and Stange share the same challenges and a good network."),
    ],
)
def test_words_elsewhere_do_not_redeem_a_part_of_claims(lang: str, elsewhere: str) -> None:
    status, message = elsewhere_verdict(lang, elsewhere)
    assert status == "warn", (elsewhere, message)


@pytest.mark.parametrize(
    ("lang", "elsewhere"),
    [
        ("nb", "Hamar, Løten og Stange har data fra all skoleskyss siden 2019."),
        ("nn", "Hamar, Løten og Stange har data frå all skuleskyss sidan 2019."),
        ("en", "Hamar, Løten and Stange have data on all school transport since 2019."),
    ],
)
def test_a_reason_elsewhere_still_argues(lang: str, elsewhere: str) -> None:
    status, message = elsewhere_verdict(lang, elsewhere)
    assert status == "pass", (elsewhere, message)
