"""A need referred elsewhere instead of told: «Utfordringene er godt kjent og beskrevet i mange
rapporter … vi mener det ikke er nødvendig å gjenta dem her», with the field left open («det kan
handle om alt fra kompetanse til infrastruktur»), and no figure, is no need described. So is a
text without a need part that speaks of «store endringer» and of having to «tenke helt nytt».
The applicant's own size («14 grunnskoler med over 3 500 elever») and the share of a post the
project staffs («i 100 % stilling») size no need. Near misses that must stay a pass: a need that
cites a report and tells the problem with its figures. Each reading in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.judging.checks_section import _need_figures
from assistant.core.sketch.document import parse_sketch


def need(text: str) -> str:
    return check_sketch(parse_sketch(text)).statuses()["need-described"]


def sketch(heading: str, body: str) -> str:
    return f"# Skisse\n\n**Søker:** Finnmark fylkeskommune\n\n## {heading}\n\n{body}\n\n## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n"


REFERRED = [
    ("Hva er behovet?", "Næringslivet i regionen trenger et løft, og vi ser at mange bedrifter sliter med å finne folk. Det kan handle om alt fra kompetanse og rekruttering til infrastruktur og energi. Utfordringene er godt kjent og beskrevet i mange rapporter og planer, blant annet i den regionale planstrategien. Vi mener derfor det ikke er nødvendig å gjenta dem her."),
    ("Kva er behovet?", "Næringslivet i regionen treng eit løft, og vi ser at mange bedrifter slit med å finne folk. Det kan handla om alt frå kompetanse og rekruttering til infrastruktur og energi. Utfordringane er godt kjende og skildra i fleire rapportar og planar, mellom anna i den regionale planstrategien. Vi meiner difor det ikkje er naudsynt å gjenta dei her."),
    ("What is the need?", "Business in the region needs a lift, and we see that many companies struggle to find people. It can be about anything from skills and recruitment to infrastructure and energy. The challenges are well known and described in many reports and plans, among them the regional planning strategy. We therefore think it is not necessary to repeat them here."),
]


@pytest.mark.parametrize(("heading", "body"), REFERRED)
def test_a_need_referred_to_reports_is_not_described(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "warn"


TOLD = [
    ("Hva er behovet?", "I Øst-Finnmark står 140 stillinger i fiskeindustrien ubesatt, og 35 prosent av bedriftene oppgir at de har avslått oppdrag det siste året fordi de mangler folk. Utfordringene er beskrevet i flere rapporter, blant annet fra NIBR, men ingen av tiltakene har snudd utviklingen: fraflyttingen har vært 1,2 prosent i året siden 2015."),
    ("Kva er behovet?", "I Aust-Finnmark står 140 stillingar i fiskeindustrien ledige, og 35 prosent av bedriftene seier at dei har takka nei til oppdrag det siste året fordi dei manglar folk. Utfordringane er skildra i fleire rapportar, mellom anna frå NIBR, men ingen av tiltaka har snudd utviklinga: fråflyttinga har vore 1,2 prosent i året sidan 2015."),
    ("What is the need?", "In East Finnmark 140 posts in the fish industry stand vacant, and 35 per cent of the firms say they turned down work last year for lack of staff. The challenges are described in several reports, among them from NIBR, but none of the measures has turned the trend: out-migration has been 1.2 per cent a year since 2015."),
]


@pytest.mark.parametrize(("heading", "body"), TOLD)
def test_a_need_told_with_figures_may_cite_a_report(heading: str, body: str) -> None:
    assert need(sketch(heading, body)) == "pass"


UNHEADED = {
    "nb": "# Fremtidens skole\n\n**Søker:** Molde kommune\n\nHvorfor søker vi?\n\nSkolen står overfor store endringer. Elevene er mer forskjellige enn før, lærerne opplever et stadig større press, og forventningene fra foreldre øker. Mange elever trives ikke og lærer ikke så mye som de kunne. Vi trenger å tenke helt nytt om hvordan skolen kan organiseres. Dette er et problem i hele Norge, ikke bare hos oss.\n\nHvorfor er dere best egnet?\n\nMolde har 14 grunnskoler med over 3 500 elever. En prosjektleder ansettes i 100 % stilling.\n",
    "nn": "# Framtidas skule\n\n**Søkjar:** Molde kommune\n\nKvifor søkjer vi?\n\nSkulen står overfor store endringar. Elevane er meir ulike enn før, lærarane opplever eit stadig større press, og forventningane frå foreldra aukar. Mange elevar trivst ikkje og lærer ikkje så mykje som dei kunne. Vi må tenkje heilt nytt om korleis skulen kan organiserast. Dette er eit problem i heile Noreg, ikkje berre hos oss.\n\nKvifor er de best eigna?\n\nMolde har 14 grunnskular med over 3 500 elevar. Ein prosjektleiar blir tilsett i 100 % stilling.\n",
    "en": "# The school of the future\n\n**Applicant:** Molde kommune\n\nWhy do we apply?\n\nThe school faces major changes. Pupils differ more than before, teachers feel ever greater pressure, and the expectations of parents are rising. Many pupils do not thrive and learn less than they could. We need to think completely anew about how school is organised. This is a problem all over Norway, not only here.\n\nWhy are you best placed?\n\nMolde has 14 primary schools with over 3 500 pupils. A project manager is hired in a 100 % position.\n",
}


@pytest.mark.parametrize("lang", sorted(UNHEADED))
def test_a_text_of_change_and_thinking_anew_tells_no_need(lang: str) -> None:
    c = next(c for c in check_sketch(parse_sketch(UNHEADED[lang])).criteria if c.id == "need-described")
    assert c.status.value == "warn"
    said = " ".join(f.message for f in c.findings)
    # Told as general words («tenke helt nytt») or as trends («store endringer»), not as too few words.
    assert "nytt" in said or "anew" in said or "utviklingstrekk" in said, said


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Molde har 14 grunnskoler med over 3 500 elever.", 0),
        ("Kvam har 3 ungdomsskular.", 0),
        ("En prosjektleder ansettes i 100 % stilling.", 0),
        ("A project manager is hired in a 50 % position.", 0),
        ("Ventetida er 11 veker, og 28 prosent av innleggingane kjem etter fall.", 2),
        ("Andelen elever med spesialundervisning er 8 % i Molde.", 1),
    ],
)
def test_the_applicants_size_and_the_projects_staffing_size_no_need(text: str, count: int) -> None:
    assert _need_figures(text) == count
