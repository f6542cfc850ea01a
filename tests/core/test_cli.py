"""The command line as a user meets it: new, check (text and JSON), rubric, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli.main import main

SKETCHES = Path(__file__).parents[1] / "fixtures" / "sketches"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=120, env=env)


def test_new_then_check_makes_sense(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "skisse.md"
    assert main(["new", str(path), "--applicant", "Bergen kommune", "--orgnr", "964 338 531", "--title", "Trygg hjemme"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "name: Bergen kommune" in text and "## Problem og behov" in text and "## Budsjett" in text
    assert "Hvor mange innbyggere eller brukere berøres?" in text  # the rubric's questions, as comments
    capsys.readouterr()
    assert main(["check", str(path), "--no-pages"]) == 1  # an empty template fails
    out = capsys.readouterr().out
    assert "need-described" in out and "Jeg finner ingen tall" in out


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "skisse.md"
    path.write_text("mitt arbeid", encoding="utf-8")
    assert main(["new", str(path)]) == 2
    assert "finnes allerede" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "mitt arbeid"


def test_new_rejects_invalid_orgnr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "a.md"), "--orgnr", "964338532"]) == 2
    assert "ikke gyldig" in capsys.readouterr().err
    assert not (tmp_path / "a.md").exists()


def test_check_json_shape_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "--json", "--no-pages", str(SKETCHES / "sterk-bokmal.md"), str(SKETCHES / "selskap-soker.md")])
    data = json.loads(capsys.readouterr().out)
    assert code == 1  # the company applicant fails eligibility
    assert [Path(d["path"]).name for d in data] == ["sterk-bokmal.md", "selskap-soker.md"]
    for item in data:
        assert set(item) == {"path", "pages", "notes", "criteria"}
        assert item["notes"] == []  # nothing to say about a Markdown sketch read as it is
        for c in item["criteria"]:
            assert set(c) == {"id", "status", "findings"}
            assert c["status"] in {"pass", "warn", "fail", "n/a"}
            for f in c["findings"]:
                assert set(f) == {"level", "message", "section", "line", "suggestion"}
    statuses = {c["id"]: c["status"] for c in data[1]["criteria"]}
    assert statuses["eligibility"] == "fail"


def test_check_strong_sketch_exits_zero_with_pages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", str(SKETCHES / "sterk-bokmal.md")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 1 <= data[0]["pages"] <= 5


def test_unreadable_input_exits_two_with_one_line(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "finnes-ikke.md"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    binary = tmp_path / "bilde.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    result = run("check", str(binary))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_unknown_rubric_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--rubric", "finnes-ikke", str(SKETCHES / "sterk-bokmal.md")]) == 2
    err = capsys.readouterr().err
    assert "finnes-ikke" in err and "innovasjonspartnerskap" in err


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nb", "ukjent kriteriesett «finnes-ikke» (kjente: "), ("nn", "ukjent kriteriesett «finnes-ikke» (kjende: "), ("en", "unknown rubric 'finnes-ikke' (known: ")],
)
@pytest.mark.parametrize(
    "command",
    [["rubric", "show", "finnes-ikke"], ["check", "--rubric", "finnes-ikke", str(SKETCHES / "sterk-bokmal.md")], ["export", str(SKETCHES / "sterk-bokmal.md"), "--rubric", "finnes-ikke"]],
)
def test_an_unknown_rubric_is_said_in_the_chosen_language(lang: str, said: str, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # It was English whatever --lang said.
    assert main(["--lang", lang, *command]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"skisse: {said}") and "innovasjonspartnerskap" in err and len(err.strip().splitlines()) == 1
    assert main(["--lang", lang, "new", str(tmp_path / "ny.md"), "--rubric", "finnes-ikke"]) == 2
    assert said in capsys.readouterr().err and not (tmp_path / "ny.md").exists()


def test_rubric_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rubric", "list"]) == 0
    out = capsys.readouterr().out
    assert "innovasjonspartnerskap" in out and "innovasjon-norge-ioa" in out
    assert main(["rubric", "show", "innovasjon-norge-ioa"]) == 0
    out = capsys.readouterr().out
    assert "Gjennomføringsevne" in out and "Kunnskap" in out
    assert "handler om: Grønnere og smartere, Samarbeidspartnere, Problem og behov" in " ".join(out.split())


def test_help_follows_the_locale() -> None:
    import os

    nb = run("--help", env={**os.environ, "LANG": "nb_NO.UTF-8", "LC_ALL": ""})
    en = run("--help", env={**os.environ, "LANG": "en_GB.UTF-8", "LC_ALL": ""})
    assert "sjekk skisser" in nb.stdout and "check sketches" in en.stdout
    for word in ("new", "check", "export", "rubric"):
        assert word in nb.stdout


@pytest.mark.parametrize(
    ("env", "coloured"),
    [({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False), ({"FORCE_COLOR": "1"}, True), ({}, False)],
)
def test_check_colours_only_a_terminal_that_wants_them(
    env: dict[str, str], coloured: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    main(["check", str(SKETCHES / "sterk-bokmal.md"), "--no-pages"])
    out = capsys.readouterr().out  # captured: not a terminal, so colour only when forced
    assert ("\x1b[" in out) is coloured
    assert "need-described" in out
    if coloured:
        assert "\x1b[1mneed-described" not in out and "\x1b[1m need-described\x1b[0m" in out


def test_each_command_is_registered_by_the_module_the_map_names() -> None:
    import argparse

    from assistant.cli.main import COMMAND_MODULES, build_parser

    def commands(parser: argparse.ArgumentParser) -> set[str]:
        return {name for action in parser._subparsers._group_actions for name in action.choices}

    everything = commands(build_parser("en"))
    assert everything == set(COMMAND_MODULES)
    for name in everything:
        assert name in commands(build_parser("en", command=name))


def test_the_command_leaves_everything_written_and_cleaned_up(tmp_path: Path) -> None:
    """The command ends without the interpreter's last garbage collection; what exit handlers and
    closing do (page count stored, JSON flushed, the typst work folder removed) must still happen."""
    import os
    import sqlite3

    sketch = tmp_path / "s.md"
    sketch.write_text((SKETCHES / "sterk-bokmal.md").read_text(encoding="utf-8"), encoding="utf-8")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "SKISSE_HOME": str(tmp_path / "home"), "TMPDIR": str(scratch)}
    first = run("check", "--json", str(sketch), env=env)
    assert json.loads(first.stdout)[0]["pages"] >= 1
    with sqlite3.connect(tmp_path / "home" / "cache" / "pages.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 1
    assert list(scratch.iterdir()) == []  # no skisse-render-* folder left behind


class _Terminal:
    """A text stream that says it is a terminal."""

    def __init__(self) -> None:
        import io

        self.buffer = io.StringIO()

    def write(self, text: str) -> int:
        return self.buffer.write(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_in_a_terminal_findings_wrap_under_their_indent_and_in_a_pipe_they_do_not(monkeypatch) -> None:
    import io
    import os
    import shutil
    from pathlib import Path

    from assistant.cli.report_text import print_reports
    from assistant.core.sketch.document import parse_sketch
    from assistant.core.judging.engine import check_sketch

    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=None: os.terminal_size((60, 24)))
    text = (Path(__file__).parents[1] / "fixtures" / "sketches" / "svak-kort.md").read_text(encoding="utf-8")
    report = check_sketch(parse_sketch(text))
    terminal = _Terminal()
    print_reports([report], lang="nb", stream=terminal)
    lines = terminal.buffer.getvalue().splitlines()
    findings = [line for line in lines[1:] if line.startswith("      ")]  # a criterion's findings and advice
    assert findings and all(len(line) <= 60 for line in findings), [line for line in findings if len(line) > 60]
    pipe = io.StringIO()
    print_reports([report], lang="nb", stream=pipe)
    piped = [line for line in pipe.getvalue().splitlines()[1:] if line.startswith("      ")]
    assert any(len(line) > 60 for line in piped)  # one line each, for grep
    assert len(findings) > len(piped)  # in the terminal the long ones took two lines or more
    assert " ".join(line.strip() for line in findings).split() == " ".join(line.strip() for line in piped).split()  # no word lost


@pytest.mark.parametrize(("lang", "said"), [("nb", "og eventuelt Markdown og Word"), ("nn", "og eventuelt Markdown og Word"), ("en", "and Markdown and Word if asked")])
def test_help_says_export_writes_word_too(lang: str, said: str, capsys: pytest.CaptureFixture[str]) -> None:
    # `skisse --help` said the export writes the PDF «and Markdown»; it writes Word too (--docx).
    with pytest.raises(SystemExit):
        main(["--lang", lang, "--help"])
    assert said in " ".join(capsys.readouterr().out.split())
