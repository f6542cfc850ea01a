"""`skisse rubric list` / `skisse rubric show ID`: the rubrics Skisse knows."""

from __future__ import annotations

import argparse

from ..i18n import t


def register(sub: argparse._SubParsersAction, lang: str) -> None:
    p = sub.add_parser("rubric", help=t("rubric.help", lang), description=t("rubric.help", lang))
    rsub = p.add_subparsers(dest="rubric_command", metavar=t("cli.commands_metavar", lang))
    ls = rsub.add_parser("list", help=t("rubric.list_help", lang))
    ls.set_defaults(handler=run_list)
    show = rsub.add_parser("show", help=t("rubric.show_help", lang))
    show.add_argument("id", metavar="ID")
    show.set_defaults(handler=run_show)
    p.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    from ..core.sketch.rubric import DEFAULT_RUBRIC, RubricError, list_rubrics
    from .main import CliError

    try:
        rubrics = list_rubrics()
    except RubricError as exc:
        raise CliError(exc.text(args.lang)) from None
    for r in rubrics:
        mark = " *" if r.id == DEFAULT_RUBRIC else ""
        print(f"{r.id}{mark}\t{r.title.get(args.lang)}\t({len(r.criteria)} {t('rubric.criteria', args.lang)})")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from rich.text import Text

    from ..advisor.console import safe_console
    from ..core.sketch.rubric import RubricError, load_rubric, rubric_argument
    from .main import CliError

    try:
        r = load_rubric(rubric_argument(args.id))  # an id, or a file the user names here
    except RubricError as exc:
        raise CliError(exc.text(args.lang)) from None
    lang = args.lang
    console = safe_console()
    console.print(Text(r.title.get(lang), style="bold"))
    console.print(r.description.get(lang))
    lay = r.layout
    console.print(Text(t("rubric.layout", lang, paper=lay.paper.upper(), size=f"{lay.font_size_pt:g}", font=lay.font, margin=f"{lay.margin_left_mm:g}", pages=lay.page_limit), style="dim"))
    for c in r.criteria:
        console.print()
        head = Text(c.id, style="bold")
        head.append(f"  {c.title.get(lang)}")
        head.append(f"  ({t('rubric.weight', lang)} {c.weight:g})", style="dim")
        console.print(head)
        console.print("  " + c.guidance.get(lang))
        if c.sections:
            from ..core.sketch.sections import spec

            names = ", ".join(found.title.get(lang) if (found := spec(s)) else s for s in c.sections)
            console.print(Text(f"  {t('rubric.sections', lang)}: {names}", style="dim"))
        for q in c.questions:
            console.print(Text("  ? " + q.get(lang), style="cyan"))
        kinds = ", ".join(ch.kind for ch in c.checks)
        console.print(Text(f"  {t('rubric.checks', lang)}: {kinds}", style="dim"))
    return 0
