"""«Large public budget items» as evaluators read it: a need said to cost a great deal counts
whether or not it is sized in kroner («dyre tjenester», «store summer», «among the heaviest posts in
the budgets», «NOK 3 billion»); a need sized small (one round of signs, hours of one technician,
the value of equipment in four rooms, a small service shared by several bodies) does not."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.amounts import parse_amount
from assistant.core.sketch.document import parse_sketch

SKETCH = """# {title}

**Søker:** Bodø kommune
**Partnere:** Saltdal kommune, Fauske kommune

## Behov

Tjenestene henger dårlig sammen, og innbyggerne venter lenge på hjelp. {need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektledelse | 1 500 000 |
| Utviklingsfase | 3 000 000 |
| Sum | 4 500 000 |
"""


def verdict(need: str) -> tuple[str, str]:
    report = check_sketch(parse_sketch(SKETCH.format(title="Et behov", need=need)))
    c = next(c for c in report.criteria if c.id == "large-budget-items")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("text", "kroner"),
    [
        ("NOK 6 billion", 6_000_000_000),
        ("NOK 3 bn", 3_000_000_000),
        ("1,2 milliardar kr", 1_200_000_000),
        ("2 mrd. kr", 2_000_000_000),
    ],
)
def test_billions_are_read_as_billions(text: str, kroner: int) -> None:
    assert parse_amount(text) == kroner


@pytest.mark.parametrize(
    "need",
    [
        # Said costly without a figure, in bokmål, nynorsk and English.
        "Midlertidige boliger, sykehusinnleggelser og sosialhjelp er dyre tjenester for både kommunen og staten.",
        "Samla er dette dyre tenester som ikkje fungerer godt for pasientane.",
        "Kommunene bruker store summer på barnevern, oppfølgingstjeneste og rusbehandling for unge.",
        "Dei regionale utviklingsmidlane utgjer til saman store offentlege midlar kvart år.",
        "Dette er blant de tyngste postene i både kommunale og statlige budsjetter.",
        "Akutte innleggelser er ressurskrevende for både kommunen og sykehuset.",
        "Taken together, these are among the heaviest items in municipal and state budgets.",
        # Sized in billions, in English.
        "Public transport and school transport together cost the county more than NOK 3 billion a year.",
        "The transport package estimates investments of more than NOK 6 billion over the coming 15 years.",
    ],
)
def test_a_need_said_to_cost_a_great_deal_counts_without_a_figure(need: str) -> None:
    status, _ = verdict(need)
    assert status == "pass"


@pytest.mark.parametrize(
    "need",
    [
        # Near misses: «dyr» is an animal, «mye penger» on a side matter argues nothing.
        "Mange dyr i beiteområdet blir tatt av rovdyr hvert år.",
        "Det brukes mye penger på erstatning for tap, og appen kan spare mye tid.",
        "Mange ventar lenge, og det er eit dårleg tilbod.",
        "Many people wait too long, and the service is poor.",
    ],
)
def test_words_that_only_look_like_cost_do_not_count(need: str) -> None:
    status, message = verdict(need)
    assert status == "warn"
    assert "store offentlige budsjettposter" in message
