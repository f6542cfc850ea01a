"""The interview: answers land in the draft, replies stream, Esc stops, failures offer a retry."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.tui.app import make_app
from assistant.tui.screens.interview import InterviewScreen

from .conftest import FakeCoach
from .helpers import new_sketch, open_interview, said, send, type_text, wait_for


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    new_sketch(tmp_path / "s.md")
    return tmp_path / "s.md"


async def test_answer_streams_reply_and_asks_next(sketch: Path) -> None:
    coach = FakeCoach("Godt. Tallene fra KOSTRA styrker dette.")
    app = make_app(sketch, coach=coach, save_delay=0.1)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_interview(pilot, app)
        assert screen.steps[screen.index].section == "summary"
        await send(pilot, "Eldre faller hjemme.")
        await wait_for(pilot, lambda: screen.index == 1)
        request = coach.requests[0]
        assert (request.kind, request.section, request.question, request.lang) == ("interview", "summary", "Eldre faller hjemme.", "nb")
        assert "Eldre faller hjemme." in request.sketch_text
        assert said(screen, "msg-coach")[-1].strip() == "Godt. Tallene fra KOSTRA styrker dette."
        assert screen.steps[screen.index].section == "need"
        await wait_for(pilot, lambda: "Eldre faller hjemme." in sketch.read_text(encoding="utf-8"))


async def test_escape_stops_a_reply_and_retry_streams_it_again(sketch: Path) -> None:
    coach = FakeCoach("Et langt svar som aldri blir ferdig", hold=True)
    app = make_app(sketch, coach=coach)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_interview(pilot, app)
        await send(pilot, "Svar")
        await wait_for(pilot, lambda: screen._replying)
        assert screen.check_action("stop", ()) is True
        await pilot.press("escape")
        await wait_for(pilot, lambda: not screen._replying and said(screen, "msg-note"))
        assert "stoppet" in said(screen, "msg-note")[-1]
        assert screen.index == 0  # a stopped reply does not move on
        coach.release.set()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.index == 1)
        assert len(coach.requests) == 2 and coach.requests[1].question == "Svar"
        assert said(screen, "msg-coach")[-1].strip() == "Et langt svar som aldri blir ferdig"


async def test_coach_failure_is_shown_with_retry(sketch: Path) -> None:
    coach = FakeCoach("Første ord og så brudd", fail_after=2)
    app = make_app(sketch, coach=coach)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_interview(pilot, app)
        await send(pilot, "Svar")
        await wait_for(pilot, lambda: said(screen, "msg-error"))
        error = said(screen, "msg-error")[-1]
        assert "the server did not answer" in error and "Ctrl+R" in error and "avbrutt" in error
        assert screen.check_action("retry", ()) is True
        assert "Svar" in app.draft.sketch.section("summary").body  # the answer is kept
        coach.fail_after = None
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: screen.index == 1)


async def test_failure_that_cannot_be_retried_says_so(sketch: Path) -> None:
    coach = FakeCoach("x y", fail_after=0, retryable=False)
    app = make_app(sketch, coach=coach)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_interview(pilot, app)
        await send(pilot, "Svar")
        await wait_for(pilot, lambda: said(screen, "msg-error"))
        assert "Ctrl+R" not in said(screen, "msg-error")[-1]
        assert screen.check_action("retry", ()) is False


async def test_skip_back_and_jump_to_a_section(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_interview(pilot, app)
        await pilot.press("f7", "f7")
        assert screen.index == 2
        await pilot.press("f8")
        assert screen.index == 1
        await pilot.press("ctrl+g")
        options = screen.query_one("#section-list")
        assert options.has_focus
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert ids[options.highlighted] == screen.steps[screen.index].section  # arrows move from here
        await pilot.press("down")
        assert ids[options.highlighted] == ids[ids.index(screen.steps[screen.index].section) + 1]
        budget_row = [options.get_option_at_index(i).id for i in range(options.option_count)].index("budget")
        options.highlighted = budget_row
        await pilot.press("enter")
        assert screen.steps[screen.index].section == "budget"
        assert screen.query_one("#answer").has_focus
        await send(pilot, "Markedsdialog 400 000 kr.")
        await wait_for(pilot, lambda: app.draft.sketch.section("budget") and "400 000" in app.draft.sketch.section("budget").body)
        assert app.draft.sketch.section("summary").body.strip() == ""


async def test_the_default_coach_is_offline_and_made_on_first_use(sketch: Path) -> None:
    app = make_app(sketch)
    assert app._coach is None
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        assert app.coach.offline is True
        assert "frakoblet veileder" in said(app.screen, "msg-coach")[0]


async def test_a_base_url_without_a_model_is_named_unused_in_the_interview(sketch: Path) -> None:
    import os

    from assistant.coach.settings import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[coach]\nbase_url = "http://127.0.0.1:9/v1"\n', encoding="utf-8")
    os.chmod(path, 0o600)
    app = make_app(sketch)  # the coach the config names
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_interview(pilot, app)
        intro = said(screen, "msg-coach")[0]
        assert "frakoblet veileder" in intro and "127.0.0.1" not in intro
        assert any("base_url er satt, men brukes ikke uten «model»" in m for m in said(screen, "msg-note"))


async def test_ctrl_z_after_an_answer_goes_back_to_its_question_with_the_answer_in_the_box(sketch: Path) -> None:
    from assistant.tui.widgets.answer_box import AnswerBox

    coach = FakeCoach("Godt.")
    app = make_app(sketch, coach=coach, save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        before = app.draft.text
        await send(pilot, "Eldre faller hjemme om natten.")
        await wait_for(pilot, lambda: screen.index == 1 and not screen._replying)
        assert "Eldre faller hjemme om natten." in app.draft.text
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: screen.index == 0)
        assert app.draft.text == before  # the answer's write undone
        box = screen.query_one("#answer", AnswerBox)
        assert box.text == "Eldre faller hjemme om natten."  # to change and send again
        assert screen.steps[screen.index].section == "summary"
        await type_text(pilot, "Eldre i Bodø faller hjemme.")  # typing replaces it
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.index == 1 and "Eldre i Bodø faller hjemme." in app.draft.text)
        assert "om natten" not in app.draft.text
