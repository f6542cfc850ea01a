"""The editor at 80×24: every checklist title readable, focused or not, and the text keeps its
height when an advisor's comments are shown under it."""

from __future__ import annotations

import re
from pathlib import Path

from textual.geometry import Region
from textual.widgets import TextArea

from assistant.advisor.anchors import anchor_for_quote
from assistant.advisor.comments import add_comment
from assistant.advisor.db import HistoryDB
from assistant.core.sketch.document import parse_sketch
from assistant.tui.app import make_app
from assistant.tui.screens.editor import EditorScreen
from assistant.tui.widgets.checklist import Checklist
from assistant.tui.widgets.comments import CommentsPanel

from .conftest import FakeCoach
from .helpers import wait_for


def _shown(widget) -> str:
    """The widget's lines as drawn now, one string."""
    width, height = widget.outer_size  # the border included: render_lines draws it
    drawn = "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))
    return re.sub(r"[▊▎▔▁▂▃▄▅▆▇█]", " ", drawn)  # borders and the scrollbar left out


async def _every_title_whole(pilot, checklist: Checklist) -> None:
    """Scrolled half a height at a time, every criterion's title is drawn whole in some view."""
    views = []
    y = 0
    while True:
        checklist.scroll_to(y=y, animate=False, immediate=True)
        await pilot.pause()
        views.append(" ".join(_shown(checklist).split()))
        if y >= checklist.max_scroll_y:
            break
        y += max(1, checklist.size.height // 2)
    for criterion in checklist.app.live.report.criteria:
        title = " ".join(criterion.title.split())
        assert any(title in view for view in views), (title, views)


async def test_every_checklist_title_is_whole_at_80x24_with_and_without_focus(strong: Path) -> None:
    app = make_app(strong, coach=FakeCoach("Bra."), save_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen) and app.live is not None and app.live.report is not None)
        checklist = app.screen.query_one(Checklist)
        await wait_for(pilot, lambda: checklist.option_count > 10)
        await _every_title_whole(pilot, checklist)  # the text has focus
        await pilot.press("f8")
        await wait_for(pilot, lambda: checklist.has_focus)
        await _every_title_whole(pilot, checklist)  # the checklist has it


async def test_comments_under_the_text_take_one_line_until_opened(strong: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "h.sqlite3"
    sketch = parse_sketch(strong.read_text(encoding="utf-8"))
    with HistoryDB(db_path) as db:
        for quote in ("Flere eldre", "Bergen og", "hjemme"):
            add_comment(db, strong, anchor_for_quote(sketch, quote), f"Kilde for «{quote}»?", author="Kari")
    app = make_app(strong, coach=FakeCoach("Bra."), save_delay=0.05)
    app.history_db = lambda: HistoryDB(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, EditorScreen))
        panel = app.screen.query_one("#comments", CommentsPanel)
        await wait_for(pilot, lambda: panel.display and panel.comments)
        await pilot.pause()
        area = app.screen.query_one("#text", TextArea)
        title = panel.query_one(".pane-title")
        assert panel.size.height == 1 and "Kommentarer (3 åpne) · Ctrl+T" in str(title.render())
        assert area.content_size.height >= 12  # the text keeps its room at 80×24
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert panel.expanded and "Kilde for «Flere eldre»?" in _shown(panel.query_one("#comments-list"))
        assert app.screen.focused is panel.query_one("#comments-list")
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not panel.expanded and panel.size.height == 1 and area.has_focus
