"""A date in brackets in a plan («Pilot i åtte barnehagar (haust 2026)», «Dialogue conference
(spring 2026)», «Kartlegging (1. kvartal 2025)») says when something happens, not where a figure
comes from: it names no source. A body or a report with its year in brackets («(SSB, 2023)»,
«(Helse Fonna 2024)») still does. Each reading in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

from .one_criterion import one_result


def data_backing(text: str) -> str:
    return one_result(text, "data-backing").status.value


def sketch(need: str, plan: str) -> str:
    return (f"# Skisse\n\n**Søker:** Lørenskog kommune\n\n## Behov\n\n{need}\n\n## Gjennomføring\n\n{plan}\n\n"
            "## Budsjett\n\n- Prosjektledelse: 1 000 000 kr\n")


PLANS = [
    ("Energibruken i ventilasjonen skal ned med minst 25 %. Inneklimaet i barnehagane er dårleg om ettermiddagen.",
     "1. Kartlegging av anlegga (haust 2025)\n2. Dialogkonferanse (vinter 2026)\n3. Pilot i 8 barnehagar (vår 2026)\n"),
    ("Energibruken i ventilasjonen skal ned med minst 25 %. Inneklimaet i barnehagene er dårlig om ettermiddagen.",
     "1. Kartlegging av anleggene (1. kvartal 2025)\n2. Dialogkonferanse (januar 2026)\n3. Pilot i 8 barnehager (høst 2026)\n"),
    ("Energy use for ventilation is to fall by at least 25 %. The indoor air in the kindergartens is poor in the afternoon.",
     "1. Review of the ventilation systems (autumn 2025)\n2. Dialogue conference (Q1 2026)\n3. Pilot in 8 kindergartens (spring 2026)\n"),
]


@pytest.mark.parametrize(("need", "plan"), PLANS)
def test_a_date_in_brackets_in_the_plan_names_no_source(need: str, plan: str) -> None:
    assert data_backing(sketch(need, plan)) != "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Om lag 38 % av barnehagane har for høg CO2 om ettermiddagen (FHI, 2023), og 12 av 30 bygg er frå før 1985 (Lørenskog eigedom 2024).",
        "Om lag 38 % av barnehagene har for høy CO2 om ettermiddagen (FHI, 2023), og 12 av 30 bygg er fra før 1985 (Lørenskog eiendom 2024).",
        "About 38 % of the kindergartens have too much CO2 in the afternoon (FHI, 2023), and 12 of 30 buildings predate 1985 (Lørenskog eiendom 2024).",
    ],
)
def test_a_body_with_its_year_in_brackets_is_still_a_source(need: str) -> None:
    assert data_backing(sketch(need, "1. Dialogkonferanse (vinter 2026)\n")) == "pass"


# ---------------------------------------------------------------- a source that is the subject of its verb


def sources_named(text: str, lang: str = "en") -> str:
    from assistant.core.judging.engine import report_in

    report = report_in(check_sketch(parse_sketch(text)), lang)
    return " ".join(f.message for c in report.criteria if c.id == "data-backing" for f in c.findings)


@pytest.mark.parametrize(
    ("need", "name"),
    [
        ("Dysleksi Norge anslår at 5–10 prosent av befolkningen har dysleksi. Hos oss har 11 av 96 elever vedtak om spesialundervisning.", "Dysleksi Norge"),
        ("Frisklivskoordinatorane anslår at dei brukar 3–4 timar i veka på påmeldingar, og 60 av 340 deltakarar melde seg av i fjor.", "Frisklivskoordinatorane"),
        ("The Dyslexia Association estimates that 5–10 per cent of people have dyslexia. Here 11 of 96 pupils have special needs decisions.", "Dyslexia Association"),
    ],
)
def test_a_source_named_before_its_verb_is_shown_by_name(need: str, name: str) -> None:
    message = sources_named(sketch(need, "1. Dialogkonferanse (vinter 2026)\n"))
    assert name in message
    assert ": ." not in message and f"The {name}" not in message


# ---------------------------------------------------------------- a body named where the work happens


@pytest.mark.parametrize(
    "need",
    [
        "Rundt sju av ti unge mottakere av AAP har en psykisk lidelse, og antallet har økt med 40 prosent på fem år. Målet er at andelen i arbeid "
        "ett år etter første kontakt med NAV skal øke med 25 prosent. Utprøvingen skjer ved NAV Stavanger våren 2027.",
        "Rundt sju av ti unge mottakarar av AAP har ei psykisk liding, og talet har auka med 40 prosent på fem år. Målet er at delen i arbeid "
        "eitt år etter første kontakt med NAV skal auke med 25 prosent. Utprøvinga skjer ved NAV Stavanger våren 2027.",
        "About seven in ten young AAP recipients have a mental illness, and their number has risen by 40 per cent in five years. The aim is that "
        "the share in work a year after first contact with NAV shall increase by 25 per cent. The trial runs at NAV Stavanger in spring 2027.",
    ],
)
def test_a_body_named_in_a_target_or_a_dated_step_is_no_source(need: str) -> None:
    assert data_backing(sketch(need, "1. Innsikt (våren 2026)\n")) != "pass"


@pytest.mark.parametrize(
    "need",
    [
        "Ifølge NAV har rundt 70 prosent av unge mottakere av AAP en psykisk lidelse, og antallet har økt med 40 prosent på fem år (NAV, 2024).",
        "According to NAV, about 70 per cent of young AAP recipients have a mental illness, and their number has risen by 40 per cent in five years (NAV, 2024).",
    ],
)
def test_a_body_named_as_the_origin_of_a_figure_is_a_source(need: str) -> None:
    assert data_backing(sketch(need, "1. Innsikt (våren 2026)\n")) == "pass"
