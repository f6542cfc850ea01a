"""A market dialogue followed, in the same sentence, by development with some of the firms it
names («… markedsdialog med private tiltaksleverandører og teknologiselskap, og deretter utvikle
og prøve ut tiltakene i tett samarbeid med en eller flere av dem») is dialogue and development
cooperation both. Near misses: «one or more of them» said of the partner municipalities."""

from __future__ import annotations

import pytest

from .one_criterion import one_result

SKETCH = """# Hjelp i heimen

**Søker:** Ullensaker kommune
**Partnere:** Nannestad kommune

## Behov

Barnevernet i Ullensaker plasserte 46 barn utenfor hjemmet i 2024, og hver plassering koster om lag 2 millioner kroner i året (KOSTRA 2024).

## Slik vil vi arbeide

{said}
"""


def dialogue(said: str) -> str:
    return one_result(SKETCH.format(said=said), "business-dialogue").status.value


@pytest.mark.parametrize(
    "said",
    [
        "Vi har ingen ferdig løsning, og vil bruke markedsdialog med private tiltaksleverandører, teknologiselskap og ideelle aktører for å finne nye idéer, og deretter utvikle og prøve ut tiltakene i tett samarbeid med en eller flere av dem.",
        "Vi har inga ferdig løysing og vil ha marknadsdialog med private tiltaksleverandørar og teknologiselskap for å finne nye idear, og så utvikle og prøve ut tiltaka saman med ein eller fleire av dei.",
        "We have no finished solution: we will hold a market dialogue with private service providers and technology companies to find new ideas, and then develop and test the measures in close cooperation with one or more of them.",
        "Gjennom en markedsdialog vil vi møte bedrifter som lager velferdsteknologi, og deretter teste løsningene sammen med noen av disse.",
    ],
)
def test_a_dialogue_then_development_with_some_of_the_firms_passes(said: str):
    assert dialogue(said) == "pass"


@pytest.mark.parametrize(
    "said",
    [
        # «Them» are the partner municipalities, not firms.
        "Vi vil kartlegge behovet i Ullensaker, Nannestad og Gjerdrum kommune, og deretter utvikle og prøve ut tiltakene i tett samarbeid med en eller flere av dem.",
        "We will map the need in the three municipalities and then develop and test the measures in close cooperation with one or more of them.",
        "Vi vil kartleggje behovet i Ullensaker og Nannestad kommune, og så prøve ut tiltaka saman med ein av dei.",
    ],
)
def test_them_said_of_municipalities_is_not_development_with_business(said: str):
    assert dialogue(said) != "pass"
