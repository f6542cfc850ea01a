"""The editor: typing reaches the draft and the disk; the live panel follows; findings jump to lines."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select, TextArea

from assistant.core.judging.findings import Status
from assistant.tui.app import make_app
from assistant.tui.screens.editor import WHOLE, EditorScreen
from assistant.tui.widgets.checklist import Checklist

from .helpers import jump_to_first_finding, wait_for


async def test_a_written_sketch_opens_in_the_editor_with_a_live_panel(strong: Path) -> None:
    app = make_app(strong)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
        area = app.screen.query_one("#text", TextArea)
        assert area.text == strong.read_text(encoding="utf-8")
        expected = f"{app.live.pages.fraction:.1f}".replace(".", ",") + " av 5 sider"
        # The panel is drawn from the live result on the next refresh; wait for it, not a fixed pause.
        await wait_for(pilot, lambda: expected in str(app.screen.query_one("#page-gauge").render()))
        stats = str(app.screen.query_one("#live-stats").render())
        assert f"{app.live.words} ord" in stats and "LIX" in stats and "tokens" in stats
        checklist = app.screen.query_one(Checklist)
        titles = [str(checklist.get_option_at_index(i).prompt) for i in range(checklist.option_count)]
        assert any("Samarbeid mellom offentlige aktører" in t for t in titles)


async def test_typing_is_saved_within_the_delay_and_the_checks_follow(weak: Path) -> None:
    app = make_app(weak, save_delay=0.2, live_delay=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
        assert app.live.report.criterion("data-backing").status is Status.FAIL
        area = app.screen.query_one("#text", TextArea)
        data = app.draft.sketch.section("need")
        area.move_cursor((data.end_line - 1, 0))
        addition = (
            "Ifølge SSB bor 4 800 personer over 80 år i kommunen, og KOSTRA viser at pleie og omsorg "
            "koster 1,2 mrd. kr i året. Helsedirektoratet anslår 35 prosent vekst innen 2035.\n\n"
        )
        area.insert(addition)
        await wait_for(pilot, lambda: addition.strip() in weak.read_text(encoding="utf-8"))
        await wait_for(pilot, lambda: app.live.text == area.text)
        assert app.live.report.criterion("data-backing").status is Status.PASS
        assert (weak.parent / "svak.md~").exists()


async def test_choosing_a_finding_puts_the_cursor_on_its_line(weak: Path) -> None:
    app = make_app(weak)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
        line = await jump_to_first_finding(pilot, app)
        area = app.screen.query_one("#text", TextArea)
        assert area.has_focus
        assert area.cursor_location == (line - 1, 0)


async def test_one_section_is_edited_alone_and_undo_works(strong: Path) -> None:
    app = make_app(strong, save_delay=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        screen = app.screen
        other_before = app.draft.sketch.section("budget").body
        screen.query_one("#section-choice", Select).value = "summary"
        await pilot.pause()
        area = screen.query_one("#text", TextArea)
        assert area.text == app.draft.sketch.section("summary").body.strip("\n")
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press(*" Ny setning.")
        await wait_for(pilot, lambda: app.draft.sketch.section("summary").body.rstrip().endswith("Ny setning."))
        assert app.draft.sketch.section("budget").body == other_before
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: "Ny setning." not in app.draft.sketch.section("summary").body)
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: "Ny setning." in app.draft.sketch.section("summary").body)
        screen.query_one("#section-choice", Select).value = WHOLE
        await pilot.pause()
        assert area.text == app.draft.text
    assert "Ny setning." in strong.read_text(encoding="utf-8")  # saved on exit


async def test_quitting_saves_what_was_typed_at_once(weak: Path) -> None:
    app = make_app(weak, save_delay=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        area = app.screen.query_one("#text", TextArea)
        area.move_cursor(area.document.end)
        await pilot.press(*"Siste ord.")
        await pilot.press("ctrl+q")
    assert weak.read_text(encoding="utf-8").rstrip().endswith("Siste ord.")


async def test_the_markdown_is_highlighted(strong: Path) -> None:
    """Headings, emphasis and tables get Markdown colours (tree-sitter is a dependency)."""
    from textual.document._syntax_aware_document import SyntaxAwareDocument

    app = make_app(strong)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        area = app.screen.query_one("#text", TextArea)
        assert area.language == "markdown"
        assert isinstance(area.document, SyntaxAwareDocument)
        heading_line = next(i for i, line in enumerate(area.text.splitlines()) if line.startswith("## "))
        names = {name for _start, _end, name in area._highlights[heading_line]}
        assert any(name.startswith("heading") for name in names), names
