"""Every call is one folder of data, found by the suite without a line of code naming it.

For each `rubric/<call-id>/`: its rubric loads and every criterion names known sections; its
prompts (if any) use exactly the variables the code fills; its fixtures get the verdicts in
their `expected.toml`; `skisse new --rubric <call-id>` writes its questions; the interview asks
them; the coach's system prompt is the call's own.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from assistant.core.judging.checkup import checkup
from assistant.core.data.paths import rubric_dir
from assistant.core.sketch.rubric import load_rubric, rubric_files
from assistant.core.sketch.sections import section_order

CALLS = sorted(path.parent.name for path in rubric_files())
FIXTURES = [
    (call, name)
    for call in CALLS
    if (rubric_dir() / call / "fixtures" / "expected.toml").is_file()
    for name in sorted(tomllib.loads((rubric_dir() / call / "fixtures" / "expected.toml").read_text(encoding="utf-8")))
]


def _expected(call: str) -> dict[str, dict[str, str]]:
    return tomllib.loads((rubric_dir() / call / "fixtures" / "expected.toml").read_text(encoding="utf-8"))


def test_both_calls_are_folders() -> None:
    assert {"innovasjonspartnerskap", "innovasjon-norge-ioa"} <= set(CALLS)


@pytest.mark.parametrize("call", CALLS)
def test_every_call_has_fixtures_for_every_file(call: str) -> None:
    folder = rubric_dir() / call / "fixtures"
    files = {p.name for p in folder.glob("*.md")}
    assert files, f"{call}: no fixture sketches in {folder}"
    assert files == set(_expected(call)), f"{call}: sketches and expected.toml differ"


@pytest.mark.parametrize(("call", "name"), FIXTURES)
def test_call_fixture_verdicts(call: str, name: str) -> None:
    rubric = load_rubric(call)
    expected = _expected(call)[name]
    assert set(expected) == {c.id for c in rubric.criteria}, f"{call}/{name}: list every criterion"
    text = (rubric_dir() / call / "fixtures" / name).read_text(encoding="utf-8")
    got = checkup(text, rubric_id=call).report.statuses()
    wrong = {cid: (want, got.get(cid)) for cid, want in expected.items() if got.get(cid) != want}
    assert not wrong, f"{call}/{name}: criterion: (expected, got) {wrong}"


@pytest.mark.parametrize("call", CALLS)
def test_every_question_is_asked_in_a_section(call: str) -> None:
    rubric = load_rubric(call)
    known = set(section_order())
    for criterion in rubric.criteria:
        assert set(criterion.sections) <= known
        if criterion.questions:
            assert criterion.sections, f"{call}: {criterion.id} has questions but names no section to ask them in"


@pytest.mark.parametrize("call", CALLS)
def test_new_writes_the_calls_questions(call: str, tmp_path: Path) -> None:
    from assistant.cli.main import main

    target = tmp_path / "ny.md"
    assert main(["new", str(target), "--rubric", call, "--applicant", "Bodø kommune"]) == 0
    text = target.read_text(encoding="utf-8")
    rubric = load_rubric(call)
    asked = [q.nb for c in rubric.criteria for q in c.questions]
    assert asked and all(q in text for q in asked), [q for q in asked if q not in text]
    assert f"rubric: {call}" in text


@pytest.mark.parametrize("call", CALLS)
def test_the_interview_asks_the_calls_questions_where_its_criteria_say(call: str) -> None:
    from assistant.tui.interview_plan import interview_steps

    rubric = load_rubric(call)
    steps = interview_steps(rubric, "nn")
    for criterion in rubric.criteria:
        for question in criterion.questions:
            assert any(s.section == criterion.sections[0] and s.question == question.nn for s in steps), (criterion.id, question.nn)


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("call", CALLS)
def test_the_coach_speaks_of_the_call_the_sketch_names(call: str, lang: str) -> None:
    from langchain_core.language_models.fake_chat_models import GenericFakeChatModel

    from assistant.coach.base import CoachRequest
    from assistant.coach.llm import LangChainCoach
    from assistant.coach.prompts import SYSTEM_VARIABLES, prompt_path
    from assistant.coach.settings import CoachSettings

    own = rubric_dir() / call / "prompts" / lang / "system.toml"
    if call != "innovasjonspartnerskap":
        assert own.is_file(), f"{call}: no system prompt of its own in {lang}"
    assert prompt_path("system", lang, call) == (own if own.is_file() else prompt_path("system", lang))
    sketch = (rubric_dir() / call / "fixtures").glob("*.md").__next__().read_text(encoding="utf-8")
    sketch = sketch.replace("rubric: innovasjonspartnerskap", f"rubric: {call}")
    coach = LangChainCoach(CoachSettings(model="openai:gpt-4o-mini", backoff_s=0), GenericFakeChatModel(messages=iter([])), lang=lang)
    system = coach.messages(CoachRequest(kind="ask", sketch_text=sketch, question="?", lang=lang))[0].content
    rubric = load_rubric(call)
    assert all(c.id in system for c in rubric.criteria)
    if own.is_file():
        body = tomllib.loads(own.read_text(encoding="utf-8"))["system"].strip()
        assert system.startswith(body.split("{rubric}")[0].strip()[:200])
        import string

        names = {field for _, field, _, _ in string.Formatter().parse(body) if field}
        assert names == set(SYSTEM_VARIABLES)
    other = [c for c in CALLS if c != call]
    for name in other:
        other_rubric = load_rubric(name)
        title = other_rubric.title.get(lang)
        assert title not in system


def _call_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit=lambda text: text) -> Path:
    """A rubric folder holding a copy of the default call as `ny-utlysning`."""
    from assistant.core.sketch import rubric as rubric_module

    folder = tmp_path / "rubric" / "ny-utlysning"
    folder.mkdir(parents=True)
    text = (rubric_dir() / "innovasjonspartnerskap" / "rubric.toml").read_text(encoding="utf-8")
    (folder / "rubric.toml").write_text(edit(text.replace('id = "innovasjonspartnerskap"', 'id = "ny-utlysning"', 1)), encoding="utf-8")
    monkeypatch.setattr(rubric_module, "rubric_dir", lambda: tmp_path / "rubric")
    rubric_module.load_rubric.cache_clear()
    return folder


@pytest.fixture(autouse=True)
def _fresh_rubrics():
    yield
    load_rubric.cache_clear()


def test_a_call_folder_may_give_its_own_section_guides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.sketch.model import Language
    from assistant.core.sketch.template import template_sketch

    shared = load_rubric()
    folder = _call_copy(tmp_path, monkeypatch)
    (folder / "sections.toml").write_text(
        '[[section]]\nid = "green-smart"\nguide = { nb = "Hvilken gevinst gir prosjektet?", nn = "Kva gevinst gir prosjektet?", en = "What does the project gain?" }\n',
        encoding="utf-8",
    )
    rubric = load_rubric("ny-utlysning")
    assert rubric.section_guide("green-smart", "nn") == "Kva gevinst gir prosjektet?"
    text = template_sketch(title=None, applicant=None, orgnr=None, kind=None, lang=Language.NB, rubric=rubric)
    assert "Hvilken gevinst gir prosjektet?" in text
    assert rubric.section_guide("need", "nb") == shared.section_guide("need", "nb")  # the rest shared
    assert shared.section_guide("green-smart", "nb") != rubric.section_guide("green-smart", "nb")


def test_a_wrong_section_names_the_file_and_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.core.sketch.rubric import RubricError

    folder = _call_copy(tmp_path, monkeypatch, lambda text: text.replace('sections = ["green-smart"]', 'sections = ["gront"]', 1))
    with pytest.raises(RubricError, match=r"ny-utlysning/rubric.toml: criteria\[green-smart\].sections: unknown section gront"):
        load_rubric("ny-utlysning")
    (folder / "rubric.toml").write_text((rubric_dir() / "innovasjonspartnerskap" / "rubric.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sections.toml").write_text('[[section]]\nid = "slutt"\nguide = { nb = "x", nn = "x", en = "x" }\n', encoding="utf-8")
    load_rubric.cache_clear()
    with pytest.raises(RubricError, match=r"ny-utlysning/sections.toml: section\[0\].id: unknown section 'slutt'"):
        load_rubric("ny-utlysning")
