"""`--lang` on the command line, in either spelling, reaches the window and wins over the
language saved from an earlier run; it sets the core's language for that run only."""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

from assistant.cli import main as cli


@pytest.fixture
def opened(monkeypatch):
    """What language each window would have been opened with (the window itself is not run)."""
    seen: list[tuple[str | None, str | None]] = []

    def fake_make_app(path=None, lang=None):  # noqa: ANN001
        def run(**_kw):  # noqa: ANN003
            seen.append((lang, os.environ.get("SKISSE_LANG")))

        return SimpleNamespace(run=run, return_code=0)

    import assistant.tui.app as app_module

    monkeypatch.setattr(app_module, "make_app", fake_make_app)
    monkeypatch.setattr("assistant.cli.cmd_tui._flush_on_signals", lambda: None)
    monkeypatch.delenv("SKISSE_LANG", raising=False)
    return seen


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang=en"],
        ["--lang", "en"],
        ["--lang=en", "tui"],
        ["tui", "--lang", "en"],
        ["--lang=nn", "--lang=en"],
    ],
)
def test_the_language_asked_for_opens_the_window(opened, argv):
    assert cli.main(argv) == 0
    assert opened == [("en", "en")]
    # and it does not stay behind for whatever runs next in the same process
    assert "SKISSE_LANG" not in os.environ


def test_without_the_option_the_saved_language_is_left_to_decide(opened):
    assert cli.main(["tui"]) == 0
    assert opened == [(None, None)]


def test_a_language_set_before_the_run_is_put_back(opened, monkeypatch):
    monkeypatch.setenv("SKISSE_LANG", "nn")
    assert cli.main(["--lang=en"]) == 0
    assert opened == [("en", "en")]
    assert os.environ["SKISSE_LANG"] == "nn"


def test_advisor_windows_get_the_language_asked_for(monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr("assistant.cli.cmd_portfolio.run_app_with", lambda make, lang=None, **_: seen.append(lang) or 0)
    monkeypatch.delenv("SKISSE_LANG", raising=False)
    assert cli.main(["portfolio", str(tmp_path), "--tui", "--lang=nn"]) == 0
    assert seen == ["nn"]
