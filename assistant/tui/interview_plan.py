"""The interview's order: each section of the sketch with the rubric's questions for it."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.sketch.rubric import Rubric
from ..core.sketch.sections import section_specs


@dataclass(frozen=True)
class Step:
    """One question of the interview, and the section its answer goes into."""

    section: str
    question: str
    from_guide: bool = False
    criterion: str | None = None  # the criterion that asks it (None for a section's guide)
    number: int = 1  # its place among its section's questions, from 1: the answer's key is "section.qN"


def interview_steps(rubric: Rubric | None, lang: str) -> list[Step]:
    """Section by section, in the sketch's order: the questions the rubric asks there (each
    criterion's first section, the same answer the template and the coach take), or the
    section's guide. Each step knows the criterion that asks it and its place in the section."""
    steps: list[Step] = []
    for spec in section_specs():
        questions = _asked_in(rubric, spec.id, lang) if rubric is not None else []
        if questions:
            steps += [Step(spec.id, q, criterion=c, number=n) for n, (q, c) in enumerate(questions, 1)]
        else:
            guide = rubric.section_guide(spec.id, lang) if rubric is not None else spec.guide.get(lang)
            steps.append(Step(spec.id, guide, from_guide=True))
    return steps


def _asked_in(rubric: Rubric, section_id: str, lang: str) -> list[tuple[str, str]]:
    """`Rubric.questions_for` with the id of the criterion asking each question."""
    out: list[tuple[str, str]] = []
    for c in rubric.criteria:
        if c.sections and c.sections[0] == section_id:
            out += [(q.get(lang), c.id) for q in c.questions if q.get(lang) not in [t for t, _ in out]]
    return out
