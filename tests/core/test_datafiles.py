"""Rubric files: errors name the file and the key; the TOML is read through a JSON copy that
an edit replaces and a read-only cache does without."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.core import datafiles
from assistant.core.datafiles import DataFileError, read_toml
from assistant.core.paths import rubric_dir, user_cache_dir
from assistant.core.rubric import RubricError, _load

RUBRIC = rubric_dir() / "innovasjonspartnerskap.toml"


def copy_rubric(tmp_path: Path, edit=lambda text: text) -> Path:
    path = tmp_path / "min-rubrikk.toml"
    path.write_text(edit(RUBRIC.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def test_a_rubric_reads_the_same_through_its_json_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy_rubric(tmp_path)
    first = _load(path)
    copies = list((user_cache_dir() / "data").glob("min-rubrikk-*.json"))
    assert len(copies) == 1
    monkeypatch.setitem(sys.modules, "tomllib", None)  # a second read must not parse TOML
    assert _load(path) == first


def test_an_edit_is_read_not_the_old_copy(tmp_path: Path) -> None:
    path = copy_rubric(tmp_path)
    assert read_toml(path)["id"] == "innovasjonspartnerskap"
    path.write_text(path.read_text(encoding="utf-8").replace('id = "innovasjonspartnerskap"', 'id = "endret-rubrikk"', 1), encoding="utf-8")
    assert read_toml(path)["id"] == "endret-rubrikk"
    assert len(list((user_cache_dir() / "data").glob("min-rubrikk-*.json"))) == 1  # the stale copy is gone


def test_a_cache_that_cannot_be_written_only_costs_a_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setattr(datafiles, "user_cache_dir", lambda: blocker)
    path = copy_rubric(tmp_path)
    assert read_toml(path) == read_toml(path)


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    path = copy_rubric(tmp_path, lambda text: text + "\n[[criteria]\n")
    with pytest.raises(DataFileError):
        read_toml(path)
    with pytest.raises(RubricError, match=r"min-rubrikk\.toml: "):
        _load(path)


def test_a_wrong_value_names_the_file_and_the_criterion(tmp_path: Path) -> None:
    path = copy_rubric(tmp_path, lambda text: text.replace("weight = ", 'weight = "tung" # ', 1))
    with pytest.raises(RubricError, match=r"min-rubrikk\.toml: criteria\[[a-z-]+\]\.weight: "):
        _load(path)


def test_a_duplicate_criterion_is_named(tmp_path: Path) -> None:
    path = copy_rubric(tmp_path, lambda text: text.replace('id = "page-limit"', 'id = "eligibility"', 1))
    with pytest.raises(RubricError, match="duplicate id eligibility"):
        _load(path)
