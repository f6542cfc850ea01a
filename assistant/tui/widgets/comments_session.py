"""Coaching in the app: start and end a session, comment on the selected words, keep a version
per save, open the history, the portfolio and the feedback report. The app reaches all of this
through `advisor_commands(app)` (palette) and `record_save_in_background(app)` (after a save).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from ...advisor.db import HistoryDB
from ..safe import shown
from ..safe import tr as t  # the locale text with each value escaped for markup


class AskText(ModalScreen[str | None]):
    """One question, one line of answer; Escape cancels."""

    DEFAULT_CSS = """
    AskText { align: center middle; }
    AskText > Vertical { width: 70; height: auto; padding: 1 2; border: round $primary; background: $surface; }
    AskText #ask-hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "advisor.tui.back", id="ask.cancel")]

    def __init__(self, question: str, *, value: str = "", hint: str = "") -> None:
        super().__init__()
        self.question, self.value, self.hint = question, value, hint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, id="ask-question")
            yield Input(self.value, id="ask-input")
            yield Static(self.hint, id="ask-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _lang(app) -> str:
    return getattr(app, "lang", "nb")


def _db_factory(app) -> Callable[[], HistoryDB]:
    """The app's history database (tests give the app a `history_db` factory)."""
    return getattr(app, "history_db", None) or HistoryDB


def _draft_path(app) -> Path | None:
    draft = getattr(app, "draft", None)
    return Path(draft.path) if draft is not None else None


def current_session(app):
    path = _draft_path(app)
    if path is None:
        return None
    import sqlite3

    from ...advisor.sessions import open_session
    from ...core.storage import SkisseFileError

    try:
        db = _db_factory(app)()
    except (SkisseFileError, sqlite3.Error):
        return None
    try:
        return open_session(db, path)
    except sqlite3.Error:
        return None
    finally:
        db.close()


AUTOSAVE_VERSION_INTERVAL = 300.0  # seconds: an autosave keeps a version at most this often


def record_save_in_background(app, text: str | None = None, *, autosave: bool = False) -> None:
    """Keep the saved text as a version (checked, comments re-anchored, logged) off the UI thread.

    Explicit saves always keep a version; autosaves at most every AUTOSAVE_VERSION_INTERVAL.
    """
    path = _draft_path(app)
    if path is None:
        return
    text = text if text is not None else app.draft.text
    factory = _db_factory(app)

    def work() -> None:
        from ...advisor.service import record_save

        db = factory()
        try:
            record_save(path, text, db=db, min_interval=AUTOSAVE_VERSION_INTERVAL if autosave else None)
        finally:
            db.close()

    app.run_worker(work, thread=True, group="history", exit_on_error=False)


def record_save_now(app, *, autosave: bool = False) -> None:
    """Keep the text as a version now, on this thread: in the autosave worker, or before the app
    closes (a new worker would not outlive it)."""
    path = _draft_path(app)
    if path is None:
        return
    from ...advisor.service import record_save

    try:
        db = _db_factory(app)()
    except Exception:  # noqa: BLE001 - saving and quitting never fail because the history cannot be kept
        return
    try:
        record_save(path, app.draft.text, db=db, min_interval=AUTOSAVE_VERSION_INTERVAL if autosave else None)
    except Exception:  # noqa: BLE001 - as above
        pass
    finally:
        db.close()


def log_coach(app, question: str, answer: str) -> None:
    """Put a coach exchange in the open session's log (nothing when no session is open)."""
    session = current_session(app)
    if session is None or not (question.strip() or answer.strip()):
        return
    from ...advisor.sessions import log_coach_exchange

    db = _db_factory(app)()
    try:
        log_coach_exchange(db, session.id, question, answer)
    finally:
        db.close()


def start_session(app) -> None:
    path = _draft_path(app)
    if path is None:
        return
    lang = _lang(app)

    def begin(name: str | None) -> None:
        if not name:
            return
        from ...advisor.service import checkpoint
        from ...advisor.sessions import start_session as start

        flush = getattr(app, "flush_save", None)
        if flush:
            flush()
        db = _db_factory(app)()
        try:
            session = start(db, path, name)
            checkpoint(db, path, app.draft.text, session=session)
        finally:
            db.close()
        app.notify(t("advisor.cli.session_started", lang, id=session.id, advisor=name, path=path.name))

    app.push_screen(AskText(t("advisor.tui.advisor_name", lang), value=os.environ.get("SKISSE_ADVISOR", "")), begin)


def end_session(app) -> None:
    session = current_session(app)
    if session is None:
        return
    from ...advisor.sessions import end_session as end

    db = _db_factory(app)()
    try:
        end(db, session.id)
    finally:
        db.close()
    app.notify(t("advisor.cli.session_ended", _lang(app), id=session.id))


def selected_quote(app) -> tuple[str | None, str | None]:
    """(section id, selected words) in the editor, or (None, None) when nothing is selected."""
    screen = app.screen
    if getattr(screen, "screen_name", None) != "editor":
        return None, None
    from textual.widgets import TextArea

    try:
        area = screen.query_one("#text", TextArea)
    except Exception:  # noqa: BLE001 - an editor without a text area: nothing selected
        return None, None
    section = getattr(screen, "section", None)
    section = None if section in (None, "__whole__") else section
    return section, (area.selected_text or None)


def comment(app) -> None:
    """Comment on the words selected in the editor (or on the section shown, or the whole sketch)."""
    path = _draft_path(app)
    if path is None:
        return
    lang = _lang(app)
    section, quote = selected_quote(app)

    def save(body: str | None) -> None:
        if not body:
            return
        from ...advisor.anchors import anchor_for_quote, make_anchor
        from ...advisor.comments import add_comment

        sketch = app.draft.sketch
        anchor = anchor_for_quote(sketch, quote, section=section) if quote else None
        anchor = anchor or make_anchor(sketch, section=section)
        session = current_session(app)
        author = session.advisor if session else (os.environ.get("SKISSE_ADVISOR") or os.environ.get("USER") or "?")
        db = _db_factory(app)()
        try:
            added = add_comment(db, path, anchor, body, author=author, session_id=session.id if session else None)
        finally:
            db.close()
        from ...advisor.report import section_title

        app.notify(t("advisor.cli.comment_added", lang, id=added.id, where=section_title(added.section, lang)))
        for screen in app.screen_stack:
            for panel in screen.query("CommentsPanel"):
                panel.reload(app.draft.text)

    hint = f"«{shown(' '.join(quote.split())[:60])}»" if quote else ""
    app.push_screen(AskText(t("advisor.tui.comment_prompt", lang), hint=hint), save)


def show_history(app) -> None:
    path = _draft_path(app)
    if path is None:
        return
    from ..screens.history import HistoryScreen

    flush = getattr(app, "flush_save", None)
    if flush:
        flush()
    app.push_screen(HistoryScreen(path, db_factory=_db_factory(app)))


def show_portfolio(app) -> None:
    path = _draft_path(app)
    lang = _lang(app)

    def open_folder(folder: str | None) -> None:
        if not folder:
            return
        target = Path(folder).expanduser()
        if not target.is_dir():
            app.notify(t("advisor.cli.not_a_folder", lang, path=target), severity="error")
            return
        from ..screens.portfolio import PortfolioScreen

        app.push_screen(PortfolioScreen(target))

    default = str(path.parent if path else Path.cwd())
    app.push_screen(AskText(t("advisor.cli.opt_dir", lang), value=default), open_folder)


def write_report(app) -> None:
    """Write the feedback report next to the sketch (NAME.tilbakemelding.md)."""
    path = _draft_path(app)
    if path is None:
        return
    from ...advisor.checking import check_text
    from ...advisor.report import feedback_markdown
    from ...advisor.service import checkpoint
    from ...core.storage import SkisseFileError, atomic_write_text

    flush = getattr(app, "flush_save", None)
    if flush:
        flush()
    text = app.draft.text
    target = path.with_name(path.stem + ".tilbakemelding.md")
    db = _db_factory(app)()
    try:
        session = current_session(app)
        report = check_text(text, path)
        checkpoint(db, path, text, session=session, report=report)
        markdown = feedback_markdown(db, path, report, text=text, lang=app.draft.sketch.language.value, session=session)
        atomic_write_text(target, markdown)
    except SkisseFileError as exc:
        app.notify(shown(exc), severity="error", timeout=8)
        return
    finally:
        db.close()
    app.notify(t("advisor.cli.report_written", _lang(app), path=target.name))


def advisor_commands(app) -> Iterable[SystemCommand]:
    """Palette entries for the advisor features; the ones needing a sketch only when one is open."""
    tr = lambda key: t(f"advisor.tui.{key}", _lang(app))  # noqa: E731
    yield SystemCommand(tr("portfolio"), tr("portfolio_help"), lambda: show_portfolio(app))
    if _draft_path(app) is None:
        return
    yield SystemCommand(tr("history"), tr("history_help"), lambda: show_history(app))
    yield SystemCommand(tr("comment"), tr("comment_help"), lambda: comment(app))
    yield SystemCommand(tr("report"), tr("report_help"), lambda: write_report(app))
    if current_session(app) is None:
        yield SystemCommand(tr("session_start"), tr("session_start_help"), lambda: start_session(app))
    else:
        yield SystemCommand(tr("session_end"), tr("session_end_help"), lambda: end_session(app))
