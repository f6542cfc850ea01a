"""A metadata block that is not YAML is said in plain words in the reader's language, with its
line and column; PyYAML's own English words are kept as detail for English readers only."""

from __future__ import annotations

import pytest

from assistant.core.sketch import frontmatter
from assistant.core.sketch.document import parse_sketch

CASES = [
    ("title: x\n\tapplicant: y", "et tabulatortegn; rykk inn med mellomrom (linje 3, kolonne 1)", "a tab character"),
    ("title: Møte: neste steg\napplicant: y", "et kolon inne i en verdi; sett verdien i anførselstegn (linje 2, kolonne 12)", "a colon inside a value"),
    ('title: "abc\napplicant: y', "et anførselstegn blir aldri lukket (linje 3, kolonne 13)", "a quotation mark is never closed"),
    ("partners:\n  - name: a\n   kind: b", "innrykket stemmer ikke med linjene over (linje 4, kolonne 4)", "the indentation does not line up"),
    ("title: x\napplicant\nrubric: y", "en linje mangler «:» mellom nøkkel og verdi (linje 4, kolonne 1)", "a line has no “:”"),
    ("title: @home", "en verdi kan ikke begynne med «@»; sett verdien i anførselstegn (linje 2, kolonne 8)", "a value cannot begin with “@”"),
    ("title: [a, b\napplicant: y", "en liste i [ ] eller { } blir ikke lukket (linje 3, kolonne 10)", "a list in [ ] or { } is not closed"),
]


@pytest.mark.parametrize("libyaml", [True, False], ids=["libyaml", "python-loader"])
@pytest.mark.parametrize(("block", "bokmal", "english"), CASES)
def test_a_yaml_error_is_one_plain_line_in_the_readers_language(libyaml: bool, block: str, bokmal: str, english: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if not libyaml:
        monkeypatch.setattr(frontmatter, "_C_LOADER", None)
    elif frontmatter._C_LOADER is None:
        pytest.skip("PyYAML was built without libyaml")
    note = next(n for n in parse_sketch(f"---\n{block}\n---\n\n## Behov\n\nTekst.\n").notes if n.code == "metadata-yaml")
    nb = note.text("nb")
    assert nb == f"Metadatablokken kunne ikke leses: {bokmal}"
    assert "\n" not in nb and "YAML-leseren" not in nb  # no library English inside a Norwegian sentence
    assert note.text("nn").startswith("Metadatablokka kunne ikkje lesast: ") and "found" not in note.text("nn")
    en = note.text("en")
    assert english in en and "the YAML reader says:" in en  # PyYAML's words as detail, for English runs and logs


def test_the_check_prints_the_yaml_note_in_norwegian(tmp_path, capsys, monkeypatch) -> None:
    from assistant.cli.main import main

    monkeypatch.setenv("SKISSE_HOME", str(tmp_path / "home"))
    sketch = tmp_path / "s.md"
    sketch.write_text("---\ntitle: Møte: neste steg\n---\n\n## Behov\n\nTekst.\n", encoding="utf-8")
    main(["--lang", "nb", "check", str(sketch), "--no-pages"])
    out = capsys.readouterr().out
    assert "! Metadatablokken kunne ikke leses: et kolon inne i en verdi; sett verdien i anførselstegn (linje 2, kolonne 12)" in out
    assert "mapping values" not in out
