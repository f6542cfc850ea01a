"""Anchoring with top management means the chief executive, a director, a board or a political
body has backed this project. It is open when only heads of a sector back it and the chief
executives are still to see it («Saka vil bli lagt fram for kommunedirektørane i januar»: a
month says when, not whose chief), when the part says it must still be cleared («må avklares
med fylkesdirektør før innsending»), when the project only belongs to a strategy the council
adopted, or when the support is only oral. A chief who has approved or signed anchors it, and
so does the applicant's own board that has decided, whatever the body (eligibility is judged on
its own), unless the part goes on to claim the public bodies' backing from below their top
(support letters without saying whose, a kommunalsjef's backing, staff who took part). Bokmål, nynorsk, English; near misses keep their verdict."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

TEXT = """# Inneklima i skulebygg

**{key}:** {applicant}

## Behov

Skulebygga våre er gamle, og inneklimaet gjer at elevar og lærarar blir sjuke. Det kostar kommunane mange millionar kroner i året.

## {part}

{said}
"""


def verdict(applicant: str, said: str, key: str = "Søkjar", part: str = "Forankring") -> str:
    return one_result(TEXT.format(key=key, applicant=applicant, part=part, said=said), "top-management").status.value


@pytest.mark.parametrize(
    ("applicant", "said", "key", "part"),
    [
        # Sector heads back it; the chief executives only later.
        ("Kvam herad", "Kommunalsjefane for oppvekst i dei tre kommunane står bak skissa. Saka vil bli lagt fram for kommunedirektørane i januar.", "Søkjar", "Forankring"),
        ("Kvam kommune", "Kommunalsjefene for oppvekst står bak skissen. Saken vil bli lagt fram for kommunedirektørene i mars.", "Søker", "Forankring"),
        ("Kvam Municipality", "The heads of education back the sketch. It will be presented to the chief municipal executives in January.", "Applicant", "Anchoring"),
        # Still to be cleared.
        ("Innlandet fylkeskommune", "Forankring: (må avklares med tannhelsesjef og fylkesdirektør før innsending)", "Søker", "Forankring"),
        ("Innlandet County Authority", "Anchoring must first be cleared with the county director.", "Applicant", "Anchoring"),
        # A strategy the council adopted, not this project.
        ("Bodø kommune", "Prosjektet er en del av kommunens digitaliseringsstrategi 2024–2028, vedtatt av bystyret.", "Søker", "Forankring"),
        ("Bodø kommune", "Prosjektet er ein del av kommunen sin digitaliseringsstrategi 2024–2028, vedteken av bystyret.", "Søkjar", "Forankring"),
        ("Bodø Municipality", "The project is part of the municipality's digital strategy 2024–2028, adopted by the city council.", "Applicant", "Anchoring"),
        # Oral support only.
        ("Stiftinga Várdobáiki", "Styret i stiftinga har vedteke å søkje. Ordførarane i Evenes og Tjeldsund har gitt munnleg støtte.", "Søkjar", "Forankring"),
        ("Evenes kommune", "Kommunedirektøren har gitt muntlig støtte til skissen.", "Søker", "Forankring"),
        ("Evenes Municipality", "The chief municipal executive has given her verbal support.", "Applicant", "Anchoring"),
        # A private applicant's board: the public side's support only oral or informal.
        ("Stiftelsen Nordlig Villaks", "The foundation's board approved the sketch on 12 March. We have informal support from the mayor of Tana.", "Applicant", "Anchoring"),
        ("Stiftelsen Nordlig Villaks", "Styret i stiftelsen godkjente skissen 12. mars. Ordføreren i Tana har gitt uformell støtte.", "Søker", "Forankring"),
        # A private applicant's board, and the public side's backing said below its top: support
        # letters from the bodies, or a kommunalsjef's backing.
        ("Stiftinga Kystklima Vest", "Styret i stiftinga har vedteke å søkje. Vestland fylkeskommune og dei tre kommunane har gjeve støttebrev.", "Søkjar", "Forankring"),
        ("Stiftelsen Kystklima Vest", "Styret i stiftelsen har vedtatt å søke. Vestland fylkeskommune og Stord kommune har sendt støttebrev.", "Søker", "Forankring"),
        ("Stiftelsen Veien Videre", "Stiftelsens styre vedtok søknaden. Kommunalsjef for helse og velferd i Skien har gitt tilslutning.", "Søker", "Forankring"),
        ("Stiftelsen Sammen om Alder", "The foundation's board approved the sketch. Professional staff in Asker and Bærum municipalities have taken part in the work.", "Applicant", "Anchoring"),
    ],
)
def test_anchoring_below_the_top_or_still_open_warns(applicant: str, said: str, key: str, part: str):
    assert verdict(applicant, said, key, part) == "warn"


@pytest.mark.parametrize(
    ("applicant", "said", "key", "part"),
    [
        ("Kvam herad", "Kommunedirektøren i Kvam har godkjent skissa.", "Søkjar", "Forankring"),
        ("Kvam herad", "Kommunedirektørane i Kvam og Ullensvang har godkjent skissa i januar.", "Søkjar", "Forankring"),
        ("Kvam kommune", "Kommunedirektøren har godkjent skissen, og den vil bli lagt fram for formannskapet i mars.", "Søker", "Forankring"),
        ("Innlandet fylkeskommune", "Fylkesdirektøren har godkjent skissen.", "Søker", "Forankring"),
        ("Bodø kommune", "Skissen er vedtatt av bystyret.", "Søker", "Forankring"),
        ("Bodø kommune", "Prosjektplanen er godkjent av kommunedirektøren.", "Søker", "Forankring"),
        ("Sandnes kommune", "Kommunedirektøren har godkjent at vi sender skissen, og prosjektet er forankret i klimatilpasningsplanen vedtatt av bystyret.", "Søker", "Forankring"),
        ("Evenes kommune", "Kommunedirektøren har gitt skriftlig støtte til skissen.", "Søker", "Forankring"),
        ("Stiftinga Kystklima Vest", "Styret i stiftinga har vedteke å søkje. Kommunedirektørane i dei tre kommunane har gjeve støttebrev.", "Søkjar", "Forankring"),
        ("Stiftelsen Veien Videre", "Stiftelsens styre vedtok søknaden. Kommunedirektøren i Skien har gitt tilslutning.", "Søker", "Forankring"),
        # The applicant's own board has decided, and nothing is claimed of the public side.
        ("Stiftinga Kystklima Vest", "Styret i stiftinga har vedteke å søkje.", "Søkjar", "Forankring"),
    ],
)
def test_a_chief_who_has_backed_it_anchors_it(applicant: str, said: str, key: str, part: str):
    assert verdict(applicant, said, key, part) == "pass"
