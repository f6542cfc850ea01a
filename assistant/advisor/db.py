"""The history database: versions, sessions, comments and next steps in one SQLite file.

The sketch itself stays a plain Markdown file; this file only remembers what happened to it.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from ..core.data.paths import user_data_dir
from ..core.files.storage import SkisseFileError

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    advisor TEXT NOT NULL,
    started TEXT NOT NULL,
    ended TEXT
);
CREATE TABLE IF NOT EXISTS versions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    session_id INTEGER REFERENCES sessions(id),
    created TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    report TEXT,
    note TEXT
);
CREATE INDEX IF NOT EXISTS versions_by_document ON versions(document_id, id);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_session ON events(session_id, id);
CREATE TABLE IF NOT EXISTS comments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    session_id INTEGER REFERENCES sessions(id),
    author TEXT NOT NULL,
    created TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open',
    resolved TEXT,
    resolved_by TEXT,
    section TEXT,
    quote TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    start INTEGER,
    "end" INTEGER,
    orphaned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS comments_by_document ON comments(document_id, id);
CREATE TABLE IF NOT EXISTS steps (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    session_id INTEGER REFERENCES sessions(id),
    created TEXT NOT NULL,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);
"""

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_db_path() -> Path:
    """`history.sqlite3` in the user's data folder."""
    return user_data_dir() / "history.sqlite3"


_checked: set[str] = set()  # database files found whole by this process
# Two openers in one process (the window's worker and a screen) may both find the same damaged
# file: one moves it aside, the other must not then move the new database the first one started.
_MOVING = threading.Lock()


def _t(key: str, **kwargs: object) -> str:
    from ..i18n import system_language, t

    return t(key, system_language(), **kwargs)


def _open_error(path: Path, exc: BaseException) -> SkisseFileError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return SkisseFileError(_t("files.db_unusable", path=path, reason=reason), key="db_unusable")


def _damaged(exc: sqlite3.Error) -> bool:
    """An error that says the file is not a (whole) database, not that it is busy or unwritable."""
    text = str(exc).lower()
    return any(s in text for s in ("not a database", "malformed", "corrupt", "file is encrypted", "disk image"))


def _private_folder(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    mode = folder.stat().st_mode & 0o777
    if mode & 0o077 and folder.stat().st_uid == os.getuid():
        os.chmod(folder, mode & 0o700)


def _private_file(path: Path) -> None:
    """Create the database file 0600 before SQLite does (it would use the umask), or tighten it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            try:
                st = name.stat()
            except FileNotFoundError:
                continue
            if st.st_mode & 0o077 and st.st_uid == os.getuid():
                os.chmod(name, st.st_mode & 0o600)
        return
    os.close(fd)


def _move_aside(path: Path) -> Path:
    """NAME.damaged-YYYYmmdd-HHMMSS (and its -wal/-shm files beside it); the name is free."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def document_key(path: Path | str) -> str:
    """The key a sketch is known by in the history: its absolute path."""
    return str(Path(path).expanduser().resolve())


class HistoryDB:
    """One open history database. `clock` gives the time stamps (tests pass a fixed one).

    The file (every saved version of every sketch) is private: created 0600 in a 0700 folder,
    and tightened to that if found wider. A file SQLite cannot read (truncated, overwritten,
    not a database) is moved aside as `NAME.damaged-YYYYmmdd-HHMMSS` and a new one is started;
    `notice` then holds the one line that says so, for the command or the window to show.
    """

    def __init__(self, path: Path | None = None, *, clock: Clock = utc_now) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.clock = clock
        self.notice: str | None = None
        try:
            self._connect()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not _damaged(exc):
                raise _open_error(self.path, exc) from None
            self.conn.close()
            with _MOVING:
                _checked.discard(str(self.path.resolve()))
                try:
                    now = self.path.stat()
                except FileNotFoundError:
                    now = None
                if now is not None and (now.st_dev, now.st_ino) == self._opened:
                    moved = _move_aside(self.path)
                    self.notice = _t("files.db_damaged", path=self.path, moved=moved.name)
                # else another opener has moved the damaged file aside already, and says so.
                try:
                    self._connect()
                except (OSError, sqlite3.Error) as again:
                    raise _open_error(self.path, again) from None

    def _connect(self) -> None:
        try:
            _private_folder(self.path.parent)
            _private_file(self.path)
            opened = self.path.stat()
            self._opened = (opened.st_dev, opened.st_ino)  # the file this connection reads
            # Screens open the database in a worker thread and read it in the UI thread; never at once.
            self.conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise _open_error(self.path, exc) from None
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        # A truncated or scribbled file often opens; its pages fail on the first read. Checked
        # once per process and file (36 ms for 20 MB of versions), not at every open.
        key = str(self.path.resolve())
        if key not in _checked:
            problem = self.conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(problem)
            _checked.add(key)
        self._migrate()

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise SkisseFileError(f"{self.path}: made by a newer Skisse (schema {version}); update Skisse to open it")
        if version < SCHEMA_VERSION:
            with self.transaction():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    def document_id(self, path: Path | str, *, create: bool = True) -> int | None:
        """The id of a sketch in the history; created on first use."""
        key = document_key(path)
        row = self.conn.execute("SELECT id FROM documents WHERE path = ?", (key,)).fetchone()
        if row is not None:
            return int(row["id"])
        if not create:
            return None
        cur = self.conn.execute("INSERT OR IGNORE INTO documents(path, created) VALUES (?, ?)", (key, self.now()))
        if cur.lastrowid and cur.rowcount:
            return int(cur.lastrowid)
        row = self.conn.execute("SELECT id FROM documents WHERE path = ?", (key,)).fetchone()
        return int(row["id"])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> HistoryDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on error; writers from two processes queue up."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
