"""How the checker reads where a need is told and in what words: a need part written in the
abstract words of an official report («i varierende grad», «grunn til å anta», «en rekke forhold»),
or in slogans («digitaliseringen gir nye muligheter», «vi ønsker å bli bedre») with no figure, is no
need described; a number that is part of a name («0–24-samarbeidet») sizes nothing; a sketch with
no need heading whose opening (up to the first part the checker knows, even under a heading of the
applicant's own) tells what goes wrong and sizes it has told its need, while one that only names a
need («behovet», «utfordringane») beside figures about itself has not. Each reading is tried in
bokmål, nynorsk and English, with the near misses that must not flip."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


def sketch(heading: str, body: str) -> str:
    return f"# Skisse\n\n**Søker:** Ålesund kommune\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


# ---------------------------------------------------------------- the abstract words of a report


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringsbildet", "Utfordringsbildet er sammensatt og kjennetegnes av en rekke forhold av strukturell og organisatorisk karakter. Eksisterende samarbeidsmodeller fremstår i varierende grad som tilstrekkelig forpliktende, og informasjonsdeling mellom etatene oppleves som krevende. Behovet aktualiseres av samfunnsmessige endringsprosesser, og det er grunn til å anta at ressursene kunne vært utnyttet bedre."),
        ("Utfordringsbiletet", "Utfordringsbiletet er samansett og kjenneteikna av ei rekkje forhold av strukturell og organisatorisk karakter. Dei eksisterande samarbeidsmodellane er i varierande grad forpliktande nok, og informasjonsdeling mellom etatane blir opplevd som krevjande. Behovet blir aktualisert av samfunnsmessige endringsprosessar, og det er grunn til å tru at ressursane kunne vore betre utnytta."),
        ("The challenge", "The challenge is complex and marked by a number of factors of a structural and organisational kind. Existing models of cooperation are binding to varying degrees, and sharing information between agencies is felt to be demanding. The need is heightened by societal changes, and there is reason to believe that resources could be put to better use."),
    ],
)
def test_a_need_told_in_the_abstract_words_of_a_report_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringen", "Samarbeidet mellom politi og kommune fungerer i varierende grad. I 2024 ble 312 barn under 15 år registrert for vold eller ran i Bergen, en økning på 40 prosent fra 2021, og i 7 av 10 saker visste verken skolen eller barnevernet om barnet fra før. Det er grunn til å anta at flere kunne vært fanget opp."),
        ("The challenge", "Cooperation between police and municipality works to varying degrees. In 2024, 312 children under 15 were registered for violence or robbery in Bergen, up 40 per cent from 2021, and in 7 of 10 cases neither the school nor child welfare knew the child beforehand. There is reason to believe more could have been reached."),
    ],
)
def test_a_hedged_phrase_beside_a_need_told_in_figures_does_not_flip_it(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


# ---------------------------------------------------------------- slogans: digitalisation, «to become better»


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Behovet", "Digitaliseringen gir nye muligheter for hvordan kommunen møter innbyggerne. Vi ønsker å bli bedre på service og å gi innbyggerne raskere svar. Tjenestene henger ikke alltid godt nok sammen, og vi vil bruke prosjektet til å finne ut hva som er viktigst for dem vi er til for."),
        ("Behovet", "Digitaliseringa opnar for nye moglegheiter for korleis kommunen møter innbyggjarane. Vi ønskjer å bli betre på service og å gi innbyggjarane raskare svar. Tenestene heng ikkje alltid godt nok saman, og vi vil bruke prosjektet til å finne ut kva som er viktigast for dei vi er til for."),
        ("The need", "Digitalisation offers new opportunities for how the municipality meets its residents. We want to become better at service and give residents faster answers. The services do not always fit together well enough, and we will use the project to find out what matters most to the people we serve."),
    ],
)
def test_a_need_told_in_slogans_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Behovet", "Digitaliseringen gir nye muligheter, men i dag venter innbyggerne i snitt 19 dager på svar på en byggesøknad, og 42 prosent av henvendelsene til servicetorget gjelder saker som allerede er under behandling. Saksbehandlerne bruker om lag 6 000 timer i året på å svare på slike purringer."),
        ("The need", "Digitalisation offers new opportunities, but today residents wait 19 days on average for an answer on a building application, and 42 per cent of enquiries to the service desk concern cases already being handled. Case officers spend about 6 000 hours a year answering such reminders."),
    ],
)
def test_a_slogan_beside_a_need_sized_in_figures_does_not_flip_it(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


# ---------------------------------------------------------------- a number in a name sizes nothing


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringsbiletet", "Samfunnet er i endring, og familiane lever meir samansette liv enn før. Mange opplever at det er vanskeleg å finne fram i tenestene, og heilskapen manglar ofte. Dette er peika på i arbeidet med 0–24-samarbeidet og i 24-timarsvakta. Vi trur det er mykje å vinne på ein ny og meir heilskapleg tenking rundt familien."),
        ("Utfordringsbildet", "Samfunnet er i endring, og familiene lever mer sammensatte liv enn før. Mange opplever at det er vanskelig å finne fram i tjenestene, og helheten mangler ofte. Dette er påpekt i arbeidet med 0–24-samarbeidet og i 24-timersvakten. Vi tror det er mye å vinne på en ny og mer helhetlig tenkning rundt familien."),
        ("The challenge", "Society is changing, and families live more complex lives than before. Many find it difficult to find their way in the services, and the whole picture is often missing. This has been pointed out in the 0–24-cooperation and the 24-hour-service. We believe there is much to gain from new and more holistic thinking about the family."),
    ],
)
def test_a_number_in_a_name_does_not_size_a_need_told_in_general_words(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Utfordringsbildet", "Samfunnet er i endring, og nettet vårt er bygget for de gamle byggene. Varmetapet er 14–18 prosent i ledningene, og mange nye boligfelt blir ikke koblet til fordi det ikke lønner seg å legge rør ut dit. Byggene får i stedet egne varmepumper som gir høyere effekttopper i strømnettet om vinteren. Vi tror det er mye å vinne."),
        ("The challenge", "Society is changing, and our grid was built for the old buildings. Heat loss is 14–18 per cent in the pipes, and many new housing estates are not connected because laying pipes out there does not pay. Those buildings get their own heat pumps instead, which raise the peaks in the power grid in winter. We believe there is much to gain."),
    ],
)
def test_a_range_of_figures_still_sizes_the_need(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


# ---------------------------------------------------------------- no need heading: the opening tells it


def opening(title_block: str, prose: str) -> str:
    return (f"Skisse til innovasjonspartnerskap – {title_block}\n\n{prose}\n\n"
            "Vi vil invitere næringslivet til en dialogkonferanse våren 2027.\n\n"
            "Foreløpig budsjett: prosjektledelse 2,4 mill. kr, utviklingsfase 3,5 mill. kr, til sammen 5,9 mill. kr.\n")


@pytest.mark.parametrize(
    "prose",
    [
        "Legevakta i Namdalen har i flere år slitt med å få turnusen til å gå opp. Da vi gikk gjennom listene i fjor, var 4 200 innbyggere uten fast lege, og legevakta hadde 21 400 henvendelser, 27 prosent flere enn fem år før. Kommunene brukte samlet om lag 96 mill. kr netto på området, og vikarutgiftene har doblet seg. Vi har ikke bestemt oss for noen løsning, men behovet for trygg legetjeneste er utgangspunktet, og problemet må løses sammen med sykehuset.",
        "Legevakta i Namdalen har i fleire år slite med å få turnusen til å gå opp. Då vi gjekk gjennom listene i fjor, var 4 200 innbyggjarar utan fast lege, og legevakta hadde 21 400 førespurnader, 27 prosent fleire enn fem år før. Kommunane brukte samla om lag 96 mill. kr netto på området, og vikarutgiftene har dobla seg. Vi har ikkje bestemt oss for noka løysing, men behovet for trygg legeteneste er utgangspunktet, og problemet må løysast saman med sjukehuset.",
        "For years the out-of-hours service in Namdalen has struggled to fill its rota. When we went through the lists last year, 4 200 residents had no regular doctor, and the service had 21 400 contacts, 27 per cent more than five years before. The municipalities together spent about NOK 96 million net on the area, and locum costs have doubled. We have chosen no solution; the need for a safe doctor service is the starting point, and the problem must be solved with the hospital.",
    ],
)
def test_an_opening_that_tells_and_sizes_the_need_is_its_need_part(prose: str) -> None:
    assert need(opening("legevakt", prose)) == "pass"


@pytest.mark.parametrize(
    "prose",
    [
        "Namsos kommune har 15 000 innbyggere, 1 400 ansatte og 12 skoler, og vi er vertskommune for en legevakt som dekker elleve kommuner. Vi har behov for å se på behovene i tjenestene, og problemstillingen er sammensatt. Utfordringene må løses sammen med næringslivet, og vi ser fram til samarbeidet. Prosjektet vil bygge på det gode arbeidet som allerede er gjort i regionen, og behovet er godt kjent.",
        "Namsos kommune har 15 000 innbyggjarar, 1 400 tilsette og 12 skular, og vi er vertskommune for ei legevakt som dekkjer elleve kommunar. Vi har behov for å sjå på behova i tenestene, og problemstillinga er samansett. Utfordringane må løysast saman med næringslivet, og vi ser fram til samarbeidet. Prosjektet vil byggje på det gode arbeidet som alt er gjort i regionen, og behovet er godt kjent.",
        "Namsos has 15 000 residents, 1 400 staff and 12 schools, and hosts an out-of-hours service covering eleven municipalities. We need to look at the needs of the services, and the problem is complex. The challenges must be solved together with business, and we look forward to the cooperation. The project will build on the good work already done in the region, and the need is well known.",
    ],
)
def test_an_opening_that_only_names_a_need_beside_figures_about_itself_tells_none(prose: str) -> None:
    assert need(opening("legevakt", prose)) == "warn"


def headed(first_heading: str, prose: str) -> str:
    return (f"## Søknad om deltakelse i skissekonkurransen\n\n**Søker:** Hamar kommune\n\n### {first_heading}\n\n{prose}\n\n"
            "### Grønnere og smartere\n\nMindre varmetap gir lavere utslipp.\n\n"
            "### Budsjett\n\n- Prosjektledelse: 1 900 000 kr\n")


@pytest.mark.parametrize(
    ("first_heading", "prose"),
    [
        ("Et energisystem som ikke passer de nye byggene", "Hamar og Ringsaker har et fjernvarmenett på om lag 95 kilometer, bygget for de store, gamle byggene. Nye bygg trenger bare lav temperatur, og varmetapet i ledningene er 14–18 prosent. Hamar kommune brukte om lag 58 millioner kroner på energi i formålsbygg, og nye boligfelt blir ikke koblet til fordi det ikke lønner seg. Kommunene planlegger 3 500 nye boliger, og dersom alle får egne varmepumper, kreves store investeringer i strømnettet."),
        ("Eit energisystem som ikkje passar dei nye bygga", "Hamar og Ringsaker har eit fjernvarmenett på om lag 95 kilometer, bygd for dei store, gamle bygga. Nye bygg treng berre låg temperatur, og varmetapet i leidningane er 14–18 prosent. Hamar kommune brukte om lag 58 millionar kroner på energi i formålsbygg, og nye bustadfelt blir ikkje kopla til fordi det ikkje løner seg. Kommunane planlegg 3 500 nye bustader, og dersom alle får eigne varmepumper, krevst store investeringar i straumnettet."),
        ("An energy system that does not fit the new buildings", "Hamar and Ringsaker have a district heating grid of about 95 kilometres, built for the large old buildings. New buildings need only low temperatures, and heat loss in the pipes is 14–18 per cent. Hamar spent about NOK 58 million on energy in its public buildings, and new housing estates are not connected because it does not pay. The municipalities plan 3 500 new homes, and if all get their own heat pumps, large investments in the power grid are needed."),
    ],
)
def test_a_first_part_under_the_applicants_own_heading_can_be_the_need(first_heading: str, prose: str) -> None:
    assert need(headed(first_heading, prose)) == "pass"


@pytest.mark.parametrize(
    ("first_heading", "prose"),
    [
        ("Om Hamar kommune", "Hamar kommune har 32 000 innbyggere, 2 700 ansatte og 14 skoler. Kommunen eier 170 000 kvadratmeter formålsbygg og driver fjernvarme sammen med Ringsaker gjennom et felles selskap som ble stiftet for mange år siden. Vi har lang erfaring med samarbeid om energi, planlegging og eiendom, og vi ser fram til å utvikle dette videre i et innovasjonspartnerskap med gode partnere fra næringslivet."),
        ("About Hamar", "Hamar has 32 000 residents, 2 700 staff and 14 schools. The municipality owns 170 000 square metres of public buildings and runs district heating with Ringsaker through a joint company founded many years ago. We have long experience of cooperating on energy, planning and property, and we look forward to developing this further in an innovation partnership with good partners from business."),
    ],
)
def test_a_first_part_that_presents_the_applicant_is_not_the_need(first_heading: str, prose: str) -> None:
    assert need(headed(first_heading, prose)) != "pass"


# ---------------------------------------------------------------- a source's name is no problem word


@pytest.mark.parametrize(
    "body",
    [
        "Ifølge KOSTRA har kommunen 1 200 elever fordelt på 14 skoler, og skolene ligger spredt i kommunen. Elevene går på skoler av ulik størrelse, og mange av dem tar buss hver dag. Dette er bakgrunnen for at vi søker.",
        "Ifølgje KOSTRA har kommunen 1 200 elevar fordelte på 14 skular, og skulane ligg spreidde i kommunen. Elevane går på skular av ulik storleik, og mange av dei tek buss kvar dag. Dette er bakgrunnen for at vi søkjer.",
    ],
)
def test_kostra_named_as_a_source_is_not_a_word_about_cost(body: str) -> None:
    assert need(sketch("Bakgrunn", body)) == "warn"


# ---------------------------------------------------------------- the applicant's own size sizes no need


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Behovet", "Kommunen har om lag 12 000 innbyggere og 900 ansatte. Samfunnet endrer seg, og innbyggerne har økte forventninger til tjenestene. Vi står overfor store utfordringer og må tenke nytt om hvordan vi organiserer oss, slik at vi også i årene som kommer kan gi gode tjenester til alle."),
        ("Behovet", "Kommunen har om lag 12 000 innbyggjarar og 900 tilsette. Samfunnet endrar seg, og innbyggjarane har auka forventningar til tenestene. Vi står overfor store utfordringar og må tenkje nytt om korleis vi organiserer oss, slik at vi også i åra som kjem kan gi gode tenester til alle."),
        ("The need", "The municipality has about 12 000 residents and 900 staff. Society is changing, and residents have higher expectations of the services. We face major challenges and must think anew about how we organise ourselves, so that we can keep giving good services to everyone in the years ahead."),
    ],
)
def test_the_applicants_own_size_does_not_size_a_need_told_in_general_words(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Behovet", "Regionen har 4 200 innbyggere uten fast lege, og legevakta har 21 400 henvendelser i året. Samfunnet endrer seg, og vi står overfor store utfordringer når legene slutter og vikarene blir dyrere for hver måned som går. Pasientene venter lenger, og flere blir sendt til sykehuset."),
        ("The need", "The region has 4 200 residents without a regular doctor, and the out-of-hours service has 21 400 contacts a year. Society is changing, and we face major challenges as doctors leave and locums grow more expensive every month. Patients wait longer, and more are sent to hospital."),
    ],
)
def test_residents_who_lack_something_do_size_the_need(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


# ---------------------------------------------------------------- the words of a strategy document


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Behovet", "Vi ser et behov for å styrke samarbeidet og utvikle tjenestene videre. Det er viktig at innbyggerne får gode og helhetlige tjenester, og vi ønsker å jobbe mer helhetlig på tvers av sektorene. Mange aktører er involvert, og det kan være krevende å koordinere innsatsen. Digitaliseringen gir nye muligheter, og vi ønsker å utnytte dem bedre."),
        ("Behovet", "Vi ser eit behov for å styrkje samarbeidet og utvikle tenestene vidare. Det er viktig at innbyggjarane får gode og heilskaplege tenester, og vi ønskjer å arbeide meir heilskapleg på tvers av sektorane. Mange aktørar er involverte, og det kan vere krevjande å koordinere innsatsen. Digitaliseringa gir nye moglegheiter, og vi ønskjer å nytte dei betre."),
        ("The need", "We see a need to strengthen cooperation and develop our services further. It is important that residents receive good and coherent services, and we want to work more holistically across sectors. Many actors are involved, and coordinating the effort can be demanding. Digitalisation offers new opportunities, and we want to make better use of them."),
    ],
)
def test_a_need_told_in_the_words_of_a_strategy_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Behovet", "Tjenestene må bli mer helhetlige: i 2024 hadde 340 familier i kommunen kontakt med fire eller flere tjenester samtidig, og 60 prosent av dem måtte fortelle historien sin på nytt hver gang. Ventetiden fra bekymringsmelding til første tiltak var i snitt 9 uker, og 45 barn ble plassert utenfor hjemmet."),
        ("The need", "Services must become more coherent: in 2024, 340 families in the municipality were in touch with four or more services at once, and 60 per cent of them had to tell their story again each time. The wait from a report of concern to the first measure averaged 9 weeks, and 45 children were placed outside the home."),
    ],
)
def test_a_strategy_word_beside_a_need_told_in_figures_does_not_flip_it(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"
