"""The interview's order: each section of the sketch with the rubric's questions for it."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.rubric import Rubric
from ..core.sections import section_specs


@dataclass(frozen=True)
class Step:
    """One question of the interview, and the section its answer goes into."""

    section: str
    question: str
    from_guide: bool = False


def interview_steps(rubric: Rubric | None, lang: str) -> list[Step]:
    """Section by section, in the sketch's order: the questions the rubric asks there (each
    criterion's first section, the same answer the template and the coach take), or the
    section's guide."""
    steps: list[Step] = []
    for spec in section_specs():
        questions = rubric.questions_for(spec.id, lang) if rubric is not None else []
        if questions:
            steps += [Step(spec.id, q) for q in questions]
        else:
            guide = rubric.section_guide(spec.id, lang) if rubric is not None else spec.guide.get(lang)
            steps.append(Step(spec.id, guide, from_guide=True))
    return steps
