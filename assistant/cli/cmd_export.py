"""`skisse export PATH [--pdf] [--md] [-o OUT] [--rubric ID] [--force]`: write the PDF (and Markdown) to submit.

As in the window, a sketch with failing criteria is not written without a yes: here that is
`--force`; without it the failing criteria are named on stderr, nothing is written, exit 1."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..i18n import t
from .shell import shell_arg


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    p = sub.add_parser(
        "export",
        help=t("export.cli.help", lang),
        description=t("export.cli.description", lang),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", metavar="PATH", help=t("export.cli.opt.path", lang))
    p.add_argument("--pdf", action="store_true", help=t("export.cli.opt.pdf", lang))
    p.add_argument("--md", action="store_true", help=t("export.cli.opt.md", lang))
    p.add_argument("--docx", action="store_true", help=t("docx.export.opt_docx", lang))
    p.add_argument("-o", "--output", metavar="OUT", help=t("export.cli.opt.output", lang))
    p.add_argument("--rubric", metavar="ID|PATH", help=t("export.cli.opt.rubric", lang))
    p.add_argument("--force", action="store_true", help=t("export.cli.opt.force", lang))
    p.set_defaults(handler=run)


def default_targets(source: Path) -> tuple[Path, Path]:
    """(PDF, Markdown) next to the sketch: `name.pdf` and `name.export.md`."""
    return source.with_suffix(".pdf"), source.with_name(source.stem + ".export.md")


def output_targets(source: Path, output: str | None, want_pdf: bool, want_md: bool) -> tuple[Path | None, Path | None]:
    """Where each wanted format goes. OUT is a folder, or the file (both: its suffix is replaced)."""
    pdf_default, md_default = default_targets(source)
    if output is None:
        return (pdf_default if want_pdf else None), (md_default if want_md else None)
    out = Path(output)
    if out.is_dir():
        return (out / pdf_default.name if want_pdf else None), (out / md_default.name if want_md else None)
    if want_pdf and want_md:
        return out.with_suffix(".pdf"), out.with_suffix(".md")
    return (out if want_pdf else None), (out if want_md else None)


def docx_target(source: Path, output: str | None, only: bool) -> Path:
    """Where the Word file goes: OUT itself when it is the only format, else NAME.export.docx
    beside the sketch or in the folder OUT (never NAME.docx: that is often the Word draft the
    sketch was imported from, as the Markdown copy is NAME.export.md, never the sketch)."""
    name = source.stem + ".export.docx"
    if output is None:
        return source.with_name(name)
    out = Path(output)
    if out.is_dir():
        return out / name
    return out if only else out.with_suffix(".docx")


def _failing_criteria(text: str, rubric, lang: str) -> list[str]:  # noqa: ANN001 - core types imported on first use
    """Titles of the criteria the sketch fails, judged as `skisse check` judges it (pages
    included), through the core's one checkup. A page count that cannot be found leaves the
    page criterion n/a: the export itself then says why the PDF cannot be made."""
    from ..core.judging.checkup import checkup
    from ..core.sketch.rubric import criterion_titles

    report = checkup(text, rubric=rubric).report
    titles = criterion_titles(rubric, lang)  # in the command line's language, not the sketch's
    return [titles.get(c.id, c.title) for c in report.criteria if c.status.value == "fail"]


def run(args: argparse.Namespace) -> int:
    from ..core.judging.checkup import parse
    from ..core.rendering.export import export_markdown, export_pdf
    from ..core.sketch.rubric import RubricError, load_rubric, rubric_argument, sketch_rubric
    from ..core.files.storage import SkisseFileError, read_text_file
    from .main import CliError

    lang = args.lang
    source = Path(args.path)
    if args.output is not None and not args.output.strip():  # «-o ' '» is no name (it would read as «.»)
        raise CliError(t("export.cli.no_name", lang), 2)
    try:
        loaded = read_text_file(source, word=True, lang=lang)
    except SkisseFileError as exc:
        raise CliError(str(exc), 2) from None
    sketch = parse(loaded.text)
    try:
        rubric = load_rubric(rubric_argument(args.rubric)) if args.rubric else sketch_rubric(sketch.meta.rubric)
    except RubricError as exc:
        raise CliError(exc.text(args.lang), 2) from None

    # With --force the files are written all the same, and the criteria still failing are
    # named on stderr, so a forced export never reads as a clean one.
    failing = _failing_criteria(loaded.text, rubric, lang)
    from ..core.sketch.safetext import visible

    quoted = ", ".join(f"“{visible(name)}”" if lang == "en" else f"«{visible(name)}»" for name in failing)
    if failing and not args.force:
        raise CliError(t("export.cli.failing", lang, names=quoted, path=shell_arg(source)), 1)

    want_docx = bool(getattr(args, "docx", False))
    want_pdf = args.pdf or not (args.md or want_docx)
    docx_path = docx_target(source, args.output, not (want_pdf or args.md)) if want_docx else None
    pdf_path, md_path = output_targets(source, args.output, want_pdf, args.md)
    if docx_path is not None and args.output and not Path(args.output).is_dir():
        # Several formats and one OUT: each gets OUT's name with its own suffix.
        pdf_path = Path(args.output).with_suffix(".pdf") if pdf_path is not None else None
        md_path = Path(args.output).with_suffix(".md") if md_path is not None else None
    # A file at a target that Skisse did not export (the Word draft the sketch was imported
    # from, a PDF made in Word, an export edited since) is replaced only with --force, and then
    # kept as NAME~; without it nothing at all is written.
    from ..core.rendering.export import not_exports

    theirs = not_exports((docx_path, md_path, pdf_path))
    if theirs and not args.force:
        raise CliError(t("export.cli.not_ours", lang, path=theirs[0], backup=f"{theirs[0]}~"), 2)
    replace = {"replace": True} if args.force else {}
    # Each format is written on its own: one that fails does not stop the others, and the
    # end says which were written and which were not (never «failed» when files were written).
    written: list[str] = []
    failed: list[tuple[str, str]] = []

    def attempt(name: str, write) -> None:
        try:
            write()
        except SkisseFileError as exc:
            failed.append((name, str(exc)))
        else:
            written.append(name)

    if docx_path is not None:
        def write_docx() -> None:
            from ..core.rendering.export import export_docx

            export_docx(sketch, rubric.layout, docx_path, source=source, lang=lang, **replace)
            print(t("docx.export.wrote", lang, path=docx_path))

        attempt("Word", write_docx)
    if md_path is not None:
        def write_md() -> None:
            export_markdown(sketch, md_path, source=source, lang=lang, **replace)
            print(t("export.cli.wrote_md", lang, path=md_path))

        attempt("Markdown", write_md)
    if pdf_path is not None:
        def write_pdf() -> None:
            info = export_pdf(sketch, rubric.layout, pdf_path, source=source, lang=lang, **replace)
            limit = rubric.layout.page_limit
            fraction = f"{info.fraction:.1f}" if lang == "en" else f"{info.fraction:.1f}".replace(".", ",")
            pages = t("export.cli.pages_one", lang) if info.pages == 1 else t("export.cli.pages_many", lang, n=info.pages)
            print(t("export.cli.wrote_pdf", lang, path=pdf_path, pages=pages, fraction=fraction, limit=limit))
            if info.pages > limit:
                print(t("export.cli.over_limit", lang, pages=info.pages, limit=limit))

        attempt("PDF", write_pdf)
    if theirs and written:
        import sys

        for path in theirs:
            if path.with_name(path.name + "~").is_file():
                print(f"skisse: {t('export.cli.replaced', lang, path=path, backup=f'{path}~')}", file=sys.stderr)
    if written and failing:
        import sys

        print(f"skisse: {t('export.cli.forced', lang, names=quoted, path=shell_arg(source))}", file=sys.stderr)
    if failed and not written:
        raise CliError(failed[0][1], 2)
    if failed:
        import sys

        for name, reason in failed:
            print(f"skisse: {t('export.cli.not_written', lang, format=name, reason=reason)}", file=sys.stderr)
        _say_left_out(sketch, lang)
        summary = t("export.cli.partial", lang, written=", ".join(written), failed=", ".join(name for name, _ in failed))
        raise CliError(summary, 2)
    _say_left_out(sketch, lang)
    return 0


def _say_left_out(sketch, lang: str) -> None:  # noqa: ANN001 - core types imported on first use
    """Name the empty sections the export left out (a bare heading wastes a page's lines)."""
    from ..core.rendering.empty import empty_headings
    from ..core.sketch.safetext import visible

    names = empty_headings(sketch)
    if names:
        quoted = ", ".join(f"“{visible(n)}”" if lang == "en" else f"«{visible(n)}»" for n in names)
        print(t("export.cli.left_out", lang, names=quoted))
