"""The editor's text area draws exactly what Textual's TextArea draws, re-drawing only rows that changed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Input, TextArea
from textual.widgets.text_area import Selection

from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.widgets import editor_area
from assistant.tui.widgets.editor_area import EditorArea

from .helpers import wait_for

TEXT = (
    "## Behovet\n"
    "\n"
    "Hvert år faller om lag en av tre hjemmeboende over 65 år, og fallene fører til brudd, "
    "sykehusinnleggelser og ofte til at den eldre ikke lenger kan bo hjemme (se tabell 2).\n"
    "Kort linje.\n"
    "\tInnrykk\tmed\ttabulatorer og [lenke](https://example.no) i teksten.\n"
    "\n"
    "- punkt én {med klammer}\n"
    "- punkt to\n"
    "Budsjett (\n"
    "  se tabell\n"
    ")\n" + "Fyll " * 40 + "\n" + "\n".join(f"Linje {n}" for n in range(30))
)

Step = Callable[[object, TextArea], Awaitable[None] | None]


def rows(area: TextArea, *, from_scratch: bool = False) -> list[list]:
    """The area's rows as drawn to the screen: every segment's text and style.

    From scratch, Textual's caches of drawn rows are emptied first, so the rows are drawn anew
    from the area's state (TextArea's own cache can lag: it keeps the cursor-line highlight
    after `highlight_cursor_line` is turned off, its key leaving that setting out).
    """
    if from_scratch:
        area._line_cache.clear()
        area._styles_cache.clear()
    return [list(strip) for strip in area.render_lines(Region(0, 0, *area.size))]


def selecting(start: tuple[int, int], end: tuple[int, int]) -> Step:
    def step(pilot, area: TextArea) -> None:
        area.selection = Selection(start, end)

    return step


def pressing(*keys: str) -> Step:
    async def step(pilot, area: TextArea) -> None:
        await pilot.press(*keys)

    return step


def setting(name: str, value: object) -> Step:
    def step(pilot, area: TextArea) -> None:
        setattr(area, name, value)

    return step


def resizing(width: int, height: int) -> Step:
    async def step(pilot, area: TextArea) -> None:
        await pilot.resize_terminal(width, height)

    return step


def focusing(selector: str) -> Step:
    def step(pilot, area: TextArea) -> None:
        area.app.query_one(selector).focus()

    return step


def app_theme(name: str) -> Step:
    def step(pilot, area: TextArea) -> None:
        area.app.theme = name

    return step


# Each step changes what the editor shows; after every one both areas are compared.
STEPS: list[tuple[str, Step]] = [
    ("cursor moved into a wrapped line", lambda pilot, area: area.move_cursor((2, 30))),
    ("typed in it", pressing(*"abc")),
    ("cursor down twice", pressing("down", "down")),
    ("selection over three lines", pressing("shift+down", "shift+down", "shift+right")),
    ("selection typed over", pressing("X")),
    ("undo", lambda pilot, area: area.undo()),
    ("redo", lambda pilot, area: area.redo()),
    ("undo twice", lambda pilot, area: (area.undo(), area.undo())),
    ("new line: the numbers below shift", pressing("enter")),
    ("lines joined again", pressing("backspace")),
    ("selection within one line", selecting((2, 3), (2, 9))),
    ("selection backwards over an empty line", selecting((6, 4), (1, 0))),
    ("selection of a whole wrapped line", selecting((2, 0), (3, 0))),
    ("cursor on a bracket with its match", selecting((6, 11), (6, 11))),
    ("cursor after the bracket", pressing("right")),
    ("cursor on a bracket matched two lines below", lambda pilot, area: area.move_cursor((8, 9))),
    ("cursor off it again", pressing("left")),
    ("back on it", pressing("right")),
    ("its match deleted, the cursor kept", lambda pilot, area: area.delete((10, 0), (10, 1))),
    ("the long line typed in at its end", lambda pilot, area: area.move_cursor((11, 200))),
    ("more typed", pressing(*"ord ord")),
    ("narrower window: lines wrap anew", resizing(44, 16)),
    ("typing after the resize", pressing(*"ny")),
    ("wider window", resizing(90, 24)),
    ("scrolled down", lambda pilot, area: area.scroll_to(y=12, animate=False)),
    ("cursor moved while scrolled", lambda pilot, area: area.move_cursor((20, 2))),
    ("focus elsewhere", focusing("#other")),
    ("focus back", focusing("#area")),
    ("another text-area theme", setting("theme", "monokai")),
    ("typed in that theme", pressing("z")),
    ("a light app theme", app_theme("textual-light")),
    ("back to the dark app theme", app_theme("textual-dark")),
    ("no line numbers", setting("show_line_numbers", False)),
    ("line numbers from 10", lambda pilot, area: (setattr(area, "show_line_numbers", True), setattr(area, "line_number_start", 10))),
    ("numbers up to 99", lambda pilot, area: (setattr(area, "line_number_start", 100 - area.document.line_count), area.move_cursor((15, 0)))),
    ("a line added: numbers reach 100, the gutter widens", pressing("enter")),
    ("no cursor-line highlight", setting("highlight_cursor_line", False)),
    ("no bracket matching, cursor on a bracket", lambda pilot, area: (setattr(area, "match_cursor_bracket", False), area.move_cursor((6, 11)))),
    ("a suggestion at the cursor", setting("suggestion", "forslag")),
    ("suggestion gone", setting("suggestion", "")),
    ("line deleted", lambda pilot, area: area.action_delete_line()),
    ("read only", setting("read_only", True)),
    ("editable again", setting("read_only", False)),
    ("no soft wrap", setting("soft_wrap", False)),
    ("scrolled sideways", lambda pilot, area: (area.move_cursor((11, 120)), area.scroll_to(x=40, animate=False))),
    ("typed while scrolled sideways", pressing(*"hei")),
    ("soft wrap again", setting("soft_wrap", True)),
    ("text replaced", lambda pilot, area: area.load_text("Ny tekst\n\nmed tre linjer")),
    ("empty, with a placeholder", lambda pilot, area: (setattr(area, "placeholder", "Skriv her"), area.load_text(""))),
    ("typed into the empty area", pressing(*"Hei")),
]


class Editors(App):
    def __init__(self, area_class: type[TextArea]) -> None:
        super().__init__()
        self.area_class = area_class

    def compose(self) -> ComposeResult:
        yield self.area_class.code_editor(TEXT, language="markdown", soft_wrap=True, id="area")
        yield Input(id="other")


async def draw_steps(area_class: type[TextArea], steps: list[tuple[str, Step]], *, from_scratch: bool = False) -> list[tuple[str, list]]:
    """Run the steps in an app holding the given text area; what it drew after each."""
    app = Editors(area_class)
    drawn = []
    async with app.run_test(size=(70, 20)) as pilot:
        area = app.query_one("#area", TextArea)
        area.cursor_blink = False  # a blinking cursor would make the frames depend on timing
        area.focus()
        await pilot.pause()
        drawn.append(("start", rows(area, from_scratch=from_scratch)))
        for name, step in steps:
            result = step(pilot, area)
            if hasattr(result, "__await__"):
                await result
            await pilot.pause()
            drawn.append((name, rows(area, from_scratch=from_scratch)))
    return drawn


async def test_draws_what_textual_draws_through_edits_selections_resizes_and_themes() -> None:
    expected = await draw_steps(TextArea, STEPS, from_scratch=True)
    drawn = await draw_steps(EditorArea, STEPS)
    for (name, want), (_, got) in zip(expected, drawn, strict=True):
        assert got == want, f"after «{name}» the editor draws differently from Textual's TextArea"


async def test_a_key_redraws_only_the_rows_of_the_line_typed_in() -> None:
    app = Editors(EditorArea)
    async with app.run_test(size=(70, 20)) as pilot:
        area = app.query_one("#area", EditorArea)
        area.cursor_blink = False
        area.focus()
        area.move_cursor((3, 4))
        await pilot.pause()
        drawn_rows: list[int] = []
        render_line = area._render_line

        def counting(y: int):
            drawn_rows.append(y)
            return render_line(y)

        area._render_line = counting  # type: ignore[method-assign]
        await pilot.press("q")
        await pilot.pause()
        assert area.document.get_line(3) == "Kortq linje."
        # Row 0 is the screen row of line 0; «Kort linje.» is line 3, below the heading, the
        # blank line and the paragraph that wraps over several rows.
        row = area.wrapped_document.location_to_offset((3, 0)).y
        assert drawn_rows == [row]
        assert any("Kortq linje." in "".join(segment.text for segment in drawn) for drawn in rows(area))

        drawn_rows.clear()
        await pilot.press("down")  # the cursor leaves the line: the rows of both lines change
        await pilot.pause()
        below = area.wrapped_document.location_to_offset((4, 0)).y
        assert sorted(set(drawn_rows)) == [row, *range(below, below + len(area.wrapped_document.get_offsets(4)) + 1)]


async def test_an_edit_that_rewraps_a_line_moves_the_rows_below_it() -> None:
    """Typing a line past the edge adds a row; every row below shows the line it should."""
    app = Editors(EditorArea)
    async with app.run_test(size=(70, 20)) as pilot:
        area = app.query_one("#area", EditorArea)
        area.focus()
        area.move_cursor((3, len("Kort linje.")))
        await pilot.pause()
        before = ["".join(s.text for s in row) for row in rows(area)]
        area.insert(" lang" * 14)
        await pilot.pause()
        after = ["".join(s.text for s in row) for row in rows(area)]
        edited_before = next(i for i, row in enumerate(before) if "Kort linje." in row)
        edited_after = max(i for i, row in enumerate(after) if "lang" in row)
        assert edited_after == edited_before + 1
        # The rows below, up to the bottom border, are the same rows one further down.
        assert after[edited_after + 1 : -1] == before[edited_before + 1 : -2]


def test_falls_back_to_textual_drawing_without_the_internals_it_relies_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_area, "_NEEDS", (*editor_area._NEEDS, "_not_in_this_textual"))
    assert not EditorArea("tekst")._fast


def test_a_subclass_that_draws_its_own_lines_is_drawn_textual_s_way() -> None:
    class Styled(EditorArea):
        def get_line(self, line_index: int):
            return super().get_line(line_index)

    assert EditorArea("tekst")._fast
    assert not Styled("tekst")._fast


async def test_falling_back_draws_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(editor_area, "_NEEDS", (*editor_area._NEEDS, "_not_in_this_textual"))
    steps = STEPS[:12]
    assert await draw_steps(EditorArea, steps) == await draw_steps(TextArea, steps, from_scratch=True)


async def test_the_sketch_editor_uses_it(strong) -> None:
    app = make_app(strong)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        area = app.screen.query_one("#text", TextArea)
        assert isinstance(area, EditorArea) and area._fast
