"""Personal data is replaced before a request leaves the machine."""

from __future__ import annotations

import pytest

from assistant.coach import redact as r

FNR = "01019000083"


def test_redacts_fodselsnummer_phone_email() -> None:
    text = f"Kontaktperson Kari Nordmann, fnr {FNR}, mobil 922 33 444, kari.nordmann@gmail.com. Budsjett 1 250 000 kr."
    out, count = r.redact(text)
    assert FNR not in out and "922 33 444" not in out and "gmail" not in out
    assert "1 250 000 kr" in out
    assert count == 3
    assert "[fødselsnummer fjernet]" in out


def test_a_failing_finder_masks_bluntly_instead_of_sending_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str):
        raise RuntimeError("finder bug")

    monkeypatch.setattr("assistant.core.sketch.personal.find_personal_data", broken)
    out, count = r.redact("fnr 010190 12345, mobil 922 33 444, kari@nordmann.no; 12 000 innbyggere.")
    assert "12345" not in out and "922 33 444" not in out and "nordmann" not in out
    assert "12 000 innbyggere" in out and count == 3
    assert out.count("[personopplysning fjernet]") == 3


def test_nothing_to_redact_is_unchanged() -> None:
    text = "Kommunen har 12 000 innbyggere over 80 år (SSB, 2024)."
    assert r.redact(text) == (text, 0)
