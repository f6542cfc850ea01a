"""How the checker reads «why us»: an argument for why the applicant or partnership is best
placed, not partners listed with their roles, nor a word met in another sense («the quay's
capacity»). A part may be headed «Om oss», or written as a paragraph under a bold lead-in, or as
one sentence that makes the claim and gives its reason. Each reading is tried in bokmål, nynorsk
and English, next to the near-miss that must not read the same."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def why_us(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["why-us"]


# A sketch of some 300 words with no word of why the applicant is best placed.
BODY = {
    "nb": (
        "## Behov\n\nKommunene har store anlegg for vann og avløp som er bygd for toppene i ferier og høytider, "
        "men som resten av året går med lav last. Gebyrene er blant de høyeste i landet, og rensingen svikter "
        "når belastningen skifter brått. Det gir utslipp til elva og høye kostnader for innbyggerne. Ifølge KOSTRA "
        "er årsgebyret over 14 000 kroner for en vanlig bolig, mot 10 500 kroner i landet. Driftsoperatørene må ha "
        "beredskap hele høysesongen, og det er vanskelig å rekruttere nye. Klimaendringene gir mer nedbør og flere "
        "flommer, og tørre somre. Det finnes ingen løsning i markedet som kan skaleres opp og ned med belastningen.\n\n"
        "## Mål\n\nVi ønsker løsninger som er grønnere og smartere: mindre utslipp, mindre energi og lavere gebyr. "
        "Vi vil ikke bestemme løsningen på forhånd, men finne den sammen med næringslivet.\n\n"
        "## Dialog med næringslivet\n\nVi vil invitere VA-bransjen, rådgivende ingeniører og teknologiselskaper til "
        "en markedsdialog med hjelp fra Leverandørutviklingsprogrammet, og deretter inngå et innovasjonspartnerskap "
        "med en eller flere leverandører.\n\n"
        "## Budsjett\n\n- Prosjektledelse: 1 200 000 kr\n- Frikjøp av ansatte: 800 000 kr\n- Utviklingsfase: 3 000 000 kr\n"
    ),
    "nn": (
        "## Behov\n\nKommunane har store anlegg for vatn og avløp som er bygde for toppane i feriar og høgtider, "
        "men som resten av året går med låg last. Gebyra er mellom dei høgaste i landet, og reinsinga sviktar "
        "når belastninga skiftar brått. Det gjev utslepp til elva og høge kostnader for innbyggjarane. Ifølgje KOSTRA "
        "er årsgebyret over 14 000 kroner for ein vanleg bustad, mot 10 500 kroner i landet. Driftsoperatørane må ha "
        "beredskap heile høgsesongen, og det er vanskeleg å rekruttere nye. Klimaendringane gjev meir nedbør og fleire "
        "flaumar, og tørre somrar. Det finst inga løysing i marknaden som kan skalerast opp og ned med belastninga.\n\n"
        "## Mål\n\nVi ønskjer løysingar som er grønare og smartare: mindre utslepp, mindre energi og lågare gebyr. "
        "Vi vil ikkje bestemme løysinga på førehand, men finne ho saman med næringslivet.\n\n"
        "## Dialog med næringslivet\n\nVi vil invitere VA-bransjen, rådgjevande ingeniørar og teknologiselskap til "
        "ein marknadsdialog med hjelp frå Leverandørutviklingsprogrammet, og deretter inngå eit innovasjonspartnarskap "
        "med ein eller fleire leverandørar.\n\n"
        "## Budsjett\n\n- Prosjektleiing: 1 200 000 kr\n- Frikjøp av tilsette: 800 000 kr\n- Utviklingsfase: 3 000 000 kr\n"
    ),
    "en": (
        "## The need\n\nThe municipalities run large water and sewage plants built for the peaks of holidays, "
        "but for the rest of the year they run at a low load. The fees are among the highest in the country, and "
        "treatment fails when the load shifts suddenly. That means discharges to the river and high costs for the "
        "residents. According to KOSTRA the annual fee is over NOK 14 000 for an ordinary home, against NOK 10 500 "
        "nationally. Operators must be on call all season, and it is hard to recruit new ones. Climate change brings "
        "more rain, more floods and dry summers. There is no solution on the market that scales up and down with the load.\n\n"
        "## Aims\n\nWe want solutions that are greener and smarter: fewer discharges, less energy and lower fees. "
        "We will not decide the solution in advance but find it together with business.\n\n"
        "## Dialogue with business\n\nWe will invite the water industry, consulting engineers and technology "
        "companies to a market dialogue with help from the national supplier development programme, and then enter "
        "an innovation partnership with one or more suppliers.\n\n"
        "## Budget\n\n- Project management: NOK 1 200 000\n- Staff time: NOK 800 000\n- Development phase: NOK 3 000 000\n"
    ),
}
HEAD = {
    "nb": "# Vann til hyttebygdene\n\n**Søker:** Bykle kommune\n\n",
    "nn": "# Vatn til hyttebygdene\n\n**Søkjar:** Bykle kommune\n\n",
    "en": "# Water for the cabin villages\n\n**Applicant:** Bykle Municipality\n\n",
}


def full(lang: str, part: str) -> str:
    return HEAD[lang] + BODY[lang] + "\n" + part + "\n"


# ---------------------------------------------------------------- partners only listed


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Partnere\n\n- Bykle kommune – prosjekteier og testarena\n- Valle kommune – testarena\n- Agder fylkeskommune – regional utvikling og kobling til næringsklynger"),
        ("nn", "## Partnarar\n\n- Bykle kommune – prosjekteigar og testarena\n- Valle kommune – testarena\n- Agder fylkeskommune – regional utvikling"),
        ("en", "## Partners\n\n- Bykle Municipality – project owner and test arena\n- Valle Municipality – test arena\n- Agder County Authority – regional development"),
        ("nb", "## Partnere\n\n| Partner | Rolle |\n|---|---|\n| Bykle kommune | prosjekteier og testarena |\n| Valle kommune | testarena |"),
    ],
)
def test_partners_listed_with_their_roles_argue_nothing(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "warn"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Partnere\n\n- Bykle kommune – har drevet testarena for nye renseanlegg siden 2019 og har lang erfaring med sesongdrift\n- Valle kommune – testarena"),
        ("nn", "## Partnarar\n\n- Bykle kommune – har drive testarena for nye reinseanlegg sidan 2019 og har lang erfaring med sesongdrift\n- Valle kommune – testarena"),
        ("en", "## Partners\n\n- Bykle Municipality – has run a test arena for new treatment plants since 2019 and has long experience with seasonal operation\n- Valle Municipality – test arena"),
    ],
)
def test_a_partner_line_that_argues_still_counts(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


# ---------------------------------------------------------------- a word in another sense


@pytest.mark.parametrize(
    "lang, part",
    [
        ("en", "## Background\n\nIn its capacity as owner, the county runs the quays. The quay capacity sits idle part of the day, and the pumps run below their capacity."),
        ("nb", "## Bakgrunn\n\nKapasiteten på kaiene står ubrukt deler av dagen. Pumpene går langt under kapasitet, og kapasitetsutnyttelsen er lav."),
        ("nn", "## Bakgrunn\n\nKapasiteten på kaiane står ubrukt delar av dagen. Pumpene går langt under kapasitet, og kapasitetsutnyttinga er låg."),
    ],
)
def test_capacity_of_a_plant_is_no_argument_for_the_applicant(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) != "pass"


@pytest.mark.parametrize(
    "lang, part",
    [
        ("en", "## Background\n\nWe have the capacity to run the tests in our own plants, and long experience with seasonal operation. The county is the only authority that sees all the plants in the region."),
        ("nb", "## Bakgrunn\n\nVi har kapasitet til å gjøre testene i egne anlegg, og lang erfaring med sesongdrift. Fylkeskommunen er den eneste aktøren som ser alle anleggene i regionen."),
        ("nn", "## Bakgrunn\n\nVi har kapasitet til å gjere testane i eigne anlegg, og lang erfaring med sesongdrift. Fylkeskommunen er den einaste aktøren som ser alle anlegga i regionen."),
    ],
)
def test_capacity_the_applicant_has_is_an_argument(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


# ---------------------------------------------------------------- a part under a bold lead-in


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nn", "**Kvifor er vi rette partnarskapet?** Vinje og Tokke har felles legevakt og barnevern frå før og er vane med å samarbeide. Vi har testa tryggleiksalarmar, og problemet vårt er felles for dei fleste distriktskommunar."),
        ("nb", "**Hvorfor oss:** Vinje og Tokke har felles legevakt og barnevern fra før og er vant til å samarbeide. Vi har testet trygghetsalarmer, og problemet vårt er felles for de fleste distriktskommuner."),
        ("en", "**Why us?** Vinje and Tokke already share an emergency ward and child welfare service and are used to working together. We have tested safety alarms, and our problem is shared by most rural municipalities."),
    ],
)
def test_a_paragraph_under_a_bold_lead_in_is_the_part(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nn", "**Kvifor oss?** Vi er rette partnarskapet."),
        ("nb", "**Hvorfor oss:** Vi samarbeider godt."),
        ("en", "**Why us?** We are a good team."),
    ],
)
def test_a_bold_lead_in_over_a_few_words_is_not_an_argument(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "warn"


# ---------------------------------------------------------------- «Om oss» and a claim with its reason


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nn", "## Om oss\n\nStiftinga vart oppretta i 2015 for å ta vare på busetnaden i fjordbygdene. Vi har to tilsette og har leia fleire lokale prosjekt om berekraftig reiseliv, og vi har tillit i bygdene."),
        ("nb", "## Om søkeren\n\nStiftelsen ble opprettet i 2015 for å ta vare på bosettingen i fjordbygdene. Vi har to ansatte og har ledet flere lokale prosjekter om bærekraftig reiseliv, og vi har tillit i bygdene."),
        ("en", "## About us\n\nThe foundation was set up in 2015 to keep the fjord villages alive. We have two staff and have led several local projects on sustainable tourism, and we have the trust of the villages."),
    ],
)
def test_a_part_about_the_applicant_is_its_case(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nn", "## Gjennomføring\n\nVi meiner stiftinga er best eigna til å leie arbeidet fordi vi står utanfor kommunane og kjenner bygdene."),
        ("nb", "## Gjennomføring\n\nVi mener stiftelsen er best egnet til å lede arbeidet fordi vi står utenfor kommunene og kjenner bygdene."),
        ("en", "## Delivery\n\nWe believe the foundation is best placed to lead the work because it stands outside the municipalities and knows the villages."),
    ],
)
def test_a_claim_with_its_reason_and_a_named_subject_is_the_part(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


def test_a_part_about_the_project_is_not_about_the_applicant() -> None:
    part = "## Om prosjektet\n\nProsjektet skal finne nye måter å drive anleggene på, og arbeidet starter i januar med en kartlegging av alle anleggene i de to kommunene."
    assert why_us(full("nb", part)) == "warn"


# ---------------------------------------------------------------- a heading with no argument under it


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Hvorfor oss\n\n- Bykle kommune – prosjekteier og testarena for hele prosjektet\n- Valle kommune – testarena og deltaker i referansegruppen\n- Agder fylkeskommune – regional utvikling og kobling til næringsklynger"),
        ("nn", "## Kvifor oss\n\n- Bykle kommune – prosjekteigar og testarena for heile prosjektet\n- Valle kommune – testarena og deltakar i referansegruppa\n- Agder fylkeskommune – regional utvikling og kopling til næringsklynger"),
        ("en", "## Why us\n\n| Partner | Role |\n|---|---|\n| Bykle Municipality | project owner and test arena for the whole project |\n| Valle Municipality | test arena and member of the reference group |"),
        ("nb", "## Hvorfor oss\n\nVi er godt egnet til å gjennomføre dette prosjektet sammen med partnerne våre i regionen."),
        ("nn", "## Kvifor oss\n\nVi har lang erfaring og god kompetanse til å gjennomføre prosjektet. Vi har eit godt samarbeid med kommunane."),
        ("en", "## Why us\n\nWe believe that we are well placed to carry out this important project for the region and its people. We have long experience and strong expertise."),
    ],
)
def test_a_why_us_part_that_only_lists_or_claims_is_not_an_argument(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "warn"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Hvorfor oss\n\n- Bykle kommune – landets største hyttekommune med over 20 000 gjester i påsken\n- Valle kommune – har drevet felles renseanlegg med Bykle siden 2015"),
        ("nn", "## Kvifor oss\n\nVi er godt eigna fordi vi har drive felles reinseanlegg sidan 2015 og kjenner sesongtoppane betre enn nokon."),
        ("en", "## Why us\n\nWe have long experience with seasonal operation: Bykle has run plants for 20 000 holiday guests since 2005."),
        ("nb", "## Hvorfor oss\n\nVi har levert tilsvarende løsninger i Göteborg og Aarhus."),
    ],
)
def test_a_why_us_part_with_a_concrete_reason_passes(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


# ---------------------------------------------------------------- who takes part, and nothing of why


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Hvorfor Elverum\n\nProsjektet vil bli ledet av kommunalsjef for oppvekst Anne Sætre, med rektorene Lars Moe (Hanstad skole) og Kristin Lund (Ydalir skole) og PP-leder Sissel Ødegård. Følgeforskning ved Høgskolen i Innlandet."),
        ("nn", "## Kvifor oss\n\nProsjektet blir leia av kommunalsjef for oppvekst Anne Sætre, med rektorane Lars Moe (Hanstad skule) og Kristin Lund (Ydalir skule) og PP-leiar Sissel Ødegård. Følgjeforsking ved Høgskulen i Innlandet."),
        ("en", "## Why us\n\nThe project will be led by senior advisers with long experience from the public sector, among them a former NAV manager and a former deputy chief executive. The team consists of Kari Nygård (project manager), Ole Tveit and Siri Aanonsen."),
        ("nb", "## Hvorfor oss\n\nPartnerskapet består av:\n\n- Kristiansand kommune (ca. 116 000 innbyggere), ved Vann og avløp og Park og idrett\n- Vennesla kommune (ca. 15 000 innbyggere), ved Teknisk drift\n- Statens vegvesen, divisjon Drift og vedlikehold, område Sør"),
    ],
)
def test_a_why_us_part_that_only_says_who_takes_part_is_not_an_argument(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "warn"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Hvorfor oss\n\nProsjektet vil bli ledet av Elverum kommune, som har drevet forsøk med tidlig innsats i alle barnehager siden 2019 og kjenner problemet fra innsiden."),
        ("nn", "## Kvifor oss\n\nPartnarskapet består av dei tre kommunane som har dei lengste skulereisene i fylket, og som har drive felles skuleskyss sidan 2015."),
        ("en", "## Why us\n\nThe partnership consists of the only three ports in the region that receive cruise ships, and they have run a shared booking system since 2018."),
    ],
)
def test_who_takes_part_with_why_still_argues(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


# ---------------------------------------------------------------- plain leads and a track record


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "Hvorfor oss? De tre kommunene har hatt felles byggesakskontor siden 2019, og direktoratet har den nasjonale rollen og kan spre det vi lager til alle kommuner."),
        ("nn", "Kvifor vi\nKommunane har felles driftsoperatørar og felles beredskap, og vi har gjennomført ei felles hovudplan, så ein pilot kan prøvast i fire kommunar med ulik geografi."),
        ("en", "Why us: the three municipalities have shared one building-case office since 2019, and the directorate has the national role and can spread what we make to every municipality."),
    ],
)
def test_a_paragraph_under_a_plain_lead_is_the_part(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nn", "## Organisering\n\nDei fem kommunane har hatt felles skogbruksforvaltning sidan 2011, og Statsforvaltaren kan prøve ut endringar i regelverket."),
        ("nb", "## Organisering\n\nDe fem kommunene har drevet felles skogbruksforvaltning siden 2011, og Statsforvalteren kan prøve ut endringer i regelverket."),
        ("en", "## Organisation\n\nThe five municipalities have run a joint forestry office since 2011, and the county governor can trial changes to the rules."),
    ],
)
def test_a_track_record_with_its_year_is_the_part(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "pass"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nn", "## Organisering\n\nKommunane har ikkje kapasitet til å følgje opp kvar eigar, og dei har lite kapasitet i sommarmånadene. Kapasiteten er for låg."),
        ("nb", "## Organisering\n\nKommunene har ikke kapasitet til å følge opp hver eier, og de har lite kapasitet om sommeren. Kapasiteten er for lav."),
        ("en", "## Organisation\n\nThe municipalities have no capacity to follow up every owner, and they have little capacity in summer. Their capacity is too low."),
    ],
)
def test_capacity_the_applicant_lacks_is_no_argument(lang: str, part: str) -> None:
    assert why_us(full(lang, part)) == "warn"
