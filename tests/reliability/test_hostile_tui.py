"""Hostile files opened in the interactive window: a clear notice or a working editor, never a crash.

Each case runs the real app under Textual's Pilot in a subprocess (the timeout guards against a
hang), waits until the sketch is open with its live panel or refused with an error notice,
quits with Ctrl+Q, and checks that the file and its folder are exactly as they were.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from .test_hostile_cli import INPUTS, _make_input, _snapshot

pytestmark = pytest.mark.slow

DRIVER = textwrap.dedent(
    """
    import asyncio, json, sys
    from pathlib import Path
    from assistant.tui.app import make_app

    async def main(path):
        app = make_app(Path(path))
        notes = []
        shown = app.notify

        def notify(message, *args, **kwargs):
            notes.append([str(message), kwargs.get("severity", "information")])
            return shown(message, *args, **kwargs)

        app.notify = notify
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(2400):
                await pilot.pause(0.05)
                if app.draft is None and any(s == "error" for _, s in notes):
                    break
                if app.draft is not None and app.live is not None:
                    break
            state = {
                "open": app.draft is not None,
                "live": app.live is not None,
                "notes": notes,
                "screen": type(app.screen).__name__,
            }
            await pilot.press("ctrl+q")
            await pilot.pause(0.2)
        print("RESULT " + json.dumps(state, ensure_ascii=False), flush=True)

    asyncio.run(main(sys.argv[1]))
    """
)
REFUSED = {"binary": "this is a PDF", "20mb": "too large", "folder": "folder", "missing": "no such file"}


CASES = list(INPUTS)


@pytest.mark.parametrize("case", CASES)
def test_hostile_file_in_the_tui(tmp_path, skisse_home, monkeypatch, case):
    monkeypatch.chdir(tmp_path)
    path = _make_input(tmp_path, case)
    before = _snapshot(path.parent)
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, (result.returncode, result.stderr[-2000:])
    state = json.loads(lines[-1][len("RESULT ") :])
    if case in REFUSED:
        assert not state["open"]
        errors = [text for text, severity in state["notes"] if severity == "error"]
        assert errors and REFUSED[case] in errors[0] and "\n" not in errors[0]
    else:
        assert state["open"] and state["live"], state
    # Opening and quitting without an edit changes nothing on disk.
    assert _snapshot(path.parent) == before
