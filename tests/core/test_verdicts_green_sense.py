"""The greener-and-smarter aim read from what the words mean in their sentence. A green or smart
word in another sense states no aim: climate as the weather or a group's mood («et kaldt klima»,
«et godt klima i personalgruppa»), energy as a person's vigour («mer energi i skolehverdagen»),
an environment as a caring setting («a safe and caring environment»), a smart product («smarte
sensorer», «smart locks»), sustainable staffing or finances («bærekraftig bemanning»). An aim
the sketch denies («ingen direkte klimagevinst», «not an environmental project», «er ikkje
relevant») states none either. Efficiency alone («mer effektiv drift») points towards a smarter
service without saying what changes: it warns. Near misses that must stay a pass: the same
words as a real aim («lower energy use», «et mer bærekraftig fiske»), a denial that is «not
only» or «ikke minst», a compound like «energieffektiv»."""

from __future__ import annotations

import pytest

from .one_criterion import one_result
from .test_verdicts_green_words import sketch


def green_smart(text: str):
    return one_result(text, "green-smart")


@pytest.mark.parametrize(
    ("lang", "part", "words"),
    [
        # Climate as the weather or a group's mood.
        ("nb", "why", "Tromsø har et kaldt klima og mørketid, og er derfor godt egnet for testing."),
        ("nn", "why", "Vi har eit arktisk klima som gjer at løysingar som verkar her, verkar overalt."),
        ("en", "why", "Our region has a harsh climate and long distances between the villages."),
        ("nb", "aim", "Vi ønsker et bedre klima i personalgruppen og færre konflikter."),
        ("en", "aim", "We want a better climate among the staff and fewer conflicts."),
        ("nb", "why", "Regionen har et godt klima for innovasjon og samarbeid mellom kommunene."),
        # Energy as a person's vigour.
        ("nb", "aim", "Elevene skal få mer energi og overskudd i skolehverdagen."),
        ("nn", "aim", "Elevane skal få meir energi og overskot i kvardagen."),
        ("en", "aim", "Pupils will have more energy during the school day."),
        # A caring setting.
        ("en", "aim", "We want to create a safe and caring environment for the children."),
        ("nb", "aim", "Vi vil skape et trygt miljø for barna på avlastningen."),
        ("nn", "aim", "Vi vil gje bebuarane eit heimleg miljø og faste tilsette."),
        ("en", "why", "NAV also has a strong analytical environment in the Directorate of Labour and Welfare."),
        ("en", "need", "Young people are drawn into the drug environment in the city centre."),
        # A smart product.
        ("nb", "aim", "Vi vil bruke smarte sensorer i boligene."),
        ("en", "aim", "We will install smart locks and smart sensors in the homes."),
        ("nn", "aim", "Brukarane skal kunne bruke smart klokke med alarmknapp."),
        # Sustainable staffing or finances.
        ("nb", "aim", "Målet er en bærekraftig bemanning i hjemmetjenesten."),
        ("en", "aim", "The aim is sustainable staffing in home care and a stable workforce."),
        ("nn", "aim", "Vi vil ha ein økonomisk berekraftig drift av tenesta."),
    ],
)
def test_a_green_or_smart_word_in_another_sense_states_no_aim(lang: str, part: str, words: str) -> None:
    assert green_smart(sketch(lang, **{part: words})).status.value != "pass", words


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", "Prosjektet har ingen direkte klimagevinst, men gir bedre tjenester."),
        ("nb", "Dette er ikke et miljøprosjekt, men et kvalitetsprosjekt."),
        ("nb", "Vi ser ikke at prosjektet gir noen miljøgevinst."),
        ("nn", "Prosjektet handlar ikkje om klima eller miljø, men om tryggleik."),
        ("nn", "Eit grønare og smartare samfunn er ikkje relevant for dette prosjektet."),
        ("en", "This is not an environmental project; it is about quality of care."),
        ("en", "We do not expect any environmental benefit from the project."),
        ("nb", "Grønnere og smartere samfunn er ikke relevant for dette prosjektet."),
        ("nb", "Det er et prosjekt for stabile tjenester og bedre kvalitet for barna, ikke et digitaliserings- eller klimaprosjekt."),
        ("nn", "Dette er ikkje eit teknologi- eller miljøprosjekt, det handlar om folk."),
    ],
)
def test_an_aim_the_sketch_denies_states_none(lang: str, words: str) -> None:
    verdict = green_smart(sketch(lang, aim=words))
    assert verdict.status.value == "fail", words


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nb", "Løsningen skal gjøre arbeidet mer effektivt for de ansatte."),
        ("nn", "Løysinga skal gjere arbeidet meir effektivt for dei tilsette."),
        ("en", "The solution will make case handling more efficient."),
    ],
)
def test_efficiency_alone_points_towards_an_aim_without_saying_it(lang: str, words: str) -> None:
    verdict = green_smart(sketch(lang, aim=words))
    assert verdict.status.value == "warn", words
    assert any("«" in str(f.message) for f in verdict.findings), "the warning quotes the sentence"


@pytest.mark.parametrize(
    ("lang", "part", "words"),
    [
        ("en", "aim", "Cut energy use in the test buildings by at least 25 % without reducing indoor climate quality."),
        ("nb", "aim", "Løsningen skal være energieffektiv og redusere strømforbruket i byggene."),
        ("nn", "aim", "Målet er ei smartare forvaltning og eit meir berekraftig fiske."),
        ("nb", "aim", "Prosjektet handler ikke bare om klima, men målet er lavere utslipp fra tjenestebilene."),
        ("en", "aim", "The project is not only about quality: it will cut emissions from the fleet by a third."),
        ("nb", "aim", "Vi vil at løsningen skal gi smartere drift og lavere energibruk, ikke minst for klimaet."),
        ("en", "aim", "A smarter and greener service: fewer trips, less fuel and a better environment for the fjord."),
        ("nb", "aim", "Målet er utslippsfri transport uten klimagassutslipp fra bilene."),
        # A denial in one clause, the aim in the next.
        ("nb", "aim", "Dette er ikke et klimaprosjekt, men løsningen vil gi færre kjøreturer og lavere utslipp."),
        ("nn", "aim", "Prosjektet har ingen stor klimagevinst i seg sjølv, men vi vil køyre færre turar med tenestebilane."),
        ("en", "aim", "This is not an environmental project as such, but it will cut travel between the offices by half."),
        ("en", "aim", "We aim for a smarter service with smart meters that cut water loss by a third."),
    ],
)
def test_the_same_words_as_a_real_aim_still_pass(lang: str, part: str, words: str) -> None:
    assert green_smart(sketch(lang, **{part: words})).status.value == "pass", words


NO_PARTS = """**Søker:** Sogndal kommune

Kommunane har fått meir ansvar for rehabilitering etter utskriving, og det har konsekvensar for pasientane sitt funksjonsnivå og for den samla ressursbruken i pleie- og omsorgstenestene. {aim}

Vi vil invitere leverandørar til ein dialogkonferanse og deretter inngå eit innovasjonspartnarskap.
"""


@pytest.mark.parametrize(
    ("aim", "want"),
    [
        ("Fleire pasientar skal kome raskare heim.", "warn"),
        ("Målet er betre ressursbruk og færre køyreturar for heimetenesta.", "pass"),
    ],
)
def test_a_sketch_without_parts_states_an_aim_only_in_a_sentence_that_says_one(aim: str, want: str) -> None:
    assert green_smart(NO_PARTS.format(aim=aim)).status.value == want, aim
