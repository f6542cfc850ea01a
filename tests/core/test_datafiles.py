"""Rubric files: errors name the file and the key; the TOML is read through a JSON copy that
an edit replaces and a read-only cache does without."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assistant.core.data import datafiles
from assistant.core.data.datafiles import DataFileError, read_toml
from assistant.core.data.paths import rubric_dir, user_cache_dir
from assistant.core.sketch.rubric import RubricError, _load

RUBRIC = rubric_dir() / "innovasjonspartnerskap" / "rubric.toml"


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
    from assistant import datacopy

    monkeypatch.setattr(datacopy, "user_cache_dir", lambda: blocker)
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


# ---------------------------------------------------------------- validated copies


def _counting(calls: list[int]):
    def validate(data: dict) -> dict:
        calls.append(1)
        return {"id": data["id"], "criteria": len(data["criteria"])}

    return validate


def test_a_validated_copy_is_read_instead_of_validating_again(tmp_path: Path) -> None:
    path, code = copy_rubric(tmp_path), tmp_path / "models.py"
    code.write_text("# the models\n", encoding="utf-8")
    calls: list[int] = []
    first = datafiles.read_validated(path, _counting(calls), code=[code])
    again = datafiles.read_validated(path, _counting(calls), code=[code])
    assert first == again == {"id": "innovasjonspartnerskap", "criteria": first["criteria"]}
    assert len(calls) == 1


def test_an_edited_file_or_changed_models_are_validated_again(tmp_path: Path) -> None:
    path, code = copy_rubric(tmp_path), tmp_path / "models.py"
    code.write_text("# the models\n", encoding="utf-8")
    calls: list[int] = []
    datafiles.read_validated(path, _counting(calls), code=[code])
    path.write_text(path.read_text(encoding="utf-8").replace('id = "innovasjonspartnerskap"', 'id = "endret"', 1), encoding="utf-8")
    assert datafiles.read_validated(path, _counting(calls), code=[code])["id"] == "endret"
    code.write_text("# the models, with a new field\n", encoding="utf-8")
    datafiles.read_validated(path, _counting(calls), code=[code])
    assert len(calls) == 3
    assert len(list((user_cache_dir() / "data").glob("min-rubrikk-*-validated-*.pickle"))) == 1  # stale copies gone


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])  # nothing, garbage, the number 1
def test_a_damaged_or_foreign_copy_is_validated_again_and_replaced(tmp_path: Path, damage: bytes) -> None:
    path, code = copy_rubric(tmp_path), tmp_path / "models.py"
    code.write_text("# the models\n", encoding="utf-8")
    calls: list[int] = []
    datafiles.read_validated(path, _counting(calls), code=[code])
    (copy,) = (user_cache_dir() / "data").glob("min-rubrikk-*-validated-*.pickle")
    copy.write_bytes(damage)
    assert datafiles.read_validated(path, _counting(calls), code=[code])["id"] == "innovasjonspartnerskap"
    assert len(calls) == 2
    datafiles.read_validated(path, _counting(calls), code=[code])
    assert len(calls) == 2  # the copy was written again


def test_a_copy_made_before_the_models_moved_is_validated_again(tmp_path: Path) -> None:
    """The core's modules moved into sub-packages (`assistant.core.rubric` became
    `assistant.core.sketch.rubric`): a copy stamped with the models' old place is not read, and
    one that names a class no longer importable is validated again, never an error."""
    path = copy_rubric(tmp_path)
    old, new = tmp_path / "core" / "rubric.py", tmp_path / "core" / "sketch" / "rubric.py"
    for code in (old, new):
        code.parent.mkdir(parents=True, exist_ok=True)
        code.write_text("# the models\n", encoding="utf-8")
    calls: list[int] = []
    datafiles.read_validated(path, _counting(calls), code=[old])
    datafiles.read_validated(path, _counting(calls), code=[new])
    assert len(calls) == 2  # same bytes, another place: not the old copy
    (copy,) = (user_cache_dir() / "data").glob("min-rubrikk-*-validated-*.pickle")
    copy.write_bytes(b"cassistant.core.rubric\nRubric\n.")  # a pickle of the old module's class
    assert datafiles.read_validated(path, _counting(calls), code=[new])["id"] == "innovasjonspartnerskap"
    assert len(calls) == 3


def test_validation_errors_are_not_kept(tmp_path: Path) -> None:
    path = copy_rubric(tmp_path, lambda text: text.replace("weight = ", 'weight = "tung" # ', 1))
    for _ in range(2):
        with pytest.raises(RubricError, match=r"criteria\[[a-z-]+\]\.weight: "):
            _load(path)
    assert not list((user_cache_dir() / "data").glob("min-rubrikk-*-validated-*.pickle"))


def test_a_rubric_from_its_validated_copy_builds_no_schema(tmp_path: Path) -> None:
    """A second process reads the rubric, sections and messages through their validated copies:
    the same rubric, and none of their models' schemas is built (that is what the copy saves)."""
    import os
    import subprocess

    probe = (
        "import json\n"
        "from assistant.core.sketch.rubric import Rubric, load_rubric\n"
        "from assistant.core.sketch.sections import SectionsFile, section_specs\n"
        "from assistant.core.judging.engine import default_messages\n"
        "r = load_rubric(); specs = section_specs(); messages = default_messages()\n"
        "built = [m.__name__ for m in (Rubric, SectionsFile) if m.__pydantic_complete__]\n"
        "print(json.dumps({'built': built, 'rubric': r.model_dump(mode='json'), 'specs': len(specs), 'messages': len(messages)}))\n"
    )
    env = {**os.environ, "SKISSE_HOME": str(tmp_path / "home")}
    runs = [subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr + runs[1].stderr
    first, second = (__import__("json").loads(r.stdout) for r in runs)
    assert first["built"] == ["Rubric", "SectionsFile"]  # validated from the TOML (via its JSON copy)
    assert second["built"] == []
    assert second["rubric"] == first["rubric"] and second["specs"] == first["specs"] and second["messages"] == first["messages"]


def test_a_copy_others_could_have_written_is_never_loaded(tmp_path: Path) -> None:
    """A pickle runs code when loaded: a copy writable by others (or in a folder they can write
    to) is ignored, and a planted one never runs."""
    import os
    import pickle

    path, code = copy_rubric(tmp_path), tmp_path / "models.py"
    code.write_text("# the models\n", encoding="utf-8")
    calls: list[int] = []
    datafiles.read_validated(path, _counting(calls), code=[code])
    (copy,) = (user_cache_dir() / "data").glob("min-rubrikk-*-validated-*.pickle")
    assert copy.stat().st_mode & 0o777 == 0o600
    marker = tmp_path / "planted-code-ran"

    class Planted:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (open, (str(marker), "w"))

    copy.write_bytes(pickle.dumps(Planted()))
    os.chmod(copy, 0o666)
    datafiles.read_validated(path, _counting(calls), code=[code])
    assert not marker.exists() and len(calls) == 2  # ignored, validated again, written anew
    assert copy.stat().st_mode & 0o777 == 0o600
    os.chmod(copy.parent, 0o777)
    try:
        copy.write_bytes(pickle.dumps(Planted()))
        datafiles.read_validated(path, _counting(calls), code=[code])
        assert not marker.exists() and len(calls) == 3
    finally:
        os.chmod(copy.parent, 0o700)


def test_a_change_that_keeps_size_and_time_is_seen(tmp_path: Path) -> None:
    """Some installs give every file the same time: the copy follows the bytes, not the time."""
    import os

    path, code = copy_rubric(tmp_path), tmp_path / "models.py"
    code.write_text("default = 1\n", encoding="utf-8")
    calls: list[int] = []
    datafiles.read_validated(path, _counting(calls), code=[code])
    before = code.stat()
    code.write_text("default = 2\n", encoding="utf-8")
    os.utime(code, ns=(before.st_atime_ns, before.st_mtime_ns))
    datafiles.read_validated(path, _counting(calls), code=[code])
    assert len(calls) == 2
