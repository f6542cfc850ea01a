"""Anchoring that comes only once the sketch goes on is not anchoring yet: a leader still to be
asked, contacted or told («Når skissen er godkjent, vil vi ta kontakt med kommunedirektørene»,
«Vi vil orientere fylkesdirektøren dersom skissen går videre», «Anchoring … will take place if the
sketch goes forward»). A leader who has approved it already still counts, even when the same
sentence goes on to what the leader will do next («… har godkjent skissen og vil orientere
kommunestyret»). Each in bokmål, nynorsk and English."""

from __future__ import annotations

import pytest

from .test_verdicts_anchoring import top_management


@pytest.mark.parametrize(
    "said",
    [
        # conditional on the sketch being chosen or going on
        "Når skissen er godkjent, vil vi ta kontakt med kommunedirektørene og fylkeskommunen for å få på plass formell forankring og en styringsgruppe.",
        "Dersom skissen blir valgt ut, vil vi be kommunedirektørene om formell tilslutning.",
        "Skissen er utarbeidet av avdelingsleder for kommunalteknikk. Forankring hos kommunedirektørene og i politiske utvalg vil skje dersom skissen går videre til neste runde.",
        "Forankring hos kommunedirektøren kjem på plass viss skissa vert vald ut.",
        "Vi skal innhente tilslutning frå rådmannen når søknaden er innvilga.",
        "Once the sketch is selected, we will ask the chief municipal executives to endorse the project.",
        "Anchoring with the chief executives will take place if the sketch goes forward to the next round.",
        # a leader still to be asked or told, after a middle manager's approval
        "Skissen er godkjent av avdelingsleder for klinikkdrift. Vi vil orientere fylkestannlegen og fylkesdirektøren dersom skissen går videre.",
        "Skissa er utarbeidd av fagavdelinga. Saka skal leggjast fram for styret på møtet i januar, og vi vil deretter be om tilslutning frå kommunedirektørane i dei fire kommunane.",
        "The sketch was approved by the head of the roads department. We will brief the municipal director if the sketch proceeds.",
        "Kommunedirektøren vil bli bedt om å godkjenne prosjektet etter at skissen er behandlet.",
        # anchoring to be sought or to fall into place later
        "Formell forankring hos kommunedirektørene vil komme på plass i løpet av våren.",
        "Vi vil søke forankring hos rådmannen i begge kommunene.",
        "Kommunedirektøren er informert og vil ta stilling når skissen er godkjent av Innovasjon Norge.",
    ],
)
def test_anchoring_that_comes_only_later_warns(said: str) -> None:
    assert top_management(said).status.value == "warn"


@pytest.mark.parametrize(
    "said",
    [
        # approved already; a later step in the next sentence or the same one does not undo it
        "Kommunedirektøren har godkjent skissen, og prosjektet vil bli lagt fram for kommunestyret dersom skissen går videre.",
        "Kommunedirektørene i begge kommunene har godkjent skissen. Når prosjektet er innvilget, vil formannskapet få en orientering.",
        "Rådmannen har godkjent skissa. Dersom skissa går vidare, vert saka lagd fram for kommunestyret.",
        "The chief municipal executive approved the sketch in May; if it goes forward, the council will be briefed.",
        "Kommunedirektøren har godkjent skissen og vil orientere kommunestyret om framdriften.",
        "Rådmannen har signert intensjonsavtalen og skal ta kontakt med nabokommunene.",
        "Rådmannen støttar prosjektet og vil søkje stønad frå fylket også.",
        "The chief executive has approved the sketch and will brief the council regularly.",
        "Kommunedirektøren står bak prosjektet og vil delta i styringsgruppen.",
        "Prosjektet er forankret hos kommunedirektøren, som vil lede styringsgruppen.",
    ],
)
def test_an_approval_given_already_still_anchors(said: str) -> None:
    assert top_management(said).status.value == "pass"


# ---------------------------------------------------------------- only a middle manager; under way

@pytest.mark.parametrize(
    "said",
    [
        "Prosjektet er forankret hos prosjektleder og fagansvarlig for vann og avløp.",
        "Skissa er forankra hos einingsleiar for heimetenesta og hos prosjektleiaren.",
        "The project is anchored with the project manager and the team leader for home care.",
        "Prosjektet er forankret i avdelingen for kommunalteknikk.",
        "Forankring: Skissen er godkjent av enhetsleder for drift.",
        "Forankring: Avdelingsleiar for kultur har godkjent skissa.",
        "Anchoring: The head of the IT unit has approved the sketch.",
        "Forankring i ledergruppen er under arbeid.",
        "Forankringsprosessen hos kommunedirektørene er i gang.",
        "Anchoring with the executive management group is in progress.",
    ],
)
def test_a_middle_manager_alone_or_anchoring_under_way_warns(said: str) -> None:
    assert top_management(said).status.value == "warn"


@pytest.mark.parametrize(
    "said",
    [
        "Prosjektet er forankret i ledelsen i kommunen, og prosjektleder blir en rådgiver fra planavdelingen.",
        "Prosjektet er forankret hos kommunedirektøren; prosjektleder er ansatt i avdelingen for kommunalteknikk.",
        "The project is anchored with the chief executive, and the project manager sits in the roads department.",
        "Kommunedirektøren og avdelingsleder for VA har begge godkjent skissen.",
        "Prosjektet er forankra i toppleiinga i alle tre kommunane.",
    ],
)
def test_a_top_leader_beside_a_project_leader_still_anchors(said: str) -> None:
    assert top_management(said).status.value == "pass"


@pytest.mark.parametrize(
    "said",
    [
        "Ships wait at anchor outside the port for up to six hours, and the anchorage is managed by the municipality.",
        "Vessels drop anchor in the fjord while the berth is busy.",
    ],
)
def test_a_ships_anchor_is_no_anchoring(said: str) -> None:
    assert top_management(said).status.value == "warn"
