"""Ship the call folders (`rubric/`) and the prompts (`prompts/`) inside the wheel.

The top-level `rubric/` and `prompts/` folders stay the one source of truth (people edit them
there, an editable install reads them there). A wheel has no top-level folders besides its
packages, so building one copies both into the package as `assistant/_data/rubric` and
`assistant/_data/prompts`, where `assistant/core/data/paths.py` looks first. The calls' test fixtures
stay behind: the installed tool does not need them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA_FOLDERS = ("rubric", "prompts")


class build_py_with_data(build_py):
    """build_py, then the data folders copied into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the folders where they are
        for name in DATA_FOLDERS:
            source = HERE / name
            target = Path(self.build_lib) / "assistant" / "_data" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("fixtures", "__pycache__", "*.pyc"))


setup(cmdclass={"build_py": build_py_with_data})
