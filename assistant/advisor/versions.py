"""Versions of a sketch: one per save, compared side by side with the verdicts before and after."""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from ..core.files.storage import SkisseFileError, atomic_write_text, read_text_file
from ..core.judging.checkup import parse
from ..core.judging.findings import Report
from .db import HistoryDB


@dataclass(frozen=True)
class Version:
    """The text of a sketch at one save, and what the rubric said about it then."""

    id: int
    number: int  # 1, 2, 3 … per sketch
    created: str
    sha256: str
    text: str
    report: Report | None
    session_id: int | None
    note: str | None

    def verdicts(self) -> dict[str, str]:
        return self.report.statuses() if self.report else {}


@dataclass(frozen=True)
class VerdictChange:
    """One criterion's verdict in two versions."""

    criterion: str
    title: str
    before: str | None
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def __str__(self) -> str:
        return f"{self.criterion}: {self.before or '–'} → {self.after or '–'}"


@dataclass(frozen=True)
class DiffRow:
    """One row of a side-by-side diff; a side is None where that version has no line."""

    tag: str  # equal, replace, delete, insert
    left_no: int | None
    left: str | None
    right_no: int | None
    right: str | None


@dataclass(frozen=True)
class Comparison:
    old: Version
    new: Version
    verdicts: list[VerdictChange]
    sections_changed: list[str]
    rows: list[DiffRow]

    @property
    def verdict_changes(self) -> list[VerdictChange]:
        return [v for v in self.verdicts if v.changed]


def in_language(version: Version, lang: str) -> Version:
    """The version as a reader of `lang` sees it: its verdicts' titles (and any finding that
    remembers how it was said) in `lang`. Versions are judged, and kept, in the sketch's language."""
    if version.report is None:
        return version
    from ..core.judging.engine import report_in

    return replace(version, report=report_in(version.report, lang))


NOTE_PREFIX = "note:"  # a note the program writes: a catalogue key and its values, shown in the reader's language
# Every keeper's note (catalogue `advisor.note.<name>`, «-» read as «_»): what kept the version.
NOTE_NAMES = ("before-restore", "idle", "screen", "export", "close", "save", "open", "coach", "report", "session", "imported", "completed", "before-table", "table")


def note_key(name: str, *values: object) -> str:
    """A note kept as a key («note:restored:3»), so each reader sees it in their language."""
    return ":".join([NOTE_PREFIX.rstrip(":"), name, *(str(v) for v in values)])


def note_text(note: str | None, lang: str) -> str:
    """A version's note as the reader reads it: a program's note in `lang`; any other note
    (older notes, kept in the words they were written in) as written."""
    if not note:
        return ""
    if not note.startswith(NOTE_PREFIX):
        return note
    from ..i18n import t

    name, _, rest = note[len(NOTE_PREFIX) :].partition(":")
    values = rest.split(":") if rest else []
    if name == "restored" and values:
        return t("advisor.note.restored", lang, number=values[0])
    if name in NOTE_NAMES:
        return t(f"advisor.note.{name.replace('-', '_')}", lang)
    return note


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_COLUMNS = "v.id, v.created, v.sha256, v.text, v.report, v.session_id, v.note, (SELECT COUNT(*) FROM versions w WHERE w.document_id = v.document_id AND w.id <= v.id) AS number"


def _version(row) -> Version:
    report = Report.model_validate_json(row["report"]) if row["report"] else None
    return Version(row["id"], row["number"], row["created"], row["sha256"], row["text"], report, row["session_id"], row["note"])


def record_version(
    db: HistoryDB,
    path: Path | str,
    text: str,
    *,
    report: Report | None = None,
    session_id: int | None = None,
    note: str | None = None,
) -> tuple[Version, bool]:
    """Keep this text as a version unless it equals the latest; (version, whether it is new)."""
    doc = db.document_id(path)
    digest = sha256(text)
    # The check and the insert in one write transaction: two saves racing keep one version.
    with db.transaction() as conn:
        row = conn.execute("SELECT id, sha256, report IS NULL AS bare FROM versions WHERE document_id = ? ORDER BY id DESC LIMIT 1", (doc,)).fetchone()
        if row is not None and row["sha256"] == digest:
            if report is not None and row["bare"]:
                conn.execute("UPDATE versions SET report = ? WHERE id = ?", (report.model_dump_json(), row["id"]))
            same = int(row["id"])
        else:
            same = None
            cur = conn.execute(
                "INSERT INTO versions(document_id, session_id, created, sha256, text, report, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc, session_id, db.now(), digest, text, report.model_dump_json() if report else None, note),
            )
    if same is not None:
        return get_version(db, same), False
    return get_version(db, int(cur.lastrowid)), True


def judge_unjudged(db: HistoryDB, path: Path | str, versions: list[Version]) -> list[Version]:
    """The versions, each judged as `skisse check` judges it. A version kept without a verdict
    (the text on disk before a restore) or without a page count (kept before every save was
    judged with one) is judged now, through the core's checkup, and the verdict is stored with
    it; a version whose rubric cannot be read is left as it is."""
    from ..core.sketch.rubric import RubricError
    from .checking import check_text

    out: list[Version] = []
    for version in versions:
        if version.report is not None and version.report.pages is not None:
            out.append(version)
            continue
        try:
            report = check_text(version.text, Path(path))
        except RubricError:
            out.append(version)
            continue
        if report.pages is None and version.report is not None:
            out.append(version)  # no page count now either: what it was judged with stands
            continue
        with db.transaction() as conn:
            conn.execute("UPDATE versions SET report = ? WHERE id = ?", (report.model_dump_json(), version.id))
        out.append(replace(version, report=report))
    return out


def seconds_since_latest(db: HistoryDB, path: Path | str) -> float | None:
    """How long ago the latest version was kept; None when there is none."""
    from datetime import datetime

    latest = latest_version(db, path)
    if latest is None:
        return None
    return (db.clock() - datetime.fromisoformat(latest.created)).total_seconds()


def get_version(db: HistoryDB, version_id: int) -> Version:
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM versions v WHERE v.id = ?", (version_id,)).fetchone()
    if row is None:
        raise KeyError(version_id)
    return _version(row)


def version_by_number(db: HistoryDB, path: Path | str, number: int) -> Version:
    """Version n of this sketch (1 is the first; negative counts from the latest)."""
    items = list_versions(db, path)
    try:
        if number == 0:
            raise IndexError
        return items[number - 1] if number > 0 else items[number]
    except IndexError:
        raise KeyError(number) from None


def list_versions(db: HistoryDB, path: Path | str) -> list[Version]:
    doc = db.document_id(path, create=False)
    if doc is None:
        return []
    rows = db.conn.execute(f"SELECT {_COLUMNS} FROM versions v WHERE v.document_id = ? ORDER BY v.id", (doc,))
    return [_version(r) for r in rows]


def latest_version(db: HistoryDB, path: Path | str) -> Version | None:
    doc = db.document_id(path, create=False)
    if doc is None:
        return None
    row = db.conn.execute(f"SELECT {_COLUMNS} FROM versions v WHERE v.document_id = ? ORDER BY v.id DESC LIMIT 1", (doc,)).fetchone()
    return _version(row) if row else None


def verdict_changes(old: Report | None, new: Report | None) -> list[VerdictChange]:
    """Every criterion in either report, with its verdict before and after."""
    before = {c.id: c for c in old.criteria} if old else {}
    after = {c.id: c for c in new.criteria} if new else {}
    order = list(after) + [cid for cid in before if cid not in after]
    return [
        VerdictChange(
            cid,
            (after.get(cid) or before[cid]).title,
            before[cid].status.value if cid in before else None,
            after[cid].status.value if cid in after else None,
        )
        for cid in order
    ]


def sections_changed(old_text: str, new_text: str) -> list[str]:
    """The sections whose text differs between two versions (added and removed ones too)."""
    old = parse(old_text)
    new = parse(new_text)
    old_bodies = {(s.key or s.heading): s.body.strip() for s in old.sections}
    new_bodies = {(s.key or s.heading): s.body.strip() for s in new.sections}
    order = list(new_bodies) + [k for k in old_bodies if k not in new_bodies]
    return [k for k in order if old_bodies.get(k) != new_bodies.get(k)]


def side_by_side(old_text: str, new_text: str, *, context: int | None = 3) -> list[DiffRow]:
    """Rows for a two-column diff; `context` equal lines around each change (None: all)."""
    a = old_text.splitlines()
    b = new_text.splitlines()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    groups = [matcher.get_opcodes()] if context is None else list(matcher.get_grouped_opcodes(context))
    rows: list[DiffRow] = []
    for group in groups:
        if rows:
            rows.append(DiffRow("gap", None, None, None, None))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                rows.extend(DiffRow(tag, i + 1, a[i], j + 1, b[j]) for i, j in zip(range(i1, i2), range(j1, j2)))
                continue
            for k in range(max(i2 - i1, j2 - j1)):
                i, j = i1 + k, j1 + k
                rows.append(
                    DiffRow(
                        tag,
                        i + 1 if i < i2 else None,
                        a[i] if i < i2 else None,
                        j + 1 if j < j2 else None,
                        b[j] if j < j2 else None,
                    )
                )
    return rows


def compare(old: Version, new: Version, *, context: int | None = 3) -> Comparison:
    """Two versions side by side, with the verdicts before and after."""
    return Comparison(
        old=old,
        new=new,
        verdicts=verdict_changes(old.report, new.report),
        sections_changed=sections_changed(old.text, new.text),
        rows=side_by_side(old.text, new.text, context=context),
    )


def restore_version(db: HistoryDB, path: Path | str, version: Version, *, session_id: int | None = None) -> Version:
    """Write an old version back to the file (keeping the current file as NAME~), and record it."""
    path = Path(path)
    try:
        current: str | None = read_text_file(path).text
    except SkisseFileError:
        current = None
    if current is not None and sha256(current) != version.sha256:
        # What is on disk now is kept as a version too, so the restore can be undone.
        record_version(db, path, current, session_id=session_id, note=note_key("before-restore"))
    atomic_write_text(path, version.text, backup=True)
    restored, _ = record_version(db, path, version.text, report=version.report, session_id=session_id, note=note_key("restored", version.number))
    if session_id is not None:
        from .sessions import log_event

        log_event(db, session_id, "restore", version=version.number)
    return restored
