"""Smaller parts of the window at 80×24: export paths show their file names, the Word checkbox
looks off when off, the budget's category stays on one line, a title has a ceiling, «?» opens
help where nothing is typed."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input, Select

from assistant.tui.app import make_app
from assistant.tui.screens.budget import BudgetScreen
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.screens.export import ExportScreen
from assistant.tui.screens.help import HelpScreen
from assistant.tui.screens.new_sketch import TITLE_MAX, NewSketchScreen
from assistant.tui.widgets.tick_box import TickBox

from .conftest import FakeCoach
from .helpers import type_text, wait_for


def _drawn(widget) -> str:
    from textual.geometry import Region

    width, height = widget.outer_size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


async def test_export_paths_show_their_file_names_and_the_word_box_is_blank_when_off(strong: Path, tmp_path: Path) -> None:
    deep = tmp_path / "kunder" / "bergen-kommune" / "helse-og-omsorg" / "innovasjonspartnerskap-2026" / "skisser"
    deep.mkdir(parents=True)
    sketch = deep / "trygg-hjemme-lenger.md"
    shutil.copy(strong, sketch)
    app = make_app(sketch, coach=FakeCoach("Bra."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        await pilot.pause()
        screen = app.screen
        for field, name in (("#md-path", "trygg-hjemme-lenger.export.md"), ("#pdf-path", "trygg-hjemme-lenger.pdf"), ("#docx-path", "trygg-hjemme-lenger.export.docx")):
            path = screen.query_one(field, Input)
            assert len(path.value) > path.size.width  # longer than the field at 80×24
            assert _drawn(path).rstrip().endswith(name)
        word = screen.query_one("#want-docx", TickBox)
        assert not word.value and "▐ ▌" in _drawn(word) and "X" not in _drawn(word)
        word.toggle()
        await pilot.pause()
        assert "▐✓▌" in _drawn(word)
        assert "▐✓▌" in _drawn(screen.query_one("#want-pdf", TickBox))


async def test_the_budget_category_stays_on_one_line_at_80x24(strong: Path) -> None:
    app = make_app(strong, coach=FakeCoach("Bra."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.press("f4")
        await wait_for(pilot, lambda: isinstance(app.screen, BudgetScreen))
        category = app.screen.query_one("#category", Select)
        for value, label in (("procurement", "Anskaffelse"), ("project-management", "Prosjektledelse")):
            category.value = value
            await pilot.pause()
            shown = category.query_one("SelectCurrent #label")
            assert category.outer_size.height == 1 and shown.outer_size.height == 1
            assert _drawn(shown).strip() == label  # whole, on one line


async def test_a_title_longer_than_a_title_can_be_is_refused_with_a_message_and_kept(tmp_path: Path) -> None:
    app = make_app(coach=FakeCoach("Bra."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(NewSketchScreen())
        await wait_for(pilot, lambda: isinstance(app.screen, NewSketchScreen) and app.screen.query("#title"))
        screen = app.screen
        long_title = "Trygg hjemme " * 400
        screen.query_one("#title", Input).value = long_title
        screen.query_one("#applicant", Input).value = "Bodø kommune"
        screen.query_one("#path", Input).value = str(tmp_path / "lang.md")
        await pilot.pause()
        error = str(screen.query_one("#form-error").render())
        assert f"Tittelen er {len(long_title.strip())} tegn; den kan være høyst {TITLE_MAX}" in error
        screen.action_create()
        await pilot.pause()
        assert isinstance(app.screen, NewSketchScreen) and not (tmp_path / "lang.md").exists()
        assert screen.query_one("#title", Input).value == long_title  # nothing lost
        screen.query_one("#title", Input).value = "Trygg hjemme lenger"
        await pilot.pause()
        assert "Tittelen er" not in str(screen.query_one("#form-error").render())
        screen.action_create()
        await wait_for(pilot, lambda: (tmp_path / "lang.md").exists() and getattr(app.screen, "screen_name", None) == "interview")
        await pilot.pause()


async def test_question_mark_opens_help_except_in_a_text_field(strong: Path) -> None:
    app = make_app(strong, coach=FakeCoach("Bra."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        before = app.draft.text
        await pilot.press("question_mark")  # typed into the text
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen) and app.draft.text != before and "?" in app.draft.text
        await pilot.press("f8")  # the checklist: nothing typed there
        await pilot.press("question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("question_mark")  # and closes it again, as F1 does
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        await pilot.press("question_mark")  # the export button has focus
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_help_and_the_open_dialog_say_on_their_frame_how_to_leave(strong: Path) -> None:
    from assistant.tui.screens.open_file import OpenFileScreen

    from .test_norwegian import screen_text

    app = make_app(strong, coach=FakeCoach("Bra."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.pause()
        assert "Esc lukker" in screen_text(app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        app.push_screen(OpenFileScreen(strong.parent))
        await wait_for(pilot, lambda: isinstance(app.screen, OpenFileScreen))
        await pilot.pause()
        assert "Esc avbryter" in screen_text(app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
