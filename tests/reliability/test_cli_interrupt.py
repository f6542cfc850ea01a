"""Ctrl+C during `skisse check` of a folder, in a real terminal: the progress bar's line is
cleared, the one-line «interrupted» is what remains, and the shell gets a clean line back."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from .test_tui_kill import GUARD, terminal  # noqa: F401 - the fixture: a private tmux server  # pyflakes: ignore

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]

SKETCH = Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md"


def test_ctrl_c_during_a_folder_check_leaves_no_progress_bar(terminal, tmp_path):  # noqa: F811
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(80):
        shutil.copy(SKETCH, folder / f"s{i:02}.md")
    code = "import sys; from assistant.cli.main import main; sys.exit(main())"
    # The shell catches Ctrl+C itself (a handler, not ignored, so the command still gets it) and
    # goes on to print the exit code.
    shell = f"trap : INT; {sys.executable} -c '{code}' check {folder}; echo EXIT=$?; sleep 60"
    terminal.start(["sh", "-c", shell])
    terminal.wait_for("Checking sketches")
    terminal.keys("C-c")
    deadline = time.monotonic() + GUARD
    screen = terminal.screen()
    while "EXIT=" not in screen and time.monotonic() < deadline:
        time.sleep(0.3)
        screen = terminal.screen()
    lines = [line for line in screen.splitlines() if line.strip()]
    assert "EXIT=130" in lines, screen
    assert not any("Checking sketches" in line for line in lines), screen
    assert lines[lines.index("EXIT=130") - 1] == "skisse: interrupted", screen
