"""A model answer that is no valid reply (non-UTF-8 bytes, not JSON, not OpenAI's shape), a
stream cut before any text, and any failure the coach does not know: one plain sentence in the
user's language, never a Python exception's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.coach.errors import to_coach_error
from assistant.coach.settings import CoachSettings

SKETCH = str(Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md")
INVALID = {
    "nb": "skisse: Modelltjenesten svarte med noe som ikke er et gyldig svar. Prøv igjen, eller sjekk at adressen går til en modelltjeneste.",
    "nn": "skisse: Modelltenesta svarte med noko som ikkje er eit gyldig svar. Prøv igjen, eller sjekk at adressa går til ei modellteneste.",
    "en": "skisse: The model service answered with something that is not a valid reply. Try again, or check that the address leads to a model service.",
}
PYTHON_TEXTS = ("codec", "0xff", "Expecting value", "string indices", "attribute", "Traceback", "Warning", "Error:")


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
@pytest.mark.parametrize("step", ["garbage", "notjson", "shape"])
def test_a_reply_that_is_not_valid_is_one_plain_line(server, capsys: pytest.CaptureFixture[str], step: str, lang: str) -> None:
    server.script = [step]
    assert main(["--lang", lang, "ask", SKETCH, "Hva mangler?", "--model", "m", "--base-url", server.base_url]) == 3
    captured = capsys.readouterr()
    assert captured.err.strip() == INVALID[lang]
    assert not any(text in captured.err + captured.out for text in PYTHON_TEXTS)


@pytest.mark.parametrize("step", ["garbage", "shape"])
def test_an_assessment_that_is_not_valid_is_one_plain_line(server, capsys: pytest.CaptureFixture[str], step: str) -> None:
    server.script = [step]
    assert main(["--lang", "en", "assess", SKETCH, "--model", "m", "--base-url", server.base_url]) == 3
    captured = capsys.readouterr()
    assert captured.err.strip() == INVALID["en"]
    assert not any(text in captured.err for text in PYTHON_TEXTS)


def test_a_stream_cut_before_any_text_does_not_speak_of_text_above(server, capsys: pytest.CaptureFixture[str]) -> None:
    server.script = ["cut0"]
    assert main(["--lang", "nb", "ask", SKETCH, "Hva mangler?", "--model", "m", "--base-url", server.base_url]) == 3
    captured = capsys.readouterr()
    assert captured.err.strip() == "skisse: Forbindelsen ble brutt før modellen hadde sendt noe tekst; prøv igjen."
    assert "ufullstendig" not in captured.out + captured.err


def test_a_stream_cut_after_some_text_still_says_it_is_incomplete(server, capsys: pytest.CaptureFixture[str]) -> None:
    server.script = ["cut"]
    assert main(["--lang", "en", "ask", SKETCH, "q", "--model", "m", "--base-url", server.base_url]) == 3
    captured = capsys.readouterr()
    assert "(incomplete reply)" in captured.out and "The text above is incomplete" in captured.err


@pytest.mark.parametrize("lang, plain", [("nb", "Noe uventet gikk galt med modellen"), ("nn", "Noko uventa gjekk gale"), ("en", "Something unexpected went wrong")])
def test_an_unknown_failure_shows_no_exception_text(lang: str, plain: str) -> None:
    err = to_coach_error(RuntimeError("internal state 0x7f3a: assertion failed"), CoachSettings(model="m"), lang)
    assert plain in err.message_for_user and "0x7f3a" not in err.message_for_user and "assertion" not in err.message_for_user


def test_a_refusal_shows_the_services_own_words_not_the_clients() -> None:
    class BadRequestError(Exception):
        status_code = 400
        body = {"message": "max_tokens is too large", "type": "invalid_request_error"}

    err = to_coach_error(BadRequestError("Error code: 400 - {'error': {'message': 'max_tokens is too large'}}"), CoachSettings(model="m"), "en")
    assert err.message_for_user == "The model did not accept the request (400): max_tokens is too large"


def test_the_command_prints_no_library_warning_for_a_reply_in_the_wrong_shape(server, tmp_path: Path) -> None:
    """In a real run (no pytest capturing warnings) stderr holds the one line and nothing else."""
    import os
    import subprocess
    import sys

    server.script = ["shape"]
    env = {**os.environ, "SKISSE_HOME": str(tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "assistant", "--lang", "en", "ask", SKETCH, "q", "--model", "m", "--base-url", server.base_url],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert run.returncode == 3
    assert run.stderr.strip() == INVALID["en"]
