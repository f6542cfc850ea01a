"""The rubric checklist: a verdict per criterion, its findings underneath, each one a place to jump to."""

from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...core.judging.findings import Report, Status
from ..safe import shown
from .hanging import Hanging

ICONS = {Status.PASS: "[green]✔[/]", Status.WARN: "[yellow]▲[/]", Status.FAIL: "[red]✘[/]", Status.NA: "[dim]–[/]"}


def _escape(text: str) -> str:
    return shown(text)  # markup escaped (a backslash before «[» too), controls made visible


class Checklist(OptionList):
    """Criteria and findings; Enter on a finding asks to show its line."""

    DEFAULT_CSS = "Checklist { scrollbar-gutter: stable; }"  # the same width with a scrollbar or without

    class FindingChosen(Message):
        """A finding with a place in the text was chosen."""

        def __init__(self, line: int) -> None:
            super().__init__()
            self.line = line

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._finding_lines: dict[str, int] = {}
        self._shown: list[tuple[str, str]] | None = None  # (prompt, id) of the options shown

    def show_report(self, report: Report, titles: dict[str, str] | None = None) -> None:
        rows: list[tuple[str, str]] = []
        lines: dict[str, int] = {}
        for criterion in report.criteria:
            title = (titles or {}).get(criterion.id, criterion.title)
            rows.append((f"{ICONS.get(criterion.status, '?')} {_escape(title)}", f"c:{criterion.id}"))
            for n, finding in enumerate(criterion.findings):
                if finding.level.value == "info" and criterion.status is Status.PASS:
                    continue
                where = f" [dim](l. {finding.line})[/dim]" if finding.line else ""
                oid = f"f:{criterion.id}:{n}"
                if finding.line:
                    lines[oid] = finding.line
                rows.append((f"    {_escape(finding.message)}{where}", oid))
        self._finding_lines = lines
        if rows == self._shown and self.option_count == len(rows):
            return  # the same list (typing seldom changes it): no rebuild, no new layout
        highlighted = self.highlighted
        self.clear_options()
        self.add_options([Option(_hanging(prompt), id=oid) for prompt, oid in rows])  # one layout, not one per option
        self._shown = rows
        if highlighted is not None and highlighted < self.option_count:
            self.highlighted = highlighted

    def clear_options(self) -> Checklist:
        self._shown = None
        return super().clear_options()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        line = self._finding_lines.get(event.option.id or "")
        if line:
            event.stop()
            self.post_message(self.FindingChosen(line))


def _hanging(prompt: str) -> Hanging:
    """A row as markup, its wrapped lines under its text: a criterion's under its title (not its
    ✔/✘), a finding's under its first word (not at the list's edge)."""
    content = Content.from_markup(prompt)
    plain = content.plain
    if plain.startswith(" "):
        cut = len(plain) - len(plain.lstrip(" "))
    else:
        cut = plain.find(" ") + 1 if " " in plain else 0
    return Hanging(content[:cut], content[cut:])
