"""A sentence saying the budget's total also covers replacing or rolling out the new solution
in the remaining places («rammen dekker også utskifting av containerpunktene i de øvrige
hyttefeltene til den nye løsningen i 2029») puts a roll-out in the budget: procurement fails,
even when the table's lines leave it in the gap between them and the total."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

TABLE = (
    "| Post | Kr |\n|---|---|\n| Prosjektledelse | 1 350 000 |\n| Frikjøp av ansatte | 600 000 |\n"
    "| Utviklingsfase med leverandører | 3 000 000 |\n| Testutstyr på 15 pilotpunkter | 600 000 |\n"
)


def _procurement(sentence: str, applicant: str = "Vest-Telemark Avfall IKS"):
    text = f"**Søker:** {applicant}\n\n## Budsjett\n\nProsjektet har en samlet ramme på kr 8 000 000 over tre år, fordelt slik:\n\n{TABLE}\n{sentence}\n"
    return check_sketch(parse_sketch(text)).criterion("budget-excludes-procurement")


@pytest.mark.parametrize(
    "sentence",
    [
        "Differansen mellom postene over og totalrammen skyldes at rammen også dekker utskifting av containerpunktene i de øvrige hyttefeltene til den nye løsningen i 2029.",
        "Skilnaden mellom postane og totalen kjem av at ramma òg dekkjer utskifting av returpunkta i dei andre hyttefelta til den nye løysinga.",
        "The gap between the lines and the total is because the frame also covers replacing the container points in the remaining cabin areas with the new solution in 2029.",
        "Totalen omfatter også montering av de nye containerne i resten av hyttefeltene når prosjektet er ferdig.",
    ],
)
def test_a_total_said_to_cover_the_roll_out_fails(sentence):
    result = _procurement(sentence)
    assert result.status.value == "fail", [f.message for f in result.findings]


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: the roll-out said to be outside, the remaining sites only tested in the
        # pilot, or the frame covering only the project's own work.
        "Rammen dekker utvikling og utprøving; utskifting av containerpunktene i de øvrige hyttefeltene er ikke med i budsjettet.",
        "Rammen dekker også testing av nye containere i de øvrige hyttefeltene i pilotperioden.",
        "Ramma dekkjer prosjektleiing, frikjøp og utviklingsfasen.",
        "The total covers project management, staff time and the development phase with suppliers.",
    ],
)
def test_near_misses_stay_clear_of_procurement(sentence):
    result = _procurement(sentence)
    assert result.status.value != "fail", [f.message for f in result.findings]


LINE_TABLE = "**Søker:** Bodø kommune\n\n## Budsjett\n\n| Post | Beløp |\n|---|---|\n| Prosjektledelse | 1 200 000 |\n| Frikjøp | 800 000 |\n| {line} | 2 000 000 |\n| Sum | 4 000 000 |\n"


@pytest.mark.parametrize(
    "line",
    [
        # Running it in full, going on running it, buying or taking it into use for the rest.
        "Overgang til full drift i alle barnehagene",
        "Videre drift av løsningen år 4–6",
        "Vidare drift av løysinga etter prosjektet",
        "Continued operation of the service, years 4–6",
        "Innkjøp av løsningen til resten av sykehjemmene",
        "Ta løysinga i bruk i dei andre kommunane",
        "Put the solution into use in all districts",
        "Extending the service to every school in the county",
        "Utvidelse av tjenesten til de øvrige bydelene",
    ],
)
def test_a_line_that_runs_or_spreads_the_solution_for_the_rest_fails(line):
    result = check_sketch(parse_sketch(LINE_TABLE.format(line=line))).criterion("budget-excludes-procurement")
    assert result.status.value == "fail", line


@pytest.mark.parametrize(
    "line",
    [
        # Near misses: full operation in the pilot, a plan for later operation, development for
        # every user group, spreading what was learnt, the test period extended.
        "Utprøving i full drift på to sykehjem",
        "Plan for videre drift",
        "Utvikling av løsningen til alle brukergrupper",
        "Spredning av erfaringer til andre kommuner",
        "Utvidelse av testperioden til alle tre vintre",
        "Ta løsningen i bruk i pilotene",
    ],
)
def test_near_misses_of_running_or_spreading_stay_clear(line):
    result = check_sketch(parse_sketch(LINE_TABLE.format(line=line))).criterion("budget-excludes-procurement")
    assert result.status.value != "fail", line
