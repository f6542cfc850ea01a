"""What the first screen loads: none of the heavy libraries and none of the other screens.

Start-up speed itself is measured in `benchmarks/bench_tui.py` (a ratio against a bare Textual
app, as medians); this test guards what start-up imports, which a change can silently widen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = r"""
import json, sys
import assistant.cli.main, assistant.cli.cmd_tui  # what plain `skisse` loads before the window
from assistant.tui.app import make_app

async def shown(pilot):
    await pilot.pause()
    print(json.dumps({"screen": type(pilot.app.screen).__name__, "modules": sorted(sys.modules)}))
    pilot.app.exit()

make_app().run(headless=True, size=(80, 24), auto_pilot=shown)
"""

HEAVY = ("langchain", "langchain_core", "langchain_openai", "openai", "anthropic", "tiktoken", "typst", "docx", "lxml", "markdown_it", "stdnum", "phonenumbers", "hashlib")
LATER = ("interview", "editor", "budget", "partners", "export", "coach", "new_sketch", "open_file", "help")


def test_the_start_screen_loads_no_heavy_library_and_no_other_screen(tmp_path) -> None:
    env = dict(os.environ, SKISSE_HOME=str(tmp_path), SKISSE_LANG="nb")
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["screen"] == "StartScreen"
    modules = set(result["modules"])
    assert not {m for m in modules if m.split(".")[0] in HEAVY}
    assert not {f"assistant.tui.screens.{name}" for name in LATER} & modules
    assert not {m for m in modules if m.startswith(("assistant.core.rendering", "assistant.core.judging", "assistant.core.sketch.document", "assistant.coach", "assistant.advisor"))}
