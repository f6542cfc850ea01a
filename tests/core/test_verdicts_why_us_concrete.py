"""A reason why us is something concrete the applicant holds, has done or runs; a claim is what
it says of itself. The body's size runs to the end of its clause, figures included («Norges nest
største kollektivselskap med over 60 millioner reiser i året», «48 NAV-kontor og mer enn 1 800
ansatte»); experience, competence or knowledge with nothing named in its clause («lang erfaring
med drift av terminaler») claims, and so do «har vært med i», «har vært tidlig ute», data praised
and not told («et stort datasett»), knowing a thing «godt» or «better than anyone», a typical
place or a result others may use, a vendor's offer, and a post still to be filled. Experience
tied to a project, a name, examples or these very places is a reason, and so are ownership after
a claim of responsibility, logs and equipment of one's own, a service run, a milieu at a named
institution, an agreement in force, a test in the real service, a past period, a track record in
years said in words. A heading that asks why the project is needed («Kvifor treng vi appen?») is
no why-us part; one that asks the reader («Hvorfor er dere best egnet?») or says «Derfor oss» is."""

from __future__ import annotations

import pytest

from assistant.core.sketch.sections import match_heading

from .one_criterion import one_result, why_us_sketch

# A sentence that neither claims nor gives a reason, so that each part is long enough to be read.
PAD = {
    "Hvorfor oss": "Prosjektet skal følges opp av en styringsgruppe som møtes jevnlig gjennom hele perioden.",
    "Kvifor oss": "Prosjektet skal følgjast opp av ei styringsgruppe som møtest jamleg gjennom heile perioden.",
    "Why us": "The project will be followed up by a steering group that meets regularly throughout the period.",
}


def verdict(heading: str, why: str) -> tuple[str, str]:
    c = one_result(why_us_sketch(heading=heading, why=f"{why} {PAD[heading]}"), "why-us")
    return c.status.value, " ".join(f.message for f in c.findings)


@pytest.mark.parametrize(
    ("heading", "why"),
    [
        # size, to the end of its clause, figures included
        ("Hvorfor oss", "Skyss er Norges nest største kollektivselskap med over 60 millioner reiser i året. Vi er derfor godt rustet."),
        ("Kvifor oss", "Helse Bergen er eit av landets største helseføretak, med eit opptaksområde på over 450 000 innbyggjarar."),
        ("Why us", "The district is one of the country's largest police districts, with great variation in geography from city to mountain."),
        ("Hvorfor oss", "NAV Vestland har 48 NAV-kontor og mer enn 1 800 ansatte. Bergen kommune er landets nest største kommune."),
        # experience with nothing named, taking part, being early
        ("Hvorfor oss", "Vi har lang erfaring med drift av terminaler og innfartsparkering og kjenner utfordringene godt."),
        ("Kvifor oss", "Fylkeskommunen har lang erfaring med regional utvikling og innovasjon, og Molde kommune er eit viktig regionsenter."),
        ("Why us", "The county has long experience with apps and real-time data, and Bergen is the largest school owner in the county."),
        ("Hvorfor oss", "Vi har vært med i det nasjonale velferdsteknologiprogrammet og har vært tidlig ute med digitale løsninger."),
        ("Hvorfor oss", "Vi er en smartby og har erfaring med store prosjekter."),
        # data praised, knowing better than anyone, a typical place, a vendor's offer, a post to come
        ("Hvorfor oss", "Vi har et stort datasett og gode driftsdata."),
        ("Why us", "We have unique data and a strong culture for digitalisation."),
        ("Hvorfor oss", "Vi kjenner de arktiske forholdene bedre enn noen andre. Ingen er bedre egnet enn oss."),
        ("Kvifor oss", "Hardanger er ein typisk distriktsregion med små skular og lange avstandar. Det vi lærer her, vil vere nyttig for mange."),
        ("Hvorfor oss", "Vi har gode relasjoner til SorteraSmart AB, som allerede har gitt oss tilbud."),
        ("Hvorfor oss", "Kommunen er en stor og kompetent skolekommune. En prosjektleder ansettes i 100 % stilling."),
        ("Hvorfor oss", "Politidistriktet er landets største distrikt utenfor Oslo med flest innbrudd.\n6. Forankring\n"),
    ],
)
def test_a_part_of_claims_warns(heading: str, why: str) -> None:
    status, message = verdict(heading, why)
    assert status == "warn", (why, message)


@pytest.mark.parametrize(
    ("heading", "why", "quoted"),
    [
        # experience tied to something named
        ("Hvorfor oss", "Kommunen har gode erfaringer fra prosjektet «Leve hele livet».", "Leve hele livet"),
        ("Kvifor oss", "Stiftinga har lang erfaring med fallførebygging i nettopp desse kommunane.", "nettopp desse"),
        ("Kvifor oss", "Sogndal og Luster har lang erfaring med interkommunalt samarbeid, mellom anna om barnevern og legevakt.", "mellom anna"),
        ("Why us", "The foundation has worked with owners of listed buildings for fifteen years.", "fifteen years"),
        # a holding or a deed after a claim of size or responsibility
        ("Hvorfor oss", "Vi er landets største vannverk og har driftsdata fra alle 40 pumpestasjoner siden 2015.", "driftsdata"),
        ("Hvorfor oss", "Tolletaten har ansvaret for grensekontrollen, Statens vegvesen eier kontrollstasjonen og veien.", "eier kontrollstasjonen"),
        ("Hvorfor oss", "Vi har tre års logg fra AIS og egne strømmålere på alle kaier.", "egne strømmålere"),
        ("Kvifor oss", "IKA Vestland tek imot arkiv frå dei fleste kommunane i fylket.", "tek imot arkiv"),
        # a service run, a milieu at a named institution, an agreement, a real test, a past period
        ("Hvorfor oss", "Finnmarkssykehuset driver Samisk nasjonal kompetansetjeneste i Karasjok.", "driver Samisk"),
        ("Why us", "Kristiansand runs the region's largest refugee health team.", "runs the region"),
        ("Kvifor oss", "Vi har eit sterkt fagmiljø ved KRUS, som kan stå for evalueringa.", "fagmiljø ved KRUS"),
        ("Why us", "The city has strong research communities at the University of Bergen.", "research communities"),
        ("Kvifor oss", "Vi har tett kontakt med Helse Bergen gjennom driftsavtalen.", "driftsavtalen"),
        ("Hvorfor oss", "Vi kan teste løsninger i en virkelig bibliotekhverdag.", "virkelig bibliotekhverdag"),
        ("Hvorfor oss", "Fylkeskommunen deltok i det nasjonale programmet for bedre gjennomføring (2017–2021).", "2017–2021"),
    ],
)
def test_a_concrete_reason_passes(heading: str, why: str, quoted: str) -> None:
    status, message = verdict(heading, why)
    assert status == "pass", (why, message)
    assert quoted in message, message


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Kvifor treng vi appen?", None),
        ("Hvorfor søker vi?", None),
        ("Why do we need this?", None),
        ("Hvorfor er dere best egnet?", "why-us"),
        ("Derfor oss", "why-us"),
        ("Derfor er dette riktige laget", "why-us"),
        ("Kvifor akkurat vi", "why-us"),
        ("Hvorfor oss?", "why-us"),
        ("Hvorfor Kongsberg", "why-us"),
    ],
)
def test_a_heading_asking_why_the_project_is_needed_is_no_why_us_part(heading: str, section: str | None) -> None:
    assert match_heading(heading) == section
