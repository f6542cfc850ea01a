"""A new user's budget answer in the interview (F2 → Ctrl+G → Budsjett): every line offered with
its own item, each line either in the table or in the text (never both), the note naming exactly
the lines left in the text, and one Ctrl+Z undoing the whole answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.rendering.export import markdown_for_export
from assistant.core.sketch.document import parse_sketch
from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.interview import InterviewScreen
from assistant.tui.widgets.answer_box import AnswerBox

from .conftest import FakeCoach
from .helpers import new_sketch, open_interview, said, type_lines, wait_for

LINES = [
    "Markedsdialog 400 000 kr",
    "Prosjektleder 50 % stilling: 1,2 mill (to år)",
    "Utprøving i 40 hjem - 900 000",
    "Evaluering, usikkert, kanskje 300 000 kr?",
    "Innkjøp av ferdig løsning 6 mill (kommer etter prosjektet, ikke med i summen)",
]


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    new_sketch(tmp_path / "s.md")
    return tmp_path / "s.md"


async def _answer_budget(pilot, app, lines: list[str]) -> InterviewScreen:
    screen = await open_interview(pilot, app)
    await pilot.press("ctrl+g")  # the sections list, as the user goes there
    await wait_for(pilot, lambda: screen.query_one("#section-list").has_focus)
    options = screen.query_one("#section-list")
    at = next(i for i in range(options.option_count) if options.get_option_at_index(i).id == "budget")
    options.highlighted = at
    await pilot.press("enter")
    await wait_for(pilot, lambda: screen.steps[screen.index].section == "budget")
    await type_lines(pilot, lines)
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
    return screen


async def test_every_line_is_offered_with_its_item_and_goes_into_the_table_once(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _answer_budget(pilot, app, LINES)
        question = str(app.screen.query_one("#confirm-question").render())
        for offered in (
            "Markedsdialog · ",
            "Prosjektleder 50 % stilling (to år) · Prosjektledelse · 1 200 000 kr",
            "Utprøving i 40 hjem · ",
            "Evaluering (usikkert, kanskje) · ",
            "Innkjøp av ferdig løsning (kommer etter prosjektet, ikke med i summen) · ",
        ):
            assert offered in question
        assert "900 000 kr" in question and "6 000 000 kr" in question
        assert "Kanskje ·" not in question  # a hedge is never the item
        await pilot.press("j")
        await wait_for(pilot, lambda: "| Evaluering" in sketch.read_text(encoding="utf-8"))
        on_disk = sketch.read_text(encoding="utf-8")
        sketch_ = parse_sketch(on_disk)
        assert sketch_.budget.written == "table"
        assert [(line.item, line.amount) for line in sketch_.budget.lines] == [
            ("Markedsdialog", 400_000),
            ("Prosjektleder 50 % stilling (to år)", 1_200_000),
            ("Utprøving i 40 hjem", 900_000),
            ("Evaluering (usikkert, kanskje)", 300_000),
            ("Innkjøp av ferdig løsning (kommer etter prosjektet, ikke med i summen)", 6_000_000),
        ]
        # The purchase is marked as kept out of the sum, and the sum leaves it out.
        assert "| Anskaffelse (ikke med i summen) | 6 000 000 |" in on_disk
        assert "**2 800 000**" in on_disk
        # Each line once: no list above the table, in the file or the PDF's text.
        assert not any(f"- {line}" in on_disk for line in LINES)
        exported = markdown_for_export(sketch_)
        assert exported.count("Utprøving i 40 hjem") == 1 and exported.count("1 200 000") == 1
        notes = said(screen, "msg-note")
        assert not any("ble ikke tatt inn i tabellen" in m for m in notes)  # nothing was left out
        assert any("står nå bare i tabellen" in m for m in notes)


async def test_a_line_left_in_the_text_is_the_one_named_and_the_rest_are_in_the_table_only(sketch: Path) -> None:
    lines = ["Markedsdialog 400 000 kr og prototyp 2 mill. kr", "Reiser 50 000 kr (ikke med i summen)", "Testing - 300 000"]
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _answer_budget(pilot, app, lines)
        question = str(app.screen.query_one("#confirm-question").render())
        assert "Markedsdialog · " in question and "Prototyp · " in question and "Testing · " in question
        assert "Reiser" not in question  # kept out of the total, yet no purchase: not for the table's sum
        await pilot.press("j")
        await wait_for(pilot, lambda: "| Prototyp" in sketch.read_text(encoding="utf-8"))
        on_disk = sketch.read_text(encoding="utf-8")
        body = parse_sketch(on_disk).section("budget").body
        assert "- Reiser 50 000 kr (ikke med i summen)" in body  # never dropped
        assert "Markedsdialog 400 000 kr og prototyp" not in body and "- Testing" not in body
        left = [m for m in said(screen, "msg-note") if "ble ikke tatt inn i tabellen" in m]
        assert len(left) == 1
        assert "«Reiser 50 000 kr (ikke med i summen)»" in left[0]
        assert "Markedsdialog" not in left[0] and "Testing" not in left[0]
        assert not any("står nå bare i tabellen" in m for m in said(screen, "msg-note"))


async def test_one_ctrl_z_undoes_the_whole_budget_answer_and_puts_it_back_in_the_box(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        before = app.draft.text
        screen = await _answer_budget(pilot, app, LINES)
        await pilot.press("j")
        await wait_for(pilot, lambda: "| Evaluering" in app.draft.text)
        await wait_for(pilot, lambda: not screen._replying)
        box = screen.query_one("#answer", AnswerBox)
        box.focus()
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: app.draft.text == before)
        # Neither the table nor the list: back at the question, the answer in the box.
        assert "Evaluering" not in app.draft.text and "Markedsdialog" not in app.draft.text
        assert screen.steps[screen.index].section == "budget"
        assert box.text == "\n".join(LINES)
        assert said(screen, "msg-note").count("Angret: teksten er som før svaret ble skrevet inn.") == 1
        await wait_for(pilot, lambda: sketch.read_text(encoding="utf-8") == before)


async def test_ctrl_z_after_declining_the_table_undoes_the_answer_alone(sketch: Path) -> None:
    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        before = app.draft.text
        screen = await _answer_budget(pilot, app, LINES[:2])
        await pilot.press("n")
        await wait_for(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert "- Markedsdialog 400 000 kr" in app.draft.text and "| Markedsdialog" not in app.draft.text
        await wait_for(pilot, lambda: not screen._replying)
        box = screen.query_one("#answer", AnswerBox)
        box.focus()
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: app.draft.text == before)
        assert box.text == "\n".join(LINES[:2])


async def test_one_ctrl_z_in_the_editor_also_undoes_the_answer_and_its_table(sketch: Path) -> None:
    from assistant.tui.screens.editor import EditorScreen

    app = make_app(sketch, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        before = app.draft.text
        screen = await _answer_budget(pilot, app, LINES)
        await pilot.press("j")
        await wait_for(pilot, lambda: "| Evaluering" in app.draft.text)
        await wait_for(pilot, lambda: not screen._replying)
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        await pilot.press("ctrl+z")
        await wait_for(pilot, lambda: app.draft.text == before)
        text = app.screen.query_one("#text").text
        assert "| Evaluering" not in text and "- Markedsdialog" not in text
