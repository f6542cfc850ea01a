"""«veit ikkje», «vet ikke», «don't know», «må sjekke med …»: the interview acknowledges the reply
without praise, keeps it as a note, and leaves the question open so it comes back to it (also
after the sketch is opened again)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.sketch.answers import left_open, not_known, shape_answer
from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.interview import ChatMessage, InterviewScreen

from .conftest import FakeCoach
from .helpers import type_text, wait_for


@pytest.mark.parametrize(
    "reply",
    ["veit ikkje", "Veit ikkje heilt, må sjekke med økonomisjefen", "vet ikke", "Nei, vet ikke ennå", "Må sjekke med økonomisjefen", "I don't know", "We need to check with finance", "not sure", "No idea"],
)
def test_a_reply_that_the_answer_is_not_known_is_a_note_that_leaves_the_question_open(reply: str) -> None:
    assert not_known(reply)
    shaped = shape_answer(reply, "nn", "Kven blir råka?")
    assert shaped.note and left_open(shaped.text)


@pytest.mark.parametrize(
    "reply",
    ["Vi har 120 utrykkingar om natta i 2023.", "Vi vet ikke hvor mange som blir rammet, men anslår 300 personer basert på KOSTRA.", "Tala står over.", "Ja"],
)
def test_an_answer_or_a_pointer_is_not_left_open(reply: str) -> None:
    assert not left_open(shape_answer(reply, "nn", "Kven blir råka?").text)


async def test_dont_know_is_not_praised_and_the_question_stays_open(tmp_path: Path) -> None:
    path = tmp_path / "v.md"
    meta = Metadata(title="Trygg heime", applicant=Organisation(name="Volda kommune", orgnr="939760946", kind=OrgKind.KOMMUNE), language=Language.NN)
    Draft.create(path, meta)
    app = make_app(path, coach=FakeCoach("Bra. Sjekken finn ikkje meir å setje fingeren på."), save_delay=0.05, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        index = next(i for i, s in enumerate(screen.steps) if s.section == "need" and s.number == 2)
        screen.ask(index)
        await pilot.pause()
        await type_text(pilot, "veit ikkje heilt, må sjekke med økonomisjefen")
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.index != index)
        await pilot.pause()
        coach = [m.source for m in screen.query(ChatMessage) if m.has_class("msg-coach")]
        assert any("vi kjem tilbake til det" in text for text in coach)
        assert not app.coach.requests  # no coach reply, no «Bra.»
        assert not any(text.startswith("Bra.") for text in coach)
        assert screen.index == index + 1 and screen.is_open(index)
        await wait_for(pilot, lambda: "må sjekke med økonomisjefen" in path.read_text(encoding="utf-8"))
        assert "<!-- notat: " in app.draft.sketch.section("need").body  # kept as a note, not as prose
    # Opened again: the interview starts at that question, it is not taken as answered.
    again = make_app(path, coach=FakeCoach("Notert."), save_delay=0.05, lang="nn")
    async with again.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(again.screen, InterviewScreen) or getattr(again.screen, "screen_name", "") == "editor")
        if not isinstance(again.screen, InterviewScreen):
            await pilot.press("f2")
            await wait_for(pilot, lambda: isinstance(again.screen, InterviewScreen))
        assert again.screen.is_open(index) and again.screen.next_open(-1) <= index
