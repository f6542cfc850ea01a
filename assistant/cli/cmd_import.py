"""`skisse import DRAFT.docx [-o SKETCH.md] [--force]`: a Word draft as a sketch in Markdown."""

from __future__ import annotations

import argparse
import sys

from ..i18n import t


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    p = sub.add_parser("import", help=t("docx.import.help", lang), description=t("docx.import.description", lang))
    p.add_argument("path", metavar="DRAFT.docx", help=t("docx.import.opt_path", lang))
    p.add_argument("-o", "--output", metavar="SKETCH.md", help=t("docx.import.opt_output", lang))
    p.add_argument("--force", action="store_true", help=t("docx.import.opt_force", lang))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.files.docx_import import import_docx
    from ..core.files.storage import SkisseFileError
    from .main import CliError

    lang = args.lang
    try:
        result = import_docx(Path(args.path), Path(args.output) if args.output else None, force=args.force, lang=lang)
    except SkisseFileError as exc:
        raise CliError(str(exc), 2) from None
    sketch = result.sketch
    none = t("docx.import.none", lang)
    applicant = sketch.applicant
    print(t("docx.import.wrote", lang, path=result.path))
    print(
        t(
            "docx.import.found",
            lang,
            title=sketch.title or sketch.meta.title or none,
            applicant=(f"{applicant.name} ({applicant.kind.value})" if applicant else none),
            partners=len(sketch.partners),
            language=sketch.language.value,
        )
    )
    for note in result.notes:
        print(f"  ! {note}", file=sys.stderr)
    return 0
