"""Business named as a user of the service is no dialogue with business: «et tilbud som passer for
innbyggere og næringsliv», «the timetable must suit local businesses». A bare word for business
counts where the sentence involves it: a dialogue, an invitation, a meeting, cooperation,
development, ideas."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Kystruter

**Søker:** Trøndelag fylkeskommune
**Partnere:** Frøya kommune, Hitra kommune

## Behov

Fylkeskommunen brukte 520 millioner kroner på båtruter i 2023 (årsrapport 2023). {need}

## Mål

{goal}

## Gjennomføring

{work}
"""


def dialogue(need: str = "", goal: str = "", work: str = "") -> str:
    return one_result(SKETCH.format(need=need, goal=goal, work=work), "business-dialogue").status.value


@pytest.mark.parametrize(
    ("need", "goal", "work"),
    [
        (
            "Rutene henger ikke sammen med næringslivets egne transporter og skiftordninger.",
            "Et smartere tilbud som passer for innbyggere og næringsliv.",
            "Utviklingsarbeidet gjøres av fylkeskommunens egne planleggere og en innleid analytiker.",
        ),
        (
            "Rutene heng ikkje saman med skiftordningane i havbruksbedriftene, og mange bedrifter manglar folk.",
            "Eit rutetilbod som passar for skuleelevar, pendlarar og næringslivet.",
            "Vi gjer arbeidet sjølve, med eigne planleggjarar og ein innleigd analytikar.",
        ),
        (
            "The routes do not fit the shifts of the fish farming companies, and local industry lacks workers.",
            "A timetable that suits residents, pupils and local businesses.",
            "Our own planners do the work, with a hired analyst.",
        ),
    ],
)
def test_business_named_as_a_user_is_no_dialogue(need: str, goal: str, work: str) -> None:
    assert dialogue(need, goal, work) != "pass", goal


@pytest.mark.parametrize(
    "work",
    [
        "Vi vil ha dialog med rederier og verft om nye fartøy. Leverandørene skal få foreslå løsninger før vi bestemmer oss.",
        "Vi vil invitere rederi, verft og teknologibedrifter til ein open konferanse, og leverandørane skal vere med og utvikle løysinga.",
        "We will invite shipowners, yards and technology companies to an open conference, and the suppliers will develop and test solutions together with us.",
        "Vi har hatt samtaler med flere leverandører, og næringslivet skal være med fra starten når løsningene utvikles.",
    ],
)
def test_business_involved_in_its_sentence_counts(work: str) -> None:
    assert dialogue(work=work) == "pass", work
