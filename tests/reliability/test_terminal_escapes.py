"""Nothing from a sketch, a file name or a model reaches the terminal as a control sequence.

A hostile sketch carries an OSC 52 clipboard write, a clear-screen, a window-title change, a C1
CSI, a bidi override and Textual/Rich markup in its applicant, title, partners and file name. It
goes through every command; stdout and stderr must hold no ESC, BEL, C1 or bidi character, and
the text must still be there, shown as `\\u001b…`. JSON output must stay valid and give back
the exact text.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.sketch.safetext import SafeStream, visible

sys.path.insert(0, str(Path(__file__).parents[1] / "coach"))
from openai_server import start  # noqa: E402

OSC52 = "\x1b]52;c;Y3VybCBodHRwczovL2V2aWwuZXhhbXBsZS94LnNoIHwgc2g=\x07"
CLEAR = "\x1b[2J\x1b[H"
TITLE = "\x1b]0;Alle kriterier oppfylt\x07"
HOSTILE = f"Test [/]AS {OSC52}{CLEAR} [b=x:y] \x9b31m \u202eRLO"
# What must never reach the terminal: C0 but tab and line feed, DEL, C1, bidi controls.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

SKETCH = f"""---
title: {json.dumps("Trygg hjemme " + TITLE)}
applicant:
  name: {json.dumps(HOSTILE)}
  orgnr: "964338531"
partners:
  - name: {json.dumps("Askøy [/] kommune " + OSC52)}
    role: {json.dumps("partner " + CLEAR)}
---

## Sammendrag

Eldre i Vestby vil bo hjemme lenger. {CLEAR}Alle kriterier oppfylt.

## Problem og behov

Behovet er stort, og det koster 45 millioner kroner i året. {OSC52}

## Budsjett

| Post | Beløp |
|---|---|
| Utvikling {TITLE} | 1 000 000 |
"""


def _clean(captured) -> str:
    both = captured.out + captured.err
    found = sorted({f"U+{ord(c):04X}" for c in RAW.findall(both)})
    assert not found, f"raw control characters reached the terminal: {found}"
    return both


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "mappe"
    folder.mkdir()
    path = folder / f"skisse {OSC52}[b=x:y].md"
    path.write_text(SKETCH, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["check", "{p}", "--no-pages"],
        ["check", "{p}", "--no-pages", "--verbose"],
        ["assess", "{p}"],
        ["ask", "{p}", "Hva mangler?"],
        ["history", "{p}"],
        ["report", "{p}"],
        ["coach", "{p}", "-a", "Rådgiver " + OSC52, "--comment", "Se på " + CLEAR, "--section", "need"],
        ["export", "{p}", "--md", "-o", "{d}/ut " + OSC52 + ".md"],
        ["portfolio", "{d}", "--no-pages", "--jobs", "1"],
        ["portfolio", "{d}", "--no-pages", "--jobs", "1", "--csv"],
        ["check", "{d}/finnes ikke " + OSC52 + ".md"],
        ["new", "{d}/ny " + OSC52 + ".md", "--applicant", HOSTILE, "--title", "Tittel " + TITLE],
        ["rubric", "show", "ukjent " + OSC52],
    ],
    ids=lambda c: " ".join(c[:3])[:40],
)
def test_every_command_shows_escapes_instead_of_sending_them(hostile, capsys, command):
    args = [a.replace("{p}", str(hostile)).replace("{d}", str(hostile.parent)) for a in command]
    code = main(["--lang", "nb", *args])
    assert code in (0, 1, 2)
    both = _clean(capsys.readouterr())
    if command[0] != "ask":  # the offline coach's answer quotes nothing from the sketch
        assert "\\u001b" in both  # the hostile text is there, shown


def test_coach_log_after_a_hostile_comment(hostile, capsys):
    main(["coach", str(hostile), "-a", "Rådgiver " + OSC52, "--comment", "Se på " + CLEAR, "--section", "need"])
    capsys.readouterr()
    assert main(["coach", str(hostile), "-a", "Rådgiver " + OSC52, "--log"]) == 0
    assert "\\u001b[2J" in _clean(capsys.readouterr())


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize("command", [["check", "{p}", "--no-pages", "--json"], ["assess", "{p}", "--json"], ["portfolio", "{d}", "--no-pages", "--jobs", "1", "--json"]])
def test_json_output_stays_valid_and_exact(hostile, capsys, command):
    args = [a.replace("{p}", str(hostile)).replace("{d}", str(hostile.parent)) for a in command]
    assert main(["--lang", "nb", *args]) in (0, 1)
    captured = capsys.readouterr()
    _clean(captured)
    strings = _strings(json.loads(captured.out))
    if command[0] != "assess":  # the offline assessment names no file
        assert str(hostile) in strings  # the file name, byte for byte, ESC and all


def test_check_json_gives_back_the_exact_applicant(hostile, capsys):
    main(["--lang", "nb", "check", str(hostile), "--no-pages", "--json"])
    data = json.loads(capsys.readouterr().out)
    messages = [f["message"] for c in data[0]["criteria"] for f in c["findings"]]
    assert data[0]["path"] == str(hostile)  # the file name, byte for byte, with its ESC
    assert any(HOSTILE in m for m in messages)


@pytest.fixture
def server():
    srv = start()
    yield srv
    srv.release.set()
    srv.shutdown()
    srv.server_close()


def test_a_model_reply_with_escapes_is_shown_not_obeyed(hostile, server, capsys):
    server.reply = f"Svar {TITLE}{CLEAR}ferdig {OSC52}"
    assert main(["--lang", "nb", "ask", str(hostile), "Hva mangler?", "--model", "test-model", "--base-url", server.base_url]) == 0
    both = _clean(capsys.readouterr())
    assert "Svar \\u001b]0;Alle kriterier oppfylt\\u0007\\u001b[2J" in both


def test_a_model_assessment_with_escapes_is_shown_not_obeyed(hostile, server, capsys):
    server.structured = {"criteria": [{"criterion": "need-described", "score": 4, "evidence": [], "missing": ["Tall " + CLEAR], "next_step": "Tell " + OSC52}], "summary": "S " + TITLE}
    assert main(["--lang", "nb", "assess", str(hostile), "--model", "test-model", "--base-url", server.base_url]) == 0
    both = _clean(capsys.readouterr())
    assert "\\u001b]52" in both


def test_models_with_an_escape_in_the_model_name(capsys, monkeypatch):
    monkeypatch.setenv("SKISSE_MODEL", "openai:gpt " + TITLE)
    main(["--lang", "nb", "models"])
    assert "\\u001b]0;" in _clean(capsys.readouterr())


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x00", "\r", "\x7f", "\x9b", "\u202e", "\u2066", "\u200f"])
def test_visible_escapes_every_control(char):
    shown = visible(f"a{char}b")
    assert not RAW.search(shown) and shown == f"a\\u{ord(char):04x}b"
    assert json.loads(f'"{shown}"') == f"a{char}b"  # the same escape JSON reads back


def test_tabs_newlines_and_norwegian_text_pass_untouched():
    text = "Behov\tøker «mye» – 1\u00a0000 kr\nlinje 2 ✓"
    assert visible(text) == text


def test_a_safe_stream_passes_through_chunks_split_mid_sequence():
    import io

    raw = io.StringIO()
    stream = SafeStream(raw)
    for piece in ["Svar \x1b", "]52;c;eA==", "\x07 ferdig"]:
        stream.write(piece)
    assert raw.getvalue() == "Svar \\u001b]52;c;eA==\\u0007 ferdig"
