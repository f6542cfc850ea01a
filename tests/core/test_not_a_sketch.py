"""A file that is no sketch at all (a list of services, a CSV, source code) is checked all the
same, with one note that says it does not look like a sketch; words in it pass no criterion as
the sketch's own part, and no sketch gets the note."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

ROOT = Path(__file__).parents[2]
SERVICES = "\n".join(
    ["# Network services, Internet style", "#", "# New ports will be added on request if they have been officially assigned",
     "# by IANA and used in the real-world or are needed by a debian package.", ""]
    + [f"{name}\t\t{port}/{proto}\t\t{alias}" for port, name in enumerate(["echo", "discard", "systat", "daytime", "netstat", "qotd", "chargen", "ftp", "ssh", "telnet", "smtp", "time", "whois", "tacacs", "domain", "gopher", "finger", "http", "kerberos", "pop3"], 7) for proto in ("tcp", "udp") for alias in ["sink null"]]
    + ["# The remaining port numbers are not as allocated by IANA: the queue is long and few are needed.", "kerberos4\t750/udp\t\tkerberos-iv kdc"]
) + "\n"
CSV = "kommune,innbyggere,over_80,kostnad\n" + "\n".join(f"Kommune {n},{1000 * n},{40 * n},{12000 * n}" for n in range(1, 40)) + "\n"
CODE = "\n".join(
    f"def handler_{n}(request, cache={{}}):\n    key = (request.path, request.user.id, {n})\n    if key not in cache:\n"
    f"        cache[key] = render(request, 'page_{n}.html', {{'items': load({n})}})\n    return cache[key]\n"
    for n in range(30)
)


@pytest.mark.parametrize("text", [SERVICES, CSV, CODE], ids=["services", "csv", "code"])
def test_a_file_that_is_no_sketch_gets_the_note_and_is_still_checked(text: str) -> None:
    sketch = parse_sketch(text)
    assert "not-a-sketch" in [n.code for n in sketch.notes]
    report = check_sketch(sketch)
    assert len(report.criteria) > 10  # checked all the same
    assert report.criterion("need-described").status.value != "pass"


def test_the_note_is_one_line_in_the_readers_language(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKISSE_LANG", "nb")
    path = tmp_path / "tjenester.txt"
    path.write_text(SERVICES, encoding="utf-8")
    for lang, said in (
        ("nb", "! Filen ser ikke ut som en skisse: lite sammenhengende tekst og ingen deler gjenkjent. Den er sjekket likevel\n"),
        ("nn", "! Fila ser ikkje ut som ei skisse: lite samanhengande tekst og ingen delar kjende att. Ho er sjekka likevel\n"),
        ("en", "! The file does not look like a sketch: little running text and no parts recognised. It was checked all the same\n"),
    ):
        main(["check", str(path), "--no-pages", "--lang", lang])
        out = capsys.readouterr().out
        assert f"  {said}" in out and out.count("\n  ! ") >= 1
    assert "OK     need-described" not in out and "PASS   need-described" not in out


@pytest.mark.parametrize("folder", ["tests/fixtures/sketches", "tests/corpus/dev"])
def test_no_sketch_gets_the_note(folder: str) -> None:
    paths = sorted((ROOT / folder).glob("*.md"))
    assert paths
    noted = [p.name for p in paths if "not-a-sketch" in [n.code for n in parse_sketch(p.read_text(encoding="utf-8")).notes]]
    assert noted == []


def test_a_short_sketch_without_headings_is_no_list() -> None:
    text = (
        "Søker: Levanger kommune\n\nTrygg hjemme om natten\n\n"
        "Levanger kommune har 640 eldre over 80 år med hjemmesykepleie, og tallet vil øke med 45 prosent.\n\n"
        "| Post | Beløp |\n|---|---:|\n| Prosjektleder | 400 000 |\n| Testing | 300 000 |\n| Sum | 700 000 |\n"
    )
    assert "not-a-sketch" not in [n.code for n in parse_sketch(text).notes]
