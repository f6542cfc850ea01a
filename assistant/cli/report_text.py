"""Print check reports for people: grouped by criterion, in colour when the terminal has it.

Colour follows the usual conventions: on when the output is a terminal, off when it is a pipe
or a file, off with `NO_COLOR` set, on with `FORCE_COLOR` set. Plain ANSI codes are enough for
this list of lines, and keep `skisse check` from loading a terminal library at start-up.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from typing import TextIO

from ..core.judging.findings import Level, Report, Status
from ..core.judging.plain import without_code_marks as plain
from ..core.sketch.safetext import raw_stream, visible
from ..i18n import t

_CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}
_STATUS_STYLE = {Status.PASS: "bold green", Status.WARN: "bold yellow", Status.FAIL: "bold red", Status.NA: "dim"}
_LEVEL_STYLE = {Level.INFO: "", Level.WARN: "yellow", Level.FAIL: "red"}


def wants_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


class _Writer:
    """Writes lines of text, each piece made visible (`safetext`), coloured by our own codes."""

    def __init__(self, stream: TextIO, colour: bool) -> None:
        self.stream, self.colour = raw_stream(stream), colour
        # In a terminal, long findings wrap at its width under their indent (a terminal breaks
        # them anywhere, mid-word, at column 0); into a pipe or a file, each stays one line.
        isatty = getattr(stream, "isatty", None)
        self.width = shutil.get_terminal_size().columns if isatty and isatty() else None

    def wrap(self, text: str, first: str, rest: str) -> list[str]:
        if not self.width or len(first) + len(text) <= self.width:
            return [first + text]
        return textwrap.wrap(text, width=max(self.width - 1, 40), initial_indent=first, subsequent_indent=rest, break_on_hyphens=False) or [first]

    def paint(self, text: str, style: str) -> str:
        text = visible(text)
        if not (self.colour and style and text):
            return text
        codes = ";".join(_CODES[s] for s in style.split())
        return f"\x1b[{codes}m{text}\x1b[0m"

    def line(self, *parts: tuple[str, str] | str) -> None:
        out = [self.paint(*p) if isinstance(p, tuple) else visible(p) for p in parts]
        self.stream.write("".join(out) + "\n")


def print_reports(reports: list[Report], *, lang: str, verbose: bool = False, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    out = _Writer(stream, wants_colour(stream))
    for n, report in enumerate(reports):
        if n:
            out.line()
        _print_report(report, lang=lang, verbose=verbose, out=out)
    if len(reports) > 1:
        failed = sum(1 for r in reports if r.failed)
        out.line()
        out.line(t("check.summary", lang, count=len(reports), failed=failed))
    stream.flush()


def _print_report(report: Report, *, lang: str, verbose: bool, out: _Writer) -> None:
    head: list[tuple[str, str]] = [(report.path or "-", "bold")]
    if report.pages is not None:
        frac = f"{report.page_fraction:.1f}".replace(".", "," if lang != "en" else ".")
        head.append(("  " + t("check.pages", lang, fraction=frac, limit=report.page_limit), "dim"))
    if report.stats:
        # A text checked only in part has its words counted in that part: the line says so.
        part = next((n for n in report.notes if getattr(n, "key", None) == "engine.truncated"), None)
        if part is not None:
            stats = t("check.stats_part", lang, words=report.stats.words, chars=part.values.get("chars", "?"), lix=f"{report.stats.lix:.0f}")
        else:
            stats = t("check.stats", lang, words=report.stats.words, lix=f"{report.stats.lix:.0f}")
        head.append(("  " + stats, "dim"))
    out.line(*head)
    for note in report.notes:
        out.line(("  ! " + plain(note), "yellow"))
    for c in report.criteria:
        label = t(f"check.status.{c.status.value}", lang)
        out.line("  ", (f"{label:<6}", _STATUS_STYLE[c.status]), (f" {c.id}", "bold"), (f"  {plain(c.title)}", "dim"))
        shown = c.findings if verbose else [f for f in c.findings if f.level is not Level.INFO] or c.findings[:1]
        for f in shown:
            where = f"  ({t('check.where', lang, line=f.line)})" if f.line else ""
            lines = out.wrap(plain(f.message) + where, "      ", "      ")
            for n, text in enumerate(lines):
                last = n == len(lines) - 1
                if last and where and text.endswith(where):  # the place dim, as when unwrapped
                    out.line((text[: -len(where)], _LEVEL_STYLE[f.level]), (where, "dim"))
                else:
                    out.line((text, _LEVEL_STYLE[f.level]))
            if f.suggestion and f.level is not Level.INFO:
                for text in out.wrap(plain(f.suggestion), "      → ", "        "):
                    out.line((text, "cyan"))
