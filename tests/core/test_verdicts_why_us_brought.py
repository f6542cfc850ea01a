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
