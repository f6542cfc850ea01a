"""The commands our messages suggest can be copied into a shell as shown, whatever the file is called."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.cli.shell import shell_arg

ODD = "rapport (endelig) «ny» #2.md"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("trygg-hjemme.md", "trygg-hjemme.md"),
        ("trygg-æøå.md", "trygg-æøå.md"),  # Norwegian letters need no quotes
        ("mappe/sub dir/x.md", "'mappe/sub dir/x.md'"),
        (ODD, "'rapport (endelig) «ny» #2.md'"),
        ("it's.md", "'it'\"'\"'s.md'"),
    ],
)
def test_shell_arg_quotes_only_what_a_shell_would_break(name: str, shown: str) -> None:
    assert shell_arg(name) == shown
    assert shlex.split(shell_arg(name)) == [name]


def test_new_suggests_commands_that_work_in_a_shell(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "nb", "new", ODD, "--applicant", "Lillevik kommune"]) == 0
    out = capsys.readouterr().out
    assert f"«skisse check {shell_arg(ODD)}»" in out
    assert f"«skisse {shell_arg(ODD)}»" in out
    # what the user would paste: the file is found by the shell as one argument
    line = subprocess.run(["bash", "-c", f"printf '%s\\n' {shell_arg(ODD)}"], capture_output=True, text=True, check=True).stdout
    assert line.strip() == ODD and (tmp_path / ODD).is_file()


def test_open_of_a_missing_file_suggests_a_command_that_works(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "nb", ODD]) == 2
    err = capsys.readouterr().err
    assert f"«skisse new {shell_arg(ODD)}»" in err
    assert err.startswith(f"skisse: {ODD}: finnes ikke")  # the name itself shown as it is


def test_export_refused_suggests_a_check_that_works(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "nb", "new", ODD, "--applicant", "Lillevik kommune"]) == 0
    capsys.readouterr()
    assert main(["--lang", "nb", "export", ODD]) == 1  # an empty sketch fails criteria: nothing written
    assert f"skisse check {shell_arg(ODD)}" in capsys.readouterr().err
