"""What a user reads at 80×24: the budget form's labels apart and its example whole in English;
the portfolio's marks explained and a cut file name shown whole for the row under the cursor."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import DataTable

from assistant.tui.app import make_app
from assistant.tui.screens.portfolio import PortfolioScreen

from .helpers import open_screen, wait_for
from .test_norwegian import screen_text

SIZE = (80, 24)
FIXTURES = Path(__file__).parents[1] / "fixtures" / "sketches"


async def test_the_budget_forms_labels_stand_apart_and_its_example_is_whole_in_english(strong: Path) -> None:
    app = make_app(strong, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") in ("editor", "interview"))
        await open_screen(pilot, app, "f4", "budget")
        await pilot.pause(0.3)
        text = screen_text(app)
        head = next(line for line in text.splitlines() if "Item" in line and "Category" in line and "year" in line)
        assert "Amount NOK" in head and " Per year" in head, head
        assert "NOKPer" not in head
        assert "2026: 500 000; …" in text


async def test_the_portfolio_explains_its_marks_and_shows_the_whole_name_under_the_cursor(tmp_path: Path) -> None:
    folder = tmp_path / "portefølje"
    folder.mkdir()
    long_name = "fra word med et langt navn som ikke får plass.md"
    shutil.copy(FIXTURES / "sterk-bokmal.md", folder / long_name)
    shutil.copy(FIXTURES / "sterk-bokmal.md", folder / "a.md")
    app = make_app(None, lang="nb")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(PortfolioScreen(folder, pages=False, jobs=1))
        await wait_for(pilot, lambda: isinstance(app.screen, PortfolioScreen) and app.screen.portfolio is not None)
        screen = app.screen
        await pilot.pause(0.3)
        table = screen.query_one(DataTable)
        table.move_cursor(row=[r.name for r in screen.shown].index(long_name))
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "✓ bestått" in text and "! bør forbedres" in text and "✗ ikke bestått" in text
        assert f"▸ {long_name}" in text  # whole, though the table cuts it
        assert "123456789" in text  # each mark under its criterion's number
