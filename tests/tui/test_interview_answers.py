"""The interview writes a sketch: one block per question, replaced when answered again, short replies
never pasted raw, what an answer names offered for F4/F5, resuming where the user left off."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.coach.offline import OfflineCoach
from assistant.core.sketch.document import parse_sketch
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.interview import ChatMessage, InterviewScreen
from assistant.tui.widgets.answer_box import AnswerBox

from .conftest import FakeCoach
from .helpers import asked, go_to, new_sketch, said, send, type_text, wait_for


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    new_sketch(tmp_path / "s.md")
    return tmp_path / "s.md"


def _on_disk(path: Path) -> str:
    return path.read_text(encoding="utf-8")


async def _start(pilot, app) -> InterviewScreen:
    """The interview: shown first for an empty sketch; F2 from the editor a sketch with text opens in."""
    await wait_for(pilot, lambda: getattr(app.screen, "screen_name", None) in ("interview", "editor"))
    if not isinstance(app.screen, InterviewScreen):
        await pilot.press("f2")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    return app.screen


async def _answer(pilot, screen: InterviewScreen, text: str) -> None:
    before = len(screen.app.coach.requests) if hasattr(screen.app.coach, "requests") else None
    await send(pilot, text)
    if before is not None:
        await wait_for(pilot, lambda: len(screen.app.coach.requests) > before)
    await wait_for(pilot, lambda: not screen._replying)


async def test_answering_again_replaces_the_answer_and_never_duplicates(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        assert (screen.steps[screen.index].section, screen.index) == ("summary", 0)
        await _answer(pilot, screen, "Eldre faller hjemme og havner på sykehus.")
        await pilot.press("f8")  # back to the same question
        assert screen.index == 0
        await _answer(pilot, screen, "Eldre faller hjemme, og hver tredje havner på sykehus.")
        await wait_for(pilot, lambda: "hver tredje" in _on_disk(sketch))
        text = _on_disk(sketch)
        assert "Eldre faller hjemme og havner på sykehus." not in text
        assert text.count("Eldre faller hjemme, og hver tredje havner på sykehus.") == 1
        assert text.count("<!-- svar: summary.q1 -->") == 1 and text.count("<!-- /svar -->") == 1
        assert "erstatter" in said(screen, "msg-note")[-1]
        summary = parse_sketch(text).section("summary").text
        assert "svar" not in summary and summary.strip() == "Eldre faller hjemme, og hver tredje havner på sykehus."


async def test_short_conversational_answers_become_sentences_or_notes(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        procurement = next(i for i, s in enumerate(screen.steps) if "holdt utenfor totalen" in s.question)
        screen.ask(procurement)
        await _answer(pilot, screen, "Ja, kjøpet av den ferdige løsningen er holdt utenfor totalen.")
        await wait_for(pilot, lambda: "Kjøpet av den ferdige løsningen er holdt utenfor totalen." in _on_disk(sketch))
        assert "Ja, kjøpet" not in _on_disk(sketch)
        anchored = next(i for i, s in enumerate(screen.steps) if s.criterion == "top-management")
        screen.ask(anchored)
        await _answer(pilot, screen, "Ja. Kommunedirektøren har forankret prosjektet i ledergruppen.")
        await go_to(pilot, screen, "budget", 1)
        await _answer(pilot, screen, "Se tabellen under.")
        await wait_for(pilot, lambda: "Se tabellen under." in _on_disk(sketch))
        text = _on_disk(sketch)
        assert "Kommunedirektøren har forankret prosjektet i ledergruppen." in text and "Ja. Kommunedirektøren" not in text
        assert "<!-- notat: «Hva vil prosjektet koste" in text  # kept beside its question, as a comment
        sketch_ = parse_sketch(text)
        assert "Se tabellen" not in sketch_.section("budget").text  # never counted as content, never in the PDF
        assert "notat" in said(screen, "msg-note")[-1]


async def test_reopening_resumes_at_the_first_open_question(sketch: Path) -> None:
    draft = Draft.open(sketch)
    draft.set_section("summary", "Eldre faller hjemme og havner på sykehus, og det koster kommunen mye.")
    draft.set_section("need", "Hjemmetjenesten rekker ikke over alle som trenger tilsyn om natten.")
    draft.save()
    app = make_app(sketch, coach=FakeCoach(), save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        await wait_for(pilot, lambda: screen.query_one("#progress").render())
        assert screen.steps[screen.index].section == "data"
        progress = str(screen.query_one("#progress").render())
        assert "Spørsmål 1 av" not in progress
        assert "fortsetter der du slapp" in said(screen, "msg-note")[0]


async def test_a_new_sketch_starts_at_the_top_without_a_word_of_resuming(tmp_path: Path) -> None:
    path = tmp_path / "ny.md"
    new_sketch(path, orgnr="972418013")  # the applicant's question answered by the form
    app = make_app(path, coach=FakeCoach())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        assert screen.index == 0
        assert not any("fortsetter der du slapp" in m for m in said(screen, "msg-note"))


async def test_a_sketch_with_every_section_filled_does_not_restart_at_question_one(strong: Path) -> None:
    app = make_app(strong, coach=FakeCoach())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        assert "Alle spørsmålene er besvart" in said(screen, "msg-coach")[-1]
        assert not said(screen, "msg-question")


async def test_the_applicant_already_in_the_metadata_is_not_asked_for(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    new_sketch(path, orgnr="972418013")
    app = make_app(path, coach=FakeCoach())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        eligibility = [i for i, s in enumerate(screen.steps) if s.criterion == "eligibility"]
        assert eligibility and not any(screen.is_open(i) for i in eligibility)
        for _ in range(len(screen.steps)):
            assert "organisasjonsnummeret" not in screen.steps[screen.index].question
            if screen.next_open(screen.index) is None or screen.next_open(screen.index) <= screen.index:
                break
            screen.ask(screen.next_open(screen.index))
        partners = eligibility[0]
        screen.jump_to(screen.steps[partners].section)  # Ctrl+G to the partners' section
        await pilot.pause()
        assert screen.steps[screen.index].section == screen.steps[partners].section
        assert screen.is_open(screen.index) and "organisasjonsnummeret" not in screen.steps[screen.index].question


async def test_partners_named_in_an_answer_are_offered_for_f5_and_written_after_yes(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        await go_to(pilot, screen, "partners", 2)
        await send(pilot, "Vi samarbeider med Askøy kommune og Helse Bergen HF om utprøvingen.")
        question = await asked(pilot, app)
        assert "Partner (F5): Askøy kommune (Kommune)" in question and "Helse Bergen HF (Helseforetak)" in question
        assert "Askøy" not in (app.draft.metadata().partners and app.draft.metadata().partners[0].name or "")
        await pilot.press("j")
        await wait_for(pilot, lambda: "name: Askøy kommune" in _on_disk(sketch))
        names = [p.name for p in parse_sketch(_on_disk(sketch)).meta.partners]
        assert names == ["Askøy kommune", "Helse Bergen HF"]
        assert "Bodø kommune" not in names  # the applicant is not its own partner


async def test_budget_lines_named_in_an_answer_go_into_the_table_only_after_yes(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        await go_to(pilot, screen, "budget", 1)
        await send(pilot, "Markedsdialog 400 000 kr; utvikling av prototyp 2,5 mill. kr")
        question = await asked(pilot, app)
        assert "Budsjettpost (F4): Markedsdialog · Markedsdialog · 400 000 kr" in question
        assert "Utvikling av prototyp" in question
        await pilot.press("n")  # no: nothing but the answer is written
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert "| Markedsdialog" not in _on_disk(sketch) and "|" not in app.draft.sketch.section("budget").body
        await pilot.press("f8")
        await wait_for(pilot, lambda: screen.steps[screen.index].section == "budget" and screen.steps[screen.index].number == 1)
        await send(pilot, "Markedsdialog 400 000 kr")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: "| Markedsdialog" in _on_disk(sketch))
        budget = parse_sketch(_on_disk(sketch)).budget
        assert budget.written == "table"
        assert [(line.item, line.amount) for line in budget.lines] == [("Markedsdialog", 400_000)]
        # The table is the one budget: the answer's line left the text, a note by the question says where it went.
        assert "<!-- svar: budget.q1 -->\n<!-- notat: Svaret på dette spørsmålet er ført inn i budsjettabellen." in _on_disk(sketch)
        assert "Markedsdialog 400 000 kr." not in _on_disk(sketch)


async def test_the_answer_box_takes_several_lines_and_grows(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _start(pilot, app)
        box = screen.query_one("#answer", AnswerBox)
        assert box.has_focus
        small = box.size.height
        await type_text(pilot, "Første linje.")
        await pilot.press("ctrl+j")
        await type_text(pilot, "Andre linje.")
        await pilot.press("shift+enter")
        await type_text(pilot, "Tredje linje med litt mer tekst som må brytes når vinduet bare er åtti tegn bredt.")
        await pilot.pause()
        assert box.text.count("\n") == 2 and not screen.app.coach.requests
        assert box.size.height > small
        await pilot.press("enter")
        await wait_for(pilot, lambda: screen.app.coach.requests)
        assert box.text == ""
        assert "Andre linje.\n\nTredje linje" in app.draft.sketch.section("summary").body  # lines typed apart stay apart in the PDF
        echo = [m for m in screen.query(ChatMessage) if m.has_class("msg-user")][-1]
        # Shown on lines of their own, as typed: Markdown's hard line breaks, not soft ones.
        assert echo.source.splitlines()[:2] == ["Første linje.\\", "Andre linje.\\"]


async def test_the_offline_coach_never_contradicts_the_next_question(sketch: Path) -> None:
    app = make_app(sketch, coach=OfflineCoach(lang="nb"), save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        for answer in ("Eldre faller hjemme og havner på sykehus.", "Hjemmetjenesten rekker ikke over alle om natten."):
            at = screen.index
            await send(pilot, answer)
            await wait_for(pilot, lambda: screen.index != at)
        replies = said(screen, "msg-coach")
        assert not any("ikke flere spørsmål" in r for r in replies)
        questions = said(screen, "msg-question")
        assert len(questions) == 3 and len({q.split("\n\n")[-1] for q in questions}) == 3  # never asked twice


class DraftingCoach(FakeCoach):
    offline = False


async def test_with_a_model_ctrl_d_drafts_the_section_as_changes_to_accept(sketch: Path) -> None:
    coach = DraftingCoach("Eldre i Bodø faller hjemme, og hver tredje havner på sykehus.")
    app = make_app(sketch, coach=coach, save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        await _answer(pilot, screen, "Ja. Eldre faller hjemme og havner på sykehus.")
        assert "Ctrl+D" in said(screen, "msg-note")[-1]  # summary has one question: answered
        await pilot.press("f8", "ctrl+d")
        await wait_for(pilot, lambda: app.screen.__class__.__name__ == "CoachScreen")
        coach_screen = app.screen
        await wait_for(pilot, lambda: coach_screen.hunk_views)
        request = coach.requests[-1]
        assert (request.kind, request.section) == ("improve", "summary") and "svarene" in request.question
        for _ in coach_screen.hunk_views:
            await pilot.press("a")
        assert coach_screen.apply_rewrite()
        await wait_for(pilot, lambda: "hver tredje havner på sykehus" in _on_disk(sketch))


async def test_back_at_an_answered_question_its_answer_is_in_the_box_to_change(sketch: Path) -> None:
    # Going back (F8) gave an empty box: to change one word of a long answer it had to be typed
    # again. Now the earlier answer stands in the box, selected: typing replaces it, an arrow key
    # keeps it to change.
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _start(pilot, app)
        box = screen.query_one("#answer", AnswerBox)
        await _answer(pilot, screen, "Eldre faller hjemme og havner på sykehus.")
        await _answer(pilot, screen, "Se over.")  # a note: nothing to change in the box
        await pilot.press("f8")
        assert box.text == "" and screen.index == 1
        await pilot.press("f8")
        assert screen.index == 0 and box.text == "Eldre faller hjemme og havner på sykehus."
        assert any("Svaret du ga før, står merket i feltet" in m for m in said(screen, "msg-note"))
        await pilot.press("end")  # keep it, and change it
        await send(pilot, " Hver tredje blir lagt inn.")
        await wait_for(pilot, lambda: "Hver tredje blir lagt inn." in _on_disk(sketch))
        await wait_for(pilot, lambda: not screen._replying)
        assert _on_disk(sketch).count("Eldre faller hjemme og havner på sykehus.") == 1
        # Skipping on from an earlier answer left untouched does not carry it to the next question.
        await go_to(pilot, screen, "summary", 1)
        assert screen.index == 0 and box.text.startswith("Eldre faller hjemme og havner på sykehus.")
        await pilot.press("f7")
        await pilot.pause()
        assert screen.index == 1 and box.text == ""
