"""The four gates read the way an evaluator reads them: who sends the sketch when a header line
says «Skisse fra **X** (…, org.nr. …)» (a stop inside «org.nr.» or «f.eks.» ends no sentence, and
the name may be in bold), and a landline given as the office's (beside the body's mailbox, or
said to answer in office hours) that is no person's number."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def sketch(head: str, tail: str = ""):
    return parse_sketch("# Skisse\n\n" + head + BODY + tail)


def verdict(head: str, criterion: str, tail: str = "") -> str:
    report = check_sketch(sketch(head, tail))
    return next(c for c in report.criteria if c.id == criterion).status.value


# ------------------------------------------------------------------ eligibility: «Skisse fra **X** (…)»


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (
            "Skisse fra **Foreningen Unge Sinn, Vestfold** (interesseorganisasjon for unge, org.nr. 999 991 173)\n\n"
            "I samarbeid med Tønsberg kommune, Sandefjord kommune og Sykehuset i Vestfold HF",
            "Foreningen Unge Sinn",
        ),
        (
            "Skisse frå __Stiftinga Hardanger Kulturarv__ (privat stifting, jf. vedtektene)\n\nI lag med Ullensvang herad",
            "Stiftinga Hardanger Kulturarv",
        ),
        (
            "Sketch from **The Coastal Heritage Foundation** (a private foundation, reg.no. 999 991 173), "
            "in cooperation with Tromsø Municipality",
            "The Coastal Heritage Foundation",
        ),
        ("Skissen sendes av *Foreningen Aktiv Alderdom* (f.eks. frivillige), sammen med Bergen kommune.", "Foreningen Aktiv Alderdom"),
    ],
)
def test_a_private_sender_in_bold_before_an_abbreviation_is_the_applicant(head: str, name: str) -> None:
    applicant = sketch(head).applicant
    assert applicant is not None and applicant.name == name, (head, applicant)
    assert verdict(head, "eligibility") == "fail", head


@pytest.mark.parametrize(
    "head",
    [
        "Skisse fra **Tønsberg kommune** (avd. psykisk helse, jf. vedtak) i samarbeid med Foreningen Unge Sinn",
        "Skisse frå **Bergen kommune**, etat for helse m.m., i lag med Stiftinga Hardanger Kulturarv",
        "Sketch from **Tromsø Municipality** (dept. of health, e.g. youth services), with The Coastal Heritage Foundation",
    ],
)
def test_a_public_sender_in_bold_before_an_abbreviation_stays_the_applicant(head: str) -> None:
    assert verdict(head, "eligibility") == "pass", head


# ------------------------------------------------------------------ personal data: the office's landline


@pytest.mark.parametrize(
    "line",
    [
        "Foreningen Unge Sinn, Vestfold, post@ungesinn-vestfold.no, telefon 33 30 45 00 (kontortid).",
        "Stiftinga Kystarv, postmottak@kystarv.no, tlf. 57 65 43 21 (i kontortida).",
        "The Coastal Heritage Foundation, post@chf.no, phone 77 60 12 34 (office hours).",
        "Kontakt: firmapost@vestvind.no eller 33 30 45 00.",
        "Ring kontoret på 33 30 45 00 mellom 9 og 15.",
    ],
)
def test_a_landline_given_as_the_offices_passes(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Kontakt\n\n{line}\n") == "pass", line


@pytest.mark.parametrize(
    "line",
    [
        "Kontakt: Kari Nordmann, post@x.no, tlf 33 30 45 00",
        "Kari Nordmann, tlf 33 30 45 00 (kontortid)",
        "Kontaktperson: dagleg leiar, post@kystarv.no, direkte 57 65 43 21",
        "post@ungesinn.no, mobil 912 34 567 (kontortid)",
        "Contact: Ola Hansen, office hours, 77 60 12 34",
        "Kontakt oss på 33 30 45 00.",
    ],
)
def test_a_persons_line_or_a_mobile_beside_the_office_still_warns(line: str) -> None:
    assert verdict("**Søker:** Bergen kommune", "personal-data", tail=f"\n## Kontakt\n\n{line}\n") == "warn", line
