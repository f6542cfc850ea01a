"""`skisse assess`, `skisse ask`, `skisse models`: offline by default, never prompting, one-line failures."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from assistant.cli.main import main

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
TECH = str(SKETCHES / "teknologi-forst.md")


def test_assess_offline_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nb", "assess", TECH, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["offline"] is True and data["coach"] == "offline"
    by_id = {c["criterion"]: c for c in data["criteria"]}
    assert by_id["not-technology-first"]["score"] == 0
    assert by_id["not-technology-first"]["missing"]
    assert "need-described" in by_id


def test_assess_offline_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "assess", TECH]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Assessment by the offline coach")
    assert "not-technology-first – Does not start from technology: 0/5" in out
    assert "Next step:" in out


def test_ask_offline_streams_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nb", "ask", TECH, "Hvordan står det til med tallene?"]) == 0
    out = capsys.readouterr().out
    assert "den innebygde veilederen" in out and "Behovet er underbygd med tall og data" in out and "data-backing" not in out  # the title, not the id


def test_missing_file_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["assess", str(tmp_path / "nope.md")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("skisse: ") and "\n" not in err


def test_ask_against_the_test_server(server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nb", "ask", TECH, "Hva mangler?", "--model", "test-model", "--base-url", server.base_url]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == server.reply
    assert "tokens" in captured.err  # usage and estimated cost on stderr


def test_ask_cut_marks_partial_and_fails(server, capsys: pytest.CaptureFixture[str]) -> None:
    server.script = ["cut"]
    assert main(["--lang", "nb", "ask", TECH, "Hva mangler?", "--model", "m", "--base-url", server.base_url]) == 3
    captured = capsys.readouterr()
    assert captured.out.startswith("Behovet er ") and "(ufullstendig svar)" in captured.out
    assert captured.err.strip().count("\n") == 0 and "brutt" in captured.err


def test_assess_with_model_over_http_json(server, capsys: pytest.CaptureFixture[str]) -> None:
    server.structured = {"criteria": [{"criterion": "need-described", "score": 2, "evidence": ["ikke i teksten"], "missing": ["Tall"], "next_step": "Tell."}], "summary": "S."}
    assert main(["assess", TECH, "--model", "m", "--base-url", server.base_url, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["offline"] is False
    assert data["criteria"][0]["dropped_quotes"] == ["ikke i teksten"]


def test_no_server_exits_3_with_a_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "ask", TECH, "q", "--model", "m", "--base-url", "http://127.0.0.1:9/v1"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("skisse: Could not reach http://127.0.0.1:9/v1")


def test_cloud_model_without_key_never_prompts(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    monkeypatch.setattr(keyring, "get_password", lambda *a: None)
    monkeypatch.setattr("builtins.input", lambda *a: pytest.fail("prompted"))
    assert main(["--lang", "en", "assess", TECH, "--model", "openai:gpt-4o-mini"]) == 3
    assert "OPENAI_API_KEY" in capsys.readouterr().err


def test_models_lists_and_inits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "models"]) == 0
    out = capsys.readouterr().out
    assert "offline coach" in out and "does not exist" in out
    assert main(["--lang", "en", "models", "--init"]) == 0
    out = capsys.readouterr().out
    path = Path(os.environ["SKISSE_HOME"]) / "config" / "config.toml"
    assert f"Created {path}" in out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_models_test_connection(server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "models", "--base-url", server.base_url, "--model", "m", "--test"]) == 0
    out = capsys.readouterr().out
    assert "Package: langchain-openai installed" in out
    assert "The connection works" in out
    server.script = ["401"]
    assert main(["--lang", "en", "models", "--model", "m", "--base-url", server.base_url, "--test"]) == 3
    assert "401" in capsys.readouterr().err


def test_models_warns_about_world_readable_config(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(os.environ["SKISSE_HOME"]) / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("[coach]\n", encoding="utf-8")
    os.chmod(path, 0o644)
    assert main(["--lang", "en", "models"]) == 0
    assert "chmod 600" in capsys.readouterr().err
