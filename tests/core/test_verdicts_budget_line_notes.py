"""What a budget line pays for, when its own words do not say: a note that names the line
(«Linjen «Anskaffelse» dekker innkjøpsrådgivere …») explains it, as an evaluator reads the note
under the table; and things put up on every one of the sites («skilting og QR-turposter på alle
stiene») are the solution rolled out, not what the project tries."""

from __future__ import annotations

import pytest

from assistant.core.sketch.budgetmeaning import PROCESS, PROCUREMENT, classify

from .one_criterion import one_result

TABLE = """| Post | Beløp |
|---|---:|
| Prosjektledelse | 800 000 |
| {name} | 400 000 |
| Utvikling med leverandør | 2 000 000 |
| Evaluering | 300 000 |
| **Sum** | **3 500 000** |
"""


def procurement_verdict(name: str, note: str) -> str:
    text = (
        "# Skisse\n\n**Søker:** Trondheim kommune\n\n## Behov\n\nElevene mangler trygg sykkelparkering.\n\n"
        f"## Budsjett\n\n{TABLE.format(name=name)}\n{note}\n"
    )
    return one_result(text, "budget-excludes-procurement").status.value


@pytest.mark.parametrize(
    ("name", "note"),
    [
        (
            "Anskaffelse",
            "*Linjen «Anskaffelse» dekker innkjøpsrådgivere fra kommunens innkjøpsenhet som bistår i markedsdialogen. "
            "Den dekker ikke kjøp av sykkelparkering.*",
        ),
        ("Anskaffing", "Posten «Anskaffing» gjeld innkjøpsfagleg bistand gjennom partnarskapet."),
        ("Procurement", 'The item "Procurement" covers procurement advisers who help with the tender documents.'),
    ],
)
def test_a_note_naming_the_line_says_what_it_pays_for(name: str, note: str) -> None:
    assert procurement_verdict(name, note) == "pass"


@pytest.mark.parametrize(
    "note",
    [
        "Linjen «Anskaffelse» dekker kjøp av ferdig løsning til alle skolene.",
        "«Anskaffelse» er utrulling av sykkelparkering på alle skolene etter piloten.",
    ],
)
def test_a_note_that_says_the_line_buys_the_finished_solution_fails(note: str) -> None:
    assert procurement_verdict("Anskaffelse", note) == "fail"


@pytest.mark.parametrize(
    ("name", "note", "verdict"),
    [
        # No note names the line: the checker still cannot tell.
        ("Anskaffelse", "Budsjettet dekker innkjøpsrådgivere i markedsdialogen.", "warn"),
        # A note naming another line explains nothing about this one.
        ("Anskaffelse", "Linjen «Evaluering» dekker følgeforskning ved NTNU.", "warn"),
    ],
)
def test_near_misses_keep_their_verdict(name: str, note: str, verdict: str) -> None:
    assert procurement_verdict(name, note) == verdict


@pytest.mark.parametrize(
    "line",
    [
        "skilting og QR-turposter på alle stiene i Tønsberg, Sandefjord og Larvik (ca. 420 poster)",
        "Skilt og infotavler ved alle holdeplassane i fylket",
        "Signs and QR codes at every bus stop in the county",
    ],
)
def test_things_put_up_on_every_site_are_a_roll_out(line: str) -> None:
    assert classify(line).kind == PROCUREMENT


@pytest.mark.parametrize(
    "line",
    [
        "Frikjøp av ansatte på alle sjukeheimane",
        "Workshops på alle skolene",
        "Testing av skilt på alle tre pilotstiene",
        "Spørreundersøkelse på alle skolene",
        "Skilting på to pilotstier",
    ],
)
def test_near_misses_on_every_site_are_no_roll_out(line: str) -> None:
    assert classify(line).kind in (PROCESS, "none"), classify(line)


def test_a_prose_budget_with_a_roll_out_to_every_site_fails() -> None:
    text = (
        "# Skisse\n\n**Søker:** Tønsberg kommune\n\n## Behov\n\nStiene er dårlig merket.\n\n## Økonomi\n\n"
        "Vi anslår at prosjektet vil koste rundt 2 millioner kroner over to år. Ca. 1,2 mill. kr går til utvikling av systemet, "
        "og ca. 800 000 kr til skilting og QR-turposter på alle stiene i Tønsberg, Sandefjord og Larvik (ca. 420 poster).\n"
    )
    assert one_result(text, "budget-excludes-procurement").status.value == "fail"


@pytest.mark.parametrize(
    "line",
    [
        "Installation of SnowLine 3 in Storgata (pilot, 800 m, to remain in operation)",
        "Pilotanlegg i Storgata (800 m) som blir stående i drift etter prosjektet",
        "Testanlegg på kaia som skal stå att i vanleg drift",
    ],
)
def test_a_pilot_left_in_operation_is_the_solution_bought(line: str) -> None:
    assert classify(line).kind == PROCUREMENT


@pytest.mark.parametrize(
    "line",
    [
        "Pilot in Storgata (800 m), removed after the test",
        "Testanlegget blir stående i drift i testperioden",
        "Pilot installation kept in operation during the trial",
    ],
)
def test_a_pilot_run_only_through_the_test_is_no_purchase(line: str) -> None:
    assert classify(line).kind == PROCESS
