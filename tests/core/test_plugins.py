"""pydantic's plugin loader (and `importlib.metadata` with it) stays out of start-up while
plugins are off, and is there the moment anything needs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json, os, sys
import assistant
from pydantic import BaseModel

class M(BaseModel):
    x: int

M(x=1)
out = {"metadata_loaded": "importlib.metadata" in sys.modules,
       "loader": type(sys.modules.get("pydantic.plugin._loader")).__name__}
import pydantic.plugin._loader as loader
out["plugins_off"] = list(loader.get_plugins())
out["group"] = loader.PYDANTIC_ENTRY_POINT_GROUP  # any other name: the real loader
out["after_other_name"] = type(sys.modules["pydantic.plugin._loader"]).__name__
os.environ["PYDANTIC_DISABLE_PLUGINS"] = ""
out["plugins_on"] = list(loader.get_plugins())
class N(M):
    y: int = 2
out["model_after"] = N(x=1).model_dump()
print(json.dumps(out))
"""


def probe(env_value: str | None) -> dict:
    env = dict(os.environ)
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    if env_value is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = env_value
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_building_models_does_not_load_package_metadata() -> None:
    out = probe(None)
    assert out["metadata_loaded"] is False
    assert out["loader"] == "_StandIn"
    assert out["plugins_off"] == []


def test_the_real_loader_answers_everything_else_and_plugins_turned_on() -> None:
    out = probe(None)
    assert out["group"] == "pydantic"
    assert out["after_other_name"] == "module"  # the real loader took its place
    assert out["plugins_on"] == []  # looked up in package metadata: none installed here
    assert out["model_after"] == {"x": 1, "y": 2}


def test_a_users_own_setting_wins() -> None:
    out = probe("")  # plugins on: pydantic's own loader from the start
    assert out["loader"] == "module"
    assert out["metadata_loaded"] is True
