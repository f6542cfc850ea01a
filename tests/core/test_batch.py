"""Many files at once: the pool gives the same reports as one file at a time, in input order."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from assistant.core.judging.batch import BatchError, check_path, check_paths

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
    sentinel: list[object] = []
    gc.freeze()  # a process that froze its own objects (the window does) keeps them frozen
    try:
        check_paths(paths, jobs=2, render=False)
        # Unfrozen objects go back to the oldest generation; the caller's are still not there.
        # (The count itself may fall by a few: frozen leftovers of earlier runs can be freed.)
        assert gc.get_freeze_count() > 0
        assert not any(obj is sentinel for obj in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()
    assert any(obj is sentinel for obj in gc.get_objects(generation=2))  # how an unfrozen one looks


@pytest.mark.parametrize("how", ["exit", "sigkill"])
def test_a_worker_that_dies_costs_only_the_file_it_was_checking(folder: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    import multiprocessing
    import os
    import signal

    from assistant.core.judging import batch

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in below reaches the workers only when they are forked")
    paths = []
    for copy in range(4):  # 20 files, so that several chunks and both workers are busy
        for name in NAMES:
            target = folder / f"{copy}-{name}"
            shutil.copy(SKETCHES / name, target)
            paths.append(target)
    deadly = paths[7]
    real = batch._one

    def one(item, overlap=True):  # a crash in native code, or the kernel's out-of-memory killer
        if item[0] == str(deadly):
            os.kill(os.getpid(), signal.SIGKILL) if how == "sigkill" else os._exit(3)
        return real(item, overlap)

    monkeypatch.setattr(batch, "_one", one)
    seen: list[int] = []
    results = check_paths(paths, jobs=2, render=False, progress=lambda done, total: seen.append(done))
    errors = [r for r in results if isinstance(r, BatchError)]
    assert [e.path for e in errors] == [str(deadly)]
    assert "stopped unexpectedly" in errors[0].message
    assert [r.path for r in results] == [str(p) for p in paths]  # every file, in input order
    assert seen == list(range(1, len(paths) + 1))  # each file counted once
    monkeypatch.setattr(batch, "_one", real)
    again = check_paths(paths, jobs=2, render=False)
    for before, after in zip(results, again):
        if not isinstance(before, BatchError):
            assert before.model_dump() == after.model_dump()
