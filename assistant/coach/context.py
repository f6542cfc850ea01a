"""What a coaching request carries: the draft's relevant parts, the rubric, and the core's findings.

The core's one checkup (the same `skisse check` and the window make) decides what the coach talks
about, so the model and the offline coach coach toward the verdicts the checker gives, page
count included.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..core.judging.checkup import Checkup, checkup
from ..core.judging.findings import Finding, Level, Report, Status
from ..core.rendering.pages import PageInfo
from ..core.sketch.model import Sketch
from ..core.sketch.rubric import Criterion, Rubric
from ..core.sketch.sections import spec
from ..i18n import t

DEFAULT_SOURCES = ["SSB", "KOSTRA", "Helsedirektoratet"]


def criterion_sources(criterion: Criterion) -> list[str]:
    """Data sources to suggest for a criterion that asks for numbers (its check's patterns are regexes)."""
    if any(check.kind == "numbers" for check in criterion.checks):
        return list(DEFAULT_SOURCES)
    return []


@dataclass
class DraftContext:
    """One draft read once: parsed sketch, rubric and the deterministic report."""

    sketch_text: str
    lang: str
    rubric_id: str | None = None
    with_pages: bool = True  # False for a trial text the coach only reads findings from

    def in_language(self, lang: str) -> DraftContext:
        """The same draft, rubric and report, with texts in another language."""
        other = DraftContext(self.sketch_text, lang, self.rubric_id, self.with_pages)
        other.__dict__.update({k: v for k, v in self.__dict__.items() if k == "checkup"})
        return other

    @cached_property
    def checkup(self) -> Checkup:
        """The text judged with its page count, as `skisse check` judges it (one checkup, cached
        by the core: a draft the window or a check has judged costs nothing)."""
        return checkup(self.sketch_text, rubric_id=self.rubric_id, pages=self.with_pages)

    @property
    def sketch(self) -> Sketch:
        return self.checkup.sketch

    @property
    def rubric(self) -> Rubric:
        return self.checkup.rubric

    @property
    def report(self) -> Report:
        """The checkup's report in the request's language: titles, notes and findings."""
        from ..core.judging.engine import report_in

        return report_in(self.checkup.report, self.lang, self.rubric)

    @property
    def pages(self) -> PageInfo | None:
        """Pages of the sketch's real PDF; an estimate for a sketch far too long to lay out;
        None when it cannot be rendered."""
        return self.checkup.pages

    def criteria_for_section(self, section: str) -> list[Criterion]:
        return self.rubric.criteria_about(section)

    def findings(self, *, section: str | None = None, criteria: set[str] | None = None, min_level: Level = Level.WARN) -> list[Finding]:
        """Findings at or above `min_level`, for a section (directly or through its criteria)."""
        rank = {Level.INFO: 0, Level.WARN: 1, Level.FAIL: 2}
        if section is not None and criteria is None:
            criteria = {c.id for c in self.criteria_for_section(section)}
        out: list[Finding] = []
        for result in self.report.criteria:
            for f in result.findings:
                if rank[f.level] < rank[min_level]:
                    continue
                if section is None and criteria is None:
                    out.append(f)
                elif f.section == section or (criteria is not None and f.criterion in criteria and f.section in (None, section)):
                    out.append(f)
        return out

    # ---- texts the prompts carry --------------------------------------------------------

    def rubric_text(self) -> str:
        """The criteria as a list: id, title and guidance, in the request's language."""
        lines = []
        for c in self.rubric.criteria:
            lines.append(f"- {c.id}: {c.title.get(self.lang)} (vekt {c.weight:g})\n  {c.guidance.get(self.lang)}")
        return "\n".join(lines)

    def criteria_ids(self) -> str:
        return ", ".join(c.id for c in self.rubric.criteria)

    def findings_text(self, findings: list[Finding] | None = None) -> str:
        """The core's findings as lines `[criterion, level] message (line N) → suggestion`."""
        if findings is None:
            findings = self.findings(min_level=Level.INFO)
        if not findings:
            return t("coach.context.no_findings", self.lang)
        lines = []
        for f in findings:
            where = f" ({t('coach.context.line', self.lang)} {f.line})" if f.line else ""
            tip = f" → {f.suggestion}" if f.suggestion else ""
            lines.append(f"- [{f.criterion}, {f.level.value}] {f.message}{where}{tip}")
        return "\n".join(lines)

    def status_text(self) -> str:
        """One line per criterion: id and status."""
        return "\n".join(f"- {c.id}: {c.status.value}" for c in self.report.criteria)

    def section_title(self, section: str) -> str:
        s = spec(section)
        return s.title.get(self.lang) if s else section

    def section_guide(self, section: str) -> str:
        return self.rubric.section_guide(section, self.lang)

    def section_body(self, section: str) -> str:
        found = self.sketch.section(section)
        return found.body.strip() if found else ""

    def section_questions(self, section: str) -> list[str]:
        """The rubric's questions for the criteria that look at this section."""
        return [q.get(self.lang) for c in self.criteria_for_section(section) for q in c.questions]

    def failing_criteria(self) -> list[Criterion]:
        """Criteria that fail, then those that warn, in rubric order."""
        order = {Status.FAIL: 0, Status.WARN: 1}
        results = [c for c in self.report.criteria if c.status in order]
        results.sort(key=lambda c: order[c.status])
        return [crit for c in results if (crit := self.rubric.criterion(c.id)) is not None]
