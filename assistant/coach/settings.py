"""Coach settings: `config.toml` in the user's config dir, then env vars; keys from env or keyring.

API keys never come from a sketch file and are never written to the config file.
"""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from ..core.data.paths import user_config_dir

CONFIG_NAME = "config.toml"
KEYRING_SERVICE = "skisse"

# Env vars a provider's LangChain integration reads its key from.
PROVIDER_KEY_ENV = {
    "openai": "OPENAI_API_KEY",
    "azure_openai": "AZURE_OPENAI_API_KEY",
    "anthropic": "ANTHROPIC_API_KEY",
    "mistralai": "MISTRAL_API_KEY",
    "google_genai": "GOOGLE_API_KEY",
    "groq": "GROQ_API_KEY",
}
# Provider prefix -> (python module, pip package) for a clear message when it is missing.
PROVIDER_PACKAGES = {
    "openai": ("langchain_openai", "langchain-openai"),
    "azure_openai": ("langchain_openai", "langchain-openai"),
    "anthropic": ("langchain_anthropic", "skisse[anthropic]"),
    "ollama": ("langchain_ollama", "skisse[ollama]"),
    "mistralai": ("langchain_mistralai", "skisse[mistral]"),
    "google_genai": ("langchain_google_genai", "langchain-google-genai"),
    "groq": ("langchain_groq", "langchain-groq"),
    "google_vertexai": ("langchain_google_vertexai", "langchain-google-vertexai"),
    "bedrock_converse": ("langchain_aws", "langchain-aws"),
    "cohere": ("langchain_cohere", "langchain-cohere"),
    "deepseek": ("langchain_deepseek", "langchain-deepseek"),
    "huggingface": ("langchain_huggingface", "langchain-huggingface"),
    "together": ("langchain_together", "langchain-together"),
    "fireworks": ("langchain_fireworks", "langchain-fireworks"),
    "xai": ("langchain_xai", "langchain-xai"),
}
LOCAL_PROVIDERS = {"ollama"}
# Providers whose own client takes the base URL (the server's address) instead of an
# OpenAI-compatible client being used for it.
OWN_BASE_URL = {"ollama"}


class ConfigError(ValueError):
    """The config file is unreadable or wrong; the message names the file and the key."""


class ModelProfile(BaseModel):
    """A named model in `[models.NAME]`: `skisse ask --model NAME` picks it."""

    model: str | None = None
    base_url: str | None = None
    api_key_env: str | None = None
    context_tokens: int | None = None
    local_model: bool | None = None  # `local = true` in the profile's table


class CoachSettings(BaseModel):
    """Which model to use and how; no model means the offline coach."""

    model: str | None = None  # init_chat_model name, e.g. "openai:gpt-4o-mini", or a profile name
    base_url: str | None = None  # any OpenAI-compatible server; with ollama:…, the Ollama server
    api_key_env: str | None = None  # env var holding the key (default: the provider's own)
    azure_endpoint: str | None = None  # azure_openai: https://<resource>.openai.azure.com (else AZURE_OPENAI_ENDPOINT)
    api_version: str | None = None  # azure_openai: e.g. 2024-10-21 (else OPENAI_API_VERSION)
    timeout_s: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=2, ge=0)  # retries of 429/5xx with backoff
    backoff_s: float = Field(default=1.0, ge=0)
    temperature: float | None = 0.2
    context_tokens: int | None = None  # the model's context window; a table default when None
    max_output_tokens: int = 2000
    redact_personal_data: bool = True  # before a request leaves the machine
    # A model is local only when the config says so (`local = true`): a loopback address may be
    # a proxy that forwards to a cloud model (e.g. LiteLLM on localhost), so it proves nothing.
    local_model: bool = False
    # `local_only = true`: refuse every model not marked local (organisations that allow no cloud).
    local_only: bool = False
    prices_file: str | None = None  # an editable price table; the shipped one when None
    rubric: str | None = None
    structured_method: str | None = None  # with_structured_output method: json_schema, function_calling, json_mode
    profiles: dict[str, ModelProfile] = Field(default_factory=dict)
    config_path: str | None = None
    warnings: list[str] = Field(default_factory=list)

    @property
    def provider(self) -> str:
        """The provider prefix ("openai", "ollama", ...), "openai-compatible" for a base URL
        (except for Ollama, whose own client is pointed at the base URL: its server's address)."""
        if not self.has_model:
            return "offline"  # a base URL or endpoint alone selects nothing: nothing is sent
        prefix = self.model.split(":", 1)[0] if self.model and ":" in self.model else None
        if self.base_url and prefix not in OWN_BASE_URL:
            return "openai-compatible"
        if prefix:
            return prefix
        return "openai"

    @property
    def has_model(self) -> bool:
        """True when a model is named (`model`, with a name after any provider prefix). Without
        one the offline coach answers, whatever else is set: a `base_url` left in the config
        after `model` was commented out must not send the sketch to that server."""
        return bool(self.model_name.strip())

    @property
    def unused_settings(self) -> list[str]:
        """The provider settings that are set but unused because no model is named."""
        if self.has_model:
            return []
        return [key for key in ("base_url", "azure_endpoint", "api_version", "api_key_env") if getattr(self, key)]

    @property
    def client_provider(self) -> str:
        """The provider whose LangChain package talks to the model ("openai" for an
        OpenAI-compatible server)."""
        provider = self.provider
        return "openai" if provider == "openai-compatible" else provider

    @property
    def model_name(self) -> str:
        """The model name without the provider prefix."""
        if not self.model:
            return ""
        if ":" in self.model and self.model.split(":", 1)[0] in PROVIDER_PACKAGES:
            return self.model.split(":", 1)[1]
        return self.model

    @property
    def label(self) -> str:
        """How the UI names this model."""
        if not self.has_model:
            return "offline"
        if self.base_url:
            return f"{self.model_name} @ {self.base_url}"
        return self.model or "offline"

    @property
    def is_local(self) -> bool:
        """True when the config marks the model local (`local = true`); nothing else counts."""
        return self.local_model

    def with_model(self, model: str | None = None, base_url: str | None = None) -> CoachSettings:
        """These settings with a model (a name or a profile) and/or base URL from the command line."""
        update: dict = {}
        if model:
            profile = self.profiles.get(model)
            if profile:
                update.update({k: v for k, v in profile.model_dump().items() if v is not None})
                update["model"] = profile.model  # a profile without a model names none: offline
                update.setdefault("base_url", None)
                update["local_model"] = bool(profile.local_model)
            else:
                update["model"] = model
                update["base_url"] = None
                update["local_model"] = False  # another model than the one the config marked
        if base_url:
            update["base_url"] = base_url
            update["local_model"] = bool(update.get("local_model", False))
        return self.model_copy(update=update)


def config_path() -> Path:
    return user_config_dir() / CONFIG_NAME


def _world_readable(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & (stat.S_IROTH | stat.S_IWOTH))
    except OSError:
        return False


def _local_alias(profile: dict) -> dict:
    if "local" in profile:
        profile["local_model"] = profile.pop("local")
    return profile


def load_settings(path: Path | None = None, env: dict[str, str] | None = None) -> CoachSettings:
    """Settings from the config file (if any), overridden by SKISSE_MODEL / SKISSE_BASE_URL etc."""
    env = os.environ if env is None else env
    path = path or config_path()
    data: dict = {}
    warnings: list[str] = []
    if path.is_file():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        data = dict(raw.get("coach", {}))
        if "local" in data:  # the documented spelling
            data["local_model"] = data.pop("local")
        if "models" in raw:
            data["profiles"] = {name: _local_alias(dict(p)) if isinstance(p, dict) else p for name, p in raw["models"].items()}
        for key in ("api_key", "key", "openai_api_key"):
            if key in data:
                data.pop(key)
                warnings.append(f"{path}: coach.{key}: API keys are not read from the config file; use an env var or the keyring")
        if _world_readable(path):
            warnings.append(f"{path}: readable by other users; run: chmod 600 {path}")
    for var, key in (("SKISSE_MODEL", "model"), ("SKISSE_BASE_URL", "base_url"), ("SKISSE_API_KEY_ENV", "api_key_env"), ("SKISSE_COACH_TIMEOUT", "timeout_s")):
        if env.get(var):
            data[key] = env[var]
    try:
        settings = CoachSettings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: coach.{key}: {first['msg']}") from exc
    if settings.model and settings.model in settings.profiles:
        settings = settings.with_model(settings.model)
    return settings.model_copy(update={"config_path": str(path), "warnings": warnings})


def write_default_config(path: Path | None = None) -> Path:
    """Create the config file with mode 0600 (only the user may read it); keep an existing one."""
    path = path or config_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    from ..core.files.storage import atomic_write_text

    atomic_write_text(path, DEFAULT_CONFIG, mode=0o600)
    os.chmod(path, 0o600)
    return path


def api_key(settings: CoachSettings, env: dict[str, str] | None = None) -> str | None:
    """The API key for the settings' provider: named env var, SKISSE_API_KEY, provider env var, keyring."""
    env = os.environ if env is None else env
    for var in (settings.api_key_env, "SKISSE_API_KEY", PROVIDER_KEY_ENV.get(settings.provider)):
        if var and env.get(var):
            return env[var]
    return keyring_key(settings)


def keyring_key(settings: CoachSettings) -> str | None:
    """The key stored with `keyring set skisse <provider or base URL>`, if a keyring is available."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    user = settings.base_url or settings.provider
    try:
        return keyring.get_password(KEYRING_SERVICE, user)
    except (KeyringError, RuntimeError, OSError):
        return None


DEFAULT_CONFIG = """\
# Skisse settings. API keys do not belong here: set them in an env var
# (OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, SKISSE_API_KEY)
# or in the OS keyring: keyring set skisse openai

[coach]
# No model: the offline coach. Examples:
# model = "openai:gpt-4o-mini"
# model = "azure_openai:gpt-4o"   # with azure_endpoint and api_version below
# azure_endpoint = "https://my-resource.openai.azure.com"
# api_version = "2024-10-21"
# model = "ollama:llama3.1"
# base_url = "http://gpu-box:11434"   # with ollama: the Ollama server (else OLLAMA_HOST or localhost)
# model = "local"            # a profile below
timeout_s = 60
max_retries = 2
redact_personal_data = true
# local = true                # only for a model that runs on your own machine or network
# local_only = true           # refuse every model that is not marked local

# [models.local]
# model = "norallm/normistral-7b-warm-instruct"
# base_url = "http://localhost:8000/v1"
"""
