"""What a new user met at 80×24: a checklist whose wrapped lines hang under their text, keys
typed on the editor's list going into the text, typing kept over a screen change and asked
about before quitting, F7 passing questions a form answered, partner roles read from an answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.tui.app import make_app
from assistant.tui.widgets.checklist import Checklist

from .helpers import wait_for

ICON_MARKS = "✔▲✘–?"


def checklist_lines(checklist: Checklist) -> list[str]:
    """The checklist's rows as drawn, a view at a time from the top."""
    total, view = checklist.virtual_size.height, checklist.scrollable_content_region.height
    seen: dict[int, str] = {}
    while len(seen) < total:
        checklist.scroll_to(y=len(seen), animate=False, immediate=True)
        top = int(checklist.scroll_offset.y)
        for i in range(min(view, total - top)):
            seen[top + i] = checklist.render_line(i).text.rstrip()
    return [seen[y] for y in range(total)]


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_a_wrapped_checklist_line_hangs_under_its_text_not_its_icon(weak: Path, size: tuple[int, int]) -> None:
    app = make_app(weak, lang="nb")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") in ("editor", "interview"))
        await pilot.press("f3")
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "editor")
        checklist = app.screen.query_one(Checklist)
        await wait_for(pilot, lambda: checklist.option_count > 3)
        await pilot.pause(0.2)
        prompts = [checklist.get_option_at_index(i) for i in range(checklist.option_count)]
        lines = checklist_lines(checklist)
        assert len(lines) > len(prompts)  # some rows wrap at this width, so the test means something
        for line in lines:
            if not line.strip():
                continue
            if line[0] in ICON_MARKS:
                assert line[1] == " " and line[2] != " ", line  # a criterion: its mark, then its title
            else:
                assert line.startswith("  "), f"a wrapped line under the icon: {line!r}"
        findings = [n for n, line in enumerate(lines) if line.startswith("    ") and line[4] != " "]
        assert findings  # findings stand indented under their criterion, their wrapped lines with them


@pytest.mark.parametrize("size", [(80, 24), (160, 40)])
async def test_letters_typed_after_tab_in_the_editor_go_into_the_text(strong: Path, size: tuple[int, int]) -> None:
    from textual.widgets import TextArea

    app = make_app(strong, lang="nb")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "editor")
        area = app.screen.query_one("#text", TextArea)
        await pilot.pause(0.2)
        for reached in ("checklist", "section-choice"):
            for _ in range(4):  # Tab on, past the text, to the widget
                await pilot.press("tab")
                await pilot.pause()
                if app.screen.focused is not None and app.screen.focused.id == reached:
                    break
            assert app.screen.focused.id == reached
            cursor = area.cursor_location
            await pilot.press(*"Ny tekst")
            await pilot.pause()
            assert app.screen.focused is area  # back where typing makes sense
            row = area.document.get_line(cursor[0])
            assert row[cursor[1] : cursor[1] + 8] == "Ny tekst"
            await wait_for(pilot, lambda: app.draft.text.count("Ny tekst") == (1 if reached == "checklist" else 2))
        app.screen.query_one("#section-choice").focus()
        await pilot.press("space")  # Space on the section choice opens it, as before
        await pilot.pause()
        assert app.screen.focused is not area


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    from .helpers import new_sketch

    new_sketch(tmp_path / "s.md")
    return tmp_path / "s.md"


@pytest.mark.parametrize(("key", "name", "field", "typed", "said"), [
    ("f4", "budget", "#item", "Markedsdialog", "Budsjettlinjen"),
    ("f5", "partners", "#name", "Lier kommune", "Partneren"),
])
async def test_quitting_with_a_form_line_not_added_asks_first(sketch: Path, key: str, name: str, field: str, typed: str, said: str) -> None:
    from textual.widgets import Input, Static

    from assistant.tui.screens.confirm import ConfirmScreen

    from .conftest import FakeCoach
    from .helpers import open_interview, open_screen

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_interview(pilot, app)
        form = await open_screen(pilot, app, key, name)
        await pilot.press(*typed)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert said in question and "ikke lagt til" in question
        await pilot.press("n")  # stay: the line is still in the form
        await wait_for(pilot, lambda: app.screen is form)
        assert form.query_one(field, Input).value == typed and app.is_running
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: not app.is_running)
    assert typed not in sketch.read_text(encoding="utf-8")  # never added behind the user's back


async def test_a_question_to_the_coach_not_sent_survives_a_screen_change_and_quitting_asks(sketch: Path) -> None:
    from textual.widgets import Input, Static

    from assistant.tui.screens.confirm import ConfirmScreen

    from .conftest import FakeCoach
    from .helpers import open_coach, open_screen

    coach = FakeCoach("Godt.")
    app = make_app(sketch, coach=coach, save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_coach(pilot, app)
        await pilot.press(*"Er behovet klart nok?")
        await open_screen(pilot, app, "f3", "editor")
        back = await open_screen(pilot, app, "f12", "coach")
        assert back is not screen
        box = back.query_one("#coach-question", Input)
        assert box.value == "Er behovet klart nok?" and box.cursor_position == len(box.value) and box.has_focus
        assert coach.requests == []  # kept, not sent
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "veilederen" in str(app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is back)
        await pilot.press("enter")  # sent now: nothing to keep, nothing to ask about
        await wait_for(pilot, lambda: len(coach.requests) == 1)
        await open_screen(pilot, app, "f3", "editor")
        again = await open_screen(pilot, app, "f12", "coach")
        assert again.query_one("#coach-question", Input).value == ""
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)


async def test_f7_passes_the_questions_the_forms_answered(tmp_path: Path) -> None:
    from assistant.core.sketch.model import BudgetCategory, BudgetLine, OrgKind, Partner

    from .conftest import FakeCoach
    from .helpers import go_to, new_sketch, open_screen

    draft = new_sketch(tmp_path / "s.md", orgnr="972418013")
    draft.set_partners([Partner(name="Lier kommune", kind=OrgKind.KOMMUNE, role="testarena")])
    draft.set_budget([BudgetLine(item="Prosjektleiing", category=BudgetCategory.PROJECT_MANAGEMENT, amount=400_000)])
    draft.save()
    app = make_app(tmp_path / "s.md", coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "editor")  # the table is text
        screen = await open_screen(pilot, app, "f2", "interview")
        criteria = [s.criterion for s in screen.steps]
        await go_to(pilot, screen, "data", 3)
        await pilot.press("f7")
        assert screen.steps[screen.index].section == "why-us"  # not the applicant, not the partners
        await go_to(pilot, screen, "business-dialogue", 2)
        await pilot.press("f7")
        assert screen.steps[screen.index].criterion != "budget-present"
        assert screen.index == criteria.index("budget-excludes-procurement")
        assert not screen.is_open(criteria.index("public-collaboration"))


async def test_f7_still_asks_a_partner_question_the_form_has_not_answered(sketch: Path) -> None:
    from .conftest import FakeCoach
    from .helpers import go_to, open_interview

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await go_to(pilot, screen, "data", 3)
        await pilot.press("f7")
        assert screen.steps[screen.index].criterion == "eligibility"  # no org number given yet
        await pilot.press("f7")
        assert screen.steps[screen.index].criterion == "public-collaboration"  # no partner in the form


async def test_partner_roles_in_an_answer_are_on_the_partner_form(sketch: Path) -> None:
    from textual.widgets import Static

    from assistant.tui.screens.confirm import ConfirmScreen

    from .conftest import FakeCoach
    from .helpers import go_to, open_interview, open_screen, send

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_interview(pilot, app)
        await go_to(pilot, screen, "partners", 2)
        await send(pilot, "Lier kommune (testarena) og Asker kommune skal bidra med brukerinnsikt.")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "testarena" in str(app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("j")
        await wait_for(pilot, lambda: len(app.draft.metadata().partners) == 2)
        partners = await open_screen(pilot, app, "f5", "partners")
        assert [(p.name, p.role) for p in partners.rows] == [("Lier kommune", "testarena"), ("Asker kommune", "bidra med brukerinnsikt")]


async def test_a_forms_error_goes_once_the_missing_field_is_typed(sketch: Path) -> None:
    from textual.widgets import Static

    from .conftest import FakeCoach
    from .helpers import open_interview, open_screen

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_interview(pilot, app)
        form = await open_screen(pilot, app, "f4", "budget")
        await pilot.press("f7")  # add with nothing in the form: it says what is missing
        error = form.query_one("#budget-error", Static)
        await wait_for(pilot, lambda: str(error.render()).strip() != "")
        await pilot.press(*"Reise")
        await pilot.pause()
        assert str(error.render()).strip() == ""


async def test_a_kept_org_number_with_a_wrong_check_digit_is_said_so_again(sketch: Path) -> None:
    from textual.widgets import Static

    from .conftest import FakeCoach
    from .helpers import open_interview, open_screen

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_interview(pilot, app)
        form = await open_screen(pilot, app, "f5", "partners")
        await pilot.press(*"Granvin herad")
        form.query_one("#orgnr").focus()
        await pilot.press(*"999888777")
        status = form.query_one("#orgnr-status", Static)
        await wait_for(pilot, lambda: "Kontrollsifferet" in str(status.render()))
        await open_screen(pilot, app, "f4", "budget")
        back = await open_screen(pilot, app, "f5", "partners")
        assert back.query_one("#orgnr").value == "999888777"
        assert "Kontrollsifferet" in str(back.query_one("#orgnr-status", Static).render())


async def test_quitting_with_typing_in_two_places_offers_to_stay_not_to_send_one(sketch: Path) -> None:
    from textual.widgets import Button

    from assistant.tui.screens.confirm import ConfirmScreen

    from .conftest import FakeCoach
    from .helpers import open_interview, open_screen

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_interview(pilot, app)
        await open_screen(pilot, app, "f4", "budget")
        await pilot.press(*"Markedsdialog")
        await open_screen(pilot, app, "f5", "partners")
        await pilot.press(*"Lier kommune")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        labels = [str(b.label) for b in app.screen.query(Button)]
        assert "Bli i Skisse (N)" in labels and not any("send" in label or "legg" in label for label in labels)
        await pilot.press("j")
        await wait_for(pilot, lambda: not app.is_running)


async def test_the_interview_comes_back_at_the_question_it_was_left_at(sketch: Path) -> None:
    from .conftest import FakeCoach
    from .helpers import open_interview, open_screen

    app = make_app(sketch, coach=FakeCoach("Godt."), save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        interview = await open_interview(pilot, app)
        first = interview.index
        for _ in range(3):  # skip three questions: they stay open
            await pilot.press("f7")
            await pilot.pause()
        left_at = interview.index
        assert left_at > first and interview.is_open(first)
        await open_screen(pilot, app, "f3", "editor")
        back = await open_screen(pilot, app, "f2", "interview")
        await wait_for(pilot, lambda: back.index == left_at)  # not the first skipped question
