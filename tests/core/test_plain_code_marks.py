"""Rubric text for a terminal: a Markdown code span («`skisse new`») is said as «skisse new», the
way Skisse's own terminal messages quote a command; backticks quoted from the sketch stay."""

from __future__ import annotations

import pytest

from assistant.core.judging.findings import Said
from assistant.core.judging.plain import without_code_marks


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Legg til en overskrift og noen avsnitt; `skisse new` viser en mal med spørsmål.", "Legg til en overskrift og noen avsnitt; «skisse new» viser en mal med spørsmål."),
        ("Legg til ei overskrift og nokre avsnitt; `skisse new` viser ein mal med spørsmål.", "Legg til ei overskrift og nokre avsnitt; «skisse new» viser ein mal med spørsmål."),
        ("Add a heading and a few paragraphs; `skisse new` shows a template with questions.", "Add a heading and a few paragraphs; «skisse new» shows a template with questions."),
        ("Se `skisse check a.md` og `skisse export a.md`.", "Se «skisse check a.md» og «skisse export a.md»."),
    ],
)
def test_a_code_span_is_quoted_as_a_command(text: str, shown: str) -> None:
    assert without_code_marks(text) == shown


@pytest.mark.parametrize("text", ["Ingen kodemerker her.", "En enslig ` backtick.", "", None])
def test_text_without_a_code_span_is_unchanged(text: str | None) -> None:
    assert without_code_marks(text) == text


def test_backticks_quoted_from_the_sketch_stay_as_written() -> None:
    said = Said("Lang setning: «Bruk `sync` hver dag». Se `skisse new`.", "long", {"words": "Bruk `sync` hver dag"})
    assert without_code_marks(said) == "Lang setning: «Bruk `sync` hver dag». Se «skisse new»."


def test_a_code_span_the_catalogue_already_quoted_gets_one_pair_of_quotes() -> None:
    assert without_code_marks(Said("Kjør «`skisse check`» først.", "run", {})) == "Kjør «skisse check» først."


def test_in_a_text_that_does_not_remember_its_values_a_quote_keeps_its_backticks() -> None:
    assert without_code_marks("Fant «`kode` i teksten»; se `skisse new`.") == "Fant «`kode` i teksten»; se «skisse new»."


def test_a_code_span_in_catalogue_words_put_into_a_message_is_quoted_too() -> None:
    # The inner message is the catalogue's own (a Said): its code span is no quote from the sketch.
    inner = Said("kjør `skisse check`", "hint", {})
    said = Said("Skissen er tom; kjør `skisse check`.", "empty", {"hint": inner})
    assert without_code_marks(said) == "Skissen er tom; kjør «skisse check»."
