"""One snapshot per screen, at 100×30. The checks and the page count are fixed fakes here, so
these pictures show the TUI's layout and text, not the current wording of the rubric engine."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from assistant.core.findings import (
    CriterionResult,
    Finding,
    Level,
    PageInfo,
    Report,
    Status,
)
from assistant.core.model import (
    BudgetCategory,
    BudgetLine,
    Language,
    Metadata,
    Organisation,
    OrgKind,
    Partner,
)
from assistant.tui.app import make_app
from assistant.tui.draft import Draft
from assistant.tui.services import Services

from .conftest import FakeCoach
from .helpers import wait_for

SIZE = (100, 30)


def fake_report(sketch, rubric, pages, path) -> Report:
    need = sketch.section("need")
    return Report(
        rubric="innovasjonspartnerskap",
        language="nb",
        pages=pages.pages if pages else None,
        page_fraction=pages.fraction if pages else None,
        page_limit=5,
        criteria=[
            CriterionResult(id="eligibility", title="Hvem kan søke", status=Status.PASS),
            CriterionResult(id="page-limit", title="Maks fem sider", status=Status.PASS),
            CriterionResult(
                id="need-described",
                title="Behovet er godt beskrevet",
                status=Status.FAIL,
                findings=[Finding(criterion="need-described", level=Level.FAIL, message="Delen er svært kort.", section="need", line=need.line if need else None)],
            ),
            CriterionResult(
                id="public-collaboration",
                title="Samarbeid mellom offentlige aktører",
                status=Status.PASS if len(sketch.public_bodies) >= 2 else Status.WARN,
                findings=[] if len(sketch.public_bodies) >= 2 else [Finding(criterion="public-collaboration", level=Level.WARN, message="Bare én offentlig virksomhet er med.")],
            ),
        ],
    )


def fake_pages(sketch, layout) -> PageInfo:
    return PageInfo(pages=4, fraction=3.4)


@pytest.fixture
def services() -> Services:
    return Services(check=fake_report, page_info=fake_pages)


@pytest.fixture
def sketch(tmp_path: Path) -> Path:
    meta = Metadata(
        title="Trygg hjemme i Bodø",
        applicant=Organisation(name="Bodø kommune", orgnr="972418013", kind=OrgKind.KOMMUNE),
        partners=[Partner(name="Fauske kommune", orgnr="972417971", kind=OrgKind.KOMMUNE, role="deler behovet")],
        language=Language.NB,
        rubric="innovasjonspartnerskap",
    )
    draft = Draft.create(Path("skisse.md"), meta)  # relative: the header shows the same name on every machine
    draft.append_to_section("summary", "Eldre i Bodø faller hjemme og havner på sykehus. Vi vil finne nye måter å gi trygghet på, sammen med næringslivet.")
    draft.append_to_section("need", "Hjemmetjenesten rekker ikke over alle som trenger tilsyn om natten; ærlig talt, det går ikke.")
    draft.set_budget(
        [
            BudgetLine(item="Markedsdialog og leverandørkonferanse", category=BudgetCategory.MARKET_DIALOGUE, amount=400_000),
            BudgetLine(item="Utvikling av prototyp", category=BudgetCategory.DEVELOPMENT, amount=2_500_000, years={"2026": 1_000_000, "2027": 1_500_000}),
            BudgetLine(item="Kjøp av ferdig løsning", category=BudgetCategory.PROCUREMENT, amount=3_000_000),
        ],
        ["2026", "2027"],
    )
    draft.save()
    return Path("skisse.md")


async def steady(pilot) -> None:
    """Stop every blinking cursor so the picture does not depend on the moment it is taken."""
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False
    await pilot.pause(0.1)


def _app(services: Services, path: Path | None = None, **kw):
    return make_app(path, services=services, coach=FakeCoach("Godt. Legg til tall fra KOSTRA og SSB."), **kw)


def test_start_screen(snap_compare, services) -> None:
    """Start screen with no recent sketches: the empty-list hint on the left («Ingen skisser ennå»),
    the welcome text and the two buttons «Ny skisse (N)» and «Åpne fil (O)» on the right, and the
    footer with n, o, ^q and f1. No workspace keys, since no sketch is open."""
    assert snap_compare(_app(services), terminal_size=SIZE)


def test_new_sketch_form(snap_compare, services) -> None:
    """The new-sketch form filled in: title «Trygg hjemme i Bodø», applicant «Bodø kommune», org number
    972418013 with «✔ Gyldig organisasjonsnummer» under it, kind Kommune, language Bokmål, the default
    rubric, and «Lagres som» with a file name made from the title."""

    async def fill(pilot) -> None:
        await pilot.press("n")
        await pilot.press(*"Trygg hjemme i Bodø", "tab", *"Bodø kommune", "tab", *"972418013")
        screen = pilot.app.screen
        screen._suggested_path = "trygg-hjemme-i-bodø.md"
        screen.query_one("#path", Input).value = "trygg-hjemme-i-bodø.md"
        await steady(pilot)

    assert snap_compare(_app(services), terminal_size=SIZE, run_before=fill)


def test_open_dialog(snap_compare, services, tmp_path) -> None:
    """The open dialog over the start screen: a path field with its hint, and below it the folder
    tree of the current folder holding only Markdown files."""
    (tmp_path / "skisse.md").write_text("# Skisse\n", encoding="utf-8")
    (tmp_path / "notat.txt").write_text("x", encoding="utf-8")
    (tmp_path / "bilde.png").write_bytes(b"\x89PNG")
    async def ready(pilot) -> None:
        await pilot.press("o")
        await steady(pilot)

    assert snap_compare(_app(services), terminal_size=SIZE, run_before=ready)


def test_interview(snap_compare, services, sketch) -> None:
    """The interview after one answer: the section list on the left (Sammendrag and Problem og behov
    marked ✓ with their word counts, Tall og data marked ● as the current one), the chat on the right with the
    question, the user's answer, the coach's streamed reply and the next question, and the answer
    field with «Spørsmål 9 av 21» above it (the need's questions, those of large-budget-items with them, come first). Footer: f7 Hopp over, f8 Forrige, ^g Velg del."""

    async def answer(pilot) -> None:
        await pilot.press("f2")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "screen_name", "") == "interview")
        screen = pilot.app.screen
        start = screen.index
        await pilot.press(*"Det koster kommunen 40 mill. kr i året.", "enter")
        await wait_for(pilot, lambda: screen.index == start + 1)
        await pilot.app.workers.wait_for_complete()
        chat = screen.query_one("#chat")
        await wait_for(pilot, lambda: chat.scroll_y == chat.max_scroll_y)
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=SIZE, run_before=answer)


def test_editor(snap_compare, services, sketch) -> None:
    """The editor: «Hele skissen» chosen above the Markdown text with line numbers; on the right the
    live panel with «3,4 av 5 sider» and its bar, words, LIX and tokens, and the checklist: ✔ Hvem kan
    søke, ✔ Maks fem sider, ✘ Behovet er godt beskrevet with its finding and line, ✔ Samarbeid."""

    async def ready(pilot) -> None:
        await wait_for(pilot, lambda: pilot.app.live is not None and getattr(pilot.app.screen, "screen_name", "") == "editor")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=SIZE, run_before=ready)


def test_budget(snap_compare, services, sketch) -> None:
    """The budget editor: three lines with year columns 2026 and 2027, the procurement line marked *,
    the total without procurement (2 900 000 kr) and the procurement amount beside it, the empty form
    (Post, Kategori, Beløp, Per år) and the note explaining why procurement is kept out."""
    async def ready(pilot) -> None:
        await pilot.press("f4")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=SIZE, run_before=ready)


def test_partners(snap_compare, services, sketch) -> None:
    """The partners editor: «Søker: Bodø kommune», a table with Fauske kommune (972 417 971, Offentlig,
    deler behovet), the verdict «✔ Samarbeid mellom offentlige aktører: oppfylt · Offentlige virksomheter
    i skissen: 2», and the empty form."""

    async def ready(pilot) -> None:
        await pilot.press("f5")
        await wait_for(pilot, lambda: "oppfylt" in str(pilot.app.screen.query_one("#verdict").render()))
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=SIZE, run_before=ready)


def test_export(snap_compare, services, sketch) -> None:
    """The export dialog after the final check: «3,4 av 5 sider», the criteria count and the failing
    criterion, the Markdown and PDF boxes ticked with their paths next to the sketch, the Word (.docx)
    box unticked with «skisse.docx», and the button."""

    async def ready(pilot) -> None:
        await pilot.press("f6")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "state", None) is not None)
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=SIZE, run_before=ready)


def test_export_confirm(snap_compare, services, sketch) -> None:
    """The question before exporting with a failing criterion: the criterion named, «Vil du eksportere
    likevel?», and the buttons «Eksporter likevel (J)» and «Ikke nå (N)» with «Ikke nå» focused."""

    async def ready(pilot) -> None:
        await pilot.press("f6")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "state", None) is not None)
        await pilot.press("f7")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=SIZE, run_before=ready)


def test_help(snap_compare, services) -> None:
    """The help over the start screen: the title «Hjelp», a table of the keys F1–F6, Ctrl+S, Ctrl+O,
    Ctrl+P and Ctrl+Q, and a paragraph per screen (only the top fits at this size; it scrolls)."""
    assert snap_compare(_app(services), terminal_size=SIZE, press=["f1", "_"])


def test_start_in_nynorsk(snap_compare, services) -> None:
    """The start screen in nynorsk: «Siste skisser», «Ingen skisser enno …», «Opna fil (O)», the footer
    «Opna fil» — the whole window follows the language setting."""
    app = _app(services, lang="nn")
    assert snap_compare(app, terminal_size=SIZE)
