"""Case stories read as an evaluator reads them: a family named by its surname, with its members'
ages, health or admissions told in the sentences after, is named citizens; a name signed over its
title on the next line is a staff member, not a citizen; and «gjeldende regelverk» (the rules in
force) is no debt."""

from __future__ import annotations

import pytest

from assistant.core.sketch.personal._stories import find_case_stories

from .one_criterion import one_result

HEAD = "# Skisse\n\n**Søker:** Bodø kommune\n\n## Behov\n\n"


def verdict(story: str) -> str:
    return one_result(HEAD + story + "\n", "personal-data").status.value


@pytest.mark.parametrize(
    "story",
    [
        # nb: the family named, a child's admission two sentences on
        "Familien Al-Hassan (far Omar, mor Rania og tre barn på 4, 9 og 12 år) kom til Fauske i mars 2024. "
        "De bodde i sju måneder i en hybel på 28 kvadratmeter. Den yngste, Yusuf, har astma og ble innlagt to ganger.",
        # nn: the family named, the mother's diagnosis
        "Familien Berg flytta hit i fjor. Dei bur i ein kald leilegheit. Mora har fått diagnosen depresjon.",
        # en: «the … family»
        "The Hansen family moved into a damp flat last winter. Their youngest son was admitted to hospital twice.",
        # nb: «…-familien»
        "Olsen-familien har bodd på hybel i et år. Faren er sykmeldt, og barna har mye fravær.",
    ],
)
def test_a_family_named_by_its_surname_with_details_is_personal_data(story: str) -> None:
    assert find_case_stories(story), story
    assert verdict(story) != "pass"


@pytest.mark.parametrize(
    "story",
    [
        # no surname: an anonymised story
        "En familie på fem kom til Fauske i mars 2024. Den yngste har astma og ble innlagt to ganger.",
        # the family named, nothing about their health or life
        "Familien Berg har drevet gården i fire generasjoner og selger grønnsaker på torget.",
        # said to be made up
        "Familien Al-Hassan (fiktivt navn) kom til Fauske i 2024. Den yngste ble innlagt to ganger.",
        # a body's name, not a family
        "Familien Helse har i flere år hatt lange ventelister. Mange blir henvist videre.",
    ],
)
def test_near_misses_are_no_named_family(story: str) -> None:
    assert verdict(story) == "pass", find_case_stories(story)


@pytest.mark.parametrize(
    "closing",
    [
        "Med hilsen\n\nGunnhild Aasmundstad\navdelingsdirektør, Avdeling for straffegjennomføring\n"
        "gunnhild.aasmundstad@kriminalomsorg.no\n\nVedlegg: Notat om gjeldende regelverk for elektronisk kontroll",
        "Med helsing\n\nSigrid Nes\nseksjonsleiar, Avdeling for rus og psykisk helse\nsigrid.nes@bodo.kommune.no",
        "Kind regards\n\nIngrid Aune\nSenior adviser, Department of Health\ningrid.aune@bodo.kommune.no",
    ],
)
def test_a_name_signed_over_its_title_is_staff(closing: str) -> None:
    assert verdict("Ventetida er lang for mange.\n\n" + closing) == "pass"


def test_a_named_citizen_with_a_line_after_the_name_is_still_told_about() -> None:
    # The line after the name is no title: the story stands.
    story = "Jonas Eide Rasmussen\ngår i 9. trinn. Han har diagnosen ADHD og er henvist til BUP."
    assert verdict(story) != "pass"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Kari Holm Nilsen har lenge hatt store gjeldsproblem og får sosialhjelp.", True),
        ("Ola Nordmann Berg har mykje gjeld etter skilsmissa.", True),
        ("Kari Holm Nilsen viste til gjeldende regelverk for elektronisk kontroll.", False),
        ("Ola Nordmann Berg sa at dette gjelder alle kommunene.", False),
    ],
)
def test_debt_is_a_detail_and_the_rules_in_force_are_not(text: str, detail: bool) -> None:
    assert bool(find_case_stories(text)) is detail


def _contact(applicant: str, line: str) -> str:
    text = f"# Skisse\n\n**Søker:** {applicant}\n\n**Kontaktperson:** {line}\n\n## Behov\n\nVentetida er lang.\n"
    return one_result(text, "personal-data").status.value


@pytest.mark.parametrize(
    ("applicant", "line"),
    [
        ("Stiftinga Sogn Folkemuseum (privat stifting)", "Dagleg leiar Ingrid Hauge, mobil 915 47 203"),
        ("Vestkyst Analyse AS", "Håkon Rydland, daglig leder, mobil 917 38 204, hakon@vestkystanalyse.no"),
        ("Nordic Ferry Analytics AS", "Kari Berg, managing director, mobile: +47 918 47 263"),
    ],
)
def test_a_private_applicants_number_called_a_mobile_is_personal(applicant: str, line: str) -> None:
    assert _contact(applicant, line) == "warn"


@pytest.mark.parametrize(
    ("applicant", "line"),
    [
        # A public body's staff member's mobile is the work phone.
        ("Bergen kommune", "Seksjonsleiar Torunn Hella, torunn.hella@bergen.kommune.no, mobil 930 22 581"),
        # A private applicant's number not called a mobile, beside the work address.
        ("Nordkapp Analyse AS", "Eirik Nilsen, seniorrådgiver, eirik@nordkappanalyse.no, 932 40 118"),
        ("Fjordkulturhuset (stifting)", "dagleg leiar Kjersti Sandal, kjersti@fjordkulturhuset.no, tlf. 913 02 557"),
    ],
)
def test_near_misses_keep_the_contact_line(applicant: str, line: str) -> None:
    assert _contact(applicant, line) == "pass"
