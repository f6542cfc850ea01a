"""How the checker reads the way a sketch argues its case: technology named as what exists today
is not the sketch's starting point, a plan to buy and install a product is; an appendix is not
the sketch's opening; … Each reading is tried in bokmål, nynorsk and English, next to the
near-miss that must not read the same."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def verdicts(text: str) -> dict[str, str]:
    return check_sketch(parse_sketch(text)).statuses()


def sketch(need: str, *, later: str = "", applicant: str = "Bodø kommune") -> str:
    text = f"# Skisse\n\n**Søker:** {applicant}\n\n## Behov\n\n{need}\n"
    if later:
        text += f"\n## Hva vi vil gjøre\n\n{later}\n"
    return text


NEED = "Tilsynet kommer for sent, og tre etater arbeider side om side uten å dele det de ser."


# ---------------------------------------------------------------- technology that exists today


@pytest.mark.parametrize(
    "sentence",
    [
        "Markedet tilbyr i dag sensorer og droner, men ingen av dem samler det etatene trenger.",
        "Fleire kommunar har prøvd sensorar og appar, men gevinstane har vore små.",
        "Cameras, sensors and underwater drones are being tested in the industry, and some may turn out to be part of the answer.",
        "Det finnes plattformer og sensorer for dette i Sverige, men de er laget for store byer.",
    ],
)
def test_technology_named_as_what_exists_today_is_not_the_starting_point(sentence: str) -> None:
    assert verdicts(sketch(f"{NEED} {sentence}"))["not-technology-first"] == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "Markedet tilbyr i dag sensorer og droner, og vi vil ta dem i bruk i alle kommunene.",
        "We need sensors and drones in every fish farm.",
        "Kommunen treng sensorar og ein app som varslar vaktmeisteren.",
    ],
)
def test_technology_the_applicant_wants_still_counts_in_the_opening(sentence: str) -> None:
    assert verdicts(sketch(f"{NEED} {sentence}"))["not-technology-first"] == "warn"


def test_a_need_part_in_an_appendix_is_not_the_opening() -> None:
    head = "# Skisse\n\n**Søker:** Tromsø kommune\n\n## Behov\n\nSykepleiere bruker mye tid på å hente utstyr, og noen bruker sensorer.\n"
    budget = "\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n- Utviklingsfase: 3 000 000 kr\n"
    appendix = "\n## Vedlegg A: Bakgrunn\n\nTo sykehus har brukt plattformer for varelogistikk i mange år, med blandet hell.\n"
    assert verdicts(head + budget + appendix)["not-technology-first"] == "pass"
    # The same words in the opening count: two technology nouns before the need is told.
    opening = head.replace("noen bruker sensorer.", "noen bruker sensorer og plattformer.")
    assert verdicts(opening + budget)["not-technology-first"] == "warn"


# ---------------------------------------------------------------- nobody has a finished solution


@pytest.mark.parametrize(
    "sentence",
    [
        "Det finnes mange leverandører, men ingen har en ferdig løsning på dette.",
        "Ingen leverandør har eit ferdig system som dekkjer dette.",
        "No supplier has a finished solution for this.",
    ],
)
def test_nobody_having_a_finished_solution_is_no_sign_of_one(sentence: str) -> None:
    assert verdicts(sketch(NEED, later=sentence))["not-technology-first"] == "pass"


def test_having_a_finished_solution_oneself_is() -> None:
    assert verdicts(sketch(NEED, later="Vi har en ferdig løsning som kommunene kan ta i bruk."))["not-technology-first"] == "warn"


# ---------------------------------------------------------------- buying and installing a product


@pytest.mark.parametrize(
    "plan",
    [
        "Vi skal kjøpe inn og installere smarte låser i alle byggene.",
        "Vi ønskjer å kjøpe inn og montere elektroniske låsar på alle dei 14 bygga.",
        "We want to buy and install smart locks in all 14 buildings.",
    ],
)
def test_a_plan_to_buy_and_install_a_product_is_an_identified_solution(plan: str) -> None:
    assert verdicts(sketch(NEED, later=plan))["not-technology-first"] == "warn"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi skal ikke kjøpe inn og montere et ferdig system.",
        "Leverandøren vil kjøpe inn og montere utstyret når løsningen er utviklet.",
        "We will not buy and install a finished product.",
    ],
)
def test_buying_and_installing_said_not_or_by_someone_else_is_no_plan(sentence: str) -> None:
    assert verdicts(sketch(NEED, later=sentence))["not-technology-first"] == "pass"


# ---------------------------------------------------------------- «why» headings: the need or us


@pytest.mark.parametrize(
    "heading",
    [
        "Hvorfor trengs dette?",
        "Kvifor dette prosjektet?",
        "Why is this needed?",
        "Hvorfor dagens løsninger ikke strekker til",
        "Kvifor finst det ikkje ei løysing i dag?",
        "Why existing solutions are not enough",
    ],
)
def test_a_why_heading_about_the_problem_is_the_need_part(heading: str) -> None:
    from assistant.core.sketch.sections import match_heading

    assert match_heading(heading) == "need"


@pytest.mark.parametrize("heading", ["Hvorfor oss?", "Kvifor akkurat vi?", "Why this partnership", "Hvorfor er vi rett partnerskap?", "Kvifor Fiskeridirektoratet"])
def test_a_why_heading_about_the_applicant_stays_why_us(heading: str) -> None:
    from assistant.core.sketch.sections import match_heading

    assert match_heading(heading) == "why-us"


def test_a_need_told_under_why_this_project_is_a_need_described() -> None:
    text = (
        "# Dagtilbod\n\n**Søkjar:** Bergen kommune\n\n## Kvifor dette prosjektet?\n\n"
        "Ventelista til dagsenterplass var på over 150 personar ved utgangen av 2023. Brukarar som kunne ha budd heime "
        "lenger, må søkje om sjukeheimsplass fordi dagtilbodet er for lite fleksibelt, og pårørande går ned i stilling. "
        "Sjukehuset melder om fleire utskrivingsklare pasientar som blir liggjande fordi det ikkje finst eit tilbod i kommunen.\n"
    )
    assert verdicts(text)["need-described"] == "pass"


# ---------------------------------------------------------------- why us: a shared challenge, work already done together


@pytest.mark.parametrize(
    "argument",
    [
        "Fredrikstad og Sarpsborg har mange felles utfordringer og samarbeider allerede om vann og avløp. Vi er to bykommuner som vil være gode testarenaer.",
        "Dei to kommunane har same utfordringar og samarbeider alt om drift av bygg. Saman er vi ein god testarena for små kommunar.",
        "The two cities share the same challenges and already work together on water and sewage, and they offer test arenas of two sizes.",
    ],
)
def test_a_partnership_part_that_argues_shared_challenges_answers_why_us(argument: str) -> None:
    text = f"# Veier\n\n**Søker:** Fredrikstad kommune\n\n## Behov\n\n{NEED}\n\n## Samarbeid\n\n{argument}\n"
    assert verdicts(text)["why-us"] == "pass"


def test_a_partnership_part_that_only_names_the_partners_does_not() -> None:
    text = f"# Veier\n\n**Søker:** Fredrikstad kommune\n\n## Behov\n\n{NEED}\n\n## Samarbeid\n\nFredrikstad og Sarpsborg er to bykommuner i Østfold med mange innbyggere.\n"
    assert verdicts(text)["why-us"] == "warn"
