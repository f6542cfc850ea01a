"""«Why us» read as something a reader can check about the applicant, not as its words about itself.

With no part headed «why us», one sentence elsewhere (in the need, the partners' part) that shows a
reason of the applicant's own that can be checked argues it unheaded: data, a series or logs it
holds, a register or infrastructure it owns or runs, a pilot it ran, a deed kept up since a year.
Near misses stay a warn: a trend since a year («costs have risen since 2019»), a service every
municipality runs, data it does not have or that is someone else's own, a pilot still to come.

Under a «why us» heading, size and claims are no reason however they are dressed: experience with
large projects left unnamed, a headcount, a job title with «data» in it, a standard's number
(«ISO 14001»), «because we are the best», strong milieus in every municipality. Near misses keep
their pass: a project named, data held, a count of assets, staff counted for what they know
(«12 operators who know every plant»), «because we own the roads».
Each reading in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from .one_criterion import one_result
from .test_verdicts_why_us import BODY, HEAD


def result(text: str):
    return one_result(text, "why-us")


# The last sentence of each need part, before which a sentence is set.
NEED_END = {
    "nb": "Det finnes ingen løsning i markedet",
    "nn": "Det finst inga løysing i marknaden",
    "en": "There is no solution on the market",
}


def with_need_sentence(lang: str, sentence: str) -> str:
    body = BODY[lang].replace(NEED_END[lang], sentence + " " + NEED_END[lang], 1)
    return HEAD[lang] + body


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nb", "Vi har en måleserie fra 2011 med 2,3 millioner målinger av belastningen på anleggene."),
        ("nb", "Kommunen eier ledningsnettet og driver driftssentralen for alle anleggene i dalen."),
        ("nb", "I 2023 kjørte Bykle og Valle piloten «Lett last» i Hovden, og energibruken falt med 18 prosent."),
        ("nn", "Kommunen har sidan 2016 registrert innløp og utslepp kvar time ved alle reinseanlegga."),
        ("nn", "Vi har eigne driftsdata frå kvar pumpestasjon dei siste ti åra."),
        ("en", "Since 2015 the municipality has logged the load on every plant hour by hour."),
        ("en", "We own the pipe network and run the control centre for all plants in the valley."),
    ],
)
def test_a_checkable_reason_elsewhere_argues_the_part_unheaded(lang: str, sentence: str) -> None:
    found = result(with_need_sentence(lang, sentence))
    assert found.status.value == "pass", [f.message for f in found.findings]
    assert any(sentence[:25] in f.message for f in found.findings)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nb", "Kostnadene har økt hvert år siden 2019."),
        ("nb", "Kommunen driver hjemmetjenesten og legevakten selv."),
        ("nb", "Vi har ikke data om belastningen på det enkelte anlegget."),
        ("nn", "Vi skal køyre ein pilot i 2027 dersom prosjektet får støtte."),
        ("en", "Since 2022 the municipality has settled more cabin owners than ever before."),
        ("en", "We have no measurements of the load on each plant."),
        ("nb", "Hvert fagsystem hos leverandørene har sine egne data og sin egen databasestruktur."),
        ("en", "Each supplier's case system has its own database structure."),
    ],
)
def test_a_trend_a_plain_service_or_data_lacking_is_no_reason(lang: str, sentence: str) -> None:
    assert result(with_need_sentence(lang, sentence)).status.value == "warn"


HEADING = {"nb": "## Hvorfor oss?\n\n", "nn": "## Kvifor oss?\n\n", "en": "## Why us?\n\n"}


def headed(lang: str, part: str) -> str:
    return HEAD[lang] + BODY[lang] + "\n" + HEADING[lang] + part + "\n"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        (
            "nb",
            "Bykle kommune er en av landets største hyttekommuner og har lang erfaring med store byggeprosjekter og eiendomsforvaltning. "
            "Vi har solid kompetanse i teknisk avdeling, med over 120 ansatte. Sammen er vi godt rustet til å gjennomføre prosjektet.",
        ),
        ("nb", "Fordi vi er best i klassen. Vi har et sterkt fagmiljø og en politisk ledelse som heier på nye løsninger. Vi har det som skal til."),
        ("nn", "Vi har lang erfaring med store nasjonale prosjekt og sterke fagmiljø i alle seks kommunane. Vi har eit godt samarbeidsklima og er godt rusta."),
        ("en", "We are a fast-growing team of 14 developers and data scientists with strong investors behind us. Our technology is proven and scalable."),
        ("en", "Bykle is one of the largest cabin municipalities in Norway. We have a strong environmental profile and are ISO 14001-certified. Together we have the size needed."),
    ],
)
def test_size_and_claims_dressed_as_reasons_warn(lang: str, part: str) -> None:
    assert result(headed(lang, part)).status.value == "warn"


@pytest.mark.parametrize(
    ("lang", "part"),
    [
        ("nb", "Vi har erfaring fra prosjektet «Lett last» i 2021–2023, der energibruken i to anlegg falt med 18 prosent. Sammen er vi godt rustet."),
        ("nb", "Fordi vi eier ledningsnettet og alle anleggene, kan vi teste nye løsninger der problemet oppstår. Vi er godt rustet."),
        ("nn", "Vi har 14 målestasjonar i vassdraget som har målt utslepp kvar time. Saman er vi godt rusta til å gjere dette."),
        ("en", "We have data from 300 000 plant hours and a team that ran the county's first load-control trial. Together we are well placed."),
        ("nn", "Driftssentralen har 12 driftsoperatørar som kjenner kvart anlegg i dalen. Saman er vi godt rusta til å gjere dette."),
    ],
)
def test_a_checkable_reason_under_the_heading_still_passes(lang: str, part: str) -> None:
    assert result(headed(lang, part)).status.value == "pass"
