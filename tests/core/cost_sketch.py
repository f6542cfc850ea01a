"""The sketches the large-budget-items tests write their need into (a municipality with partners and a
small development budget), and the verdict they read: one place for the reading tests."""

from __future__ import annotations

from .one_criterion import one_result

SKETCH = """# Skisse

**Søker:** Austevoll kommune
**Partnere:** Bømlo kommune, Vestland fylkeskommune

## Behov

{need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Utviklingsfase | 2 000 000 |
| Sum | 3 000 000 |
"""


def verdict(need: str) -> tuple[str, str]:
    c = one_result(SKETCH.format(need=need), "large-budget-items")
    return c.status.value, " ".join(f.message for f in c.findings)


# The same kind of sketch whose need opens with a line that sizes nothing: what the tests write
# below it is all that can show the need large.
WAITING = """# Et behov

**Søker:** {applicant}
**Partnere:** Saltdal kommune, Fauske kommune

## Behov

Innbyggerne venter lenge, og de ansatte bruker mye tid på manuelle rutiner.

{need}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektledelse | 1 500 000 |
| Utviklingsfase | 3 000 000 |
| Sum | 4 500 000 |
"""


def waiting_result(need: str, applicant: str = "Bodø kommune"):
    return one_result(WAITING.format(need=need, applicant=applicant), "large-budget-items")
