"""Every sketch in a folder at a glance: applicant, pages, verdicts, open comments, last change."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..core.judging.batch import find_sketches  # the sketches of a folder, as `skisse check DIR` finds them
from ..core.judging.findings import Report, Status
from .db import HistoryDB, document_key

SORT_KEYS = ("path", "applicant", "pages", "open", "changed", "fails")


@dataclass
class PortfolioRow:
    """One sketch in the portfolio."""

    path: Path
    name: str  # the path relative to the portfolio folder
    applicant: str | None = None
    title: str | None = None
    pages: float | None = None
    verdicts: dict[str, str] = field(default_factory=dict)
    open_comments: int = 0
    last_change: datetime | None = None
    error: str | None = None

    @property
    def fails(self) -> int:
        return sum(1 for v in self.verdicts.values() if v == Status.FAIL.value)

    @property
    def warns(self) -> int:
        return sum(1 for v in self.verdicts.values() if v == Status.WARN.value)

    def matches(self, text: str = "", status: str | None = None) -> bool:
        """Whether the row passes a filter: words in name/applicant/title, and a verdict."""
        if status and status not in self.verdicts.values():
            return False
        hay = " ".join(filter(None, [self.name, self.applicant, self.title, self.error])).casefold()
        return all(word in hay for word in text.casefold().split())

    def to_dict(self) -> dict:
        return {
            "path": str(self.path),
            "file": self.name,
            "applicant": self.applicant,
            "title": self.title,
            "pages": self.pages,
            "verdicts": dict(self.verdicts),
            "open_comments": self.open_comments,
            "last_change": self.last_change.isoformat(timespec="seconds") if self.last_change else None,
            "error": self.error,
        }


@dataclass
class Portfolio:
    folder: Path
    rows: list[PortfolioRow]
    criteria: list[tuple[str, str]]  # (id, title) in rubric order

    @property
    def failed(self) -> int:
        """Sketches read and judged with at least one fail (an unreadable file is not one)."""
        return sum(1 for r in self.rows if r.fails and not r.error)

    @property
    def unreadable(self) -> int:
        return sum(1 for r in self.rows if r.error)

    @property
    def open_comments(self) -> int:
        return sum(r.open_comments for r in self.rows)


def open_comment_counts(db: HistoryDB, paths: Iterable[Path]) -> dict[str, int]:
    """Open comments per sketch, by history key, in one query."""
    keys = {document_key(p) for p in paths}
    rows = db.conn.execute(
        "SELECT d.path, COUNT(c.id) AS n FROM documents d JOIN comments c ON c.document_id = d.id"
        " WHERE c.status = 'open' GROUP BY d.path"
    )
    return {r["path"]: r["n"] for r in rows if r["path"] in keys}


def _renderer_available() -> bool:
    try:
        from ..core.rendering.render import default_renderer  # noqa: F401
    except ImportError:
        return False
    return True


def _summary(path: Path) -> tuple[str | None, str | None]:
    """(applicant, title) of a sketch, read from its text."""
    from ..core.judging.checkup import parse
    from ..core.files.storage import SkisseFileError, read_text_file

    try:
        sketch = parse(read_text_file(path, word=True).text)
    except SkisseFileError:
        return None, None
    return (sketch.applicant.name if sketch.applicant else None), (sketch.title or sketch.meta.title)


def build_portfolio(
    folder: Path,
    *,
    rubric_id: str | None = None,
    jobs: int | None = None,
    pages: bool = True,
    progress: Callable[[int, int], None] | None = None,
    db: HistoryDB | None = None,
    paths: list[Path] | None = None,
) -> Portfolio:
    """Check every sketch in `folder` in parallel and gather one row per sketch."""
    from ..core.judging.batch import BatchError, check_paths
    from ..core.sketch.rubric import load_rubric

    folder = Path(folder)
    if paths is None:
        from ..core.files.confine import is_inside

        paths = [p for p in find_sketches(folder) if is_inside(p)]  # a served window: no link out of its folder
    results = check_paths(paths, rubric_id, jobs=jobs, render=pages and _renderer_available(), progress=progress)
    own = db is None
    database = db or HistoryDB()
    try:
        counts = open_comment_counts(database, paths)
    finally:
        if own:
            database.close()
    rows: list[PortfolioRow] = []
    for path, result in zip(paths, results):
        try:
            rel = str(path.relative_to(folder))
        except ValueError:
            rel = str(path)
        row = PortfolioRow(path=path, name=rel, open_comments=counts.get(document_key(path), 0))
        try:
            row.last_change = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            pass
        if isinstance(result, BatchError):
            row.error = result.message
        else:
            assert isinstance(result, Report)
            row.verdicts = result.statuses()
            row.pages = result.page_fraction if result.page_fraction is not None else (float(result.pages) if result.pages is not None else None)
            row.applicant, row.title = _summary(path)
        rows.append(row)
    rubric = load_rubric(rubric_id)
    criteria = [(c.id, c.title.nb) for c in rubric.criteria]
    known = {cid for cid, _ in criteria}
    for row in rows:
        for cid in row.verdicts:
            if cid not in known:
                known.add(cid)
                criteria.append((cid, cid))
    return Portfolio(folder, rows, criteria)


def sort_rows(rows: list[PortfolioRow], key: str, *, reverse: bool = False) -> list[PortfolioRow]:
    """Rows sorted by a column; empty values go last either way."""
    if key not in SORT_KEYS and not key.startswith("criterion:"):
        raise ValueError(f"unknown sort key '{key}' (one of {', '.join(SORT_KEYS)})")
    rank = {"fail": 3, "warn": 2, "pass": 1, "n/a": 0}

    def value(row: PortfolioRow):
        match key:
            case "path":
                return row.name.casefold()
            case "applicant":
                return (row.applicant or "").casefold() or None
            case "pages":
                return row.pages
            case "open":
                return row.open_comments
            case "changed":
                return row.last_change
            case "fails":
                return (row.fails, row.warns)
        cid = key.split(":", 1)[1]
        return rank.get(row.verdicts.get(cid, ""), None)

    present = [r for r in rows if value(r) is not None]
    missing = [r for r in rows if value(r) is None]
    return sorted(present, key=value, reverse=reverse) + missing


def to_json(portfolio: Portfolio) -> str:
    return json.dumps(
        {
            "folder": str(portfolio.folder),
            "criteria": [{"id": cid, "title": title} for cid, title in portfolio.criteria],
            "sketches": [r.to_dict() for r in portfolio.rows],
        },
        ensure_ascii=False,
        indent=2,
    )


def to_csv(portfolio: Portfolio, rows: list[PortfolioRow] | None = None) -> str:
    """One line per sketch, one column per criterion; opens in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    ids = [cid for cid, _ in portfolio.criteria]
    writer.writerow(["file", "applicant", "title", "pages", *ids, "open_comments", "last_change", "error"])
    for r in portfolio.rows if rows is None else rows:
        writer.writerow(
            [
                r.name,
                r.applicant or "",
                r.title or "",
                "" if r.pages is None else f"{r.pages:.1f}",
                *[r.verdicts.get(cid, "") for cid in ids],
                r.open_comments,
                r.last_change.isoformat(timespec="seconds") if r.last_change else "",
                r.error or "",
            ]
        )
    return out.getvalue()


def passed_over_lines(folder: Path, lang: str) -> list[str]:
    """One line per NAME.docx the folder's check passes over because NAME.md stands beside it
    («utkast.docx: not checked; utkast.md beside it is»), named as under the folder, so an updated
    Word draft beside last month's Markdown is not missed without a word."""
    from ..core.files.confine import is_inside
    from ..core.judging.batch import newer_than_markdown, passed_over
    from ..i18n import t

    lines = []
    for docx in (p for p in passed_over(folder) if is_inside(p)):
        key = "check.passed_over_newer" if newer_than_markdown(docx) else "check.passed_over"
        lines.append(t(key, lang, docx=docx.relative_to(folder), md=docx.with_suffix(".md").relative_to(folder)))
    return lines


def summary_text(count: int, failed: int, comments: int, lang: str, unreadable: int = 0) -> str:
    """«22 skisser · 11 med minst ett «ikke bestått» · 1 åpen kommentar», in `lang`; files that
    could not be read are counted on their own («· 1 kunne ikke leses»), never as failing."""
    from ..i18n import t, tn

    text = t(
        "advisor.portfolio.summary",
        lang,
        sketches=tn("advisor.portfolio.sketches", count, lang),
        failed=failed,
        comments=tn("advisor.portfolio.comments", comments, lang),
    )
    if unreadable:
        text += " · " + t("advisor.portfolio.unreadable_count", lang, n=unreadable)
    return text


def criterion_titles(criteria: list[tuple[str, str]], lang: str, rubric_id: str | None = None) -> list[str]:
    """The criteria's titles in `lang` (the rubric's), in the portfolio's order; ids only for unknown ones."""
    from ..core.sketch.rubric import RubricError, load_rubric

    try:
        titles = {c.id: c.title.get(lang) for c in load_rubric(rubric_id).criteria}
    except RubricError:
        titles = {}
    return [titles.get(cid) or title or cid for cid, title in criteria]


def legend_text(criteria: list[tuple[str, str]], lang: str) -> str:
    """«1 Hvem kan søke · 2 Maks fem sider · …»: what each mark's place in the row stands for."""
    return " · ".join(f"{n} {title}" for n, title in enumerate(criterion_titles(criteria, lang), 1))
