"""A budget answered in prose in the interview: every amount offered as a line named by its noun
phrase, and what the table did not take kept in the answer and named."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.sketch.answers import Found, budget_lines_named
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.interview import ChatMessage, InterviewScreen

from .conftest import FakeCoach
from .helpers import type_text, wait_for

SAID = (
    "Vi trur prosjektleiing blir om lag 600 000 kr, og så treng vi frikjøp av sjukepleiarar for ca. 450 000. "
    "Utviklingsfasen med leverandørane kanskje 2,5 mill. Etterpå skal vi kjøpe sensorar til alle 310 brukarane "
    "for 1,2 mill. kr. Følgjeforsking frå høgskulen 300 000 kr."
)


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    meta = Metadata(title="Trygg heime om natta", applicant=Organisation(name="Volda kommune", kind=OrgKind.KOMMUNE), language=Language.NN)
    Draft.create(tmp_path / "v.md", meta)
    return tmp_path / "v.md"


def _notes(screen) -> list[str]:
    return [m.source for m in screen.query(ChatMessage) if m.has_class("msg-note")]


async def _budget_question(pilot, app) -> InterviewScreen:
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    screen = app.screen
    screen.ask(next(i for i, s in enumerate(screen.steps) if s.section == "budget"))
    await pilot.pause()
    return screen


async def test_a_budget_said_in_prose_offers_every_line_by_its_noun_phrase(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _budget_question(pilot, app)
        await type_text(pilot, SAID)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = str(app.screen.query_one("#confirm-question").render())
        for shown in ("Prosjektleiing · Prosjektleiing · 600 000 kr", "Frikjøp av sjukepleiarar · Utvikling · 450 000 kr", "Kjøp av sensorar til alle 310 brukarane"):
            assert shown in " ".join(question.split()), shown
        assert "Trur" not in question and "Etterpå" not in question
        await pilot.press("j")
        await wait_for(pilot, lambda: "| Frikjøp av sjukepleiarar" in sketch.read_text(encoding="utf-8"))
        budget = parse_sketch(sketch.read_text(encoding="utf-8")).budget
        assert sorted(line.amount for line in budget.lines) == [300_000, 450_000, 600_000, 1_200_000, 2_500_000]
        # All five in the table: the prose left the answer, and the user is told so.
        assert "Vi trur" not in app.draft.sketch.section("budget").body
        await wait_for(pilot, lambda: any("berre i tabellen" in n for n in _notes(screen)))


async def test_a_sentence_whose_amount_the_table_did_not_take_stays_and_is_named(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _budget_question(pilot, app)
        await type_text(pilot, SAID)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        # As when a reading misses a line: the table takes four of the five.
        four = [line for line in budget_lines_named(SAID) if line[1] != 450_000]
        assert screen.write_found(Found(budget=four), key="budget.q1", answer=SAID)
        body = app.draft.sketch.section("budget").body
        assert "frikjøp av sjukepleiarar for ca. 450 000." in body  # never dropped
        assert "Følgjeforsking frå høgskulen 300 000 kr." not in body  # taken: one budget
        assert screen.budget_left_in_answer == ["Vi trur prosjektleiing blir om lag 600 000 kr, og så treng vi frikjøp av sjukepleiarar for ca. 450 000."]
