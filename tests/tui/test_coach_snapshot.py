"""The coach screen at 80×24 and 120×36, with a fixed fake coach and fixed checks, so the picture shows the
screen's layout and text only."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from assistant.coach.base import SessionUsage
from assistant.core.judging.findings import CriterionResult, Report, Status
from assistant.core.rendering.pages import PageInfo
from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.services import Services

from .helpers import open_screen, wait_for

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 36), id="120x36")]


class RewriteCoach:
    """Answers every request with the same new body for the section."""

    name = "test:rewriter"
    offline = False

    def __init__(self, reply: str) -> None:
        self.reply = reply
        self.usage = SessionUsage()

    async def astream(self, request):
        for word in self.reply.split(" "):
            yield word + " "
            await asyncio.sleep(0)

    async def assess(self, sketch_text: str, lang: str):  # pragma: no cover - not used here
        raise NotImplementedError


def fixed_report(sketch, rubric, pages, path) -> Report:
    return Report(rubric="innovasjonspartnerskap", language="nb", criteria=[CriterionResult(id="need-described", title="Behovet er godt beskrevet", status=Status.WARN)])


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    meta = Metadata(title="Trygg hjemme i Bodø", applicant=Organisation(name="Bodø kommune", kind=OrgKind.KOMMUNE), language=Language.NB)
    draft = Draft.create(Path("skisse.md"), meta)  # relative: the header shows the same name on every machine
    draft.append_to_section("need", "Hjemmetjenesten rekker ikke over alle som trenger tilsyn om natten.\n\nDet koster kommunen mye.")
    draft.save()
    return Path("skisse.md")


@pytest.mark.parametrize("size", SIZES)
def test_coach_improve_proposal(snap_compare, size, sketch) -> None:
    """The coach screen (F12 Veileder highlighted in the nav bar) after «Forbedre delen» on
    Problem og behov: on the left the section choice and the five action buttons; on the right the
    header «test:rewriter · språkmodell», the user's request, the proposal heading (endringer: 2)
    and two changes, each with its removed line in red and added line in green: «Endring 1 av 2 ·
    godtatt» (green bar) and «▶ Endring 2 av 2 · ikke valgt» with focus (the ▶ marks it), then the buttons «Bruk
    godtatte» and «Forkast forslaget», and the question field titled «Spørsmål». Footer, all of it in view: the hunk keys a Godta, r Avvis, then
    f7 Forbedre delen, f8 Vurder, f9 Fem sider, ^q, f1, ^s and ^p."""
    coach = RewriteCoach("Hjemmetjenesten i Bodø rekker ikke over alle som trenger tilsyn om natten.\n\nDet koster kommunen 40 mill. kr i året (KOSTRA).")
    services = Services(check=fixed_report, page_info=lambda sketch, layout: PageInfo(pages=1, fraction=0.6))

    async def propose(pilot) -> None:
        app = pilot.app
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "editor")
        await open_screen(pilot, app, "f12", "coach")
        screen = app.screen
        await pilot.press("f7")
        await wait_for(pilot, lambda: len(screen.hunk_views) == 2 and screen.hunk_views[0].has_focus)
        await pilot.press("a")
        await wait_for(pilot, lambda: screen.hunk_views[1].has_focus)
        await app.workers.wait_for_complete()
        for widget in screen.query("Input"):
            widget.cursor_blink = False
        chat = screen.query_one("#coach-chat")
        await pilot.pause()
        chat.scroll_end(animate=False)
        await pilot.pause(0.1)

    assert snap_compare(make_app(sketch, coach=coach, services=services), terminal_size=size, run_before=propose)
