"""A «why us» part of a few sentences, each of which only describes or claims, gives no reason:
being ready or motivated, looking forward, being stronger together, complementing each other,
being key actors, knowing the challenge well, being N bodies with the same challenge, being a
large, growing or attractive place, all partners having said yes, naming the project's staff,
cooperating well and knowing each other. Each in bokmål, nynorsk and English; a sentence that
shows a deed, a figure, data or a sole position beside such talk still passes."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result
from .test_verdicts_why_us import full

HEADING = {"nb": "## Hvorfor oss\n\n", "nn": "## Kvifor oss\n\n", "en": "## Why us\n\n"}


def why_us(lang: str, text: str) -> str:
    return one_result(full(lang, HEADING[lang] + text), "why-us").status.value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Vi er de som har ansvaret for pasientene i kommunen. Det er derfor naturlig at vi leder prosjektet."),
        ("nb", "Bykle og Valle samarbeider allerede godt på mange områder. Vi ser fram til å utvikle samarbeidet videre gjennom dette prosjektet."),
        ("nn", "Bykle og Valle samarbeider allereie godt. Vi har eit godt samarbeid og kjenner kvarandre godt."),
        ("en", "Bykle and Valle already work together closely. We know each other well and look forward to this project."),
        ("nb", "Bykle kommune er en stor og voksende kommune med mange innbyggere. Kommunen er attraktiv for tilflyttere og har mange elever."),
        ("en", "Bykle is a large and fast-growing municipality with many pupils. It is an attractive place to live and work."),
        ("nn", "Vi er tre kommunar og eit sjukehus som ønskjer å vere tidleg ute. Vi er motiverte og klare for å setje i gang."),
        ("nb", "Bykle kommune er klar for å gå i gang. Vi har motiverte medarbeidere som gleder seg til å ta fatt på arbeidet."),
        ("en", "We are ready to start. Our staff are motivated and eager to take part in the work."),
        ("en", "All partners are key actors in the field. Together we cover the whole service area."),
        ("nb", "Vi har engasjerte ansatte og gode ledere. Vi har god kompetanse og stor vilje til innovasjon."),
        ("en", "We have committed staff and strong leaders. We have good competence and a strong will to innovate."),
        ("nb", "Vi kjenner utfordringen godt, siden vi møter den hver dag. Vi er derfor godt egnet."),
        ("nn", "Vi er to øykommunar som kjenner utfordringa godt. Vi meiner difor at vi er rette partnarskapet."),
        ("en", "We know the challenge well because we face it every day. We are therefore the right partnership."),
        ("nb", "Prosjektet har fire partnere: Bykle kommune, Valle kommune, Agder fylkeskommune og Universitetet i Agder. Alle har sagt ja til å delta."),
        ("en", "The partnership consists of Bykle Municipality, Valle Municipality, Agder County Authority and the University of Agder. All have agreed to take part."),
        ("nb", "Vi er et godt egnet partnerskap med lang erfaring fra samarbeid. Partnerne utfyller hverandre godt."),
        ("en", "Our partners complement each other well. Together we have broad experience and a strong network."),
        ("nb", "Prosjektleder er Kari Nordmann, som har mastergrad i økonomi. Fagansvarlig er Ola Hansen, sivilingeniør med lang fartstid."),
        ("nb", "Bykle kommune er en innovativ kommune med lang erfaring. Vi har god kompetanse på feltet."),
    ],
)
def test_a_part_that_only_describes_and_claims_warns(lang: str, text: str) -> None:
    assert why_us(lang, text) == "warn", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Bykle kommune har drevet meråpent bibliotek siden 2018. Vi er klare til å gå i gang."),
        ("nb", "Vi er tre kommuner som har drevet felles legevakt siden 2015. Sammen står vi sterkere."),
        ("en", "We are three municipalities that already share a night service for home care. Together we are stronger."),
        ("nb", "Bykle er landets største hyttekommune og har 4 000 hytter. Kommunen er attraktiv for tilflyttere."),
        ("nn", "Vi er dei som har ansvaret for pasientane, og vi har sidan 2020 prøvd ut digitalt tilsyn i 40 heimar. Det er difor naturleg at vi leiar prosjektet."),
        ("en", "Bykle is a large municipality with the country's most cabins. We have tested sensors on 300 cabins since 2021."),
        ("nb", "Partnerne utfyller hverandre: Bykle eier anleggene, og Universitetet i Agder har en forskergruppe på vannrensing. Sammen står vi sterkere."),
        ("en", "Our staff are motivated, and the home care service has run a welfare technology programme since 2017."),
        ("nb", "Vi kjenner utfordringen godt fordi vi har registrert alle lekkasjer i ledningsnettet siden 2015. Vi har data fra 2 000 målepunkter."),
        ("en", "The partnership consists of Bykle Municipality, Valle Municipality and the University of Agder. The university runs Norway's only test lab for small water works."),
        ("nb", "Vi er tre kommuner som deler IKT-drift gjennom Vestfold IKT og har felles journalsystem. Sammen står vi sterkere."),
        ("nb", "Bykle er en stor kommune med lange avstander, og vi har driftsdata fra alle 30 hyttefelt. Vi er klare til å gå i gang."),
        ("en", "Bykle is a large municipality with many cabins, and we own the water network in all of them. We are ready to start."),
        ("nn", "Bykle er ein stor kommune med mange øyar og eit hardt klima. Vi er klare til å setje i gang."),
    ],
)
def test_a_reason_beside_such_talk_still_passes(lang: str, text: str) -> None:
    assert why_us(lang, text) == "pass", text


PARTNERS = {"nb": "## Partnere\n\n", "nn": "## Partnarar\n\n", "en": "## Partners\n\n"}


def why_us_in_partners(lang: str, text: str) -> str:
    return one_result(full(lang, PARTNERS[lang] + text), "why-us").status.value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Bykle kommune er søker og prosjekteier. Valle kommune deltar som testkommune. Agder fylkeskommune bidrar med kompetanse på regional utvikling."),
        ("nn", "Bykle kommune er søkjar. Valle kommune er med som testkommune. Agder fylkeskommune bidreg med kompetanse og nettverk."),
        ("en", "The partnership consists of Bykle Municipality, Valle Municipality and Agder County Authority. All partners have relevant experience and will contribute to the project."),
        ("nb", "Partnerskapet består av Bykle kommune, Valle kommune og Agder fylkeskommune. Alle partnerne har relevant erfaring og vil bidra inn i prosjektet."),
    ],
)
def test_partners_named_with_what_they_bring_in_general_argue_nothing(lang: str, text: str) -> None:
    assert why_us_in_partners(lang, text) == "warn", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Bykle kommune er søker. Valle kommune har drevet testarena for renseanlegg siden 2019. Agder fylkeskommune bidrar med kompetanse på regional utvikling."),
        ("en", "Bykle Municipality is the applicant. Agder County Authority contributes expertise in regional development, and the University of Agder runs Norway's only test lab for small water works."),
    ],
)
def test_a_partner_line_that_shows_a_reason_still_counts(lang: str, text: str) -> None:
    assert why_us_in_partners(lang, text) == "pass", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Salten Brann IKS er et interkommunalt selskap med 220 ansatte, hvorav om lag 60 heltids og 160 deltids brannkonstabler. Vi er motiverte for å finne nye løsninger og har lang erfaring med brann og redning."),
        ("nn", "Sogn brann og redning IKS er eit interkommunalt selskap med 140 tilsette. Vi er motiverte for å finne nye løysingar."),
        ("en", "Salten Fire IKS is an inter-municipal company with 220 employees, about 60 of them full-time. We are motivated to find new solutions."),
    ],
)
def test_a_body_told_by_its_size_and_motivation_argues_nothing(lang: str, text: str) -> None:
    assert why_us(lang, text) == "warn", text


def test_a_body_with_a_size_and_a_deed_still_argues() -> None:
    text = "Salten Brann IKS er et interkommunalt selskap med 220 ansatte, og har drevet regionens eneste øvingsanlegg for tunnelbrann siden 2016."
    assert why_us("nb", text) == "pass"


PRESENTED = {
    "nb": "## Om søker\n\nStiftelsen Valdres Bygdeomsorg ble opprettet i 1994 og driver i dag frivilligsentralen i Etnedal, en besøkstjeneste og et transporttilbud for eldre. Den har de siste ti årene vært samarbeidspartner for kommunene i flere prosjekter innen velferdsteknologi.\n\n",
    "en": "## About the applicant\n\nThe Valdres Care Foundation was set up in 1994 and today runs the volunteer centre in Etnedal, a visiting service and transport for older people. It has been the municipalities' partner in several welfare technology projects over the last ten years.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "answer", "status"),
    [
        ("nb", "## Hvorfor oss\n\nStiftelsen har lang erfaring og et stort nettverk i Valdres.", "warn"),
        ("en", "## Why us\n\nThe foundation has long experience and a large network in Valdres.", "warn"),
        ("nb", "## Hvorfor oss\n\nStiftelsen driver allerede besøkstjenesten i alle tre kommunene og har data fra 4 000 besøk.", "pass"),
        ("en", "## Why us\n\nWe already run the visiting service in all three municipalities and hold records of 4,000 visits.", "pass"),
    ],
)
def test_a_part_that_asks_why_is_the_answer_beside_a_presentation(lang: str, answer: str, status: str) -> None:
    report = check_sketch(parse_sketch(full(lang, PRESENTED[lang] + answer)))
    assert next(c for c in report.criteria if c.id == "why-us").status.value == status, answer


NEED_ONLY = {
    "nn": "# Sankekve\n\n**Søkjar:** Fyresdal kommune\n**Partnarar:** Nissedal kommune, Vestfold og Telemark fylkeskommune\n\n## Behovet\n\nSauene kjem ned frå fjellet i september, og sankinga tek 14 dagar med 30 mann.\n\n## Gjennomføring\n\n",
    "nb": "# Sankekve\n\n**Søker:** Fyresdal kommune\n**Partnere:** Nissedal kommune, Vestfold og Telemark fylkeskommune\n\n## Behovet\n\nSauene kommer ned fra fjellet i september, og sankingen tar 14 dager med 30 mann.\n\n## Gjennomføring\n\n",
    "en": "# Gathering pens\n\n**Applicant:** Fyresdal Municipality\n**Partners:** Nissedal Municipality, Vestfold and Telemark County Authority\n\n## The need\n\nThe sheep come down from the mountains in September, and the gathering takes 14 days with 30 people.\n\n## Delivery\n\n",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nn", "Landbrukskontoret kjenner beitelaga godt og har samarbeidd med dei om tilskot til beitebruk i mange år, og me har sjølv ansvar for kvea. Difor meiner me at kommunen er rett søkjar."),
        ("nb", "Landbrukskontoret har samarbeidet med beitelagene om tilskudd i mange år og har selv ansvar for kveene. Derfor mener vi at kommunen er rett søker."),
        ("en", "The agriculture office has worked with the grazing associations on grants for many years and is itself responsible for the pens. That is why we think the municipality is the right applicant."),
        ("nn", "Me vil invitere næringslivet til ein dialogkonferanse. Bjerknessenteret har eit av dei sterkaste klimamiljøa i Europa, og Bergen Vann KF eig nettet der løysingane skal prøvast."),
        ("en", "We will invite business to a dialogue conference. The Bjerknes Centre is one of the strongest climate groups in Europe, and Bergen Water owns the network where the solutions will be tested."),
    ],
)
def test_a_reason_in_the_prose_with_no_part_of_its_own_counts(lang: str, text: str) -> None:
    report = check_sketch(parse_sketch(NEED_ONLY[lang] + text + "\n"))
    assert next(c for c in report.criteria if c.id == "why-us").status.value == "pass", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nn", "Austevoll er ein av dei største havbrukskommunane i landet, og sjøarealet er fordelt mellom mange interesser."),
        ("en", "Austevoll is one of the largest aquaculture municipalities in the country, and its sea area is shared by many interests."),
        ("nb", "Vi kjenner beitelagene godt. Derfor mener vi at kommunen er rett søker."),
    ],
)
def test_size_in_the_need_or_a_claim_after_a_weak_reason_is_no_argument(lang: str, text: str) -> None:
    report = check_sketch(parse_sketch(NEED_ONLY[lang] + text + "\n"))
    assert next(c for c in report.criteria if c.id == "why-us").status.value == "warn", text
