"""One criterion's result for a sketch written as text: the reading every verdict test runs."""

from __future__ import annotations

from assistant.core.judging.engine import check_sketch
from assistant.core.sketch.document import parse_sketch


def verdicts(text: str) -> dict[str, str]:
    """Every criterion's status for ``text`` read as a sketch."""
    return check_sketch(parse_sketch(text)).statuses()


def findings(text: str, criterion: str) -> list[str]:
    """The messages of ``criterion``'s findings for ``text`` read as a sketch."""
    report = check_sketch(parse_sketch(text))
    return [f.message for c in report.criteria if c.id == criterion for f in c.findings]


# A need told the way a strong sketch tells it: the verdict tests put other parts around it.
NEED = (
    "Antallet eldre over 80 år vil dobles innen 2040. Hjemmetjenesten har allerede for få ansatte, "
    "ventetiden øker, og problemet vokser hvert år. Mange eldre faller om natten og blir liggende lenge "
    "før noen kommer. Det finnes ingen god løsning i dag, og behovet er stort i alle kommunene i regionen. "
    "Kostnadene for kommunen øker med om lag 40 millioner kroner i året."
)


def one_result(text: str, criterion_id: str):
    """Parse ``text`` as a sketch, judge it, and return the result of ``criterion_id``."""
    report = check_sketch(parse_sketch(text))
    return next(c for c in report.criteria if c.id == criterion_id)


# A sketch with a need, a part on why us and a budget: the why-us tests write the part's heading
# and text into it (`why_us_sketch`).
WHY_US_SKETCH = """# Skisse

**Søker:** {applicant}

## Behov

Elever med særskilde behov venter for lenge på skyss om morgonen, og foreldra ringer skulen
kvar veke. Ordninga i dag er tungvinn, og ingen har oversikt over kva som går gale for kven.

## {heading}

{why}

## Budsjett

| Post | Beløp |
|---|---|
| Prosjektleiing | 1 000 000 |
| Sum | 1 000 000 |
"""


def why_us_sketch(why: str, applicant: str = "Grimstad kommune", heading: str = "Hvorfor oss") -> str:
    """WHY_US_SKETCH with this applicant and this part (heading and text) on why us."""
    return WHY_US_SKETCH.format(applicant=applicant, heading=heading, why=why)


def why_us_status(why: str, applicant: str) -> str:
    """The why-us verdict on WHY_US_SKETCH with this applicant and this part on why us."""
    return one_result(why_us_sketch(why, applicant), "why-us").status.value
