"""Each failure class of sketches written the way applicants write them, continued: bodies told
by their names and the registry, sources for figures, anchoring with top management, large
budget items, a solution already chosen, budgets whose total disagrees with their lines, greener
aims as applicants write them, and partners named only as an intention."""

from __future__ import annotations

import pytest

from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.model import OrgKind
from assistant.core.sketch.registry import classify as classify_org

from .one_criterion import NEED, findings, verdicts


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Bydel Grünerløkka", OrgKind.OFFENTLIG),
        ("Bergen katedralskole", OrgKind.OFFENTLIG),
        ("Fjell kommune", OrgKind.KOMMUNE),
        ("Sør-Øst politidistrikt", OrgKind.STATLIG),
        ("Oslo Montessoriskole", OrgKind.SELSKAP),
    ],
)
def test_bodies_told_by_the_words_in_their_name(name: str, kind: OrgKind) -> None:
    assert classify_org(name).kind is kind


def test_every_registry_org_number_is_valid() -> None:
    import tomllib

    from stdnum.no import orgnr

    from assistant.core.sketch.registry import DATA

    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    numbers = [e["orgnr"] for key in ("kommune", "fylkeskommune", "helseforetak", "statlig", "universitet") for e in data[key] if e.get("orgnr")]
    assert numbers and all(orgnr.is_valid(n) for n in numbers)
    assert len(data["fylkeskommune"]) == 15
    # 357 municipalities: Våler and Herøy are two each under one name.
    assert len(data["kommune"]) == 355


# ---------------------------------------------------------------- data backing: few figures with a source


@pytest.mark.parametrize(
    "sentence",
    [
        "Energikostnadene var 96 millioner kroner i 2023 (årsregnskapet).",
        "Problemene er dokumentert i foretakets internrevisjon fra 2023: sykefraværet var 11,4 prosent.",
        "Meteorologisk institutts rapport *Klima i Norge 2100* venter 20 prosent flere dager rundt null grader.",
    ],
)
def test_a_figure_with_a_named_source_backs_the_need(sentence: str) -> None:
    text = f"# Varme\n\n## Behov\n\nVi har et stort problem med kostnader som øker år for år i byggene. {sentence}\n"
    assert verdicts(text)["data-backing"] == "pass"


def test_a_few_figures_without_any_source_still_warn() -> None:
    text = "# Snø\n\n## Behov\n\nKommunen bruker 120 millioner kroner på brøyting, og 900 personer skades hvert år.\n"
    assert verdicts(text)["data-backing"] == "warn"


# ---------------------------------------------------------------- top management: anchoring stated


ANCHOR_BASE = "# Trygg natt\n\n**Søker:** Bodø kommune\n\n## Behov\n\n" + NEED + "\n\n## Forankring\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunedirektøren er orientert.",
        "Saken er ennå ikke lagt fram for rådmannen.",
        "Skissen er ikke behandlet av kommunedirektøren; vi tar sikte på å forankre prosjektet senere.",
        "Kommunedirektøren er informert og positiv.",
    ],
)
def test_top_management_merely_informed_or_not_yet_is_not_anchoring(sentence: str) -> None:
    assert verdicts(ANCHOR_BASE + sentence + "\n")["top-management"] == "warn"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunedirektøren har godkjent skissen.",
        "Kommunedirektøren er orientert og har godkjent at skissen sendes.",
        "Kommunedirektørane i dei tre kommunane har slutta seg til skissa.",
        "The sketch is approved by the chief municipal executive.",
        "Kystdirektøren har godkjent skissen.",
    ],
)
def test_top_management_anchoring_stated_passes(sentence: str) -> None:
    assert verdicts(ANCHOR_BASE + sentence + "\n")["top-management"] == "pass"


def test_a_company_boards_decision_anchors_it_and_eligibility_is_judged_on_its_own() -> None:
    text = "# Havn\n\n**Søker:** Havneteknikk Nord AS\n\n## Behov\n\n" + NEED + "\n\n## Forankring\n\nStyret i selskapet har vedtatt å søke.\n"
    assert verdicts(text)["top-management"] == "pass"
    assert verdicts(text)["eligibility"] == "fail"
    assert any("toppledelsen i Havneteknikk Nord AS" in m for m in findings(text, "top-management"))


def test_an_applicant_described_as_a_private_school_is_not_eligible() -> None:
    text = "# Veien tilbake\n\n**Søker:** Fjordbyen Kristne Videregående Skole (privatskole godkjent etter privatskoleloven)\n\n## Behov\n\n" + NEED + "\n"
    assert verdicts(text)["eligibility"] == "fail"


# ---------------------------------------------------------------- large budget items: the cost of the area, not the project's budget


def _large(need: str) -> str:
    return verdicts(f"# Tiltak\n\n**Søker:** Bodø kommune\n\n## Behov\n\n{need}\n")["large-budget-items"]


@pytest.mark.parametrize(
    "need",
    [
        "Energikostnadene for byggene var 96 millioner kroner i 2023.",
        "Forbruksmateriell kostar helseføretaka 4,3 milliardar kroner i året.",
        "Unge som faller ut av skolen, er dyrt for samfunnet: kostnaden ved at én elev ikke fullfører er 900 000 kroner.",
    ],
)
def test_the_cost_of_the_area_in_words_or_amounts_is_a_large_budget_item(need: str) -> None:
    assert _large(need) == "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Vi vil lage en bedre tjeneste for innbyggerne. Budsjett: ca. 3 mill. kr.",
        "Tentativt budsjett: 6 mill. kr over tre år, fordelt på prosjektledelse (1,5 mill. kr) og utvikling (3,5 mill. kr).",
        "Inntektene fra gjestehavna var 1,2 mill. kr i 2023.",
    ],
)
def test_the_projects_own_budget_or_a_small_sum_is_not_a_large_budget_item(need: str) -> None:
    assert _large(need) == "warn"


# ---------------------------------------------------------------- not technology first: a chosen solution


def _tech(lead: str) -> str:
    return verdicts(f"# Tiltak\n\n**Søker:** Bodø kommune\n\n## Behov\n\n{NEED} {lead}\n")["not-technology-first"]


@pytest.mark.parametrize(
    "lead",
    [
        "Vi har allerede utviklet en prototype av en plattform og vil videreutvikle denne.",
        "Vi ønsker å bygge nye flomvoller langs elva. Arbeidet er prosjektert og klart til å settes i gang.",
        "Vi vil samarbeide med selskapene om å teste ny teknologi for overvåking.",
        "Vi søker om å etablere et partnerskap for å utvikle autonome, batterielektriske småferjer.",
        "Vi ønskjer difor å bruke prosjektet til å byggje opp kapasitet med fleire stillingar.",
    ],
)
def test_a_solution_already_chosen_is_flagged(lead: str) -> None:
    assert _tech(lead) in ("warn", "fail")


def test_psykisk_is_not_the_word_ki() -> None:
    # «KI» must be a word of its own: «psykisk» holds the letters but names no technology.
    assert _tech("Vi ønskjer å utvikle nye måtar å organisere og levere psykisk helsehjelp. Vi har ikkje bestemt løysinga.") == "pass"


# ---------------------------------------------------------------- budget: a gap in the sum is arithmetic, a labelled line is a budget


GAP_BUDGET = (
    "# Energi\n\n**Søker:** Kongsberg kommune\n\n## Behov\n\n" + NEED + "\n\n## Budsjett\n\n"
    "| Post | Beløp |\n|---|---|\n| Prosjektledelse | 2 000 000 |\n| Frikjøp av driftsledere | 1 100 000 |\n"
    "| Utviklingsfase | 3 000 000 |\n| Sum | 7 400 000 |\n\nKjøp av ferdig løsning er ikke med i budsjettet.\n"
)


def test_a_total_that_disagrees_with_its_lines_is_an_unclear_budget_not_procurement() -> None:
    v = verdicts(GAP_BUDGET)
    assert v["budget-present"] == "warn"
    assert v["budget-excludes-procurement"] == "pass"
    assert any("uklart" in m for m in findings(GAP_BUDGET, "budget-present"))


def test_a_gap_explained_by_a_purchase_for_ordinary_operation_is_procurement() -> None:
    text = GAP_BUDGET.replace(
        "Kjøp av ferdig løsning er ikke med i budsjettet.",
        "Summen inkluderer i tillegg innkjøp av 200 sensorer til ordinær drift når løsningen er ferdig.",
    )
    v = verdicts(text)
    assert v["budget-excludes-procurement"] == "fail"
    assert v["budget-present"] == "pass"


def test_a_line_labelled_budget_with_one_amount_is_a_budget() -> None:
    text = "Skisse – Frøya kommune\n\n" + NEED + "\n\nBudsjett: ca. 3 mill. kr.\n"
    assert verdicts(text)["budget-present"] == "pass"


# ---------------------------------------------------------------- green and smart: English and compound aims


@pytest.mark.parametrize(
    "aim",
    [
        "We aim to reduce travel (and the carbon footprint of boat and car travel) per examination by 40 %.",
        "Målet er batterielektriske småferjer på korte samband.",
        "Vi vil få til mindre køyring mellom klinikkane.",
    ],
)
def test_green_aims_as_applicants_write_them_are_found(aim: str) -> None:
    # A sketch of a usual length: one aim in a very short text only warns.
    text = f"# Tiltak\n\n**Søker:** Bodø kommune\n\n## Behov\n\n{NEED}\n\n{NEED}\n\n{NEED}\n\n{NEED}\n\n## Mål\n\n{aim}\n"
    assert verdicts(text)["green-smart"] == "pass"


def test_a_battery_named_in_passing_is_no_green_aim() -> None:
    text = f"# Tiltak\n\n**Søker:** Bodø kommune\n\n## Behov\n\n{NEED}\n\n## Løsning\n\nBussen kan drives med strøm og batteri.\n"
    assert verdicts(text)["green-smart"] != "pass"


def test_one_sum_for_works_already_designed_may_be_procurement() -> None:
    text = (
        "# Flom\n\n**Søker:** Kvinesdal kommune\n\n" + NEED + "\n\nVi ønsker å sikre elva med nye voller. Arbeidet er prosjektert "
        "av en rådgiver og er klart til å settes i gang. Kostnaden er beregnet til om lag 25 mill. kr.\n"
    )
    assert verdicts(text)["budget-excludes-procurement"] == "warn"
    assert any("prosjektert" in m for m in findings(text, "budget-excludes-procurement"))


# ---------------------------------------------------------------- public collaboration: partners as applicants write them


@pytest.mark.parametrize(
    "head",
    [
        "Gjøvik kommune · Østre Toten kommune · Sykehuset Innlandet HF\n\n# Etter rusbehandling",
        "# Skisse til innovasjonspartnerskap – Nordre Follo kommune og Ås kommune",
        "# Energi\n\n**Søker:** Helse Sør-Øst RHF\n**Deltakende foretak:** Oslo universitetssykehus HF, Sykehuset Østfold HF",
    ],
)
def test_partners_in_a_header_line_or_any_participants_field_are_counted(head: str) -> None:
    assert verdicts(f"{head}\n\n## Behov\n\n{NEED}\n")["public-collaboration"] == "pass"


@pytest.mark.parametrize(
    "field",
    [
        "**Samarbeidspartnere:** Drammen kommune og Bufetat region sør har uttrykt interesse",
        "**Samarbeid:** Bergen kommune (uformelt), Haugesund kommune (dialog)",
        "**Samarbeidspartnere:** Kristiansand Havn KF (intensjon)",
    ],
)
def test_partners_named_only_as_interest_or_intention_do_not_collaborate(field: str) -> None:
    text = f"# Tiltak\n\n**Søker:** Stiftelsen Barnas Hjem\n{field}\n\n## Behov\n\n{NEED}\n"
    assert verdicts(text)["public-collaboration"] == "warn"


def test_a_partner_beside_one_only_intended_still_counts() -> None:
    text = f"# Tiltak\n\n**Søker:** Bodø kommune\n**Samarbeidspartnere:** Saltdal kommune, Fauske kommune (intensjon)\n\n## Behov\n\n{NEED}\n"
    parties = parse_sketch(text)
    assert [p.name for p in parties.partners] == ["Saltdal kommune"]
    assert verdicts(text)["public-collaboration"] == "pass"


# ---------------------------------------------------------------- need described: need words as applicants write them


def test_a_background_that_names_a_threat_found_late_is_a_need() -> None:
    text = (
        "# Rømming\n\n## Bakgrunn\n\nRømming av oppdrettslaks er en av de største truslene mot villaksen. "
        "Fiskeridirektoratets statistikk viser at det i 2022 ble meldt rømming av over 500 000 laks. "
        "Mange rømminger oppdages sent eller ikke i det hele tatt, og da er skaden allerede skjedd for elvene.\n"
    )
    assert verdicts(text)["need-described"] == "pass"


def test_a_short_need_with_figures_warns_rather_than_fails() -> None:
    short = "Mange små ferjesamband har under 100 kjøretøy per døgn, men krever fullt mannskap. Fylkeskommunene sliter med å rekruttere sjøfolk."
    assert verdicts(f"# Ferje\n\n## Behov\n\n{short}\n")["need-described"] == "warn"
    bare = "Veiene er i dårlig stand. Det er mange hull, og veiene blir fort ødelagt om våren. Innbyggerne klager."
    assert verdicts(f"# Vei\n\n## Behov\n\n{bare}\n")["need-described"] == "fail"


# ---------------------------------------------------------------- why us: an argument, not the word «experience»


WHY_BASE = "# Tiltak\n\n**Søker:** Bodø kommune\n\n## Behov\n\n" + NEED + "\n\n## Gjennomføring\n\n"


def test_experience_of_the_users_is_no_argument_for_the_applicant() -> None:
    text = WHY_BASE + "Young people with experience of the system take part. We will involve legal expertise from the start.\n"
    assert verdicts(text)["why-us"] == "warn"


@pytest.mark.parametrize(
    "argument",
    [
        "Hvorfor oss? Regionen har et etablert samarbeid med sykehuset og erfaring med brukerstyrte tiltak.",
        "Vi mener vi er riktig partnerskap fordi vi har ansvaret for hele kjeden, og vi har lang erfaring med slike prosjekter.",
        "Kvifor oss: vi har allereie eit samarbeidsforum, og Rogaland er landets største landbruksfylke.",
    ],
)
def test_a_why_us_argument_in_the_text_is_found(argument: str) -> None:
    assert verdicts(WHY_BASE + argument + "\n")["why-us"] == "pass"


# ---------------------------------------------------------------- business dialogue: as applicants write it


@pytest.mark.parametrize(
    "dialogue",
    [
        "Vi vil invitere lokale leverandører og produsenter av bibliotekutstyr til et dialogmøte, og utvikle en løsning sammen med én eller to av dem.",
        "Vi inviterer verft og energiselskap til marknadsdialog og lyser deretter ut innovasjonspartnarskap.",
    ],
)
def test_dialogue_with_the_market_as_applicants_write_it_passes(dialogue: str) -> None:
    assert verdicts(f"# Tiltak\n\n**Søker:** Bodø kommune\n\n## Behov\n\n{NEED}\n\n## Marked\n\n{dialogue}\n")["business-dialogue"] == "pass"


def test_a_figure_in_milliarder_is_quoted_as_milliarder_not_mill() -> None:
    text = "# T\n\n## Behov\n\n" + NEED + "\n\nKommunen bruker 1,2 milliarder kroner i året på hjemmetjenester og 900 millioner kroner på sykehjem (KOSTRA).\n"
    said = " ".join(findings(text, "data-backing"))
    assert "1,2 milliarder" in said and "1,2 mill." not in said, said


def test_large_public_budget_items_are_quoted_whole() -> None:
    text = "# T\n\n## Behov\n\n" + NEED + "\n\nKommunen bruker 1,2 milliarder kroner i året på hjemmetjenester og 900 millioner kroner på sykehjem (KOSTRA).\n"
    said = " ".join(findings(text, "large-budget-items"))
    assert "900 millioner" in said and "900 mill." not in said, said
