"""The UI-text catalogue (assistant/locale/*.toml): every text in nb, nn and en, alike in the
values it fills, and nynorsk written as nynorsk."""

from __future__ import annotations

import re
import string
import tomllib
from pathlib import Path

import pytest

LOCALE = Path(__file__).parents[1] / "assistant" / "locale"


def _entries():
    for path in sorted(LOCALE.glob("*.toml")):
        def walk(node, prefix):
            for key, value in node.items():
                if isinstance(value, dict) and "nb" in value and isinstance(value["nb"], str):
                    yield f"{path.name}:{prefix}{key}", value
                elif isinstance(value, dict):
                    yield from walk(value, f"{prefix}{key}.")

        yield from walk(tomllib.loads(path.read_text(encoding="utf-8")), "")


ENTRIES = dict(_entries())


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_language_fills_the_same_values(key: str) -> None:
    entry = ENTRIES[key]
    assert set(entry) >= {"nb", "nn", "en"}, key
    assert _fields(entry["nn"]) == _fields(entry["nb"]) == _fields(entry["en"]), key


RUBRIC = Path(__file__).parents[1] / "rubric"


def _nynorsk_texts():
    """Every nn text a user reads: the UI catalogue and the check messages of every call."""
    texts = {key: e["nn"] for key, e in ENTRIES.items()}

    def walk(node, prefix):
        for key, value in node.items():
            if isinstance(value, dict) and isinstance(value.get("nn"), str):
                texts[f"{prefix}{key}"] = value["nn"]
            elif isinstance(value, dict):
                walk(value, f"{prefix}{key}.")

    for path in sorted(RUBRIC.rglob("*.toml")):
        if "fixtures" not in path.parts:
            walk(tomllib.loads(path.read_text(encoding="utf-8")), f"{path.relative_to(RUBRIC)}:")
    return texts


def test_nynorsk_says_linje() -> None:
    # «line» is a rope in nynorsk; a row of a table or a text is «linje» (ei linje, linja, linjer)
    words = {key: re.sub(r"\{[^{}]*\}", "", text) for key, text in _nynorsk_texts().items()}  # placeholders are code
    wrong = {key: text for key, text in words.items() if re.search(r"\b(?:[Ll]ine|[Ll]ina|[Ll]iner|[Ll]inene)\b", text)}
    assert wrong == {}


def test_nynorsk_compounds_say_linje_too() -> None:
    # «Budsjettliner» (the palette) and «budsjettliner» (the coach) slipped past the word check.
    words = {key: re.sub(r"\{[^{}]*\}", "", e["nn"]) for key, e in ENTRIES.items()}
    wrong = {key: text for key, text in words.items() if re.search(r"\w(?:liner|linene)\b", text, re.IGNORECASE)}
    assert wrong == {}


def test_nynorsk_infinitives_end_in_e() -> None:
    # The catalogue writes nynorsk with e-infinitives («å skrive», «kan lese»); a few a-forms
    # («Skal eg skriva dette?», «Vil du avslutta?», «å lagra») stood out among them.
    modal = r"\b(?:å|vil|kan|skal|må|lèt|Vil du|Skal eg)\s+"
    a_forms = ("skriva", "lesa", "vera", "lagra", "avslutta", "prøva", "svara", "slutta", "korta", "finpussa")
    wrong = {
        key: e["nn"]
        for key, e in ENTRIES.items()
        if re.search(modal + r"(?:" + "|".join(a_forms) + r")\b", e["nn"]) or re.search(r"\bskriva\b", e["nn"])
    }
    assert wrong == {}
