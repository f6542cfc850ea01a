"""Finding texts read as sentences for every criterion: a part is named by its name («Skissen har
ingen overskrift for delen «Problem og behov»»), never by a criterion title that is itself a
sentence («Ingen overskrift nevner behovet er godt beskrevet»); the sources named are sources."""

from __future__ import annotations

import re

import pytest

from assistant.core.judging.engine import _speaker, check_sketch, default_messages, report_in
from assistant.core.judging.findings import Part
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.rubric import known_rubric_ids, load_rubric
from assistant.core.sketch.sections import spec

LANGS = ("nb", "nn", "en")
CRITERIA = [(rid, c) for rid in sorted(known_rubric_ids()) for c in load_rubric(rid).criteria]
SECTION_KEYS = [k.removeprefix("section.") for k in default_messages() if k.startswith("section.") and not k.endswith("-tip")]
# A title that is a clause («Behovet er godt beskrevet», «Tar ikke utgangspunkt i teknologi»)
# cannot stand where a message puts {title} («Skissen sier lite om {title}»), unless it is an
# indirect question («hvorfor dere er best egnet»).
_CLAUSE = re.compile(r"\b(?:er|is|are|tar|tek|takes|ikke|ikkje|not|does)\b", re.IGNORECASE)
_QUESTION = re.compile(r"^(?:hvorfor|kvifor|why|hvordan|korleis|how|hvem|kven|who)\b", re.IGNORECASE)


@pytest.mark.parametrize(("rubric", "criterion"), CRITERIA, ids=[f"{r}-{c.id}" for r, c in CRITERIA])
@pytest.mark.parametrize("lang", LANGS)
def test_a_section_check_names_the_part_not_the_criterion(rubric, criterion, lang) -> None:
    say, _ = _speaker(criterion, lang)
    for check in (c for c in criterion.checks if c.kind == "section"):
        part = spec(check.section).title.get(lang)
        for key in SECTION_KEYS:
            template = (criterion.messages.get(f"section.{key}") or default_messages()[f"section.{key}"]).get(lang)
            assert "{title}" not in template, template  # the part, by its name
            message = say(f"section.{key}", part=Part(check.section), words="behov, kø", count=3, quote="x", wanted=40)
            assert "{" not in message, message
            if "{part}" in template:
                assert f"«{part}»" in message, message


@pytest.mark.parametrize(("rubric", "criterion"), CRITERIA, ids=[f"{r}-{c.id}" for r, c in CRITERIA])
@pytest.mark.parametrize("lang", LANGS)
def test_a_title_put_into_a_sentence_reads_as_part_of_it(rubric, criterion, lang) -> None:
    kinds = {check.kind for check in criterion.checks}
    templates = {k: v for k, v in default_messages().items() if k.split(".")[0] in kinds}
    templates.update(criterion.messages)
    title = criterion.title.get(lang)
    for key, entry in templates.items():
        if "{title}" in entry.get(lang):
            assert _QUESTION.match(title) or not _CLAUSE.search(title), f"{key}: «{title}» in «{entry.get(lang)}»"


def test_the_message_is_said_again_with_the_parts_name_in_the_readers_language() -> None:
    text = "Søker: Levanger kommune\n\nVi har erfaring fra tre prosjekter, og det er unødvendige besøk om natten.\n"
    report = check_sketch(parse_sketch(text))
    need = report.criterion("need-described").findings[0].message
    assert "«Problem og behov»" in need and "behovet er godt beskrevet" not in need.casefold()
    english = report_in(report, "en").criterion("need-described").findings[0].message
    assert "«Problem and need»" in english and english.startswith("The sketch has no heading for the part")
    nynorsk = report_in(report, "nn").criterion("need-described").findings[0].message
    assert nynorsk.startswith("Skissa har inga overskrift for delen «Problem og behov»")


def _sources(text: str, lang: str = "nb") -> str:
    report = report_in(check_sketch(parse_sketch(text)), lang)
    found = [f.message for f in report.criterion("data-backing").findings if "{" not in f.message]
    return next(m for m in found if m.startswith(("Kilder oppgitt", "Kjelder oppgitt", "Sources named")))


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Ifølge SSBs befolkningsframskrivinger vil 640 eldre over 80 år øke med 45 prosent (SSB, KOSTRA 2023).", "SSB, befolkningsframskrivinger, KOSTRA"),
        ("Ifølgje Helsedirektoratet ventar 400 eldre på plass, og 30 % av dei fell heime.", "Helsedirektoratet"),
        ("According to the Directorate of Health 400 people wait for a place, and 30 % of them fall at home.", "Directorate of Health"),
        ("I følge NAV får 1 200 personer hjelp, og tall fra NAVs statistikk viser 30 % vekst.", "NAV"),
        # A log named with its year and then without is one source; night visits («tilsyn») are none.
        ("Om natta køyrer to bilar mellom 140 tilsyn, og 62 % av tilsyna (eigen logg 2024) viser at alt er i orden; eigen logg syner 30 % fleire turar.", "eigen logg 2024"),
        ("At night two cars drive between 140 visits (own log 2024); our own log shows 30 % more trips, and KOSTRA (SSB) the cost.", "own log 2024, KOSTRA, SSB"),
        ("Om natten kjører to biler mellom 140 tilsyn, og 62 % av tilsynene viser at alt er i orden. Ifølge KOSTRA koster det 48 mill. kr (SSB).", "KOSTRA, SSB"),
    ],
)
def test_the_sources_listed_are_sources_each_named_once(sentence: str, named: str) -> None:
    text = f"Søker: Bergen kommune\n\n## Behov\n\n{sentence} Det koster 3 millioner kroner i året.\n"
    said = _sources(text)
    assert said.split(": ", 1)[1].rstrip(".") == named, said
    for cue in ("Ifølge", "Ifølgje", "According", "I følge", "tall fra", "SSBs", "NAVs"):
        assert cue not in said.split(": ", 1)[1]
