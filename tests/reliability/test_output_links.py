"""Exports, reports and imports never follow a folder link out of the sketch's folder, and the
folder a file is written into is the folder that was checked (a link swapped in on the way
after the check is noticed); in a served window the folder is held to the served one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.files import confine, outfolder
from assistant.core.files.storage import SkisseFileError, atomic_write_text

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"
VICTIM = "# another user's shell settings\n"


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    """A shared folder with a sketch and a folder `d/sub` in it that is a link to another user's home."""
    folder = tmp_path / "shared"
    (folder / "d").mkdir(parents=True)
    sketch = folder / "s.md"
    shutil.copy(SKETCHES / "sterk-bokmal.md", sketch)
    victim_home = tmp_path / "victim"
    victim_home.mkdir()
    (victim_home / ".bashrc").write_text(VICTIM)
    (folder / "d" / "sub").symlink_to(victim_home)
    return sketch, victim_home


def _word_draft(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Problem og behov", 1)
    document.add_paragraph("Eldre bor lenger hjemme.")
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["export", "{sketch}", "--pdf", "--force", "-o", "{out}"], "x.pdf"),
        (["export", "{sketch}", "--docx", "--force", "-o", "{out}"], "x.docx"),
        (["export", "{sketch}", "--md", "--force", "-o", "{out}"], ".bashrc"),
        (["report", "{sketch}", "--language", "en", "-o", "{out}"], "x.rapport.md"),
        (["report", "{sketch}", "--language", "en", "-o", "{out}"], "x.rapport.pdf"),
        (["import", "{draft}", "--force", "-o", "{out}"], ".bashrc"),
    ],
    ids=["export-pdf", "export-docx", "export-md-over-a-file", "report-md", "report-pdf", "import"],
)
def test_output_through_a_folder_link_out_of_the_sketchs_folder_is_refused(shared, argv, name, skisse_home, capsys):
    sketch, victim_home = shared
    draft = _word_draft(sketch.parent / "utkast.docx")
    out = sketch.parent / "d" / "sub" / name
    code = main(["--lang", "en", *[a.format(sketch=sketch, draft=draft, out=out) for a in argv]])
    err = capsys.readouterr().err
    assert code == 2, err
    link = sketch.parent / "d" / "sub"
    assert (
        f"{out}: the folder {link} is a symbolic link to {victim_home.resolve()}, outside the sketch's folder ({sketch.parent.resolve()}); "
        "an export, report or import does not follow links out of it. Name that folder itself with -o" in err
    )
    assert "Traceback" not in err and err.count("\n") == 1
    assert sorted(p.name for p in victim_home.iterdir()) == [".bashrc"] and (victim_home / ".bashrc").read_text() == VICTIM


def test_naming_the_folder_the_link_leads_to_writes_there(shared, capsys):
    sketch, victim_home = shared
    assert main(["--lang", "en", "export", str(sketch), "--md", "-o", str(victim_home / "x.export.md")]) == 0
    assert "\n## " in (victim_home / "x.export.md").read_text()


def test_links_that_stay_in_the_sketchs_folder_or_lie_above_it_are_followed(tmp_path: Path, shared, capsys):
    sketch, _ = shared
    (sketch.parent / "real").mkdir()
    (sketch.parent / "ut").symlink_to(sketch.parent / "real")  # inside the sketch's folder, leading inside it
    assert main(["--lang", "en", "export", str(sketch), "--md", "-o", str(sketch.parent / "ut" / "a.md")]) == 0
    assert (sketch.parent / "real" / "a.md").is_file()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "alias").symlink_to(elsewhere)  # above the sketch's folder: the system's, as /tmp on macOS
    assert main(["--lang", "en", "export", str(sketch), "--md", "-o", str(tmp_path / "alias" / "b.md")]) == 0
    assert (elsewhere / "b.md").is_file()
    assert capsys.readouterr().err.count("Traceback") == 0


def test_a_link_swapped_in_after_the_check_is_noticed_and_nothing_written(tmp_path: Path, monkeypatch):
    sketch_folder = tmp_path / "shared"
    out_folder = sketch_folder / "ut"
    out_folder.mkdir(parents=True)
    victim_home = tmp_path / "victim"
    victim_home.mkdir()
    real_check = outfolder.check_output_folder

    def check_then_swap(path, home, *, lang=None):
        vetted = real_check(path, home, lang=lang)
        out_folder.rename(tmp_path / "moved")  # the race: the checked folder goes, a link comes
        out_folder.symlink_to(victim_home)
        return vetted

    monkeypatch.setattr(outfolder, "check_output_folder", check_then_swap)
    with pytest.raises(SkisseFileError) as refused:
        atomic_write_text(out_folder / "x.md", "export\n", lang="en", no_symlink=True, home=sketch_folder)
    assert str(refused.value) == f"{out_folder / 'x.md'}: the folder was swapped (a link put in its place) while the file was being written; nothing was written"
    assert list(victim_home.iterdir()) == [] and list((tmp_path / "moved").iterdir()) == []


def test_a_served_window_writes_through_a_folder_link_only_inside_its_folder(served_folder: Path, tmp_path: Path, monkeypatch):
    from assistant.core.files.confine import OutsideFolder
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.rendering.export import export_markdown

    outside = tmp_path / "owner"
    outside.mkdir()
    (served_folder / "d").mkdir()
    (served_folder / "d" / "sub").symlink_to(outside)
    sketch = parse_sketch("## Sammendrag\n\nEldre faller.\n")
    with pytest.raises(OutsideFolder):
        export_markdown(sketch, served_folder / "d" / "sub" / "x.md", lang="en")
    # Should the path check be fooled (a link swapped in after it), the folder actually opened is
    # walked up through «..» and must reach the served folder.
    monkeypatch.setattr(confine, "inside", lambda path, *, lang=None: Path(path))
    with pytest.raises(OutsideFolder) as refused:
        atomic_write_text(served_folder / "d" / "sub" / "y.md", "x\n", lang="en")
    assert "is outside the folder this browser window was started for" in str(refused.value)
    assert list(outside.iterdir()) == []
    (served_folder / "inne").mkdir()
    (served_folder / "lenke").symlink_to(served_folder / "inne")
    atomic_write_text(served_folder / "lenke" / "z.md", "z\n", lang="en")
    assert (served_folder / "inne" / "z.md").read_text() == "z\n"
    assert not [p for p in os.listdir(served_folder / "inne") if p.endswith(".tmp")]
