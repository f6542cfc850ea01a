"""Many files at once: the pool gives the same reports as one file at a time, in input order."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from assistant.core.batch import BatchError, check_path, check_paths

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
NAMES = ["sterk-bokmal.md", "selskap-soker.md", "over-fem-sider.md", "sterk-nynorsk.md", "uten-budsjett.md"]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SKISSE_HOME", str(tmp_path / "home"))
    for name in NAMES:
        shutil.copy(SKETCHES / name, tmp_path / name)
    (tmp_path / "broken.md").write_bytes(b"\x00\xff" * 10)
    return tmp_path


def test_the_pool_reports_what_one_file_at_a_time_reports(folder: Path) -> None:
    paths = [folder / name for name in NAMES] + [folder / "broken.md"]
    pooled = check_paths(paths, jobs=2)
    assert isinstance(pooled[-1], BatchError) and "broken.md" in pooled[-1].message
    for path, report in zip(paths[:-1], pooled[:-1]):
        alone = check_path(path)  # the layout overlapping the checks, as for one file
        assert not isinstance(report, BatchError)
        assert report.model_dump() == alone.model_dump()
        assert report.pages is not None


def test_the_pool_leaves_the_collector_as_it_found_it(folder: Path) -> None:
    paths = [folder / name for name in NAMES]
    gc.unfreeze()  # whatever an earlier test in this process froze
    check_paths(paths, jobs=2, render=False)
    assert gc.get_freeze_count() == 0  # frozen for the workers only
    gc.freeze()  # a process that froze its own objects (the window does) keeps them frozen
    try:
        frozen = gc.get_freeze_count()
        check_paths(paths, jobs=2, render=False)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
