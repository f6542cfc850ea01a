"""Counts read right in every language: «1 word · … · 1 token», «(1 word)», «Too few figures back
the need (only 1)», the nynorsk export counts, and an unreadable file's mark whole in the portfolio
at 80×24."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Static

from assistant.i18n import t
from assistant.tui.live import LiveState
from assistant.tui.widgets.live_panel import LivePanel


class _PanelHost(App):
    def compose(self) -> ComposeResult:
        yield LivePanel(id="live")


@pytest.mark.parametrize(("lang", "one", "many"), [("en", "1 word · LIX 0", "1 token"), ("nn", "1 ord · LIX 0", "1 token"), ("nb", "1 ord", "1 token")])
async def test_the_live_panel_says_one_word_and_one_token_in_the_singular(lang: str, one: str, many: str) -> None:
    app = _PanelHost()
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.query_one(LivePanel)
        panel.show_state(LiveState(text="x", words=1, tokens=1), lang)
        await pilot.pause()
        stats = str(panel.query_one("#live-stats", Static).content)
        assert one in stats and stats.endswith(many) and "1 tokens" not in stats and "1 words" not in stats
        panel.show_state(LiveState(text="x y", words=2, tokens=3, tokens_exact=False), lang)
        await pilot.pause()
        stats = str(panel.query_one("#live-stats", Static).content)
        assert stats.endswith("≈3 tokens")


def test_one_figure_backing_the_need_is_said_in_english_without_a_plural() -> None:
    from assistant.core.judging.checkup import checkup
    from assistant.core.sketch.rubric import load_rubric

    text = (
        "---\ntitle: Safe nights\nlanguage: en\n---\n\n# Safe nights\n\n## Need\n\n"
        "Older residents fall at home at night and lie there until the morning visit. "
        "Last year 40 residents were found on the floor by home care staff.\n"
    )
    report = checkup(text, rubric=load_rubric(None), pages=False).report
    messages = [f.message for c in report.criteria for f in c.findings]
    few = [m for m in messages if "figures back the need" in m]
    assert few == ["Too few figures back the need (only 1)."], messages


def test_the_nynorsk_export_counts_agree_in_number() -> None:
    assert t("tui.export.counts", "nn", ok=11, warn=3, fail=1) == "Kriteria: 11 oppfylt, 3 bør betrast, 1 ikkje oppfylt"


@pytest.mark.parametrize(("lang", "mark"), [("en", "unreadable"), ("nb", "ulesbar"), ("nn", "uleseleg")])
async def test_an_unreadable_file_is_marked_whole_in_the_portfolio_at_80x24(tmp_path: Path, lang: str, mark: str) -> None:
    import shutil

    from assistant.tui.screens.portfolio import PortfolioScreen

    folder = tmp_path / "port"
    folder.mkdir()
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md", folder / "a.md")
    (folder / "broken.md").write_bytes(b"%PDF-1.7\x00\x01\x02 binary \xff\xfe" * 50)

    class Host(App):
        def on_mount(self) -> None:
            self.lang = lang
            self.push_screen(PortfolioScreen(folder, jobs=1, pages=False))

    app = Host()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        for _ in range(600):
            if getattr(screen, "portfolio", None) is not None:
                break
            await pilot.pause(0.05)
        await pilot.pause()
        table = screen.query_one(DataTable)
        cells = [str(cell) for row in range(table.row_count) for cell in table.get_row_at(row)]
        assert any(cell.strip() == mark for cell in cells), cells
        verdict = next(column for column in table.columns.values() if any(str(table.get_cell_at((r, list(table.columns).index(column.key)))).strip() == mark for r in range(table.row_count)))
        assert verdict.width >= len(mark)  # shown whole (17 characters of «could not be read» were cut to 15)
