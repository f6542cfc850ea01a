"""What a user of the CLI reads in a terminal: rubric text without Markdown code marks (`check`,
`assess`), and the report shown rather than its Markdown (`report`), in bokmål, nynorsk and English."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.cli.main import main

# A sketch with no parts: the tip «`skisse new` viser en mal» is given for the missing ones.
BARE = "---\ntitle: Reiser i hjemmetjenesten\napplicant: Bergen kommune\n---\n# Reiser i hjemmetjenesten\n\nLitt tekst.\n"
NEW_TIP = {
    "nb": "«skisse new» viser en mal med spørsmål",
    "nn": "«skisse new» viser ein mal med spørsmål",
    "en": "«skisse new» shows a template with questions",
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_check_shows_no_code_marks_from_the_rubric(capsys, tmp_path: Path, lang: str) -> None:
    sketch = tmp_path / "skisse.md"
    sketch.write_text(BARE, encoding="utf-8")
    code, out, _ = run(capsys, "--lang", lang, "check", "--no-pages", "-v", str(sketch))
    assert code == 1
    assert NEW_TIP[lang] in out
    assert "`" not in out


def test_check_json_keeps_the_rubric_text_as_written(capsys, tmp_path: Path) -> None:
    """JSON is data for a program, not text for a terminal: the message is as the rubric has it."""
    sketch = tmp_path / "skisse.md"
    sketch.write_text(BARE, encoding="utf-8")
    _, out, _ = run(capsys, "--lang", "nb", "check", "--no-pages", "--json", str(sketch))
    assert "`skisse new`" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_report_in_a_terminal_is_shown_not_its_markdown(capsys, monkeypatch, tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.md"
    sketch.write_text(BARE, encoding="utf-8")
    screen = _Terminal()
    monkeypatch.setattr("sys.stdout", screen)
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["--lang", "nb", "report", str(sketch)]) == 0
    shown = screen.getvalue()
    assert "Tilbakemelding på skissen «Reiser i hjemmetjenesten»" in shown
    assert "Bergen kommune" in shown and "Hvem kan søke" in shown
    assert "**" not in shown and "|---|" not in shown and "## " not in shown and "# Tilbakemelding" not in shown


def test_report_into_a_pipe_is_markdown(capsys, tmp_path: Path) -> None:
    sketch = tmp_path / "skisse.md"
    sketch.write_text(BARE, encoding="utf-8")
    code, out, _ = run(capsys, "--lang", "nb", "report", str(sketch))
    assert code == 0
    assert out.startswith("# Tilbakemelding på skissen «Reiser i hjemmetjenesten»") and "|---|---|---|" in out


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_assess_without_a_model_shows_no_code_marks_from_the_rubric(capsys, tmp_path: Path, lang: str) -> None:
    sketch = tmp_path / "skisse.md"
    sketch.write_text(BARE, encoding="utf-8")
    code, out, _ = run(capsys, "--lang", lang, "assess", str(sketch))
    assert code == 0
    assert NEW_TIP[lang] in out and "`" not in out

