"""Virtual reality is a technology like an app or a sensor: a sketch whose goal is to develop a
VR lab or VR headsets starts from technology; VR named as one possibility among others does not
make it do so."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def _status(summary: str, need: str) -> str:
    text = f"# Skisse\n\n**Søker:** Fredrikstad kommune\n\n## Sammendrag\n\n{summary}\n\n## Behov\n\n{need}\n"
    return check_sketch(parse_sketch(text)).criterion("not-technology-first").status.value


VR_FIRST = [
    ("Skolen vil utvikle en VR-basert realfagslab der elevene gjør forsøk i virtuell virkelighet.",
     "Elevene skårer svakere i naturfag enn før, og mange skoler mangler laboratorier."),
    ("Skulen vil utvikle ein VR-lab for realfag, der elevane gjer forsøk med VR-briller.",
     "Elevane skårar svakare i naturfag enn før, og mange skular manglar laboratorium."),
    ("We will develop a VR lab in which pupils run experiments in virtual reality.",
     "Pupils score lower in science than before, and many schools lack laboratories."),
]


@pytest.mark.parametrize(("summary", "need"), VR_FIRST)
def test_a_goal_to_develop_a_vr_lab_starts_from_technology(summary, need):
    assert _status(summary, need) == "fail"


def test_near_miss_vr_named_as_one_possibility_is_no_starting_point():
    summary = (
        "Elevene skårer svakere i naturfag enn før, og mange skoler mangler laboratorier og tid til forsøk. "
        "Vi vet ikke hva løsningen er: det kan være nye måter å organisere undervisningen på, delte lab-er, VR eller noe helt annet."
    )
    assert _status(summary, "Lærerne har lite tid til å forberede praktiske forsøk, og 40 % av skolene har ingen lab.") == "pass"
