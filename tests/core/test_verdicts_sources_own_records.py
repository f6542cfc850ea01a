"""Figures from the applicant's own records say where they come from as a named register does:
measurements the applicant made, what a body registered or measured, an analysis or a count dated
by its year, the data the applicant has kept since a year, an own system named in brackets. A
figure told with none of these («i året», «rundt») names no source, and care work called
«dokumentasjon» is no documentation of a figure."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def _status(need: str) -> str:
    text = f"# Skisse\n\n**Søker:** Oslo kommune\n\n## Behov\n\n{need}\n"
    return check_sketch(parse_sketch(text)).criterion("data-backing").status.value


OWN_RECORDS = [
    # nb: measurements the applicant made, and what an agency registered.
    "Oslo har 184 skoler. Målinger vi gjorde i 2023 i 61 skoler viste for høy CO2 i 38 % av klasserommene. "
    "Utdanningsetaten registrerte samme år 1 240 meldinger om dårlig luft.",
    # nn: a dated analysis of the waste.
    "Selskapet samlar inn avfall frå 120 000 innbyggjarar. Delen feilsortert matavfall var 11 prosent i plukkanalysen frå 2025, "
    "og i plastavfallet om lag 24 prosent.",
    # nb: own systems named in brackets.
    "Kommunen har om lag 2 100 brukere av hjemmesykepleie. Nattpatruljen kjørte 187 000 km i 2024 (kommunens flåtestyring), "
    "og 96 brukere ble funnet etter fall om natten (avviksmeldinger).",
    # en: what a body recorded, and own logbooks in brackets.
    "The harbour has 40 berths. The harbour office recorded 310 delays in 2024, and ships waited 2 100 hours in all (our logbooks).",
    # nb: data kept since a year.
    "Vi renser avløpet fra 14 kommuner med 380 000 innbyggere og sitter igjen med 42 000 tonn slam. "
    "Vi har analysedata på slamkvaliteten fra hver uke siden 2015.",
]


@pytest.mark.parametrize("need", OWN_RECORDS)
def test_figures_from_the_applicants_own_records_name_their_source(need):
    assert _status(need) == "pass"


UNSOURCED = [
    # nb: figures told as a rough yearly size, the work itself called «dokumentasjon».
    "Barnevernet mottar rundt 2 600 bekymringsmeldinger i året. Omtrent 40 prosent av sakene går over fristen, "
    "og en saksbehandler bruker over halvparten av tiden på dokumentasjon.",
    # en: staff «counted» is told, not a record named; a year alone is no source.
    "About one in three people over 65 fall each year, and 9 000 break a hip. The district has 150 users who live alone.",
    # nn: a measurement planned, not made.
    "Vi har 61 skular og 38 % av klasseromma har dårleg luft. Vi vil gjere målingar i 2026 i alle skulane.",
]


@pytest.mark.parametrize("need", UNSOURCED)
def test_near_miss_figures_without_a_record_behind_them_name_no_source(need):
    assert _status(need) != "pass"
