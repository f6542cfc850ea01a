"""Files Skisse writes get the user's umask (a colleague on a shared drive can open them), the
private ones stay private, and a folder's sketches are its sketches, not their copies."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.cli.cmd_export import default_targets
from assistant.cli.main import main
from assistant.core.judging.batch import expand_paths, is_sketch_copy
from assistant.core.files.locks import mine_copy_path
from assistant.core.files.storage import atomic_write_text, current_umask

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"


@pytest.fixture
def umask() -> Iterator[None]:
    """Runs the test under umask 027 (group may read, others nothing), then puts it back."""
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_the_umask_is_read_without_changing_it(umask: None) -> None:
    assert current_umask() == 0o027
    assert current_umask() == 0o027


def test_new_sketch_export_copies_pdf_and_report_follow_the_umask(umask: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sketch = tmp_path / "skisse.md"
    assert main(["new", str(sketch), "--applicant", "Bergen kommune", "--title", "Trygg hjemme"]) == 0
    assert _mode(sketch) == 0o640
    strong = tmp_path / "sterk.md"
    strong.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    assert main(["export", str(strong), "--pdf", "--md"]) == 0
    pdf, md = default_targets(strong)
    assert _mode(pdf) == 0o640 and _mode(md) == 0o640
    for name in ("rapport.md", "rapport.pdf"):
        assert main(["report", str(strong), "-o", str(tmp_path / name)]) == 0
        assert _mode(tmp_path / name) == 0o640


def test_a_replaced_file_keeps_its_mode_and_private_files_stay_private(umask: None, tmp_path: Path) -> None:
    shared = tmp_path / "delt.md"
    shared.write_text("før", encoding="utf-8")
    shared.chmod(0o664)
    atomic_write_text(shared, "etter")
    assert _mode(shared) == 0o664 and shared.read_text(encoding="utf-8") == "etter"
    private = tmp_path / "config.toml"
    atomic_write_text(private, "x", mode=0o600)
    assert _mode(private) == 0o600


def test_window_settings_and_recent_files_stay_private(umask: None, tmp_path: Path) -> None:
    from assistant.tui.settings import RecentFiles, TuiSettings

    settings = TuiSettings(lang="nn", path=tmp_path / "settings.json")
    settings.save()
    recent = RecentFiles(tmp_path / "recent.json")
    recent.add(tmp_path / "skisse.md", "Trygg hjemme")
    assert _mode(tmp_path / "settings.json") == 0o600 and _mode(tmp_path / "recent.json") == 0o600


def _folder_with_copies(tmp_path: Path) -> Path:
    folder = tmp_path / "skisser"
    folder.mkdir()
    a = folder / "a.md"
    a.write_bytes((SKETCHES / "sterk-bokmal.md").read_bytes())
    (folder / "b.md").write_bytes((SKETCHES / "en-kommune.md").read_bytes())
    copies = [
        default_targets(a)[1],  # a.export.md, as `skisse export --md` names it
        mine_copy_path(a, dt.datetime(2026, 3, 1, 12, 0, 0)),  # the window's copy after a conflict
        folder / "a.sync-conflict-20260301-120000-ABCDEFG.md",  # Syncthing
        folder / "a (Kari Nordmanns conflicted copy 2026-03-01).md",  # Dropbox
        folder / "a (konfliktkopi 2026-03-01).md",
    ]
    for copy in copies:
        copy.write_bytes(a.read_bytes())
        assert is_sketch_copy(copy), copy.name
    return folder


def test_check_of_a_folder_skips_export_and_conflict_copies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder_with_copies(tmp_path)
    assert [p.name for p in expand_paths([str(folder)])] == ["a.md", "b.md"]
    main(["check", "--json", "--no-pages", str(folder)])
    assert [Path(r["path"]).name for r in json.loads(capsys.readouterr().out)] == ["a.md", "b.md"]
    # A copy named on the command line is checked: the user asked for it.
    main(["check", "--json", "--no-pages", str(folder / "a.export.md")])
    assert [Path(r["path"]).name for r in json.loads(capsys.readouterr().out)] == ["a.export.md"]


def test_portfolio_of_a_folder_skips_export_and_conflict_copies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder_with_copies(tmp_path)
    main(["portfolio", "--json", "--no-pages", "--jobs", "1", str(folder)])
    data = json.loads(capsys.readouterr().out)
    assert sorted(Path(row["path"]).name for row in data["sketches"]) == ["a.md", "b.md"]


@pytest.mark.parametrize("name", ["eksport.md", "mine.md", "a.mine.md", "konflikt-i-budsjett.md", "sync.md", "a.export.md.bak"])
def test_sketches_with_names_like_copies_are_still_sketches(name: str) -> None:
    assert not is_sketch_copy(Path(name))
