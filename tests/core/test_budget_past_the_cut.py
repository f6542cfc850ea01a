"""A very long text is checked only up to its first 200 000 characters (the note at the top of the
report says so). A budget that lies past that point was not read: the budget criteria say so and
warn, as the note does, and never call it «no budget» (fail) or leave it unjudged (n/a)."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import MAX_CHECK_CHARS, check_sketch, report_in
from assistant.core.sketch.document import parse_sketch

HEADS = {
    "nb": ("# Skisse: Smartere brøyting\n\n**Søker:** Hamar kommune\n\n## Behov\n\n", "Ruteplanleggingen er manuell, og sjåførene kjører lange omveier hver natt. ", "## Budsjett\n\n"),
    "nn": ("# Skisse: Smartare brøyting\n\n**Søkjar:** Volda kommune\n\n## Behov\n\n", "Ruteplanlegginga er manuell, og sjåførane køyrer lange omvegar kvar natt. ", "## Budsjett\n\n"),
    "en": ("# Sketch: Smarter snow clearing\n\n**Applicant:** Hamar Municipality\n\n## Need\n\n", "Route planning is manual, and the drivers take long detours every night. ", "## Budget\n\n"),
}
LINES = "- Prosjektledelse: 1 200 000 kr\n- Utviklingsfase: 3 000 000 kr\n- Totalt: 4 200 000 kr\n"
EN_LINES = "- Project management: NOK 1 200 000\n- Development phase: NOK 3 000 000\n- Total: NOK 4 200 000\n"


def _long(lang: str, budget: str) -> str:
    head, sentence, heading = HEADS[lang]
    paragraph = sentence * 20 + "\n\n"
    filler = paragraph * (MAX_CHECK_CHARS // len(paragraph) + 5)
    text = head + filler + heading + budget
    assert text.index(heading) > MAX_CHECK_CHARS
    return text


def _budget_results(text: str):
    report = check_sketch(parse_sketch(text))
    return {c.id: c for c in report.criteria if c.id.startswith("budget-")}, report


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_budget_past_the_cut_is_said_not_read_and_warns(lang: str) -> None:
    lines = EN_LINES if lang == "en" else LINES
    text = _long(lang, lines)
    results, report = _budget_results(text)
    budget_line = text[: text.index(lines[:6])].count("\n") + 1
    for cid in ("budget-present", "budget-excludes-procurement"):
        result = results[cid]
        assert result.status.value == "warn", (cid, [f.message for f in result.findings])
        assert len(result.findings) == 1 and result.findings[0].line == budget_line
    said = {"nb": "lenger ut enn de første 200 000", "nn": "lenger ute enn dei første 200 000", "en": "past the first 200 000"}[lang]
    read = report_in(report, lang)
    for cid in ("budget-present", "budget-excludes-procurement"):
        assert said in read.criterion(cid).findings[0].message
    assert report.notes and "200 000" in report.notes[0]


def test_a_long_text_with_no_budget_at_all_still_has_none() -> None:
    # Past the cut there is only more prose: the budget is missing, not unread.
    head, sentence, _ = HEADS["nb"]
    paragraph = sentence * 20 + "\n\n"
    text = head + paragraph * (MAX_CHECK_CHARS // len(paragraph) + 5) + "## Oppsummering\n\nVi gleder oss til samarbeidet.\n"
    results, _ = _budget_results(text)
    assert results["budget-present"].status.value == "fail"
    assert results["budget-excludes-procurement"].status.value == "n/a"


def test_a_budget_before_the_cut_in_a_long_text_is_read_as_always() -> None:
    head, sentence, heading = HEADS["nb"]
    paragraph = sentence * 20 + "\n\n"
    text = head + paragraph * 3 + heading + LINES + "\n## Vedlegg\n\n" + paragraph * (MAX_CHECK_CHARS // len(paragraph) + 5)
    results, _ = _budget_results(text)
    assert results["budget-present"].status.value == "pass"
    assert results["budget-excludes-procurement"].status.value == "pass"
