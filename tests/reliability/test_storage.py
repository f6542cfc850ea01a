"""Reading and writing sketch files under hostile conditions: the old file always survives."""

from __future__ import annotations

import errno
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from assistant.core.files import storage
from assistant.core.files.storage import SkisseFileError, atomic_write_text, decode_text, read_text_file

SKETCH = "# Skisse\n\n## Behov\n\nEldre bor lenger hjemme.\n"


def test_reads_utf8_exactly(tmp_path):
    p = tmp_path / "s.md"
    p.write_bytes(SKETCH.encode())
    loaded = read_text_file(p)
    assert loaded.text == SKETCH and loaded.encoding == "utf-8" and loaded.warnings == []


def test_cp1252_is_read_with_a_warning(tmp_path):
    p = tmp_path / "s.md"
    p.write_bytes("## Behov\n\nÆrlig talt: økonomi og å.\n".encode("cp1252"))
    loaded = read_text_file(p, lang="en")
    assert "Ærlig talt: økonomi og å." in loaded.text
    assert loaded.encoding == "cp1252"
    assert len(loaded.warnings) == 1 and "cp1252" in loaded.warnings[0]


def test_utf16_with_bom_is_read(tmp_path):
    p = tmp_path / "s.md"
    p.write_bytes(SKETCH.encode("utf-16"))
    loaded = read_text_file(p, lang="en")
    assert loaded.text == SKETCH and loaded.encoding == "utf-16" and "UTF-16" in loaded.warnings[0]


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n" + bytes(range(256)) * 4, b"\x7fELF\x02\x01\x01" + b"\x00" * 500, bytes(range(32)) * 100, b"\x00" * 1000],
)
def test_binary_is_refused(tmp_path, data):
    p = tmp_path / "s.md"
    p.write_bytes(data)
    with pytest.raises(SkisseFileError) as info:
        read_text_file(p, lang="en")
    assert ("a PDF" if data.startswith(b"%PDF") else "binary") in str(info.value) and "\n" not in str(info.value)
    assert p.read_bytes() == data


def test_a_few_nul_bytes_are_kept_and_said_once(tmp_path):
    """The NUL bytes stay in the text; the check says so once (the reading adds no second note)."""
    from assistant.core.judging.checkup import checkup

    p = tmp_path / "s.md"
    p.write_bytes(SKETCH.encode() + b"tekst\x00mer\n")
    loaded = read_text_file(p, lang="en")
    assert "\x00" in loaded.text and loaded.warnings == []
    report = checkup(loaded.text, pages=False).with_notes(loaded.warnings).report
    said = [n for n in report.notes if "NUL" in n]
    assert len(said) == 1, report.notes


def test_many_lines_and_one_long_line(tmp_path):
    many = tmp_path / "many.md"
    many.write_text("## Behov\n" + "Linje med tekst.\n" * 100_000, encoding="utf-8")
    assert read_text_file(many).text.count("\n") == 100_001
    long = tmp_path / "long.md"
    long.write_text("## Behov\n" + "ord " * 262_144 + "\n", encoding="utf-8")
    assert len(read_text_file(long).text) == 9 + 1_048_576 + 1


def test_too_large_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.md"
    with open(p, "wb") as handle:
        handle.truncate(storage.MAX_FILE_BYTES + 1)
    with pytest.raises(SkisseFileError, match="too large"):
        read_text_file(p, lang="en")


@pytest.mark.parametrize("case", ["folder", "missing", "missing-parent", "device"])
def test_not_a_file(tmp_path, case):
    path = {"folder": tmp_path, "missing": tmp_path / "nope.md", "missing-parent": tmp_path / "nope" / "s.md", "device": Path("/dev/zero")}[case]
    with pytest.raises(SkisseFileError) as info:
        read_text_file(path, lang="en")
    message = str(info.value)
    assert str(path) in message and "\n" not in message
    assert {"folder": "folder", "missing": "no such file", "missing-parent": "no such file", "device": "not a regular file"}[case] in message


def test_messages_follow_the_language(tmp_path):
    with pytest.raises(SkisseFileError, match="finnes ikke"):
        read_text_file(tmp_path / "nope.md", lang="nb")
    with pytest.raises(SkisseFileError, match="finst ikkje"):
        read_text_file(tmp_path / "nope.md", lang="nn")


def test_read_only_file_is_read_but_not_overwritten(tmp_path):
    p = tmp_path / "s.md"
    p.write_text(SKETCH, encoding="utf-8")
    p.chmod(0o444)
    assert read_text_file(p).text == SKETCH
    with pytest.raises(SkisseFileError, match="read-only"):
        atomic_write_text(p, "ny tekst", lang="en")
    assert p.read_text(encoding="utf-8") == SKETCH
    assert sorted(x.name for x in tmp_path.iterdir()) == ["s.md"]


def test_backup_keeps_the_previous_file_and_mode(tmp_path):
    p = tmp_path / "s.md"
    p.write_text("først\n", encoding="utf-8")
    p.chmod(0o640)
    atomic_write_text(p, "andre\n", backup=True)
    assert p.read_text(encoding="utf-8") == "andre\n"
    assert (tmp_path / "s.md~").read_text(encoding="utf-8") == "først\n"
    assert p.stat().st_mode & 0o777 == 0o640
    atomic_write_text(p, "tredje\n", backup=True)
    assert (tmp_path / "s.md~").read_text(encoding="utf-8") == "andre\n"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["s.md", "s.md~"]


def test_symlink_is_followed_not_replaced(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("gammel\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write_text(link, "ny\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "ny\n"


def test_text_and_bytes_writes_take_the_same_keywords(tmp_path):
    """`atomic_write_text` passes its keywords on: every one of `atomic_write_bytes`'s is typed for
    it, a private mode and a refused link reach the file, and a keyword neither knows is refused."""
    import inspect
    import typing

    keywords = [p.name for p in inspect.signature(storage.atomic_write_bytes).parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert list(typing.get_type_hints(storage.WriteOptions)) == keywords
    private = tmp_path / "privat.json"
    atomic_write_text(private, "{}\n", mode=0o600)
    assert private.stat().st_mode & 0o777 == 0o600 and private.read_bytes() == b"{}\n"
    link = tmp_path / "lenke.md"
    link.symlink_to(private)
    with pytest.raises(SkisseFileError, match="link"):
        atomic_write_text(link, "ny\n", lang="en", no_symlink=True)
    assert private.read_bytes() == b"{}\n"
    with pytest.raises(TypeError):
        atomic_write_text(private, "x", bakcup=True)  # type: ignore[call-arg]
    assert private.read_bytes() == b"{}\n"


def test_write_into_missing_folder_or_onto_a_folder(tmp_path):
    with pytest.raises(SkisseFileError, match="folder does not exist"):
        atomic_write_text(tmp_path / "nope" / "s.md", "x", lang="en")
    with pytest.raises(SkisseFileError, match="is a folder"):
        atomic_write_text(tmp_path, "x", lang="en")


def test_a_file_where_a_folder_should_be_is_named(tmp_path):
    """«-o rapport.md/ny.md»: the file on the way is named, not a «missing» folder."""
    (tmp_path / "rapport.md").write_text("kept\n", encoding="utf-8")
    for target in (tmp_path / "rapport.md" / "ny.md", tmp_path / "rapport.md" / "sub" / "ny.md"):
        with pytest.raises(SkisseFileError, match="rapport.md: is a file, not a folder") as caught:
            atomic_write_text(target, "x", lang="en")
        assert caught.value.key == "not_a_folder"
    assert (tmp_path / "rapport.md").read_text(encoding="utf-8") == "kept\n"


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EDQUOT])
def test_disk_full_on_fsync_leaves_old_file_and_no_temp(tmp_path, monkeypatch, code):
    p = tmp_path / "s.md"
    p.write_text(SKETCH, encoding="utf-8")

    def full(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(storage.os, "fsync", full)
    with pytest.raises(SkisseFileError) as info:
        atomic_write_text(p, "ny tekst " * 1000, backup=True, lang="en")
    assert "disk is full" in str(info.value) and "intact" in str(info.value)
    assert p.read_text(encoding="utf-8") == SKETCH
    assert sorted(x.name for x in tmp_path.iterdir()) == ["s.md"]


def test_disk_full_while_keeping_the_backup(tmp_path, monkeypatch):
    p = tmp_path / "s.md"
    p.write_text(SKETCH, encoding="utf-8")

    def no_room(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, "link", no_room)
    with pytest.raises(SkisseFileError, match="disk is full"):
        atomic_write_text(p, "ny tekst", backup=True, lang="en")
    assert p.read_text(encoding="utf-8") == SKETCH
    assert sorted(x.name for x in tmp_path.iterdir()) == ["s.md"]


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs: a real full disk. Skipped where mounting is not allowed."""
    mount = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_real_full_disk(tiny_disk):
    p = tiny_disk / "s.md"
    p.write_text(SKETCH, encoding="utf-8")
    with pytest.raises(SkisseFileError) as info:
        atomic_write_text(p, "x" * 200_000, backup=True, lang="en")
    assert "disk is full" in str(info.value)
    assert p.read_text(encoding="utf-8") == SKETCH
    assert not [x for x in tiny_disk.iterdir() if x.name.endswith(".tmp")]
    # Once there is room again, saving works and keeps the backup.
    atomic_write_text(p, "kort\n", backup=True)
    assert p.read_text(encoding="utf-8") == "kort\n"
    assert (tiny_disk / "s.md~").read_text(encoding="utf-8") == SKETCH


def test_decode_text_names_the_input():
    with pytest.raises(SkisseFileError, match="stdin"):
        decode_text(b"\x00" * 100, "stdin", lang="en")
