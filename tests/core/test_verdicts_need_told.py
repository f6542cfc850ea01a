"""How the checker reads a need told concretely: sentence by sentence, what goes wrong, how much,
how often or where, in a text that says for whom. Such a need is described whatever problem word or
heading it lacks («borte frå skulen i månader», «167 av 3 480 elevar»); a long part that never says
it, told as the times and as what the body wishes it had («Vi treng betre verktøy»), is not. A
sentence that only misses the wished-for solution («vi mangler et system for …») or speaks of
rising pressure on the services tells nothing that goes wrong. Each reading is tried in bokmål,
nynorsk and English, with near misses that keep their verdict."""

from __future__ import annotations

import pytest

from assistant.core.judging.checks_told import told_need
from assistant.core.judging.engine import check_sketch, report_in
from assistant.core.sketch.document import parse_sketch
from assistant.core.sketch.rubric import load_rubric


def sketch(heading: str, body: str, applicant: str = "Kristiansund kommune") -> str:
    return f"# Skisse\n\n**Søker:** {applicant}\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


def need_message(text: str, lang: str = "en") -> str:
    report = report_in(check_sketch(parse_sketch(text)), lang)
    return " ".join(f.message for c in report.criteria if c.id == "need-described" for f in c.findings)


def need_check():
    return next(c for c in load_rubric("innovasjonspartnerskap").criteria if c.id == "need-described").checks[0]


# ------------------------------------------------------------ told in words the problem list lacks

ABSENCE = [
    ("Bakgrunn", "Stadig flere barn og unge er borte fra skolen over lang tid, mange av dem i måneder. I 2024 hadde 167 av 3 480 elever "
     "mer enn 10 prosent fravær, mot 98 i 2019. 41 av dem var borte mer enn halve skoleåret, og halvparten av disse hadde vært i "
     "kontakt med fire hjelpetjenester samtidig i over ett år."),
    ("Bakgrunn", "Stadig fleire born og unge er borte frå skulen over lang tid, mange av dei i månader. I 2024 hadde 167 av 3 480 elevar "
     "meir enn 10 prosent fråvær, mot 98 i 2019. 41 av dei var borte meir enn halve skuleåret, og halvparten av desse hadde vore i "
     "kontakt med fire hjelpetenester samstundes i over eitt år."),
    ("Background", "More and more children and young people stay away from school for long periods, many of them for months. In 2024, "
     "167 of 3,480 pupils had more than 10 per cent absence, against 98 in 2019. 41 of them were away for more than half the school "
     "year, and half of these had been in contact with four support services at once for over a year."),
]


@pytest.mark.parametrize(("heading", "body"), ABSENCE)
def test_a_need_told_with_its_scale_is_described_without_a_problem_word(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


@pytest.mark.parametrize(("heading", "body"), ABSENCE)
def test_the_same_part_with_no_scale_and_no_problem_word_still_warns(heading: str, body: str) -> None:
    # Near miss: one sentence, no figure, no «how often»: nothing said of a problem here.
    first = body.split(". ")[0].split(",")[0] + "."
    padding = {"Bakgrunn": " Skolene i regionen ligger i seks kommuner, og elevene går på skoler av ulik størrelse rundt om i regionen"
               " med lærere, assistenter, helsesykepleiere og rådgivere som jobber sammen om skolehverdagen for elevene."}
    body = first + padding.get(heading, " Skulane i regionen ligg i seks kommunar, og elevane går på skular av ulik storleik rundt om i regionen"
                                " med lærarar, assistentar, helsesjukepleiarar og rådgivarar som jobbar saman om skulekvardagen for elevane.")
    if heading == "Background":
        body = first + (" The schools of the region lie in six municipalities, and the pupils attend schools of different sizes around the"
                        " region with teachers, assistants, school nurses and advisers who work together on the school day for the pupils.")
    assert need(sketch(heading, body)) == "warn"


# ------------------------------------------------------------ told unheaded, in the text

def unheaded(body: str) -> str:
    return f"# Skisse\n\n**Søker:** Gjøvik kommune\n\n## Hvorfor vi skriver\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


REHAB = [
    "Hvert år får rundt 1 050 personer i Innlandet hjerneslag, og mange av dem får varige skader. Sykehuset skriver dem ut etter 6,8 dager i snitt, og kommunene har for få "
    "fysioterapeuter til å følge dem opp hjemme. Pasientene får bare 2,1 timer trening i uka de tre første månedene, mens retningslinjene "
    "sier daglig trening. Mange pasienter blir derfor ikke selvhjulpne og må ha hjemmetjeneste hver dag lenge etter utskrivning. Avstandene er lange, og terapeutene "
    "bruker mye av dagen i bil i stedet for hos pasientene.",
    "Kvart år får rundt 1 050 personar i Innlandet hjerneslag, og mange av dei får varige skadar. Sjukehuset skriv dei ut etter 6,8 dagar i snitt, og kommunane har for få "
    "fysioterapeutar til å følgje dei opp heime. Pasientane får berre 2,1 timar trening i veka dei tre første månadene, medan retningslinene "
    "seier dagleg trening. Mange pasientar blir difor ikkje sjølvhjelpne og må ha heimeteneste kvar dag lenge etter utskriving. Avstandane er lange, og terapeutane "
    "brukar mykje av dagen i bil i staden for hos pasientane.",
    "Every year around 1,050 people in Innlandet have a stroke, and many of them are left with lasting damage. The hospital discharges them after 6.8 days on average, and the "
    "municipalities have too few physiotherapists to follow them up at home. Patients get only 2.1 hours of training a week in the first three "
    "months, while the guidelines say daily training. Many patients therefore never regain independence and need home care every day long after discharge. Distances "
    "are long, and the therapists spend much of the day in the car instead of with the patients.",
]


@pytest.mark.parametrize("body", REHAB)
def test_a_text_that_tells_what_goes_wrong_for_whom_and_how_much_has_its_need_part(body: str) -> None:
    text = unheaded(body)
    assert need(text) == "pass"
    assert "what goes wrong, for whom and how much" in need_message(text)


@pytest.mark.parametrize("body", REHAB)
def test_the_same_text_without_its_figures_is_not_read_as_the_part(body: str) -> None:
    # Near miss: the same sentences with every figure taken out: too little sized to stand unheaded.
    import re

    bare = re.sub(r"\b(?:rundt |around )?\d[\d ,.]*\s*", "", body)
    assert need(unheaded(bare)) != "pass"


# ------------------------------------------------------------ a long part that never tells it

UNTOLD = [
    ("Bakgrunn", "Hjemmetjenesten gir hjelp til brukere i hele kommunen, fra sentrum til de minste grendene. Vi merker at presset på "
     "tjenestene øker, og at de ansatte har mye å gjøre. Samtidig har vi sett at hverdagsmestring gir gode resultater, og mange brukere kan "
     "klare mer selv dersom de får riktig støtte tidlig. Likevel er det vanskelig å få dette til i praksis, fordi arbeidsmåtene er bygd rundt "
     "å gjøre ting for brukeren og ikke sammen med brukeren. Vi trenger en ny måte å jobbe på der mestring står i sentrum. Vi trenger bedre "
     "verktøy for å kartlegge hva brukeren kan klare, bedre samhandling mellom ansatte og bedre oppfølging over tid. Vi mangler et system "
     "for å følge brukerne. Vi ønsker også å få pårørende mer med i arbeidet, slik at de kan støtte brukeren. Det finnes flere gode tiltak "
     "i dag, men ingen løsning som henger sammen."),
    ("Bakgrunn", "Heimetenesta gir hjelp til brukarar i heile kommunen, frå sentrum til dei minste grendene. Vi merkar at presset på "
     "tenestene aukar, og at dei tilsette har mykje å gjere. Samstundes har vi sett at kvardagsmeistring gir gode resultat, og mange brukarar "
     "kan klare meir sjølv dersom dei får rett støtte tidleg. Likevel er det vanskeleg å få dette til i praksis, fordi arbeidsmåtane er bygde "
     "rundt å gjere ting for brukaren og ikkje saman med brukaren. Vi treng ein ny måte å jobbe på der meistring står i sentrum. Vi treng "
     "betre verktøy for å kartleggje kva brukaren kan klare, betre samhandling mellom tilsette og betre oppfølging over tid. Vi manglar eit "
     "system for å følgje brukarane. Vi ønskjer òg å få pårørande meir med i arbeidet, slik at dei kan støtte brukaren. Det finst fleire gode "
     "tiltak i dag, men inga løysing som heng saman."),
    ("Background", "Home care helps users across the whole municipality, from the centre to the smallest hamlets. We notice that the "
     "pressure on the services is rising, and that the staff have a lot to do. At the same time we have seen that everyday rehabilitation "
     "gives good results, and many users can manage more themselves if they get the right support early. Still it is difficult to achieve "
     "this in practice, because the ways of working are built around doing things for the user and not with the user. We need a new way of "
     "working with coping at the centre. We need better tools to map what the user can manage, better coordination between staff and "
     "better follow-up over time. We lack a system to follow the users. We also want to bring relatives more into the work, so that they "
     "can support the user. There are several good measures today, but no solution that holds together."),
]


@pytest.mark.parametrize(("heading", "body"), UNTOLD)
def test_a_long_part_told_as_the_times_and_as_wishes_warns(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


TOLD_IN_WORDS = [
    ("Bakgrunn", "De fleste av de tretti barnehagene våre er bygget på 1970-tallet og har ikke god nok ventilasjon. Ansatte og foreldre melder om tung luft "
     "og hodepine om ettermiddagen, og det er kaldt på gulvet om vinteren og for varmt om sommeren. Barn oppholder seg mange timer om dagen "
     "i barnehagen, og de er mer sårbare for dårlig inneklima enn voksne. Sykefraværet blant de ansatte er høyt hver vinter. Det er dyrt å "
     "bygge om små barnehager, fordi vanlige ventilasjonsanlegg er laget for store bygg og krever mye plass. Få leverandører vil ta små "
     "oppdrag i distriktet, og når anleggene først er på plass, har vi ikke folk som kan drifte dem. Ventilasjonen står derfor ofte av. Foreldre forteller at barna ofte er slitne og har vondt i hodet når de blir hentet om ettermiddagen."),
    ("Bakgrunn", "Dei fleste av dei tretti barnehagane våre er bygde på 1970-talet og har ikkje god nok ventilasjon. Tilsette og foreldre melder om tung luft "
     "og hovudverk om ettermiddagen, og det er kaldt på golvet om vinteren og for varmt om sommaren. Born er mange timar om dagen i "
     "barnehagen, og dei er meir sårbare for dårleg inneklima enn vaksne. Sjukefråværet blant dei tilsette er høgt kvar vinter. Det er dyrt å "
     "byggje om små barnehagar, fordi vanlege ventilasjonsanlegg er laga for store bygg og krev mykje plass. Få leverandørar vil ta små "
     "oppdrag i distriktet, og når anlegga først er på plass, har vi ikkje folk som kan drifte dei. Ventilasjonen står difor ofte av. Foreldre fortel at borna ofte er slitne og har vondt i hovudet når dei blir henta om ettermiddagen."),
    ("Background", "Most of our thirty kindergartens were built in the 1970s and do not have good enough ventilation. Staff and parents report "
     "stuffy air and headaches in the afternoon, and floors are cold in winter and rooms too hot in summer. Children spend many hours a day "
     "in the kindergarten, and they are more vulnerable to a poor indoor climate than adults. Sick leave among the staff is high every winter. "
     "It is expensive to rebuild small kindergartens, because ordinary ventilation systems are made for large buildings and need a lot of "
     "space. Few suppliers will take small jobs in rural areas, and once the systems are in place we have no one who can run them. The "
     "ventilation is therefore often switched off. Parents tell us that the children are often tired and have headaches when they are picked up."),
]


@pytest.mark.parametrize(("heading", "body"), TOLD_IN_WORDS)
def test_a_long_part_that_tells_what_goes_wrong_in_words_stands(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


# ------------------------------------------------------------ what counts as a told sentence

@pytest.mark.parametrize(
    "sentence",
    [
        "Pasientene venter i snitt 14 uker på time hos spesialist.",
        "Pasientane ventar i snitt 14 veker på time hos spesialist.",
        "Young dentists come for one or two years and then move south, so some clinics stand without a dentist for months.",
        "Folk kvir seg for å ringje legevakta om natta, og nokre ventar til morgonen med alvorlege symptom.",
    ],
)
def test_a_sentence_that_says_what_goes_wrong_and_how_often_is_told(sentence: str) -> None:
    assert told_need([sentence], need_check()).count == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Vi mangler et system for oversikt over hvor ofte brukerne faller om natten.",
        "Vi manglar eit felles system for å sjå kor ofte brukarane fell om natta.",
        "We lack a shared system to see how often the users fall at night.",
        "Presset på tjenestene øker hvert år, og vi trenger bedre verktøy.",
        "The pressure on the services is rising every year, and we need better tools.",
        "Vi treng betre samhandling mellom tilsette kvar dag.",
    ],
)
def test_a_wish_for_a_tool_or_rising_pressure_is_not_told(sentence: str) -> None:
    assert told_need([sentence], need_check()).count == 0


def test_a_sentence_that_does_not_lack_the_solution_but_has_not_chosen_it_is_no_wish() -> None:
    # «Vi har ikke bestemt hva løsningen skal være» says nothing of a tool missing: not general talk.
    from assistant.core.judging.checks_base import _union

    check = need_check()
    rx = _union(tuple(check.general_words))
    assert rx.search("Vi har ikke bestemt hva løsningen skal være, og vil gjerne ha innspill fra markedet.") is None
    assert rx.search("Vi har ikke et felles system for å se fraværet.") is not None
