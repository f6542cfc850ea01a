"""Coach settings: config file, env vars, profiles, keys from env or keyring only, file mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from assistant.coach.settings import ConfigError, CoachSettings, api_key, config_path, load_settings, write_default_config


def write_config(text: str) -> Path:
    """The user's config file with `text` in it, private (0600)."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def test_no_config_means_offline() -> None:
    settings = load_settings()
    assert settings.model is None and settings.provider == "offline"


def test_config_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    write_config('[coach]\nmodel = "openai:gpt-4o-mini"\ntimeout_s = 30\n')
    settings = load_settings()
    assert (settings.model, settings.provider, settings.model_name, settings.timeout_s) == ("openai:gpt-4o-mini", "openai", "gpt-4o-mini", 30)
    monkeypatch.setenv("SKISSE_MODEL", "azure_openai:gpt-4o")
    assert load_settings().provider == "azure_openai"


def test_profiles_and_base_url() -> None:
    write_config('[coach]\nmodel = "local"\n\n[models.local]\nmodel = "normistral"\nbase_url = "http://localhost:8000/v1"\nlocal = true\n')
    settings = load_settings()
    assert settings.base_url == "http://localhost:8000/v1" and settings.model == "normistral"
    assert settings.provider == "openai-compatible" and settings.is_local
    cloud = settings.with_model("anthropic:claude-3-5-haiku-latest")
    assert cloud.base_url is None and cloud.provider == "anthropic" and not cloud.is_local
    assert settings.with_model(None, "https://llm.example.no/v1").is_local is False


def test_api_key_in_config_file_is_ignored_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    monkeypatch.setattr(keyring, "get_password", lambda service, user: None)
    write_config('[coach]\nmodel = "openai:gpt-4o-mini"\napi_key = "sk-secret"\n')
    settings = load_settings()
    assert "sk-secret" not in settings.model_dump_json()
    assert any("api_key" in w for w in settings.warnings)
    assert api_key(settings, env={}) is None


def test_world_readable_config_warns() -> None:
    path = write_config('[coach]\n')
    os.chmod(path, 0o644)
    assert any("chmod 600" in w for w in load_settings().warnings)
    os.chmod(path, 0o600)
    assert not load_settings().warnings


def test_broken_config_names_file_and_key() -> None:
    write_config('[coach]\ntimeout_s = "soon"\n')
    with pytest.raises(ConfigError, match=r"config\.toml: coach\.timeout_s"):
        load_settings()
    write_config('[coach\n')
    with pytest.raises(ConfigError, match="config.toml"):
        load_settings()


def test_default_config_is_private() -> None:
    path = write_default_config()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_settings().model is None  # the template configures nothing
    assert write_default_config() == path  # an existing file is kept


def test_key_order_env_then_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    settings = CoachSettings(model="openai:gpt-4o-mini")
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(keyring, "get_password", lambda service, user: calls.append((service, user)) or "from-keyring")
    assert api_key(settings, env={"OPENAI_API_KEY": "from-env"}) == "from-env"
    assert api_key(settings, env={"SKISSE_API_KEY": "skisse-env"}) == "skisse-env"
    assert api_key(settings.model_copy(update={"api_key_env": "MY_KEY"}), env={"MY_KEY": "mine"}) == "mine"
    assert api_key(settings, env={}) == "from-keyring"
    assert calls == [("skisse", "openai")]


def test_only_the_config_makes_a_model_local() -> None:
    """A loopback address may be a proxy to a cloud model: only `local = true` counts."""
    write_config('[coach]\nmodel = "normistral"\nbase_url = "http://127.0.0.1:8000/v1"\n')
    assert load_settings().is_local is False
    write_config('[coach]\nmodel = "normistral"\nbase_url = "http://127.0.0.1:8000/v1"\nlocal = true\n')
    marked = load_settings()
    assert marked.is_local is True
    assert marked.with_model("openai:gpt-4o-mini").is_local is False  # another model than the one marked


async def test_local_only_refuses_a_model_not_marked_local() -> None:
    from assistant.coach.base import CoachError, CoachRequest, make_coach

    write_config('[coach]\nmodel = "openai:gpt-4o-mini"\nlocal_only = true\n')
    coach = make_coach(load_settings(), lang="en")
    with pytest.raises(CoachError) as failure:
        async for _ in coach.astream(CoachRequest(kind="ask", sketch_text="# T\n", question="Hei?")):
            pass
    assert failure.value.code == "local-only" and "local_only" in failure.value.message_for_user
