"""A UTF-8 sketch with a few damaged bytes opens in the editor as UTF-8, says so beside the
checklist for as long as it is open, and is not written until the user changes something."""

from __future__ import annotations

import random
from pathlib import Path

from textual.widgets import TextArea

from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen

from .helpers import wait_for

LINE = "Det tar lenge før noen oppdager feilen. Målet er færre feil i Øvre Eiker kommune.\n\n"


def half_junk(strong: Path) -> tuple[bytes, int]:
    """The strong sketch with our line in it, then 200 random bytes (the same each run) put in
    its middle; and the line number of the first of them."""
    good = strong.read_bytes().replace(b"\n\n", b"\n\n" + LINE.encode(), 1)
    middle = good.index(b"\n", len(good) // 2) + 1
    rng = random.Random(7)
    data = good[:middle] + bytes(rng.randrange(256) for _ in range(200)) + good[middle:]
    return data, good[:middle].count(b"\n") + 1


async def test_the_editor_shows_the_damaged_sketch_as_utf8(strong: Path) -> None:
    data, line = half_junk(strong)
    path = strong.with_name("halfjunk.md")
    path.write_bytes(data)
    backup = path.with_name("halfjunk.md~")
    app = make_app(path, save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None)
        area = app.screen.query_one("#text", TextArea)
        assert "lenge før noen oppdager" in area.text and "Målet er færre" in area.text and "Øvre Eiker kommune" in area.text
        assert "fÃ¸r" not in area.text and "Ã" not in area.text
        # The note is in the live panel, not only in a notice that goes away.
        note = lambda: str(app.screen.query_one("#live-note").render())  # noqa: E731
        await wait_for(pilot, lambda: "kunne ikke leses som UTF-8" in note())
        assert f"linje {line}" in note().replace("\n", " ")
        assert app.screen.query_one("#live-note").display
        # Opened and checked, and nothing written: the file is as it was, no backup made.
        await pilot.pause(0.3)
        assert path.read_bytes() == data and not backup.exists()
        # One keystroke: the autosave writes UTF-8 and keeps the original bytes as NAME~.
        area.focus()
        area.move_cursor(area.document.end)
        await pilot.press("x")
        await wait_for(pilot, lambda: backup.exists() and path.read_bytes() != data)
        assert backup.read_bytes() == data
        saved = path.read_text(encoding="utf-8")
        assert "lenge før noen oppdager" in saved and "\ufffd" in saved and saved.endswith("x")
        # A later state of the live panel still carries the note.
        await wait_for(pilot, lambda: app.live is not None and app.live.text.endswith("x"))
        await wait_for(pilot, lambda: "kunne ikke leses som UTF-8" in note())
        # Later saves leave the backup of the original alone.
        await pilot.press("y")
        await wait_for(pilot, lambda: path.read_text(encoding="utf-8").endswith("xy"))
        assert backup.read_bytes() == data
        assert path.with_name("halfjunk.md.original~").read_bytes() == data  # kept for good
