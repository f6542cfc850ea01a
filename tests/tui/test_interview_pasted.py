"""The interview on a draft pasted from Word (bold headings, CRLF): an answer goes into the part
the draft already has, never into a new «## …» part after the budget."""

from __future__ import annotations

from pathlib import Path

from assistant.core.sketch.document import parse_sketch
from assistant.tui.app import make_app

from pasted_draft import BUDGET, NEED, PASTED
from .conftest import FakeCoach
from .helpers import go_to, wait_for
from .test_interview_answers import _answer, _start


async def test_an_answer_goes_into_the_part_the_pasted_draft_has(tmp_path: Path) -> None:
    path = tmp_path / "wl2.md"
    path.write_bytes(PASTED.encode("utf-8"))
    app = make_app(path, coach=FakeCoach("Notert."), save_delay=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _start(pilot, app)
        await go_to(pilot, screen, "need")
        await _answer(pilot, screen, "Hver tredje bruker kunne klart seg med mindre hjelp.")
        await wait_for(pilot, lambda: "Hver tredje bruker" in path.read_text(encoding="utf-8"))
    data = path.read_bytes().decode("utf-8")
    sketch = parse_sketch(data)
    assert [s.key for s in sketch.sections] == ["need", "why-us", "business-dialogue", "budget"]
    assert "Hver tredje bruker" in sketch.section("need").body and NEED in sketch.section("need").body
    assert sketch.section("budget").body.strip() == BUDGET
    assert "##" not in data and "\n" not in data.replace("\r\n", "")
