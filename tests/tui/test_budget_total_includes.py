"""The budget screen (F4) agrees with the checker: its sum leaves procurement out, and when the
sketch's own stated total counts a purchase (or the text asks support for one) it says so under the
sum, at 80×24, instead of only «Sum ekskl. anskaffelse»."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch
from assistant.tui.app import make_app

from .helpers import open_screen, wait_for

HEAD = "**Søker:** Levanger kommune\n**Partnere:** Verdal kommune, Inderøy kommune\n\nTrygg hjemme om natten\n\n## Budsjett\n\n"
LIST_WITH_PURCHASE = HEAD + (
    "- Frikjøp av ansatte: 900 000 kr\n- Prosessleder og behovsanalyse: 400 000 kr\n- Markedsdialog: 200 000 kr\n"
    "- Testing: 300 000 kr\n- Kjøp av den ferdige løsningen til alle brukere etter prosjektet: 5 000 000 kr\n\nSum: 6 800 000 kr\n"
)
LIST_SHOWN_APART = HEAD + (
    "- Frikjøp av ansatte: 900 000 kr\n- Markedsdialog: 900 000 kr\n"
    "- Kjøp av den ferdige løsningen til alle brukere (ikke med i summen): 5 000 000 kr\n\nSum: 1 800 000 kr\n"
)
ASKED = HEAD + (
    "Budsjettet er anslått slik: frikjøp av ansatte 900 000 kr, behovsanalyse 400 000 kr, markedsdialog 200 000 kr og "
    "testing 300 000 kr, til sammen 1 800 000 kr. I tillegg ber vi om 5 000 000 kr til kjøp av den ferdige løsningen "
    "til alle brukere etter prosjektet.\n"
)


def _totals(screen) -> str:
    return str(screen.query_one("#budget-totals").render()).replace("\xa0", " ")


def _sketch(path: Path, text: str, *, verdict: str) -> Path:
    """`text` written at `path`, once the checker's verdict on the purchase is seen to be `verdict`."""
    report = check_sketch(parse_sketch(text))
    assert report.criterion("budget-excludes-procurement").status.value == verdict
    path.write_text(text, encoding="utf-8")
    return path


async def test_f4_says_the_sketchs_own_total_counts_the_purchase_at_80x24(tmp_path: Path) -> None:
    path = _sketch(tmp_path / "limt7.md", LIST_WITH_PURCHASE, verdict="fail")
    app = make_app(path, save_delay=0.1)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, app, "f4", "budget")
        totals = _totals(screen)
        assert "Sum ekskl. anskaffelse: 1 800 000 kr" in totals
        assert "* Anskaffelse, ikke med i summen: 5 000 000 kr" in totals
        assert "✘ Men skissens egen total, 6 800 000 kr, regner med anskaffelsen,\n" in totals
        assert "så sjekken feiler" in totals
        assert "✘" in totals
        # The whole note is on the screen, and the table keeps rows to show.
        widget = screen.query_one("#budget-totals")
        assert widget.region.height >= 3 and widget.region.bottom <= 24
        assert screen.query_one("#budget-table", DataTable).region.height >= 3

        # Delete the purchase: the budget is written back with a sum that has no purchase to count.
        table = screen.query_one("#budget-table", DataTable)
        table.move_cursor(row=4)
        table.focus()
        await pilot.press("f9")
        await wait_for(pilot, lambda: "regner med anskaffelsen" not in _totals(screen))
        assert "✘" not in _totals(screen)


async def test_f4_keeps_quiet_when_the_purchase_is_shown_apart(tmp_path: Path) -> None:
    path = _sketch(tmp_path / "apart.md", LIST_SHOWN_APART, verdict="pass")
    app = make_app(path, live_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, app, "f4", "budget")
        await wait_for(pilot, lambda: app.live is not None and app.live.report is not None)
        await pilot.pause(0.1)
        totals = _totals(screen)
        assert "Sum ekskl. anskaffelse: 1 800 000 kr" in totals
        assert "* Anskaffelse, ikke med i summen: 5 000 000 kr" in totals
        assert "✘" not in totals


async def test_f4_shows_the_checks_reason_when_the_text_asks_for_the_purchase(tmp_path: Path) -> None:
    path = _sketch(tmp_path / "limt2.md", ASKED, verdict="fail")
    app = make_app(path, live_delay=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(pilot, app, "f4", "budget")
        await wait_for(pilot, lambda: "Skissen ber om støtte" in _totals(screen))
        totals = _totals(screen)
        assert "Sum ekskl. anskaffelse: 1 800 000 kr" in totals
        assert "✘" in totals
