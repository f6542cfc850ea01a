"""The checker's verdicts on realistic sketches, against what a careful evaluator expects.

Each sketch in tests/fixtures/sketches has its expected status per criterion in expected.toml;
page-limit is judged on the rendered PDF, exactly as `skisse check` does.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from assistant.core.judging.batch import check_path

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
EXPECTED = tomllib.loads((SKETCHES / "expected.toml").read_text(encoding="utf-8")) if (SKETCHES / "expected.toml").exists() else {}


def test_every_fixture_has_expectations() -> None:
    files = {p.name for p in SKETCHES.glob("*.md")}
    assert len(files) >= 12
    assert files == set(EXPECTED), f"without expectations: {sorted(files - set(EXPECTED))}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_verdicts(name: str) -> None:
    report = check_path(SKETCHES / name)
    got = report.statuses()
    expected = EXPECTED[name]
    wrong = {cid: (want, got.get(cid)) for cid, want in expected.items() if got.get(cid) != want}
    assert not wrong, f"{name}: criterion: (expected, got) {wrong}"


def test_findings_carry_place_and_suggestion() -> None:
    report = check_path(SKETCHES / "teknologi-forst.md")
    tech = report.criterion("not-technology-first")
    assert tech is not None and tech.status.value == "fail"
    flagged = [f for f in tech.findings if f.level.value == "fail"]
    assert flagged and all(f.line and f.quote and f.suggestion for f in flagged)
    source = (SKETCHES / "teknologi-forst.md").read_text(encoding="utf-8")
    for f in flagged:
        assert source[f.start : f.end] == f.quote


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_reports_are_what_validation_would_have_made(name: str) -> None:
    """The checker builds its reports without validating them; each value must already be of
    the type the model declares (an int where a float is due would print differently)."""
    from assistant.core.judging.findings import Report

    report = check_path(SKETCHES / name)
    validated = Report.model_validate(report.model_dump())
    assert repr(validated) == repr(report)
    assert validated.model_dump_json() == report.model_dump_json()
