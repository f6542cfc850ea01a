"""Personal data: identity numbers by their check digits, personal phones and e-mail addresses."""

from __future__ import annotations

import datetime
import random

import pytest
from stdnum.no import fodselsnummer

from assistant.core.sketch.personal import PersonalKind, email_is_personal, find_personal_data, redact


def make_identity_number(day: int, month: int, year: int, individual: int, *, d_number: bool = False, h_number: bool = False) -> str | None:
    """An 11-digit number with correct MOD11 check digits; None when no check digit exists (remainder 10)."""
    dd = day + (40 if d_number else 0)
    mm = month + (40 if h_number else 0)
    base = f"{dd:02d}{mm:02d}{year % 100:02d}{individual:03d}"
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    k1 = (11 - sum(w * int(c) for w, c in zip(w1, base))) % 11
    if k1 == 10:
        return None
    base += str(k1)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    k2 = (11 - sum(w * int(c) for w, c in zip(w2, base))) % 11
    if k2 == 10:
        return None
    return base + str(k2)


def generated(n: int, seed: int, **kw) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        year = rng.randint(1940, 1999)
        number = make_identity_number(rng.randint(1, 28), rng.randint(1, 12), year, rng.randint(0, 499), **kw)
        if number:
            out.append(number)
    return out


def test_generator_agrees_with_stdnum():
    numbers = generated(50, 1)
    assert all(fodselsnummer.is_valid(n) for n in numbers)
    # One changed digit breaks a check digit (MOD11 catches every single-digit error).
    broken = [n[:4] + str((int(n[4]) + 1) % 10) + n[5:] for n in numbers]
    assert not any(fodselsnummer.is_valid(n) for n in broken)


@pytest.mark.parametrize("number", generated(40, 7))
def test_valid_fodselsnummer_is_found(number):
    text = f"Brukeren har fødselsnummer {number} og bor i Bergen."
    hits = find_personal_data(text)
    assert [(h.kind, h.text, h.checksum_only) for h in hits] == [(PersonalKind.FODSELSNUMMER, number, False)]
    assert text[hits[0].start : hits[0].end] == number


@pytest.mark.parametrize("sep", [" ", "-", "\u00a0"])
def test_written_with_a_separator(sep):
    number = generated(1, 3)[0]
    written = number[:6] + sep + number[6:]
    hits = find_personal_data(f"fnr: {written}.")
    assert len(hits) == 1 and hits[0].text == written


def test_d_and_h_numbers():
    d = generated(1, 11, d_number=True)[0]
    h = generated(1, 12, h_number=True)[0]
    hits = find_personal_data(f"D-nummer {d}\nH-nummer {h}\n")
    assert [(h_.kind, h_.line) for h_ in hits] == [(PersonalKind.D_NUMBER, 1), (PersonalKind.H_NUMBER, 2)]
    assert fodselsnummer.is_valid(d)


def test_check_digits_pass_but_date_fails_is_flagged_checksum_only():
    # 31 February does not exist: stdnum refuses it, the check digits still pass.
    number = next(n for i in range(1000) if (n := make_identity_number(31, 2, 1985, i)))
    assert not fodselsnummer.is_valid(number)
    hits = find_personal_data(f"Nummer {number} i teksten.")
    assert len(hits) == 1 and hits[0].checksum_only and hits[0].kind == PersonalKind.FODSELSNUMMER


def test_born_in_the_future_is_checksum_only():
    next_year = datetime.date.today().year + 1
    number = next(n for i in range(500, 999) if (n := make_identity_number(1, 1, next_year, i)))
    hits = find_personal_data(number)
    assert len(hits) == 1 and hits[0].checksum_only


def test_wrong_check_digits_and_other_numbers_are_not_flagged():
    number = generated(1, 5)[0]
    wrong = number[:10] + str((int(number[10]) + 1) % 10)
    text = (
        f"Feil kontrollsiffer: {wrong}. Orgnr 964 338 531. Kontonummer 1503.12.34567.\n"
        "Budsjett 12 500 000 kr, 45 000 000 kroner, NOK 98 000 000. År 2024–2026.\n"
        f"Tolv sifre: {number}1 og {'9' + number}."
    )
    assert find_personal_data(text) == []


def test_mobile_numbers_are_personal_switchboards_are_not():
    text = (
        "Kontaktperson: Kari Nordmann, mobil 912 34 567.\n"
        "Ring oss på +47 41 23 45 67 om prosjektet.\n"
        "Sentralbord: 55 56 55 56 (Bergen kommune).\n"
        "Bergen kommune, tlf. 55 56 55 56.\n"
        "Gratis: 800 12 345. Nødnummer 113.\n"
    )
    hits = find_personal_data(text)
    assert [(h.kind, h.line, h.text) for h in hits] == [
        (PersonalKind.PHONE, 1, "912 34 567"),
        (PersonalKind.PHONE, 2, "+47 41 23 45 67"),
    ]


def test_fixed_line_next_to_a_persons_name_is_personal():
    hits = find_personal_data("Spørsmål kan rettes til Ola Hansen 22 33 44 55.")
    assert [h.text for h in hits] == ["22 33 44 55"]
    assert find_personal_data("Spørsmål kan rettes til Oslo kommune 21 80 21 80.") == []


def test_amount_shaped_number_counts_only_with_a_phone_word():
    assert find_personal_data("Rammen er 45 000 000 for tre år.") == []
    assert [h.text for h in find_personal_data("Tlf. 45 000 000")] == ["45 000 000"]


@pytest.mark.parametrize(
    ("address", "personal"),
    [
        ("kari.nordmann@bergen.kommune.no", True),
        ("ola_hansen@nav.no", True),
        ("per-arne.olsen2@stavanger.kommune.no", True),
        ("ola123@gmail.com", True),
        ("innovasjon@hotmail.com", True),
        ("postmottak@bergen.kommune.no", False),
        ("post@lup.no", False),
        ("innovasjon.prosjekt@bergen.kommune.no", False),
        ("kari@bergen.kommune.no", True),
        ("k.nordmann@bergen.kommune.no", True),
        ("jörg.möller62@gmail.com", True),
        ("servicetorg@stavanger.kommune.no", False),
    ],
)
def test_email_is_personal(address, personal):
    assert email_is_personal(address) is personal
    hits = find_personal_data(f"Skriv til {address}.")
    assert bool(hits) is personal
    if personal:
        assert hits[0].text == address and hits[0].kind == PersonalKind.EMAIL


def test_redact_replaces_every_hit_and_keeps_the_rest():
    number = generated(1, 9)[0]
    text = f"Kari Nordmann ({number}), kari.nordmann@gmail.com, mobil 987 65 432.\nSentralbord 55 56 55 56."
    redacted, hits = redact(text, "nb")
    assert len(hits) == 3
    assert number not in redacted and "kari.nordmann" not in redacted and "987 65 432" not in redacted
    assert "[fødselsnummer fjernet]" in redacted and "[e-postadresse fjernet]" in redacted
    assert redacted.endswith("Sentralbord 55 56 55 56.")
    assert find_personal_data(redacted) == []
    # Offsets in the hits point into the original text.
    assert all(text[h.start : h.end] == h.text for h in hits)


def test_redact_in_english_and_without_hits():
    assert redact("Ingen personopplysninger her.") == ("Ingen personopplysninger her.", [])
    redacted, _ = redact("mobil 987 65 432", "en")
    assert redacted == "mobil [phone number removed]"


def test_lines_are_counted_across_line_endings():
    number = generated(1, 21)[0]
    hits = find_personal_data(f"a\r\nb\rc\n{number}")
    assert hits[0].line == 4


def test_large_text_is_scanned():
    number = generated(1, 33)[0]
    text = ("Et avsnitt om behovet, 12 500 000 kr og 2 000 brukere. " * 20000) + number
    hits = find_personal_data(text)
    assert [h.text for h in hits] == [number]


def test_a_switchboard_in_the_mobile_range_is_the_bodys_when_labelled_right_before_it():
    # Oslo universitetssykehus' switchboard is 915 02 770: a mobile-range number, labelled so.
    for line in (
        "**Kontaktpunkt:** Klinikk for laboratoriemedisin, sentralbord 915 02 770, postmottak@ous-hf.no",
        "Sentralbordet: 915 02 770 (Oslo universitetssykehus HF).",
        "Switchboard: 915 02 770.",
    ):
        assert find_personal_data(line) == [], line
    for line in (
        "Sentralbord 55 56 55 56 / 915 02 770",  # the label is the other number's
        "Sentralbord: 915 02 770, prosjektleder direkte.",  # a person word near it
        "Kontaktperson: Kari Nordmann, mobil 915 02 770.",
        "Ring 915 02 770 om prosjektet.",
    ):
        assert [h.text for h in find_personal_data(line)] == ["915 02 770"], line
