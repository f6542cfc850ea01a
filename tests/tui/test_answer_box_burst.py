"""Ctrl+J in the interview's answer box is a new line however fast it comes: keys sent in one
burst (a fast typist, a text expander, tmux send-keys) keep their lines apart."""

from __future__ import annotations

from pathlib import Path

from textual import events

from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.answer_box import AnswerBox

from .conftest import FakeCoach
from .helpers import wait_for


def _burst(app, *pieces: str) -> None:
    """Keys posted in one go: nothing waits for a key's action to run before the next key."""
    for piece in pieces:
        if piece in ("ctrl+j", "shift+enter"):
            app.post_message(events.Key(piece, "\n" if piece == "ctrl+j" else None))
        else:
            for ch in piece:
                app.post_message(events.Key(ch, ch))


async def test_every_ctrl_j_in_a_burst_of_typing_is_a_new_line(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    Draft.create(path, Metadata(title="Trygg", applicant=Organisation(name="Ørsta kommune", kind=OrgKind.KOMMUNE), language=Language.NN))
    app = make_app(path, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        box = app.screen.query_one("#answer", AnswerBox)
        await wait_for(pilot, lambda: box.has_focus)
        _burst(app, "Prosjektleiing: 500 000 kr", "ctrl+j", "Frikjøp av tilsette - 300 000", "shift+enter", "Evaluering 200 000 kr")
        await pilot.pause()
        await pilot.pause()
        assert box.text == "Prosjektleiing: 500 000 kr\nFrikjøp av tilsette - 300 000\nEvaluering 200 000 kr"
        assert not app.coach.requests  # a new line, never a send
