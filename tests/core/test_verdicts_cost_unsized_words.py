"""«Large public budget items»: size words are no size. «Store summer», «mye penger», «large
sums» read like the other cost words that name a cost without sizing it: with no figure of the
need anywhere, the verdict warns. So do a vague saving the project hopes for («kan spare kommunen
for flere titalls millioner»), counts that are not money («200 millioner ord», «antallet eldre
over 80 vil øke»), and a private applicant's own funding («We raised NOK 18 million»). Near
misses keep their pass: the same words beside an amount a year, a cost of millions of kroner
said as such, a saving sized against a cost that is sized."""

from __future__ import annotations

import pytest

from .cost_sketch import waiting_result



def verdict(need: str, applicant: str = "Bodø kommune") -> str:
    return waiting_result(need, applicant).status.value


UNSIZED = [
    # Size words taken for scale.
    "Psykiske lidingar kostar samfunnet store summar, og helsetenestene brukar mykje ressursar på akutte innleggingar.",
    "Kommunene bruker store summer på bostøtte og midlertidige boliger.",
    "Kommunen bruker mye penger på idrettshaller.",
    "Fylkeskommunen brukar mykje pengar på skyss.",
    "The municipalities spend large sums on temporary housing every year.",
    "Winter maintenance takes large amounts of public money.",
    # A vague saving is not the size of the need.
    "Vi anslår at bedre datadeling kan spare kommunen for flere titalls millioner kroner i året.",
    "Betre planlegging kan gi innsparingar på fleire millionar for kommunane.",
    "Better data sharing could save the county tens of millions a year.",
    # Counts that are not money.
    "Løsningen bygger på en språkmodell trent på over 200 millioner ord, og rettingen er tidkrevende.",
    "The service handles 3 million messages a year, and the costs are rising.",
    "Antallet eldre over 80 år vil øke med over 60 prosent fram mot 2040.",
    "Talet på eldre over 80 år vil doblast, og eldrebølgja kjem.",
    "The number of people over 80 will double by 2040.",
]


@pytest.mark.parametrize("need", UNSIZED)
def test_size_words_and_counts_with_no_figure_warn(need: str) -> None:
    assert verdict(need) == "warn", need


def test_a_private_applicants_own_funding_is_no_public_cost() -> None:
    need = "Snow clearing on walkways is costly. We raised NOK 18 million in a seed round in 2023."
    assert verdict(need, "Snøfnugg Robotics AS") == "warn"


@pytest.mark.parametrize(
    "need",
    [
        # The same words beside a figure of the need.
        "Kommunene bruker store summer på bostøtte, til sammen 84 mill. kr i 2024.",
        "Kommunen bruker mye penger på idrettshaller: 46 millioner kroner i året i drift.",
        "The municipalities spend large sums on temporary housing, NOK 120 million in 2025.",
        # Millions of kroner, and a saving sized against a sized cost.
        "Skoleskyssen koster fylkeskommunen flere hundre millioner kroner i året.",
        "Vinterdrifta kostar fylket 310 millionar kroner i året, og betre planlegging kan spare fleire millionar.",
        # The elderly counted beside the cost of their care.
        "Antallet eldre over 80 år vil øke, og pleie og omsorg koster kommunen 1,2 milliarder kroner i året.",
    ],
)
def test_size_words_beside_a_figure_pass(need: str) -> None:
    assert verdict(need) == "pass", need
