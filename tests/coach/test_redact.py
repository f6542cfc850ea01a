"""Personal data is replaced before a request leaves the machine."""

from __future__ import annotations

import pytest

from assistant.coach import redact as r

FNR = "01019000083"


@pytest.mark.parametrize("use_core", [True, False])
def test_redacts_fodselsnummer_phone_email(use_core: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not use_core:
        monkeypatch.setattr(r, "_core_spans", lambda text: None)
    text = f"Kontaktperson Kari Nordmann, fnr {FNR}, mobil 922 33 444, kari.nordmann@gmail.com. Budsjett 1 250 000 kr."
    out, count = r.redact(text)
    assert FNR not in out and "922 33 444" not in out and "gmail" not in out
    assert "1 250 000 kr" in out
    assert count == 3
    assert "[fødselsnummer fjernet]" in out


def test_local_finder_catches_mistyped_numbers_shaped_like_a_birth_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(r, "_core_spans", lambda text: None)
    out, count = r.redact("fnr 01019012345 og saksnummer 99999912345")
    assert "01019012345" not in out and "99999912345" in out and count == 1


def test_nothing_to_redact_is_unchanged() -> None:
    text = "Kommunen har 12 000 innbyggere over 80 år (SSB, 2024)."
    assert r.redact(text) == (text, 0)
