"""A NAME.docx beside NAME.md is one sketch, checked as the Markdown: `portfolio` and `check DIR`
say in one line that the Word file was passed over (and whether it is the newer one)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistant.tui.app import make_app
from assistant.tui.screens.portfolio import PortfolioScreen

from tui.helpers import wait_for
from tui.test_norwegian import screen_text
from .builders import styled_draft

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"


def folder_with_a_newer_word_draft(tmp_path: Path) -> Path:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / "utkast.md").write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    os.utime(folder / "utkast.md", (1_600_000_000, 1_600_000_000))  # last month's Markdown
    styled_draft(folder / "utkast.docx")  # the applicant's updated Word draft
    (folder / "annen.md").write_bytes((SKETCHES / "sterk-nynorsk.md").read_bytes())
    return folder


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", "--lang", "en", *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_portfolio_names_the_word_file_it_passed_over(tmp_path):
    folder = folder_with_a_newer_word_draft(tmp_path)
    result = run("portfolio", ".", "--no-pages", "--jobs", "1", cwd=folder)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last == "utkast.docx: not checked; utkast.md beside it is (the Word file is newer)"
    # CSV and JSON keep stdout data; the line goes to stderr.
    csv = run("portfolio", ".", "--no-pages", "--jobs", "1", "--csv", cwd=folder)
    assert "not checked" not in csv.stdout
    assert csv.stderr.strip() == "skisse: utkast.docx: not checked; utkast.md beside it is (the Word file is newer)"


def test_check_dir_says_it_on_stderr_and_an_older_word_file_is_not_called_newer(tmp_path):
    folder = folder_with_a_newer_word_draft(tmp_path)
    os.utime(folder / "utkast.docx", (1_500_000_000, 1_500_000_000))
    result = run("check", ".", "--no-pages", "--jobs", "1", cwd=folder)
    assert result.returncode in (0, 1), result.stderr
    assert result.stderr.strip() == "skisse: utkast.docx: not checked; utkast.md beside it is"
    assert "utkast.md" in result.stdout and "utkast.docx" not in result.stdout
    # Skisse's own Word copy is no draft of the user's: not named.
    (folder / "utkast.docx").unlink()
    assert run("export", "utkast.md", "--docx", cwd=folder).returncode == 0
    assert run("check", ".", "--no-pages", "--jobs", "1", cwd=folder).stderr == ""


async def test_the_portfolio_window_names_it_at_80x24(tmp_path):
    folder = folder_with_a_newer_word_draft(tmp_path)
    app = make_app(None, lang="nn")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(PortfolioScreen(folder, pages=False, jobs=1))
        await wait_for(pilot, lambda: isinstance(app.screen, PortfolioScreen) and app.screen.portfolio is not None)
        await pilot.pause(0.3)
        text = " ".join(screen_text(app).split())
        assert "utkast.docx: ikkje sjekka; utkast.md ved sida av er det (Word-fila er nyare)" in text
