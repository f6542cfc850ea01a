"""The interview's page figures are the page gauge's (the rendered PDF's count), every answer that
takes the sketch over the limit is asked about, and Ctrl+Z after leaving the interview and coming
back still puts the undone answer in the box."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.export import ExportScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.answer_box import AnswerBox
from assistant.tui.widgets.page_gauge import format_pages

from .conftest import FakeCoach
from .helpers import asked, go_to, open_interview, said, wait_for

SENTENCE = "Night-time falls among older residents who live at home often go unnoticed until the morning visit from home care. "
PASTE = (SENTENCE * 120).strip()  # 2 280 words: about three pages in the PDF


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    meta = Metadata(title="Safe nights at home", applicant=Organisation(name="Bodø Municipality", kind=OrgKind.KOMMUNE, orgnr="972418021"), language=Language.EN)
    Draft.create(tmp_path / "s.md", meta)
    return tmp_path / "s.md"


def _gauge(app) -> str:
    """The figure the page gauge shows for the text as it is («7.1 of 5 pages»)."""
    pages = app.services.checkup(app.draft.text).pages
    assert pages is not None
    return format_pages(pages.fraction, 5, "en")


async def test_page_figures_are_the_gauges_and_every_answer_over_the_limit_is_asked_about(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Noted."), save_delay=0.05, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        box = screen.query_one("#answer", AnswerBox)
        # A long answer that still fits: written without a question (the word-count guess said
        # «about 5.2 pages on its own» and asked; the PDF had room left).
        await go_to(pilot, screen, "need", 1)
        box.value = PASTE
        await pilot.press("enter")
        await wait_for(pilot, lambda: PASTE[:300] in app.draft.text and not screen._replying and screen.index > 0)
        assert not isinstance(app.screen, ConfirmScreen)
        first = app.services.checkup(app.draft.text).pages.fraction
        assert 2.0 < first < 4.0
        assert not any("of 5 pages" in m for m in said(screen, "msg-note"))  # it fits: no page warning

        # The same answer again, elsewhere: over the limit, so asked about (the second paste used
        # to be written at once), with the page count the gauge will show once it is written.
        await go_to(pilot, screen, "data", 1)
        box.value = PASTE
        await pilot.press("enter")
        question = await asked(pilot, app)
        await pilot.press("y")
        await wait_for(pilot, lambda: app.draft.text.count(SENTENCE.strip()) == 240)
        gauge = _gauge(app)
        assert gauge.split(" of ")[0] in question and "of 5 pages, as the page gauge" in question
        remark = said(screen, "msg-coach")[-1]
        assert f"the sketch is now about {gauge}" in remark and "Ctrl+Z" in remark
        # And the gauge itself, once the live panel has counted this text, says the same.
        await wait_for(pilot, lambda: app.live is not None and app.live.text == app.draft.text and app.live.pages is not None)
        assert format_pages(app.live.pages.fraction, 5, "en") == gauge


async def test_ctrl_z_after_leaving_the_interview_and_coming_back_puts_the_answer_in_the_box(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Noted."), save_delay=0.05, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await go_to(pilot, screen, "data", 1)
        asked = screen.index
        before = app.draft.text
        screen.query_one("#answer", AnswerBox).value = "Bodø registers about 2 300 falls a year."
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.index != asked and not screen._replying)
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen))
        await pilot.press("f2")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen) and app.screen is not screen)
        again = app.screen
        await pilot.pause()
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: app.draft.text == before)
        box = again.query_one("#answer", AnswerBox)
        await wait_for(pilot, lambda: box.text == "Bodø registers about 2 300 falls a year.")
        assert again.index == asked  # back at its question, the answer to change and send again
