"""The `personal-data` criterion: any identity number fails the sketch; personal phones and
e-mail addresses warn (rubric/innovasjonspartnerskap.toml, messages in rubric/messages.toml)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from assistant.core.sketch.personal import find_personal_data

from assistant.cli.main import main
from assistant.core.sketch.document import parse_sketch
from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.rubric import load_rubric

from .personal_corpus import identity_number

SKETCH = (Path(__file__).parents[1] / "fixtures" / "sketches" / "sterk-bokmal.md").read_text(encoding="utf-8")


def verdict(text: str):
    report = check_sketch(parse_sketch(text), load_rubric("innovasjonspartnerskap"))
    return next(c for c in report.criteria if c.id == "personal-data")


def with_line(line: str) -> str:
    return SKETCH.replace("\n## ", f"\n{line}\n\n## ", 1)


def test_the_clean_sketch_passes():
    result = verdict(SKETCH)
    assert result.status.value == "pass"
    assert [f.message for f in result.findings] == ["Ingen personopplysninger funnet."]


@pytest.mark.parametrize(
    ("kind", "message"),
    [("fodselsnummer", "Et fødselsnummer står i skissen."), ("d-number", "Et D-nummer står i skissen."), ("h-number", "Et H-nummer står i skissen.")],
)
@pytest.mark.parametrize("form", ["{n}", "{n6}.{n5}", "{d}.{m}.{y} {n5}", "{n6}\u202f{n5}", "{n6}\n{n5}", "{n6}\u2013{n5}"])
def test_any_identity_number_fails(kind, message, form):
    n = identity_number(random.Random(kind + form), kind)
    written = form.format(n=n, n6=n[:6], n5=n[6:], d=n[:2], m=n[2:4], y=n[4:6])
    result = verdict(with_line(f"Brukeren det gjelder har nummer {written}."))
    assert result.status.value == "fail"
    fails = [f for f in result.findings if f.level.value == "fail"]
    assert [f.message for f in fails] == [message]


def test_a_fodselsnummer_and_a_d_number_fail_with_two_findings():
    fnr, dnr = identity_number(random.Random(1), "fodselsnummer"), identity_number(random.Random(2), "d-number")
    result = verdict(with_line(f"Pasient {fnr[:6]} {fnr[6:9]} {fnr[9:]}, pårørende {dnr[:2]}.{dnr[2:4]}.{dnr[4:6]} {dnr[6:]}."))
    assert result.status.value == "fail"
    assert sorted(f.message for f in result.findings) == ["Et D-nummer står i skissen.", "Et fødselsnummer står i skissen."]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Ring Kari Nordmann på 912\u202f34\u202f567.", "Et personlig telefonnummer står i skissen."),
        ("Sentralbord 55 56 55 56 / 412 34 567", "Et personlig telefonnummer står i skissen."),
        ("Skriv til kari.nordmann (at) gmail.com.", "En personlig e-postadresse står i skissen."),
        ("Skriv til jörg.möller62@gmail.com.", "En personlig e-postadresse står i skissen."),
    ],
)
def test_a_personal_phone_or_address_warns(line, message):
    result = verdict(with_line(line))
    assert result.status.value == "warn"
    assert [f.message for f in result.findings] == [message]


@pytest.mark.parametrize(
    "line",
    [
        "Sentralbord: 55 56 55 56, postmottak@bergen.kommune.no.",
        "Prosjektleder 01.02.2025. Rammen er 45000000, og 48 000 000 kr går til utvikling.",
        "Org.nr. 964 338 531. Planperioden 2024–2026.",
    ],
)
def test_switchboards_role_addresses_amounts_and_dates_pass(line):
    assert verdict(with_line(line)).status.value == "pass"


def test_skisse_check_fails_a_sketch_with_a_d_number(tmp_path, capsys):
    dnr = identity_number(random.Random(3), "d-number")
    path = tmp_path / "skisse.md"
    path.write_text(with_line(f"D-nummer: {dnr[:6]}.{dnr[6:]}"), encoding="utf-8")
    assert main(["--lang", "nb", "check", str(path), "--no-pages"]) == 1
    out = capsys.readouterr().out
    assert "Et D-nummer står i skissen." in out


@pytest.mark.parametrize(
    "line",
    [
        # A budget's figures per year side by side, in thousands: the digits across the slashes
        # make a valid mobile number («900 1 600 1» → 9001 6001), yet no one's number is there.
        "- Frikjøp av veiledere, saksbehandlere og behandlere: 900 / 1 600 / 1 600",
        "- Frikjøp av rettleiarar og sakshandsamarar: 900/1 600/1 600 (tusen kroner)",
        "- Staff time for advisers and case workers (NOK thousand): 900 / 1 600 / 1 600",
        "Utgiftene var 412 / 345 / 678 tusen kroner i 2022, 2023 og 2024.",
        # The same figures across spaced dashes, or in a run with a group of one digit.
        "- Frikjøp av veiledere: 900 – 1 600 – 1 600",
        "- Staff time (NOK thousand): 900 - 1 600 - 1 600",
        "- Frikjøp av rettleiarar (tusen kroner): 900 1 600 1 600",
    ],
)
def test_figures_side_by_side_across_slashes_are_no_phone_number(line):
    assert verdict(with_line(line)).status.value == "pass"


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: a real mobile beside a slash is still someone's number.
        "Tlf. 22 07 30 00 / 915 02 770 (prosjektleder)",
        "Kontakt: 41 23 45 67 / kari.nordmann@bergen.kommune.no",
        "Ring prosjektleiaren på 412 34 567 / 55 56 55 56.",
        "Prosjektleder Kari Holm, mobil 91-23-45-67.",
        "Project lead Kari Holm, mobile +47 912 34 567 – 55 56 55 56 (switchboard).",
    ],
)
def test_a_mobile_beside_a_slash_is_still_found(line):
    # Found as a phone number, not read as figures; in a contact line it is then the contact's
    # (a note), elsewhere a warning.
    assert "phone" in {hit.kind.value for hit in find_personal_data(line)}
    findings = verdict(with_line(line)).findings
    assert any(f.message.startswith(("Et personlig telefonnummer", "Kontaktpersonen")) for f in findings), findings
