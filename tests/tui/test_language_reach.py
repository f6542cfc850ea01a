"""Every language path a user takes: the palette finds the language commands by their English
names in a Norwegian window (and by the Norwegian ones in an English window); the offline coach's
header and a file's error follow the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.coach.offline import OfflineCoach
from assistant.tui.app import make_app
from assistant.tui.screens.coach import CoachScreen

from .helpers import type_text, wait_for

SIZE = (80, 24)


async def _palette_pick(pilot, app, query: str) -> None:
    await pilot.press("ctrl+p")
    await wait_for(pilot, lambda: type(app.screen).__name__ == "Palette")
    await type_text(pilot, query)
    await pilot.pause(0.5)
    await pilot.press("enter")


@pytest.mark.parametrize(
    ("ui", "query", "wanted"),
    [("nb", "English", "en"), ("nn", "English", "en"), ("nb", "Language: English", "en"), ("en", "nynorsk", "nn"), ("en", "bokmål", "nb"), ("en", "språk: engelsk", "en")],
)
async def test_the_palette_finds_the_language_commands_by_any_languages_name(skisse_home: Path, ui: str, query: str, wanted: str) -> None:
    app = make_app(lang=ui)
    async with app.run_test(size=SIZE) as pilot:
        await _palette_pick(pilot, app, query)
        await wait_for(pilot, lambda: app.lang == wanted)


async def test_language_alone_lists_the_three_language_commands(skisse_home: Path) -> None:
    from textual.command import CommandList

    app = make_app(lang="nb")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "Palette")
        await type_text(pilot, "language")
        await pilot.pause(0.5)
        options = app.screen.query_one(CommandList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert {"Språk: bokmål", "Språk: nynorsk", "Språk: engelsk"} <= {s.split("\n")[0] for s in shown}


async def test_the_offline_coachs_header_follows_the_window_language(strong: Path) -> None:
    app = make_app(strong, lang="en", coach=OfflineCoach(lang="nb"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") in ("editor", "interview"))
        await pilot.press("f12")
        await wait_for(pilot, lambda: isinstance(app.screen, CoachScreen))
        header = str(app.screen.query_one("#coach-header").render())
        assert header.startswith("Built-in coach · offline"), header
        app.set_language("nn")
        await pilot.pause()
        assert str(app.screen.query_one("#coach-header").render()).startswith("Innebygd rettleiar · fråkopla")


async def test_a_binary_files_message_is_in_the_window_language(tmp_path: Path) -> None:
    binary = tmp_path / "binary.md"
    binary.write_bytes(bytes(range(256)) * 8)
    app = make_app(binary, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app._notifications)
        texts = [n.message for n in app._notifications]
        assert any("binary file" in m for m in texts), texts
        assert not any("binærfil" in m for m in texts)
