"""The two budget gates read one budget: the one the sketch's parse builds. A tentative budget of
one sum in prose, with the contact after it on its own line or on the same one, or written in
words («om lag seks millioner kroner»), is read by budget-present and budget-excludes-procurement
alike; neither may call it «no budget» while the other judges it."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

HEAD = {
    "nb": "# Skisse: Smartere brøyting\n\n**Søker:** Hamar kommune\n\n## Behov\n\nRuteplanleggingen for brøyting er manuell og treg, og kommunen bruker mye tid på den.\n\n",
    "nn": "# Skisse: Smartare brøyting\n\n**Søkjar:** Volda kommune\n\n## Behov\n\nRuteplanlegginga for brøyting er manuell og treg, og kommunen brukar mykje tid på ho.\n\n",
    "en": "# Sketch: Smarter snow clearing\n\n**Applicant:** Hamar Municipality\n\n## Need\n\nRoute planning for snow clearing is manual and slow, and the municipality spends much time on it.\n\n",
}

CASES = [
    ("nb", "## Budsjett\n\nVi anslår at prosjektet vil koste om lag seks millioner kroner over tre år.\nKontaktperson: Kari Nordmann, kari.nordmann@hamar.kommune.no, tlf. 916 23 456\n", 6_000_000),
    ("nn", "## Budsjett\n\nProsjektet har eit tentativt budsjett på om lag fire og ein halv million kroner.\n\nKari Nordmann, prosjektleiar, kari.nordmann@volda.kommune.no, 916 23 456\n", 4_500_000),
    ("en", "## Budget\n\nWe estimate the project at about six million kroner over three years.\nContact: Kari Nordmann, kari.nordmann@hamar.kommune.no, +47 916 23 456\n", 6_000_000),
    # No budget part: a sentence that says what the project costs, then the contact line.
    # The contact written on the same line as the budget sentence (a paragraph typed as one line).
    ("nb", "## Budsjett\n\nProsjektet har et tentativt budsjett på 6 mill. kr til prosjektledelse, dialog og utvikling. Kontaktperson: Kari Nordmann, kari.nordmann@hamar.kommune.no, tlf. 916 23 456\n", 6_000_000),
    ("nn", "## Budsjett\n\nProsjektet har eit tentativt budsjett på 4,5 mill. kr til prosjektleiing, dialog og utvikling. Kontaktperson: Kari Nordmann, kari.nordmann@volda.kommune.no, tlf. 916 23 456\n", 4_500_000),
    ("en", "## Budget\n\nThe project has a tentative budget of NOK 6 million for project management, dialogue and development. Contact: Kari Nordmann, kari.nordmann@hamar.kommune.no, phone +47 916 23 456\n", 6_000_000),
    ("nb", "## Gjennomføring\n\nProsjektet vil koste om lag fem millioner kroner.\n\nKontakt: Kari Nordmann, kari.nordmann@hamar.kommune.no, tlf. 916 23 456\n", 5_000_000),
]


def _verdicts(text: str) -> dict[str, str]:
    report = check_sketch(parse_sketch(text))
    return {c.id: c.status.value for c in report.criteria if c.id.startswith("budget-")}


@pytest.mark.parametrize(("lang", "budget", "kroner"), CASES)
def test_a_prose_budget_with_a_contact_is_one_budget_for_both_gates(lang: str, budget: str, kroner: int) -> None:
    text = HEAD[lang] + budget
    sketch = parse_sketch(text)
    assert sketch.budget is not None and sketch.budget.stated_total == kroner
    assert _verdicts(text) == {"budget-present": "pass", "budget-excludes-procurement": "pass"}


@pytest.mark.parametrize(
    "budget",
    [
        # Words for a count, not money; and a budget still to come: no budget for either gate.
        "## Budsjett\n\nLøsningen skal nå fem millioner innbyggere.\n\nKontakt: Kari Nordmann, kari.nordmann@hamar.kommune.no\n",
        "## Budsjett\n\nBudsjett vil bli utarbeidet i neste fase.\n\nKontakt: Kari Nordmann, tlf. 916 23 456\n",
        # A contact line alone: its numbers are no costs.
        "## Budsjett\n\nBudsjett kommer. Kontakt: Kari Nordmann, kari.nordmann@hamar.kommune.no, tlf. 916 23 456\n",
    ],
)
def test_no_budget_is_no_budget_for_both_gates(budget: str) -> None:
    verdicts = _verdicts(HEAD["nb"] + budget)
    assert verdicts["budget-present"] == "fail"
    assert verdicts["budget-excludes-procurement"] == "n/a"


def test_a_sentence_in_words_that_speaks_of_no_cost_is_no_budget() -> None:
    # Outside a budget part, words for money count only in a sentence about what the project costs.
    text = HEAD["nb"] + "## Løsning\n\nKommunen har fått fem millioner kroner i skjønnsmidler før.\n"
    assert parse_sketch(text).budget is None
    assert _verdicts(text)["budget-excludes-procurement"] == "n/a"
