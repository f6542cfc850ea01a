"""The whole program in a terminal: type, `kill -9`, start again, and the text is there.

Runs `skisse PATH` inside a private tmux server (its own socket), types with `send-keys`, reads
the screen with `capture-pane`, and kills the process with SIGKILL. Waits are polls with a
generous guard, never speed assertions.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from assistant.core.files.autosave import pending_recoveries

pytestmark = [pytest.mark.slow, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]

GUARD = 90.0
SKETCH = """\
---
title: Trygg hjemme
applicant: Vestby kommune
language: nb
---

# Trygg hjemme

## Sammendrag

Eldre i Vestby vil bo hjemme lenger, og kommunen vil finne nye måter å hjelpe dem på.

## Problem og behov

Hjemmetjenesten bruker mye tid på kjøring mellom brukerne.
"""


class Terminal:
    """One tmux server of our own, running one command in a 120x40 pane."""

    def __init__(self, env: dict[str, str]) -> None:
        self.socket = f"skisse-rel-{uuid.uuid4().hex[:10]}"
        self.env = env

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, env=self.env, timeout=30).stdout

    def start(self, argv: list[str]) -> None:
        command = " ".join(_quote(a) for a in argv)
        subprocess.run(
            ["tmux", "-L", self.socket, "new-session", "-d", "-x", "120", "-y", "40", command],
            check=True,
            env=self.env,
            timeout=30,
        )

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p")

    def pid(self) -> int:
        return int(self.tmux("display", "-p", "#{pane_pid}").strip())

    def wait_for(self, text: str) -> str:
        deadline = time.monotonic() + GUARD
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.3)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-l", text)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, env=self.env, timeout=30)


def _quote(arg: str) -> str:
    return "'" + arg.replace("'", "'\\''") + "'"


def _wait_until(predicate, what: str) -> None:
    deadline = time.monotonic() + GUARD
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie until tmux reaps it counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def _kill_9(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    _wait_until(lambda: not _alive(pid), "the killed process to go")


@pytest.fixture
def terminal(skisse_home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
    env.update(SKISSE_HOME=str(skisse_home), SKISSE_LANG="en", TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    term = Terminal(env)
    yield term
    term.close()


def _start(terminal: Terminal, path: Path) -> None:
    """`skisse PATH` in the terminal, as the user starts it."""
    code = "import sys; from assistant.cli.main import main; sys.exit(main())"
    terminal.start([sys.executable, "-c", code, str(path)])


def _open(terminal: Terminal, path: Path) -> None:
    _start(terminal, path)
    terminal.wait_for("Hjemmetjenesten bruker")  # the editor shows the sketch
    terminal.wait_for(" words")  # and the live panel has been computed: the app is idle


def _to_end_and_type(terminal: Terminal, text: str) -> None:
    for _ in range(30):
        terminal.keys("Down")
    terminal.keys("End", "Enter", "Enter")
    terminal.type(text)


def _typed(tmp_path: Path, terminal: Terminal, sentence: str) -> Path:
    """SKETCH as skisse.md, opened in the terminal, with `sentence` typed at its end and shown."""
    sketch = tmp_path / "skisse.md"
    sketch.write_text(SKETCH, encoding="utf-8")
    _open(terminal, sketch)
    _to_end_and_type(terminal, sentence)
    terminal.wait_for(sentence)
    return sketch


def _same_apart_from(text: str, sentence: str) -> bool:
    """The original sketch's lines, in order, with only `sentence` (and blank lines) added."""
    kept = [line for line in text.replace(sentence, "\n").splitlines() if line.strip()]
    return sentence in text and kept == [line for line in SKETCH.splitlines() if line.strip()]


def test_kill_9_after_autosave_then_restart_shows_the_text(tmp_path, terminal):
    sentence = "Nattevakten ringer hver time."
    sketch = _typed(tmp_path, terminal, sentence)
    # The promise: saved at most two seconds after the last key; the guard only bounds the wait.
    _wait_until(lambda: sentence in sketch.read_text(encoding="utf-8"), "autosave")
    _kill_9(terminal.pid())
    assert _same_apart_from(sketch.read_text(encoding="utf-8"), sentence)
    assert sketch.with_name("skisse.md~").read_text(encoding="utf-8") == SKETCH
    terminal.close()

    again = Terminal(terminal.env)
    try:
        _open(again, sketch)
        again.wait_for(sentence)  # the short sketch fits on the screen
    finally:
        again.close()


def test_kill_9_right_after_typing_is_offered_on_restart(tmp_path, terminal):
    sentence = "Dette ble skrevet rett før krasjet."
    sketch = _typed(tmp_path, terminal, sentence)
    _kill_9(terminal.pid())
    recovered = [r.text for r in pending_recoveries() if r.path == sketch.absolute()]
    assert sentence in sketch.read_text(encoding="utf-8") or any(_same_apart_from(r, sentence) for r in recovered)
    terminal.close()

    again = Terminal(terminal.env)
    try:
        _start(again, sketch)
        if sentence not in sketch.read_text(encoding="utf-8"):
            again.wait_for("Recover")  # the offer of the journalled text
            again.keys("y")
        again.wait_for(sentence)
        _wait_until(lambda: _same_apart_from(sketch.read_text(encoding="utf-8"), sentence), "the recovered text to be saved")
    finally:
        again.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_right_after_typing_save_the_text(tmp_path, terminal, signum):
    sentence = "Skrevet rett før terminalen ble lukket."
    sketch = _typed(tmp_path, terminal, sentence)
    pid = terminal.pid()
    os.kill(pid, signum)
    _wait_until(lambda: not _alive(pid), "the program to end on the signal")
    assert _same_apart_from(sketch.read_text(encoding="utf-8"), sentence)
