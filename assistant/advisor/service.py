"""One step of a coaching session: check the text, keep the version, move the comments, log it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.judging.checkup import parse
from ..core.judging.findings import Report
from .checking import Checker, check_text
from .comments import Comment, reanchor
from .db import HistoryDB
from .sessions import Session, log_event, open_session
from .versions import VerdictChange, Version, latest_version, record_version, seconds_since_latest, sections_changed, verdict_changes


@dataclass
class Checkpoint:
    """What one save or check found: the version, the verdicts, what changed since before."""

    version: Version
    is_new: bool
    report: Report
    previous: Version | None
    changes: list[VerdictChange] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)


def checkpoint(
    db: HistoryDB,
    path: Path | str,
    text: str,
    *,
    session: Session | None = None,
    check: Checker | None = None,
    report: Report | None = None,
    note: str | None,
    log_check: bool = True,
) -> Checkpoint:
    """Check `text`, keep it as a version if it changed, re-anchor the comments, log to the session
    (the check itself only with `log_check` or when the version is new, so calls that change
    nothing add no identical check lines).

    `note` (from `versions.note_key`) says what kept it; every caller names one, so `history`
    never shows a version without saying why it is there."""
    previous = latest_version(db, path)
    if report is None:
        report = (check or check_text)(text, Path(path))
    version, is_new = record_version(db, path, text, report=report, session_id=session.id if session else None, note=note)
    baseline = previous if is_new else None
    changes = [v for v in verdict_changes(baseline.report, report) if v.changed] if baseline and baseline.report else []
    sections = sections_changed(baseline.text, text) if baseline else []
    comments = reanchor(db, path, parse(text))
    if session is not None:
        verdicts, pages = report.statuses(), report.page_fraction
        if is_new or (log_check and not _same_as_last_check(db, session.id, verdicts, pages)):
            log_event(db, session.id, "check", verdicts=verdicts, pages=pages)
        if is_new:
            log_event(db, session.id, "version", number=version.number, sections_changed=sections, changes=[str(c) for c in changes])
    return Checkpoint(version, is_new, report, baseline, changes, sections, comments)


def _same_as_last_check(db: HistoryDB, session_id: int, verdicts: dict, pages: float | None) -> bool:
    """Whether the session's latest check line already says this (a plain `coach` call again
    on an unchanged text adds no identical «Check: …» line)."""
    row = db.conn.execute("SELECT data FROM events WHERE session_id = ? AND kind = 'check' ORDER BY id DESC LIMIT 1", (session_id,)).fetchone()
    if row is None:
        return False
    import json

    last = json.loads(row["data"])
    return last.get("verdicts") == verdicts and last.get("pages") == pages


def record_save(
    path: Path | str,
    text: str,
    *,
    db: HistoryDB | None = None,
    check: Checker | None = None,
    report: Report | None = None,
    min_interval: float | None = None,
    note: str | None = None,
) -> Checkpoint | None:
    """What the editor calls after a save: keep a version, in the open session if there is one.

    With `min_interval` (for autosaves), nothing is kept when the latest version is younger than
    that many seconds, so a pause in typing does not become a version; explicit saves pass None.
    """
    own = db is None
    database = db or HistoryDB()
    try:
        if min_interval is not None:
            age = seconds_since_latest(database, path)
            if age is not None and age < min_interval:
                return None
        session = open_session(database, path)
        if report is None:
            try:
                report = (check or check_text)(text, Path(path))
            except Exception:
                # A text the rubric cannot judge (a broken rubric name, say) is still a save to keep.
                record_version(database, path, text, session_id=session.id if session else None, note=note)
                raise
        return checkpoint(database, path, text, session=session, report=report, note=note)
    finally:
        if own:
            database.close()
