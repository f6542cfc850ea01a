"""How the checker reads the way a sketch argues its case: technology named as what exists today
is not the sketch's starting point, a plan to buy and install a product is; an appendix is not
the sketch's opening; … Each reading is tried in bokmål, nynorsk and English, next to the
near-miss that must not read the same."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result


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


# ---------------------------------------------------------------- need described: general talk or a need told


def need_part(body: str, heading: str = "Utfordringen") -> str:
    return f"# Skisse\n\n**Søker:** Rogaland fylkeskommune\n\n## {heading}\n\n{body}\n"


@pytest.mark.parametrize(
    "body",
    [
        "Det er mange utfordringer knyttet til dagens system, og prosessene kan noen ganger være komplekse. Vi opplever at det er rom for forbedring på flere områder, for eksempel samordning, kommunikasjon og oppfølging av bedriftene i regionen.",
        "Det er mange utfordringar i dagens ordning, og det er rom for betring når det gjeld samordning og oppfølging. Verksemdene i regionen synest iblant det er vanskeleg å finne fram, og vi må henge med i omstillinga.",
        "There are many challenges in today's system, and the processes can sometimes be complex. We see room for improvement in several areas, such as coordination, communication and the follow-up of businesses in the region, and we must keep up with the changes.",
    ],
)
def test_a_need_said_only_in_general_terms_warns(body: str) -> None:
    assert verdicts(need_part(body))["need-described"] == "warn"


@pytest.mark.parametrize(
    "body",
    [
        "Samfunnet endrer seg raskt, og forventningene til kommunen øker. Digitaliseringen gir store muligheter, og vi ønsker å være i front og jobbe på nye måter slik at innbyggerne får gode og sammenhengende tjenester i hele regionen i årene som kommer.",
        "Samfunnet endrar seg raskt, og forventningane til kommunen aukar. Digitaliseringa gir nye moglegheiter, og vi ønskjer å vere i forkant og arbeide på nye måtar slik at innbyggjarane får gode og samanhengande tenester i heile regionen i åra som kjem.",
        "The world is changing fast and citizens have rising expectations. Digitalisation brings great opportunities, and we want to be more innovative and future-oriented so that residents get good and joined-up services across the whole region in the years to come.",
    ],
)
def test_change_and_opportunity_talk_is_no_need_told(body: str) -> None:
    assert verdicts(need_part(body))["need-described"] == "warn"


def test_the_same_words_with_the_size_of_the_problem_are_a_need_told() -> None:
    body = (
        "Det er mange utfordringer knyttet til dagens system. Fondene deler ut 180 mill. kr i året, men 40 prosent av "
        "søknadene blir liggende over tre måneder, og 2 av 3 bedrifter sier i vår egen undersøkelse at de ikke finner fram."
    )
    assert verdicts(need_part(body))["need-described"] == "pass"


@pytest.mark.parametrize(
    "body",
    [
        "I dag blir nøklane delte ut av vaktmeisteren på servicetorget. Etter timelistene frå driftsavdelinga brukte vaktmeisteren om lag 150 timar på nøkkelutdeling og utrykkingar i 2024, og vi skifta låssylindrar for 38 000 kroner same året. Leigetakarane må hente og levere nøklane i opningstida.",
        "I dag deler vaktmesteren ut nøklene på servicetorget. Ifølge timelistene brukte driftsavdelingen rundt 150 timer på nøkkelutdeling og utrykninger i 2024, og kommunen betalte 38 000 kroner for nye låssylindrer samme år. Leietakerne må hente og levere nøklene i åpningstiden.",
        "Today the caretaker hands out the keys at the service desk. According to the time sheets the caretakers spent about 150 hours on handing out keys and call-outs in 2024, and we paid 38 000 kroner for new lock cylinders. Tenants have to collect and return the keys in opening hours.",
    ],
)
def test_what_todays_way_costs_in_hours_or_money_tells_the_need_without_problem_words(body: str) -> None:
    assert verdicts(need_part(body, "Bakgrunn"))["need-described"] == "pass"


def test_a_background_that_only_describes_the_applicant_does_not() -> None:
    body = (
        "Fyresdal og Nissedal kommunar eig til saman 14 grendehus, gymsalar og møtelokale som blir leigde ut til lag, "
        "foreiningar og privatpersonar. Kommunane har om lag 2 700 innbyggjarar til saman og eit godt samarbeid om drift av bygg."
    )
    assert verdicts(need_part(body, "Bakgrunn"))["need-described"] == "warn"


# ---------------------------------------------------------------- the need told in the opening, before any heading


OPENINGS = [
    "Frå hausten 2025 skal eit sunt skulemåltid innførast gradvis, men ingen veit korleis vi får det til. Tala er store: Vestland har om lag 26 000 elevar i vidaregåande skule, og eit dagleg måltid for alle vil koste 180–220 mill. kr i året. Matsvinn er eit kjent problem frå skulekantiner, der 20–25 prosent av maten hamnar i avfallet. Dette blir ein av dei største nye driftspostane i skulebudsjetta på mange år.",
    "Fra høsten 2025 skal et sunt skolemåltid innføres gradvis, men ingen vet hvordan det kan gjøres. Tallene er store: fylket har om lag 26 000 elever i videregående skole, og et daglig måltid for alle vil koste 180–220 mill. kr i året. Matsvinn er et kjent problem fra skolekantiner, der 20–25 prosent av maten havner i avfallet. Dette blir en av de største nye driftspostene i skolebudsjettene på mange år.",
    "From autumn 2025 a healthy school meal is to be introduced step by step, but nobody knows how to do it. The numbers are large: the county has about 26 000 pupils in upper secondary school, and a daily meal for all will cost 180–220 million kroner a year. Food waste is a known problem in school canteens, where 20–25 per cent of the food ends up as waste. This will be one of the largest new items in the school budgets for many years.",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_an_opening_that_tells_and_sizes_a_problem_is_the_need_part(opening: str) -> None:
    text = f"Skisse til innovasjonspartnarskap\n\nSøkjar: Vestland fylkeskommune\n\n{opening}\n\nDialog med marknaden\n\nVi vil halde ein open dialogkonferanse i Bergen med leverandørar.\n"
    need = one_result(text, "need-described")
    assert need.status.value == "pass"
    assert any("26 000" in f.message or "kr" in f.message or "problem" in f.message for f in need.findings)


def test_an_applicants_story_whose_only_figures_are_years_a_phone_and_the_sum_applied_for_is_not() -> None:
    text = (
        "Til Innovasjon Norge\n\nJeg heter Ole Martin Haugen og bor i Kvam. Huset vårt ble oversvømt både i 2011, 2013 og 2023. "
        "Jeg mener det trengs et bedre varslingssystem for folk som bor langs elva, slik at vi kan få flyttet ting før vannet kommer. "
        "Flom gir store skader hvert år, og det blir verre med klimaendringene. Jeg har snakket med naboene, og mange synes dette er "
        "en god idé. Jeg søker om 850 000 kr til å utvikle varslingen og teste den langs elva i to år.\n\n"
        "Ta gjerne kontakt på mobil 482 17 906 eller e-post ole@example.no.\n"
    )
    assert verdicts(text)["need-described"] != "pass"


@pytest.mark.parametrize(
    "text",
    [
        "Høgskulen ønsker å bidra til innovasjon i helsesektoren. Det er mange utfordringer i helsetjenestene i dag, og det er behov for bedre måter å jobbe på. Mange ansatte opplever stress, og det er ikke alltid lett å få oversikt. Problemet er at tjenestene må bli mer effektive og bærekraftige.",
        "Kommunen ønskjer å bidra til innovasjon i helsesektoren. Det er mange utfordringar i tenestene i dag, og det er behov for betre måtar å arbeide på. Problemet er at det ikkje alltid er lett å få oversyn, og tenestene må bli meir effektive.",
        "The college wants to contribute to innovation in health care. There are many challenges in the services today, and there is a need for better ways of working. The problem is that it is not always easy to get an overview, and the services must become more efficient.",
    ],
)
def test_a_sketch_without_a_need_part_whose_problem_talk_is_general_warns(text: str) -> None:
    assert verdicts(f"{text}\n\nForeløpig budsjett:\n\n- Prosjektledelse: 1 000 000 kr\n- Utvikling: 3 000 000 kr\n")["need-described"] == "warn"


# ---------------------------------------------------------------- a short need part, sized in the summary too


SHORT_NEED = "Mange små ferjesamband har under 100 kjøretøy per døgn (Ferjedatabanken), men krever likevel fullt mannskap. Fylkeskommunene sliter med å rekruttere sjøfolk, og kostnadene per passasjer er svært høye."


@pytest.mark.parametrize(
    "summary",
    [
        "Fylkeskommunene bruker over 5 milliarder kroner i året på ferjedrift (Nasjonal transportplan), og mannskapet er en stor del av kostnaden på de minste sambanda.",
        "Fylkeskommunane brukar over 5 milliardar kroner i året på ferjedrift (Nasjonal transportplan), og mannskapet er ein stor del av kostnaden på dei minste sambanda.",
        "The counties spend over 5 billion kroner a year on ferries (National Transport Plan), and crew is a large share of the cost on the smallest routes.",
    ],
)
def test_a_short_need_part_with_a_summary_that_sizes_the_need_is_told(summary: str) -> None:
    text = f"# Ferjer\n\n**Søker:** Vestland fylkeskommune\n\n## Sammendrag\n\n{summary}\n\n## Behov\n\n{SHORT_NEED}\n"
    assert verdicts(text)["need-described"] == "pass"


def test_a_summary_that_only_presents_the_company_does_not_lengthen_the_need() -> None:
    summary = "Vestkyst Ferjeteknikk ASA er et børsnotert selskap med 80 ansatte og kunder i seks land, og vi har levert design til 12 ferjer."
    text = f"# Ferjer\n\n**Søker:** Vestland fylkeskommune\n\n## Sammendrag\n\n{summary}\n\n## Behov\n\n{SHORT_NEED}\n"
    assert verdicts(text)["need-described"] == "warn"


# ---------------------------------------------------------------- a title line is not a heading for the words at its end


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Eit sunt måltid kvar skuledag – utan å sprengje budsjettet", None),
        ("A warm meal every school day without breaking the budget", None),
        ("Et sunt måltid hver skoledag uten å sprenge budsjettet", None),
        ("Førebels budsjett", "budget"),
        ("Om problemet", "need"),
        ("Budsjett for utviklingsfasen med frikjøp og forsking", "budget"),
    ],
)
def test_a_plain_line_names_a_part_when_short_or_when_it_starts_with_the_parts_name(line: str, key: str | None) -> None:
    sketch_text = f"Skisse\n\nSøkjar: Vestland fylkeskommune\n\n{line}\n\nTekst om dette som står under linja.\n"
    parsed = parse_sketch(sketch_text)
    assert [s.key for s in parsed.sections] == ([key] if key else [])


# ---------------------------------------------------------------- why us said in the prose


WHY_NEED = "Ventetida er lang, og 300 pasientar ventar kvar månad på ein time."


@pytest.mark.parametrize(
    "prose",
    [
        "Hvorfor vi? Innlandstrafikk har drevet bestillingstransport i distriktene siden 2017, og Sykehuset Innlandet har et nasjonalt ansvar for pasientreiser.",
        "Kvifor vi? Skyss har drive bestillingstransport i distrikta sidan 2017, og sjukehuset har eit nasjonalt ansvar for pasientreiser.",
        "Why we? The transport agency has run demand-responsive transport since 2017, and the hospital has delivered patient transport for the whole county.",
    ],
)
def test_a_paragraph_that_opens_with_why_us_argues_it(prose: str) -> None:
    text = f"**Skisse: Én bil, mange oppdrag**\n\nSøker er Innlandet fylkeskommune.\n\n{WHY_NEED}\n\n{prose}\n"
    assert verdicts(text)["why-us"] == "pass"


@pytest.mark.parametrize(
    "claim",
    [
        "Frøya er Norges største oppdrettskommune og har derfor stor interesse av å finne en løsning.",
        "Frøya er Noregs største oppdrettskommune og har difor stor interesse av å finne ei løysing.",
        "Frøya is Norway's largest fish farming municipality and therefore has a strong interest in a solution.",
    ],
)
def test_being_the_largest_and_therefore_placed_to_solve_it_answers_why_us(claim: str) -> None:
    text = f"Skisse – Frøya kommune\n\n{WHY_NEED}\n\n{claim}\n"
    assert verdicts(text)["why-us"] == "pass"


def test_being_the_largest_without_a_reason_does_not() -> None:
    text = f"Skisse – Frøya kommune\n\n{WHY_NEED}\n\nFrøya er Norges største oppdrettskommune.\n"
    assert verdicts(text)["why-us"] == "warn"


@pytest.mark.parametrize("heading", ["**Hvorfor meg?**", "**Kvifor meg?**", "## Why me?"])
def test_a_private_applicants_why_me_is_the_why_us_part(heading: str) -> None:
    from assistant.core.sketch.sections import match_heading

    assert match_heading(heading.strip("*# ")) == "why-us"
    text = f"# Skisse\n\n**Innsender:** Jon Erik Pedersen\n\n## Behovet\n\n{WHY_NEED}\n\n{heading}\n\nJeg kjenner miljøet godt etter mange år som frivillig, og jeg har ledet prosjekter i byggebransjen i ti år.\n"
    assert verdicts(text)["why-us"] == "pass"
