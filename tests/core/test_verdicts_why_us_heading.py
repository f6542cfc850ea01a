"""A heading that asks why the problem is («Hvorfor er det slik?», «Kvifor skjer dette?», «Why
does this matter?», «Hvorfor en app») is no part on why the applicant is best placed, however
long its text: its words must not carry «why us». A bare «Hvorfor …» followed by a name, «oss»,
«vi», the team or the partnership still is («Hvorfor Skatteetaten», «Kvifor oss», «Why this
team»). Each in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.sketch.sections import match_heading

from .test_verdicts_why_us import full, why_us


@pytest.mark.parametrize(
    "heading",
    [
        "2. Hvorfor er det slik?",
        "Hvorfor skjer dette?",
        "Hvorfor er problemet uløst?",
        "Hvorfor dette koster samfunnet mye",
        "Hvorfor en app",
        "Kvifor skjer dette?",
        "Kvifor kostar dette så mykje?",
        "Why does this matter?",
        "Why is there no solution yet?",
        "Why drones are needed",
    ],
)
def test_a_heading_asking_why_the_problem_is_is_no_why_us(heading: str) -> None:
    assert match_heading(heading) != "why-us"


@pytest.mark.parametrize(
    "heading",
    [
        "Hvorfor oss?",
        "4. Hvorfor Skatteetaten",
        "Hvorfor akkurat oss?",
        "Kvifor oss",
        "Kvifor Luster og Sogndal",
        "Kvifor er vi rette partnarskapet?",
        "Why us",
        "Why this team",
        "Why Tromsø?",
        "Why are we the right partnership?",
    ],
)
def test_a_heading_asking_why_the_applicant_is_why_us(heading: str) -> None:
    assert match_heading(heading) == "why-us"


CAUSE = {
    "nb": "## Hvorfor er det slik?\n\nDe som blir værende lenge i midlertidig bolig, har ofte gjeld og mangler nettverk. "
    "Saksbehandlingen tar lang tid, og oppfølgingen er svak fordi ansvaret er delt mellom NAV, helse og boligkontoret. "
    "Tilbyderne får betalt per døgn og har ingen grunn til å hjelpe folk videre. Vi har lang erfaring med at dette gir dårlige resultater.\n\n",
    "nn": "## Kvifor skjer dette?\n\nDei som blir buande lenge i mellombels bustad, har ofte gjeld og manglar nettverk. "
    "Sakshandsaminga tek lang tid, og oppfølginga er svak fordi ansvaret er delt mellom NAV, helse og bustadkontoret. "
    "Tilbydarane får betalt per døgn og har inga grunn til å hjelpe folk vidare. Vi har lang erfaring med at dette gjev dårlege resultat.\n\n",
    "en": "## Why does this happen?\n\nPeople who stay long in temporary housing often have debt and lack a network. "
    "Case handling takes a long time, and follow-up is weak because responsibility is split between NAV, health and the housing office. "
    "Providers are paid per night and have no reason to help people move on. We have long experience that this gives poor results.\n\n",
}
HOLLOW = {
    "nb": "## Hvorfor oss?\n\nPartnerskapet består av:\n\n- Fredrikstad kommune\n- Sarpsborg kommune\n- Hvaler kommune\n\nVi mener vi er godt egnet til å gjennomføre prosjektet.",
    "nn": "## Kvifor oss?\n\nPartnarskapet består av:\n\n- Voss herad\n- Ulvik herad\n- Eidfjord kommune\n\nVi meiner vi er godt eigna til å gjennomføre prosjektet.",
    "en": "## Why us?\n\nThe partnership consists of:\n\n- Fredrikstad Municipality\n- Sarpsborg Municipality\n- Hvaler Municipality\n\nWe believe we are well suited to carry out the project.",
}
ARGUED = {
    "nb": "## Hvorfor oss?\n\nFredrikstad kommune har drevet Norges største boligsosiale prøveprosjekt siden 2019, og vi har data om alle 400 opphold i midlertidig bolig de siste fem årene.",
    "nn": "## Kvifor oss?\n\nVoss herad har drive det største bustadsosiale prøveprosjektet i fylket sidan 2019, og vi har data om alle 400 opphald i mellombels bustad dei siste fem åra.",
    "en": "## Why us?\n\nFredrikstad Municipality has run Norway's largest social housing pilot since 2019, and we hold data on all 400 stays in temporary housing over the last five years.",
}


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_long_cause_part_does_not_carry_a_hollow_why_us(lang: str) -> None:
    assert why_us(full(lang, CAUSE[lang] + HOLLOW[lang])) != "pass"


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_cause_part_beside_an_argued_why_us_passes(lang: str) -> None:
    assert why_us(full(lang, CAUSE[lang] + ARGUED[lang])) == "pass"


@pytest.mark.parametrize(
    "heading",
    [
        "5. What we bring to the table",
        "What we bring",
        "Hva vi bidrar med",
        "Kva vi bidreg med",
        "4. Begrunnelse for at regionen er egnet som arena for partnerskapet",
        "Kvifor Voss er eigna som testarena",
        "6) Det vi har som andre ikke har",
        "Det vi har som andre ikkje har",
        "What we have that others don't have",
    ],
)
def test_a_heading_naming_what_the_applicant_brings_is_why_us(heading: str) -> None:
    # A heading that names what the applicants bring, what they have that others lack, or why
    # they suit as the arena is the part on why they are best placed.
    assert match_heading(heading) == "why-us"


@pytest.mark.parametrize(
    "heading",
    [
        "Hva partnerne bidrar med i budsjettet",
        "What the solution will bring",
        "Hvorfor er det slik?",
        "Hva vi vil oppnå",
    ],
)
def test_a_heading_on_what_others_bring_or_the_aim_is_no_why_us(heading: str) -> None:
    assert match_heading(heading) != "why-us"
