"""The open sketch's coaching session and history, for the window: the session in progress, a
version kept per save, the coach's exchanges in the session's log. Screens and the app reach the
history through here; the palette's advisor commands are in `coaching.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..advisor.db import HistoryDB


def lang_of(app) -> str:
    return getattr(app, "lang", "nb")


def db_factory(app) -> Callable[[], HistoryDB]:
    """The app's history database (tests give the app a `history_db` factory)."""
    return getattr(app, "history_db", None) or HistoryDB


def draft_path(app) -> Path | None:
    draft = getattr(app, "draft", None)
    return Path(draft.path) if draft is not None else None


def current_session(app):
    path = draft_path(app)
    if path is None:
        return None
    import sqlite3

    from ..advisor.sessions import open_session
    from ..core.files.storage import SkisseFileError

    try:
        db = db_factory(app)()
    except (SkisseFileError, sqlite3.Error):
        return None
    try:
        return open_session(db, path)
    except sqlite3.Error:
        return None
    finally:
        db.close()


def record_save_in_background(app, text: str | None = None, *, note: str | None = None, before: str | None = None, before_note: str | None = None) -> None:
    """Keep the text as a version (checked, comments re-anchored, logged) off the UI thread;
    when it is kept is decided in `versioning.py`. `before`, when given, is kept first as a
    version of its own, in the same worker (an imported text before the metadata the user
    completed, a list before it became the budget table).
    """
    path = draft_path(app)
    if path is None:
        return
    text = text if text is not None else app.draft.text
    factory = db_factory(app)

    def work() -> None:
        from ..advisor.service import record_save

        db = factory()
        notice = getattr(db, "notice", None)
        if notice:  # a damaged history database was moved aside: say so once, in the window
            app.call_from_thread(app.notify, notice, severity="warning", timeout=12, markup=False)
        try:
            if before is not None and before != text:
                record_save(path, before, db=db, note=before_note)
            record_save(path, text, db=db, note=note)
        finally:
            db.close()

    app.run_worker(work, thread=True, group="history", exit_on_error=False)


def record_save_now(app, *, note: str | None = None) -> None:
    """Keep the text as a version now, on this thread: in the autosave worker, or before the app
    closes (a new worker would not outlive it)."""
    path = draft_path(app)
    if path is None:
        return
    from ..advisor.service import record_save

    try:
        db = db_factory(app)()
    except Exception:  # noqa: BLE001 - saving and quitting never fail because the history cannot be kept
        return
    try:
        record_save(path, app.draft.text, db=db, note=note)
    except Exception:  # noqa: BLE001 - as above
        pass
    finally:
        db.close()


def log_coach(app, question: str, answer: str) -> None:
    """Put a coach exchange in the open session's log (nothing when no session is open)."""
    session = current_session(app)
    if session is None or not (question.strip() or answer.strip()):
        return
    from ..advisor.sessions import log_coach_exchange

    db = db_factory(app)()
    try:
        log_coach_exchange(db, session.id, question, answer)
    finally:
        db.close()
