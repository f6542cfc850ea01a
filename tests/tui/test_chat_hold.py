"""A reply taller than the chat is read from its start: the question that asked it stays at the
top of the view instead of scrolling past before it was drawn. A short reply, and a user back at
the bottom, follow the newest message as before. At 80×24, where a reply fills the view soonest."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.coach import CoachMessage, CoachScreen
from assistant.tui.screens.interview import ChatMessage
from assistant.tui.widgets.chat_log import ChatLog

from .conftest import FakeCoach
from .helpers import new_sketch, open_coach, open_interview, send, wait_for

LONG = "\n\n".join(f"Punkt {n}: behovet må underbygges med tall fra KOSTRA for tjeneste {n}." for n in range(1, 31))


class OneChunkCoach(FakeCoach):
    """The whole reply in one piece, as the offline coach gives it: the question and the reply
    reach the chat in the same frame."""

    async def astream(self, request) -> AsyncIterator[str]:
        self.requests.append(request)
        await self.release.wait()
        yield self.reply
        await asyncio.sleep(0)


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    draft = new_sketch(tmp_path / "s.md")
    draft.append_to_section("summary", "Eldre i Bodø faller hjemme og havner på sykehus.")
    draft.save()
    return tmp_path / "s.md"


def _in_view(chat: ChatLog, message) -> bool:
    """Whether the message's first line is inside the chat's visible area."""
    view = chat.content_region
    return message.region.height > 0 and view.y <= message.region.y < view.bottom


async def _ask(pilot, app, question: str) -> CoachScreen:
    if not isinstance(app.screen, CoachScreen):
        await open_coach(pilot, app)
    screen = app.screen
    before = len(screen.query(CoachMessage))
    await send(pilot, question)
    await wait_for(pilot, lambda: not screen._replying and len(screen.query(CoachMessage)) >= before + 2)
    await pilot.pause()
    await pilot.pause()
    return screen


def _asked(screen: CoachScreen, question: str) -> CoachMessage:
    return next(m for m in screen.query(CoachMessage) if m.has_class("msg-user") and m.source == question)


@pytest.mark.parametrize("coach_class", [FakeCoach, OneChunkCoach], ids=["streamed word by word", "given in one piece"])
async def test_a_long_reply_is_read_from_its_start_under_the_question(sketch: Path, coach_class) -> None:
    coach = coach_class(LONG)
    app = make_app(sketch, coach=coach)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ask(pilot, app, "Hva er svakest?")
        chat = screen.query_one("#coach-chat", ChatLog)
        reply = screen.query(CoachMessage).last()
        assert reply.source.strip().startswith("Punkt 1:")
        assert chat.max_scroll_y > 0  # the reply is taller than the view
        assert _in_view(chat, _asked(screen, "Hva er svakest?"))  # the question at the top
        assert _in_view(chat, reply)  # and the reply's first line under it
        assert chat.scroll_y < chat.max_scroll_y  # its end is below, for the user to scroll to


async def test_a_short_reply_and_a_user_back_at_the_bottom_follow_the_newest_message(sketch: Path) -> None:
    coach = FakeCoach(LONG)
    app = make_app(sketch, coach=coach)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ask(pilot, app, "Hva er svakest?")
        chat = screen.query_one("#coach-chat", ChatLog)
        chat.scroll_end(animate=False, immediate=True)  # the user reads on to the end
        await pilot.pause()
        coach.reply = "Legg til tall fra KOSTRA."
        await _ask(pilot, app, "Og så?")
        await wait_for(pilot, lambda: chat.scroll_y == chat.max_scroll_y)
        assert _in_view(chat, _asked(screen, "Og så?"))
        assert _in_view(chat, screen.query(CoachMessage).last())


@pytest.mark.parametrize("built_in", [False, True], ids=["one piece", "the built-in coach"])
async def test_the_second_long_reply_is_read_from_its_own_question_not_the_first(sketch: Path, strong: Path, built_in: bool) -> None:
    """The second question's message was held before it was laid out: its place read as the
    top of the chat, and the chat scrolled back to the first question."""
    app = make_app(strong) if built_in else make_app(sketch, coach=OneChunkCoach(LONG))
    async with app.run_test(size=(80, 24)) as pilot:
        await _ask(pilot, app, "Er budsjettet vårt stort nok?")
        screen = await _ask(pilot, app, "Hva mangler før vi kan sende inn?")
        chat = screen.query_one("#coach-chat", ChatLog)
        assert chat.max_scroll_y > 0
        assert _in_view(chat, _asked(screen, "Hva mangler før vi kan sende inn?"))
        assert _in_view(chat, screen.query(CoachMessage).last())
        assert not _in_view(chat, _asked(screen, "Er budsjettet vårt stort nok?"))  # above, read before


async def test_the_interview_shows_the_next_question_after_a_long_reply(tmp_path: Path) -> None:
    meta = Metadata(title="Trygg hjemme", applicant=Organisation(name="Bodø kommune", kind=OrgKind.KOMMUNE), language=Language.NB)
    Draft.create(tmp_path / "s.md", meta)
    coach = FakeCoach(LONG)
    app = make_app(tmp_path / "s.md", coach=coach, save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        for answer in ("Eldre faller hjemme.", "Hjemmetjenesten rekker ikke fram om natten."):
            index = screen.index
            await send(pilot, answer)
            await wait_for(pilot, lambda: screen.index == index + 1 and not screen._replying)
            await pilot.pause()
            await pilot.pause()
            chat = screen.query_one("#chat", ChatLog)
            question = [m for m in screen.query(ChatMessage) if m.has_class("msg-question")][-1]
            assert chat.max_scroll_y > 0
            assert question.region.bottom <= chat.content_region.bottom and _in_view(chat, question)
