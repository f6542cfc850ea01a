"""A verdict and the lines shown under it agree: where the best reading decides a criterion
(«combine = best»: the part is there), a weaker reading's warning is not shown beside «OK»."""

from __future__ import annotations

import pytest

from assistant.core.judging import engine
from assistant.core.judging.engine import check_sketch
from assistant.core.judging.findings import Level, Status
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.rubric import load_rubric

BODY = (
    "Prosjektet organiseres med en styringsgruppe som møtes hver måned, og en arbeidsgruppe som møtes hver uke. "
    "Arbeidsgruppen skriver korte notater etter hvert møte og sender dem til styringsgruppen. Vi legger vekt på åpenhet "
    "og på at alle deltakere får si sin mening før beslutninger tas. Framdriften følges opp i en enkel plan med milepæler. "
    # The part passes on a reason read in it (a part of words alone no longer does); the words the
    # criterion looks for across the sketch are not there, so that weaker reading warns.
    "Kommunene kjenner kontraktene med drosjeselskapene i detalj."
)


def _why_us(text: str):
    report = check_sketch(parse_sketch(text), load_rubric(None))
    return next(c for c in report.criteria if c.id == "why-us")


def test_a_passed_criterion_shows_no_warning_of_a_weaker_reading() -> None:
    result = _why_us(f"# Skisse\n\n## Hvorfor oss\n\n{BODY}\n")
    assert result.status is Status.PASS
    assert result.findings and all(f.level is Level.INFO for f in result.findings)


def test_without_the_rule_the_weaker_reading_would_contradict_the_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """The case above is one where the weaker reading does warn: the test above can fail."""
    monkeypatch.setattr(engine, "_keep", lambda *args: True)
    result = _why_us(f"# Skisse\n\n## Hvorfor oss\n\n{BODY}\n")
    assert result.status is Status.PASS and any(f.level is Level.WARN for f in result.findings)


def test_a_criterion_that_warns_keeps_its_warning() -> None:
    result = _why_us("# Skisse\n\n## Behov\n\nEldre bor lenger hjemme, og hjemmetjenesten strekker ikke til.\n")
    assert result.status is not Status.PASS
    assert any(f.level is not Level.INFO for f in result.findings)
