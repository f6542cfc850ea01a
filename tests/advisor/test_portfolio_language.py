"""Switching the window's language while the portfolio is shown (80×24) redraws the table: heading,
summary, legend, the unreadable mark and the pages' decimal comma, in the new language."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Static

from assistant.tui.app import make_app

from .corpus import make_corpus
from .test_portfolio_return import SIZE
from .test_tui import open_portfolio


def _texts(screen) -> dict[str, str]:
    table = screen.query_one(DataTable)
    return {
        "head": " ".join(str(c.label) for c in table.columns.values()),
        "rows": " ".join(str(cell) for r in range(table.row_count) for cell in table.get_row_at(r)),
        "status": str(screen.query_one("#portfolio-status", Static).content),
        "legend": str(screen.query_one("#portfolio-legend", Static).content),
        "filter": screen.query_one("#portfolio-filter", Input).placeholder,
    }


async def test_the_table_follows_the_window_language(tmp_path, skisse_home):
    folder = tmp_path / "skisser"
    make_corpus(folder, 2)
    (folder / "ødelagt.md").write_bytes(b"\xff\xfe\x00\x00" * 3 + b"\x00" * 64)
    app = make_app(None, lang="en", data_dir=skisse_home / "data", config_dir=skisse_home / "config")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_portfolio(pilot, folder, pages=True)
        await pilot.pause()
        screen.query_one(DataTable).move_cursor(row=1)
        at = screen.shown[1].path
        before = _texts(screen)
        assert "Applicant" in before["head"] and "sketches" in before["status"] and "pass" in before["legend"]
        assert "unreadable" in before["rows"]
        assert any(f"{r.pages:.1f}" in before["rows"] for r in screen.shown if r.pages is not None)

        app.set_language("nn")
        await pilot.pause()
        after = _texts(screen)
        assert "Søkjar" in after["head"] and "Applicant" not in after["head"]
        assert "skisser" in after["status"] and "sketches" not in after["status"]
        assert "bestått" in after["legend"] and "Who may apply" not in after["legend"]
        assert "søkjar" in after["filter"]
        shown = [f"{r.pages:.1f}".replace(".", ",") for r in screen.shown if r.pages is not None]
        assert shown and all(p in after["rows"] for p in shown)
        assert "unreadable" not in after["rows"] and "uleseleg" in after["rows"]
        assert screen.shown[screen.query_one(DataTable).cursor_row].path == at  # the cursor stays on its sketch
