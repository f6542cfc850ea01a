"""`skisse report` speaks the language the user chose (`--language`, `--lang` before or after the
command, SKISSE_LANG), whatever the sketch's; with none chosen, the sketch's. Its messages and
errors are in the command's language, as `export`'s are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.cli.main import main

ENGLISH = Path(__file__).parents[1] / "fixtures" / "sketches"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", [("--lang", "en", "report", "{path}"), ("report", "{path}", "--lang", "en"), ("--lang=en", "report", "{path}"), ("report", "{path}", "--language", "en")])
def test_report_on_a_bokmal_sketch_in_english_when_asked(capsys, sketch_file, argv):
    code, out, _ = run(capsys, *(a.format(path=sketch_file) for a in argv))
    assert code == 0
    assert out.startswith("# Feedback on the sketch"), out[:80]
    assert "bestått" not in out and "bør forbedres" not in out


def test_report_follows_skisse_lang(capsys, sketch_file, monkeypatch):
    monkeypatch.setenv("SKISSE_LANG", "en")
    code, out, _ = run(capsys, "report", str(sketch_file))
    assert code == 0 and out.startswith("# Feedback on the sketch")


def test_report_speaks_the_sketchs_language_when_none_is_chosen(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("SKISSE_LANG", raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    english = next(p for p in sorted(ENGLISH.glob("*.md")) if "language: en" in p.read_text(encoding="utf-8"))
    path = tmp_path / "english.md"
    shutil.copy(english, path)
    code, out, _ = run(capsys, "report", str(path))
    assert code == 0 and out.startswith("# Feedback on the sketch")
    code, out, _ = run(capsys, "--lang", "nb", "report", str(path))
    assert code == 0 and out.startswith("# Tilbakemelding på skissen")


def test_report_errors_are_in_the_commands_language(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("SKISSE_LANG", raising=False)
    english = next(p for p in sorted(ENGLISH.glob("*.md")) if "language: en" in p.read_text(encoding="utf-8"))
    path = tmp_path / "english.md"
    shutil.copy(english, path)
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    target = str(tmp_path / "afile" / "r.md")
    code, _, err_nb = run(capsys, "--lang", "nb", "report", str(path), "-o", target)
    assert code == 2 and err_nb.startswith("skisse: ")
    code, _, err_export = run(capsys, "--lang", "nb", "export", str(path), "--md", "-o", target)
    code, _, err_en = run(capsys, "--lang", "en", "report", str(path), "-o", target)
    assert err_nb != err_en
    assert err_nb.split(": ", 2)[-1] == err_export.split(": ", 2)[-1]  # the same words as export's
    assert "folder" in err_en
