"""The coach screen: questions stream a reply, Esc stops it, failures offer a retry, a rewrite
changes the file only by the hunks the user accepted, and an assessment sits beside the check."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Button, Input

from assistant.coach.base import Assessment, CriterionAssessment, SessionUsage
from assistant.core.judging.findings import CriterionResult, Report, Status
from assistant.core.rendering.pages import PageInfo
from assistant.tui.app import make_app
from assistant.tui.screens.coach import CoachCommands, CoachMessage
from assistant.tui.services import Services

from .conftest import FakeCoach
from .helpers import new_sketch, open_coach, said, send, wait_for

NEED_1 = "Hjemmetjenesten rekker ikke over alle som trenger tilsyn om natten."
NEED_2 = "Det koster kommunen 40 mill. kr i året."


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    draft = new_sketch(tmp_path / "s.md")
    draft.append_to_section("summary", "Eldre i Bodø faller hjemme og havner på sykehus.")
    draft.append_to_section("need", f"{NEED_1}\n\n{NEED_2}")
    draft.save()
    return tmp_path / "s.md"


def fixed_report(sketch, rubric, pages, path) -> Report:
    return Report(
        rubric="innovasjonspartnerskap",
        language="nb",
        criteria=[
            CriterionResult(id="need-described", title="Behovet er godt beskrevet", status=Status.FAIL),
            CriterionResult(id="public-collaboration", title="Samarbeid", status=Status.PASS),
        ],
    )


def services() -> Services:
    return Services(check=fixed_report, page_info=lambda sketch, layout: PageInfo(pages=2, fraction=1.5))


class RewriteCoach:
    """A model-like coach: its *improve* reply is a new body for the section."""

    name = "test:rewriter"
    offline = False

    def __init__(self, reply: str, assessment: Assessment | None = None) -> None:
        self.reply = reply
        self.assessment = assessment
        self.requests: list = []
        self.usage = SessionUsage()

    async def astream(self, request):
        self.requests.append(request)
        for word in self.reply.split(" "):
            yield word + " "
            await asyncio.sleep(0)

    async def assess(self, sketch_text: str, lang: str) -> Assessment:
        from assistant.coach.assess import validate_quotes

        assert self.assessment is not None
        return validate_quotes(self.assessment, sketch_text)


async def test_f12_opens_the_coach_and_a_question_streams_a_reply(sketch: Path) -> None:
    coach = FakeCoach("Behovet trenger flere tall fra KOSTRA.")
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        assert "fake" in str(screen.query_one("#coach-header").render())
        assert screen.query_one("#coach-question", Input).has_focus
        await send(pilot, "Hva mangler?")
        await wait_for(pilot, lambda: not screen._replying and said(screen, "msg-coach", CoachMessage)[-1].strip() == coach.reply)
        request = coach.requests[0]
        assert (request.kind, request.question, request.lang) == ("ask", "Hva mangler?", "nb")
        assert NEED_1 in request.sketch_text
        assert said(screen, "msg-user", CoachMessage)[-1] == "Hva mangler?"
        assert sketch.read_text(encoding="utf-8").count(NEED_1) == 1  # asking never edits


async def test_escape_stops_a_slow_reply_and_retry_streams_it_again(sketch: Path) -> None:
    coach = FakeCoach("Et langt svar som aldri blir ferdig", hold=True)
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await send(pilot, "Svar")
        await wait_for(pilot, lambda: screen._replying)
        assert screen.check_action("retry", ()) is False
        await pilot.press("escape")
        await wait_for(pilot, lambda: not screen._replying and said(screen, "msg-note", CoachMessage))
        assert "stoppet" in said(screen, "msg-note", CoachMessage)[-1]
        assert screen.check_action("retry", ()) is True
        coach.release.set()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: not screen._replying and said(screen, "msg-coach", CoachMessage)[-1].strip() == coach.reply)
        assert len(coach.requests) == 2 and coach.requests[1].question == "Svar"


async def test_a_failing_coach_shows_the_message_marks_the_partial_reply_and_retry_works(sketch: Path) -> None:
    coach = FakeCoach("Første ord og så brudd", fail_after=2)
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await send(pilot, "Hjelp meg")
        await wait_for(pilot, lambda: said(screen, "msg-error", CoachMessage))
        error = said(screen, "msg-error", CoachMessage)[-1]
        assert "the server did not answer" in error and "Ctrl+R" in error
        partial = said(screen, "msg-partial", CoachMessage)
        assert partial and partial[-1].startswith("Første ord") and "Delvis svar" in partial[-1]
        coach.fail_after = None
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: not screen._replying and said(screen, "msg-coach", CoachMessage)[-1].strip() == coach.reply)
        assert screen.check_action("retry", ()) is False


async def test_a_coach_that_cannot_be_retried_offers_no_retry(sketch: Path) -> None:
    coach = FakeCoach("Nei nei nei", fail_after=0, retryable=False)
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await send(pilot, "Hei")
        await wait_for(pilot, lambda: said(screen, "msg-error", CoachMessage))
        assert "Ctrl+R" not in said(screen, "msg-error", CoachMessage)[-1]
        assert screen.check_action("retry", ()) is False


async def test_improve_applies_only_the_accepted_hunk_to_the_file(sketch: Path) -> None:
    rewrite = f"Hjemmetjenesten i Bodø rekker ikke over alle som trenger tilsyn om natten.\n\n{NEED_2[:-1]} (KOSTRA 2024)."
    coach = RewriteCoach(rewrite)
    app = make_app(sketch, coach=coach, services=services(), save_delay=0.1)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        assert screen.section == "need"
        before = sketch.read_text(encoding="utf-8")
        await pilot.press("f7")
        await wait_for(pilot, lambda: len(screen.hunk_views) == 2)
        request = coach.requests[0]
        assert (request.kind, request.section) == ("improve", "need")
        first, second = screen.hunk_views
        await wait_for(pilot, lambda: first.has_focus)
        assert "Bodø" in " ".join(first.hunk.new_paragraphs) and "KOSTRA" in " ".join(second.hunk.new_paragraphs)
        await pilot.press("a")  # accept the first; focus moves to the second
        await wait_for(pilot, lambda: second.has_focus)
        await pilot.press("r")
        assert (first.choice, second.choice) == (True, False)
        assert sketch.read_text(encoding="utf-8") == before  # nothing changes before Apply
        assert app.draft.text == before
        screen.query_one("#apply", Button).press()
        await wait_for(pilot, lambda: "i Bodø rekker" in sketch.read_text(encoding="utf-8"))
        after = sketch.read_text(encoding="utf-8")
        assert after == before.replace(NEED_1, "Hjemmetjenesten i Bodø rekker ikke over alle som trenger tilsyn om natten.")
        assert "KOSTRA 2024" not in after
        await wait_for(pilot, lambda: not screen.hunk_views and "godtatte endringer: 1" in said(screen, "msg-note", CoachMessage)[-1])


async def test_improve_with_nothing_accepted_or_a_discard_leaves_the_draft(sketch: Path) -> None:
    coach = RewriteCoach(f"{NEED_1}\n\nEt nytt avsnitt om tall.")
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        before = app.draft.text
        await pilot.press("f7")
        await wait_for(pilot, lambda: len(screen.hunk_views) == 1)
        assert screen.apply_rewrite() is False
        await wait_for(pilot, lambda: "Ingen endringer er godtatt" in said(screen, "msg-note", CoachMessage)[-1])
        screen.query_one("#discard", Button).press()
        await wait_for(pilot, lambda: not screen.hunk_views)
        assert app.draft.text == before


async def test_a_proposal_for_a_section_changed_since_is_refused(sketch: Path) -> None:
    coach = RewriteCoach(f"{NEED_1} Nytt.\n\n{NEED_2}")
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await pilot.press("f7")
        await wait_for(pilot, lambda: len(screen.hunk_views) == 1)
        screen.hunk_views[0].choice = True
        app.draft.append_to_section("need", "Skrevet et annet sted.")
        changed = app.draft.text
        assert screen.apply_rewrite() is False
        assert app.draft.text == changed
        await wait_for(pilot, lambda: "endret siden" in said(screen, "msg-error", CoachMessage)[-1])


async def test_the_offline_coach_gives_advice_and_no_hunks(sketch: Path) -> None:
    app = make_app(sketch, services=services())  # no config: the offline coach
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        assert app.coach.offline
        assert "frakoblet" in str(screen.query_one("#coach-header").render())
        before = app.draft.text
        await pilot.press("f7")
        await wait_for(pilot, lambda: not screen._replying and "skriver ikke om" in "".join(said(screen, "msg-note", CoachMessage)))
        assert not screen.hunk_views
        assert "Problem og behov" in said(screen, "msg-coach", CoachMessage)[-1]
        assert app.draft.text == before


async def test_assess_shows_the_coach_beside_the_check_and_flags_invented_quotes(sketch: Path) -> None:
    assessment = Assessment(
        criteria=[
            CriterionAssessment(criterion="need-described", score=2, evidence=[NEED_2, "Halvparten av de eldre faller hver uke."], missing=["Ingen kilde for tallet."], next_step="Oppgi KOSTRA som kilde."),
            CriterionAssessment(criterion="public-collaboration", score=4, evidence=["Bodø kommune"]),
        ],
        summary="Et godt utgangspunkt.",
        coach="test:rewriter",
    )
    coach = RewriteCoach("", assessment)
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await wait_for(pilot, lambda: app.live is not None and app.live.report is not None)
        await pilot.press("f8")
        await wait_for(pilot, lambda: screen.assessment is not None and not screen._replying)
        await wait_for(pilot, lambda: "Vurdering" in said(screen, "msg-coach", CoachMessage)[-1])
        text = said(screen, "msg-coach", CoachMessage)[-1]
        # The check's status beside the coach's score, each criterion by its title, never its id.
        assert "| Behovet er godt beskrevet | ✘ mangler | 2/5 |" in text
        assert "| Samarbeid mellom offentlige aktører | ✔ oppfylt | 4/5 |" in text
        assert "need-described" not in text and "public-collaboration" not in text
        assert f"«{NEED_2}»" in text and "Oppgi KOSTRA som kilde." in text and "Ingen kilde for tallet." in text
        assert "Fjernet (står ikke i skissen): ~~«Halvparten av de eldre faller hver uke.»~~" in text
        assert screen.assessment.flagged == {"need-described": ["Halvparten av de eldre faller hver uke."]}


async def test_fit_budget_and_translate_stream_into_the_chat(sketch: Path) -> None:
    coach = FakeCoach("Kutt gjentakelser.")
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await pilot.press("f9")
        await wait_for(pilot, lambda: len(coach.requests) == 1 and not screen._replying)
        screen.query_one("#act-budget", Button).press()
        await wait_for(pilot, lambda: len(coach.requests) == 2 and not screen._replying)
        screen.query_one("#act-translate", Button).press()
        await wait_for(pilot, lambda: len(coach.requests) == 3 and not screen._replying)
        kinds = [(r.kind, r.section) for r in coach.requests]
        assert kinds == [("fit", None), ("budget-narrative", None), ("translate", "need")]
        assert said(screen, "msg-coach", CoachMessage)[-1].strip() == coach.reply


async def test_palette_offers_the_coach_actions(sketch: Path) -> None:
    coach = FakeCoach("Ok.")
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        provider = CoachCommands(screen)
        hits = [hit async for hit in provider.search("fem sider")]
        assert hits and "Fem sider" in str(hits[0].text)
        assert len([hit async for hit in provider.discover()]) == 5
        hits[0].command()
        await wait_for(pilot, lambda: coach.requests and not screen._replying)
        assert coach.requests[0].kind == "fit"


async def test_the_screen_speaks_nynorsk(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Ok."), services=services(), lang="nn")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        assert screen.query_one("#coach-question", Input).placeholder.startswith("Spør om skissa")
        assert "Forbetra delen" in str(screen.query_one("#act-improve", Button).label)
        app.set_language("en")
        await pilot.pause()
        assert str(screen.query_one("#act-improve", Button).label) == "Improve section (F7)"
        assert screen.query_one("#coach-question", Input).placeholder.startswith("Ask about the sketch")
        descriptions = {b.description for bs in screen._bindings.key_to_bindings.values() for b in bs}
        assert {"Improve section", "Assess", "Stop reply"} <= descriptions


async def test_the_header_shows_the_session_tokens_and_cost(sketch: Path) -> None:
    from assistant.coach.base import MessageUsage

    coach = FakeCoach("Ok.")
    app = make_app(sketch, coach=coach, services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        header = screen.query_one("#coach-header")
        assert "tokens" not in str(header.render())  # nothing spent yet
        coach.usage.messages.append(MessageUsage(input_tokens=1200, output_tokens=34, cost=0.0012, currency="USD"))
        await send(pilot, "Hei")
        await wait_for(pilot, lambda: "1200 inn / 34 ut tokens" in str(header.render()))
        assert "ca. 0,0012 USD" in str(header.render())


async def test_a_base_url_without_a_model_is_the_offline_coach_and_says_so(sketch: Path) -> None:
    import os

    from assistant.coach.settings import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[coach]\n# model = "fake"\nbase_url = "http://127.0.0.1:9/v1"\n', encoding="utf-8")
    os.chmod(path, 0o600)
    app = make_app(sketch, services=services())  # the coach the config names
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        assert app.coach.offline
        header = str(screen.query_one("#coach-header").render())
        assert "frakoblet" in header and "127.0.0.1" not in header and "default" not in header
        assert "base_url er satt, men brukes ikke uten «model»" in header


@pytest.fixture
def chat_server():
    import sys

    sys.path.insert(0, str(Path(__file__).parents[1] / "coach"))
    from openai_server import start

    srv = start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


@pytest.mark.parametrize(
    "step, lang, plain",
    [
        ("garbage", "nb", "Modelltjenesten svarte med noe som ikke er et gyldig svar"),
        ("shape", "en", "The model service answered with something that is not a valid reply"),
        ("cut0", "nb", "Forbindelsen ble brutt før modellen hadde sendt noe tekst"),
    ],
)
async def test_a_model_answer_that_is_not_valid_is_a_plain_sentence_in_the_window(sketch: Path, chat_server, step: str, lang: str, plain: str) -> None:
    from assistant.coach.llm import LangChainCoach
    from assistant.coach.settings import CoachSettings

    chat_server.script = [step]
    coach = LangChainCoach(CoachSettings(model="m", base_url=chat_server.base_url, timeout_s=5, max_retries=0, backoff_s=0), lang=lang)
    app = make_app(sketch, coach=coach, services=services(), lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await send(pilot, "Hjelp meg")
        await wait_for(pilot, lambda: said(screen, "msg-error", CoachMessage))
        error = said(screen, "msg-error", CoachMessage)[-1]
        assert plain in error and "Ctrl+R" in error
        assert not any(word in error for word in ("codec", "0xff", "string indices", "ufullstendig", "incomplete"))
        assert not [m for m in screen.query(CoachMessage) if m.has_class("msg-partial")]


async def test_a_coach_failing_with_a_python_error_shows_a_plain_sentence(sketch: Path) -> None:
    class BrokenCoach(FakeCoach):
        async def astream(self, request):
            raise KeyError("criteria_by_id['need']")
            yield ""  # pragma: no cover - makes this a generator

    app = make_app(sketch, coach=BrokenCoach(), services=services())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_coach(pilot, app)
        await send(pilot, "Hei")
        await wait_for(pilot, lambda: said(screen, "msg-error", CoachMessage))
        error = said(screen, "msg-error", CoachMessage)[-1]
        assert "Noe uventet gikk galt med modellen" in error and "criteria_by_id" not in error
