"""A «why us» part of one sentence that only claims («Lillestrøm kommune er en stor kommune med
mange saker, og vi mener derfor vi er godt egnet», «The Courts Administration is responsible for
the district courts and has the necessary knowledge») gives no reason: it warns, however many of
the criterion's words it holds, and role descriptions in the partners' part do not make up for
it. One sentence that shows a reason (a figure, an earlier deed, data or assets held, a first or
only position, an arrangement shared already, representativity or spread) still passes, and so
does a part of two or more sentences. Each reading in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result
from .test_verdicts_why_us import full


def result(text: str):
    return one_result(text, "why-us")


HEADING = {"nb": "## Hvorfor oss\n\n", "nn": "## Kvifor oss\n\n", "en": "## Why us\n\n"}
PARTNERS = {
    "nb": "## Partnere\n\nValle kommune deltar med sin hjemmetjeneste. Agder fylkeskommune er med fordi fylkeskommunen har ansvar for regional utvikling.\n\n",
    "nn": "## Partnarar\n\nValle kommune deltek med heimetenesta si. Agder fylkeskommune er med fordi fylkeskommunen har ansvar for regional utvikling.\n\n",
    "en": "## Partners\n\nValle Municipality takes part with its home care service. Agder County Authority joins because the county is responsible for regional development.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nb", "Bykle kommune er en stor hyttekommune med mye erfaring, og er derfor godt egnet til å lede prosjektet."),
        ("nb", "Vi kjenner vann- og avløpsanleggene i Setesdal godt og er derfor godt rustet."),
        ("nb", "Bykle er et naturlig sted å starte."),
        ("nb", "Vi er to kommuner som ligger tett på hverandre og som ønsker å samarbeide om dette."),
        ("nn", "Bykle kommune er ein innovativ kommune med lang erfaring frå vatn og avløp."),
        ("nn", "Vi har ansvaret for anlegga og har den kompetansen som trengst, og er difor godt eigna."),
        ("en", "Bykle Municipality is responsible for the plants and has the necessary knowledge."),
        ("en", "As a large municipality with many cabins we are well placed to lead this work."),
    ],
)
def test_one_sentence_that_only_claims_warns(lang: str, sentence: str) -> None:
    found = result(full(lang, HEADING[lang] + sentence))
    assert found.status.value == "warn"
    # A sentence under the part's length is told it is short; a longer one is quoted as a claim.
    quoted = any(sentence[:30] in f.message for f in found.findings)
    assert quoted or len(sentence.split()) < 15


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_partners_roles_do_not_make_up_for_a_lone_claim(lang: str) -> None:
    claim = {"nb": "Bykle er et naturlig sted å starte.", "nn": "Bykle er ein naturleg stad å starte.", "en": "Bykle is a natural place to start."}[lang]
    assert result(full(lang, PARTNERS[lang] + HEADING[lang] + claim)).status.value == "warn"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a figure
        ("nb", "Bykle har 4 200 hytter og tre renseanlegg, og vi er derfor godt egnet til å teste nye løsninger."),
        # an earlier deed
        ("nb", "Vi har levert tilsvarende løsninger for sesongdrift i Hemsedal og Trysil."),
        ("nn", "Dei to kommunane har samarbeidd om vatn og avløp i mange år og kjenner utfordringane godt."),
        ("en", "We have run the joint water utility for the valley and know its weak points well."),
        # data or assets held, a first or only position
        ("nb", "Vi har dataene og brukerne, og vi har et av landets største fagmiljø på vann i innlandet."),
        ("nn", "Kommunen eig alle anlegga i dalen og har driftsdata frå kvar einaste pumpestasjon gjennom dei siste åra."),
        ("en", "The municipality is the only body that owns both the plants and the pipe network."),
        # an arrangement shared already, representativity, spread
        ("nb", "To kommuner med samme behov og felles driftsorganisasjon for vann og avløp."),
        ("nn", "Vi er to små kommunar med felles driftsoperatør og låg last om vinteren, typiske for hyttekommunane i landet."),
        ("en", "Bykle and Valle cooperate on water supply, and the county can spread the solution to other cabin municipalities."),
        # a pointer to where the argument stands
        ("nb", "Se delen om partnerskapet over, der hver partners erfaring er beskrevet."),
    ],
)
def test_one_sentence_that_shows_a_reason_passes(lang: str, sentence: str) -> None:
    assert result(full(lang, HEADING[lang] + sentence)).status.value == "pass"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "Bykle er en stor hyttekommune med mye erfaring. Vi har en dyktig driftsorganisasjon som kjenner anleggene godt, og Valle har et annet klima og en annen last."),
        ("nn", "Bykle er ein stor hyttekommune med mykje erfaring. Vi har ein dyktig driftsorganisasjon som kjenner anlegga godt, og Valle har eit anna klima og ei anna last."),
        ("en", "Bykle is a large cabin municipality with much experience. We have a capable operations team that knows the plants well, and Valle has another climate and another load."),
    ],
)
def test_a_part_of_more_sentences_is_not_read_as_a_lone_claim(lang: str, part: str) -> None:
    found = result(full(lang, HEADING[lang] + part))
    assert not any("one sentence" in f.message or "én setning" in f.message or "éi setning" in f.message for f in found.findings)


# ---------------------------------------------------------------- an argument folded into the partnership


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Partnerskapet\n\nBykle og Valle kommuner er typiske for hyttekommunene i Norge, og resultatene kan overføres til de rundt 60 andre kommunene. Universitetet i Agder har et sterkt forskningsmiljø på vannteknologi."),
        ("nn", "## Partnarskapet\n\nBykle og Valle er representative for hyttekommunane i landet. Vi har driftsdata frå alle reinseanlegga sidan 2015, og Universitetet i Agder deltek med forskarar."),
        ("en", "## The partnership\n\nBykle and Valle are representative of Norway's cabin municipalities, and the results are transferable to some 60 others. We hold operating data from every plant since 2015."),
        ("en", "## The partnership\n\nThe municipalities piloted remote meter reading in 2021 and bring what they learned. The University of Agder takes part with researchers."),
        ("nb", "## Partnerskapet\n\nKommunene har tidligere gjennomført et pilotprosjekt med fjernavlesing av vannmålere. Universitetet i Agder deltar med forskere."),
    ],
)
def test_an_argument_folded_into_the_partnership_paragraph_counts(lang: str, part: str) -> None:
    assert result(full(lang, part)).status.value == "pass"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "## Partnerskapet\n\nBykle kommune er søker. Valle kommune deltar. Agder fylkeskommune deltar med en brukerrepresentant i referansegruppen."),
        ("nn", "## Partnarskapet\n\nBykle kommune er søkjar, og Valle kommune er med. Vi har ikkje data om lekkasjane enno, og vi har ikkje prøvd ut noko før."),
        ("en", "## The partnership\n\nBykle Municipality leads the project. Valle Municipality takes part, and a reference group with user representatives will be set up."),
    ],
)
def test_who_takes_part_or_what_is_lacking_is_no_argument(lang: str, part: str) -> None:
    assert result(full(lang, part)).status.value == "warn"


@pytest.mark.parametrize(
    ("lang", "part", "verdict"),
    [
        ("nb", "**Hvorfor oss?** Vi er godt rustet til dette, og vi gleder oss til å komme i gang med prosjektet sammen med gode partnere.", "warn"),
        ("nn", "**Kvifor oss?** Vi er ein stor og nyskapande kommune, og difor er vi svært godt eigna til å leie dette viktige arbeidet.", "warn"),
        ("en", "**Why us?** We are a large and innovative municipality, and we are therefore very well placed to lead this important work.", "warn"),
        # the near miss: one sentence under the lead-in that shows its reason
        ("nn", "**Kvifor oss?** Vi har drive heimetenester i fjellbygdene sidan 1998 og har data frå alle besøka dei siste fem åra.", "pass"),
        ("en", "**Why us?** We have run the valley's joint water utility since 2009 and hold operating data from every plant it owns.", "pass"),
    ],
)
def test_one_sentence_under_a_lead_in_is_read_the_same(lang: str, part: str, verdict: str) -> None:
    assert result(full(lang, part)).status.value == verdict


# ---------------------------------------------------------------- no heading: a named applicant's claim with its reason, representativity


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Bykle kommune er rett søker fordi vi har et krevende klima med mye vekslende last, og fordi alle tre anleggseierne i dalen er med."),
        ("nn", "Bykle kommune er rett søkjar fordi vi har eit krevjande klima med mykje vekslande last, og fordi alle tre anleggseigarane i dalen er med."),
        ("en", "Bykle Municipality is well placed because all three plant owners in the valley take part and the load shifts more here than anywhere."),
        ("nb", "Bykle har rundt 1 000 innbyggere. Vi kan teste raskt fordi vi er små, og situasjonen vår er typisk for de mange små hyttekommunene, som har samme utfordring."),
        ("en", "Bykle has some 1 000 residents. We can test quickly because we are small, and our situation is typical of the many small cabin municipalities that share the same challenge."),
    ],
)
def test_a_reason_said_in_the_prose_without_a_heading_counts(lang: str, text: str) -> None:
    assert result(full(lang, text)).status.value == "pass"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nb", "Bykle kommune er rett søker til dette prosjektet."),
        ("en", "Bykle Municipality is the right applicant for this project."),
    ],
)
def test_a_named_applicants_claim_without_a_reason_does_not(lang: str, text: str) -> None:
    assert result(full(lang, text)).status.value == "warn"
