"""Back in the portfolio from a sketch opened from it (80×24): the portfolio's own keys and title,
F5 checks the folder again (never the sketch's Partners screen), Esc always leads back."""

from __future__ import annotations

from .corpus import make_corpus
from .test_portfolio_return import SIZE, _app, _footer, _loaded_again, _wait
from .test_tui import open_portfolio


async def _open_and_come_back(pilot, app, folder):
    portfolio = await open_portfolio(pilot, folder)
    await pilot.press("down", "enter")
    await _wait(pilot, lambda: getattr(app.screen, "screen_name", None) == "editor")
    await pilot.press("escape")
    await _wait(pilot, lambda: app.screen is portfolio)
    await _loaded_again(pilot, portfolio)
    await pilot.pause()
    return portfolio


async def test_back_from_a_sketch_the_portfolio_has_its_own_keys_and_title(tmp_path, skisse_home):
    folder = tmp_path / "skisser"
    make_corpus(folder, 4)
    app = _app(skisse_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        portfolio = await _open_and_come_back(pilot, app, folder)
        footer = _footer(portfolio)
        assert "f5 Oppdater" in footer, footer
        assert "Lagre" not in footer  # the sketch's Ctrl+S is not the portfolio's
        assert app.sub_title == str(folder) and ".md" not in app.sub_title
        # F5 checks the folder again, on the portfolio.
        portfolio.portfolio = None
        await pilot.press("f5")
        await pilot.pause()
        assert app.screen is portfolio
        await _loaded_again(pilot, portfolio)
        assert getattr(app.screen, "screen_name", None) == "portfolio"
        # Enter opens the sketch again, with its own title; Esc leads back again.
        await pilot.press("enter")
        await _wait(pilot, lambda: getattr(app.screen, "screen_name", None) == "editor")
        assert app.sub_title.endswith(".md")
        await pilot.press("escape")
        await _wait(pilot, lambda: app.screen is portfolio)


async def test_esc_leads_back_from_any_of_the_sketchs_screens(tmp_path, skisse_home):
    folder = tmp_path / "skisser"
    make_corpus(folder, 3)
    app = _app(skisse_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        portfolio = await _open_and_come_back(pilot, app, folder)
        # A workspace screen reached from the portfolio (the palette's «Samarbeidspartnere»).
        app.action_show("partners")
        await _wait(pilot, lambda: getattr(app.screen, "screen_name", None) == "partners")
        await pilot.press("escape")
        await _wait(pilot, lambda: app.screen is portfolio)
        await _loaded_again(pilot, portfolio)
        assert "Lagre" not in _footer(portfolio)


async def test_esc_clears_a_form_that_holds_something_and_says_so_in_the_footer(tmp_path, skisse_home, sketch_file):
    from textual.widgets import Input

    from assistant.tui.app import make_app

    app = make_app(sketch_file, lang="nb", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        await _wait(pilot, lambda: getattr(app.screen, "screen_name", None) == "budget")
        screen = app.screen
        await pilot.pause()
        assert "Tøm skjemaet" not in _footer(screen)  # an empty form: nothing for Esc to clear
        screen.query_one("#item", Input).focus()
        await pilot.press(*"Pilot")
        await _wait(pilot, lambda: "esc Tøm skjemaet" in _footer(screen))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.query_one("#item", Input).value == ""
        await _wait(pilot, lambda: "Tøm skjemaet" not in _footer(screen))
