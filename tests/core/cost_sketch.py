"""The sketch the large-budget-items tests write their need into (a municipality with partners and a
small development budget), and the verdict they read: one place for the four reading tests."""

from __future__ import annotations

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch

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
    report = check_sketch(parse_sketch(SKETCH.format(need=need)))
    c = next(c for c in report.criteria if c.id == "large-budget-items")
    return c.status.value, " ".join(f.message for f in c.findings)
