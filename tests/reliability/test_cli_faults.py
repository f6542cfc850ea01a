"""The CLI's last line of defence: an unexpected error is one line and a private, scrubbed crash report."""

from __future__ import annotations

import logging

import pytest

from assistant.cli import cmd_rubric
from assistant.cli.main import main

KEY = "sk-live-" + "M4k" * 12


def test_unexpected_error_is_one_line_and_a_crash_report(skisse_home, monkeypatch, capsys):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)

    def broken(args):
        raise RuntimeError(f"a bug, while holding {KEY}")

    monkeypatch.setattr(cmd_rubric, "run_list", broken)
    assert main(["--lang", "en", "rubric", "list"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("skisse: unexpected error (RuntimeError); the details are in ")
    reports = list((skisse_home / "state").glob("crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in err
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError" in text and "broken" in text and KEY not in text
    assert reports[0].stat().st_mode & 0o777 == 0o600


def test_each_run_logs_to_the_state_dir_and_lets_go(skisse_home, monkeypatch, capsys):
    def noisy(args):
        logging.getLogger("assistant.cli").warning("listing rubrics")
        return 0

    monkeypatch.setattr(cmd_rubric, "run_list", noisy)
    assert main(["--lang", "en", "rubric", "list"]) == 0
    log = skisse_home / "state" / "skisse.log"
    assert "listing rubrics" in log.read_text(encoding="utf-8")
    # The handler is removed after the run: later logging does not reach the file.
    logging.getLogger("assistant.cli").warning("after the run")
    assert "after the run" not in log.read_text(encoding="utf-8")


def test_file_messages_follow_the_lang_option(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("SKISSE_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    missing = tmp_path / "nope.md"
    assert main(["--lang", "nn", "check", "--no-pages", str(missing)]) == 2
    assert "fila finst ikkje" in capsys.readouterr().err
    monkeypatch.delenv("SKISSE_LANG", raising=False)
    assert main(["--lang", "en", "check", "--no-pages", str(missing)]) == 2
    assert "no such file" in capsys.readouterr().err


# A name longer than the system takes (255 bytes on Linux and macOS): every command that reads a
# path says so in the one line reading it gives, and writes no crash report.
LONG_NAME = "x" * 300 + ".md"
READING = [
    ["check"],
    ["check", "--json"],
    ["export", "--pdf"],
    ["import"],
    ["history"],
    ["report"],
    ["coach", "--log"],
    ["portfolio"],
    [],  # the window: `skisse NAME.md`
]


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c) or "window")
def test_a_file_name_too_long_is_one_line_for_every_command(command, skisse_home, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    argv = ["--lang", "en", *command[:1], LONG_NAME, *command[1:]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err == f"skisse: {LONG_NAME}: could not read the file: the file name is too long\n"
    assert not list((skisse_home / "state").glob("crash-*.txt"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["a.md\nb.md", "a.md\r\x1b[2Kb.md", "a\tb.md"])
@pytest.mark.parametrize("command", [["check"], ["export", "--pdf"], ["history"], ["portfolio"]], ids=" ".join)
def test_a_file_name_with_control_characters_is_shown_escaped_on_one_line(name, command, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", command[0], name, *command[1:]]) in (1, 2)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\r" not in err and "\x1b" not in err and "\t" not in err
    escaped = name.replace("\n", "\\u000a").replace("\r", "\\u000d").replace("\x1b", "\\u001b").replace("\t", "\\u0009")
    assert err.startswith("skisse: ") and escaped in err


def test_new_with_a_file_name_too_long_says_it_cannot_write_it(skisse_home, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--lang", "en", "new", LONG_NAME]) == 2
    assert capsys.readouterr().err == f"skisse: {LONG_NAME}: could not write the file: the file name is too long\n"
    assert not list((skisse_home / "state").glob("crash-*.txt")) and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "ord i de første 200 000 tegnene (den delen som er sjekket)"),
        ("nn", "ord i dei første 200 000 teikna (den delen som er sjekka)"),
        ("en", "words in the first 200 000 characters (the part checked)"),
    ],
)
def test_a_text_checked_in_part_says_its_word_count_is_of_that_part(skisse_home, tmp_path, capsys, lang, part):
    """A pasted text past the length a check reads: the header's word count is of the part
    checked, and says so (it gave that count as the whole text's)."""
    from pathlib import Path

    strong = (Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8")
    cut = strong.index("\n## ", strong.index("\n## ") + 4)
    para = "Eldre som bur heime fell ofte om natta, og kommunen manglar tal på kor mange. " * 5 + "\n\n"
    huge = tmp_path / "huge.md"
    huge.write_text(strong[:cut] + "\n" + para * 700 + strong[cut:], encoding="utf-8")
    main(["check", str(huge), "--no-pages", "--lang", lang])
    head = capsys.readouterr().out.splitlines()[0]
    assert part in head and "LIX" in head
    small = tmp_path / "small.md"
    small.write_text(strong, encoding="utf-8")
    capsys.readouterr()
    main(["check", str(small), "--no-pages", "--lang", lang])
    assert part not in capsys.readouterr().out.splitlines()[0]
