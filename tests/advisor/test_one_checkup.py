"""One road from text to verdict: the window, the history, the coach and `skisse check` judge a
text through the core's one checkup, alike, and a keystroke plus Ctrl+S judges it once."""

from __future__ import annotations

import json

from assistant.advisor.db import HistoryDB
from assistant.advisor.versions import list_versions


def _count(monkeypatch):
    """Counters on the parser and the engine, wherever they are called from."""
    from assistant.core.sketch import document
    from assistant.core.judging import engine

    calls = {"parse": 0, "check": 0}
    parse, check = document.parse_sketch, engine.check_sketch

    def counted_parse(*args, **kwargs):
        calls["parse"] += 1
        return parse(*args, **kwargs)

    def counted_check(*args, **kwargs):
        calls["check"] += 1
        return check(*args, **kwargs)

    monkeypatch.setattr(document, "parse_sketch", counted_parse)
    monkeypatch.setattr(engine, "check_sketch", counted_check)
    return calls


async def test_a_keystroke_and_ctrl_s_parse_and_check_once(tmp_path, clock, skisse_home, sketch_file, monkeypatch):
    from textual.widgets import TextArea

    from assistant.tui.app import make_app

    db_path = tmp_path / "h.sqlite3"
    app = make_app(sketch_file, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    app.history_db = lambda: HistoryDB(db_path, clock=clock)
    async with app.run_test(size=(140, 45)) as pilot:
        for _ in range(400):
            if app.live is not None:
                break
            await pilot.pause(0.05)
        await app.workers.wait_for_complete()
        area = app.screen.query_one("#text", TextArea)
        area.focus()
        area.move_cursor((area.document.line_count - 1, 0))
        calls = _count(monkeypatch)
        await pilot.press("x")
        for _ in range(400):  # the live panel judges the new text after its pause
            if app.live is not None and app.live.text == area.text:
                break
            await pilot.pause(0.05)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        live = app.live
    assert sketch_file.read_text(encoding="utf-8") == area.text
    assert calls == {"parse": 1, "check": 1}
    # The version the save kept carries the verdicts and the page count the panel showed.
    with HistoryDB(db_path) as db:
        kept = list_versions(db, sketch_file)[-1]
    assert kept.text == live.text
    assert kept.report.pages == live.pages.pages and kept.report.page_fraction == live.pages.fraction
    assert kept.report.statuses() == live.report.statuses()
    assert kept.report.statuses()["page-limit"] == "pass"


def test_coach_then_save_in_the_window_changes_no_verdict(tmp_path, clock, sketch_file, sketch_text, capsys, monkeypatch):
    """`skisse coach` then a save from the window: the history shows no verdict change (the
    window's save was judged without the page count: «page-limit: pass → n/a»)."""
    from assistant.advisor.service import record_save
    from assistant.cli.main import main

    monkeypatch.chdir(sketch_file.parent)
    assert main(["coach", str(sketch_file), "-a", "Kari Nordmann"]) == 0
    edited = sketch_text + "\nEn ny setning om behovet.\n"
    sketch_file.write_text(edited, encoding="utf-8")
    checkpoint = record_save(sketch_file, edited)  # what the window's Ctrl+S calls
    assert checkpoint is not None and checkpoint.is_new
    assert [str(c) for c in checkpoint.changes] == []
    capsys.readouterr()
    assert main(["history", str(sketch_file), "--compare", "1", "2", "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert [v for v in compared["verdicts"] if v["before"] != v["after"]] == []
    page = next(v for v in compared["verdicts"] if v["criterion"] == "page-limit")
    assert page == {"criterion": "page-limit", "before": "pass", "after": "pass"}
    # And `skisse check` says what the history says.
    assert main(["check", str(sketch_file), "--json"]) in (0, 1)
    [checked] = json.loads(capsys.readouterr().out)
    assert {c["id"]: c["status"] for c in checked["criteria"]} == checkpoint.report.statuses()


def test_history_judges_a_version_kept_without_a_page_count_as_check_does(tmp_path, sketch_file, sketch_text, capsys, monkeypatch):
    """A history kept by an older Skisse (the window's saves judged without the page count)
    shows every version judged as `skisse check` judges it, and keeps that verdict."""
    from assistant.advisor.checking import check_text
    from assistant.advisor.versions import record_version
    from assistant.cli.main import main

    monkeypatch.chdir(sketch_file.parent)
    edited = sketch_text + "\nEn ny setning om behovet.\n"
    with HistoryDB() as db:
        record_version(db, sketch_file, sketch_text, report=check_text(sketch_text, sketch_file))
        bare = check_text(edited, sketch_file, pages=False)
        assert bare.statuses()["page-limit"] == "n/a"
        record_version(db, sketch_file, edited, report=bare)
    capsys.readouterr()
    assert main(["history", str(sketch_file), "--compare", "1", "2", "--json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    page = next(v for v in compared["verdicts"] if v["criterion"] == "page-limit")
    assert page == {"criterion": "page-limit", "before": "pass", "after": "pass"}
    with HistoryDB() as db:
        assert list_versions(db, sketch_file)[-1].report.pages is not None  # kept, not judged again
