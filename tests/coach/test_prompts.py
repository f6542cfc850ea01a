"""Prompt files: every template uses exactly the variables the code fills, in every language."""

from __future__ import annotations

import pytest

from assistant.coach.base import CoachRequest
from assistant.coach.context import DraftContext
from assistant.coach.prompts import (
    HISTORY,
    LANGS,
    SYSTEM_VARIABLES,
    TEMPLATE_VARIABLES,
    PromptError,
    load_prompt,
    prompt_texts,
    template_values,
)

KINDS = sorted(TEMPLATE_VARIABLES)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_template_variables_are_exactly_those_the_code_fills(kind: str, lang: str, strong_nb: str) -> None:
    template = load_prompt(kind, lang)
    expected = TEMPLATE_VARIABLES[kind] | SYSTEM_VARIABLES
    assert set(template.input_variables) == expected
    request = CoachRequest(kind=kind, sketch_text=strong_nb, question="Hvor mange berøres?", section="need", lang=lang)
    values = template_values(request, DraftContext(strong_nb, lang))
    assert set(values) == expected
    optional = set(template.optional_variables)
    assert optional == ({HISTORY} if kind in ("ask", "interview") else set())
    messages = template.format_messages(**values)
    assert messages[0].type == "system" and messages[-1].type == "human"
    assert "{" + next(iter(expected)) + "}" not in messages[-1].content


@pytest.mark.parametrize("lang", LANGS)
def test_system_prompt_carries_rules_and_rubric(lang: str, strong_nb: str) -> None:
    request = CoachRequest(kind="ask", sketch_text=strong_nb, question="?", lang=lang)
    ctx = DraftContext(strong_nb, lang)
    messages = load_prompt("ask", lang).format_messages(**template_values(request, ctx))
    system = messages[0].content
    for criterion in ctx.rubric.criteria:
        assert criterion.id in system
        assert criterion.title.get(lang) in system
    assert "5" in system or "fem" in system


def test_request_carries_section_and_findings(tech_first: str) -> None:
    request = CoachRequest(kind="improve", sketch_text=tech_first, section="need", lang="nb")
    ctx = DraftContext(tech_first, "nb")
    messages = load_prompt("improve", "nb").format_messages(**template_values(request, ctx))
    human = messages[-1].content
    assert ctx.section_body("need")[:60] in human
    assert "not-technology-first" in human  # the core's finding, tagged with its criterion
    assert "Problem og behov" in human


def test_broken_prompt_file_names_the_file(tmp_path, monkeypatch) -> None:
    from assistant.coach import prompts

    (tmp_path / "nb").mkdir()
    (tmp_path / "nb" / "system.toml").write_text('system = "x"\n', encoding="utf-8")
    (tmp_path / "nb" / "ask.toml").write_text('human = "unterminated\n', encoding="utf-8")
    monkeypatch.setattr(prompts, "prompts_dir", lambda: tmp_path)
    prompts._read.cache_clear()
    try:
        with pytest.raises(PromptError, match="ask.toml"):
            prompt_texts("ask", "nb")
    finally:
        prompts._read.cache_clear()
