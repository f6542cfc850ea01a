"""The greener-and-smarter aim read as evaluators read it: «smarter» is broad, a fail needs the text
to lack any such aim, a part headed by the aim states it, and one green word in the problem as it
is today is met by chance."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

NEED = {
    "nb": (
        "Kommunen bruker over 200 millioner kroner i året på vinterdrift, og kostnadene øker hvert år. "
        "Legevakten behandler 1 500 fotgjengere i året etter fall på is, og mange eldre blir sittende inne. "
        "I dag rydder tre veieiere hver sine gater etter hver sin plan, og ingen har oversikt over hvor folk går. "
    ),
    "nn": (
        "Kommunen brukar over 200 millionar kroner i året på vinterdrift, og kostnadene aukar kvart år. "
        "Legevakta handsamar 1 500 fotgjengarar i året etter fall på is, og mange eldre blir sitjande inne. "
        "I dag ryddar tre vegeigarar kvar sine gater etter kvar sin plan, og ingen har oversikt over kvar folk går. "
    ),
    "en": (
        "The municipality spends over NOK 200 million a year on winter maintenance, and the cost grows every year. "
        "The emergency ward treats 1 500 pedestrians a year after falls on ice, and many older people stay indoors. "
        "Today three road owners clear their own streets on their own plans, and nobody knows where people walk. "
    ),
}
HEADINGS = {"nb": ("Behov", "Hva vi vil oppnå"), "nn": ("Behov", "Kva vi vil oppnå"), "en": ("The problem", "What we want")}


def sketch(lang: str, aim: str, need_extra: str = "", aim_heading: str | None = None) -> str:
    need, goal = HEADINGS[lang]
    return (
        f"# Vinter\n\n**Søker:** Trondheim kommune\n\n## {need}\n\n{NEED[lang]}{need_extra}\n\n{NEED[lang]}\n\n{NEED[lang]}\n\n{NEED[lang]}\n\n"
        f"## {aim_heading or goal}\n\n{aim}\n"
    )


def green_smart(text: str):
    return one_result(text, "green-smart")


@pytest.mark.parametrize(
    ("lang", "aim"),
    [
        ("en", "The use of salt and gravel is reduced, which also cuts particulate pollution and run-off to the river."),
        ("nb", "Vi vil bruke mindre salt på gatene, og svevestøvet om vinteren skal ned."),
        ("nn", "Vi vil ha mindre forureining frå vegane og lågare saltbruk i sentrum."),
        ("nb", "Færre legemidler kastes fordi lagrene styres etter forbruket."),
        ("en", "Less food is thrown away, because the kitchens order what the wards actually eat."),
        ("nn", "Mindre matsvinn på skulane, fordi kjøkenet veit kor mange som et."),
    ],
)
def test_aims_against_pollution_salt_and_waste_are_green_aims(lang: str, aim: str) -> None:
    assert green_smart(sketch(lang, aim)).status.value == "pass", aim


@pytest.mark.parametrize(
    ("lang", "heading", "body"),
    [
        ("nb", "Grønnere og smartere", "Sykepleierne får mer tid til pasientene, og færre feil gir tryggere behandling for alle."),
        ("nn", "Eit grønare og smartare barnevern", "Fleire barn får bu i nærmiljøet sitt, og tenestene samarbeider før det blir krise."),
        ("en", "A smarter and greener service", "Patients get the right help the first time, and the wards spend their hours where they matter."),
    ],
)
def test_a_part_headed_by_the_aim_states_it_in_its_own_words(lang: str, heading: str, body: str) -> None:
    verdict = green_smart(sketch(lang, body, aim_heading=heading))
    assert verdict.status.value == "pass", heading


@pytest.mark.parametrize(
    ("lang", "heading", "body"),
    [
        ("nb", "Grønnere og smartere", "Ikke relevant for dette prosjektet."),
        ("nn", "Grønare og smartare", "Prosjektet har ingen særskild miljøverknad, og vi har ikkje rekna på det."),
        ("en", "Greener and smarter", "Not applicable."),
        ("nb", "Smarte sensorer", "Sensorene måler temperatur og fukt i rommene, og dataene sendes til driftssentralen hver time."),
    ],
)
def test_a_heading_over_a_refusal_or_a_stub_states_no_aim(lang: str, heading: str, body: str) -> None:
    assert green_smart(sketch(lang, body, aim_heading=heading)).status.value != "pass", body


@pytest.mark.parametrize(
    ("lang", "incidental"),
    [
        ("nb", "Saksbehandling av sletting og gjenbruk av graver er tungvint og tar tid."),
        ("nn", "Statsforvaltaren rettleier kommunane innanfor mange fagområde: skule, helse, landbruk, miljø og plan."),
        ("en", "Our office covers many fields: schools, health, agriculture, environment and emergency planning."),
    ],
)
def test_one_green_word_in_the_problem_as_it_is_today_is_met_by_chance(lang: str, incidental: str) -> None:
    verdict = green_smart(sketch(lang, "Vi vil ha fleire fysiske samlingar i regionane." if lang == "nn" else "We want more meetings in person.", need_extra=incidental))
    assert verdict.status.value == "warn", incidental
    assert any("«" in f.message for f in verdict.findings)


@pytest.mark.parametrize(
    ("lang", "aimed"),
    [
        ("nb", "Utslippene fra tjenestebilene er store, og de øker hvert år."),
        ("en", "Road salt pollutes the river every winter."),
        ("nb", "Målet er mindre gjenbruk av engangsutstyr og lavere kostnader."),
        ("nn", "Vi ønskjer at gjenbruk av graver skal bli enklare, slik at vi unngår nye anlegg."),
        ("en", "Reuse of graves should become easier, so we avoid building new cemeteries."),
    ],
)
def test_the_same_word_stated_as_an_aim_in_the_need_still_passes(lang: str, aimed: str) -> None:
    verdict = green_smart(sketch(lang, "Vi vil finne ut av dette saman med leverandørane." if lang == "nn" else "Se over.", need_extra=aimed))
    assert verdict.status.value == "pass", aimed


@pytest.mark.parametrize(
    ("lang", "soft"),
    [
        ("nb", "Løsningen skal gjøre skranken mer effektiv."),
        ("nn", "Vi vil få betre bruk av lokala vi alt har, og mindre dobbeltarbeid."),
        ("en", "Staff will work more efficiently, and we will make better use of the rooms we have."),
    ],
)
def test_an_aim_said_in_other_words_warns_instead_of_failing(lang: str, soft: str) -> None:
    verdict = green_smart(sketch(lang, soft))
    assert verdict.status.value == "warn", soft
    assert any(soft.split()[1] in f.message for f in verdict.findings)


def test_a_sketch_without_any_such_aim_still_fails() -> None:
    for lang, aim in (
        ("nb", "Vi vil ha flere ansatte og høyere lønn for å beholde dem."),
        ("nn", "Vi vil ha fleire tilsette og høgare løn for å halde på dei."),
        ("en", "We want more staff and higher pay to keep them."),
    ):
        assert green_smart(sketch(lang, aim)).status.value == "fail", aim
