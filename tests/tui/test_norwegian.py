"""Norwegian throughout: every screen, dialog, menu and palette driven under bokmål and nynorsk shows
no English left from Textual, argparse or Skisse's own texts; every catalogue key the code uses
exists, in nb, nn and en."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.i18n import LANGUAGES, catalogue
from assistant.tui.app import make_app

from .conftest import FakeCoach
from .helpers import open_screen, wait_for

ROOT = Path(__file__).parents[2]

# What Textual, argparse and textual-serve say in English, and English words a Norwegian window
# has no use for. Matched as whole words, case-insensitively.
ENGLISH = [
    "Search for commands", "Search for themes", "No matches found", "Quit the application", "Dismiss menu",
    "Show menu", "Exit the command palette", "Show help for the focused widget", "Maximize", "Minimize",
    "Screenshot", "Theme", "Keys", "Change the current theme", "usage", "options", "positional arguments",
    "show this help message", "show program's version", "Serving", "Press Ctrl\\+C", "Submit", "Cancel",
    "Delete", "Undo", "Redo", "Copy", "Paste", "Save", "Open", "Close", "Quit", "Help", "Commands", "Interview",
    "Editor", "Budget", "Partners", "Coach", "Export", "Question", "Section", "Sections", "Answer", "the",
    "and", "of", "is", "not", "with", "your", "you", "page", "pages", "words", "New line",
]
ENGLISH_RE = re.compile(r"(?<![\w-])(?:" + "|".join(ENGLISH) + r")(?![\w-])", re.IGNORECASE)


def screen_text(app) -> str:
    """Every character on screen, from the screenshot Textual would save."""
    svg = app.export_screenshot()
    rows: dict[int, list[str]] = {}
    for m in re.finditer(r'<text [^>]*x="([\d.]+)" [^>]*clip-path="url\(#[^)]*-line-(\d+)\)">(.*?)</text>', svg):
        row = rows.setdefault(int(m.group(2)), [" "] * 300)
        column = round(float(m.group(1)) / 12.2)  # Textual draws each cell 12.2 units wide
        for i, ch in enumerate(html.unescape(m.group(3)).replace("\xa0", " ")):
            if column + i < len(row):
                row[column + i] = ch
    return "\n".join("".join(row).rstrip() for _, row in sorted(rows.items()))


def english_in(text: str, *, allowed: tuple[str, ...] = ()) -> list[str]:
    for word in allowed:
        text = text.replace(word, "")
    return sorted({m.group(0) for m in ENGLISH_RE.finditer(text)})


@pytest.mark.parametrize("lang", ["nb", "nn"])
async def test_every_screen_dialog_and_menu_has_no_english(lang: str, strong: Path) -> None:
    seen: dict[str, str] = {}
    app = make_app(strong, lang=lang, coach=FakeCoach("Bra."))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "editor")

        async def look(name: str) -> None:
            await pilot.pause(0.2)
            seen[name] = screen_text(app)

        await look("editor")
        await pilot.press("ctrl+p")
        await wait_for(pilot, lambda: app.screen.__class__.__name__ == "Palette")
        await look("palette")
        await pilot.press(*"zzzqqq")
        await pilot.pause(1.0)  # the palette says «no matches» after half a second
        await look("palette-no-match")
        assert "Ingen treff" in seen["palette-no-match"]
        await open_screen(pilot, app, "escape", "editor")
        for key, name in (("f2", "interview"), ("f4", "budget"), ("f5", "partners"), ("f6", "export"), ("f12", "coach")):
            await pilot.press(key)
            await wait_for(pilot, lambda name=name: getattr(app.screen, "screen_name", "") == name)
            await look(name)
        await open_screen(pilot, app, "f4", "budget")
        app.screen.query_one("#category").focus()
        await pilot.press("enter")  # the select menu open: its footer key
        await look("budget-menu")
        await pilot.press("escape")
        await pilot.press("f1")
        await look("help")
    # The sketch's own text and file names are the user's, not the window's.
    allowed = ("sterk.export.md", "sterk.export.docx", "sterk.md", "tokens", "Markdown", "PDF", "LIX")  # file names as written
    found = {name: english_in(text, allowed=allowed) for name, text in seen.items()}
    assert not {name: words for name, words in found.items() if words}
    assert "Søk etter kommando" in seen["palette"] and "Lukk menyen" in seen["budget-menu"]


def test_the_english_check_would_catch_textual_and_argparse_texts() -> None:
    """The list above is what makes the test bite: Textual's and argparse's own words are in it."""
    for text in ("🔎 Search for commands…", "esc Dismiss menu", "Quit the application as soon as possible", "options:", "usage: skisse"):
        assert english_in(text), text
    assert not english_in("Søk etter kommandoer … · Lukk menyen · bruk: skisse · valg:")


# argparse's placeholders as Skisse's commands wrote them; none may reach a Norwegian --help.
ENGLISH_METAVARS = re.compile(r"(?<![\w-])(?:PATH|DIR|FILE|OUT|TEXT|NAME|TITLE|APPLICANT|QUESTION|KEY|SKETCH|DRAFT|HOST|KIND|MODEL|COMMAND)(?![\w-])")
COMMANDS = ["check", "export", "portfolio", "new", "import", "report", "history", "coach", "serve", "rubric", "tui", "ask", "assess", "models"]


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_cli_help_has_no_english(lang: str) -> None:
    out = subprocess.run([sys.executable, "-m", "assistant", "--lang", lang, "--help"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    helps = {"--help": out.stdout}
    for command in COMMANDS:
        out = subprocess.run([sys.executable, "-m", "assistant", "--lang", lang, command, "--help"], capture_output=True, text=True, cwd=ROOT, check=False)
        if out.returncode == 2 and "ugyldig val" in out.stderr:
            continue  # a command not part of this build
        assert out.returncode == 0, (command, out.stderr)
        helps[command] = out.stdout
    assert {"check", "export", "new", "portfolio"} <= set(helps)
    for args, text in helps.items():
        assert "bruk: skisse" in text and ("valg:" in text or "val:" in text), args
        words = english_in(text, allowed=("--json", "JSON", "Markdown", "PDF", "--help"))
        assert not [w for w in words if w.casefold() in {"usage", "options", "positional arguments", "show this help message", "show program's version"}], (args, words)
        assert not ENGLISH_METAVARS.findall(text), (args, ENGLISH_METAVARS.findall(text))
    assert "FIL" in helps["check"] and "MAPPE" in helps["portfolio"]


def test_cli_help_in_english_keeps_the_english_placeholders() -> None:
    out = subprocess.run([sys.executable, "-m", "assistant", "--lang", "en", "new", "--help"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert out.returncode == 0, out.stderr
    assert "--title TITLE" in out.stdout and "--applicant APPLICANT" in out.stdout and "PATH" in out.stdout


BROKEN_METADATA = """---
title: Trygg hjemme lenger
applicant:
  name: Bergen kommune
  kind: romvesen
partners:
  - orgnr: "964338531"
language: nb
rubric: ../egen-rubrikk.toml
---

# Trygg hjemme lenger

## Behovet

Kommunen trenger bedre oppfølging av eldre som bor hjemme.
"""


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_the_checks_notes_are_in_the_runs_language(lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What the parser could not read (a rubric named by file, an unknown kind, a partner with no
    name) is said in Norwegian in a Norwegian run, in English in an
    English one, for a sketch in bokmål."""
    from assistant.cli.main import main

    sketch = tmp_path / "skisse.md"
    sketch.write_text(BROKEN_METADATA, encoding="utf-8")
    main(["--lang", lang, "check", str(sketch), "--no-pages"])
    out = capsys.readouterr().out
    notes = [line for line in out.splitlines() if line.startswith("  ! ")]
    assert len(notes) == 3, out
    assert not english_in("\n".join(notes), allowed=("egen-rubrikk.toml", "romvesen", "innovasjonspartnerskap", "innovasjon-norge-ioa", "«partners»", "«applicant»")), notes  # the keys of the metadata block are as written
    assert any("«romvesen»" in n and "(linje 2)" in n for n in notes)  # the value from the file, as written
    main(["--lang", "en", "check", str(sketch), "--no-pages"])
    out = capsys.readouterr().out
    assert "is not a known rubric id" in out and "has no name" in out and "unknown kind" in out and "(line 2)" in out


def test_criterion_titles_follow_the_chosen_language_not_the_sketchs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from assistant.cli.main import main
    from assistant.core.sketch.rubric import load_rubric

    rubric = load_rubric()
    norwegian = tmp_path / "sterk.md"
    norwegian.write_text((ROOT / "tests" / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8"), encoding="utf-8")
    english = tmp_path / "strong.md"
    english.write_text((ROOT / "tests" / "fixtures" / "sketches" / "strong-english.md").read_text(encoding="utf-8"), encoding="utf-8")
    ids = {c.id for c in rubric.criteria}

    def titles(out: str) -> dict[str, str]:  # «  OK     eligibility  Who may apply» per criterion
        found = (re.match(r"^  \S+\s+(\S+)  (.+)$", line) for line in out.splitlines())
        return {m.group(1): m.group(2) for m in found if m and m.group(1) in ids}

    main(["--lang", "en", "check", str(norwegian), "--no-pages"])
    assert titles(capsys.readouterr().out) == {c.id: c.title.en for c in rubric.criteria}
    main(["--lang", "nb", "check", str(english), "--no-pages"])
    assert titles(capsys.readouterr().out) == {c.id: c.title.nb for c in rubric.criteria}
    main(["--lang", "nn", "check", str(english), "--no-pages"])
    assert titles(capsys.readouterr().out) == {c.id: c.title.get("nn") for c in rubric.criteria}


def test_the_windows_checklist_shows_titles_and_notes_in_the_windows_language() -> None:
    from assistant.core.rendering.pages import PageInfo
    from assistant.core.sketch.rubric import load_rubric
    from assistant.tui.live import compute_live
    from assistant.tui.services import Services

    text = (ROOT / "tests" / "fixtures" / "sketches" / "strong-english.md").read_text(encoding="utf-8")
    text = text.replace("rubric: innovasjonspartnerskap", "rubric: ./mine.toml")
    services = Services(page_info=lambda sketch, layout: PageInfo(pages=4, fraction=3.6))
    state = compute_live(text, services, lang="nb")
    rubric = load_rubric()
    assert {c.id: c.title for c in state.report.criteria} == {c.id: c.title.nb for c in rubric.criteria}
    assert any("er ikke et kjent kriteriesett" in note for note in state.report.notes)
    english = compute_live(text, services, lang="en")  # the same checkup, read in English
    assert any("is not a known rubric id" in note for note in english.report.notes)


def test_no_norwegian_text_calls_the_coach_a_coach() -> None:
    """The window calls it «Veileder» / «Rettleiar»; the catalogue says so everywhere, bar the
    command names («skisse coach», --allow-coach) a user types."""
    said = {}
    for key, entry in catalogue().items():
        for lang in ("nb", "nn"):
            text = re.sub(r"skisse coach|`[^`]*`|--[\w-]+|\{\w+\}", "", entry.get(lang) or "")
            if re.search(r"coach", text, re.IGNORECASE):
                said[f"{key}.{lang}"] = text
    assert not said, said
