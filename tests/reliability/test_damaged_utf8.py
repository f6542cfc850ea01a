"""A UTF-8 sketch with a few damaged bytes is read as UTF-8, not as Windows-1252.

A good sketch with «æøå» and 200 random bytes put in the middle used to be read whole as
Windows-1252 («fÃ¸r», «MÃ¥let»), and the next save wrote the garbled text. Now it is read as
UTF-8, each byte that does not decode shows as U+FFFD, and the warning says how many bytes and
on which line the first is. A file really written in Windows-1252 or Latin-1 is read as before.
"""

from __future__ import annotations

import random

import pytest

from assistant.core.files.storage import atomic_write_text, decode_text, read_text_file
from assistant.core.files.utf8 import UTF8_BAD_BYTES_PER_SEQUENCE

NEED = (
    "Kommunen bruker i dag mye tid på å rette feil før søknadene går videre. Økonomien er "
    "stram, og få ansatte har oversikt over hele løpet. Behovet er størst i små enheter.\n\n"
)
GOOD = (
    "---\ntitle: Færre feil\napplicant: Øvre Eiker kommune\n---\n# Færre feil\n\n## Sammendrag\n\n"
    "Det tar lenge før noen oppdager feilen. Målet er færre feil i Øvre Eiker kommune.\n\n"
    "## Problem og behov\n\n" + NEED * 4 + "## Løsning\n\nEn tjeneste som varsler tidlig – før skaden er skjedd.\n"
)


def junk(n: int = 200, seed: int = 7) -> bytes:
    """`n` random bytes, the same every run; at least one of them does not decode as UTF-8."""
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(n))
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    return data


def half_junk(text: str = GOOD, stray: bytes | None = None) -> tuple[bytes, int]:
    """The sketch with `stray` (200 random bytes) put in the middle of a line; and that line's number."""
    good = text.encode()
    middle = good.index(b"\n## Problem") - 10
    return good[:middle] + (junk() if stray is None else stray) + good[middle:], good[:middle].count(b"\n") + 1


def test_mostly_utf8_with_stray_bytes_is_read_as_utf8(tmp_path):
    data, line = half_junk()
    path = tmp_path / "halfjunk.md"
    path.write_bytes(data)
    loaded = read_text_file(path, lang="en")
    assert loaded.encoding == "utf-8"
    for words in ("lenge før noen oppdager", "Målet er færre", "Øvre Eiker kommune", "tidlig – før skaden"):
        assert words in loaded.text
    assert "Ã" not in loaded.text
    # Each byte that does not decode is one U+FFFD, and the warning counts exactly those.
    bad = sum(1 for c in loaded.text if c == "\ufffd")
    assert 0 < bad <= 200
    assert loaded.text.replace("\ufffd", "") == data.decode("utf-8", errors="ignore")
    warning = next(w for w in loaded.warnings if "UTF-8" in w)
    assert f"{bad} bytes could not be read as UTF-8" in warning
    assert f"line {line}" in warning and "halfjunk.md.original~" in warning
    assert path.read_bytes() == data  # reading changes nothing


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nb", "byte kunne ikke leses som UTF-8 (den første på linje"), ("nn", "byte kunne ikkje lesast som UTF-8 (den første på linje"), ("en", "bytes could not be read as UTF-8 (the first on line")],
)
def test_the_warning_in_each_language(lang, words):
    data, line = half_junk()
    loaded = decode_text(data, "s.md", lang=lang)
    warning = next(w for w in loaded.warnings if "UTF-8" in w)
    assert words in warning and f" {line})" in warning and "\n" not in warning


def test_one_stray_byte_is_counted_as_one_on_its_line():
    data = GOOD.encode().replace(b"Det tar lenge", b"Det tar \xff lenge")
    loaded = decode_text(data, "s.md", lang="en")
    assert loaded.encoding == "utf-8" and "Det tar \ufffd lenge" in loaded.text
    line = GOOD[: GOOD.index("Det tar")].count("\n") + 1
    assert loaded.warnings == [f"s.md: 1 byte could not be read as UTF-8 (on line {line}) and shows as �; the rest is read as UTF-8. The first save keeps the original as s.md.original~, which no later save replaces."]


def test_a_broken_three_byte_sequence_counts_its_bytes():
    # «–» is E2 80 93; cut after two bytes, both are lost and both are counted.
    data = GOOD.encode().replace("–".encode(), b"\xe2\x80")
    loaded = decode_text(data, "s.md", lang="en")
    assert loaded.encoding == "utf-8" and "tidlig \ufffd\ufffd før" in loaded.text
    assert "2 bytes could not be read" in loaded.warnings[0]


def test_a_replacement_character_in_the_file_is_not_counted_as_lost():
    data = ("Et tegn som alt var tapt: \ufffd.\n" + GOOD).encode() + b"\xff"
    loaded = decode_text(data, "s.md", lang="en")
    assert loaded.encoding == "utf-8" and "1 byte could not be read" in loaded.warnings[0]


def test_pure_cp1252_is_still_read_as_cp1252():
    text = GOOD + "Økonomi, «sitat» – og én tankestrek til 1 000 €.\n"
    loaded = decode_text(text.encode("cp1252"), "w.md", lang="en")
    assert loaded.encoding == "cp1252" and loaded.text == text
    assert loaded.warnings == ["w.md: not UTF-8; read as Windows-1252 (cp1252). Saving writes UTF-8; the original is kept as w.md.original~."]


def test_pure_latin1_with_aeoeaa_is_still_read_as_cp1252():
    text = GOOD.replace("–", "-")
    data = text.encode("latin-1")
    assert b"\xe6" in data and b"\xf8" in data and b"\xe5" in data and b"\xd8" in data  # æ ø å Ø
    loaded = decode_text(data, "l.md", lang="nb")
    assert loaded.encoding == "cp1252" and loaded.text == text
    assert "lest som Windows-1252" in loaded.warnings[0]


def test_latin1_with_junk_is_still_cp1252():
    # Junk does not make a Latin-1 file UTF-8: its æøå stay the many bad bytes they are.
    good = GOOD.replace("–", "-").encode("latin-1")
    middle = good.index(b"\n## Problem")
    loaded = decode_text(good[:middle] + junk() + good[middle:], "w.md", lang="en")
    assert loaded.encoding == "cp1252" and "Målet er færre" in loaded.text


def test_few_valid_sequences_against_many_bad_bytes_is_cp1252():
    # One «ø» and many more bad bytes than the rule allows for one sequence: not «mostly UTF-8».
    stray = b"\xe6 " * (UTF8_BAD_BYTES_PER_SEQUENCE + 1)
    data = "Før\n".encode() + stray
    assert decode_text(data, "s.md", lang="en").encoding == "cp1252"
    data = "Før\n".encode() + b"\xe6 " * UTF8_BAD_BYTES_PER_SEQUENCE
    assert decode_text(data, "s.md", lang="en").encoding == "utf-8"


def test_utf8_with_bom_is_read_without_a_warning():
    loaded = decode_text(b"\xef\xbb\xbf" + GOOD.encode(), "b.md", lang="en")
    assert loaded.text == GOOD and loaded.encoding == "utf-8-sig" and loaded.warnings == []


def test_utf8_with_bom_and_stray_bytes_tells_what_was_lost():
    data, line = half_junk()
    loaded = decode_text(b"\xef\xbb\xbf" + data, "b.md", lang="en")
    assert loaded.encoding == "utf-8-sig" and "lenge før noen" in loaded.text and not loaded.text.startswith("\ufeff")
    assert f"(the first on line {line})" in loaded.warnings[0]


def test_empty_file_is_utf8_without_a_warning(tmp_path):
    path = tmp_path / "tom.md"
    path.write_bytes(b"")
    loaded = read_text_file(path, lang="en")
    assert loaded.text == "" and loaded.encoding == "utf-8" and loaded.warnings == []


# ---------------------------------------------------------------- skisse check


def test_skisse_check_reads_the_damaged_file_as_utf8(tmp_path, skisse_home, capsys):
    from assistant.cli.main import main

    data, line = half_junk()
    path = tmp_path / "halfjunk.md"
    path.write_bytes(data)
    main(["--lang", "nb", "check", "--no-pages", str(path)])
    out, err = capsys.readouterr()
    shown = out + err
    assert "Traceback" not in shown
    bad = decode_text(data, "x", lang="en").text.count("\ufffd")
    assert f"{bad} byte kunne ikke leses som UTF-8 (den første på linje {line})" in shown
    assert "Øvre Eiker kommune" in shown and "Ã" not in shown and "Windows-1252" not in shown
    assert path.read_bytes() == data and not (tmp_path / "halfjunk.md~").exists()
    assert not (tmp_path / "halfjunk.md.original~").exists()


def test_skisse_check_json_carries_the_warning(tmp_path, skisse_home, capsys):
    import json

    from assistant.cli.main import main

    data, line = half_junk()
    path = tmp_path / "halfjunk.md"
    path.write_bytes(data)
    main(["--lang", "en", "check", "--json", "--no-pages", str(path)])
    report = json.loads(capsys.readouterr().out)
    report = report[0] if isinstance(report, list) else report
    assert any(f"could not be read as UTF-8 (the first on line {line})" in note for note in report["notes"])
    assert "Ã" not in json.dumps(report, ensure_ascii=False)


def test_skisse_check_still_reads_cp1252(tmp_path, skisse_home, capsys):
    from assistant.cli.main import main

    path = tmp_path / "gammel.md"
    path.write_bytes(GOOD.encode("cp1252"))
    main(["--lang", "en", "check", "--no-pages", str(path)])
    shown = "".join(capsys.readouterr())
    assert "not UTF-8; read as Windows-1252" in shown and "Øvre Eiker kommune" in shown and "Ã" not in shown


@pytest.mark.parametrize("kind", ["damaged", "cp1252", "utf-16"])
def test_the_original_bytes_outlive_the_next_sessions_backup(tmp_path, kind):
    """A file read with bytes no save gives back keeps them as NAME.original~: the next session's
    first save replaces NAME~ (the first session's text) but never the original."""
    data = {
        "damaged": half_junk()[0],
        "cp1252": GOOD.encode("cp1252"),
        "utf-16": GOOD.encode("utf-16"),
    }[kind]
    path = tmp_path / "s.md"
    path.write_bytes(data)
    first = read_text_file(path, lang="en")
    assert "s.md.original~" in " ".join(first.warnings)
    atomic_write_text(path, first.text + "x", backup=True)  # the first session's first save
    original = tmp_path / "s.md.original~"
    assert original.read_bytes() == data and (tmp_path / "s.md~").read_bytes() == data
    second = read_text_file(path, lang="en")
    assert second.warnings == []  # saved as UTF-8: nothing more to keep
    atomic_write_text(path, second.text + "y", backup=True)  # the next session's first save
    assert (tmp_path / "s.md~").read_bytes() == (first.text + "x").encode("utf-8", "surrogateescape")
    assert original.read_bytes() == data


def test_a_utf8_file_gets_no_original_copy(tmp_path):
    path = tmp_path / "s.md"
    path.write_text(GOOD, encoding="utf-8")
    atomic_write_text(path, GOOD + "x", backup=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.md", "s.md~"]
