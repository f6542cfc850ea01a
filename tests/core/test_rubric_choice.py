"""A sketch names its rubric by id only; a rubric file comes only from the user's command line,
and no rubric pattern can make a check hang."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.sketch.document import parse_sketch
from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.patterns import UnsafePattern, check_pattern
from assistant.core.sketch.rubric import RubricError, list_rubrics, load_rubric

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
COMPANY = (SKETCHES / "selskap-soker.md").read_text(encoding="utf-8")


def _rubric_toml(pattern: str = "behov") -> str:
    """A rubric with one keyword criterion: a company 'passes' it."""
    return (
        'id = "pass"\ntitle = { nb = "P", nn = "P", en = "P" }\ndescription = { nb = "P", nn = "P", en = "P" }\n'
        '[[criteria]]\nid = "anything"\ntitle = { nb = "A", nn = "A", en = "A" }\nguidance = { nb = "A", nn = "A", en = "A" }\n'
        f"checks = [{{ kind = \"keywords\", warn_below = 0, patterns = [{json.dumps(pattern)}] }}]\n"
    )


def _with_rubric(text: str, name: str) -> str:
    """The sketch with its metadata's `rubric:` line naming `name`."""
    out, n = re.subn(r"(?m)^rubric: .*$", lambda _m: f"rubric: {json.dumps(name)}", text, count=1)
    assert n == 1
    return out


@pytest.mark.parametrize("how", ["relative", "absolute", "unknown-id"])
def test_a_sketch_cannot_choose_a_rubric_file(tmp_path, monkeypatch, capsys, how):
    rubric = tmp_path / "pass-rubric.toml"
    rubric.write_text(_rubric_toml(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    name = {"relative": "pass-rubric.toml", "absolute": str(rubric), "unknown-id": "pass"}[how]
    sketch = tmp_path / "selskap.md"
    sketch.write_text(_with_rubric(COMPANY, name), encoding="utf-8")
    code = main(["check", str(sketch), "--no-pages", "--json"])
    report = json.loads(capsys.readouterr().out)[0]
    assert code == 1  # the company still fails: judged by the default rubric
    assert "large-budget-items" in {c["id"] for c in report["criteria"]}  # the default rubric's
    assert next(c for c in report["criteria"] if c["id"] == "eligibility")["status"] == "fail"
    assert main(["check", str(sketch), "--no-pages"]) == 1
    out = capsys.readouterr().out
    assert "er ikke et kjent kriteriesett" in out and "aldri med en fil" in out  # in the run's language
    assert main(["--lang", "en", "check", str(sketch), "--no-pages"]) == 1
    out = capsys.readouterr().out
    assert "is not a known rubric id" in out and "never by file" in out


def test_a_rubric_file_given_on_the_command_line_is_used(tmp_path, capsys):
    rubric = tmp_path / "egen.toml"
    rubric.write_text(_rubric_toml(), encoding="utf-8")
    sketch = tmp_path / "selskap.md"
    sketch.write_text(COMPANY, encoding="utf-8")
    assert main(["check", str(sketch), "--no-pages", "--json", "--rubric", str(rubric)]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)[0]["criteria"]] == ["anything"]


def test_a_known_id_in_the_metadata_still_chooses_the_rubric():
    sketch = parse_sketch(_with_rubric(COMPANY, "innovasjon-norge-ioa"))
    assert check_sketch(sketch).rubric == load_rubric("innovasjon-norge-ioa").id
    assert not [n for n in sketch.notes if n.code == "metadata-rubric"]


def test_a_catastrophic_pattern_is_refused_at_load_naming_file_and_key(tmp_path, capsys):
    rubric = tmp_path / "treg.toml"
    rubric.write_text(_rubric_toml("(a+)+$"), encoding="utf-8")
    sketch = tmp_path / "s.md"
    sketch.write_text(COMPANY + "\n" + "a" * 40 + "!\n", encoding="utf-8")
    assert main(["check", str(sketch), "--no-pages", "--rubric", str(rubric)]) == 2
    err = capsys.readouterr().err
    assert str(rubric) in err and "criteria[anything].checks[0].patterns[0]" in err and "nested quantifiers" in err
    with pytest.raises(RubricError):
        load_rubric(rubric)


def test_portfolio_with_a_hostile_rubric_named_in_one_sketch_checks_the_others(tmp_path, monkeypatch, capsys):
    (tmp_path / "treg.toml").write_text(_rubric_toml("(a+)+$"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a-hostile.md").write_text(_with_rubric(COMPANY, "treg.toml") + "a" * 40 + "!\n", encoding="utf-8")
    (tmp_path / "b-ok.md").write_text((SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["portfolio", str(tmp_path), "--json", "--no-pages", "--jobs", "1"]) in (0, 1)
    rows = json.loads(capsys.readouterr().out)
    text = json.dumps(rows, ensure_ascii=False)
    assert "a-hostile.md" in text and "b-ok.md" in text


UNSAFE = [r"(a+)+$", r"(a|a)*", r"(a|aa)*b", r"(\w+\s?)*x", r"(.*a)*", r"(a*)*", r"^(\d+)*$", r"(?:x+x+)+y", r"(a+b?)+", r"(?:\d+[ .]?)+kr"]
SAFE = [r"(?:\s+\w+)+", r"(\d+[ .])*", r"(?:(?:[.,][ \u00a0]?|[ \u00a0])\d+)*+", r"(a+)++", r"(?>a+)+", r"\bklima\w*", r"\d{1,3}(?:[ .]\d{3})*", r"(?:ab|a)*c"]


@pytest.mark.parametrize("pattern", UNSAFE)
def test_patterns_that_backtrack_without_end_are_refused(pattern):
    with pytest.raises(UnsafePattern):
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", SAFE)
def test_linear_patterns_are_accepted(pattern):
    check_pattern(pattern)
    assert re.compile(pattern)


def test_every_shipped_rubric_loads():
    assert {r.id for r in list_rubrics()} >= {"innovasjonspartnerskap", "innovasjon-norge-ioa"}
