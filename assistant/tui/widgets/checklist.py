"""The rubric checklist: a verdict per criterion, its findings underneath, each one a place to jump to."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.findings import Report, Status

ICONS = {Status.PASS: "[green]✔[/]", Status.WARN: "[yellow]▲[/]", Status.FAIL: "[red]✘[/]", Status.NA: "[dim]–[/]"}


def _escape(text: str) -> str:
    return text.replace("[", r"\[")


class Checklist(OptionList):
    """Criteria and findings; Enter on a finding asks to show its line."""

    class FindingChosen(Message):
        """A finding with a place in the text was chosen."""

        def __init__(self, line: int) -> None:
            super().__init__()
            self.line = line

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._finding_lines: dict[str, int] = {}

    def show_report(self, report: Report, titles: dict[str, str] | None = None) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self._finding_lines.clear()
        for criterion in report.criteria:
            title = (titles or {}).get(criterion.id, criterion.title)
            self.add_option(Option(f"{ICONS.get(criterion.status, '?')} {_escape(title)}", id=f"c:{criterion.id}"))
            for n, finding in enumerate(criterion.findings):
                if finding.level.value == "info" and criterion.status is Status.PASS:
                    continue
                where = f" [dim](l. {finding.line})[/dim]" if finding.line else ""
                oid = f"f:{criterion.id}:{n}"
                if finding.line:
                    self._finding_lines[oid] = finding.line
                self.add_option(Option(f"    {_escape(finding.message)}{where}", id=oid))
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        line = self._finding_lines.get(event.option.id or "")
        if line:
            event.stop()
            self.post_message(self.FindingChosen(line))
