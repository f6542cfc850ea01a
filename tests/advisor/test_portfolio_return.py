"""The portfolio in the window at 80×24: a sketch opened from it comes back to it with Esc (a key
the footer shows), filter and order kept; the palette's folder prompt has a title and a hint and
keeps its pre-filled folder; F1 lists the portfolio's keys."""

from __future__ import annotations

from textual.widgets import DataTable, Input, ProgressBar, Static

from assistant.tui import coaching
from assistant.tui.app import make_app
from assistant.tui.screens.ask_text import AskText
from assistant.tui.screens.portfolio import PortfolioScreen
from assistant.tui.widgets.footer import CompactFooter

from .corpus import make_corpus
from .test_tui import open_portfolio

SIZE = (80, 24)


def _footer(screen) -> str:
    from textual.widgets._footer import FooterKey

    return " ".join(f"{k.key_display} {k.description}" for k in screen.query_one(CompactFooter).query(FooterKey))


async def _loaded_again(pilot, screen) -> None:
    await _wait(pilot, lambda: screen.portfolio is not None and not screen.query_one(ProgressBar).display)


async def _wait(pilot, condition) -> None:
    for _ in range(200):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition never held")


def _app(skisse_home):
    return make_app(None, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")


async def test_esc_in_a_sketch_opened_from_the_portfolio_goes_back_with_filter_and_order_kept(tmp_path, skisse_home):
    folder = tmp_path / "skisser"
    paths = make_corpus(folder, 6)
    app = _app(skisse_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        portfolio = await open_portfolio(pilot, folder)
        await pilot.press("s")  # by applicant
        portfolio.query_one("#portfolio-filter", Input).value = "skisse-00"
        await pilot.pause()
        order = [r.path for r in portfolio.shown]
        portfolio.query_one(DataTable).focus()
        await pilot.press("down", "enter")
        await _wait(pilot, lambda: getattr(app.screen, "screen_name", None) == "editor")
        assert app.draft.path.resolve() == order[1].resolve()
        await _wait(pilot, lambda: "esc Porteføljen" in _footer(app.screen))
        assert _footer(app.screen).startswith("esc Porteføljen")  # first, so it fits at 80 columns
        await pilot.press("escape")
        await _wait(pilot, lambda: app.screen is portfolio)
        await _loaded_again(pilot, portfolio)
        await pilot.pause()
        assert portfolio.query_one("#portfolio-filter", Input).value == "skisse-00"
        assert portfolio.sort_key == "applicant"
        assert [r.path for r in portfolio.shown] == order
        assert portfolio.query_one(DataTable).cursor_row == 1  # on the sketch just left
        # F12 and back: the way to the portfolio stays until another sketch is opened from it.
        await pilot.press("enter")
        await _wait(pilot, lambda: getattr(app.screen, "screen_name", None) == "editor")
        await pilot.press("f4")
        await _wait(pilot, lambda: getattr(app.screen, "screen_name", None) == "budget")
        app.action_portfolio_back()
        await _wait(pilot, lambda: app.screen is portfolio)
        await _loaded_again(pilot, portfolio)
        assert len(paths) == 6


async def test_the_palettes_folder_prompt_has_a_title_a_hint_and_keeps_the_folder(tmp_path, skisse_home):
    folder = tmp_path / "skisser"
    make_corpus(folder, 2)
    app = _app(skisse_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        coaching.show_portfolio(app)
        await _wait(pilot, lambda: isinstance(app.screen, AskText) and app.screen.query(Input))
        ask = app.screen
        box = ask.query_one(Input)
        start = box.value
        assert start  # the current folder, filled in
        assert ask.query_one("Vertical").border_title == "Portefølje"
        assert str(ask.query_one("#ask-question", Static).content) == "Mappen med skissene:"
        assert "sjekkes" in str(ask.query_one("#ask-hint", Static).content)
        assert "Esc" in str(ask.query_one("#ask-keys", Static).content)
        await pilot.press("s")  # a key typed adds to the folder, it does not replace it
        assert box.value == start + "s"
        await pilot.press("backspace")
        box.value = str(folder)
        await pilot.press("enter")
        await _wait(pilot, lambda: isinstance(app.screen, PortfolioScreen))


async def test_help_lists_the_portfolios_keys(skisse_home):
    from textual.widgets import Markdown

    app = _app(skisse_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        text = app.screen.query_one("#help-text", Markdown).source
        assert "Portefølje" in text
        for key in ("S ", "/", "F5", "Esc"):
            assert key in text.split("**Portefølje")[1].split("\n\n")[0]
        assert "✓" in text and "✗" in text  # what the marks mean
