"""Readability (LIX and long sentences) is measured on the text a reader reads."""

from __future__ import annotations

from assistant.core.sketch.document import parse_sketch
from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.rubric import load_rubric

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


def _strip_inline_every_pattern(text: str) -> str:
    """strip_inline as it was before it looked for each pattern's character first."""
    from assistant.core.sketch import text as t

    text = t._HTML_TAG.sub(" ", text)
    text = t._LINK.sub(r"\1", text)
    text = t._EMPHASIS.sub("", text)
    text = t._ENTITY.sub(lambda m: t._ENTITIES.get(m.group(1), " "), text)
    return text.replace("\u00a0", " ").replace("\t", " ")


def test_strip_inline_skips_only_patterns_that_cannot_match() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from assistant.core.sketch.text import strip_inline

    markup = st.sampled_from(["<b>", "</i>", "<!-- x -->", "<", ">", "[lenke](https://x.no)", "![bilde](a.png)", "](", "[", "**", "__", "*", "_", "`", "~~", "~", "&nbsp;", "&amp;", "&#160;", "&", "\u00a0", "\t", "ord", " ", "\n", "."])
    texts = st.lists(st.one_of(markup, st.text(max_size=8)), max_size=30).map("".join)

    @settings(max_examples=400, deadline=None)
    @given(texts)
    def same(text: str) -> None:
        assert strip_inline(text) == _strip_inline_every_pattern(text)

    same()
