"""Small things an advisor meets: no identical «Check: …» lines in the log, the session dialog's
Enter/Esc hint (80×24), the comment number the window gives, `serve --help` on PATH."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from assistant.cli.main import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*map(str, argv)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_log_has_no_identical_check_lines_when_nothing_changed(capsys, sketch_file):
    run(capsys, "coach", sketch_file, "-a", "Kari", "--lang", "en")
    run(capsys, "coach", sketch_file, "--lang", "en")
    run(capsys, "coach", sketch_file, "--verdicts", "--lang", "en")
    run(capsys, "coach", sketch_file, "-c", "Mer data", "--lang", "en")
    run(capsys, "coach", sketch_file, "--lang", "en")
    _, out, _ = run(capsys, "coach", sketch_file, "--log", "--lang", "en")
    assert out.count("Check:") == 1, out
    # A changed text is a new version, and its check is logged.
    sketch_file.write_text(sketch_file.read_text(encoding="utf-8") + "\nNy linje om data.\n", encoding="utf-8")
    run(capsys, "coach", sketch_file, "--lang", "en")
    run(capsys, "coach", sketch_file, "--lang", "en")
    _, out, _ = run(capsys, "coach", sketch_file, "--log", "--lang", "en")
    assert out.count("Check:") == 2 and "Version 2" in out


def test_serve_help_says_path_may_be_a_folder(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--help", "--lang", "en"])
    out = " ".join(capsys.readouterr().out.split())
    assert "the folder shown in the browser, or one sketch in it" in out
    assert "the sketch file (Markdown)" not in out


@pytest.mark.parametrize(("lang", "title", "keys"), [("nn", "Start rettleiingsmøte", "Enter: OK · Esc: avbryt"), ("en", "Start coaching session", "Enter: OK · Esc: cancel")])
async def test_the_session_dialog_shows_its_keys_and_the_comment_number_is_the_sketchs(tmp_path, clock, skisse_home, sketch_file, lang, title, keys):
    import shutil

    from textual.containers import Vertical

    from assistant.advisor.comments import add_comment
    from assistant.advisor.anchors import make_anchor
    from assistant.advisor.db import HistoryDB
    from assistant.core.judging.checkup import parse
    from assistant.tui import coaching
    from assistant.tui.app import make_app
    from assistant.tui.screens.ask_text import AskText

    db_path = tmp_path / "h.sqlite3"
    other = sketch_file.with_name("annen.md")
    shutil.copy(sketch_file, other)
    with HistoryDB(db_path, clock=clock) as db:  # another sketch's comments take the first ids
        for body in ("a", "b"):
            add_comment(db, other, make_anchor(parse(other.read_text(encoding="utf-8"))), body, author="X")
    app = make_app(sketch_file, lang=lang, data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    app.history_db = lambda: HistoryDB(db_path, clock=clock)
    notes: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        coaching.start_session(app)
        await pilot.pause()
        ask = app.screen
        assert isinstance(ask, AskText)
        assert ask.query_one(Vertical).border_title == title
        assert str(ask.query_one("#ask-keys", Static).content) == keys
        assert ask.query_one("#ask-keys", Static).region.bottom <= 24  # on screen at 80×24
        await pilot.press(*"Kari", "enter")
        await pilot.pause()
        original = app.notify
        app.notify = lambda message, *a, **k: (notes.append(str(message)), original(message, *a, **k))[1]
        coaching.comment(app)
        await pilot.pause()
        assert str(app.screen.query_one("#ask-keys", Static).content) == keys
        await pilot.press(*"Kilde?", "enter")
        await pilot.pause()
    assert any(n.startswith(("Kommentar 1 ", "Comment 1 ")) for n in notes), notes
