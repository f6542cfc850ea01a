"""The portfolio: every sketch in a folder, checked in parallel, as rows, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

from assistant.advisor.anchors import make_anchor
from assistant.advisor.comments import add_comment
from assistant.advisor.portfolio import build_portfolio, find_sketches, sort_rows, summary_text, to_csv, to_json
from assistant.core.sketch.document import parse_sketch

from .corpus import make_corpus


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "skisser"
    make_corpus(root, 10)
    (root / ".git").mkdir()
    (root / ".git" / "ignored.md").write_text("# not a sketch\n", encoding="utf-8")
    (root / "broken.md").write_bytes(b"%PDF-1.4 binary")
    return root


def test_portfolio_rows_with_comments_progress_and_errors(folder, db):
    target = folder / "skisse-002.md"
    sketch = parse_sketch(target.read_text(encoding="utf-8"))
    add_comment(db, target, make_anchor(sketch, section="need"), "Mer om brukerne", author="Kari")
    add_comment(db, target, make_anchor(sketch, section="data"), "Kilder?", author="Kari")
    seen: list[tuple[int, int]] = []

    portfolio = build_portfolio(folder, jobs=2, pages=False, db=db, progress=lambda done, total: seen.append((done, total)))

    assert [r.name for r in portfolio.rows] == ["broken.md"] + [f"skisse-{i:03d}.md" for i in range(10)]
    assert seen[-1] == (11, 11) and all(t == 11 for _, t in seen)
    broken = portfolio.rows[0]
    assert broken.error and "dette er en PDF, ikke en skisse" in broken.error and not broken.verdicts
    by_name = {r.name: r for r in portfolio.rows}
    assert by_name["skisse-002.md"].open_comments == 2
    assert by_name["skisse-001.md"].open_comments == 0
    assert by_name["skisse-001.md"].applicant == "Askøy kommune"
    assert by_name["skisse-000.md"].verdicts["data-backing"] == "pass"
    assert by_name["skisse-001.md"].verdicts["data-backing"] == "warn"
    assert by_name["skisse-004.md"].verdicts["budget-present"] == "fail"
    assert by_name["skisse-001.md"].last_change is not None
    assert [cid for cid, _ in portfolio.criteria][:2] == ["eligibility", "page-limit"]
    # The unreadable file is counted on its own, not as a sketch that fails.
    judged_failing = sum(1 for r in portfolio.rows if not r.error and r.fails)
    assert portfolio.failed == judged_failing and portfolio.unreadable == 1
    line = summary_text(len(portfolio.rows), portfolio.failed, portfolio.open_comments, "nb", portfolio.unreadable)
    assert line.endswith(f"{judged_failing} med minst ett «ikke bestått» · 2 åpne kommentarer · 1 kunne ikke leses")
    assert "could not be read" not in summary_text(3, 1, 0, "en")


def test_sort_and_filter(folder, db):
    portfolio = build_portfolio(folder, jobs=1, pages=False, db=db)
    rows = [r for r in portfolio.rows if not r.error]
    worst_first = sort_rows(rows, "fails", reverse=True)
    assert worst_first[0].verdicts["budget-present"] == "fail"
    by_applicant = [r.applicant for r in sort_rows(rows, "applicant")]
    assert by_applicant == sorted(by_applicant, key=str.casefold)
    assert {r.applicant for r in rows if r.matches("tromsø")} == {"Tromsø kommune"}
    failing = [r.name for r in rows if r.matches(status="fail")]
    assert failing == ["skisse-004.md", "skisse-009.md"]
    with pytest.raises(ValueError):
        sort_rows(rows, "colour")


def test_csv_and_json(folder, db):
    portfolio = build_portfolio(folder, jobs=1, pages=False, db=db)
    table = list(csv.DictReader(io.StringIO(to_csv(portfolio))))
    assert len(table) == 11
    row = next(r for r in table if r["file"] == "skisse-003.md")
    assert row["applicant"] == "Stavanger kommune" and row["data-backing"] == "pass" and row["error"] == ""
    data = json.loads(to_json(portfolio))
    assert data["sketches"][1]["verdicts"]["eligibility"] == "pass"
    assert {c["id"] for c in data["criteria"]} >= {"eligibility", "data-backing"}


def test_find_sketches_skips_hidden_and_backups(folder):
    (folder / "skisse-000.md~").write_text("old", encoding="utf-8")
    names = [p.name for p in find_sketches(folder)]
    assert "ignored.md" not in names and "skisse-000.md~" not in names and len(names) == 11
