"""Page counts kept between runs, so that checking a folder again lays out only what changed.

A layout is the slow part of a check (some 40 ms for five pages, against 8 ms for every other
check together). Its result depends only on the typst source, the template and typst itself,
so it is stored under a hash of the three in a small SQLite file in the user's cache dir.
Advisors who check the same folder of sketches every week then pay for the sketches that
changed. The cache is an optimisation only: when it cannot be read or written (read-only home,
full disk) every count is laid out as before, and nothing is reported; a damaged file is
started again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from pathlib import Path

from ...data.paths import user_cache_dir
from ..pages import PageInfo

log = logging.getLogger(__name__)

FILE_NAME = "pages.sqlite"
MAX_ENTRIES = 20_000  # some 2 MB; the oldest go first
_PRUNE_EVERY = 500  # inserts between two looks at the size


def layout_key(source: str, template: str) -> str:
    """What a page count depends on: the source, the template, and the typst that lays it out."""
    import typst

    typst_version = getattr(typst, "__version__", "") or "unknown"
    digest = hashlib.sha256()
    for part in (typst_version, template, source):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _open(path: Path):  # type: ignore[no-untyped-def]
    """A connection to the cache, set up. Processes that open a new cache at the same moment
    (the workers of a first batch check) can find it locked while another sets it up, and
    SQLite's own wait does not cover switching to WAL: such a moment is waited out here, two
    seconds at most in all, instead of this process going without the cache for its run."""
    import sqlite3

    deadline = time.monotonic() + OPEN_WAIT_S
    pause = 0.02
    while True:
        left = max(0.05, deadline - time.monotonic())
        conn = sqlite3.connect(path, timeout=left, check_same_thread=False, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS pages (key TEXT PRIMARY KEY, pages INTEGER NOT NULL, fraction REAL NOT NULL, added REAL NOT NULL)"
            )
            conn.execute(f"PRAGMA busy_timeout = {int(OPEN_WAIT_S * 1000)}")  # later reads and writes
            return conn
        except sqlite3.OperationalError as exc:
            conn.close()
            if not _busy(exc) or time.monotonic() + pause >= deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)
        except BaseException:
            conn.close()
            raise


OPEN_WAIT_S = 2.0


def _busy(exc: Exception) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


class PageCache:
    """Thread-safe; each process opens its own connection. Every failure is a miss."""

    def __init__(self, path: Path | None = None) -> None:
        self._fixed = path
        self._lock = threading.Lock()
        self._conn = None
        self._conn_key: tuple[int, str] | None = None
        self._inserts = 0
        self._broken: set[str] = set()

    def _path(self) -> Path:
        return self._fixed or user_cache_dir() / FILE_NAME

    def _connect(self):  # type: ignore[no-untyped-def]
        path = self._path()
        key = (os.getpid(), str(path))
        if self._conn is not None and self._conn_key == key:
            return self._conn
        if str(path) in self._broken:
            return None
        import sqlite3

        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                conn = _open(path)
            except sqlite3.DatabaseError as exc:
                if type(exc) is not sqlite3.DatabaseError or not path.is_file():
                    raise  # locked, or not a file: leave it alone
                log.debug("page cache %s is damaged; starting it again", path)
                path.unlink()
                conn = _open(path)
        except (OSError, sqlite3.Error) as exc:
            log.debug("page cache %s not used: %s", path, exc)
            self._broken.add(str(path))
            return None
        self._conn, self._conn_key = conn, key
        return conn

    def _fail(self, exc: Exception) -> None:
        if _busy(exc):
            return  # another process holds it just now: a miss, not a reason to stop using it
        log.debug("page cache %s not used from now on: %s", self._path(), exc)
        self._broken.add(str(self._path()))
        if self._conn is not None:
            self._conn.close()
        self._conn = None

    def get(self, key: str) -> PageInfo | None:
        import sqlite3

        with self._lock:
            conn = self._connect()
            if conn is None:
                return None
            try:
                row = conn.execute("SELECT pages, fraction FROM pages WHERE key = ?", (key,)).fetchone()
            except sqlite3.Error as exc:
                self._fail(exc)
                return None
        if row is None or not isinstance(row[0], int) or row[0] < 1:
            return None
        return PageInfo.model_construct(pages=int(row[0]), fraction=float(row[1]))

    def put(self, key: str, info: PageInfo) -> None:
        import sqlite3

        with self._lock:
            conn = self._connect()
            if conn is None:
                return
            try:
                conn.execute(
                    "INSERT OR REPLACE INTO pages (key, pages, fraction, added) VALUES (?, ?, ?, ?)",
                    (key, info.pages, info.fraction, time.time()),
                )
                self._inserts += 1
                if self._inserts % _PRUNE_EVERY == 0:
                    self._prune(conn)
            except sqlite3.Error as exc:
                self._fail(exc)

    def _prune(self, conn) -> None:  # type: ignore[no-untyped-def]
        (count,) = conn.execute("SELECT COUNT(*) FROM pages").fetchone()
        if count > MAX_ENTRIES:
            conn.execute(
                "DELETE FROM pages WHERE key IN (SELECT key FROM pages ORDER BY added LIMIT ?)",
                (count - MAX_ENTRIES,),
            )
