"""Interview answers are stitched into the sketch as typed, one after another: after the last
question, and on the export screen while the sketch still holds them, a hint says to edit them
into prose in the editor (F3)."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Static

from assistant.core.sketch.answers import answers_as_written
from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.interview import ChatMessage, InterviewScreen

from .conftest import FakeCoach
from .helpers import type_text, wait_for

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sketches"


def test_only_answers_with_text_for_the_pdf_count_as_written() -> None:
    body = "<!-- svar: need.q1 -->\nDei vil auke mykje.\n<!-- /svar -->\n\n<!-- svar: need.q2 -->\n<!-- notat: «Kven?» veit ikkje -->\n<!-- /svar -->"
    assert answers_as_written(body) == ["need.q1"]
    assert answers_as_written("Eldre fell om natta.") == []


async def test_the_last_question_and_the_export_screen_say_to_edit_the_answers_into_prose(tmp_path: Path) -> None:
    path = tmp_path / "v.md"
    meta = Metadata(title="Trygg heime", applicant=Organisation(name="Volda kommune", orgnr="939760946", kind=OrgKind.KOMMUNE), language=Language.NN)
    Draft.create(path, meta)
    app = make_app(path, coach=FakeCoach("Notert."), save_delay=0.05, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        await type_text(pilot, "Dei vil auke mykje, kanskje dobbelt så mykje, fordi det blir fleire eldre.")
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.coach.requests)
        screen.ask(len(screen.steps))  # past the last question, as after answering it
        await pilot.pause()
        notes = [m.source for m in screen.query(ChatMessage) if m.has_class("msg-note")]
        assert any("slik du skreiv dei" in n and "(F3)" in n and "delar: 1" in n for n in notes)
        await pilot.press("f6")
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "export")
        summary = app.screen.query_one("#summary", Static)
        await wait_for(pilot, lambda: "Intervjusvara står slik du skreiv dei" in str(summary.render()))


async def test_a_sketch_without_interview_answers_gets_no_such_hint(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", path)
    app = make_app(path, lang="nb")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "export")
        summary = app.screen.query_one("#summary", Static)
        await wait_for(pilot, lambda: "Kriterier" in str(summary.render()))
        assert "Intervjusvarene" not in str(summary.render())
