"""The labelled corpus the verdicts are measured on is whole: every sketch labelled on every criterion.

`benchmarks/bench_rubric.py` scores only what is labelled, so a file without labels, a criterion
left out or a misspelt label would silently shrink the measurement instead of failing it.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from assistant.core.sketch.rubric import load_rubric

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SPLITS = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []
LABELS = {"pass", "fail", "n/a", "either"}


def _labels(split: Path) -> dict:
    return tomllib.loads((split / "labels.toml").read_text(encoding="utf-8"))


def test_the_dev_split_is_there():
    assert CORPUS / "dev" in SPLITS


@pytest.mark.parametrize("split", SPLITS, ids=lambda p: p.name)
def test_every_sketch_has_a_label_entry_and_every_entry_a_sketch(split):
    labels = _labels(split)
    files = {p.name for p in split.glob("*.md")}
    assert sorted(files - labels.keys()) == [], "sketches without labels"
    assert sorted(labels.keys() - files) == [], "labels without a sketch"


@pytest.mark.parametrize("split", SPLITS, ids=lambda p: p.name)
def test_every_entry_labels_every_criterion_of_the_call(split):
    criteria = [c.id for c in load_rubric("innovasjonspartnerskap").criteria]
    problems = []
    for name, entry in _labels(split).items():
        if not isinstance(entry.get("strong"), bool):
            problems.append(f"{name}: strong is not true/false")
        for cid in criteria:
            value = entry.get(cid)
            if not isinstance(value, dict):
                problems.append(f"{name}: {cid} missing")
                continue
            label = value.get("label")
            if label not in LABELS:
                problems.append(f"{name}: {cid} label {label!r}")
            elif label == "n/a" and cid != "budget-excludes-procurement":
                problems.append(f"{name}: {cid} is n/a")
            if not str(value.get("reason", "")).strip():
                problems.append(f"{name}: {cid} has no reason")
            if entry.get("strong") and label == "fail":
                problems.append(f"{name}: strong but {cid} fails")
    assert problems == []


def test_the_bench_measures_a_chosen_slice_of_a_split(tmp_path, monkeypatch):
    """`--only`/`--skip` measure part of a split (a round held out of dev); the rest is not read."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_rubric", CORPUS.parents[1] / "benchmarks" / "bench_rubric.py")
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_rubric", bench)  # its dataclasses look themselves up there
    spec.loader.exec_module(bench)
    split = tmp_path / "dev"
    split.mkdir()
    body = "# Behov\n\nBodø kommune søker.\n"
    entry = '["{name}"]\nstrong = false\neligibility = {{ label = "pass", reason = "a municipality" }}\n'
    labels = ""
    for name in ("ab-one.md", "ab-two.md", "cd-three.md"):
        (split / name).write_text(body, encoding="utf-8")
        labels += entry.format(name=name)
    (split / "labels.toml").write_text(labels, encoding="utf-8")
    def counted(**kw):
        return bench.measure(split, pages=False, **kw)["files"]
    assert counted() == 3
    assert counted(only=["ab-*"]) == 2
    assert counted(skip=["ab-*"]) == 1
    assert counted(only=["ab-*"], skip=["*-two.md"]) == 1


def test_the_bench_says_a_label_under_an_unknown_criterion_and_fails(tmp_path, monkeypatch, capsys):
    """A writer's «public-collab» for «public-collaboration» would leave that criterion unscored on
    those files; the bench names it and exits 1 instead of printing a figure that looks whole."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_rubric", CORPUS.parents[1] / "benchmarks" / "bench_rubric.py")
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_rubric", bench)
    spec.loader.exec_module(bench)
    split = tmp_path / "test"
    split.mkdir()
    (split / "a.md").write_text("# Behov\n\nBodø kommune søker.\n", encoding="utf-8")
    (split / "labels.toml").write_text(
        '["a.md"]\nstrong = false\neligibility = { label = "pass", reason = "a municipality" }\n'
        'public-collab = { label = "fail", reason = "alone" }\n',
        encoding="utf-8",
    )
    result = bench.measure(split, pages=False)
    assert result["unknown_criteria"] == {"public-collab": ["a.md"]}
    assert "public-collab" not in result["criteria"] and "eligibility" in result["criteria"]
    assert bench.main(["--split", "test", "--corpus", str(tmp_path), "--no-pages"]) == 1
    assert "«public-collab», which is no criterion of the checker" in capsys.readouterr().out
