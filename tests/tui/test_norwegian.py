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
from .helpers import wait_for

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
        await pilot.press("escape")
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "editor")
        for key, name in (("f2", "interview"), ("f4", "budget"), ("f5", "partners"), ("f6", "export"), ("f12", "coach")):
            await pilot.press(key)
            await wait_for(pilot, lambda name=name: getattr(app.screen, "screen_name", "") == name)
            await look(name)
        await pilot.press("f4")
        await wait_for(pilot, lambda: getattr(app.screen, "screen_name", "") == "budget")
        app.screen.query_one("#category").focus()
        await pilot.press("enter")  # the select menu open: its footer key
        await look("budget-menu")
        await pilot.press("escape")
        await pilot.press("f1")
        await look("help")
    # The sketch's own text and file names are the user's, not the window's.
    allowed = ("sterk.export.md", "sterk.md", "tokens", "Markdown", "PDF", "LIX")
    found = {name: english_in(text, allowed=allowed) for name, text in seen.items()}
    assert not {name: words for name, words in found.items() if words}
    assert "Søk etter kommando" in seen["palette"] and "Lukk menyen" in seen["budget-menu"]


def test_the_english_check_would_catch_textual_and_argparse_texts() -> None:
    """The list above is what makes the test bite: Textual's and argparse's own words are in it."""
    for text in ("🔎 Search for commands…", "esc Dismiss menu", "Quit the application as soon as possible", "options:", "usage: skisse"):
        assert english_in(text), text
    assert not english_in("Søk etter kommandoer … · Lukk menyen · bruk: skisse · valg:")


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_cli_help_has_no_english(lang: str) -> None:
    for args in (["--help"], ["check", "--help"], ["export", "--help"], ["portfolio", "--help"]):
        out = subprocess.run([sys.executable, "-m", "assistant", "--lang", lang, *args], capture_output=True, text=True, cwd=ROOT, check=False)
        assert out.returncode == 0, out.stderr
        assert "bruk: skisse" in out.stdout and "valg:" in out.stdout or "val:" in out.stdout
        words = english_in(out.stdout, allowed=("PATH", "--json", "JSON", "Markdown", "PDF", "--help"))
        assert not [w for w in words if w.casefold() in {"usage", "options", "positional arguments", "show this help message", "show program's version"}], (args, words)


def test_every_catalogue_key_the_code_uses_exists_in_every_language() -> None:
    entries = catalogue()
    missing_lang = {key: [lang for lang in LANGUAGES if not entry.get(lang)] for key, entry in entries.items()}
    assert not {k: v for k, v in missing_lang.items() if v}, "entries without nb, nn or en"
    used: set[str] = set()
    for path in (ROOT / "assistant").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""(?:\btr|\bt|\btn)\(\s*["']((?:tui|tuicoach|advisor|cli|coach|check)\.[\w.-]+)["']""", text))
        used |= set(re.findall(r"""Binding\([^)]*?["']((?:tui|tuicoach|advisor)\.[\w.-]+)["']""", text))
    unknown = sorted(k for k in used if k not in entries and not k.endswith("."))
    assert not unknown, unknown
