"""The log: rotating, private, and free of secrets and draft text at INFO."""

from __future__ import annotations

import logging

import pytest

from assistant.core.files import logs
from assistant.core.files.logs import crash_report, scrub_secrets, setup_logging, teardown_logging

KEY = "sk-test-" + "Zq9" * 12
DRAFT = "Hjemmetjenesten i Vestby bruker 1 234 timer i uka på kjøring mellom brukere."


@pytest.fixture
def logfile(skisse_home, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    path = setup_logging(logging.INFO)
    yield path
    teardown_logging()


def _flush():
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_log_lives_in_the_state_dir_and_is_private(logfile, skisse_home):
    logging.getLogger("assistant.test").info("started")
    _flush()
    assert logfile == skisse_home / "state" / "skisse.log"
    assert "started" in logfile.read_text(encoding="utf-8")
    assert logfile.stat().st_mode & 0o777 == 0o600


def test_secrets_never_reach_the_log(logfile):
    log = logging.getLogger("assistant.coach")
    log.warning("request failed with key %s", KEY)
    log.error("headers: Authorization: Bearer %s", "abcDEF123456789xyz")
    log.warning("config api_key = 'plainvalue123'")
    try:
        raise RuntimeError(f"provider said: invalid key {KEY}")
    except RuntimeError:
        log.exception("coach failed")
    _flush()
    text = logfile.read_text(encoding="utf-8")
    assert KEY not in text and "abcDEF123456789xyz" not in text and "plainvalue123" not in text
    assert text.count("[secret]") >= 4
    assert "RuntimeError" in text  # the traceback is kept, only the key is gone


def test_draft_text_only_at_debug(logfile):
    log = logging.getLogger("assistant.tui")
    log.debug("draft: %s", DRAFT)
    log.info("autosaved %d characters", len(DRAFT))
    log.info("long message: %s", "x" * 5000)
    _flush()
    text = logfile.read_text(encoding="utf-8")
    assert DRAFT not in text
    assert "autosaved" in text
    assert "x" * (logs.MAX_INFO_CHARS + 1) not in text and "more characters not logged" in text


def test_personal_data_is_redacted_at_info(logfile):
    logging.getLogger("assistant.check").warning("found kari.nordmann@gmail.com on line 3")
    _flush()
    text = logfile.read_text(encoding="utf-8")
    assert "kari.nordmann@gmail.com" not in text and "e-mail address removed" in text


def test_other_libraries_only_warnings(logfile):
    logging.getLogger("httpx").setLevel(logging.DEBUG)
    logging.getLogger("httpx").info("POST https://api.example/v1/chat body=%s", DRAFT)
    logging.getLogger("httpx").warning("retrying")
    _flush()
    text = logfile.read_text(encoding="utf-8")
    assert DRAFT not in text and "retrying" in text


def test_rotation_keeps_a_bounded_size(skisse_home, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = setup_logging(logging.INFO)
    try:
        log = logging.getLogger("assistant.rot")
        for i in range(300):
            log.info("linje %d %s", i, "y" * 40)
        _flush()
        files = sorted(p.name for p in path.parent.glob("skisse.log*"))
        assert files == ["skisse.log", "skisse.log.1", "skisse.log.2", "skisse.log.3"]
        assert all((path.parent / f).stat().st_size <= 2100 for f in files)
        assert all((path.parent / f).stat().st_mode & 0o777 == 0o600 for f in files)
    finally:
        teardown_logging()


def test_scrub_env_values_and_shapes(monkeypatch):
    monkeypatch.setenv("MY_SERVICE_TOKEN", "tok-very-secret-1")
    assert scrub_secrets("a tok-very-secret-1 b") == "a [secret] b"
    assert scrub_secrets("ghp_" + "a" * 30) == "[secret]"
    assert scrub_secrets("Behov: 1 250 000 kr") == "Behov: 1 250 000 kr"


def test_crash_report_is_scrubbed_and_private(skisse_home, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    try:
        raise ValueError(f"boom {KEY} fnr 15108695088")
    except ValueError as exc:
        path = crash_report(exc, context="skisse check")
    assert path is not None and path.parent == skisse_home / "state"
    text = path.read_text(encoding="utf-8")
    assert "ValueError" in text and KEY not in text and "15108695088" not in text
    assert path.stat().st_mode & 0o777 == 0o600
