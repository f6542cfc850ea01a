"""A need said to be a large share of, or a large item in, a public body's budget is a large
budget item without a krone figure: «Helse og omsorg utgjør rundt 40 prosent av
kommunebudsjettet», «ein stor post i fylkesbudsjettet», «a third of the municipalities' net
operating spending», «one of the fastest-growing lines in school budgets». Near misses: a small
share («2 prosent av kommunebudsjettet»), a share of the project's own budget («30 prosent av
prosjektbudsjettet går til testing»), a share of a whole year's budget of a small body («nesten ein
tredel av eit heilt årsbudsjett»)."""

from __future__ import annotations

import pytest

from .cost_sketch import verdict


@pytest.mark.parametrize(
    ("need", "quote"),
    [
        ("Helse og omsorg utgjør rundt 40 prosent av kommunebudsjettet.", "40 prosent av kommunebudsjettet"),
        ("Helse og omsorg utgjer om lag ein tredjedel av budsjettet til kommunen.", "ein tredjedel av budsjettet til kommunen"),
        ("Health and care make up around 40 per cent of the municipal budget.", "40 per cent of the municipal budget"),
        ("Care services take more than a third of the municipalities' net operating spending.", "a third of the municipalities' net operating spending"),
        ("Skuleskyss er ein stor post i fylkesbudsjettet.", "stor post i fylkesbudsjettet"),
        ("School transport is a major item in the county budget.", "major item in the county budget"),
        ("Spesialundervisning er en av de raskest voksende postene i skolebudsjettene i hele landet.", "raskest voksende postene i skolebudsjettene"),
        ("Special education is one of the fastest-growing lines in school budgets nationwide.", "fastest-growing lines in school budgets"),
        ("Barnevern er ein aukande del av utgiftene til kommunane.", "aukande del av utgiftene til kommunane"),
        ("Sosialhjelp er en stor og voksende post i bydelenes budsjetter.", "voksende post i bydelenes budsjetter"),
    ],
)
def test_a_large_share_of_a_public_budget_is_a_large_item(need: str, quote: str) -> None:
    status, message = verdict(need)
    assert status == "pass", (need, message)
    assert quote in message


@pytest.mark.parametrize(
    "need",
    [
        "Biblioteket utgjør bare 2 prosent av kommunebudsjettet, men brukes av mange.",
        "Om lag 30 prosent av prosjektbudsjettet går til testing, og resten til utvikling av løysinga.",
        "Det kosta vassverket 230 000 kroner, som er nesten ein tredel av eit heilt årsbudsjett.",
        "A large share of the project budget will go to testing with the suppliers.",
    ],
)
def test_a_small_share_or_the_projects_own_budget_is_no_large_item(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn", (need, message)
