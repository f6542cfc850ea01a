"""`skisse new PATH`: write a template sketch with every section and its guiding questions."""

from __future__ import annotations

import argparse

from ..i18n import t
from .shell import shell_arg


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    p = sub.add_parser("new", help=t("new.help", lang), description=t("new.description", lang))
    p.add_argument("path", metavar="PATH", help=t("new.opt.path", lang))
    p.add_argument("--title", help=t("new.opt.title", lang))
    p.add_argument("--applicant", help=t("new.opt.applicant", lang))
    p.add_argument("--orgnr", help=t("new.opt.orgnr", lang))
    p.add_argument("--kind", help=t("new.opt.kind", lang))
    p.add_argument("--sketch-lang", dest="sketch_lang", choices=["nb", "nn", "en"], help=t("new.opt.sketch_lang", lang))
    p.add_argument("--rubric", metavar="ID", help=t("new.opt.rubric", lang))
    p.add_argument("--force", action="store_true", help=t("new.opt.force", lang))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..core.sketch.model import Language
    from ..core.sketch.orgs import orgnr_problem
    from ..core.sketch.rubric import RubricError, load_rubric
    from ..core.files.storage import SkisseFileError, atomic_write_text
    from ..core.sketch.template import metadata_reads_back, one_line, template_sketch
    from .main import CliError

    path = Path(args.path)
    if path.is_dir():
        raise CliError(t("new.is_dir", args.lang, path=path))
    if path.exists() and not args.force:
        raise CliError(t("new.exists", args.lang, path=path))
    if args.orgnr and orgnr_problem("".join(ch for ch in args.orgnr if ch.isdigit())):
        raise CliError(t("new.bad_orgnr", args.lang, orgnr=args.orgnr))
    try:
        rubric = load_rubric(args.rubric)
    except RubricError as exc:
        raise CliError(exc.text(args.lang)) from None
    # The sketch in the language Skisse runs in (--lang, SKISSE_LANG, the system's), as the
    # window's new-sketch form does, unless --sketch-lang says otherwise.
    sketch_lang = Language(args.sketch_lang or (args.lang if args.lang in ("nb", "nn", "en") else "nb"))
    text = template_sketch(
        title=args.title,
        applicant=args.applicant,
        orgnr=args.orgnr,
        kind=args.kind,
        lang=sketch_lang,
        rubric=rubric,
    )
    # Written only if our own reader gives the title and applicant back as given (one line each).
    if not metadata_reads_back(text, title=one_line(args.title) or None, applicant=one_line(args.applicant) or None):
        raise CliError(t("files.metadata_unreadable", args.lang, path=path))
    try:
        atomic_write_text(path, text, backup=args.force)
    except SkisseFileError as exc:
        raise CliError(str(exc)) from None
    print(t("new.written", args.lang, path=path))
    print(t("new.next", args.lang, path=shell_arg(path)))
    return 0
