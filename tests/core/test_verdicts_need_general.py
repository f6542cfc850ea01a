"""How the checker reads a need part told as the times rather than as a problem: sentences about
trends (climate, demography, digitalisation, expectations, tight budgets) and about what the body
or the sector must become («offentlige bygg må bli mer energieffektive», «vi trenger løsninger som
går på tvers»), most of the part and none of them sized, tell no problem, whoever has it. A part
that tells what goes wrong for whom, in words or figures, stands beside such sentences; a trend
given with its figure is data, not talk. Each reading is tried in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch, report_in
from assistant.core.sketch.document import parse_sketch


def sketch(heading: str, body: str) -> str:
    return f"# Skisse\n\n**Søker:** Tønsberg kommune\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


def need_message(text: str, lang: str = "en") -> str:
    report = report_in(check_sketch(parse_sketch(text)), lang)
    return " ".join(f.message for c in report.criteria if c.id == "need-described" for f in c.findings)


# The times, not a problem: many fields listed, what must become greener, a wish for solutions.
TIMES = [
    ("Utfordringen", "Utfordringene henger sammen på tvers av fagfelt. Klimaendringene gir mer ekstremvær, og kommunal infrastruktur må tilpasses. "
     "Energisystemet er under press, og offentlige bygg må bli mer energieffektive. Kollektivtrafikken skal bli utslippsfri, og innbyggerne skal "
     "få gode alternativer til bilen. Vi trenger løsninger som går på tvers av sektorene. Det er behov for bedre informasjon og bedre samhandling "
     "mellom innbyggere, næringsliv og det offentlige."),
    ("Utfordringa", "Utfordringane heng saman på tvers av fagfelt. Klimaendringane gir meir ekstremvêr, og kommunal infrastruktur må tilpassast. "
     "Energisystemet er under press, og offentlege bygg må bli meir energieffektive. Kollektivtrafikken skal bli utsleppsfri, og innbyggjarane skal "
     "få gode alternativ til bilen. Vi treng løysingar som går på tvers av sektorane. Det er behov for betre informasjon og betre samhandling "
     "mellom innbyggjarar, næringsliv og det offentlege."),
    ("The challenge", "The challenges are connected across fields. Climate change brings more extreme weather, and municipal infrastructure must be adapted. "
     "The energy system is under strain, and public buildings must become more energy efficient. Public transport is to be emission free, and residents "
     "are to have good alternatives to the car. We need solutions that cut across the sectors. There is a need for better information and better "
     "cooperation between residents, business and the public sector."),
    # Written another way: demography, expectations and digitalisation inside one ordinary paragraph.
    ("Bakgrunn og behov", "Den demografiske utviklingen gjør at tjenestene våre vil endre seg mye det neste tiåret. Innbyggernes forventninger til "
     "digitale tjenester øker hvert år, og digitaliseringen av samfunnet går raskt. Kommunen må finne nye måter å levere tjenester på, og vi må "
     "tenke annerledes om hvordan vi organiserer oss. Tjenestene kan gjøres bedre for alle."),
    ("Background and need", "Demographic change means our services will alter a great deal over the next decade. Residents' expectations of digital "
     "services grow every year, and the digitalisation of society moves fast. The municipality must find new ways of delivering services, and we have "
     "to think differently about how we are organised. The services can be made better for everyone."),
]


@pytest.mark.parametrize(("heading", "body"), TIMES)
def test_a_need_told_as_the_times_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


def test_the_finding_quotes_a_general_sentence_and_counts_them() -> None:
    heading, body = TIMES[0]
    message = need_message(sketch(heading, body))
    assert "Klimaendringene gir mer ekstremvær" in message and "of" in message
    assert "trends" in message
    nb = need_message(sketch(heading, body), "nb")
    assert "utviklingstrekk" in nb


# Near misses: the same kind of sentences beside a problem told for whom, or sized.
CONCRETE = [
    # A problem told in words for a named group, with one trend sentence.
    ("Utfordringen", "Eldre som skrives ut fra sykehuset kommer ofte hjem til en leilighet uten mat i kjøleskapet og uten at hjemmetjenesten vet at "
     "de er hjemme. Flere blir liggende alene over natten, og noen faller og blir lagt inn igjen. Pårørende må ringe rundt for å finne ut hvem som "
     "har ansvaret. Sykepleierne i hjemmetjenesten får beskjeden for sent til å planlegge besøket. Den demografiske utviklingen gjør at dette vil "
     "skje oftere."),
    ("Utfordringa", "Eldre som vert skrivne ut frå sjukehuset, kjem ofte heim til ei leilegheit utan mat i kjøleskapet og utan at heimetenesta veit "
     "at dei er heime. Fleire vert liggjande åleine over natta, og nokre fell og vert lagde inn att. Pårørande må ringje rundt for å finne ut kven "
     "som har ansvaret. Sjukepleiarane i heimetenesta får beskjeden for seint til å planleggje besøket. Den demografiske utviklinga gjer at dette "
     "vil skje oftare."),
    ("The challenge", "Older people discharged from hospital often come home to a flat with no food in the fridge and without home care knowing "
     "they are home. Several are left alone overnight, and some fall and are readmitted. Relatives have to phone around to find out who is "
     "responsible. The nurses in home care get the message too late to plan the visit. Demographic change means this will happen more often."),
    # Trends given with their figures: data, not talk.
    ("Bakgrunn", "Andelen innbyggere over 80 år vil øke med 60 prosent innen 2035 (SSB). Forventningene til digitale tjenester øker: 74 prosent "
     "av henvendelsene kom digitalt i fjor. Kommunen må finne nye måter å levere tjenester på fordi 38 stillinger i hjemmetjenesten står ubesatt. "
     "Klimaendringene ga 14 flomskader på kommunale bygg i 2023, og infrastrukturen må tilpasses."),
    ("Background", "The share of residents over 80 will grow by 60 per cent by 2035 (SSB). Expectations of digital services are rising: 74 per cent "
     "of enquiries came in digitally last year. The municipality must find new ways of delivering services because 38 posts in home care are "
     "vacant. Climate change caused 14 flood damages to municipal buildings in 2023, and the infrastructure must be adapted."),
]


@pytest.mark.parametrize(("heading", "body"), CONCRETE)
def test_a_problem_told_for_whom_or_sized_stands_beside_trend_talk(heading: str, body: str) -> None:
    # The sketch sizes the problem somewhere (a short need part sized nowhere warns on its own
    # reading: `test_verdicts_need_unsized`).
    sized = sketch(heading, body) + "\n## Tall\n\nI 2024 gjaldt det 310 utskrivingar og 42 reinnleggingar.\n"
    assert need(sized) == "pass"


# ---------------------------------------------------------------- no need part, or a need under a lead-in


def headless(prose: str) -> str:
    return (f"# Skisse\n\n**Søker:** Tønsberg kommune\n\n## Om prosjektet\n\n{prose}\n\n"
            "## Dialog med næringslivet\n\nVi vil invitere leverandører til en dialogkonferanse.\n\n"
            "## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n")


@pytest.mark.parametrize(
    "prose",
    [
        "Kommunen står overfor et problem med den demografiske utviklingen og klimaendringene. Innbyggernes forventninger til tjenestene øker, og "
        "digitaliseringen går raskt. Vi må finne nye måter å jobbe på, og tjenestene må bli mer sammenhengende. Behovet er stort, og utfordringene "
        "henger sammen.",
        "Kommunen står framfor eit problem med den demografiske utviklinga og klimaendringane. Forventningane til tenestene aukar, og digitaliseringa "
        "går fort. Vi må finne nye måtar å arbeide på, og tenestene må bli meir samanhengande. Behovet er stort, og utfordringane heng saman.",
        "The municipality faces a problem with demographic change and climate change. Residents' expectations of the services keep growing, and "
        "digitalisation moves fast. We must find new ways of working, and the services must become more coherent. The need is great, and the "
        "challenges are connected.",
    ],
)
def test_a_text_without_a_need_part_that_speaks_of_the_times_tells_none(prose: str) -> None:
    assert need(headless(prose)) == "warn"


@pytest.mark.parametrize(
    "prose",
    [
        "Kommunen har et problem: hver vinter står gang- og sykkelveiene til skolene ubrøytet i dagevis, og elevene går langs riksveien i mørket. "
        "Foreldre klager, og bussene blir overfylte. Klimaendringene gir mer våt snø, og forventningene til vinterdriften øker.",
        "Kommunen har eit problem: kvar vinter står gang- og sykkelvegane til skulane ubrøytte i dagevis, og elevane går langs riksvegen i mørkret. "
        "Foreldre klagar, og bussane blir overfylte. Klimaendringane gir meir våt snø, og forventningane til vinterdrifta aukar.",
        "The municipality has a problem: every winter the footpaths and cycle paths to the schools stay unploughed for days, and pupils walk "
        "along the main road in the dark. Parents complain, and the buses are overcrowded. Climate change brings more wet snow, and expectations "
        "of winter maintenance are growing.",
    ],
)
def test_a_text_without_a_need_part_that_tells_what_goes_wrong_tells_one(prose: str) -> None:
    assert need(headless(prose)) == "pass"


def lead_in(lead: str, body: str) -> str:
    return (f"# Skisse\n\n**Søker:** Tønsberg kommune\n\n## Om prosjektet\n\n**{lead}** {body}\n\n"
            "## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n")


@pytest.mark.parametrize(("lead", "body"), [("Behovet:", TIMES[0][1]), ("Behovet:", TIMES[1][1]), ("The need:", TIMES[2][1])])
def test_a_need_under_a_lead_in_told_as_the_times_is_not_described(lead: str, body: str) -> None:
    assert need(lead_in(lead, body)) == "warn"


@pytest.mark.parametrize(("lead", "body"), [("Behovet:", CONCRETE[0][1]), ("Behovet:", CONCRETE[1][1]), ("The need:", CONCRETE[2][1])])
def test_a_need_under_a_lead_in_told_for_whom_is_described(lead: str, body: str) -> None:
    assert need(lead_in(lead, body)) == "pass"


# ---------------------------------------------------------------- the applicant's own size sizes no need


@pytest.mark.parametrize(
    "body",
    [
        "Vi er fire kommuner med til sammen 48 000 innbyggere og en kommune på 9 000 innbyggere. Utfordringene er mange og sammensatte. Klimaendringene "
        "og den demografiske utviklingen gir nye forventninger. Vi må finne nye måter å levere tjenester på. Tjenestene kan gjøres bedre.",
        "Vi er fire kommunar med til saman 48 000 innbyggjarar og ein kommune på 9 000 innbyggjarar. Utfordringane er mange og samansette. "
        "Klimaendringane og den demografiske utviklinga gir nye forventningar. Vi må finne nye måtar å levere tenester på. Tenestene kan bli betre.",
        "We are four municipalities with a total of 48 000 residents and one municipality of 9 000 residents. The challenges are many and complex. "
        "Climate change and demographic change bring new expectations. We must find new ways of delivering services. The services can be made better.",
    ],
)
def test_the_applicants_own_size_does_not_make_general_talk_concrete(body: str) -> None:
    assert need(sketch("Utfordringen", body)) == "warn"


@pytest.mark.parametrize(
    "body",
    [
        "Regionen har 14 skoler med til sammen 3 100 elever. Utfordringene er mange og sammensatte. Den demografiske utviklingen og digitaliseringen "
        "gir nye forventninger. Vi må finne nye måter å jobbe på. Tjenestene kan gjøres bedre for alle.",
        "The region has 14 schools with a total of 3 100 pupils. The challenges are many and complex. Demographic change and digitalisation bring "
        "new expectations. We must find new ways of working. The services can be made better for everyone.",
    ],
)
def test_the_number_of_schools_and_pupils_sizes_no_need(body: str) -> None:
    assert need(sketch("Utfordringen", body)) == "warn"


@pytest.mark.parametrize(
    "body",
    [
        "Regionen har 3 100 elever uten skoleskyss om vinteren, og 420 av dem går langs riksveien i mørket hver morgen. Den demografiske utviklingen og digitaliseringen "
        "gir nye forventninger. Vi må finne nye måter å jobbe på. Tjenestene kan gjøres bedre for alle.",
        "The region has 3 100 pupils without school transport in winter, and 420 of them walk along the main road. Demographic change and "
        "digitalisation bring new expectations. We must find new ways of working. The services can be made better for everyone.",
    ],
)
def test_pupils_counted_with_what_they_lack_size_the_need(body: str) -> None:
    assert need(sketch("Utfordringen", body)) == "pass"


# ---------------------------------------------------------------- more ways of speaking of the times


SOCIETY = [
    ("Bakgrunn", "Samfunnet er i stor endring, og skolen må følge med. Digitaliseringen påvirker alle sider av livet til barn og unge. Vi ser at "
     "skolen i dag ikke er godt nok rustet for fremtiden. Kommunen ønsker å være en foregangskommune og ta i bruk mulighetene som ligger i ny "
     "teknologi. Mange kommuner står overfor de samme utfordringene, og skolen er en stor del av budsjettet."),
    ("Bakgrunn", "Samfunnet er i stor endring, og skulen må følgje med. Digitaliseringa påverkar alle sider av livet til barn og unge. Vi ser at "
     "skulen i dag ikkje er godt nok rusta for framtida. Kommunen ønskjer å vere ein føregangskommune og ta i bruk moglegheitene som ligg i ny "
     "teknologi. Mange kommunar står overfor dei same utfordringane, og skulen er ein stor del av budsjettet."),
    ("Background", "Society is changing fast, and schools must keep up. Digitalisation affects every side of children's lives. We see that "
     "schools today are not well enough prepared for the future. The municipality wants to be a pioneer and use the opportunities in new "
     "technology. Many municipalities face the same challenges, and schools are a large part of the budget."),
    ("Bakgrunn", "Byutviklingen blir stadig mer kompleks. Byen vokser, klimaet endrer seg, og innbyggerne forventer å se hvordan byen vil endre "
     "seg. Det er behov for en mer helhetlig tilnærming der data og fagkunnskap ses i sammenheng. Utfordringene gjelder på mange områder: "
     "boliger, transport, overvann, energi og beredskap. Byen har et godt fagmiljø og lang erfaring."),
    ("Background", "Urban development grows ever more complex. The city is growing, the climate is changing, and residents expect to see how "
     "the city will change. There is a need for a more holistic approach where data and expertise are seen together. The challenges arise "
     "across many areas: housing, transport, storm water, energy and emergency planning. The city has strong expertise."),
]


@pytest.mark.parametrize(("heading", "body"), SOCIETY)
def test_society_changing_and_the_future_to_be_ready_for_tell_no_need(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


def test_a_risk_part_read_as_the_need_does_not_dilute_the_need_told_under_its_own_heading() -> None:
    heading, body = SOCIETY[3]
    risks = ("## Suksessfaktorer og risiko\n\nDet er en risiko at plattformen ikke tas i bruk. En annen risiko er datakvalitet i fagsystemene. "
             "Vi vil starte med de datasettene som har best kvalitet. Vi vil ha dialog med Nasjonal sikkerhetsmyndighet. Leverandørmarkedet er "
             "dominert av noen få store aktører, og vi vil derfor stille krav om åpne standarder i hele løpet.\n")
    text = sketch(heading, body).replace("## Budsjett", risks + "\n## Budsjett")
    assert need(text) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Bakgrunn", "Samfunnet er i endring, men problemet her er konkret: 26 av 31 lærere sier de bruker over to timer i uka på å flytte "
         "karakterer mellom tre systemer, og 14 % av elevene fikk feil standpunktkarakter registrert i fjor. Foreldre klager, og rektorene "
         "må rette feilene for hånd i juni."),
        ("Background", "Society is changing, but the problem here is concrete: 26 of 31 teachers say they spend over two hours a week moving "
         "grades between three systems, and 14 % of pupils had the wrong final grade recorded last year. Parents complain, and head teachers "
         "correct the errors by hand in June."),
    ],
)
def test_a_concrete_problem_beside_society_changing_is_a_need(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"
