"""The sketch the large-budget-items tests write their need into (a municipality with partners and a
small development budget), and the verdict they read: one place for the four reading tests."""

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
