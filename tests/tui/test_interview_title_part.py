"""The interview writes an answer under the part's own heading when the title names that part
(«Grønare og smartare vinterdrift»), never under the title above «Samandrag»."""

from __future__ import annotations

from pathlib import Path

from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.interview import InterviewScreen

from .conftest import FakeCoach
from .helpers import type_text, wait_for


async def test_an_answer_to_a_part_the_title_names_goes_under_the_parts_heading(tmp_path: Path) -> None:
    path = tmp_path / "g.md"
    meta = Metadata(title="Grønare og smartare vinterdrift", applicant=Organisation(name="Ørsta kommune", kind=OrgKind.KOMMUNE), language=Language.NN)
    Draft.create(path, meta)
    app = make_app(path, coach=FakeCoach("Notert."), save_delay=0.05, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        screen.jump_to("green-smart")
        await pilot.pause()
        await type_text(pilot, "Mindre salt på vegane gir mindre avrenning til vatn og elvar.")
        await pilot.press("enter")
        await wait_for(pilot, lambda: "Mindre salt" in path.read_text(encoding="utf-8"))
        text = path.read_text(encoding="utf-8")
        assert text.index("## Samandrag") < text.index("## Grønare og smartare\n") < text.index("Mindre salt")
        assert "# Grønare og smartare vinterdrift\n\n## Samandrag" in text  # nothing under the title
