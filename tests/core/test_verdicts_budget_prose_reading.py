"""Budgets in prose, read as the sentence means them: money said NOT to be set aside for a purchase
keeps it out; the strain on public budgets in the need is no project budget; «til samlet 600 000 kr»
is one line's own sum; «partnerskapet vil koste 12,8 mill. kr» states the total."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

HEAD = "**Søker:** Bodø kommune\n\n"


def _verdict(text: str, criterion: str):
    return check_sketch(parse_sketch(HEAD + text)).criterion(criterion)


_TABLE = "## Budsjett\n\n| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 500 000 |\n| Frikjøp av ansatte | 1 200 000 |\n| Utprøving | 800 000 |\n| **Sum** | **3 500 000** |\n\n"


@pytest.mark.parametrize(
    "after",
    [
        "Det er ikke satt av midler til innføring av modellene i alle enheter etter prosjektet; det vil bli dekket av partnerne selv.",
        "Det er ikkje sett av pengar til innføring i alle einingar etter prosjektet.",
        "No funds have been set aside for rolling the model out to all units after the project.",
        "Innføringen i alle enhetene etter prosjektet vil bli betalt av kommunene selv.",
        "Roll-out to every unit after the project will be paid by the partners themselves.",
    ],
)
def test_money_said_not_to_be_set_aside_for_the_roll_out_keeps_it_out(after):
    result = _verdict(_TABLE + after + "\n", "budget-excludes-procurement")
    assert result.status.value == "pass", result.findings


@pytest.mark.parametrize(
    "after",
    [
        "I tillegg har vi satt av 2 000 000 kr til innføring av løsningen i alle enheter etter prosjektet.",
        "We have also set aside NOK 2 000 000 for roll-out of the solution to all units after the project.",
    ],
)
def test_near_miss_money_set_aside_for_the_roll_out_is_still_procurement(after):
    assert _verdict(_TABLE + after + "\n", "budget-excludes-procurement").status.value != "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Sykehuset registrerte 2 140 liggedøgn, og kommunene betalte til sammen i underkant av 11 mill. kr for disse døgnene. Reinnleggelser anslås til mellom 40 og 60 mill. kr i året. "
        "Samlet bruker kommunene nesten 540 mill. kr i året på pleie og omsorg. Det er selve kjernen i budsjettutfordringen til kommunene i årene som kommer.",
        "Sjukehuset registrerte 2 140 liggjedøgn, og kommunane betalte til saman nesten 11 mill. kr for desse døgna. Reinnleggingar er rekna til mellom 40 og 60 mill. kr i året. "
        "Samla bruker kommunane nær 540 mill. kr i året på pleie og omsorg. Det er sjølve kjernen i budsjettpresset til kommunane.",
        "The hospital recorded 2,140 bed days, and the municipalities paid a total of almost NOK 11 million for them. Readmissions are put at between NOK 40 and 60 million a year. "
        "In all, the municipalities spend almost NOK 540 million a year on care. This is the heart of their budget pressures in the years ahead.",
    ],
)
def test_the_strain_on_public_budgets_in_the_need_is_not_the_projects_budget(need):
    text = (
        f"{need}\n\nOm økonomien: Vi har beregnet et foreløpig budsjett på 3,5 mill. kr over tre år. "
        "Av dette går 1,5 mill. kr til prosjektledelse, 1,2 mill. kr til frikjøp av ansatte og 0,8 mill. kr til utprøving. "
        "Kjøp av ferdig løsning er ikke med i budsjettet.\n"
    )
    result = _verdict(text, "budget-present")
    assert result.status.value == "pass", result.findings
    assert "3 500 000" in result.findings[0].message
    procurement = _verdict(text, "budget-excludes-procurement")
    assert procurement.status.value == "pass", procurement.findings  # no «total 11 mill. vs lines 551 mill.»


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Vi anslår at partnerskapet vil koste 12,8 mill. kr over tre år. Av dette går 2,6 mill. kr til prosjektledelse og 1,9 mill. kr til frikjøp. "
         "Markedsdialog, dialogkonferanse og anskaffelsesfaglig bistand er satt til samlet 600 000 kroner, utviklingsfasen til 5 mill. kr, utprøving til 1,1 mill. kr og behovskartlegging og følgeforskning til 1,6 mill. kr.", "12 800 000"),
        ("Vi reknar med at partnarskapet vil koste 4 mill. kr. Av dette går 1,5 mill. kr til prosjektleiing, og marknadsdialog og dialogkonferanse til samla 500 000 kr og utprøving til 2 mill. kr.", "4 000 000"),
        ("We estimate the partnership will cost NOK 4 million. Of this, NOK 1.5 million goes to project management, NOK 0.5 million to market dialogue and NOK 2 million to testing.", "4 000 000"),
    ],
)
def test_a_lines_own_sum_is_not_the_total_and_the_partnerships_cost_is(sentence, total):
    result = _verdict(f"## Hva vil det koste?\n\n{sentence}\n", "budget-present")
    assert result.status.value == "pass", result.findings
    assert total in result.findings[0].message
