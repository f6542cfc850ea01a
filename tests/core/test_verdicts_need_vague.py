"""How the checker reads a need said only in general words: «mykje kan bli betre», «framtida vil
by på fleire utfordringar», «vi har ikkje avgrensa kva grupper det gjeld», with no figure for the
size of it, is no need described; one such phrase beside a need told concretely does not flip the
verdict. A heading that names a problem («Eit problem som ingen eig») heads the need part. Each
reading is tried in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


def sketch(heading: str, body: str) -> str:
    return f"# Skisse\n\n**Søker:** Ålesund kommune\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringa", "Vi ser at det er mykje som kan bli betre. Tenestene heng ikkje alltid godt nok saman, og det kan vere krevjande å finne fram. Framtida vil by på fleire utfordringar, og vi må vere budde. Dette kan gjelde mange ulike pasientgrupper, og vi har ikkje avgrensa kva grupper det gjeld, fordi det bør kome fram i dialog."),
        ("Utfordringen", "Vi ser at det er mye som kan bli bedre. Tjenestene henger ikke alltid godt nok sammen, og det kan være krevende å finne fram. Fremtiden vil by på flere utfordringer, og vi må være forberedt. Dette kan gjelde mange ulike pasientgrupper, og vi har ikke avgrenset hvilke grupper det gjelder, fordi det bør komme fram i dialog."),
        ("The challenge", "We see that much could be better. Services do not always fit together well enough, and finding your way can be demanding. The future will bring more challenges, and we must be prepared. This may concern many different patient groups, and we have not yet decided which groups, because that should emerge in dialogue."),
    ],
)
def test_a_need_said_only_in_general_words_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringa", "Kvar natt ligg 40 pasientar over 80 år på korridor i Ålesund fordi heimetenesta ikkje har folk til å ta dei imot. Ventetida på sjukeheimsplass er 11 veker, og 28 prosent av innleggingane kjem etter fall heime om natta. Mykje kan bli betre, og framtida vil by på fleire eldre."),
        ("Utfordringen", "Hver natt ligger 40 pasienter over 80 år på korridor i Ålesund fordi hjemmetjenesten ikke har folk til å ta dem imot. Ventetiden på sykehjemsplass er 11 uker, og 28 prosent av innleggelsene kommer etter fall hjemme om natten. Mye kan bli bedre, og fremtiden vil by på flere eldre."),
        ("The challenge", "Every night 40 patients over 80 lie in corridors in Ålesund because home care has no staff to receive them. The wait for a nursing home place is 11 weeks, and 28 per cent of admissions follow a fall at home at night. Much could be better, and the future will bring more older people."),
    ],
)
def test_a_need_told_concretely_stands_beside_a_general_phrase(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


@pytest.mark.parametrize(
    "heading",
    ["Eit problem som ingen eig", "Et problem som ingen eier", "A problem nobody owns"],
)
def test_a_heading_that_names_a_problem_heads_the_need(heading: str) -> None:
    body = ("Om lag 35 prosent av dei freda bygningane i privat eige i Vestland har vesentlege skadar, og Kulturminnefondet "
            "fekk søknader for over 600 mill. kr men hadde berre 170 mill. kr å dele ut. Handverkskunnskapen forsvinn, og "
            "eigarane ber kostnaden åleine og gjev opp.")
    text = sketch(heading, body)
    assert [sec.key for sec in parse_sketch(text).sections] == ["need", "budget"]
    assert need(text) == "pass"


# ---------------------------------------------------------------- no need part: the words that only name one


def headless(prose: str) -> str:
    return (f"# Skisse\n\n**Søker:** Ålesund kommune\n\n## Om prosjektet\n\n{prose}\n\n"
            "## Dialog med næringslivet\n\nVi vil invitere leverandører til en dialogkonferanse i 2026.\n\n"
            "## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n")


@pytest.mark.parametrize(
    "prose",
    [
        "Ålesund kommune har 68 000 innbyggere og 4 200 ansatte. Vi har behov for å se på behovene i tjenestene, og problemstillingen er sammensatt. Utfordringene må løses sammen med næringslivet.",
        "Ålesund kommune har 68 000 innbyggjarar og 4 200 tilsette. Vi har behov for å sjå på behova i tenestene, og problemstillinga er samansett. Utfordringane må løysast saman med næringslivet.",
        "Ålesund has 68 000 inhabitants and 4 200 staff. We need to look at the needs of our services, and the problem is complex. The challenges must be solved together with business.",
    ],
)
def test_a_text_that_only_names_a_need_tells_none(prose: str) -> None:
    assert need(headless(prose)) == "warn"


@pytest.mark.parametrize(
    "prose",
    [
        "Ålesund kommune har 68 000 innbyggere. Vi har behov for nye løsninger fordi ventetiden på sykehjemsplass øker, og problemet rammer de eldste. Utfordringene koster kommunen 40 millioner kroner i året.",
        "Ålesund kommune har 68 000 innbyggjarar. Vi har behov for nye løysingar fordi ventetida på sjukeheimsplass aukar, og problemet rammar dei eldste. Utfordringane kostar kommunen 40 millionar kroner i året.",
        "Ålesund has 68 000 inhabitants. We need new solutions because the waiting time for a nursing home place is growing, and the problem hits the oldest. The challenges cost the municipality NOK 40 million a year.",
    ],
)
def test_a_text_that_tells_what_goes_wrong_tells_a_need(prose: str) -> None:
    assert need(headless(prose)) == "pass"


# ---------------------------------------------------------------- buzzwords, and one sum among general talk


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Bakgrunn", "Som alle norske kommuner står Horten overfor store utfordringer innen helse og omsorg. Eldrebølgen, knapphet på fagfolk og økte forventninger fra innbyggerne gjør at vi må tenke nytt. Dette gjelder hele kommunen, og alle tjenestene må henge bedre sammen i årene som kommer."),
        ("Bakgrunn", "Som alle norske kommunar står Horten overfor store utfordringar innan helse og omsorg. Eldrebølgja, mangel på fagfolk og auka forventningar frå innbyggjarane gjer at vi må tenkje nytt. Dette gjeld heile kommunen, og alle tenestene må henge betre saman i åra som kjem."),
        ("Background", "Like all Norwegian municipalities, Horten faces major challenges in health and care. The age wave, a shortage of professionals and higher expectations from residents mean we must think anew. This concerns the whole municipality, and all the services must fit together better in the years ahead."),
    ],
)
def test_a_need_told_in_buzzwords_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringen", "Idrettsanleggene i regionen har store utfordringer, og barn og unge driver idrett på nye måter. Kommunene bruker over 30 mill. kr i året på drift. Det er behov for å tenke nytt, og anleggene må brukes bedre av flere grupper i årene som kommer."),
        ("Utfordringa", "Idrettsanlegga i regionen har store utfordringar, og born og unge driv idrett på nye måtar. Kommunane brukar over 30 mill. kr i året på drift. Det er behov for å tenkje nytt, og anlegga må brukast betre av fleire grupper i åra som kjem."),
        ("The challenge", "The sports facilities in the region have major challenges, and children practise sport in new ways of working. The municipalities spend over NOK 30 million a year on running them. We must think anew, and the facilities must serve more groups better in the years ahead."),
    ],
)
def test_one_sum_among_general_talk_does_not_make_the_need_concrete(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringen", "Idrettsanleggene i regionen har store utfordringer: 14 av 22 haller har tak som lekker, og vedlikeholdsetterslepet er 180 mill. kr ifølge kommunenes tilstandsrapport 2024. Tre haller er stengt i vinter, og 1 200 barn mister treningstid hver uke. Vi må tenke nytt."),
        ("The challenge", "The sports facilities in the region have major challenges: 14 of 22 halls have leaking roofs, and the maintenance backlog is NOK 180 million according to the 2024 condition report. Three halls are closed this winter, and 1 200 children lose training time every week. We must think anew."),
    ],
)
def test_a_need_sized_with_figures_stands_beside_general_talk(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"
