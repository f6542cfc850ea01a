"""The checker's reading of budgets and contact lines as applicants write them: a table whose first
column only labels the rows, a prose budget whose parts are said with «går til» and «skal dekke»,
a total summed from amounts per year, and a unit's mailbox (`postmottak.vann@…`)."""

from __future__ import annotations

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.budget import parse_budget, parse_budget_text
from assistant.core.sketch.budgetmeaning import PROCUREMENT, classify
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.personal import email_is_personal, find_personal_data

from .one_criterion import one_result


def criterion(text: str, cid: str):
    return one_result(text, cid)


LETTERED_TABLE = """| Del | Innhold | Beløp |
|---|---|---|
| A | Prosjektledelse og koordinering | 3 000 000 |
| B | Frikjøp av driftsteknikere | 2 000 000 |
| F | Anskaffelse av ferdig løsning og utrulling til alle 180 skoleanlegg etter piloten | 18 000 000 |
| | **Sum** | **23 000 000** |
"""


def test_a_table_whose_first_column_only_letters_the_rows_reads_its_items_from_the_text_column():
    budget = parse_budget(LETTERED_TABLE, 1, prose=False)
    assert [line.item for line in budget.lines] == [
        "Prosjektledelse og koordinering",
        "Frikjøp av driftsteknikere",
        "Anskaffelse av ferdig løsning og utrulling til alle 180 skoleanlegg etter piloten",
    ]
    assert budget.stated_total == 23_000_000


def test_a_table_with_short_item_names_keeps_its_first_column():
    budget = parse_budget("| Post | Merknad | Beløp |\n|---|---|---|\n| Prosjektledelse | 20 % stilling i tre år for prosjektleder | 900 000 |\n", 1, prose=False)
    assert [line.item for line in budget.lines] == ["Prosjektledelse"]
    headerless = parse_budget("| Prosjektledelse | 900 000 |\n| Utvikling | 2 000 000 |\n", 1, prose=False)
    assert [line.item for line in headerless.lines] == ["Prosjektledelse", "Utvikling"]


SKETCH = """# Brannsikkerhet for eldre som bor hjemme

**Søker:** Hamar kommune
**Partnere:** Løten kommune, Stange kommune

## Behov

Mange eldre bor alene med høy brannrisiko, og kommunene ser det først når det brenner.

## Budsjett

{budget}
"""


def test_a_roll_out_after_the_pilot_inside_a_prose_total_fails_and_says_which_part():
    budget = (
        "Vi anslår at prosjektet vil koste 16,8 millioner kroner fordelt over fire år. Om lag 2,5 millioner går til "
        "prosjektledelse og frikjøp av ansatte, 0,6 millioner til behovsanalyse og markedsdialog, og 6 millioner til "
        "utviklingsfasen. De resterende 7,7 millionene skal dekke at løsningen tas i bruk hos alle brukere i de seks "
        "kommunene når piloten er avsluttet."
    )
    parsed = parse_budget_text([budget], 1)
    assert parsed.stated_total == 16_800_000
    assert [line.amount for line in parsed.lines] == [2_500_000, 600_000, 6_000_000, 7_700_000]
    assert parsed.lines[0].item.startswith("prosjektledelse og frikjøp")
    procurement = criterion(SKETCH.format(budget=budget), "budget-excludes-procurement")
    assert procurement.status.value == "fail"
    assert any("7 700 000" in f.message and "tas i bruk hos alle" in f.message for f in procurement.findings)


def test_taking_the_solution_into_use_everywhere_is_roll_out_but_a_pilot_is_not():
    assert classify("at løsningen tas i bruk ved alle skolene").kind == PROCUREMENT
    assert classify("the solution is put into use at all schools").kind == PROCUREMENT
    assert classify("testutstyr som tas i bruk i piloten").kind != PROCUREMENT


def test_a_total_summed_from_amounts_per_year_is_the_total_and_the_years_are_not_lines():
    parsed = parse_budget_text(
        [
            "Vi anslår at prosjektet koster 2,5 MNOK det første året og 4,0 MNOK hvert av de to neste årene, til sammen 10,5 MNOK.",
            "",
            "- prosjektledelse: 2,4 MNOK",
            "- utviklingsfasen med leverandørene: 8,1 MNOK",
        ],
        1,
    )
    assert parsed.stated_total == 10_500_000
    assert [(line.item, line.amount) for line in parsed.lines] == [
        ("prosjektledelse", 2_400_000),
        ("utviklingsfasen med leverandørene", 8_100_000),
    ]
    verdict = criterion(SKETCH.format(budget="\n".join([
        "Vi anslår at prosjektet koster 2,5 MNOK det første året og 4,0 MNOK hvert av de to neste årene, til sammen 10,5 MNOK.",
        "",
        "- prosjektledelse: 2,4 MNOK",
        "- utviklingsfasen med leverandørene: 8,1 MNOK",
    ])), "budget-present")
    assert verdict.status.value == "pass"


def test_a_units_mailbox_is_not_personal_but_a_persons_address_still_is():
    assert not email_is_personal("postmottak.vann@bergen.kommune.no")
    assert not email_is_personal("kontakt-helse@stange.kommune.no")
    assert email_is_personal("kari.nordmann@bergen.kommune.no")
    assert email_is_personal("vann.kari@bergen.kommune.no")
    line = "**Kontakt:** Vann- og avløpsetaten, postmottak.vann@bergen.kommune.no"
    assert find_personal_data(line) == []


# ---------------------------------------------------------------- the need, by what it says

NEED_SKETCH = """# Skisse

**Søker:** Hamar kommune
**Partnere:** Løten kommune, Stange kommune

## {heading}

{need}

## Budsjett

Prosjektledelse 1,0 mill. kr og utviklingsfase 3,0 mill. kr. Til sammen 4,0 mill. kr.
"""


def need_verdict(need: str, heading: str = "Behovet"):
    return criterion(NEED_SKETCH.format(heading=heading, need=need), "need-described")


def test_a_need_said_only_in_general_terms_and_without_figures_warns_and_quotes_the_words():
    vague = (
        "Vi opplever at ordninga ikkje alltid fungerer så godt som ho kunne. Det hender at bilen kjem når vegen er "
        "stengd, og det kjem av og til spørsmål frå abonnentar om fakturaer og tømmedatoar. Vi meiner det må vere "
        "mogleg å gjere dette litt enklare og betre for alle partar i dei tre kommunane våre."
    )
    verdict = need_verdict(vague)
    assert verdict.status.value == "warn"
    assert any("generelle ord" in f.message and "ikkje alltid" in f.message for f in verdict.findings)


def test_a_concrete_need_with_figures_passes_though_it_says_not_always():
    concrete = (
        "Tømmebilen kjem ikkje alltid når han skal: i 2024 var 312 av 2 100 tømmingar forgjeves fordi vegen var "
        "stengd, og kvar forgjeves tur kostar kommunane om lag 1 800 kr. Abonnentane klagar, og 40 % av klagene "
        "gjeld feil faktura. Oversikta blir ført i rekneark som ingen av dei tre kommunane kan dele med dei andre."
    )
    assert need_verdict(concrete).status.value == "pass"


def test_a_part_headed_the_problem_is_about_the_problem_though_its_words_are_plain():
    text = (
        "Only about 55 % of participants who finished the introduction programme in 2021 were in work or education "
        "one year later. Language courses and job training are not connected to real workplaces, and every year a "
        "refugee stays outside work is a cost for the municipality in social assistance."
    )
    assert need_verdict(text, heading="The problem").status.value == "pass"
    assert need_verdict(text, heading="Why it matters").status.value == "pass"


def test_developing_the_solution_not_yet_known_is_not_describing_a_solution():
    text = (
        "Elevene får spesialundervisning for seint: 11 prosent på 10. trinn, og ventetida i PPT er over seks månader. "
        "Lærerne har for lite tid til elevene som trenger mest. Vi vet ikke hva løsningen er. Vi vil utvikle "
        "løsningen sammen med lærere, elever og leverandører."
    )
    assert need_verdict(text).status.value == "pass"
    named = text + " Vi skal utvikle en ny app for lærerne."
    assert need_verdict(named).status.value == "warn"


# ---------------------------------------------------------------- readability

SHORT = "Kommunen har for få ansatte i hjemmetjenesten om natten. "
LONG = (
    "Når en bruker faller om natten og ingen oppdager det før morgenvakten kommer, blir skaden ofte større, "
    "oppholdet på sykehuset lengre og behovet for hjelp etterpå mye større enn det ellers ville vært for brukeren. "
)


def readability(text: str):
    return criterion("# Skisse\n\n**Søker:** Hamar kommune\n\n## Behovet\n\n" + text, "readability")


def test_a_clear_text_with_some_long_sentences_among_many_short_ones_passes():
    text = "\n\n".join([SHORT * 8 + LONG] * 8)  # 8 long sentences of 33 words among 72
    verdict = readability(text)
    assert verdict.status.value == "pass", [f.message for f in verdict.findings]


def test_a_text_of_long_sentences_throughout_warns():
    text = "\n\n".join([SHORT + LONG * 3] * 4)  # 12 long sentences of 33 words among 16
    verdict = readability(text)
    assert verdict.status.value in ("warn", "fail")
    assert any("over 30 ord" in f.message or "LIX" in f.message for f in verdict.findings if f.level.value != "info")


HEAVY = (
    "Det vises i denne sammenheng til at det årlig inngis om lag 3 500 stevninger i foreldretvistsaker til de "
    "alminnelige domstolene, og at bruken av sakkyndige, hvis honorarer belastes statsbudsjettet, i et betydelig "
    "antall av disse sakene innebærer kostnader som i de mest omfattende sakene kan overstige 300 000 kroner per "
    "sak, hvilket medfører at det samlede offentlige ressursforbruket må karakteriseres som vesentlig og økende. "
)


def test_prose_under_headings_the_parser_does_not_know_is_measured_too():
    text = (
        "**Søker:** Domstoladministrasjonen\n\n**Innledende merknader om initiativet**\n\n"
        + "\n\n".join([HEAVY] * 4)
        + "\n\n**6. Tentativt budsjett**\n\nProsjektledelse 1 mill. kr. Utvikling 3 mill. kr. Til sammen 4 mill. kr.\n"
    )
    report = check_sketch(parse_sketch(text))
    assert [s.key for s in parse_sketch(text).sections] == ["budget"]
    verdict = next(c for c in report.criteria if c.id == "readability")
    assert verdict.status.value in ("warn", "fail"), [f.message for f in verdict.findings]


# ---------------------------------------------------------------- why us, under any heading

def test_a_numbered_bold_line_is_a_heading_whatever_it_names_and_its_part_is_read():
    text = (
        "**Søker:** Domstoladministrasjonen\n\n**1. Bakgrunn og problem**\n\nForeldretvister tar for lang tid.\n\n"
        "**2. Målsetting for prosjektinitiativet**\n\nVi vil halvere saksbehandlingstiden.\n\n"
        "**4. Begrunnelse for valg av partnerskap**\n\nOslo tingrett er landets største domstol og har lang erfaring "
        "med mekling i foreldretvister.\n"
    )
    sketch = parse_sketch(text)
    assert [(s.key, s.heading) for s in sketch.sections] == [
        ("need", "1. Bakgrunn og problem"),
        (None, "2. Målsetting for prosjektinitiativet"),
        ("why-us", "4. Begrunnelse for valg av partnerskap"),
    ]
    plain_bold = parse_sketch("**Søker:** Bergen kommune\n\n**Viktig å merke seg**\n\nTeksten fortsetter.\n")
    assert plain_bold.sections == []


def test_being_the_only_body_that_sees_the_whole_is_an_argument_for_why_us():
    text = (
        "# Port calls\n\n**Applicant:** Kystverket\n**Partners:** Oslo Havn KF, Tromsø Havn KF\n\n"
        "## The partnership and why we are well placed\n\nThe Norwegian Coastal Administration runs the vessel "
        "traffic services and is therefore the only actor that sees all port calls along the coast. The three ports "
        "have the capacity to test new routines.\n"
    )
    assert criterion(text, "why-us").status.value == "pass"


# ---------------------------------------------------------------- partners as applicants list them

def test_partners_listed_under_a_partnere_line_of_their_own_are_partners():
    text = (
        "# Tannhelse der folk bor\n\nSøker: **Finnmark fylkeskommune**\n\nPartnere:\n"
        "- Troms fylkeskommune (Troms County Authority), tannhelsetjenesten\n- Helse Nord RHF\n- Nordkapp kommune\n\n"
        "## Behovet\n\nFor få tannleger i distriktene.\n"
    )
    sketch = parse_sketch(text)
    assert [p.name for p in sketch.partners] == ["Troms fylkeskommune", "Helse Nord RHF", "Nordkapp kommune"]
    assert criterion(text, "public-collaboration").status.value == "pass"


def test_collaborating_municipalities_with_signed_letters_of_intent_take_part_but_a_bare_intention_does_not():
    signed = "**Søker:** Aqualis Rådgivning AS\n**Samarbeidende kommuner:** Tønsberg kommune og Horten kommune (intensjonsbrev vedlagt)\n\n## Behovet\n\nOvervann.\n"
    assert [p.name for p in parse_sketch(signed).partners] == ["Tønsberg kommune", "Horten kommune"]
    bare = "**Søker:** Nordic Harbour Tech AS\n**Samarbeidspartnere:** Kristiansand Havn KF, Bodø Havn KF (intensjon)\n\n## Behovet\n\nHavner.\n"
    assert [p.name for p in parse_sketch(bare).partners] == ["Kristiansand Havn KF"]


# ---------------------------------------------------------------- empty headings

def test_a_hash_standing_alone_starts_no_part_so_the_need_keeps_its_text():
    text = "## Behovet\n\nFor mange eldre faller hjemme om natten.\n#\n#\nIngen oppdager det før morgenen.\n"
    sketch = parse_sketch(text)
    assert [(s.key, s.heading) for s in sketch.sections] == [("need", "Behovet")]
    assert "Ingen oppdager det før morgenen." in sketch.sections[0].body


def test_a_part_of_fewer_words_than_the_content_rule_needs_is_not_named_by_content():
    from assistant.core.sketch.sections import classify_body

    assert classify_body("behov problem") is None
    assert classify_body("Behovet er stort: ventetiden øker, og problemet rammer mange eldre som faller og skader seg.") == "need"


# ---------------------------------------------------------------- dialogue and budget items by meaning

DIALOGUE = """# Veiapp

**Søker:** Fredrikstad kommune
**Partnere:** Sarpsborg kommune

## Behovet

De kommunale veiene er i dårlig forfatning. {need}

## Dialog med næringslivet

{dialogue}
"""


def test_a_tender_against_our_own_specification_is_no_dialogue_about_possible_solutions():
    tender = "Vi vil lyse ut en konkurranse der IT-selskaper kan gi tilbud på utvikling av appen etter vår kravspesifikasjon."
    verdict = criterion(DIALOGUE.format(need="", dialogue=tender), "business-dialogue")
    assert verdict.status.value == "fail"
    dialogue = "Vi vil invitere leverandører og selskaper til en dialogkonferanse før vi inngår et innovasjonspartnerskap."
    assert criterion(DIALOGUE.format(need="", dialogue=dialogue), "business-dialogue").status.value == "pass"


def test_a_backlog_of_tens_of_billions_and_costs_spread_over_many_budgets_are_large_budget_items():
    backlog = "Etterslepet på kommunale veier i hele landet er anslått til mange titalls milliarder kroner."
    assert criterion(DIALOGUE.format(need=backlog, dialogue=""), "large-budget-items").status.value == "pass"
    # Spread over many budgets but sized nowhere: called large, not shown large.
    spread = "Kostnadene er store og delt mellom mange budsjetter i kommunene og helseforetakene."
    assert criterion(DIALOGUE.format(need=spread, dialogue=""), "large-budget-items").status.value == "warn"
    assert criterion(DIALOGUE.format(need="", dialogue=""), "large-budget-items").status.value == "warn"


# ---------------------------------------------------------------- sources of the figures

def data_verdict(need: str):
    return criterion(f"# Skisse\n\n**Søker:** Voss herad\n\n## Behovet\n\n{need}\n", "data-backing")


def test_an_account_named_beside_a_code_is_no_source_for_the_figures():
    need = (
        "Vi mottar rundt 3 500 byggesøknader i året, og om lag 60 prosent er mangelfulle. Avdelingen har 45 årsverk "
        "og koster 50 millioner kroner i året. Nye krav til energi og klimagassregnskap (TEK17) kommer til."
    )
    verdict = data_verdict(need)
    assert verdict.status.value == "warn"
    assert not any("klimagassregnskap" in f.message for f in verdict.findings)


def test_a_directorates_report_said_in_nynorsk_is_a_source():
    need = (
        "Voss herad betalte ut om lag 9 millionar kroner i miljøtilskot i 2024 utan å vite effekten. "
        "Landbruksdirektoratet sin rapport om effektar av miljøtiltak i jordbruket (2022) peikar på at målretting kan "
        "doble effekten per krone."
    )
    verdict = data_verdict(need)
    assert verdict.status.value == "pass", [f.message for f in verdict.findings]
    assert any("Landbruksdirektoratet" in f.message for f in verdict.findings)


def test_bringing_the_solution_to_the_other_sites_after_the_pilot_is_roll_out():
    assert classify("Innføring av løysinga på dei 22 andre vidaregåande skulane (2029)").kind == PROCUREMENT
    assert classify("Implementering i de øvrige kommunene").kind == PROCUREMENT
    assert classify("Deployment to the remaining schools").kind == PROCUREMENT
    assert classify("Innføring av nye rutinar på pilotskulane").kind != PROCUREMENT
    table = "| Post | Kr |\n|---|---|\n| Prosjektleiing | 2 400 000 |\n| Innføring av løysinga på dei 22 andre skulane (2029) | 3 600 000 |\n| **Sum** | **6 000 000** |"
    procurement = criterion(SKETCH.format(budget=table), "budget-excludes-procurement")
    assert procurement.status.value == "fail"


NEED = """# Toaletter ved turstien

**Søker:** Moskenes kommune
**Partnere:** Flakstad kommune

## Behov

{need}
"""


def test_a_cost_sized_small_in_its_own_sentence_is_no_large_budget_item_but_a_unit_cost_is():
    def verdict(need: str) -> str:
        return criterion(NEED.format(need=need), "large-budget-items").status.value

    assert verdict("The municipality empties the toilet tank at a cost of about NOK 140 000 per year.") == "warn"
    assert verdict("Et institusjonsdøgn for ungdom koster Bufetat i snitt over 8 000 kroner.") == "pass"
    assert verdict("En langtidsplass på sykehjem koster kommunen over 1,3 mill. kr i året.") == "pass"
    assert verdict("Kollektivtrafikken er ein av dei største postane i fylkesbudsjettet.") == "pass"
    assert verdict("Det er dyrt for samfunnet: kostnaden ved at én elev ikke fullfører er 900 000 kroner.") == "pass"
