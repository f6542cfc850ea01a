"""Start-up imports no language-model code: LangChain and provider SDKs load on the first request."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("langchain", "langchain_core", "langchain_openai", "langchain_anthropic", "langchain_ollama", "openai", "anthropic", "tiktoken")

PROBE = r"""
import json, sys
from assistant.cli.main import build_parser
build_parser("nb")
try:
    import assistant.tui.app  # the TUI's module, when it is part of this build
except ModuleNotFoundError as exc:
    if not (exc.name or "").startswith("assistant.tui"):
        raise
from assistant.coach.base import make_coach
coach = make_coach()
assert not coach.offline, coach
before = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)
import asyncio
from assistant.coach.base import CoachRequest
async def first():
    try:
        async for _ in coach.astream(CoachRequest(kind="ask", sketch_text="# T\n\n## Behov\n\nTekst.\n", question="?")):
            pass
    except Exception as exc:
        return type(exc).__name__
print(json.dumps({"before": before, "first": asyncio.run(first()), "after": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)}))
""".replace("HEAVY", repr(HEAVY))


def test_no_langchain_or_provider_sdk_before_the_first_request(tmp_path) -> None:
    env = dict(os.environ, SKISSE_HOME=str(tmp_path), SKISSE_MODEL="openai:gpt-4o-mini", OPENAI_API_KEY="sk-test", SKISSE_BASE_URL="http://127.0.0.1:9/v1")
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == []
    assert result["first"] == "CoachError"  # nobody listens on port 9: a clear error, not a crash
    assert "langchain_openai" in result["after"]  # the first request did load the client


def test_importtime_shows_no_provider_sdk(tmp_path) -> None:
    env = dict(os.environ, SKISSE_HOME=str(tmp_path), SKISSE_MODEL="anthropic:claude-3-5-haiku-latest")
    code = "from assistant.coach.base import make_coach; make_coach(); import assistant.cli.main as m; m.build_parser('nb')"
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    imported = {line.split("|")[-1].strip() for line in out.stderr.splitlines() if line.startswith("import time:")}
    assert "assistant.coach.base" in imported
    assert not {m for m in imported if m.split(".")[0] in HEAVY}


TUI_PROBE = r"""
import asyncio, json, sys
from pathlib import Path
from assistant.tui.app import make_app

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        coach = app.coach  # the app builds its coach: still no LangChain
        await pilot.pause()
        return {"offline": getattr(coach, "offline", None), "heavy": sorted(m for m in sys.modules if m.split(".")[0] in HEAVY)}

print(json.dumps(asyncio.run(main())))
""".replace("HEAVY", repr(HEAVY))


def test_launching_the_tui_with_a_model_configured_imports_no_provider_sdk(tmp_path) -> None:
    pytest = __import__("pytest")
    pytest.importorskip("assistant.tui.app")
    from pathlib import Path

    sketch = Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md"
    env = dict(os.environ, SKISSE_HOME=str(tmp_path), SKISSE_MODEL="openai:gpt-4o-mini", OPENAI_API_KEY="sk-test")
    out = subprocess.run([sys.executable, "-c", TUI_PROBE, str(sketch)], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["offline"] is False  # the configured model, not the offline coach
    assert result["heavy"] == []
