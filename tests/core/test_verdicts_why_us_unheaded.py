"""A short sketch with no heading for «why us» can still argue it in one paragraph: two different
reasons of that kind there are the part («har samarbeidd om skule i fleire år … vi er vane med å
finne løysingar sjølve»; «have cooperated on ports for many years … a solution that works here will
work in many small coastal municipalities»). The reasons read: long cooperation on something named,
experienced people of one's own, knowing the field better than others, being used to solving such
things, what one has done before, what works here working elsewhere. Near misses that stay a warn:
one such reason alone, and a paragraph that only names the partners or boasts of size."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """Framtidas tenester

Søkjar: Hyllestad kommune, saman med Høyanger kommune

Kommunane har i dag for få lærarar med fagkompetanse, og elevane på dei minste skulane får eit dårlegare tilbod. Grunnskulen er den største einskildposten i budsjetta til begge kommunane, og fleire skular står i fare for å bli lagde ned.

Vi ønskjer å invitere næringslivet og forskingsmiljø til dialog om korleis framtidas grendeskule kan sjå ut, og deretter eit utviklingssamarbeid med bedrifter som har idear.

{why}

Kommunedirektørane i begge kommunane står bak skissa.
"""


def verdict(why: str) -> tuple[str, str]:
    c = one_result(SKETCH.format(why=why), "why-us")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    "why",
    [
        "Hyllestad og Høyanger har samarbeidd om skule i fleire år, mellom anna om felles PP-teneste. Vi har små skular med engasjerte lærarar, og vi er vane med å finne løysingar sjølve.",
        "Hyllestad og Høyanger har samarbeidet om skole i flere år, blant annet om felles PP-tjeneste. Vi har erfarne lærere som kjenner elevene og bygdene godt.",
        "Hyllestad and Høyanger have cooperated on schools for many years, including a joint educational psychology service. We are used to finding our own solutions, and a model that works here will work in many small rural municipalities.",
        "Vi som bur her, kjenner skulane betre enn nokon andre. Vi har tidlegare organisert felles fagdagar for alle lærarane i dei to kommunane.",
        "We know these small schools better than anyone. We have previously run joint training days for all teachers in both municipalities.",
    ],
)
def test_two_reasons_in_one_unheaded_paragraph_are_the_part(why: str) -> None:
    status, message = verdict(why)
    assert status == "pass", (why, message)


@pytest.mark.parametrize(
    "why",
    [
        "Hyllestad og Høyanger har samarbeidd om skule i fleire år.",
        "Partnarane er Hyllestad kommune og Høyanger kommune. Begge har sagt ja til å vere med.",
        "Hyllestad er ein stor, attraktiv og veksande kommune med mange elevar og engasjerte foreldre.",
        "The partners are Hyllestad and Høyanger. We are an innovative and ambitious region.",
    ],
)
def test_one_reason_or_names_alone_still_warn(why: str) -> None:
    status, message = verdict(why)
    assert status != "pass", (why, message)
