"""The coach's assessment shown beside the checker's verdicts: a mixin of the coach screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...coach.base import Assessment


class AssessmentView:
    """Writes an assessment as Markdown: per criterion the checker's status beside the coach's
    score, evidence, gaps and next step, each in the UI language."""

    def _criterion_titles(self) -> dict[str, str]:
        """Criterion id -> its title in the UI language, from the sketch's rubric."""
        try:
            rubric = self.app.services.rubric_for(self.app.draft.sketch)  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a broken rubric shows ids, never a crash
            return {}
        return {c.id: c.title.get(self.lang) for c in rubric.criteria} if rubric is not None else {}

    def assessment_markdown(self, assessment: Assessment) -> str:
        """Per criterion id: the checker's status beside the coach's score, evidence, gaps, next step."""
        live = getattr(self.app, "live", None)
        report = getattr(live, "report", None)
        status = {c.id: c.status for c in report.criteria} if report is not None else {}
        coach = self.tr("tuicoach.offline") if assessment.offline else assessment.coach
        head = [self.tr("tuicoach.assess.head", coach=coach or str(getattr(self.app.coach, "name", "")))]  # type: ignore[attr-defined]
        if assessment.summary:
            head.append(_cell(assessment.summary))
        titles = self._criterion_titles()
        cols = ["criterion", "check", "score"]
        rows = ["| " + " | ".join(self.tr(f"tuicoach.assess.{c}") for c in cols) + " |", "|" + "---|" * len(cols)]
        blocks: list[str] = []
        for item in assessment.criteria:
            st = status.get(item.criterion)
            check = self.tr(f"tuicoach.assess.{_status_key(st)}") if st is not None else self.tr("tuicoach.assess.not_checked")
            title = _cell(titles.get(item.criterion, item.criterion))
            flag = " ⚠" if item.contradicts_checker else ""
            rows.append(f"| {title} | {check} | {item.score}/5{flag} |")
            lines = [f"**{title}** · {self.tr('tuicoach.assess.check')}: {check} · {self.tr('tuicoach.assess.score')}: {item.score}/5{flag}"]
            if item.contradicts_checker:
                lines.append(f"- ⚠ **{self.tr('coach.assess.contradicts', score=item.score)}**")
            lines += [f"- {self.tr('tuicoach.assess.evidence')}: «{_cell(q)}»" for q in item.evidence]
            lines += [f"- {self.tr('tuicoach.assess.missing')}: {_cell(m)}" for m in item.missing]
            if item.next_step:
                lines.append(f"- {self.tr('tuicoach.assess.next')}: {_cell(item.next_step)}")
            lines += [f"- {self.tr('tuicoach.assess.dropped')}: ~~«{_cell(q)}»~~" for q in item.dropped_quotes]
            blocks.append("\n".join(lines))
        return "\n\n".join([*head, "\n".join(rows), *blocks])


def _status_key(status: Any) -> str:
    value = getattr(status, "value", str(status))
    return {"pass": "pass", "warn": "warn", "fail": "fail"}.get(value, "na")


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")
