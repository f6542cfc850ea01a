"""The wheel, installed as a user would install it, checks and exports from any folder.

Builds the wheel from this source tree, installs it (without its dependencies, which come from
the environment running the tests) into a fresh virtual environment, and runs `skisse check`
and `skisse export --pdf` there from a folder outside the source tree. An editable install
reads `rubric/` and `prompts/` from the source tree; this is the test that the wheel carries
them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "sketches" / "sterk-bokmal.md"

pytestmark = pytest.mark.slow


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; its bin folder."""
    where = tmp_path_factory.mktemp("wheel")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(where / "dist"), str(ROOT)])
    assert built.returncode == 0, built.stderr[-2000:]
    wheels = list((where / "dist").glob("skisse-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = where / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    # The dependencies come from the environment running the tests: its site-packages go on
    # the new venv's path after the venv's own (a .pth there adds no .pth of theirs, so this
    # source tree's editable install stays out).
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "_outer_env.pth").write_text("\n".join(sorted(outer)) + "\n", encoding="utf-8")
    pip = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--quiet", str(wheels[0])])
    if pip.returncode != 0 and "no such option: --python" in pip.stderr:
        pip = _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", "--target", str(purelib), str(wheels[0])])
    assert pip.returncode == 0, pip.stderr[-2000:]
    return bin_dir


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKISSE_") and k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["SKISSE_HOME"] = str(tmp_path / "home")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    return env


def test_the_installed_package_is_the_wheel(installed: Path, tmp_path: Path) -> None:
    where = _run([str(installed / "python"), "-c", "import assistant; print(assistant.__file__)"], cwd=tmp_path, env=_env(tmp_path))
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.parent), where.stdout
    assert not Path(where.stdout.strip()).is_relative_to(ROOT)


def test_wheel_checks_a_sketch_from_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    sketch = tmp_path / "trygg-hjemme.md"
    sketch.write_bytes(FIXTURE.read_bytes())
    result = _run([str(installed / "skisse"), "check", sketch.name, "--json"], cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode in (0, 1), result.stderr
    import json

    [report] = json.loads(result.stdout)
    ids = {c["id"] for c in report["criteria"]}
    assert {"eligibility", "page-limit", "data-backing", "budget-present"} <= ids
    assert report["pages"] and report["pages"] <= 5
    assert "Traceback" not in result.stderr


def test_wheel_exports_a_pdf_from_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    sketch = tmp_path / "trygg-hjemme.md"
    sketch.write_bytes(FIXTURE.read_bytes())
    result = _run([str(installed / "skisse"), "export", sketch.name, "--pdf", "-o", "ut.pdf"], cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "ut.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")


def test_wheel_knows_every_call_and_its_prompts(installed: Path, tmp_path: Path) -> None:
    listing = _run([str(installed / "skisse"), "rubric", "list"], cwd=tmp_path, env=_env(tmp_path))
    assert listing.returncode == 0, listing.stderr
    assert "innovasjonspartnerskap" in listing.stdout and "innovasjon-norge-ioa" in listing.stdout
    probe = "from assistant.coach.prompts import prompt_path; p = prompt_path('system', 'nn'); print(p.is_file(), p)"
    found = _run([str(installed / "python"), "-c", probe], cwd=tmp_path, env=_env(tmp_path))
    assert found.stdout.startswith("True"), found.stdout + found.stderr
