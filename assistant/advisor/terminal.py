"""Advisor output for a terminal (rich): verdicts, versions side by side, the portfolio, progress."""

from __future__ import annotations

import sys

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..core.judging.plain import without_code_marks
from ..i18n import t
from .report import section_title, status_label
from .versions import Comparison, Version, note_text

STYLE = {"pass": "green", "warn": "yellow", "fail": "bold red", "n/a": "dim"}
MARK = {"pass": "[green]✓[/]", "warn": "[yellow]![/]", "fail": "[bold red]✗[/]", "n/a": "[dim]·[/]"}


def console(stderr: bool = False) -> Console:
    from .console import SafeConsole

    return SafeConsole(highlight=False, stderr=stderr, soft_wrap=not sys.stdout.isatty())


def status_markup(value: str | None, lang: str) -> str:
    """A verdict in words, coloured."""
    return f"[{STYLE.get(value or '', 'dim')}]{status_label(value, lang)}[/]"


def print_comparison(out: Console, cmp: Comparison, lang: str) -> None:
    """Verdicts before and after, the sections changed, and the two texts side by side."""
    old, new = cmp.old, cmp.new
    out.print(f"[bold]{t('advisor.tui.compare_title', lang, old=old.number, new=new.number)}[/]")
    verdicts = Table(show_header=True, header_style="bold", box=None)
    verdicts.add_column(t("advisor.report.col_criterion", lang))
    verdicts.add_column(t("advisor.tui.compare_title", lang, old=old.number, new=new.number))
    for v in cmp.verdicts:
        arrow = f"{status_markup(v.before, lang)} → {status_markup(v.after, lang)}" if v.changed else status_markup(v.after, lang)
        verdicts.add_row(("[bold]" if v.changed else "") + escape(f"{without_code_marks(v.title)} ({v.criterion})"), arrow)
    out.print(verdicts)
    if cmp.sections_changed:
        out.print(t("advisor.cli.sections_changed", lang, sections=", ".join(section_title(s, lang) for s in cmp.sections_changed)))
    diff = Table(show_header=True, header_style="bold", expand=True, show_lines=False)
    diff.add_column("", justify="right", style="dim", width=4)
    diff.add_column(f"{t('advisor.cli.col_version', lang)} {old.number}", ratio=1, overflow="fold")
    diff.add_column("", justify="right", style="dim", width=4)
    diff.add_column(f"{t('advisor.cli.col_version', lang)} {new.number}", ratio=1, overflow="fold")
    for row in cmp.rows:
        if row.tag == "gap":
            diff.add_row("…", "", "…", "")
            continue
        left_style = "" if row.tag == "equal" else "red"
        right_style = "" if row.tag == "equal" else "green"
        diff.add_row(
            str(row.left_no or ""),
            f"[{left_style}]{escape(row.left)}[/]" if row.left is not None and left_style else escape(row.left or ""),
            str(row.right_no or ""),
            f"[{right_style}]{escape(row.right)}[/]" if row.right is not None and right_style else escape(row.right or ""),
        )
    out.print(diff)


def print_versions(out: Console, versions: list[Version], lang: str) -> None:
    """One row per version: number, time, verdict counts, note."""
    table = Table(show_header=True, header_style="bold", box=None)
    for key in ("col_version", "col_time", "col_verdicts", "col_note"):
        table.add_column(t(f"advisor.cli.{key}", lang))
    for v in versions:
        counts = {s: list(v.verdicts().values()).count(s) for s in ("pass", "warn", "fail")}
        summary = " ".join(f"{status_markup(s, lang)} {n}" for s, n in counts.items() if n) or "–"
        table.add_row(str(v.number), v.created[:16].replace("T", " "), summary, escape(note_text(v.note, lang)))
    out.print(table)


def progress_bar(total: int, lang: str, label: str = "advisor.cli.checking"):
    """A rich progress bar on stderr, gone when finished; (callback, finish). Call finish in a
    `finally`: an interrupted run otherwise leaves the bar's line under the shell's prompt."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn(t(label, lang)),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console(stderr=True),
        transient=True,
    )
    task = bar.add_task("check", total=total)
    try:
        bar.start()
    except BaseException:  # Ctrl+C while the bar starts: it must not stay drawn
        bar.stop()
        raise

    def update(done: int, _total: int) -> None:
        bar.update(task, completed=done)

    return update, bar.stop


MARK_LEGEND = "✓ {pass_}  ! {warn}  ✗ {fail}  · {na}"


def _label(status: str, lang: str) -> str:
    return t(f"advisor.status.{status}", lang)


def print_portfolio(portfolio, rows, lang: str) -> None:
    """The portfolio as a table: one mark per criterion, with a legend and a summary."""
    out = console()
    table = Table(title=t("advisor.portfolio.title", lang, path=escape(str(portfolio.folder))), header_style="bold")
    # At 80 columns the file name folds and the date goes over its time, rather than the
    # table running off the right edge (every column but the marks may take two lines).
    table.add_column(t("advisor.portfolio.col_file", lang), overflow="fold", min_width=12)
    table.add_column(t("advisor.portfolio.col_applicant", lang), overflow="fold", min_width=10)
    table.add_column(t("advisor.portfolio.col_pages", lang), justify="right")
    table.add_column(t("advisor.cli.col_verdicts", lang), no_wrap=True)
    table.add_column(t("advisor.portfolio.col_open", lang), justify="right", max_width=6)
    table.add_column(t("advisor.portfolio.col_changed", lang), min_width=8, max_width=8)
    for r in rows:
        pages = "" if r.pages is None else (f"{r.pages:.1f}" if lang == "en" else f"{r.pages:.1f}".replace(".", ","))
        # One mark per criterion, in rubric order (the legend below names them).
        marks = "".join(MARK.get(r.verdicts.get(cid, ""), " ") for cid, _ in portfolio.criteria)
        if r.error:
            marks = f"[red]{escape(t('advisor.portfolio.unreadable_short', lang))}[/]"
        changed = r.last_change.astimezone().strftime("%d.%m.%y %H:%M") if r.last_change else ""
        table.add_row(escape(r.name), escape(r.applicant or ""), pages, marks, str(r.open_comments or ""), changed)
    out.print(table)
    from .portfolio import legend_text, summary_text

    legend = escape(legend_text(portfolio.criteria, lang))
    marks = MARK_LEGEND.format(pass_=_label("pass", lang), warn=_label("warn", lang), fail=_label("fail", lang), na=_label("n/a", lang))
    out.print(f"[dim]{escape(marks)} · {legend}[/]")
    shown = type(portfolio)(portfolio.folder, rows, portfolio.criteria)
    out.print(summary_text(len(rows), shown.failed, shown.open_comments, lang, shown.unreadable))
