"""`skisse report PATH [-o FILE]`: the feedback report for the applicant.

Only argparse happens at import time; the handler imports what it uses.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..i18n import t
from .advisor_common import check_with_pages, fail, file_mode, history_db, read_sketch_file


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    tr = lambda key: t(f"advisor.cli.{key}", lang)  # noqa: E731

    report = sub.add_parser("report", help=tr("report_help"), description=tr("report_help"))
    report.add_argument("path", metavar="PATH", help=tr("opt_path"))
    report.add_argument("--output", "-o", metavar="FILE", help=tr("opt_output"))
    report.add_argument("--language", choices=["nb", "nn", "en"], help=tr("opt_report_lang"))
    report.set_defaults(handler=run_report)


def report_language(args: argparse.Namespace) -> str | None:
    """The report's language as the user chose it: `--language`, else `--lang`, else
    SKISSE_LANG; None when none was chosen (the report then speaks the sketch's language)."""
    import os

    from ..i18n import LANGUAGES

    env = os.environ.get("SKISSE_LANG", "").strip().casefold()
    return args.language or getattr(args, "explicit_lang", None) or (env if env in LANGUAGES else None)


def run_report(args: argparse.Namespace) -> int:
    from ..advisor.report import feedback_markdown
    from ..advisor.service import checkpoint
    from ..advisor.sessions import open_session
    from ..advisor.versions import note_key
    from ..core.files.storage import SkisseFileError, atomic_write_bytes, atomic_write_text

    path = Path(args.path)
    ui = args.lang  # messages and errors: the command's language
    loaded = read_sketch_file(path)
    text = loaded.text
    db = history_db()
    try:
        from ..core.judging.checkup import parse

        lang = report_language(args) or parse(text).language.value
        report = check_with_pages(text, path, loaded.warnings)
        session = open_session(db, path)
        checkpoint(db, path, text, session=session, report=report, note=note_key("report"))
        as_pdf = bool(args.output) and Path(args.output).suffix.lower() == ".pdf"
        # The PDF lists the verdicts: a three-column table of long texts does not fit a page.
        markdown = feedback_markdown(db, path, report, text=text, lang=lang, session=session, table=not as_pdf)
    finally:
        db.close()
    if not args.output:
        if sys.stdout.isatty():
            # A terminal is shown the report, not its Markdown («**Søker:**», «| --- |»,
            # backticks); a pipe or a file gets the Markdown to keep.
            from rich.markdown import Markdown

            from ..advisor.terminal import console

            console().print(Markdown(markdown))
        else:
            sys.stdout.write(markdown)
        return 0
    target = Path(args.output)
    try:
        if target.suffix.lower() == ".pdf":
            from ..advisor.report import feedback_pdf

            try:
                data = feedback_pdf(markdown, lang=lang)
            except RuntimeError as exc:
                raise fail(t("advisor.cli.pdf_unavailable", ui, reason=exc)) from None
            atomic_write_bytes(target, data, mode=file_mode(), lang=ui, no_symlink=True, home=path.parent)
        else:
            atomic_write_text(target, markdown, mode=None if target.exists() else file_mode(), lang=ui, no_symlink=True, home=path.parent)
    except SkisseFileError as exc:
        raise fail(str(exc)) from None
    print(t("advisor.cli.report_written", ui, path=target), file=sys.stderr)
    return 0
