"""The coach screen at 80×24: where typed keys go. F12 puts the cursor in the question box;
letters typed anywhere go there, except a/r (and j/k) on a focused change of a proposal;
Enter in the question box asks, and never presses «discard»; the focus is marked in text."""

from __future__ import annotations

import time
from pathlib import Path

from textual import events
from textual.widgets import Button, Input

from assistant.tui.app import make_app
from assistant.tui.screens.coach import CoachMessage, CoachScreen
from assistant.tui.screens.help import HelpScreen
from assistant.tui.widgets.footer import CompactFooter
from assistant.tui.widgets.hunks import HunkView

from .helpers import open_coach, said, send, type_text, wait_for
from .test_coach_screen import NEED_1, RewriteCoach, services, sketch  # noqa: F401 - fixture

SIZE = (80, 24)
QUESTION = "Hvordan kan vi gjøre behovsdelen sterkere med flere kilder og tall?"


def _footer(screen) -> str:
    from textual.widgets._footer import FooterKey

    return " ".join(f"{k.key_display} {k.description}" for k in screen.query_one(CompactFooter).query(FooterKey))


async def _proposal(pilot, app) -> CoachScreen:
    screen = await open_coach(pilot, app)
    await pilot.press("f7")
    await wait_for(pilot, lambda: len(screen.hunk_views) == 2 and screen.hunk_views[0].has_focus)
    return screen


REWRITE = f"Hjemmetjenesten i Bodø rekker ikke over alle som trenger tilsyn om natten.\n\nDet koster kommunen 40 mill. kr i året (KOSTRA 2024)."


async def test_f12_puts_the_cursor_in_the_question_box_even_when_the_coach_is_slow_to_make(sketch: Path) -> None:
    def slow_coach():
        time.sleep(0.3)  # a model's client imported on first use
        return RewriteCoach(REWRITE)

    svc = services()
    svc.make_coach = slow_coach
    app = make_app(sketch, services=svc)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") in ("editor", "interview"))
        # As a terminal sends them: all four keys queued at once, the coach screen not yet made.
        for key in ("f12", "h", "e", "i"):
            app.post_message(events.Key(key, None if key == "f12" else key))
        await wait_for(pilot, lambda: isinstance(app.screen, CoachScreen))
        await pilot.pause()
        box = app.screen.query_one("#coach-question", Input)
        assert box.has_focus
        assert box.value == "hei"


async def test_letters_typed_during_a_proposal_go_to_the_question_box(sketch: Path) -> None:
    app = make_app(sketch, coach=RewriteCoach(REWRITE), services=services())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _proposal(pilot, app)
        first, second = screen.hunk_views
        await pilot.press("r")  # on the focused change: rejects it
        assert first.choice is False
        await pilot.press("tab")
        await type_text(pilot, QUESTION)
        box = screen.query_one("#coach-question", Input)
        assert box.value == QUESTION
        assert box.has_focus
        assert not isinstance(app.screen, HelpScreen)  # «?» was typed, not Help
        assert (first.choice, second.choice) == (False, None)  # no a or r of the sentence chose anything
        await pilot.press("enter")
        await wait_for(pilot, lambda: said(screen, "msg-user", CoachMessage)[-1] == QUESTION)
        assert len(screen.hunk_views) == 2  # the proposal is still there
        assert not any("forkastet" in m for m in said(screen, "msg-note", CoachMessage))


async def test_enter_after_typing_on_the_discard_button_asks_and_keeps_the_proposal(sketch: Path) -> None:
    app = make_app(sketch, coach=RewriteCoach(REWRITE), services=services())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _proposal(pilot, app)
        screen.query_one("#discard", Button).focus()
        await pilot.pause()
        await send(pilot, "Hei")
        await wait_for(pilot, lambda: said(screen, "msg-user", CoachMessage)[-1] == "Hei")
        assert len(screen.hunk_views) == 2
        assert not any("forkastet" in m for m in said(screen, "msg-note", CoachMessage))
        assert app.draft.text.count(NEED_1) == 1


async def test_the_footer_says_where_a_and_r_act_and_the_focus_is_marked(sketch: Path) -> None:
    app = make_app(sketch, coach=RewriteCoach(REWRITE), services=services())
    async with app.run_test(size=SIZE) as pilot:
        screen = await _proposal(pilot, app)
        first = screen.hunk_views[0]
        await pilot.pause()
        footer = _footer(screen)
        assert "a Godta" in footer and "r Avvis" in footer
        assert str(first.render()).startswith("▶")  # the change with the focus
        assert not str(screen.hunk_views[1].render()).startswith("▶")
        box = screen.query_one("#coach-question", Input)
        assert "▶" not in str(box.border_title or "")
        await pilot.press("h")  # a letter that is no change's key goes to the question box
        await pilot.pause()
        assert box.has_focus and box.value == "h"
        assert str(box.border_title).startswith("▶")
        assert not str(first.render()).startswith("▶")
        footer = _footer(screen)
        assert "a Godta" not in footer
        assert "^t" in footer and "a/r" in footer  # the key back to the changes, and what a/r do there
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert first.has_focus
        await pilot.press("a")
        assert first.choice is True
