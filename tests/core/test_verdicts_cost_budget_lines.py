"""«Large public budget items» are not read from the sketch's own budget. A sketch whose parts are
under plain lines the checker does not know as headings («Utfordring», «Budsjett (tentativt)»)
still has its budget read from its lines; those lines (the project's costs, «Sum: 6,5 mill. kr»)
size no need, so a need that only says «Koster samfunnet mye» warns as before. Near misses that
must stay a pass: the same sketch when its need sizes the cost in millions a year, and a budget
under a heading the checker knows (its lines were never read for the need)."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

PLAIN = """Skisse: {title}

- Søker: Drammen kommune
- Partnere: Lier kommune, Buskerud fylkeskommune

{need_head}
{need}

{budget_head}
- {lead}: 1,2 mill.
- {dev}: 4 mill.
- {eval}: 0,3 mill.
- Sum: 6,5 mill. kr
"""

WORDS = {
    "nb": dict(title="Unge utenfor arbeid", need_head="Utfordring", budget_head="Budsjett (tentativt)", lead="Prosjektleder", dev="Utvikling med bedrifter", eval="Evaluering"),
    "nn": dict(title="Unge utanfor arbeid", need_head="Utfordring", budget_head="Budsjett (tentativt)", lead="Prosjektleiar", dev="Utvikling saman med bedrifter", eval="Evaluering"),
    "en": dict(title="Young people outside work", need_head="Challenge", budget_head="Tentative budget", lead="Project manager", dev="Development with companies", eval="Evaluation"),
}

UNSIZED = {
    "nb": "- Mange unge står utenfor arbeid og utdanning\n- Problemet har økt de siste årene\n- Koster samfunnet mye",
    "nn": "- Mange unge står utanfor arbeid og utdanning\n- Problemet har auka dei siste åra\n- Kostar samfunnet mykje",
    "en": "- Many young people are outside work and education\n- The problem has grown in recent years\n- Costs society a lot",
}

SIZED = {
    "nb": "- Mange unge står utenfor arbeid og utdanning\n- Kommunen bruker om lag 90 mill. kr i året på sosialhjelp til unge under 30",
    "nn": "- Mange unge står utanfor arbeid og utdanning\n- Kommunen brukar om lag 90 mill. kr i året på sosialhjelp til unge under 30",
    "en": "- Many young people are outside work and education\n- The municipality spends about NOK 90 million a year on social assistance for people under 30",
}


def verdict(text: str) -> tuple[str, str]:
    c = one_result(text, "large-budget-items")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_the_budget_read_from_plain_lines_sizes_no_need(lang: str) -> None:
    status, said = verdict(PLAIN.format(need=UNSIZED[lang], **WORDS[lang]))
    assert status == "warn", said
    assert "6,5" not in said and "4 mill" not in said, said


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_a_need_sized_in_millions_beside_such_a_budget_still_passes(lang: str) -> None:
    status, said = verdict(PLAIN.format(need=SIZED[lang], **WORDS[lang]))
    assert status == "pass", said
    assert "90" in said, said


def test_a_budget_under_a_known_heading_is_left_out_as_before() -> None:
    text = PLAIN.format(need=UNSIZED["nb"], **WORDS["nb"]).replace("Utfordring\n", "## Utfordring\n").replace("Budsjett (tentativt)\n", "## Budsjett\n")
    status, said = verdict(text)
    assert status == "warn", said
