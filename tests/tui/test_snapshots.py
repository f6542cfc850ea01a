"""One snapshot per screen and dialog, at 80×24 (a laptop terminal) and 120×36. The checks and the
page count are fixed fakes here, so these pictures show the TUI's layout and text, not the current
wording of the rubric engine. At 80×24 everything that must be read or pressed is on screen: the
tab bar up to F12, the budget's amount column, the partners' role, the new-sketch buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from assistant.core.judging.findings import CriterionResult, Finding, Level, Report, Status
from assistant.core.rendering.pages import PageInfo
from assistant.core.sketch.model import (
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

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 36), id="120x36")]


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


@pytest.mark.parametrize("size", SIZES)
def test_start_screen(snap_compare, size, services) -> None:
    """Start screen with no recent sketches: the empty-list hint on the left («Ingen skisser ennå»),
    the welcome text and the two buttons «Ny skisse (N)» and «Åpne fil (O)» on the right, and the
    footer with n, o, ^q and f1. No workspace keys, since no sketch is open."""
    assert snap_compare(_app(services), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_new_sketch_form(snap_compare, size, services) -> None:
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

    assert snap_compare(_app(services), terminal_size=size, run_before=fill)


@pytest.mark.parametrize("size", SIZES)
def test_open_dialog(snap_compare, size, services, tmp_path) -> None:
    """The open dialog over the start screen: a path field with its hint, and below it the folder
    tree of the current folder holding only Markdown files."""
    (tmp_path / "skisse.md").write_text("# Skisse\n", encoding="utf-8")
    (tmp_path / "notat.txt").write_text("x", encoding="utf-8")
    (tmp_path / "bilde.png").write_bytes(b"\x89PNG")
    async def ready(pilot) -> None:
        await pilot.press("o")
        await steady(pilot)

    assert snap_compare(_app(services), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_interview(snap_compare, size, services, sketch) -> None:
    """The interview after one answer: the section list on the left (Sammendrag and Problem og behov
    marked ✓ with their word counts, Tall og data marked ● as the current one), the chat on the right with the
    question, the user's two-line answer, the coach's streamed reply and the next question, and the
    answer box with «Spørsmål 9 av 21» above it (the need's questions, those of large-budget-items
    with them, come first). Footer: ^j Ny linje, f7 Hopp over, f8 Forrige, ^g Velg del (as many as fit)."""

    async def answer(pilot) -> None:
        await pilot.press("f2")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "screen_name", "") == "interview")
        screen = pilot.app.screen
        start = screen.index
        await pilot.press(*"Det koster kommunen 40 mill. kr i året.", "ctrl+j", *"Kilde: KOSTRA.", "enter")
        await wait_for(pilot, lambda: screen.index == start + 1)
        await pilot.app.workers.wait_for_complete()
        chat = screen.query_one("#chat")
        await pilot.pause()
        chat.scroll_end(animate=False)
        await pilot.pause()
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=answer)


@pytest.mark.parametrize("size", SIZES)
def test_editor(snap_compare, size, services, sketch) -> None:
    """The editor: «Hele skissen» chosen above the Markdown text with line numbers; on the right the
    live panel with «3,4 av 5 sider» and its bar, words, LIX and tokens, and the checklist: ✔ Hvem kan
    søke, ✔ Maks fem sider, ✘ Behovet er godt beskrevet with its finding and line, ✔ Samarbeid."""

    async def ready(pilot) -> None:
        await wait_for(pilot, lambda: pilot.app.live is not None and getattr(pilot.app.screen, "screen_name", "") == "editor")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_budget(snap_compare, size, services, sketch) -> None:
    """The budget editor: three lines with year columns 2026 and 2027, the procurement line marked *,
    the total without procurement (2 900 000 kr) and the procurement amount beside it, the empty form
    (Post, Kategori, Beløp, Per år) and the note explaining why procurement is kept out."""
    async def ready(pilot) -> None:
        await pilot.press("f4")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_partners(snap_compare, size, services, sketch) -> None:
    """The partners editor: «Søker: Bodø kommune», a table with Fauske kommune (972 417 971, Kommune,
    deler behovet), the verdict «✔ Samarbeid mellom offentlige aktører: oppfylt · Offentlige virksomheter
    i skissen: 2», and the empty form."""

    async def ready(pilot) -> None:
        await pilot.press("f5")
        await wait_for(pilot, lambda: "oppfylt" in str(pilot.app.screen.query_one("#verdict").render()))
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_export(snap_compare, size, services, sketch) -> None:
    """The export dialog after the final check: «3,4 av 5 sider», the criteria count and the failing
    criterion, the Markdown and PDF boxes ticked with their paths next to the sketch, the Word (.docx)
    box unticked with «skisse.export.docx», and the button."""

    async def ready(pilot) -> None:
        await pilot.press("f6")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "state", None) is not None)
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_export_confirm(snap_compare, size, services, sketch) -> None:
    """The question before exporting with a failing criterion: the criterion named, «Vil du eksportere
    likevel?», and the buttons «Eksporter likevel (J)» and «Ikke nå (N)» with «Ikke nå» focused."""

    async def ready(pilot) -> None:
        await pilot.press("f6")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "state", None) is not None)
        await pilot.press("f7")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, size, services) -> None:
    """The help over the start screen: the title «Hjelp», a table of the keys F1–F6, Ctrl+S, Ctrl+O,
    Ctrl+P and Ctrl+Q, and a paragraph per screen (only the top fits at this size; it scrolls)."""
    assert snap_compare(_app(services), terminal_size=size, press=["f1", "_"])


@pytest.mark.parametrize("size", SIZES)
def test_start_in_nynorsk(snap_compare, size, services) -> None:
    """The start screen in nynorsk: «Siste skisser», «Ingen skisser enno …», «Opna fil (O)», the footer
    «Opna fil» — the whole window follows the language setting."""
    app = _app(services, lang="nn")
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_command_palette(snap_compare, size, services, sketch) -> None:
    """The command palette over the editor, all in bokmål: «Søk etter kommandoer …» and the
    commands (Avslutt, Budsjett, Eksport, Fargetema, …) with their help lines."""

    async def ready(pilot) -> None:
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "screen_name", "") == "editor")
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: pilot.app.screen.__class__.__name__ == "Palette")
        await pilot.pause(0.3)
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_interview_offers_partners(snap_compare, size, services, sketch) -> None:
    """The question after an answer that names two public bodies: «Svaret nevner noe som hører
    hjemme et annet sted. Skal jeg skrive dette?», the two partners with their kinds, and the
    buttons «Skriv det (J)» and «Nei takk (N)»."""

    async def ready(pilot) -> None:
        await pilot.press("f2")
        await wait_for(pilot, lambda: getattr(pilot.app.screen, "screen_name", "") == "interview")
        screen = pilot.app.screen
        screen.ask(next(i for i, s in enumerate(screen.steps) if s.section == "partners" and s.number == 2))
        await pilot.press(*"Askøy kommune og Helse Bergen HF er med.", "enter")
        await wait_for(pilot, lambda: pilot.app.screen.__class__.__name__ == "ConfirmScreen")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_conflict_dialog(snap_compare, size, services, sketch) -> None:
    """The sketch changed on disk: the question, the comparison side by side («På disken» and
    «Din versjon», the changed line red on the left and green on the right), and the buttons
    «Hent den på disken (H)», «Behold min som kopi (B)», «Skriv over med min (S)», «Vis forskjellene (V)»."""
    from assistant.core.files.locks import Conflict

    async def ready(pilot) -> None:
        from assistant.tui.screens.conflict import ConflictScreen

        await wait_for(pilot, lambda: getattr(pilot.app.screen, "screen_name", "") == "editor")
        path = Path("skisse.md")
        mine = path.read_text(encoding="utf-8")
        path.write_text(mine.replace("Eldre i Bodø faller hjemme", "Eldre i Bodø og Fauske faller hjemme"), encoding="utf-8")
        conflict = Conflict(path=path, expected_hash="x", disk_hash="y", mine=mine.replace("ærlig talt, det går ikke.", "det er et stort problem."))
        pilot.app.push_screen(ConflictScreen(conflict))
        await pilot.pause()
        await pilot.press("v")
        await steady(pilot)

    assert snap_compare(_app(services, sketch), terminal_size=size, run_before=ready)


@pytest.mark.parametrize("size", SIZES)
def test_portfolio(snap_compare, size, services, tmp_path) -> None:
    """The portfolio of three sketches: every column on screen (file, applicant, pages, one mark
    per criterion under the header «123456789012345», open comments, last change), the summary
    «3 skisser · …», the row under the cursor whole («▸ skisse-nummer-0-med-et-langt-filnavn.md ·
    Bodø kommune · ✗ 3, 4, …»), and the legend: what ✓ ! ✗ · mean, then the criteria by number and title."""
    from assistant.tui.screens.portfolio import PortfolioScreen

    folder = tmp_path / "mappe"
    folder.mkdir()
    for n, name in enumerate(("Bodø kommune", "Vestland fylkeskommune", "Helse Bergen HF")):
        meta = Metadata(title=f"Skisse {n}", applicant=Organisation(name=name, kind=OrgKind.KOMMUNE), language=Language.NB)
        Draft.create(folder / f"skisse-nummer-{n}-med-et-langt-filnavn.md", meta)

    async def ready(pilot) -> None:
        screen = PortfolioScreen(Path("mappe"), jobs=1, pages=False)
        pilot.app.push_screen(screen)
        await wait_for(pilot, lambda: screen.portfolio is not None)
        for row in screen.portfolio.rows:
            row.last_change = None  # the same picture on every day
        screen.fill()
        await steady(pilot)

    assert snap_compare(_app(services), terminal_size=size, run_before=ready)
