"""`skisse new` writes the sketch in the language Skisse runs in, unless --sketch-lang says otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.sketch.document import parse_sketch


@pytest.mark.parametrize(("lang", "heading"), [("en", "Summary"), ("nn", "Samandrag"), ("nb", "Sammendrag")])
def test_new_writes_the_sketch_in_the_language_skisse_runs_in(tmp_path: Path, lang: str, heading: str) -> None:
    path = tmp_path / "x.md"
    assert main(["new", str(path), "--lang", lang]) == 0
    sketch = parse_sketch(path.read_text(encoding="utf-8"))
    assert sketch.meta.language.value == lang
    assert sketch.sections[0].heading == heading


def test_sketch_lang_still_chooses_another(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    assert main(["new", str(path), "--lang", "en", "--sketch-lang", "nb"]) == 0
    sketch = parse_sketch(path.read_text(encoding="utf-8"))
    assert sketch.meta.language.value == "nb" and sketch.sections[0].heading == "Sammendrag"


def test_the_help_says_what_the_default_is(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "new", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default: the language Skisse runs in" in out
