"""Three readings the newest sketches asked for: an aim to cut driving said with a verb
(«kutte kjøringen», «halvere køyringa», «cut the kilometres driven») states a greener society; a
dialogue with suppliers named in a compound («appleverandører», «teknologileverandørar») or held
as a talk («snakke med leverandører») is a dialogue with business; a change told as «fra 412 000 i
2019 til 356 000 i 2023» with no word for what it counts is a figure."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

HEAD = "# Legevakt i distriktet\n\n**Søker:** Namsos kommune\n\n"
NEED = (
    "Legevakta i Namsos dekker fire kommuner med 40 000 innbyggere, og vikarutgiftene har doblet seg siden 2020 "
    "(KOSTRA, SSB). Mange pasienter blir sendt til sykehuset fordi legevakta har lite kapasitet.\n\n"
)


def verdict(text: str, criterion: str) -> str:
    return one_result(text, criterion).status.value


# ------------------------------------------------------------------ green-smart: less driving, said with a verb


@pytest.mark.parametrize(
    "aim",
    [
        "Et mål er også å kutte kjøringen: i dag kjører pasienter og ansatte flere hundre tusen kilometer i året til og fra legevakta.",
        "Eit mål er òg å halvere køyringa; i dag køyrer pasientar og tilsette fleire hundre tusen kilometer i året.",
        "Vi vil redusere bilkjøringen til og fra legevakta, som i dag er flere hundre tusen kilometer i året.",
        "Another aim is to cut the kilometres driven by patients and staff, several hundred thousand a year today.",
        "We also want to avoid trips: patients and staff drive several hundred thousand kilometres a year today.",
    ],
)
def test_an_aim_to_cut_driving_said_in_prose_states_a_greener_society(aim: str) -> None:
    text = HEAD + NEED + "Vi har ikke bestemt oss for noen løsning. " + aim + "\n"
    assert verdict(text, "green-smart") != "fail", aim


@pytest.mark.parametrize(
    "said",
    [
        # Near misses: driving named in the problem, with no aim to lessen it.
        "I dag kjører pasienter og ansatte flere hundre tusen kilometer i året til og fra legevakta.",
        "Patients drive several hundred thousand kilometres a year to the clinic today.",
    ],
)
def test_driving_named_only_in_the_problem_states_no_aim(said: str) -> None:
    text = HEAD + NEED + said + "\n"
    assert verdict(text, "green-smart") == "fail", said


# ------------------------------------------------------------------ business-dialogue: compound suppliers, a talk with them

LIBRARY = (
    "# Biblioteket\n\n**Søker:** Fredrikstad kommune\n\n## Behov\n\n"
    "Utlånet falt med 14 prosent fra 2019 til 2023 (Nasjonalbibliotekets bibliotekstatistikk).\n\n## Marked\n\n{said}\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "Vi vil ha dialog med flere appleverandører før vi velger én å utvikle sammen med.",
        "Vi vil ha dialog med fleire teknologileverandørar før vi vel éin å utvikle saman med.",
        "We will hold meetings with several software suppliers before choosing one to develop together with.",
        "Vi skal snakke med systemleverandører om hva som finnes, og velge én vi kan utvikle løsningen sammen med.",
    ],
)
def test_a_dialogue_with_suppliers_in_a_compound_passes(said: str) -> None:
    assert verdict(LIBRARY.format(said=said), "business-dialogue") == "pass", said


@pytest.mark.parametrize(
    "said",
    [
        # Near misses: the present supplier, or one talk with suppliers and nothing more, is thin.
        "Vi har snakket med leverandøren av dagens system.",
        "Vi vil gjerne snakke med leverandører om hva som finnes.",
    ],
)
def test_a_single_talk_or_todays_supplier_is_not_a_full_dialogue(said: str) -> None:
    assert verdict(LIBRARY.format(said=said), "business-dialogue") != "pass", said


# ------------------------------------------------------------------ data-backing: «fra … til …»


@pytest.mark.parametrize(
    "figures",
    [
        "Utlånet ved biblioteket falt fra 412 000 i 2019 til 356 000 i 2023, ifølge Nasjonalbibliotekets bibliotekstatistikk.",
        "Utlånet ved biblioteket fall frå 412 000 i 2019 til 356 000 i 2023, ifølgje Nasjonalbiblioteket si statistikk.",
        "Lending fell from 412 000 in 2019 to 356 000 in 2023, according to the National Library's statistics.",
        "Antall arrangementer økte fra 310 til 520 på fire år, ifølge årsmeldingen.",
    ],
)
def test_a_change_told_from_one_figure_to_another_backs_the_need(figures: str) -> None:
    text = "# Biblioteket\n\n**Søker:** Fredrikstad kommune\n\nMange innbyggere vet ikke hva biblioteket kan tilby. " + figures + "\n"
    assert verdict(text, "data-backing") == "pass", figures


@pytest.mark.parametrize(
    "said",
    [
        # Near misses: opening hours, a scale and a span of years are no figures about the need.
        "Biblioteket er åpent fra 8 til 16, og brukerne gir oss karakterer på en skala fra 1 til 5.",
        "Vi har drevet biblioteket fra 2019 til 2023 uten store endringer.",
    ],
)
def test_hours_a_scale_or_years_from_to_are_no_figures(said: str) -> None:
    text = "# Biblioteket\n\n**Søker:** Fredrikstad kommune\n\nMange innbyggere vet ikke hva biblioteket kan tilby. " + said + "\n"
    assert verdict(text, "data-backing") == "fail", said


@pytest.mark.parametrize(
    ("said", "expected_fail"),
    [
        # The university's name holds «miljø»; it states no aim.
        ("Ifølge Norges miljø- og biovitenskapelige universitet koster flom 1 milliard kroner i året.", True),
        # Near miss: the same split compound said of the project's gains is an aim.
        ("Prosjektet skal gi miljø- og klimagevinster gjennom mindre kjøring til og fra legevakta.", False),
    ],
)
def test_a_university_named_with_miljo_states_no_aim(said: str, expected_fail: bool) -> None:
    text = HEAD + NEED + said + "\n"
    assert (verdict(text, "green-smart") == "fail") is expected_fail, said
