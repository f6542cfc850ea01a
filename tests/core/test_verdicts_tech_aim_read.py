"""How the checker reads where a sketch states what it will make: a title that names a technology
(«AI-droner for leiting og redning»), an answer told as a technology («we believe the solution is
autonomous drones»), a product settled on or named to be developed further («CareLink Trygg»,
«vidareutvikle BrøyteLogg»), a plan told with its technical parts, new technology as what is to be
made, or a package of measures fixed and listed in advance. A «not» after a plan tells what the
thing lacks («… sensorer som registrerer fall uten kamera»), not that the plan is not made; a
sketch that says outright it has not chosen its solution («Vi har bevisst ikke beskrevet en
løsning», «Vi er åpne for alle typer løsninger») keeps a technology in its title a possibility.
Each reading in bokmål, nynorsk and English, with near misses that keep their verdict."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

NEED = {
    "nb": "## Behov\n\nPolitiet leder om lag 2 400 leteaksjoner i året, ofte i mørke og dårlig vær. Aksjonene krever mange mannskaper, og letetiden er i snitt 14 timer (Hovedredningssentralen, årsrapport 2023).\n",
    "nn": "## Behov\n\nPolitiet leier om lag 2 400 leiteaksjonar i året, ofte i mørker og dårleg vêr. Aksjonane krev mange mannskap, og leitetida er i snitt 14 timar (Hovudredningssentralen, årsrapport 2023).\n",
    "en": "## The need\n\nThe police lead about 2 400 search operations a year, often in darkness and bad weather. They take many people, and a search lasts 14 hours on average (Joint Rescue Coordination Centre, annual report 2023).\n",
}
PLAN_HEAD = {"nb": "## Gjennomføring", "nn": "## Gjennomføring", "en": "## Implementation"}


def tech_first(text: str) -> str:
    return one_result(text, "not-technology-first").status


def sketch(lang: str, plan: str = "", *, title: str = "Skisse", need_extra: str = "") -> str:
    body = f"\n{PLAN_HEAD[lang]}\n\n{plan}\n" if plan else ""
    return f"# {title}\n\n**Søker:** Politidirektoratet\n\n{NEED[lang]}{need_extra}\n{body}"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("nb", "Prosjektskisse: KI-droner for leting og redning"),
        ("nn", "Skisse: Digital tvilling for leiteaksjonane"),
        ("en", "Project sketch: AI-drones for search and rescue"),
    ],
)
def test_a_title_that_names_a_technology_tells_what_the_project_delivers(lang: str, title: str) -> None:
    assert tech_first(sketch(lang, title=title)) != "pass"


@pytest.mark.parametrize(
    ("lang", "title", "plan"),
    [
        # A title that asks.
        ("nb", "Droner i leteaksjonene? Hvordan finner vi savnede raskere", ""),
        ("en", "AI in search and rescue? Finding missing people sooner", ""),
        # A title over a text that says the solution is open.
        ("nb", "Skisse: Digital tvilling for leteaksjonene", "Vi er åpne for alle typer løsninger: nye arbeidsformer, nye avtaler eller ny teknologi."),
        ("nn", "Skisse: Digital tvilling for leiteaksjonane", "Vi har medvite ikkje valt løysing. Det kan vere nye arbeidsformer eller noko heilt anna."),
        ("en", "Project sketch: A digital twin for search operations", "We have deliberately not chosen a solution. It may be new ways of working or something else."),
        # A title that names the need.
        ("nb", "Skisse: Raskere funn av savnede", ""),
    ],
)
def test_a_title_that_asks_or_stands_over_an_open_solution_does_not(lang: str, title: str, plan: str) -> None:
    assert tech_first(sketch(lang, plan, title=title)) == "pass"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "Vi tror løsningen er autonome droner med kunstig intelligens som finner personer i varmebilder uten at en operatør ser på skjermen."),
        ("nn", "Vi trur løysinga er sjølvgåande droner som finn folk i varmebilete utan at nokon ser på skjermen."),
        ("en", "We believe the solution is autonomous drones with onboard artificial intelligence that detect people in thermal images without a human operator looking at the screen."),
    ],
)
def test_an_answer_told_as_a_technology_starts_from_it_though_a_without_follows(lang: str, said: str) -> None:
    assert tech_first(sketch(lang, need_extra=f"\n{said}\n")) != "pass"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nb", "Vi tror svaret er en kombinasjon av nye arbeidsformer, nye avtaler og kanskje noe digitalt."),
        ("nn", "Vi trur ikkje svaret er ein app. Vi trur svaret ligg i ein ny måte å organisere leitinga på."),
        ("en", "We do not believe the answer is another app. We believe the answer lies in a new way of organising the search."),
    ],
)
def test_an_answer_told_as_a_combination_or_said_not_to_be_a_technology_is_open(lang: str, said: str) -> None:
    assert tech_first(sketch(lang, need_extra=f"\n{said}\n")) == "pass"


@pytest.mark.parametrize(
    ("lang", "plan"),
    [
        # A plan whose «not» or «without» comes after it.
        ("nb", "Vi ønsker å kjøpe inn og ta i bruk 400 trådløse radarsensorer som registrerer fall uten kamera."),
        ("nn", "Vi skal byggje eit nytt varslingssystem for leiteaksjonane, slik at mannskapa ikkje må ringje rundt."),
        ("en", "We will build a new alert platform for the search teams, so that they do not have to phone around."),
        # A product settled on.
        ("nb", "Etter en grundig vurdering har kommunen landet på at CareLink Trygg fra Nordic CareLink AS er den løsningen som passer best for oss."),
        ("nn", "Vi har kome fram til at eit tett nettverk av vegsensorar er den beste løysinga."),
        ("en", "We have concluded that a thermal camera network is the best solution."),
        # A named product to be developed further.
        ("nn", "Vi ønskjer no å vidareutvikle BrøyteLogg saman med kommunane til eit fullverdig styringsverktøy."),
        ("nb", "År 2: videreutvikle Brakar Flex-appen med samordning av TT-kjøring."),
        ("en", "We want to further develop CareNorth into a regional service."),
        # The solution to build told with its technical parts.
        ("nn", "Vi vil utvikle ei løysing der burettslaget kan produsere, lagre og dele straum mellom husværa, med eit batteri i kjellaren og ei app der bebuarane ser forbruket."),
        ("en", "We will develop a service where volunteers are guided in the field, with drones over the search area and an app for the teams."),
        # New technology as what is to be made, an example after it.
        ("nb", "Vi ønsker å utvikle en ny forretningsmodell og ny teknologi for mobil ladekapasitet, for eksempel batteribaserte ladecontainere."),
        # A package of measures fixed and listed.
        ("nb", "Vi vil etablere en rekrutteringspakke for distriktene:\n\n1. Stipend for studenter.\n2. Bolig og flyttepakke.\n3. Mentorordning."),
        ("en", "The project will develop and test a package of measures to recruit and keep staff:\n\n- a trainee scheme;\n- housing offers;\n- a retention bonus."),
    ],
)
def test_a_solution_chosen_named_or_fixed_in_advance_starts_from_it(lang: str, plan: str) -> None:
    assert tech_first(sketch(lang, plan)) != "pass"


@pytest.mark.parametrize(
    ("lang", "plan"),
    [
        ("nb", "Vi skal ikke kjøpe inn sensorer; vi vil finne ut hva som gir raskere funn sammen med markedet."),
        ("nn", "Vi vil vidareutvikle tenestene saman med frivillige og leverandørar."),
        ("en", "We will further develop the services together with volunteers and suppliers."),
        ("nb", "Vi har ennå ikke landet på hva løsningen er; det skal dialogen med markedet vise."),
        ("nb", "Vi trenger et system for varsling, innkalling og oppfølging av mannskaper som gir raskere oppmøte, uten at kostnadene øker.\n\nVi har bevisst ikke beskrevet en løsning."),
        ("en", "Solutions may include a package of measures, but we do not know yet what it will hold."),
    ],
)
def test_a_plan_said_not_or_left_open_does_not(lang: str, plan: str) -> None:
    assert tech_first(sketch(lang, plan)) == "pass"


@pytest.mark.parametrize(
    ("lang", "said", "expected"),
    [
        ("nb", "Vi trenger et system for sortering, innsamling og ombruk som gir minst 65 prosent gjenvinning.", "pass"),
        ("nn", "Vi treng eit system for innhenting og transport av prøvar som sikrar at dei kjem fram same dag.", "pass"),
        ("nb", "Vi trenger et nytt fagsystem for leteaksjonene.", "not pass"),
        ("en", "We need a new platform for the search teams.", "not pass"),
    ],
)
def test_a_bare_system_for_an_activity_is_an_arrangement_a_named_system_is_a_tool(lang: str, said: str, expected: str) -> None:
    status = tech_first(sketch(lang, need_extra=f"\n{said}\n"))
    assert (status == "pass") == (expected == "pass")
