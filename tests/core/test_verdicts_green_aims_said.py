"""Greener and smarter aims said in the sketch's own words: less fuel and grit on the roads, less
plastic in nature, fewer people driving their own car, and staff time moved to the service
itself («more time for the service», as the call's tip says); and a part asked as a question
(«Kva vil vi oppnå?») is the part that states the aims."""

from __future__ import annotations

import pytest

from .one_criterion import one_result
from .test_verdicts_aims import sketch


def green_smart(text: str):
    return one_result(text, "green-smart")


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nb", "Et vintervedlikehold som bruker mindre diesel, mindre sand og færre timer, og som fortsatt gir trygge veier."),
        ("nn", "Drivstofforbruket i brøytinga skal ned med ein tredel innan 2030."),
        ("en", "We want gritting trucks that burn less fuel, and less grit washed into the harbour."),
        ("nb", "Vi vil redusere mengden plast som havner i fjorden fra overvannet med 60 prosent."),
        ("en", "We want to cut the amount of plastic reaching the fjords and the litter on our beaches."),
        ("nn", "Målet er at kultur skal bli meir tilgjengeleg, og at færre skal køyre eigen bil lange vegar for å oppleve noko."),
        ("en", "The aim is that fewer residents drive their own car to the clinic."),
    ],
)
def test_less_fuel_grit_plastic_and_driving_stated_as_the_aim_pass(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "pass", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("nn", "Vi vil at rettleiarane skal bruke mindre tid på å leite etter informasjon og meir tid saman med ungdommen."),
        ("nb", "Saksbehandlerne skal bruke tiden sin på faglige vurderinger, ikke på kontroll av vedlegg."),
        ("nb", "Målet er å frigjøre sykepleiertid i kommunene."),
        ("en", "Nurses will spend their time on patients rather than on forms, and get more time with each resident."),
    ],
)
def test_staff_time_moved_to_the_service_itself_is_a_smarter_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "pass", aim


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        # Less time on a task, said alone, does not say where the time goes.
        ("nb", "Vi vil at de ansatte bruker mindre tid på å håndtere reservasjoner, og at låntakerne blir mer fornøyde."),
        ("en", "Staff should spend less time handling reservations."),
        # A car named in the aim, no fewer of them driven.
        ("nn", "Vi vil at fleire skal kunne køyre eigen bil til kulturhuset."),
    ],
)
def test_near_misses_state_no_such_aim(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value != "pass", aim


@pytest.mark.parametrize(
    ("lang", "today"),
    [
        ("nb", "Brøytebilene brukte 1,9 millioner liter diesel i fjor vinter."),
        ("nn", "Eit fråvær på nivå med privat sektor ville frigjort meir enn 400 årsverk."),
        ("en", "Beach clean-ups collected 41 tonnes of plastic last year."),
    ],
)
def test_the_same_words_said_only_of_today_state_no_aim(lang: str, today: str) -> None:
    aim = "Vi vil ha fleire fysiske samlingar i regionane." if lang == "nn" else ("Vi vil ha flere møter." if lang == "nb" else "We want more meetings in person.")
    verdict = green_smart(sketch(lang, aim, need_extra=today))
    assert verdict.status.value != "pass", today


def _plain(heading: str, aims: str) -> str:
    """A draft pasted without marks: headings are plain lines asking their question."""
    need = (
        "Fylkesvegane var stengde 1 318 gonger i 2025 på grunn av skred eller skredfare, i snitt 6,4 timar kvar gong. "
        "Når vegen stengjer, kjem ikkje skulebussen fram, og heimesjukepleia må snu. "
    ) * 3
    return f"Skisse\n\nSøkjar: Vestland fylkeskommune\n\nKva er gale i dag?\n\n{need}\n\n{heading}\n\n{aims}\n\nBudsjett\n\nVi reknar med 30 millionar kroner over tre år.\n"


@pytest.mark.parametrize("heading", ["Kva vil vi oppnå?", "Hva vil vi oppnå?", "What do we want to achieve?"])
def test_a_part_asked_as_what_we_want_to_achieve_holds_the_aims(heading: str) -> None:
    aims = "• Færre og kortare stengingar der det er trygt.\n• Ein veg som også er open når klimaet endrar seg."
    assert green_smart(_plain(heading, aims)).status.value == "pass", heading
