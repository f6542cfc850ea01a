"""The whole typst document for a sketch: layout settings, title block, body, end marker."""

from __future__ import annotations

import re

from ...i18n import t
from ..model import Organisation, Partner, Sketch
from ..rubric import Layout
from .escape import show, lit
from .markdown import BudgetHint, Converter, Labels

TEMPLATE_NAME = "skisse.typ"
END_LABEL = "skisse-end"
# Fonts embedded in typst itself; the rubric's font comes first, these catch what it lacks.
FALLBACK_FONTS = ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono")
# Lines such as «**Søker:** Bergen kommune» that the title block already shows.
_FIELD_LINE = re.compile(
    r"^\s*(?:[-*]\s+)?\**\s*(?:søker|søkar|søkjar|applicant|hovedsøker|hovudsøkar|lead applicant|partnere|partnarar|"
    r"samarbeidspartnere|samarbeidspartnarar|medsøkere|medsøkarar|partners|co-applicants)\s*:?\s*\**\s*:",
    re.IGNORECASE,
)


def format_orgnr(orgnr: str) -> str:
    """«964338531» → «964 338 531» with non-breaking spaces; anything else as given."""
    digits = re.sub(r"\D", "", orgnr)
    if len(digits) == 9:
        return "\u00a0".join((digits[:3], digits[3:6], digits[6:]))
    return orgnr


def _org_markup(org: Organisation, lang: str) -> str:
    parts = [show(org.name)]
    if org.orgnr:
        parts.append(show(f" ({t('render.orgnr', lang)}\u00a0{format_orgnr(org.orgnr)})"))
    if isinstance(org, Partner) and org.role:
        parts.append(f"#text(fill: luma(85))[{show(' – ' + org.role)}]")
    return "".join(parts)


def _length(value: float, unit: str) -> str:
    return f"{float(value):.4g}{unit}"


def layout_args(layout: Layout) -> str:
    fonts = ", ".join(lit(f) for f in dict.fromkeys((layout.font, *FALLBACK_FONTS)))
    margin = (
        f"(top: {_length(layout.margin_top_mm, 'mm')}, bottom: {_length(layout.margin_bottom_mm, 'mm')}, "
        f"left: {_length(layout.margin_left_mm, 'mm')}, right: {_length(layout.margin_right_mm, 'mm')})"
    )
    return (
        f"paper: {lit(layout.paper)}, font: ({fonts},), size: {_length(layout.font_size_pt, 'pt')}, "
        f"margin: {margin}, leading: {_length(layout.leading_em, 'em')}"
    )


def _page_label(lang: str) -> str:
    """«Side {page} av {total}» split around its two numbers, as three typst strings."""
    text = t("render.page", lang)
    before, _, rest = text.partition("{page}")
    middle, _, after = rest.partition("{total}")
    return f"({lit(before)}, {lit(middle)}, {lit(after)})"


def _budget_hint(sketch: Sketch, lang: str) -> BudgetHint | None:
    budget = sketch.budget
    if budget is None or budget.table_start is None:
        return None
    procurement = budget.procurement_lines
    excluded = budget.total_excluding_procurement
    # Only say «not in the total» when that is true of the total the reader sees.
    mark = bool(procurement) and (budget.stated_total is None or budget.stated_total == excluded)
    return BudgetHint(
        table_start=budget.table_start,
        procurement_rows={line.line for line in procurement if line.line is not None},
        total_row=budget.total_line,
        mark_procurement=mark,
        add_total=budget.stated_total is None and any(line.amount for line in budget.lines),
        total_label=t("render.total_excl" if procurement else "render.total", lang),
        not_in_total=t("render.not_in_total", lang),
    )


def body_text(sketch: Sketch, *, drop_fields: bool) -> tuple[str, int]:
    """The Markdown after the metadata block, and the file line it starts on.

    Lines are split the way the parser splits them, so line numbers match the sketch's.
    """
    lines = sketch.source.splitlines()
    first = sketch.front_matter_end
    body = lines[first:]
    if drop_fields:
        preamble_end = (sketch.sections[0].line - 1) if sketch.sections else len(lines)
        for i in range(0, max(0, preamble_end - first)):
            if _FIELD_LINE.match(body[i]):
                body[i] = ""
    return "\n".join(body), first + 1


def build_source(sketch: Sketch, layout: Layout) -> str:
    """The typst source of the sketch's PDF. All sketch text is in string literals."""
    lang = sketch.language.value
    applicant = sketch.applicant
    partners = list(sketch.partners)
    rows: list[str] = []
    if applicant is not None:
        rows.append(f"([{show(t('render.applicant', lang))}], [{_org_markup(applicant, lang)}])")
    if partners:
        names = "#linebreak()".join(_org_markup(p, lang) for p in partners)
        rows.append(f"([{show(t('render.partners', lang))}], [{names}])")

    text, first_line = body_text(sketch, drop_fields=bool(rows))
    levels = [s.level for s in sketch.sections]
    converter = Converter(
        first_line=first_line,
        heading_shift=(min(levels) - 1) if levels else 0,
        skip_title=sketch.title,
        preamble_end=sketch.sections[0].line if sketch.sections else 10**9,
        budget=_budget_hint(sketch, lang),
        labels=Labels(image=t("render.image", lang)),
    )
    body = converter.convert(text)

    title = sketch.title
    running_parts = [p for p in (title, applicant.name if applicant else None) if p]
    running = f"[{show(' · '.join(running_parts))}]" if running_parts else "none"
    authors = ", ".join(lit(o.name) for o in ([applicant] if applicant else []))
    head = [
        f'#import "{TEMPLATE_NAME}": skisse, title-block',
        f"#show: skisse.with({layout_args(layout)}, lang: {lit(lang)}, "
        f"title: {lit(title) if title else 'none'}, running: {running}, author: ({authors}{',' if authors else ''}), "
        f"page-label: {_page_label(lang)})",
        f"#title-block(kicker: {lit(t('render.kicker', lang))}, title: {f'[{show(title)}]' if title else 'none'}, "
        f"rows: ({', '.join(rows)}{',' if rows else ''}))",
    ]
    end = (
        "#context [#metadata((page: here().page(), y: here().position().y.pt(), height: page.height.pt())) "
        f"<{END_LABEL}>]"
    )
    return "\n".join(head) + "\n\n" + body + "\n\n" + end + "\n"
