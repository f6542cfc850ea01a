"""The interview's order: each section of the sketch with the rubric's questions for it."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.rubric import Criterion, Rubric
from ..core.sections import section_specs

# Which section a check kind speaks about when the check does not name one.
_KIND_SECTION = {
    "numbers": "data",
    "public_bodies": "partners",
    "eligibility": "partners",
    "budget_present": "budget",
    "budget_procurement": "budget",
    "technology_first": "need",
}


# Criteria whose checks read the whole text: where their questions are best asked.
# (The rubric files name no section for them; this keeps each question next to its topic.)
_CRITERION_SECTION = {
    "large-budget-items": "data",
    "top-management": "why-us",
    "effekt": "green-smart",
    "relevans": "business-dialogue",
    "gjennomforingsevne": "why-us",
    "kunnskap": "data",
}


@dataclass(frozen=True)
class Step:
    """One question of the interview, and the section its answer goes into."""

    section: str
    question: str
    from_guide: bool = False
    criterion: str | None = None  # the criterion that asks it (None for a section's guide)
    number: int = 1  # its place among its section's questions, from 1: the answer's key is "section.qN"


def criterion_section(criterion: Criterion) -> str | None:
    """The section a criterion's questions belong to: its own id, a known topic, or its checks."""
    ids = {spec.id for spec in section_specs()}
    if criterion.id in ids:
        return criterion.id
    if criterion.id in _CRITERION_SECTION:
        return _CRITERION_SECTION[criterion.id]
    for check in criterion.checks:
        section = getattr(check, "section", None)
        if isinstance(section, str):
            return section
        sections = getattr(check, "sections", None) or getattr(check, "lead_sections", None)
        if sections and check.kind != "technology_first":
            return sections[0]
        if check.kind in _KIND_SECTION:
            return _KIND_SECTION[check.kind]
    return None


def interview_steps(rubric: Rubric | None, lang: str) -> list[Step]:
    """Section by section, in the sketch's order: the rubric's questions, or the section's guide."""
    by_section: dict[str, list[tuple[str, str]]] = {}
    if rubric is not None:
        for criterion in rubric.criteria:
            section = criterion_section(criterion)
            if section is None:
                continue
            for question in criterion.questions:
                text = question.get(lang)
                if text not in [q for q, _ in by_section.setdefault(section, [])]:
                    by_section[section].append((text, criterion.id))
    steps: list[Step] = []
    for spec in section_specs():
        questions = by_section.get(spec.id)
        if questions:
            steps += [Step(spec.id, q, criterion=c, number=n) for n, (q, c) in enumerate(questions, 1)]
        else:
            steps.append(Step(spec.id, spec.guide.get(lang), from_guide=True))
    return steps
