"""A rewrite as hunks: accept or reject each one; the draft changes only through apply()."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assistant.coach.diff import apply_hunks, clean_rewrite, diff_hunks, propose_rewrite
from assistant.core.sketch.document import parse_sketch

OLD = "Første avsnitt.\n\nAndre avsnitt om behovet.\n\nTredje avsnitt.\n\nFjerde avsnitt."
NEW = "Første avsnitt.\n\nAndre avsnitt om behovet, med tall: 1 240 fall i 2023 (egne tall).\n\nFjerde avsnitt.\n\nEt nytt avsnitt."


def test_hunks_one_per_change() -> None:
    hunks = diff_hunks(OLD, NEW)
    assert [h.kind for h in hunks] == ["replace", "delete", "insert"]
    assert hunks[0].old_paragraphs == ["Andre avsnitt om behovet."]
    assert "- Andre avsnitt om behovet." in hunks[0].unified()


@pytest.mark.parametrize("accepted", [set(), {0}, {1}, {2}, {0, 2}, {0, 1, 2}])
def test_apply_any_subset(accepted: set[int]) -> None:
    hunks = diff_hunks(OLD, NEW)
    result = apply_hunks(OLD, hunks, accepted)
    assert ("1 240 fall" in result) is (0 in accepted)
    assert ("Tredje avsnitt." in result) is (1 not in accepted)
    assert ("Et nytt avsnitt." in result) is (2 in accepted)
    if accepted == {0, 1, 2}:
        assert result == NEW
    if not accepted:
        assert result == OLD


@given(st.lists(st.sampled_from(["a", "b", "c", "a\nb"]), max_size=8), st.lists(st.sampled_from(["a", "b", "d", "- x\n- y"]), max_size=8))
def test_all_hunks_give_the_new_text(old: list[str], new: list[str]) -> None:
    a, b = "\n\n".join(old), "\n\n".join(new)
    hunks = diff_hunks(a, b)
    assert apply_hunks(a, hunks, {h.index for h in hunks}) == b
    assert apply_hunks(a, hunks, set()) == a


def test_multi_line_paragraphs_and_extra_blank_lines() -> None:
    old = "- punkt en\n- punkt to\n\n\n\nAvsnitt."
    new = "- punkt en\n- punkt tre\n\nAvsnitt."
    hunks = diff_hunks(old, new)
    assert len(hunks) == 1 and hunks[0].old_paragraphs == ["- punkt en\n- punkt to"]
    assert apply_hunks(old, hunks, {0}) == new
    assert "+ - punkt tre" in hunks[0].unified()


def test_stale_hunk_is_refused() -> None:
    hunks = diff_hunks(OLD, NEW)
    with pytest.raises(ValueError):
        apply_hunks(OLD.replace("Andre", "Annen"), hunks, {0})


def test_clean_rewrite_strips_fences_and_heading() -> None:
    assert clean_rewrite("```markdown\n## Behov\n\nNy tekst.\n```") == "Ny tekst."
    assert clean_rewrite("Ny tekst.\n") == "Ny tekst."


def test_propose_and_apply_to_a_sketch(weak_nb: str) -> None:
    reply = "Eldre faller.\n\nI 2023 hadde kommunen 1 240 fallulykker blant hjemmeboende over 67 år (egne tall)."
    rewrite = propose_rewrite(weak_nb, "need", reply)
    assert rewrite.old_body == "Eldre faller."
    assert len(rewrite.hunks) == 1 and rewrite.hunks[0].kind == "insert"
    assert rewrite.apply(set()) == weak_nb  # nothing accepted: the draft is untouched
    new_text = rewrite.apply({0})
    sketch = parse_sketch(new_text)
    assert "1 240 fallulykker" in sketch.section("need").body
    assert sketch.section("summary").body.strip() == "Vi vil hjelpe eldre."
    assert new_text.startswith(weak_nb.split("## Problem og behov")[0])
