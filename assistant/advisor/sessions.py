"""Coaching sessions: an advisor, a sketch, and a log of what happened in the meeting."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .db import HistoryDB

# What a session log records; each event carries a small JSON payload.
EVENT_KINDS = ("start", "end", "check", "version", "comment", "resolve", "reopen", "step", "step_done", "coach", "restore")


@dataclass(frozen=True)
class Event:
    id: int
    at: str
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Session:
    """A meeting between an advisor and the people writing a sketch."""

    id: int
    document_id: int
    path: str
    advisor: str
    started: str
    ended: str | None

    @property
    def is_open(self) -> bool:
        return self.ended is None


@dataclass(frozen=True)
class Step:
    """A next step agreed in a session."""

    id: int
    session_id: int | None
    created: str
    text: str
    done: bool
    number: int = 0  # its number on this sketch (1, 2, …): the report's, the listing's and --step-done's


def _session(row) -> Session:
    return Session(row["id"], row["document_id"], row["path"], row["advisor"], row["started"], row["ended"])


_SELECT = "SELECT s.*, d.path FROM sessions s JOIN documents d ON d.id = s.document_id"


def start_session(db: HistoryDB, path: Path | str, advisor: str) -> Session:
    """Open a new session on the sketch at `path`, led by `advisor`."""
    advisor = advisor.strip()
    if not advisor:
        raise ValueError("a session needs the advisor's name")
    doc = db.document_id(path)
    with db.transaction() as conn:
        cur = conn.execute("INSERT INTO sessions(document_id, advisor, started) VALUES (?, ?, ?)", (doc, advisor, db.now()))
        sid = int(cur.lastrowid)
        conn.execute("INSERT INTO events(session_id, at, kind, data) VALUES (?, ?, 'start', ?)", (sid, db.now(), json.dumps({"advisor": advisor}, ensure_ascii=False)))
    return get_session(db, sid)


def get_session(db: HistoryDB, session_id: int) -> Session:
    row = db.conn.execute(_SELECT + " WHERE s.id = ?", (session_id,)).fetchone()
    if row is None:
        raise KeyError(session_id)
    return _session(row)


def open_session(db: HistoryDB, path: Path | str, advisor: str | None = None) -> Session | None:
    """The latest session on this sketch that has not ended (by this advisor, if named)."""
    doc = db.document_id(path, create=False)
    if doc is None:
        return None
    sql = _SELECT + " WHERE s.document_id = ? AND s.ended IS NULL"
    params: list[Any] = [doc]
    if advisor:
        sql += " AND s.advisor = ?"
        params.append(advisor.strip())
    row = db.conn.execute(sql + " ORDER BY s.id DESC LIMIT 1", params).fetchone()
    return _session(row) if row else None


def sessions_for(db: HistoryDB, path: Path | str) -> list[Session]:
    """Every session on a sketch, oldest first."""
    doc = db.document_id(path, create=False)
    if doc is None:
        return []
    return [_session(r) for r in db.conn.execute(_SELECT + " WHERE s.document_id = ? ORDER BY s.id", (doc,))]


def end_session(db: HistoryDB, session_id: int) -> Session:
    with db.transaction() as conn:
        conn.execute("UPDATE sessions SET ended = ? WHERE id = ? AND ended IS NULL", (db.now(), session_id))
        conn.execute("INSERT INTO events(session_id, at, kind, data) VALUES (?, ?, 'end', '{}')", (session_id, db.now()))
    return get_session(db, session_id)


def log_event(db: HistoryDB, session_id: int, kind: str, **data: Any) -> Event:
    """Add one entry to a session's log."""
    if kind not in EVENT_KINDS:
        raise ValueError(f"unknown session event '{kind}'")
    at = db.now()
    with db.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO events(session_id, at, kind, data) VALUES (?, ?, ?, ?)",
            (session_id, at, kind, json.dumps(data, ensure_ascii=False)),
        )
    return Event(int(cur.lastrowid), at, kind, data)


def events(db: HistoryDB, session_id: int) -> list[Event]:
    """A session's log, in order."""
    rows = db.conn.execute("SELECT * FROM events WHERE session_id = ? ORDER BY id", (session_id,))
    found = [Event(r["id"], r["at"], r["kind"], json.loads(r["data"])) for r in rows]
    # Entries name a comment or step by its row id; give each its per-sketch number as well.
    numbers = {"comments": _numbers(db, "comments", session_id), "steps": _numbers(db, "steps", session_id)}
    for e in found:
        table = "steps" if e.kind in ("step", "step_done") else "comments" if e.kind in ("comment", "resolve", "reopen") else None
        if table and isinstance(e.data.get("id"), int) and e.data["id"] in numbers[table]:
            e.data["number"] = numbers[table][e.data["id"]]
    return found


def _numbers(db: HistoryDB, table: str, session_id: int) -> dict[int, int]:
    """Row id → per-sketch number for the comments or steps of the session's sketch."""
    assert table in ("comments", "steps")
    rows = db.conn.execute(
        f"SELECT t.id, (SELECT COUNT(*) FROM {table} o WHERE o.document_id = t.document_id AND o.id <= t.id) AS n"
        f" FROM {table} t JOIN sessions s ON s.document_id = t.document_id WHERE s.id = ?",
        (session_id,),
    )
    return {r["id"]: r["n"] for r in rows}


def log_coach_exchange(db: HistoryDB, session_id: int, question: str, answer: str) -> Event:
    """Record a question to the writing coach and its answer."""
    return log_event(db, session_id, "coach", question=question, answer=answer)


def add_step(db: HistoryDB, path: Path | str, text: str, *, session_id: int | None = None) -> Step:
    """Record a next step agreed with the applicant."""
    text = text.strip()
    if not text:
        raise ValueError("a next step needs a text")
    doc = db.document_id(path)
    with db.transaction() as conn:
        cur = conn.execute("INSERT INTO steps(document_id, session_id, created, text) VALUES (?, ?, ?, ?)", (doc, session_id, db.now(), text))
        step_id = int(cur.lastrowid)
        if session_id is not None:
            conn.execute(
                "INSERT INTO events(session_id, at, kind, data) VALUES (?, ?, 'step', ?)",
                (session_id, db.now(), json.dumps({"id": step_id, "text": text}, ensure_ascii=False)),
            )
    return _step(db.conn.execute(_STEPS + " WHERE id = ?", (step_id,)).fetchone())


# Steps are numbered per sketch in the order they were agreed (never deleted, so a number stays,
# done or not); the row id is global across sketches and stays internal.
_STEPS = "SELECT *, (SELECT COUNT(*) FROM steps o WHERE o.document_id = steps.document_id AND o.id <= steps.id) AS number FROM steps"


def _step(row) -> Step:
    return Step(row["id"], row["session_id"], row["created"], row["text"], bool(row["done"]), row["number"])


def steps_for(db: HistoryDB, path: Path | str, *, include_done: bool = False, session_id: int | None = None) -> list[Step]:
    doc = db.document_id(path, create=False)
    if doc is None:
        return []
    sql = _STEPS + " WHERE document_id = ?"
    params: list[Any] = [doc]
    if not include_done:
        sql += " AND done = 0"
    if session_id is not None:
        sql += " AND session_id = ?"
        params.append(session_id)
    return [_step(r) for r in db.conn.execute(sql + " ORDER BY id", params)]


def mark_step_done(db: HistoryDB, step_id: int, done: bool = True, *, session_id: int | None = None) -> None:
    """Mark a next step done (or not); in a session, a step being done is an entry of its log."""
    with db.transaction() as conn:
        if conn.execute("UPDATE steps SET done = ? WHERE id = ?", (int(done), step_id)).rowcount == 0:
            raise KeyError(step_id)
        if session_id is not None and done:
            text = conn.execute("SELECT text FROM steps WHERE id = ?", (step_id,)).fetchone()["text"]
            conn.execute(
                "INSERT INTO events(session_id, at, kind, data) VALUES (?, ?, 'step_done', ?)",
                (session_id, db.now(), json.dumps({"id": step_id, "text": text}, ensure_ascii=False)),
            )
