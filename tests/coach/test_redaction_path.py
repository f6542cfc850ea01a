"""The real request path: `skisse ask` and `skisse assess` against a local OpenAI-compatible server.

Sketches from the generated corpus (identity numbers, phones and e-mail addresses planted in the
metadata, prose, tables, lists, comments, headings and in the question) go through the command
line exactly as a user runs it. Nothing planted may reach the server, and the count on stderr
(«N personopplysning(er) ble fjernet») must be the number of items removed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from assistant.cli.main import main

sys.path.insert(0, str(Path(__file__).parents[1]))

from reliability.personal_corpus import corpus, leaked  # noqa: E402

SKETCHES = corpus(seed=2016, count=12)
PLACEHOLDERS = re.compile(r"\[(?:fødselsnummer|telefonnummer|e-post) fjernet\]")
COUNT = re.compile(r"skisse: (\d+) personopplysning\(er\) ble fjernet")


def sent_text(raw: bytes, roles: tuple[str, ...] = ("system", "user", "assistant")) -> str:
    """The content of a request's messages (those in `roles`), as the server received it."""
    body = json.loads(raw)
    return "\n".join(
        m["content"] if isinstance(m["content"], str) else json.dumps(m["content"], ensure_ascii=False)
        for m in body["messages"]
        if m["role"] in roles
    )


def placeholders(raw: bytes) -> int:
    """Placeholders in what the user sends (the system prompt names one to explain them)."""
    return len(PLACEHOLDERS.findall(sent_text(raw, ("user",))))


def assert_nothing_planted_reached(sketch, sent: str, *, question: bool) -> None:
    reached = [(p.kind, p.context, p.written) for p in sketch.planted if (question or not p.in_question) and leaked(p, sent)]
    assert reached == []


@pytest.mark.parametrize("index", range(len(SKETCHES)))
def test_ask_sends_no_planted_identifier_and_counts_truly(index, server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sketch = SKETCHES[index]
    path = tmp_path / "skisse.md"
    path.write_text(sketch.text, encoding="utf-8")
    assert main(["--lang", "nb", "ask", str(path), sketch.question, "--model", "test-model", "--base-url", server.base_url]) == 0
    err = capsys.readouterr().err
    sent = sent_text(server.raw_bodies[-1])
    assert_nothing_planted_reached(sketch, sent, question=True)
    count = COUNT.search(err)
    assert count is not None, err
    assert int(count.group(1)) == len(sketch.planted) == placeholders(server.raw_bodies[-1])
    for kept in sketch.kept[:20]:
        assert kept.written in sent  # amounts, dates and org numbers reach the model as written


@pytest.mark.parametrize("index", range(0, len(SKETCHES), 3))
def test_assess_sends_no_planted_identifier_and_counts_truly(index, server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sketch = SKETCHES[index]
    server.structured = {"criteria": [{"criterion": "need-described", "score": 3, "evidence": [], "missing": [], "next_step": "Tell."}], "summary": "S."}
    path = tmp_path / "skisse.md"
    path.write_text(sketch.text, encoding="utf-8")
    assert main(["--lang", "nb", "assess", str(path), "--model", "m", "--base-url", server.base_url, "--json"]) == 0
    err = capsys.readouterr().err
    sent = sent_text(server.raw_bodies[-1])
    assert_nothing_planted_reached(sketch, sent, question=False)
    in_sketch = [p for p in sketch.planted if not p.in_question]
    count = COUNT.search(err)
    assert count is not None and int(count.group(1)) == len(in_sketch) == placeholders(server.raw_bodies[-1])
