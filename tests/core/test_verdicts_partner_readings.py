"""Who takes part, read as an evaluator reads it: partners only wished for or intended («Ønskede
samarbeidspartnere», «Intended public partners»), talks begun, a body one «wishes to contact», or
one only positive after a semicolon are no partners; a standing cooperation between the
applicant's own services is none either. Bodies that join, take part or are «med i prosjektet»
are partners, also where a stop inside the sentence («org.nr.», «Lenvik...») stood before.
Each in bokmål, nynorsk and English, with near misses that keep their verdict."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .test_verdicts_partner_commitment import parties

BODY = "\n\n## Behov\n\nEit behov som er godt skildra, med tal og kjelder frå kommunane.\n"


def _read(text: str) -> tuple[list[str], str]:
    sketch = parse_sketch(text)
    status = next(c for c in check_sketch(sketch).criteria if c.id == "public-collaboration").status.value
    return [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Stiftelsen Nytt Fotfeste\n**Ønskede samarbeidspartnere:** Drammen kommune, Lier kommune og Vestre Viken HF",
        "**Søker:** Bergen kommune\n**Ønskede samarbeidspartnere:** Askøy kommune og Øygarden kommune",
        "**Søkjar:** Voss herad\n**Ønskte partnarar:** Vaksdal kommune og Ulvik herad",
        "**Applicant:** Bergen Municipality\n**Intended public partners:** Askøy Municipality, Øygarden Municipality",
        "**Applicant:** Bergen Municipality\n**Desired partners:** Askøy Municipality and Øygarden Municipality",
    ],
)
def test_partners_named_under_a_wished_or_intended_key_are_not_partners(head: str) -> None:
    names, status = _read("# Skisse\n\n" + head + BODY)
    assert len(names) <= 1, (head, names)
    assert status == "warn"


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Bergen kommune\n**Samarbeidspartnere:** Askøy kommune og Øygarden kommune",
        "**Søkjar:** Voss herad\n**Partnarar:** Vaksdal kommune og Ulvik herad",
        "**Applicant:** Bergen Municipality\n**Public partners:** Askøy Municipality, Øygarden Municipality",
    ],
)
def test_near_miss_partners_under_a_plain_key_still_count(head: str) -> None:
    names, status = _read("# Skisse\n\n" + head + BODY)
    assert len(names) >= 2, (head, names)
    assert status == "pass"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Drammen kommune", "Lier kommune og Vestre Viken HF (dialog er innledet)."),
        ("**Søkjar:** Voss herad", "Med Vaksdal kommune og Ulvik herad er dialogen starta."),
        ("**Applicant:** Bergen Municipality", "Askøy Municipality and Øygarden Municipality (dialogue has been initiated)."),
        ("**Søker:** Sogndal kommune", "- Statens vegvesen (ønsker å ta kontakt)\n- Ein eller fleire batterileverandørar"),
        ("**Søkjar:** Sogndal kommune", "- Statens vegvesen (ønskjer å ta kontakt)"),
        ("**Applicant:** Sogndal Municipality", "- Norwegian Public Roads Administration (we wish to get in touch)"),
    ],
)
def test_bodies_only_in_talks_or_to_be_contacted_are_not_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) <= 1, (part, names)
    assert status == "warn"


def test_near_miss_a_listed_body_with_its_role_still_counts() -> None:
    names, status = parties("**Søker:** Sogndal kommune", "- Statens vegvesen (vegeigar, stiller med testområde)")
    assert "Statens vegvesen" in names and status == "pass"


@pytest.mark.parametrize(
    ("head", "part", "kept"),
    [
        ("**Søker:** Stiftelsen Lærlingløftet", "Rogaland fylkeskommune har bekreftet at de stiller med data og en kontaktperson; Vestland fylkeskommune er positive.", 1),
        ("**Søkjar:** Stiftinga Lærlingløftet", "Rogaland fylkeskommune har stadfesta at dei stiller med data; Vestland fylkeskommune er positiv.", 1),
        ("**Applicant:** Apprentice Lift Foundation", "Rogaland County Authority has confirmed that it provides data and a contact person; Vestland County Authority is positive.", 1),
        # near miss: both take part
        ("**Søker:** Stiftelsen Lærlingløftet", "Rogaland fylkeskommune har bekreftet at de stiller med data; Vestland fylkeskommune stiller med to rådgivere.", 2),
    ],
)
def test_a_body_only_positive_after_a_semicolon_is_not_a_partner(head: str, part: str, kept: int) -> None:
    names, _status = parties(head, part)
    assert len(names) == kept, (part, names)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a standing cooperation between the applicant's own services is no partnership
        ("## Søker\nSandnes kommune, ved Enhet for oppvekst. Kontaktperson: avdelingsleder Linn Egeland.\n\n## Hvorfor oss\n\nVi har et tett samarbeid mellom NAV og oppvekst som få andre har.\n", 1),
        ("## Søkjar\nSandnes kommune.\n\n## Kvifor oss\n\nVi har eit tett samarbeid mellom NAV og skulane som få andre har.\n", 1),
        ("## Applicant\nSandnes Municipality.\n\n## Why us\n\nWe have a close cooperation between NAV and the schools that few others have.\n", 1),
        # near miss: the project's own partners, said in the same words, count
        ("## Søker\nSandnes kommune.\n\n## Hvorfor oss\n\nProsjektet gjennomføres i tett samarbeid med NAV og Rogaland fylkeskommune.\n", 3),
    ],
)
def test_a_standing_cooperation_between_own_services_is_no_partnership(text: str, wanted: int) -> None:
    names, _status = _read("# Skisse\n\n" + text + BODY)
    assert len(names) == wanted, names


@pytest.mark.parametrize(
    "text",
    [
        "**Søker:** Orkland kommune\n**Med i prosjektet:** Melhus kommune, Trøndelag fylkeskommune og NTNU",
        "**Søkjar:** Orkland kommune\n**Deltakarar i prosjektet:** Melhus kommune og Trøndelag fylkeskommune",
        "**Søkjar:** Sunnfjord kommune\n\nPartnarskapet består av:\n\n- Sunnfjord kommune\n- Kinn kommune\n- Askvoll kommune",
        "**Applicant:** Sunnfjord Municipality\n\nThe partnership consists of:\n\n- Kinn Municipality\n- Askvoll Municipality",
        "## Om prosjektet\n\nSøkjar er Vinje kommune. Med oss har vi Tokke, Seljord og Kviteseid kommune.",
        "**Applicant:** Trøndelag County Authority\n\n## About the project\n\nTrondheim kommune joins as the urban test site. St. Olavs hospital HF takes part with its geriatric department.",
        "**Søker:** Trøndelag fylkeskommune\n\n## Om prosjektet\n\nLevanger kommune blir med som testkommune, og St. Olavs hospital HF deltar med geriatrisk avdeling.",
        "**Søkjar:** Vestland fylkeskommune\n\n## Om prosjektet\n\nKinn kommune vert med som testkommune.",
        # a stop with no blank after it inside the sentence
        "**Søker:** Troms fylkeskommune\n\n## Om prosjektet\n\nDet er etablert samarbeid med Kystverket og Tromsø kommune (org.nr. 940101808) om prosjektet.",
        "**Søker:** Troms fylkeskommune\n\n## Om prosjektet\n\nDet er etablert samarbeid med Kystverket, samt med Tromsø kommune og Lenvik... Senja kommune.",
    ],
)
def test_bodies_that_join_or_take_part_are_partners(text: str) -> None:
    names, status = _read("# Skisse\n\n" + text + BODY)
    assert len(names) >= 2, (text, names)
    assert status == "pass"


@pytest.mark.parametrize(
    "text",
    [
        "**Applicant:** Trøndelag County Authority\n\n## About the project\n\nTrondheim kommune took part in an earlier study on oral health.",
        "**Søker:** Trøndelag fylkeskommune\n\n## Om prosjektet\n\nVi har snakket med Levanger kommune om saken.",
    ],
)
def test_near_miss_a_body_only_mentioned_is_no_partner(text: str) -> None:
    names, status = _read("# Skisse\n\n" + text + BODY)
    assert len(names) == 1, (text, names)
    assert status == "warn"


@pytest.mark.parametrize(
    "text",
    [
        "Akershus University Hospital HF\n\n## Partnership\n\n- Lillestrøm Municipality\n\nProject team:\n- Project owner: Director of Innovation, Dr. Helge Strand\n",
        "Akershus universitetssykehus HF\n\n## Partnerskap\n\n- Lillestrøm kommune\n\nProsjektgruppe:\n- Prosjekteier: Direktør for innovasjon, Helge Strand\n",
        "Helse Førde HF\n\n## Partnarskap\n\n- Sunnfjord kommune\n\nProsjektgruppe:\n- Prosjekteigar: Avdelingsleiar Kari Nes\n",
    ],
)
def test_a_project_owner_field_naming_a_leader_leaves_the_body_as_applicant(text: str) -> None:
    sketch = parse_sketch(text + BODY)
    result = next(c for c in check_sketch(sketch).criteria if c.id == "eligibility")
    assert result.status.value == "pass", [f.message for f in result.findings]


def test_near_miss_a_project_owner_field_naming_a_body_is_the_applicant() -> None:
    sketch = parse_sketch("**Prosjekteier:** Stiftelsen Gode Hjem\n\n## Partnere\n\n- Lillestrøm kommune\n" + BODY)
    result = next(c for c in check_sketch(sketch).criteria if c.id == "eligibility")
    assert result.status.value == "fail"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Fra: Steinkjer kommune, sammen med Inderøy kommune og Lierne kommune\nTrøndelag fylkeskommune deltar som observatør.\n", 3),
        ("Frå: Steinkjer kommune, saman med Inderøy kommune og Lierne kommune\nTrøndelag fylkeskommune deltek som observatør.\n", 3),
        ("From: Steinkjer Municipality, together with Inderøy Municipality and Lierne Municipality\nTrøndelag County Authority takes part as an observer.\n", 3),
        # near miss: names joined across the break by «og» stay one run, all observers
        ("**Søker:** Steinkjer kommune\n\n## Om prosjektet\n\nInderøy kommune og\nLierne kommune deltar som observatører.\n", 1),
    ],
)
def test_a_line_break_without_a_joiner_parts_two_statements(text: str, wanted: int) -> None:
    names, _status = _read(text + BODY)
    assert len(names) == wanted, names


@pytest.mark.parametrize(
    ("first", "wanted"),
    [
        ("Rendalen kommune, med Stor-Elvdal og Engerdal", 3),
        ("Rendalen kommune, saman med Stor-Elvdal og Engerdal", 3),
        ("Rendalen Municipality, with Stor-Elvdal and Engerdal", 3),
        # near misses: a place in a title, a district, a place the registry lacks
        ("Hamar kommune: bedre helse for eldre i Løten", 1),
        ("Bergen kommune – Fana og Åsane", 1),
        ("Rendalen kommune, med Akkerhaugen og Sauland", 1),
    ],
)
def test_places_joined_to_the_municipality_in_the_first_line_are_its_partners(first: str, wanted: int) -> None:
    names, _status = _read("Skisse – digital barnevernsvakt?\n\n" + first + "\n\nKontakt: Kari Nes, barnevernleiar.\n" + BODY)
    assert len(names) == wanted, names


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("sammen med kommunene Nesbyen og Nore og Uvdal", ["Nesbyen", "Nore og Uvdal"]),
        ("saman med kommunane Evje og Hornnes, Bygland og Valle.", ["Evje og Hornnes", "Bygland", "Valle"]),
        ("together with the municipalities of Nesbyen and Nore og Uvdal", ["Nesbyen", "Nore og Uvdal"]),
        # near misses: the list ends where the sentence runs on, and a comma parts two places
        ("kommunene Kinn, Solund og Hyllestad stiller med folk", ["Kinn", "Solund", "Hyllestad"]),
        ("kommunene Kinn,Solund og Hyllestad", ["Kinn", "Solund", "Hyllestad"]),
    ],
)
def test_a_municipality_whose_name_holds_og_is_one_in_a_list(text: str, places: list[str]) -> None:
    from assistant.core.sketch.registry import find_organisations

    assert [text[f.start : f.end] for f in find_organisations(text)] == places
