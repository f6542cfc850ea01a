"""Innovasjon Norge is the call's own funder and evaluator. Named in prose (it clarifies, grants,
relieves risk, or will see the results) it is not a partner, so a lone applicant stays alone;
listed in the partners' field it still counts. Bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

HEAD = "# Rehabilitering etter slag\n\n**Søker:** Kristiansund kommune\n{partners}\n## Behov\n\nFor mange slagpasienter blir liggende på korttidsplass fordi det mangler et godt tilbud for rehabilitering hjemme.\n\n## Organisering og samarbeid\n\n{prose}\n"


def collaboration(partners: str, prose: str) -> str:
    return one_result(HEAD.format(partners=partners, prose=prose), "public-collaboration").status.value


@pytest.mark.parametrize(
    "prose",
    [
        "Saken vil bli lagt fram for kommunedirektøren når det foreligger en avklaring fra Innovasjon Norge i samarbeid med fagrådet.",
        "Prosjektet er tenkt finansiert med eigeninnsats og risikoavlastning frå Innovasjon Norge, i samarbeid med fagmiljøet vårt.",
        "We will report results in collaboration with our own staff so that Innovation Norway can see whether the goals are met.",
    ],
)
def test_the_calls_funder_named_in_prose_is_no_partner(prose: str) -> None:
    assert collaboration("", prose) != "pass"


@pytest.mark.parametrize(
    ("partners", "prose"),
    [
        ("**Partnere:** Averøy kommune, Innovasjon Norge\n", "Vi samarbeider tett med begge."),
        ("", "Prosjektet gjennomføres i samarbeid med Molde kommune, og Innovasjon Norge gir risikoavlastning."),
        ("**Partners:** Innovation Norway\n", "We work together with them on the dialogue."),
    ],
)
def test_a_public_partner_still_counts_beside_the_funder(partners: str, prose: str) -> None:
    assert collaboration(partners, prose) == "pass"
