"""Typing not yet sent (an interview answer, a budget or partner line not added) survives a visit to another screen, and quitting with an unsent answer asks first."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.answer_box import AnswerBox

from .conftest import FakeCoach
from .helpers import go_to, new_sketch, open_interview, open_screen, type_lines, wait_for


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    new_sketch(tmp_path / "s.md")
    return tmp_path / "s.md"


async def test_unsent_answer_is_in_the_box_again_after_the_editor(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await go_to(pilot, screen, "need", 2)
        asked_at = screen.index
        await type_lines(pilot, ["Kostnadene vil doble seg", "innen 2035"])
        await open_screen(pilot, app, "f3", "editor")
        back = await open_screen(pilot, app, "f2", "interview")
        assert isinstance(back, InterviewScreen) and back is not screen
        await wait_for(pilot, lambda: back.query_one("#answer", AnswerBox).text != "")
        assert back.query_one("#answer", AnswerBox).text == "Kostnadene vil doble seg\ninnen 2035"
        assert back.index == asked_at  # the question it answers is the one asked again
        assert "Kostnadene" not in sketch.read_text(encoding="utf-8")  # kept, not written in


async def test_a_sent_answer_is_not_put_back(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await type_lines(pilot, ["Eldre faller om natten."])
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.index == 1)
        await open_screen(pilot, app, "f3", "editor")
        back = await open_screen(pilot, app, "f2", "interview")
        await pilot.pause()
        assert "Eldre faller" not in back.query_one("#answer", AnswerBox).text


async def test_an_answer_sent_after_a_save_is_not_put_back(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await type_lines(pilot, ["Eldre faller om natten."])
        await pilot.press("ctrl+s")  # the screen is asked for what it holds while it stays shown
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.index == 1)
        await open_screen(pilot, app, "f3", "editor")
        back = await open_screen(pilot, app, "f2", "interview")
        await pilot.pause()
        assert "Eldre faller" not in back.query_one("#answer", AnswerBox).text


async def test_quitting_with_an_unsent_answer_asks_first(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await type_lines(pilot, ["Eldre faller om natten."])
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "ikke sendt" in str(app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("n")  # stay: the answer is still in its box
        await wait_for(pilot, lambda: app.screen is screen)
        assert screen.query_one("#answer", AnswerBox).text == "Eldre faller om natten."
        assert app.is_running
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: not app.is_running)


async def test_quitting_with_an_empty_box_asks_nothing(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_interview(pilot, app)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)


async def test_a_budget_line_typed_and_not_added_survives_a_visit_elsewhere(sketch: Path) -> None:
    from textual.widgets import Input, Select

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_interview(pilot, app)
        budget = await open_screen(pilot, app, "f4", "budget")
        await pilot.press(*"Markedsdialog")
        budget.query_one("#category", Select).value = "testing"  # chosen by hand, not the guess
        budget.query_one("#amount", Input).value = "250000"
        await pilot.pause()
        await open_screen(pilot, app, "f5", "partners")
        back = await open_screen(pilot, app, "f4", "budget")
        await pilot.pause()
        assert back is not budget
        assert back.query_one("#item", Input).value == "Markedsdialog"
        assert back.query_one("#amount", Input).value == "250000"
        assert back.query_one("#category", Select).value == "testing"
        assert back.rows == []  # kept in the form, not added behind the user's back
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(back.rows) == 1)
        await open_screen(pilot, app, "f5", "partners")
        again = await open_screen(pilot, app, "f4", "budget")
        await pilot.pause()
        assert again.query_one("#item", Input).value == ""  # added: the form starts empty
