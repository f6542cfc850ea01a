"""Print check reports for people: grouped by criterion, in colour when the terminal has it."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..core.findings import Level, Report, Status
from ..i18n import t

_STATUS_STYLE = {Status.PASS: "bold green", Status.WARN: "bold yellow", Status.FAIL: "bold red", Status.NA: "dim"}
_LEVEL_STYLE = {Level.INFO: "dim", Level.WARN: "yellow", Level.FAIL: "red"}


def print_reports(reports: list[Report], *, lang: str, verbose: bool = False, console: Console | None = None) -> None:
    import sys

    console = console or Console(highlight=False, soft_wrap=not sys.stdout.isatty())
    for n, report in enumerate(reports):
        if n:
            console.print()
        print_report(report, lang=lang, verbose=verbose, console=console)
    if len(reports) > 1:
        failed = sum(1 for r in reports if r.failed)
        console.print()
        console.print(t("check.summary", lang, count=len(reports), failed=failed))


def print_report(report: Report, *, lang: str, verbose: bool, console: Console) -> None:
    head = Text(report.path or "-", style="bold")
    if report.pages is not None:
        frac = f"{report.page_fraction:.1f}".replace(".", "," if lang != "en" else ".")
        head.append("  " + t("check.pages", lang, fraction=frac, limit=report.page_limit), style="dim")
    if report.stats:
        head.append("  " + t("check.stats", lang, words=report.stats.words, lix=f"{report.stats.lix:.0f}"), style="dim")
    console.print(head)
    for note in report.notes:
        console.print(Text("  ! " + note, style="yellow"))
    for c in report.criteria:
        label = t(f"check.status.{c.status.value}", lang)
        line = Text("  ")
        line.append(f"{label:<6}", style=_STATUS_STYLE[c.status])
        line.append(f" {c.id}", style="bold")
        line.append(f"  {c.title}", style="dim")
        console.print(line)
        shown = c.findings if verbose else [f for f in c.findings if f.level is not Level.INFO] or c.findings[:1]
        for f in shown:
            where = ""
            if f.line:
                where = t("check.where", lang, line=f.line)
            text = Text("      ")
            text.append(f.message, style=_LEVEL_STYLE[f.level] if f.level is not Level.INFO else "")
            if where:
                text.append(f"  ({where})", style="dim")
            console.print(text)
            if f.suggestion and f.level is not Level.INFO:
                console.print(Text("      → " + f.suggestion, style="cyan"))
