"""A part headed «Hvorfor oss» passes on a reason read in it, not on its length: the finding quotes
the reason («Vi har drevet felles legevakt sidan 2015»), never only «Delen finnes (25 ord)». Claims
of size or responsibility («vi er landets største», «vi har ansvaret for») are no reasons: a part
made only of them warns and says why. Near misses that stay a pass: a size claim followed in the
same sentence by a deed or a holding («… og har drevet nattlege sammen med nabokommunene siden
2015», «… og eier kontrollstasjonen»), and a place said to suit testing («godt egnet for testing»).
«For det første» counts off points; it is no first position."""

from __future__ import annotations

import pytest

from .one_criterion import one_result, why_us_sketch

def verdict(heading: str, why: str) -> tuple[str, str]:
    c = one_result(why_us_sketch(heading=heading, why=why), "why-us")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("heading", "why", "quoted"),
    [
        ("Hvorfor oss", "Grimstad og Arendal har drevet felles legevakt siden 2015 og kjenner rutinene for nattskyss godt.", "har drevet felles legevakt siden 2015"),
        ("Kvifor oss", "Kommunane har samarbeidd om skuleskyss sidan 2012, og dei kjenner kontraktane med dei lokale drosjeselskapa i detalj.", "har samarbeidd om skuleskyss sidan 2012"),
        ("Why us", "We hold the register of every school trip since 2010, and the county owns the buses used on the routes.", "We hold the register of every school trip"),
        ("Hvorfor oss", "Vi er landets største kommune på feltet og har drevet nattlege sammen med nabokommunene siden 2015.", "har drevet nattlege"),
        ("Hvorfor oss", "Tromsø har et kaldt klima og en stor bygningsmasse, og er derfor godt egnet for testing av nye løsninger. Vi har en dyktig driftsorganisasjon.", "godt egnet for testing"),
    ],
)
def test_a_reason_in_the_part_is_quoted(heading: str, why: str, quoted: str) -> None:
    status, message = verdict(heading, why)
    assert status == "pass", (why, message)
    assert quoted in message, message
    assert "ord)." not in message and "words)." not in message, message


@pytest.mark.parametrize(
    ("heading", "why"),
    [
        ("Hvorfor oss", "Vi er landets største kommune på Sørlandet med mange skoler og mange elever, og vi har ansvaret for all skoleskyss i hele fylket."),
        ("Kvifor oss", "Vi er den største kommunen i regionen og har ansvaret for alle sjukeheimane og heile heimetenesta i kommunen vår."),
        ("Why us", "We are the largest municipality in the county and are responsible for all schools and all school transport in the whole region."),
        ("Hvorfor oss", "For det første er vi en stor og attraktiv kommune med mange innbyggere. For det andre har vi ansvaret for skolene i hele regionen."),
    ],
)
def test_size_and_responsibility_alone_give_no_reason(heading: str, why: str) -> None:
    status, message = verdict(heading, why)
    assert status != "pass", (why, message)
    assert "ingen grunn" in message or "no reason" in message, message
