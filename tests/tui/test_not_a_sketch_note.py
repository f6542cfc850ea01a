"""The window says, in one line beside the checklist, that a file does not look like a sketch."""

from __future__ import annotations

from pathlib import Path

from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen

from .helpers import wait_for

LISTING = "\n".join(f"service{n}\t\t{n}/tcp\t\talias{n} # port {n}" for n in range(1, 80)) + "\n"


async def test_the_live_panel_says_a_file_is_no_sketch(tmp_path: Path) -> None:
    path = tmp_path / "tjenester.md"
    path.write_text(LISTING, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", None) in ("interview", "editor"))
        if not isinstance(app.screen, EditorScreen):
            await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
        note = lambda: str(app.screen.query_one("#live-note").render())  # noqa: E731
        await wait_for(pilot, lambda: "Filen ser ikke ut som en skisse" in note())
        assert app.live.report.criteria  # checked all the same
    assert path.read_text(encoding="utf-8") == LISTING
