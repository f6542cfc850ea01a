"""Pilot tests of the advisor screens: the portfolio and a sketch's history."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import App
from textual.widgets import DataTable, Input, ProgressBar, Static

from assistant.advisor.anchors import anchor_for_quote
from assistant.advisor.comments import add_comment, list_comments
from assistant.advisor.db import HistoryDB
from assistant.advisor.service import checkpoint
from assistant.advisor.versions import note_text
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.editing import set_section_body
from assistant.tui.messages import OpenSketch
from assistant.tui.screens.history import HistoryScreen
from assistant.tui.screens.portfolio import PortfolioScreen
from assistant.tui.widgets.comments import CommentsPanel

from .corpus import make_corpus
from .test_sessions import MORE_DATA


class Host(App):
    """Shows one screen; remembers which sketches it was asked to open."""

    def __init__(self, make_screen) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.lang = "nb"
        self.opened: list[Path] = []
        self.progress_seen: list[tuple[float | None, float]] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen())

    @on(OpenSketch)
    def _open(self, message: OpenSketch) -> None:
        self.opened.append(message.path)


async def wait_loaded(pilot, screen: PortfolioScreen) -> None:
    for _ in range(600):
        bar = screen.query_one(ProgressBar)
        pilot.app.progress_seen.append((bar.total, bar.progress))
        if screen.portfolio is not None:
            return
        await pilot.pause(0.05)
    raise AssertionError("the portfolio never finished loading")


async def open_portfolio(pilot, folder: Path, *, pages: bool = False) -> PortfolioScreen:
    """The portfolio of `folder` pushed on the app (one job), once it has loaded."""
    pilot.app.progress_seen = []
    pilot.app.push_screen(PortfolioScreen(folder, pages=pages, jobs=1))
    await pilot.pause()
    screen = pilot.app.screen
    await wait_loaded(pilot, screen)
    return screen


async def test_portfolio_screen_loads_sorts_filters_and_opens(tmp_path, clock):
    folder = tmp_path / "skisser"
    paths = make_corpus(folder, 24)
    db_path = tmp_path / "h.sqlite3"
    with HistoryDB(db_path, clock=clock) as db:
        sketch = parse_sketch(paths[5].read_text(encoding="utf-8"))
        add_comment(db, paths[5], anchor_for_quote(sketch, "31 prosent"), "Kilde for tallet?", author="Kari")
    app = Host(lambda: PortfolioScreen(folder, jobs=2, pages=False, db=HistoryDB(db_path)))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, PortfolioScreen)
        await wait_loaded(pilot, screen)
        await pilot.pause()
        # The progress bar was shown while the checks ran, and is gone now.
        assert any(total == 24 for total, _ in app.progress_seen)
        assert not screen.query_one(ProgressBar).display
        table = screen.query_one(DataTable)
        assert table.row_count == 24
        status = str(screen.query_one("#portfolio-status", Static).content)
        assert "24 skisser" in status and "1 åpen kommentar" in status  # singular for one
        legend = str(screen.query_one("#portfolio-legend", Static).content)
        assert "1 Hvem kan søke" in legend and "eligibility" not in legend  # titles, not ids
        widths = [column.width for column in table.columns.values()]
        assert all(w > 0 for w in widths) and sum(widths) + 2 * len(widths) <= 120

        # Sort: `s` cycles path → applicant.
        await pilot.press("s")
        applicants = [r.applicant for r in screen.shown]
        assert applicants == sorted(applicants, key=str.casefold)
        # Click-free sort by the verdicts column: the sketches with a fail come first.
        await pilot.press("s", "s")
        assert screen.sort_key == "fails"
        assert screen.shown[0].fails >= 1 and screen.shown[-1].fails == 0

        # Filter by words and by a verdict.
        await pilot.press("slash")
        await pilot.press(*"tromsø")
        assert {r.applicant for r in screen.shown} == {"Tromsø kommune"}
        screen.query_one(Input).value = "fail"
        await pilot.pause()
        assert screen.shown and all("fail" in r.verdicts.values() for r in screen.shown)
        screen.query_one(Input).value = "skisse-005"
        await pilot.pause()
        assert [r.name for r in screen.shown] == ["skisse-005.md"]
        assert str(table.get_row_at(0)[4]) == "1"

        # Enter opens the sketch under the cursor.
        await pilot.press("enter")  # leaves the filter for the table
        table.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened == [paths[5]]


async def test_history_screen_compares_restores_and_lists_comments(tmp_path, clock, sketch_file, sketch_text):
    db_path = tmp_path / "h.sqlite3"
    factory = lambda: HistoryDB(db_path, clock=clock)  # noqa: E731
    more = MORE_DATA
    with factory() as db:
        checkpoint(db, sketch_file, sketch_text, note=None)
        sketch = parse_sketch(sketch_text)
        add_comment(db, sketch_file, anchor_for_quote(sketch, "Pårørende opplever at de må ta et stort ansvar."), "Hvor mange?", author="Kari")
        edited = set_section_body(sketch, "data", more)
        sketch_file.write_text(edited, encoding="utf-8")
        checkpoint(db, sketch_file, edited, note=None)

    app = Host(lambda: HistoryScreen(sketch_file, db_factory=factory))
    async with app.run_test(size=(140, 45)) as pilot:
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        await pilot.pause()
        versions = screen.query_one("#versions", DataTable)
        assert versions.row_count == 2
        # The latest version is compared with the one before it.
        assert "Versjon 1 → versjon 2" in str(screen.query_one("#compare-title", Static).render())
        verdicts = str(screen.query_one("#verdicts", Static).render())
        assert "Behovet er underbygd med tall og data: bør forbedres → bestått" in verdicts and "data-backing" not in verdicts
        assert "Endrede deler: Tall og data" in verdicts
        diff = screen.query_one("#diff", DataTable)
        right = [str(diff.get_row_at(i)[3]) for i in range(diff.row_count)]
        assert any("38 prosent av arbeidstiden" in r for r in right)

        panel = screen.query_one(CommentsPanel)
        assert [c.body for c in panel.comments] == ["Hvor mange?"]
        assert panel.line_of(panel.comments[0]) == edited[: edited.index("Pårørende opplever")].count("\n") + 1

        # Restore version 1: the file gets its old text back and a new version is recorded.
        await pilot.press("up")
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert sketch_file.read_text(encoding="utf-8") == sketch_text
        assert versions.row_count == 3

        # Resolve the comment from the panel.
        panel.query_one("OptionList").focus()
        await pilot.press("down", "r")
        await pilot.pause()
    with factory() as db:
        (comment,) = list_comments(db, sketch_file)
        assert not comment.is_open


async def test_history_screen_names_the_criteria_in_the_readers_language(tmp_path, clock, sketch_file, sketch_text):
    """The versions were judged in the sketch's bokmål; an English reader compares them in English."""
    db_path = tmp_path / "h.sqlite3"
    factory = lambda: HistoryDB(db_path, clock=clock)  # noqa: E731
    with factory() as db:
        checkpoint(db, sketch_file, sketch_text, note=None)
        edited = set_section_body(parse_sketch(sketch_text), "data", MORE_DATA)
        sketch_file.write_text(edited, encoding="utf-8")
        checkpoint(db, sketch_file, edited, note=None)

    app = Host(lambda: HistoryScreen(sketch_file, db_factory=factory, lang="en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        verdicts = " ".join(str(screen.query_one("#verdicts", Static).render()).split())
        assert "The need is backed by numbers and data: needs work → pass" in verdicts
        assert "Behovet" not in verdicts
        await pilot.press("up")  # the first version alone: its verdicts, in English too
        await pilot.pause()
        alone = " ".join(str(screen.query_one("#verdicts", Static).render()).split())
        assert "The need is backed by numbers and data:" in alone and "Behovet" not in alone


async def test_portfolio_in_the_skisse_app_opens_the_sketch_in_the_editor(tmp_path, skisse_home):
    from assistant.tui.app import make_app

    folder = tmp_path / "skisser"
    paths = make_corpus(folder, 4)
    app = make_app(None, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(PortfolioScreen(folder, pages=False, jobs=1))
        await pilot.pause()
        screen = app.screen
        app.progress_seen = []
        await wait_loaded(pilot, screen)
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        for _ in range(50):
            if app.draft is not None:
                break
            await pilot.pause(0.05)
        assert app.draft is not None and app.draft.path.resolve() == paths[2].resolve()
        assert getattr(app.screen, "screen_name", None) == "editor"


async def test_coaching_in_the_app_from_session_to_report(tmp_path, clock, skisse_home, sketch_file, sketch_text):
    """Start a session, comment on selected words, save a second version, write the report."""
    from textual.widgets import TextArea
    from textual.widgets.text_area import Selection

    from assistant.advisor.sessions import events, sessions_for
    from assistant.advisor.versions import list_versions
    from assistant.tui.app import make_app
    from assistant.tui import coaching

    db_path = tmp_path / "h.sqlite3"
    app = make_app(sketch_file, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    app.history_db = lambda: HistoryDB(db_path, clock=clock)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        assert getattr(app.screen, "screen_name", None) == "editor"
        names = [c.title for c in coaching.advisor_commands(app)]
        assert "Start veiledningsmøte" in names and "Historikk" in names

        coaching.start_session(app)
        await pilot.pause()
        await pilot.press(*"Kari Nordmann", "enter")
        await pilot.pause()
        assert coaching.current_session(app).advisor == "Kari Nordmann"
        assert "Avslutt veiledningsmøte" in [c.title for c in coaching.advisor_commands(app)]

        # Select «31 prosent» in the editor and comment on it.
        area = app.screen.query_one("#text", TextArea)
        row = next(i for i, line in enumerate(area.text.split("\n")) if "31 prosent" in line)
        col = area.text.split("\n")[row].index("31 prosent")
        area.selection = Selection((row, col), (row, col + len("31 prosent")))
        coaching.comment(app)
        await pilot.pause()
        await pilot.press(*"Kilde for tallet?", "enter")
        await pilot.pause()

        # The applicant adds numbers; the save keeps a second version.
        lines = area.text.split("\n")
        at = next(i for i, line in enumerate(lines) if line.startswith("Pleie- og omsorgstjenestene"))
        area.insert(MORE_DATA.split("\n", 2)[2].rsplit("\n", 1)[0] + "\n", (at, 0))
        await pilot.pause()
        await pilot.press("ctrl+s")  # the app's save keeps the version (its hook, no call here)
        await app.workers.wait_for_complete()
        await pilot.pause()
        # The comment shows beside the text, on the line it is on now.
        panel = app.screen.query_one(CommentsPanel)
        panel.reload(app.draft.text)
        await pilot.pause()
        assert panel.display and [c.body for c in panel.comments] == ["Kilde for tallet?"]
        assert app.draft.text.split("\n")[panel.line_of(panel.comments[0]) - 1].find("31 prosent") >= 0

        coaching.write_report(app)
        await pilot.pause()

    with HistoryDB(db_path) as db:
        versions = list_versions(db, sketch_file)
        assert [v.number for v in versions] == [1, 2]
        (session,) = sessions_for(db, sketch_file)
        kinds = [e.kind for e in events(db, session.id)]
        # Version 1 was kept when the sketch was opened, before the session; version 2 in it.
        assert kinds[:2] == ["start", "check"] and "comment" in kinds and kinds.count("version") == 1
        assert versions[0].session_id is None and versions[1].session_id == session.id
        (comment,) = list_comments(db, sketch_file)
        assert comment.quote == "31 prosent" and comment.author == "Kari Nordmann" and comment.section == "data"
    report = sketch_file.with_name("omsorg.tilbakemelding.md").read_text(encoding="utf-8")
    assert "**Rådgiver:** Kari Nordmann" in report
    assert "**Versjon:** 2" in report
    assert "Sammenlignet med versjon 1" in report
    assert "(data-backing): bør forbedres → bestått" in report
    assert "- **Tall og data** «31 prosent»: Kilde for tallet? — Kari Nordmann" in report


async def test_history_screen_shows_the_session_log(tmp_path, clock, sketch_file, sketch_text):
    from assistant.advisor.sessions import add_step, start_session

    db_path = tmp_path / "h.sqlite3"
    factory = lambda: HistoryDB(db_path, clock=clock)  # noqa: E731
    with factory() as db:
        session = start_session(db, sketch_file, "Kari Nordmann")
        checkpoint(db, sketch_file, sketch_text, session=session, note=None)
        add_step(db, sketch_file, "Hente tall fra KOSTRA", session_id=session.id)
    app = Host(lambda: HistoryScreen(sketch_file, db_factory=factory))
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        log = str(app.screen.query_one("#session-log", Static).render())
        assert "Møte 1 · Kari Nordmann" in log and "(pågår)" in log
        assert "Versjon 1 lagret." in log and "Neste steg: Hente tall fra KOSTRA" in log
        assert not app.screen.query_one("#diff").display
        await pilot.press("l")
        assert app.screen.query_one("#diff").display


async def test_comments_panel_without_a_history_database_shows_nothing(tmp_path, sketch_file, sketch_text):
    from assistant.core.files.storage import SkisseFileError

    def broken():
        raise SkisseFileError("no database here")

    class PanelHost(App):
        def compose(self):
            yield CommentsPanel(sketch_file, db_factory=broken, hide_when_empty=True)

    app = PanelHost()
    async with app.run_test() as pilot:
        panel = app.query_one(CommentsPanel)
        panel.reload(sketch_text)
        await pilot.pause()
        assert panel.comments == [] and not panel.display


async def test_restore_in_the_app_goes_through_the_editor_and_its_save(tmp_path, clock, skisse_home, sketch_file, sketch_text):
    from textual.widgets import TextArea

    from assistant.advisor.versions import list_versions
    from assistant.tui.app import make_app
    from assistant.tui import coaching

    db_path = tmp_path / "h.sqlite3"
    app = make_app(sketch_file, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    app.history_db = lambda: HistoryDB(db_path, clock=clock)
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        area = app.screen.query_one("#text", TextArea)
        area.insert("Et nytt avsnitt skrevet i møtet.\n\n", (area.document.line_count - 1, 0))
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Et nytt avsnitt" in sketch_file.read_text(encoding="utf-8")

        coaching.show_history(app)
        await pilot.pause()
        history = app.screen
        assert isinstance(history, HistoryScreen) and len(history.versions) == 2
        await pilot.press("up", "ctrl+r")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.query_one("#text", TextArea).text == sketch_text
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert sketch_file.read_text(encoding="utf-8") == sketch_text
    with HistoryDB(db_path) as db:
        notes = [v.note for v in list_versions(db, sketch_file)]
    assert notes[-1] == "note:restored:1"  # a key, shown in the reader's language
    assert note_text(notes[-1], "nb") == "gjenopprettet versjon 1" and note_text(notes[-1], "en") == "restored version 1"


class ScriptedCoach:
    """Replies with a fixed text, in two chunks, to every request."""

    name = "scripted"
    offline = True

    def __init__(self, reply: str) -> None:
        self.reply = reply

    async def astream(self, request):
        half = len(self.reply) // 2
        yield self.reply[:half]
        yield self.reply[half:]


async def test_coach_exchanges_in_the_interview_go_into_the_open_session(tmp_path, clock, skisse_home):
    from assistant.advisor.sessions import events, start_session
    from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
    from assistant.tui.app import make_app
    from assistant.tui.draft import Draft
    from assistant.tui.screens.interview import InterviewScreen

    path = tmp_path / "ny.md"
    Draft.create(path, Metadata(title="Trygg hjemme", applicant=Organisation(name="Bodø kommune", kind=OrgKind.KOMMUNE), language=Language.NB))
    db_path = tmp_path / "h.sqlite3"
    with HistoryDB(db_path, clock=clock) as db:
        session = start_session(db, path, "Kari Nordmann")
    app = make_app(path, lang="nb", coach=ScriptedCoach("Godt. Tall fra KOSTRA styrker dette."), data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    app.history_db = lambda: HistoryDB(db_path, clock=clock)
    async with app.run_test(size=(110, 32)) as pilot:
        for _ in range(200):
            if isinstance(app.screen, InterviewScreen):
                break
            await pilot.pause(0.05)
        screen = app.screen
        screen.query_one("#answer").value = "Eldre faller hjemme."
        await pilot.press("enter")
        for _ in range(200):
            if screen.index == 1:
                break
            await pilot.pause(0.05)
    with HistoryDB(db_path) as db:
        coach_events = [e for e in events(db, session.id) if e.kind == "coach"]
    assert [(e.data["question"], e.data["answer"].strip()) for e in coach_events] == [("Eldre faller hjemme.", "Godt. Tall fra KOSTRA styrker dette.")]


async def _start_in_window(app, pilot, name: str) -> None:
    from assistant.tui import coaching

    await pilot.pause()
    coaching.start_session(app)
    await pilot.pause()
    await pilot.press(*name, "enter")
    await pilot.pause()


async def test_quitting_asks_about_a_session_started_in_the_window(tmp_path, clock, skisse_home, sketch_file):
    """Ctrl+Q with the window's own session open: J ends it, N leaves it open for later; both close."""
    from assistant.advisor.sessions import open_session
    from assistant.tui.app import make_app
    from assistant.tui.screens.confirm import ConfirmScreen

    db_path = tmp_path / "h.sqlite3"
    for answer, still_open in (("j", False), ("n", True)):
        app = make_app(sketch_file, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
        app.history_db = lambda: HistoryDB(db_path, clock=clock)
        async with app.run_test(size=(80, 24)) as pilot:
            await _start_in_window(app, pilot, "Per Rettleiar")
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen)
            question = str(app.screen.query_one("#confirm-question").render())
            assert "Per Rettleiar" in question and "fortsatt åpent" in question
            await pilot.press(answer)
            await pilot.pause()
            assert not app.is_running
        with HistoryDB(db_path) as db:
            session = open_session(db, sketch_file)
            assert (session is not None) == still_open
            if session is not None:  # leave the database as the next round expects
                from assistant.advisor.sessions import end_session

                end_session(db, session.id)


async def test_quitting_does_not_ask_about_a_session_the_window_did_not_start(tmp_path, clock, skisse_home, sketch_file):
    from assistant.advisor.sessions import open_session, start_session
    from assistant.tui.app import make_app

    db_path = tmp_path / "h.sqlite3"
    with HistoryDB(db_path, clock=clock) as db:
        start_session(db, sketch_file, "Kari Rådgiver")  # from `skisse coach`, outside the window
    app = make_app(sketch_file, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    app.history_db = lambda: HistoryDB(db_path, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    with HistoryDB(db_path) as db:
        assert open_session(db, sketch_file).advisor == "Kari Rådgiver"


def test_the_palette_finds_the_comment_command_by_the_word_users_type():
    """The palette matches what is typed against the command's title (Textual's fuzzy matcher)."""
    from textual.fuzzy import Matcher

    from assistant.i18n import t

    for lang, word in (("nb", "kommentar"), ("nn", "kommentar"), ("en", "comment")):
        assert Matcher(word).match(t("advisor.tui.comment", lang)) > 0, lang
    assert Matcher("kommentar").match("Kommenter") == 0  # the old title: typing the noun found nothing
