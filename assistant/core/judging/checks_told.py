"""The need told concretely: sentences that say what goes wrong, how much, how often or where, in
a text that says for whom. An evaluator reads a need as described when it answers those three
questions («Pasientar ventar i snitt 14 veker på time», «Young dentists come for one or two years
and then move south», «folk kvir seg for å ringje om natta»), not when it names a problem word or
a heading («utfordringa», «behovet»), nor when it speaks of the times or wishes for a tool
(«økt press på tjenestene», «vi mangler et system for …»): those sentences never count here.
Split from `checks_section` (the section check reads it)."""

from __future__ import annotations

from dataclasses import dataclass

from ..sketch import rubric as r
from .checks_base import _union
from .checks_section import _need_figures

# A sentence shorter than this (a list item «Sosialhjelp», a label) tells nothing on its own.
TOLD_UNIT_WORDS = 5


@dataclass(frozen=True)
class ToldNeed:
    """What a text tells of its need concretely: the sentences that say what goes wrong with its
    scale, those of them that size it with a figure, and whether it names whom it hits."""

    sentences: tuple[str, ...]
    figured: tuple[str, ...]
    affected: bool

    @property
    def count(self) -> int:
        return len(self.sentences)

    @property
    def shown(self) -> str:
        """The sentence to quote: the first that sizes the need with a figure, else the first."""
        return (self.figured or self.sentences or ("",))[0]


def told_need(units: list[str], check: r.SectionCheck) -> ToldNeed:
    """The sentences of `units` that say what goes wrong (`check.wrong_words`) with how much, how
    often or where (`check.scale_words`), leaving out those that speak in general terms
    (`general_words`, `vague_words`); with whether any unit names whom it hits (`affected_words`)."""
    wrong, scale = _union(tuple(check.wrong_words)), _union(tuple(check.scale_words))
    general, affected = _union((*check.general_words, *check.vague_words)), _union(tuple(check.affected_words))
    if wrong is None or scale is None:
        return ToldNeed((), (), False)
    told = tuple(
        u
        for u in units
        if len(u.split()) >= TOLD_UNIT_WORDS and wrong.search(u) and scale.search(u) and (general is None or not general.search(u))
    )
    return ToldNeed(told, tuple(u for u in told if _need_figures(u)), affected is not None and any(affected.search(u) for u in units))


# A text without a need part whose prose holds at least this many such sentences, this many of
# them with a figure, and names whom they hit, tells its need unheaded: «The hospital discharges
# after 6.8 days … the median patient receives 2.1 hours of training per week».
TOLD_TEXT_SENTENCES = 4
TOLD_TEXT_FIGURES = 2


def told_in_text(told: ToldNeed) -> bool:
    return told.count >= TOLD_TEXT_SENTENCES and len(told.figured) >= TOLD_TEXT_FIGURES and told.affected


# A need part that names no problem word still tells its need when this many of its sentences say
# what goes wrong with its scale («167 av 3 480 elevar hadde meir enn 10 prosent fråvær»), or when
# it gives as many figures as the data criterion asks for.
TOLD_PART_SENTENCES = 2
TOLD_PART_FIGURES = 3


def told_in_part(told: ToldNeed, figures: int) -> bool:
    return (told.count >= TOLD_PART_SENTENCES and told.affected) or figures >= TOLD_PART_FIGURES
