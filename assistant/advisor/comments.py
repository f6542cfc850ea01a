"""Advisor comments, kept in the history database and never in the sketch's text."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..core.sketch.model import Sketch
from .anchors import Anchor, locate
from .db import HistoryDB


class CommentStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


@dataclass(frozen=True)
class Comment:
    """One comment: who wrote what, when, about which words or section."""

    id: int
    author: str
    created: str
    body: str
    status: CommentStatus
    anchor: Anchor
    end: int | None = None
    orphaned: bool = False
    resolved: str | None = None
    resolved_by: str | None = None
    session_id: int | None = None
    number: int = 0  # its number on this sketch (1, 2, …), the one the advisor sees and types

    @property
    def is_open(self) -> bool:
        return self.status is CommentStatus.OPEN

    @property
    def section(self) -> str | None:
        return self.anchor.section

    @property
    def quote(self) -> str:
        return self.anchor.quote

    @property
    def span(self) -> tuple[int, int] | None:
        if self.anchor.start is None or self.end is None or self.orphaned:
            return None
        return self.anchor.start, self.end

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "author": self.author,
            "created": self.created,
            "body": self.body,
            "status": self.status.value,
            "section": self.section,
            "quote": self.quote,
            "start": self.anchor.start,
            "end": self.end,
            "orphaned": self.orphaned,
            "resolved": self.resolved,
            "resolved_by": self.resolved_by,
        }


def _row_to_comment(row) -> Comment:
    return Comment(
        id=row["id"],
        author=row["author"],
        created=row["created"],
        body=row["body"],
        status=CommentStatus(row["status"]),
        anchor=Anchor(section=row["section"], quote=row["quote"], prefix=row["prefix"], suffix=row["suffix"], start=row["start"]),
        end=row["end"],
        orphaned=bool(row["orphaned"]),
        resolved=row["resolved"],
        resolved_by=row["resolved_by"],
        session_id=row["session_id"],
        number=row["number"],
    )


# Comments are numbered per sketch in the order they were made (never deleted, so a number
# stays); the row id is global across sketches and stays internal. Older databases need no change.
_NUMBERED = "SELECT *, (SELECT COUNT(*) FROM comments o WHERE o.document_id = comments.document_id AND o.id <= comments.id) AS number FROM comments"


def add_comment(db: HistoryDB, path: Path | str, anchor: Anchor, body: str, *, author: str, session_id: int | None = None) -> Comment:
    """Keep a new open comment on the sketch at `path`."""
    doc = db.document_id(path)
    end = anchor.start + len(anchor.quote) if anchor.start is not None and anchor.quote else None
    with db.transaction() as conn:
        cur = conn.execute(
            'INSERT INTO comments(document_id, session_id, author, created, body, status, section, quote, prefix, suffix, start, "end")'
            " VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)",
            (doc, session_id, author, db.now(), body.strip(), anchor.section, anchor.quote, anchor.prefix, anchor.suffix, anchor.start, end),
        )
        comment_id = int(cur.lastrowid)
        if session_id is not None:
            conn.execute(
                "INSERT INTO events(session_id, at, kind, data) VALUES (?, ?, 'comment', ?)",
                (session_id, db.now(), json.dumps({"id": comment_id, "section": anchor.section, "quote": anchor.quote, "body": body.strip()}, ensure_ascii=False)),
            )
    return get_comment(db, comment_id)


def get_comment(db: HistoryDB, comment_id: int) -> Comment:
    row = db.conn.execute(_NUMBERED + " WHERE id = ?", (comment_id,)).fetchone()
    if row is None:
        raise KeyError(comment_id)
    return _row_to_comment(row)


def list_comments(db: HistoryDB, path: Path | str, *, status: CommentStatus | None = None) -> list[Comment]:
    """The comments on a sketch, oldest first."""
    doc = db.document_id(path, create=False)
    if doc is None:
        return []
    sql = _NUMBERED + " WHERE document_id = ?"
    params: list = [doc]
    if status is not None:
        sql += " AND status = ?"
        params.append(status.value)
    return [_row_to_comment(r) for r in db.conn.execute(sql + " ORDER BY id", params)]


def set_status(db: HistoryDB, comment_id: int, status: CommentStatus, *, by: str, session_id: int | None = None) -> Comment:
    """Resolve a comment, or open it again."""
    resolved = db.now() if status is CommentStatus.RESOLVED else None
    with db.transaction() as conn:
        cur = conn.execute(
            "UPDATE comments SET status = ?, resolved = ?, resolved_by = ? WHERE id = ?",
            (status.value, resolved, by if resolved else None, comment_id),
        )
        if cur.rowcount == 0:
            raise KeyError(comment_id)
        if session_id is not None:
            conn.execute(
                "INSERT INTO events(session_id, at, kind, data) VALUES (?, ?, ?, ?)",
                (session_id, db.now(), "resolve" if resolved else "reopen", json.dumps({"id": comment_id})),
            )
    return get_comment(db, comment_id)


def reanchor(db: HistoryDB, path: Path | str, sketch: Sketch) -> list[Comment]:
    """Find every comment's text again in the sketch as it is now, and remember where it is.

    A comment whose words are gone is kept and marked orphaned, with its quote, so nothing
    an advisor wrote is lost.
    """
    comments = list_comments(db, path)
    updated: list[Comment] = []
    with db.transaction() as conn:
        for comment in comments:
            if not comment.anchor.is_span and comment.anchor.section is None:
                continue  # a comment on the whole sketch is always in place
            found = locate(comment.anchor, sketch)
            if found is None:
                conn.execute("UPDATE comments SET orphaned = 1 WHERE id = ?", (comment.id,))
                continue
            text = sketch.source
            if comment.anchor.is_span:
                prefix = text[max(0, found.start - len(comment.anchor.prefix)) : found.start] if comment.anchor.prefix else ""
                suffix = text[found.end : found.end + len(comment.anchor.suffix)] if comment.anchor.suffix else ""
                quote = text[found.start : found.end]
            else:
                prefix, suffix, quote = "", "", ""
            conn.execute(
                'UPDATE comments SET orphaned = 0, start = ?, "end" = ?, section = ?, quote = ?, prefix = ?, suffix = ? WHERE id = ?',
                (found.start if comment.anchor.is_span else None, found.end if comment.anchor.is_span else None,
                 found.section, quote, prefix, suffix, comment.id),
            )
    for comment in comments:
        updated.append(get_comment(db, comment.id))
    return updated


SIDECAR_FORMAT = "skisse-comments/1"


def export_comments(db: HistoryDB, path: Path | str) -> dict:
    """The comments on a sketch as a sidecar document (JSON-ready), to pass to another advisor."""
    return {
        "format": SIDECAR_FORMAT,
        "sketch": Path(path).name,
        "comments": [
            {
                "author": c.author,
                "created": c.created,
                "body": c.body,
                "status": c.status.value,
                "resolved": c.resolved,
                "resolved_by": c.resolved_by,
                "section": c.anchor.section,
                "quote": c.anchor.quote,
                "prefix": c.anchor.prefix,
                "suffix": c.anchor.suffix,
                "start": c.anchor.start,
            }
            for c in list_comments(db, path)
        ],
    }


def _text(item: dict, key: str) -> str | None:
    """A text field of an imported comment, or None when it is absent or not text."""
    value = item.get(key)
    return value if isinstance(value, str) else None


def import_comments(db: HistoryDB, path: Path | str, data: dict, sketch: Sketch) -> int:
    """Add the comments of a sidecar that this history lacks; anchored to the sketch as it is now."""
    if not isinstance(data, dict) or data.get("format") != SIDECAR_FORMAT:
        raise ValueError(f"not a comments file (expected format {SIDECAR_FORMAT})")
    have = {(c.author, c.created, c.body) for c in list_comments(db, path)}
    doc = db.document_id(path)
    added = 0
    with db.transaction() as conn:
        for item in data.get("comments", []):
            if not isinstance(item, dict):
                continue  # a file edited by hand: what cannot be a comment is left out, the rest kept
            key = (str(item.get("author", "")), str(item.get("created", "")), str(item.get("body", "")).strip())
            if key in have or not key[2]:
                continue
            have.add(key)
            status = CommentStatus.RESOLVED if item.get("status") == CommentStatus.RESOLVED.value else CommentStatus.OPEN
            start = item.get("start") if type(item.get("start")) is int and item.get("start") >= 0 else None
            quote = item.get("quote") if isinstance(item.get("quote"), str) else ""
            conn.execute(
                'INSERT INTO comments(document_id, author, created, body, status, resolved, resolved_by, section, quote, prefix, suffix, start, "end")'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc, key[0], key[1], key[2], status.value, _text(item, "resolved"), _text(item, "resolved_by"), _text(item, "section"),
                 quote, _text(item, "prefix") or "", _text(item, "suffix") or "", start, start + len(quote) if start is not None and quote else None),
            )
            added += 1
    reanchor(db, path, sketch)
    return added
