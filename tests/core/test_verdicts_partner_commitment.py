"""Partners who have committed, as evaluators read them, next to bodies only hoped for: a name in
the partners' field marked «(interessert)», «(invited)», «(ikke bekreftet)»; bodies the writer
has only presented the idea to and found positive; bodies the writer hopes will join or plans to
approach; «no formal agreements have been made». And a partners' field under a short key
(«**Med:** Oslo kommune, Lillestrøm kommune og FHI»). Each in bokmål, nynorsk and English, with
the near miss that must still count: a body that has committed, whatever else the sentence says."""

from __future__ import annotations

import pytest

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

BODY = "\n\n## Behov\n\nOvervann gir skader for 1,1 milliarder kroner i Oslo (Finans Norge, 2023).\n"


def parties(head: str, part: str = "") -> tuple[list[str], str]:
    sketch = parse_sketch("# Skisse\n\n" + head + BODY + ("\n## Partnere\n\n" + part + "\n" if part else ""))
    report = check_sketch(sketch)
    status = next(c for c in report.criteria if c.id == "public-collaboration").status.value
    return [b.name for b in sketch.public_bodies], status


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Brukonsult Nord AS\n**Samarbeidspartnere:** Nordland fylkeskommune (interessert), Vefsn kommune (interessert), SINTEF",
        "**Søkjar:** Bruteknikk Vest AS\n**Partnarar:** Vestland fylkeskommune (invitert), Stad kommune (ikkje stadfesta)",
        "**Applicant:** Bridgecheck AS\n**Partners:** Nordland County Authority (interested), Vefsn Municipality (to be confirmed)",
        "**Søker:** Statens vegvesen\n**Partnere:** Bodø kommune (positiv), Saltdal kommune (informert)",
    ],
)
def test_names_marked_only_interested_in_the_field_are_not_partners(head: str) -> None:
    names, status = parties(head)
    assert len(names) <= 1, (head, names)
    assert status == "warn"


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Statens vegvesen\n**Partnere:** Bodø kommune (testarena), Saltdal kommune (vertskommune)",
        "**Applicant:** Kystverket\n**Partners:** Flora kommune (host municipality), Vestland fylkeskommune (co-funding)",
        "**Søkjar:** Statens vegvesen\n**Partnarar:** Bodø kommune (signert intensjonsavtale), Saltdal kommune",
    ],
)
def test_names_with_a_role_in_brackets_stay_partners(head: str) -> None:
    names, status = parties(head)
    assert len(names) >= 2, (head, names)
    assert status == "pass"


@pytest.mark.parametrize(
    "part",
    [
        "We have presented the idea to NAV Kristiansand and to the welfare department of Kristiansand Municipality, and both were positive to the idea of an innovation partnership on this topic. We hope they will take part in the project if the sketch is selected, and we also plan to approach Arendal Municipality and NAV Agder. No formal agreements have been made at this stage.",
        "Vi har presentert ideen for NAV Kristiansand og for helse- og velferdsområdet i Kristiansand kommune, og begge var positive. Vi håper de blir med dersom skissen blir valgt, og vi planlegger å kontakte Arendal kommune og NAV Agder. Det er ikke inngått noen avtaler ennå.",
        "Vi har lagt fram ideen for NAV Kristiansand og Kristiansand kommune, og begge var positive. Vi håpar dei blir med, og vi vil også kontakte Arendal kommune og NAV Agder.",
        "Vi har tett kontakt med Nordland fylkeskommune og Vefsn kommune, som begge har sagt at de er interessert i å delta i et pilotprosjekt.",
    ],
)
def test_bodies_only_hoped_for_are_not_partners(part: str) -> None:
    names, status = parties("**Søker:** Nordvik Rådgivning AS", part)
    assert names == [], names
    assert status == "warn"


@pytest.mark.parametrize(
    "part",
    [
        "Kristiansand kommune og Arendal kommune deltar med ansatte og testarenaer, og begge har signert en intensjonsavtale.",
        "Kristiansand Municipality and Arendal Municipality take part as pilot sites and have committed staff to the project.",
        "Kristiansand kommune og Arendal kommune er partnarar og stiller med tilsette i heile prosjektperioden.",
    ],
)
def test_bodies_that_commit_stay_partners(part: str) -> None:
    names, status = parties("**Søker:** Nordvik Rådgivning AS", part)
    assert len(names) == 2, names
    assert status == "pass"


@pytest.mark.parametrize(
    "head",
    [
        "**Søker:** Mattilsynet, region Øst\n**Med:** Oslo kommune (Næringsetaten), Lillestrøm kommune og Folkehelseinstituttet",
        "**Søkjar:** Mattilsynet, region Vest\n**Saman med:** Bergen kommune og Askøy kommune",
        "**Applicant:** The Norwegian Food Safety Authority\n**Together with:** Oslo Municipality and Lillestrøm Municipality",
    ],
)
def test_a_short_with_key_names_the_partners(head: str) -> None:
    names, status = parties(head)
    assert len(names) >= 3, (head, names)
    assert status == "pass"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Bodø kommune", "Saltdal kommune og Fauske kommune vil bli invitert til å delta."),
        ("**Søker:** Bodø kommune", "Saltdal kommune og Fauske kommune er informert om prosjektet."),
        ("**Søkjar:** Bodø kommune", "Saltdal kommune og Fauske kommune skal inviterast med når skissa er godkjend."),
        ("**Søkjar:** Bodø kommune", "Vi har vore i kontakt med Saltdal kommune og Fauske kommune, som er positive til prosjektet."),
        ("**Applicant:** Bodø Municipality", "Saltdal Municipality and Fauske Municipality will be invited to join."),
        ("**Applicant:** Bodø Municipality", "Saltdal Municipality has expressed interest, and we will approach Fauske Municipality after the summer."),
    ],
)
def test_bodies_to_be_invited_or_only_informed_are_not_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) == 1, names
    assert status == "warn"


@pytest.mark.parametrize(
    ("head", "part"),
    [
        ("**Søker:** Bodø kommune", "Saltdal kommune stiller med to årsverk, og Fauske kommune bidrar med testarena."),
        ("**Søkjar:** Bodø kommune", "Saltdal kommune og Fauske kommune var positive frå starten og har no vedteke å delta."),
        ("**Applicant:** Bodø Municipality", "Saltdal Municipality and Fauske Municipality have signed letters of commitment and will each provide staff."),
    ],
)
def test_bodies_that_commit_resources_or_sign_are_partners(head: str, part: str) -> None:
    names, status = parties(head, part)
    assert len(names) == 3, names
    assert status == "pass"
