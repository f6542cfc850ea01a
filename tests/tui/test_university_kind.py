"""A university or university college the registry lists («Høgskulen i Volda», «NTNU») is shown
as one in the partner form, the partner table and the interview's offer, not as «Other public
body»; it is saved as a public body (it counts as one for the collaboration criterion)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Select

from assistant.core.sketch.model import Language, Metadata, Organisation, OrgKind
from assistant.core.sketch.orgs import is_university
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.interview import InterviewScreen

from .conftest import FakeCoach
from .helpers import type_text, wait_for


@pytest.fixture
def fresh(tmp_path: Path) -> Path:
    meta = Metadata(title="Trygg heime", applicant=Organisation(name="Volda kommune", kind=OrgKind.KOMMUNE), language=Language.NN)
    Draft.create(tmp_path / "s.md", meta)
    return tmp_path / "s.md"


@pytest.mark.parametrize(("name", "university"), [("Høgskulen i Volda", True), ("NTNU", True), ("Universitetet i Bergen", True), ("Volda kommune", False), ("Helse Bergen HF", False), ("Sunnaas sykehus HF", False)])
def test_the_registrys_universities_are_named_as_such(name: str, university: bool) -> None:
    assert is_university(name) is university


async def test_a_university_partner_is_shown_as_a_university_at_80_columns(fresh: Path) -> None:
    app = make_app(fresh, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "partners")
        screen = app.screen
        kind = screen.query_one("#kind", Select)

        def chosen() -> str:
            return str(kind.query_one("SelectCurrent").query("Static").first().render())

        screen.query_one("#name").focus()
        await pilot.pause()
        await type_text(pilot, "Høgskulen i Volda")
        assert chosen() == "Universitet/høgskule" and kind.value == "public"
        assert kind.region.height == 1 and kind.region.right <= 80
        await pilot.press("tab", "tab", "tab")
        await type_text(pilot, "Følgjeforsking")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(app.draft.sketch.partners) == 1)
        assert app.draft.sketch.partners[0].kind is OrgKind.OFFENTLIG  # a public body, as before
        table = screen.query_one("#partners-table", DataTable)
        assert [str(c) for c in table.get_row_at(0)][2] == "Universitet/høgskule"


async def test_the_interview_offers_a_university_as_one(fresh: Path) -> None:
    app = make_app(fresh, coach=FakeCoach("Notert."), save_delay=0.05, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        screen = app.screen
        screen.ask(next(i for i, s in enumerate(screen.steps) if s.section == "partners"))
        await pilot.pause()
        await type_text(pilot, "Høgskulen i Volda er med og står for følgjeforskinga.")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = " ".join(str(app.screen.query_one("#confirm-question").render()).split())
        assert "Høgskulen i Volda (Universitet/høgskule)" in question
        assert "Anna offentleg verksemd" not in question
