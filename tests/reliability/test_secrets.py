"""Secrets and personal data: a planted API key appears in no file Skisse writes.

Every command that exists runs as a real process with the key in its environment, against a
chat server on 127.0.0.1 that records what it receives. Then every file under SKISSE_HOME,
the sketch's folder and the export folder is searched for the key.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.core.files.autosave import AutoSaver
from assistant.core.files.logs import crash_report, setup_logging, teardown_logging

from .test_hostile_cli import _available

KEY = "sk-proj-" + "Q7x" * 16
OTHER_KEY = "sk-ant-api03-" + "w2e" * 14
FNR = "15108695088"  # a valid fødselsnummer (stdnum's own example)
PERSONAL_MAIL = "kari.nordmann@gmail.com"
SERVER_PATH = Path(__file__).parents[1] / "coach" / "openai_server.py"


@pytest.fixture
def chat_server(monkeypatch):
    if not SERVER_PATH.exists():
        pytest.skip("the test chat server is not part of this build")
    monkeypatch.syspath_prepend(str(SERVER_PATH.parent))  # the server's shared base sits beside it
    spec = importlib.util.spec_from_file_location("reliability_openai_server", SERVER_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    auth: list[str] = []
    original = module._Handler.do_POST

    def recording(self):  # type: ignore[no-untyped-def]
        auth.append(self.headers.get("Authorization", ""))
        return original(self)

    module._Handler.do_POST = recording
    server = module.start()
    server.auth = auth
    server.reply = "Behovet er godt beskrevet."
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SKISSE_HOME=str(home),
        HOME=str(home / "home"),
        SKISSE_LANG="en",
        SKISSE_API_KEY=KEY,
        OPENAI_API_KEY=KEY,
        ANTHROPIC_API_KEY=OTHER_KEY,
        NO_COLOR="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from assistant.cli.main import main; sys.exit(main())"
    return subprocess.run([sys.executable, "-c", code, "--lang", "en", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=240, stdin=subprocess.DEVNULL)


def _all_files(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_planted_key_is_in_no_file_skisse_wrote(tmp_path, skisse_home, chat_server, monkeypatch):
    work, out = tmp_path / "work", tmp_path / "out"
    work.mkdir()
    out.mkdir()
    (skisse_home / "home").mkdir()
    env = _env(skisse_home)
    sketch = work / "skisse.md"
    url = chat_server.base_url
    outputs: list[subprocess.CompletedProcess[str]] = []

    if _available("new"):
        outputs.append(_run(["new", "--title", "Trygg hjemme", "--applicant", "Vestby kommune", str(sketch)], env, work))
    if not sketch.exists():
        sketch.write_text("# Trygg hjemme\n\n## Sammendrag\n\nEldre vil bo hjemme.\n", encoding="utf-8")
    with sketch.open("a", encoding="utf-8") as handle:
        handle.write(f"\n## Problem og behov\n\nBrukeren (fnr {FNR}, {PERSONAL_MAIL}) venter i 14 uker.\n")

    plan = [
        ("check", ["check", str(sketch)]),
        ("check", ["check", "--json", str(sketch)]),
        ("export", ["export", "--force", "--pdf", "--md", "-o", str(out), str(sketch)]),
        ("assess", ["assess", "--json", "--base-url", url, "--model", "test-model", str(sketch)]),
        ("ask", ["ask", "--base-url", url, "--model", "test-model", str(sketch), "Hva mangler?"]),
        ("models", ["models", "--base-url", url, "--model", "test-model", "--test"]),
        ("coach", ["coach", "--comment", "Tallene trenger kilde", str(sketch)]),
        ("history", ["history", str(sketch)]),
        ("report", ["report", "-o", str(out / "report.md"), str(sketch)]),
        ("report", ["report", "-o", str(out / "report.pdf"), str(sketch)]),
    ]
    for name, args in plan:
        if _available(name):
            outputs.append(_run(args, env, work))
    # A request the server refuses: the error path writes nothing with the key either.
    if _available("ask"):
        chat_server.script = ["401", "401", "401", "401"]
        outputs.append(_run(["ask", "--base-url", url, "--model", "test-model", str(sketch), "Igjen?"], env, work))

    # The in-process pieces: log, crash report, autosave journal.
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    setup_logging(logging.DEBUG)
    try:
        logging.getLogger("assistant.coach").warning("calling %s with key %s", url, KEY)
        try:
            raise RuntimeError(f"401 for key {KEY}")
        except RuntimeError as exc:
            logging.getLogger("assistant.coach").exception("request failed")
            crash_report(exc, context=f"OPENAI_API_KEY={KEY}")
    finally:
        teardown_logging()
    saver = AutoSaver(sketch, delay=60)
    saver.touch(sketch.read_text(encoding="utf-8") + "\nEn ny setning.\n")

    for result in outputs:
        assert "Traceback" not in result.stderr, result.stderr[-1500:]
        assert KEY not in result.stdout + result.stderr and OTHER_KEY not in result.stdout + result.stderr

    files = _all_files(skisse_home, work, out)
    assert any(p.suffix == ".pdf" for p in files)  # the export really ran
    assert (skisse_home / "state" / "skisse.log").exists()
    assert any(p.parent.name == "recovery" for p in files)
    leaked = [str(p) for p in files if KEY.encode() in p.read_bytes() or OTHER_KEY.encode() in p.read_bytes()]
    assert leaked == []

    if chat_server.requests:
        # The key was really handed to the server, so it could have leaked into a file.
        assert any(KEY in a for a in chat_server.auth)


@pytest.mark.parametrize(
    "config",
    [
        pytest.param("[coach]\nlocal_model = false\n", id="marked-not-local"),
        pytest.param("", id="loopback-not-marked"),
    ],
)
@pytest.mark.parametrize("command", ["assess", "ask"])
def test_fodselsnummer_never_reaches_a_model_not_marked_local(tmp_path, skisse_home, chat_server, config, command):
    if not _available(command):
        pytest.skip(f"skisse {command} is not part of this build")
    if config:
        (skisse_home / "config").mkdir(exist_ok=True)
        (skisse_home / "config" / "config.toml").write_text(config, encoding="utf-8")
        (skisse_home / "config" / "config.toml").chmod(0o600)
    (skisse_home / "home").mkdir(exist_ok=True)
    sketch = tmp_path / "skisse.md"
    sketch.write_text(f"# Trygg hjemme\n\n## Problem og behov\n\nBrukeren (fnr {FNR}, {PERSONAL_MAIL}) venter i 14 uker.\n", encoding="utf-8")
    args = {"assess": ["assess", "--json"], "ask": ["ask"]}[command] + ["--base-url", chat_server.base_url, "--model", "test-model", str(sketch)]
    if command == "ask":
        args.append(f"Er {FNR} riktig?")
    result = _run(args, _env(skisse_home), tmp_path)
    assert "Traceback" not in result.stderr
    assert chat_server.raw_bodies, result.stderr[-800:]
    for raw in chat_server.raw_bodies:
        text = json.dumps(json.loads(raw), ensure_ascii=False)
        assert FNR not in text and PERSONAL_MAIL not in text


def test_config_file_created_private(skisse_home):
    try:
        from assistant.coach.settings import load_settings, write_default_config
    except ImportError:
        pytest.skip("the coach settings are not part of this build")
    path = write_default_config()
    assert path.stat().st_mode & 0o777 == 0o600
    assert KEY not in path.read_text(encoding="utf-8")
    path.chmod(0o644)
    settings = load_settings()
    assert any("readable by other users" in w for w in settings.warnings)
