"""Readability (LIX and long sentences) is measured on the text a reader reads."""

from __future__ import annotations

from assistant.core.document import parse_sketch
from assistant.core.engine import check_sketch
from assistant.core.rubric import load_rubric

PLAIN = (
    "Kommunen har et stort behov for bedre tjenester. Mange eldre faller hjemme hvert eneste år.\n"
    "\n"
    "Vi trenger hjelp fra næringslivet, og vi vil bruke tall fra SSB til å vise det som en helt "
    "ukontrollert og uoversiktlig utfordring som rammer mange innbyggere i alle aldersgrupper over "
    "hele fylket, fra kysten til innlandet, hver eneste dag gjennom hele året uten opphold.\n"
)


def test_a_text_without_headings_is_measured_as_a_whole() -> None:
    report = check_sketch(parse_sketch(PLAIN), load_rubric(None))
    assert report.stats is not None and report.stats.words == len(PLAIN.split())
    readability = report.criterion("readability")
    assert readability is not None and readability.status.value != "n/a"
    long_ones = [f for f in readability.findings if f.message and "ord" in f.message and f.line == 3]
    assert long_ones, [f.message for f in readability.findings]


def test_with_sections_the_title_and_applicant_lines_are_not_counted() -> None:
    text = "# En tittel som ikke telles\n\n**Søker:** Bergen kommune\n\n## Problem og behov\n\n" + PLAIN
    report = check_sketch(parse_sketch(text), load_rubric(None))
    assert report.stats is not None and report.stats.words == len(PLAIN.split())
