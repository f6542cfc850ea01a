"""Arguments that name nothing: an empty path is no file or folder (it is not read as «.», which
would check every file below the current folder), and `--jobs` takes a whole number from 1 up;
a clear error in the user's language, exit status 2, nothing checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main

SKETCH = "# Trygg heim\n\n**Søker:** Voss herad\n\n## Behov\n\nTekst.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own exit on a bad option value
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("lang", "said"), [("nb", "en tom sti er ingen fil"), ("nn", "ein tom sti er inga fil"), ("en", "an empty path is no file")])
def test_an_empty_path_is_refused_not_read_as_the_current_folder(capsys, tmp_path: Path, monkeypatch, lang: str, said: str) -> None:
    (tmp_path / "a.md").write_text(SKETCH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--lang", lang, "check", "--no-pages", "")
    assert code == 2 and said in err
    assert "a.md" not in out + err


def test_an_empty_folder_name_for_the_portfolio_is_refused(capsys, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.md").write_text(SKETCH, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--lang", "en", "portfolio", "--no-pages", "")
    assert code == 2 and "a.md" not in out


@pytest.mark.parametrize("command", ["check", "portfolio"])
@pytest.mark.parametrize("value", ["0", "-3", "x"])
def test_jobs_below_one_or_not_a_number_is_refused(capsys, tmp_path: Path, command: str, value: str) -> None:
    (tmp_path / "a.md").write_text(SKETCH, encoding="utf-8")
    target = str(tmp_path / "a.md") if command == "check" else str(tmp_path)
    code, out, err = run(capsys, "--lang", "en", command, "--no-pages", "-j", value, target)
    assert code == 2
    assert f"--jobs must be a whole number from 1 up, not {value}" in err
    assert out == ""


def test_jobs_of_one_checks(capsys, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(SKETCH, encoding="utf-8")
    code, out, err = run(capsys, "--lang", "en", "check", "--no-pages", "-j", "1", str(tmp_path / "a.md"))
    assert code in (0, 1) and "a.md" in out
