"""The whole journey, driven by the keyboard: new sketch → interview → budget → partners → check → export.

Asserts what lands on disk: the Markdown's content and the PDF's page count.
"""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.model import BudgetCategory
from assistant.tui.app import make_app
from assistant.tui.screens.confirm import ConfirmScreen
from assistant.tui.screens.export import ExportScreen
from assistant.tui.screens.interview import ChatMessage, InterviewScreen

from .helpers import open_screen, send, type_text, wait_for


async def test_new_sketch_to_exported_pdf(tmp_path: Path, skisse_home: Path) -> None:
    app = make_app(save_delay=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        # Start screen → new sketch form.
        await pilot.press("n")
        await type_text(pilot, "Trygg hjemme i Bodø")
        await pilot.press("tab")
        await type_text(pilot, "Bodø kommune")
        await pilot.press("tab")
        await send(pilot, "972418013")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
        sketch_path = tmp_path / "trygg-hjemme-i-bodø.md"
        assert app.draft is not None and app.draft.path == sketch_path
        assert sketch_path.exists()

        # Interview: the summary, then the need (two questions), each answer straight into the draft.
        answers = [
            ("summary", "Eldre i Bodø faller hjemme og havner på sykehus; vi vil finne nye måter å gi trygghet på."),
            ("need", "Hjemmetjenesten rekker ikke over alle som trenger tilsyn om natten."),
            ("need", "Uten endring må kommunen bygge flere sykehjemsplasser innen 2030."),
        ]
        for section, answer in answers:
            screen = app.screen
            assert screen.steps[screen.index].section == section
            asked = screen.index
            await send(pilot, answer)
            await wait_for(pilot, lambda: screen.index != asked)
            assert answer in app.draft.sketch.section(section).body
        coach_replies = [m for m in app.screen.query(ChatMessage) if m.has_class("msg-coach")]
        assert len(coach_replies) >= 4  # the intro and one reply per answer
        assert all(m.source.strip() for m in coach_replies)

        # Budget: three lines, one of them procurement, one with years.
        await open_screen(pilot, app, "f4", "budget")
        for item, amount, years in [
            ("Markedsdialog og leverandørkonferanse", "400 000", ""),
            ("Utvikling av prototyp", "", "2026: 1 mill.; 2027: 1,5 mill."),
            ("Kjøp av ferdig løsning", "3 mill.", ""),
        ]:
            await type_text(pilot, item)
            await pilot.press("tab", "tab")
            await type_text(pilot, amount)
            await pilot.press("tab")
            await send(pilot, years)
            await pilot.pause()
        totals = str(app.screen.query_one("#budget-totals").render()).replace("\xa0", " ")  # amounts never break inside
        assert "2 900 000 kr" in totals and "3 000 000 kr" in totals

        # Partners: a public partner with a valid org number, and a research partner.
        await open_screen(pilot, app, "f5", "partners")
        await type_text(pilot, "Fauske kommune")
        await pilot.press("tab")
        await type_text(pilot, "972417971")
        await pilot.press("tab", "tab")
        await send(pilot, "deler behovet")
        await send(pilot, "Nordlandsforskning")
        await wait_for(pilot, lambda: "oppfylt" in str(app.screen.query_one("#verdict").render()))

        # Export: final check, the warning for failing criteria, then both files.
        await pilot.press("f6")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportScreen) and app.screen.state is not None)
        export = app.screen
        assert export.state.report is not None and export.state.pages is not None
        await pilot.press("f7")
        if export.problems():
            await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            await pilot.press("j")
        await wait_for(pilot, lambda: export.result is not None or "feilet" in str(export.query_one("#export-result").render()))
        assert export.result is not None, str(export.query_one("#export-result").render())
        shown = str(export.query_one("#export-result").render())

    # What is on disk: the sketch, the exported Markdown, the PDF.
    text = sketch_path.read_text(encoding="utf-8")
    sketch = parse_sketch(text)
    assert sketch.title == "Trygg hjemme i Bodø"
    assert sketch.applicant.name == "Bodø kommune" and sketch.applicant.orgnr == "972418013"
    for section, answer in answers:
        assert answer in sketch.section(section).body
    assert [(p.name, p.orgnr) for p in sketch.partners] == [("Fauske kommune", "972417971"), ("Nordlandsforskning", None)]
    assert sketch.partners[0].role == "deler behovet"
    budget = sketch.budget
    assert [(b.item, b.amount) for b in budget.lines] == [
        ("Markedsdialog og leverandørkonferanse", 400_000),
        ("Utvikling av prototyp", 2_500_000),
        ("Kjøp av ferdig løsning", 3_000_000),
    ]
    assert budget.lines[2].category is BudgetCategory.PROCUREMENT
    assert budget.lines[1].years == {"2026": 1_000_000, "2027": 1_500_000}
    assert budget.stated_total == 2_900_000

    pdf = tmp_path / "trygg-hjemme-i-bodø.pdf"
    md = tmp_path / "trygg-hjemme-i-bodø.export.md"
    pages = len(PdfReader(pdf).pages)
    assert 1 <= pages <= 5
    assert pages == export.result.pages.pages
    assert f"({pages} side" in shown and str(pdf) in shown
    assert "Eldre i Bodø faller hjemme" in md.read_text(encoding="utf-8")

    recent = json.loads((skisse_home / "data" / "recent.json").read_text(encoding="utf-8"))
    assert recent[0]["path"] == str(sketch_path.resolve())
