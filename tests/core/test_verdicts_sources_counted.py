"""A need backed by a named source and by counts outside the list of units («om lag 60
inspektørar», «35 fiskemottak», «halvparten av all kvitfisk», «fleire tusen fartøy») is backed;
a title elsewhere in a sentence («ein app, «Mjøsjord», som hentar data frå sensorar») does not
make «data frå» a source. Each reading in bokmål, nynorsk and English, beside its near misses."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def data_backing(need: str, extra: str = ""):
    text = f"# Skisse\n\n**Søker:** Nordland fylkeskommune\n\n## Behov\n\n{need}\n{extra}"
    return check_sketch(parse_sketch(text)).criterion("data-backing")


@pytest.mark.parametrize(
    "need",
    [
        "Om lag halvparten av all kvitfisk blir landa nord for Polarsirkelen. Fiskeridirektoratet sin risikovurdering peikar på feilrapportering, "
        "og direktoratet har berre om lag 60 inspektørar til å dekkje fleire tusen fartøy.",
        "Ifølge Fiskeridirektoratets risikovurdering er feilrapportering en av de største truslene. Direktoratet har rundt 60 inspektører "
        "for 35 fiskemottak i regionen, og halvparten av landingene skjer i vintersesongen.",
        "According to the Directorate of Fisheries' risk assessment, misreporting is among the largest threats. The directorate has some "
        "60 inspectors for 35 landing sites, and half of all whitefish is landed in the north.",
    ],
)
def test_counts_outside_the_units_list_with_a_named_source_back_the_need(need):
    result = data_backing(need)
    assert result.status.value == "pass", [f.message for f in result.findings]


@pytest.mark.parametrize(
    "need",
    [
        # Near misses: counts with no source named, one count alone, or numbers that label things.
        "Om lag halvparten av all kvitfisk blir landa i nord, og direktoratet har om lag 60 inspektørar til å dekkje fleire tusen fartøy.",
        "Fiskeridirektoratet sin risikovurdering peikar på feilrapportering som eit problem, og direktoratet har om lag 60 inspektørar.",
        "Riksrevisjonen si undersøking (Dokument 3:8) fann at kontrollen i fase 2 av reforma og kapittel 4 i planen ikkje er følgd opp.",
    ],
)
def test_near_misses_are_not_backed(need):
    assert data_backing(need).status.value == "fail"


@pytest.mark.parametrize(
    "solution",
    [
        "## Løsning\n\nProsjektet skal utvikle en app, «Mjøsjord», som henter data fra et nettverk av jordsensorer.\n",
        "## Løysing\n\nProsjektet skal utvikle ein app, «Mjøsjord», som hentar data frå eit nettverk av jordsensorar.\n",
        "## Solution\n\nThe project will build an app, «Mjøsjord», that collects data from a network of soil sensors.\n",
    ],
)
def test_a_title_elsewhere_in_the_sentence_makes_no_source(solution):
    need = "Mange bønder gjødsler mer enn plantene trenger. Vi regner med at presisjonsgjødsling kan kutte forbruket med 25 prosent."
    result = data_backing(need, solution)
    assert result.status.value == "warn"
    assert any("kilde" in f.message or "source" in f.message for f in result.findings)


def test_a_title_right_after_the_source_word_still_names_it():
    need = "Tal frå rapporten «Kystmeldinga 2024» viser at 40 prosent av landingane skjer i Lofoten."
    assert data_backing(need).status.value == "pass"
