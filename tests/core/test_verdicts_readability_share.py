"""Plain language: a long, plain text with a few paragraph-long sentences among many ordinary ones
reads easily; a text where a real share of the sentences run on past 45 words does not."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SHORT = {
    "nb": "Vi har mange gamle rør i byen. De lekker hver vinter. Det koster mye å reparere dem. Folk får brunt vann i springen. ",
    "nn": "Vi har mange gamle røyr i byen. Dei lek kvar vinter. Det kostar mykje å reparere dei. Folk får brunt vatn i springen. ",
    "en": "We have many old pipes in the city. They leak every winter. It costs a lot to fix them. People get brown water in the tap. ",
}
# A run-on sentence of plain, short words: 50 words.
LONG = {
    "nb": " ".join(["vi", "går", "ut", "og", "ser", "på", "rør", "i", "gata"] * 5 + ["og", "så", "går", "vi", "hjem", "igjen"]).capitalize() + ". ",
    "nn": " ".join(["vi", "går", "ut", "og", "ser", "på", "røyr", "i", "gata"] * 5 + ["og", "så", "går", "vi", "heim", "att"]).capitalize() + ". ",
    "en": " ".join(["we", "go", "out", "and", "look", "at", "the", "old", "pipe"] * 5 + ["and", "then", "we", "go", "home", "again"]).capitalize() + ". ",
}
HEAD = {"nb": "Behov", "nn": "Behov", "en": "The need"}


def readability(lang: str, short_groups: int, long_ones: int):
    body = (SHORT[lang] * 2 + "\n\n") * short_groups + LONG[lang] * long_ones
    text = f"# Vann\n\n**Søker:** Bergen kommune\n\n## {HEAD[lang]}\n\n{body}\n"
    return one_result(text, "readability")


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_few_run_on_sentences_in_a_long_plain_text_pass(lang: str) -> None:
    # 80 ordinary sentences and 7 of 50 words: more than the limit of six long ones, under a tenth.
    result = readability(lang, 10, 7)
    assert result.status.value == "pass", [f.message for f in result.findings]


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_real_share_of_run_on_sentences_warns(lang: str) -> None:
    # Near-miss: 16 ordinary sentences and 8 of 50 words: a third run on.
    result = readability(lang, 2, 8)
    assert result.status.value == "warn", [f.message for f in result.findings]


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_most_sentences_long_warns_though_none_runs_past_45_words(lang: str) -> None:
    # Near-miss: 36-word sentences, three for each ordinary one.
    words = LONG[lang].rstrip(". ").split()[:36]
    long_sentence = " ".join(words) + ". "
    body = "\n\n".join([SHORT[lang].split(". ")[0] + ". " + long_sentence * 3] * 4)
    result = one_result(f"# Vann\n\n**Søker:** Bergen kommune\n\n## {HEAD[lang]}\n\n{body}\n", "readability")
    assert result.status.value == "warn", [f.message for f in result.findings]
