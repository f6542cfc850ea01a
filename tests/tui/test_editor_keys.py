"""The editor's keys as users expect them: Ctrl+Home/End, Shift+PageUp/PageDown select, undo that
survives a jump to a finding."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select, TextArea

from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.widgets.checklist import Checklist

from .helpers import jump_to_first_finding, open_screen, wait_for


async def _editor(pilot, app) -> TextArea:
    await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
    area = app.screen.query_one("#text", TextArea)
    # The editor groups keys typed within two seconds into one undo step; on a busy machine the
    # keys a test types can come further apart than that. What these tests ask is what one undo
    # restores after a jump, not that timing: one typed phrase stays one step.
    area.history.checkpoint_timer = 600.0
    return area


async def test_ctrl_home_and_ctrl_end_go_to_the_start_and_end_of_the_document(strong: Path) -> None:
    app = make_app(strong)
    async with app.run_test(size=(80, 24)) as pilot:
        area = await _editor(pilot, app)
        area.move_cursor((10, 3))
        await pilot.press("ctrl+end")
        assert area.cursor_location == area.document.end
        await pilot.press("ctrl+home")
        assert area.cursor_location == (0, 0)
        await pilot.press("ctrl+shift+end")
        assert area.selection.start == (0, 0) and area.selection.end == area.document.end


async def test_shift_page_down_and_up_select_a_page(strong: Path) -> None:
    app = make_app(strong)
    async with app.run_test(size=(80, 24)) as pilot:
        area = await _editor(pilot, app)
        area.move_cursor((20, 0))
        await pilot.press("shift+pagedown")
        start, end = area.selection
        assert start == (20, 0) and end[0] > 21  # a page further, selected
        assert area.selected_text
        await pilot.press("shift+pageup", "shift+pageup")
        start, end = area.selection
        assert start == (20, 0) and end[0] < 20


async def test_undo_survives_a_jump_to_a_finding(weak: Path) -> None:
    app = make_app(weak, save_delay=0.1, live_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        area = await _editor(pilot, app)
        before = area.text
        area.move_cursor(area.document.end)
        await pilot.press(*" Ny tekst.")
        await wait_for(pilot, lambda: app.live.text == area.text)
        line = await jump_to_first_finding(pilot, app)
        assert area.has_focus and area.cursor_location == (line - 1, 0)
        await pilot.press("ctrl+z")
        assert area.text == before and app.draft.text == before


async def test_undo_survives_a_jump_from_one_section_to_a_finding_in_it(weak: Path) -> None:
    app = make_app(weak, save_delay=0.1, live_delay=0.05)
    async with app.run_test(size=(120, 40)) as pilot:
        area = await _editor(pilot, app)
        checklist = app.screen.query_one(Checklist)
        await wait_for(pilot, lambda: checklist._finding_lines)
        # a finding that names a line inside a section: show that section alone, type, then jump
        sketch = app.draft.sketch
        target = next(
            (s, line) for line in checklist._finding_lines.values() for s in sketch.sections
            if s.key and s.body_line <= line <= s.end_line and s.body.strip()
        )
        section, line = target
        app.screen.query_one("#section-choice", Select).value = section.key
        await pilot.pause()
        before = area.text
        area.move_cursor(area.document.end)
        await pilot.press(*" Mer.")
        await wait_for(pilot, lambda: "Mer." in app.draft.sketch.section(section.key).body)
        app.screen.show_line(line)
        await pilot.pause()
        assert app.screen.section == section.key  # still the section, the cursor on the finding's line
        row, _ = area.cursor_location
        assert area.document.get_line(row).strip() == app.draft.text.splitlines()[line - 1].strip()
        await pilot.press("ctrl+z")
        assert area.text == before


async def test_f9_deletes_a_budget_line_and_ctrl_z_puts_it_back(strong: Path) -> None:
    from assistant.core.sketch.document import parse_sketch

    app = make_app(strong, save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await open_screen(pilot, app, "f4", "budget")
        before = [(line.item, line.amount) for line in parse_sketch(strong.read_text(encoding="utf-8")).budget.lines]
        table = app.screen.query_one("#budget-table")
        table.focus()
        table.move_cursor(row=1)
        await pilot.press("f9")
        await wait_for(pilot, lambda: before[1][0] not in strong.read_text(encoding="utf-8"))
        assert any(before[1][0] in n.message and "Ctrl+Z" in n.message for n in app._notifications)
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: before[1][0] in strong.read_text(encoding="utf-8"))
        after = [(line.item, line.amount) for line in parse_sketch(strong.read_text(encoding="utf-8")).budget.lines]
        assert after == before  # back in its place, with its amount


async def test_f9_deletes_a_partner_and_ctrl_z_puts_it_back(strong: Path) -> None:
    from assistant.core.sketch.document import parse_sketch

    app = make_app(strong, save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await open_screen(pilot, app, "f5", "partners")
        names = [p.name for p in parse_sketch(strong.read_text(encoding="utf-8")).meta.partners]
        assert len(names) >= 2
        table = app.screen.query_one("#partners-table")
        table.focus()
        table.move_cursor(row=0)
        await pilot.press("f9")
        await wait_for(pilot, lambda: [p.name for p in parse_sketch(strong.read_text(encoding="utf-8")).meta.partners] == names[1:])
        app.screen.query_one("#name").focus()  # Ctrl+Z works from the form too
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: [p.name for p in parse_sketch(strong.read_text(encoding="utf-8")).meta.partners] == names)
        await pilot.press("ctrl+z")  # nothing more to undo: said, nothing changes
        await pilot.pause()
        assert [p.name for p in parse_sketch(strong.read_text(encoding="utf-8")).meta.partners] == names
