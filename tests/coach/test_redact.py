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


def test_a_landline_nobody_is_said_to_own_is_removed_before_a_cloud_model_though_the_checker_spares_it():
    """The checker reads «Kontakt oss på 33 30 45 00» as an office's line (no personal data, as the
    call means it); what leaves the machine errs on the side of the person and removes it. A number
    given after a body's name is spared by both."""
    from assistant.coach.redact import redact as redact_for_model
    from assistant.core.sketch.personal import find_personal_data

    unclaimed = "Har du spørsmål? Kontakt oss på 33 30 45 00 eller på e-post."
    assert find_personal_data(unclaimed) == []
    sent, count = redact_for_model(unclaimed)
    assert "33 30 45 00" not in sent and count == 1
    bodys = "Sentralbordet i Bodø kommune, tlf. 75 55 50 00, svarer hverdager."
    assert find_personal_data(bodys) == []
    assert redact_for_model(bodys)[0] == bodys


def test_a_named_citizen_in_a_case_story_loses_the_name_but_an_anonymised_one_is_kept() -> None:
    out, count = r.redact("Sunniva Rykkje Dale i 9B fekk diagnosen sosial angstliding frå BUP Voss i fjor.")
    assert "Sunniva" not in out and "[navn fjernet]" in out and "diagnosen" in out and count == 1
    kept = "Ei kvinne i 80-åra har demens. Kari Holm (fiktivt navn) er innlagt. Overlege Kari Holm har sett mange med diagnosen."
    assert r.redact(kept) == (kept, 0)
