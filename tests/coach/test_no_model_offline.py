"""No `model` means the offline coach, whatever else is set: a `base_url` (or an Azure endpoint,
an Ollama server, a key variable) left in the config after the model line was commented out
sends nothing anywhere, and `skisse models`, `ask` and `assess` say it is unused."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.coach.base import CoachError, make_coach
from assistant.coach.llm import build_chat_model
from assistant.coach.settings import load_settings

from .test_settings import write_config

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
TECH = str(SKETCHES / "teknologi-forst.md")


def test_ask_with_a_base_url_and_no_model_sends_nothing(server, capsys: pytest.CaptureFixture[str]) -> None:
    write_config(f'[coach]\n# model = "fake"\nbase_url = "{server.base_url}"\n')
    assert main(["--lang", "nb", "ask", TECH, "Hva er svakest?"]) == 0
    captured = capsys.readouterr()
    assert server.requests == []  # the sketch never reached the server
    assert "den innebygde veilederen" in captured.out
    assert "base_url er satt, men brukes ikke uten «model»; ingenting sendes noe sted." in captured.err
    assert main(["--lang", "en", "assess", TECH, "--json"]) == 0
    assert server.requests == []
    assert '"offline": true' in capsys.readouterr().out


def test_models_says_offline_and_names_the_unused_setting(server, capsys: pytest.CaptureFixture[str]) -> None:
    write_config(f'[coach]\nbase_url = "{server.base_url}"\n')
    assert main(["--lang", "en", "models", "--test"]) == 0
    out = capsys.readouterr().out
    assert "No model configured: the offline coach is used." in out
    assert "Note: base_url is set but unused without «model»; nothing is sent anywhere." in out
    assert "default" not in out and server.base_url + "\n" not in out
    assert "Nothing to test" in out and server.requests == []


def test_a_base_url_on_the_command_line_without_a_model_sends_nothing(server, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "ask", TECH, "q", "--base-url", server.base_url]) == 0
    assert server.requests == []
    assert "base_url is set but unused" in capsys.readouterr().err


@pytest.mark.parametrize(
    "config, unused",
    [
        ('base_url = "http://127.0.0.1:9/v1"', ["base_url"]),  # openai-compatible
        ('model = "ollama:"\nbase_url = "http://127.0.0.1:9"', ["base_url"]),  # ollama with no model name
        ('azure_endpoint = "https://x.openai.azure.com"\napi_version = "2024-10-21"', ["azure_endpoint", "api_version"]),
        ('model = "azure_openai:"\nazure_endpoint = "https://x.openai.azure.com"', ["azure_endpoint"]),
        ('model = "anthropic:"\napi_key_env = "MY_KEY"', ["api_key_env"]),
        ('model = "openai:"', []),
    ],
)
def test_every_provider_path_without_a_model_name_is_the_offline_coach(config: str, unused: list[str]) -> None:
    write_config(f"[coach]\n{config}\n")
    settings = load_settings()
    assert not settings.has_model and settings.provider == "offline" and settings.label == "offline"
    assert settings.unused_settings == unused
    coach = make_coach(settings, lang="nb")
    assert coach.offline and coach.unused_settings == unused
    with pytest.raises(CoachError) as caught:  # never a made-up model name sent anywhere
        build_chat_model(settings, "nb")
    assert caught.value.code == "config"


def test_env_base_url_and_a_profile_without_a_model_are_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKISSE_BASE_URL", "http://127.0.0.1:9/v1")
    assert make_coach(load_settings(), lang="en").offline
    monkeypatch.delenv("SKISSE_BASE_URL")
    write_config('[coach]\nmodel = "local"\n\n[models.local]\nbase_url = "http://127.0.0.1:9/v1"\n')
    settings = load_settings()
    assert settings.model is None and settings.unused_settings == ["base_url"]
    assert make_coach(settings, lang="en").offline


def test_a_named_model_still_goes_to_its_base_url(server, capsys: pytest.CaptureFixture[str]) -> None:
    write_config(f'[coach]\nmodel = "fake"\nbase_url = "{server.base_url}"\n')
    assert main(["--lang", "nb", "ask", TECH, "Hva mangler?"]) == 0
    assert capsys.readouterr().out.strip() == server.reply
    assert server.requests[0]["model"] == "fake"
