"""The advisor's commands in the window (the command palette): start and end a session, comment
on the selected words, open the history and the portfolio, write the feedback report. They open
screens, so they live beside the app, not in a screen or a widget.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from textual.app import SystemCommand

from ..advisor.versions import note_key
from .advising import current_session, db_factory, draft_path, lang_of
from .safe import shown
from .safe import tr as t  # the locale text with each value escaped for markup
from .screens.ask_text import AskText


def _flush(app) -> None:
    """Write what is typed to the file now, so the history takes the text the user sees."""
    flush = getattr(app, "flush_save", None)
    if flush:
        flush()


@contextmanager
def _history(app) -> Iterator:
    """The app's history database, open for the `with` block and closed after it."""
    db = db_factory(app)()
    try:
        yield db
    finally:
        db.close()


def start_session(app) -> None:
    path = draft_path(app)
    if path is None:
        return
    lang = lang_of(app)

    def begin(name: str | None) -> None:
        if not name:
            return
        from ..advisor.service import checkpoint
        from ..advisor.sessions import start_session as start

        _flush(app)
        with _history(app) as db:
            session = start(db, path, name)
            checkpoint(db, path, app.draft.text, session=session, note=note_key("session"))
        app.session_started_here = session.id  # asked about when the window closes
        app.notify(t("advisor.cli.session_started", lang, id=session.id, advisor=name, path=path.name))

    ask = AskText(
        t("advisor.tui.advisor_name", lang),
        value=os.environ.get("SKISSE_ADVISOR", ""),
        title=t("advisor.tui.session_start", lang),
        keys=t("advisor.tui.ask_keys", lang),
    )
    app.push_screen(ask, begin)


def end_session(app) -> None:
    session = current_session(app)
    if session is None:
        return
    from ..advisor.sessions import end_session as end

    with _history(app) as db:
        end(db, session.id)
    app.notify(t("advisor.cli.session_ended", lang_of(app), id=session.id))


def end_session_before(app, then) -> None:
    """Before the window closes: a session started in it and still open is asked about (end it,
    or leave it open for later); the next advisor is refused while it stays open. Then `then`."""
    started = getattr(app, "session_started_here", None)
    session = current_session(app) if started is not None else None
    if session is None or session.id != started:
        then()
        return
    from .screens.confirm import ConfirmScreen

    lang = lang_of(app)

    def answered(end: bool | None) -> None:
        if end:
            end_session(app)
        app.session_started_here = None
        then()

    question = t("advisor.tui.session_open_on_quit", lang, id=session.id, advisor=session.advisor)
    app.push_screen(ConfirmScreen(question, t("advisor.tui.session_end_and_quit", lang), t("advisor.tui.session_keep_and_quit", lang)), answered)


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
    path = draft_path(app)
    if path is None:
        return
    lang = lang_of(app)
    section, quote = selected_quote(app)

    def save(body: str | None) -> None:
        if not body:
            return
        from ..advisor.anchors import anchor_for_quote, make_anchor
        from ..advisor.comments import add_comment

        sketch = app.draft.sketch
        anchor = anchor_for_quote(sketch, quote, section=section) if quote else None
        anchor = anchor or make_anchor(sketch, section=section)
        session = current_session(app)
        author = session.advisor if session else (os.environ.get("SKISSE_ADVISOR") or os.environ.get("USER") or "?")
        with _history(app) as db:
            added = add_comment(db, path, anchor, body, author=author, session_id=session.id if session else None)
        from ..advisor.report import section_title

        app.notify(t("advisor.cli.comment_added", lang, id=added.number, where=section_title(added.section, lang)))
        for screen in app.screen_stack:
            for panel in screen.query("CommentsPanel"):
                panel.reload(app.draft.text)

    hint = f"«{shown(' '.join(quote.split())[:60])}»" if quote else ""
    app.push_screen(AskText(t("advisor.tui.comment_prompt", lang), hint=hint, keys=t("advisor.tui.ask_keys", lang)), save)


def show_history(app) -> None:
    path = draft_path(app)
    if path is None:
        return
    from .screens.history import HistoryScreen

    _flush(app)
    app.push_screen(HistoryScreen(path, db_factory=db_factory(app)))


def show_portfolio(app) -> None:
    path = draft_path(app)
    lang = lang_of(app)

    def open_folder(folder: str | None) -> None:
        if not folder:
            return
        target = Path(folder).expanduser()
        from ..core.files.confine import is_inside, root

        if not is_inside(target):  # a served window: only its own folder
            app.notify(t("serve.outside", lang, path=str(target), folder=str(root())), severity="error")
            return
        if not target.is_dir():
            app.notify(t("advisor.cli.not_a_folder", lang, path=target), severity="error")
            return
        from .screens.portfolio import PortfolioScreen

        kept = getattr(app, "portfolio_screen", None)
        if kept is not None and kept.folder.resolve() == target.resolve() and kept not in app.screen_stack:
            app.action_portfolio_back()  # the same folder: as it was left, filter and order kept
            return
        app.push_screen(PortfolioScreen(target))

    kept = getattr(app, "portfolio_screen", None)
    default = str(kept.folder if kept is not None else path.parent if path else Path.cwd())
    ask = AskText(
        t("advisor.tui.portfolio_folder", lang),
        value=default,
        title=t("advisor.tui.portfolio", lang),
        hint=t("advisor.tui.portfolio_folder_hint", lang),
        keys=t("advisor.tui.ask_keys", lang),
    )
    app.push_screen(ask, open_folder)


def write_report(app) -> None:
    """Write the feedback report next to the sketch (NAME.tilbakemelding.md)."""
    path = draft_path(app)
    if path is None:
        return
    from ..advisor.checking import check_text
    from ..advisor.report import feedback_markdown
    from ..advisor.service import checkpoint
    from ..core.files.storage import SkisseFileError, atomic_write_text

    _flush(app)
    text = app.draft.text
    target = path.with_name(path.stem + ".tilbakemelding.md")
    with _history(app) as db:
        try:
            from ..core.files.confine import inside

            inside(target, lang=lang_of(app))  # a served window writes only in its folder
            session = current_session(app)
            report = check_text(text, path)
            checkpoint(db, path, text, session=session, report=report, note=note_key("report"))
            markdown = feedback_markdown(db, path, report, text=text, lang=lang_of(app), session=session)  # the window's language, as chosen
            atomic_write_text(target, markdown, no_symlink=True, home=path.parent)
        except SkisseFileError as exc:
            app.notify(shown(exc), severity="error", timeout=8)
            return
    app.notify(t("advisor.cli.report_written", lang_of(app), path=target.name))


def advisor_commands(app) -> Iterable[SystemCommand]:
    """Palette entries for the advisor features; the ones needing a sketch only when one is open."""
    tr = lambda key: t(f"advisor.tui.{key}", lang_of(app))  # noqa: E731
    yield SystemCommand(tr("portfolio"), tr("portfolio_help"), lambda: show_portfolio(app))
    if draft_path(app) is None:
        return
    yield SystemCommand(tr("history"), tr("history_help"), lambda: show_history(app))
    yield SystemCommand(tr("comment"), tr("comment_help"), lambda: comment(app))
    yield SystemCommand(tr("report"), tr("report_help"), lambda: write_report(app))
    if current_session(app) is None:
        yield SystemCommand(tr("session_start"), tr("session_start_help"), lambda: start_session(app))
    else:
        yield SystemCommand(tr("session_end"), tr("session_end_help"), lambda: end_session(app))
