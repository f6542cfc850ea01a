"""The whole typst document for a sketch: layout settings, title block, body, end marker."""

from __future__ import annotations

import html
import re

from ....i18n import t
from ...sketch.model import Organisation, Partner, Sketch
from ...sketch.rubric import Layout
from .escape import show, lit
from .markdown import BudgetHint, Converter, Labels

TEMPLATE_NAME = "skisse.typ"
END_LABEL = "skisse-end"
RUNNING_HEAD_CHARS = 100


def running_head(title: str | None, applicant: str | None) -> str:
    """The line at the top of every page but the first (PDF and Word): «title · applicant»,
    cut to fit on one line in the margin; '' when there is neither."""
    text = " · ".join(p for p in (title, applicant) if p)
    if len(text) > RUNNING_HEAD_CHARS:
        text = text[: RUNNING_HEAD_CHARS - 1].rstrip() + "…"
    return text
# Fonts embedded in typst itself; the rubric's font comes first, these catch what it lacks.
FALLBACK_FONTS = ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono")
# Lines such as «**Søker:** Bergen kommune» that the title block already shows.
_FIELD_LINE = re.compile(
    r"^\s*(?:[-*]\s+)?\**\s*(?:søker|søkar|søkjar|applicant|hovedsøker|hovudsøkar|lead applicant|partnere|partnarar|"
    r"samarbeidspartnere|samarbeidspartnarar|medsøkere|medsøkarar|partners|co-applicants)\s*:?\s*\**\s*:",
    re.IGNORECASE,
)
_ORGNR_LINE = re.compile(r"^\s*(?:[-*]\s+)?\**\s*(?:org\.?\s*nr\.?|organisasjonsnummer|org\.? ?no\.?)\s*:?\s*\**\s*:?\s*[\d\s\u00a0]{9,13}\s*$", re.I)


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
        f"margin: {margin}, leading: {_length(layout.leading_em, 'em')}, justify: {'true' if layout.justify else 'false'}"
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


def _front_lines(lines: list[str], drop_fields: bool, drop_orgnr: bool) -> list[str]:
    """Lines before the first section, without the «Søker: ...» lines the title block shows."""
    out = []
    for line in lines:
        if (drop_fields and _FIELD_LINE.match(line)) or (drop_orgnr and _ORGNR_LINE.match(line)):
            out.append("")
        else:
            out.append(line)
    return out


def display_title(sketch: Sketch) -> tuple[str | None, bool]:
    """The title for the title block, and whether it is the first section's heading.

    A sketch whose only title is an unrecognised level-1 heading at the top (such as
    «# Et trygt sted å bo<br>») gets that heading as its title.
    """
    if sketch.title:
        return sketch.title, False
    first = sketch.sections[0] if sketch.sections else None
    if first is not None and first.key is None and first.level == 1 and len(sketch.sections) > 1:
        text = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", first.heading)).strip("*_ ").split())
        if text:
            return text, True
    return None, False


def body_parts(sketch: Sketch, title_is_heading: bool) -> tuple[list[str], int, list]:
    """The text before the first section (its lines and the 1-based number of its first line),
    and the sections that follow; a first section that is the title joins the front text. The
    PDF and the Word file both lay the body out from these. Empty sections (a heading with
    nothing under it but the template's comments) are left out (`empty.empty_sections`)."""
    from ..empty import empty_sections

    lines = sketch.source.splitlines()
    sections = list(sketch.sections)
    front_end = (sections[0].line - 1) if sections else len(lines)
    front = lines[sketch.front_matter_end : front_end]
    front_first = sketch.front_matter_end + 1
    if sketch.title_line is not None and sketch.front_matter_end < sketch.title_line <= front_end:
        # A title written as a paragraph is shown in the title block, not again as body text.
        front[sketch.title_line - 1 - sketch.front_matter_end] = ""
    if title_is_heading:
        first = sections.pop(0)
        front = lines[sketch.front_matter_end : first.line - 1] + [""] + lines[first.body_line - 1 : first.end_line]
        front_first = 0  # line numbers of this text do not matter: it holds no budget
    empty = {id(s) for s in empty_sections(sketch)}
    return front, front_first, [s for s in sections if id(s) not in empty]


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
    title, title_is_heading = display_title(sketch)
    labels = Labels(image=t("render.image", lang))
    budget = _budget_hint(sketch, lang)

    # The body, section by section as the parser found them: the PDF's headings are the
    # sections the checker judged, each at the top level, whatever '#' level was typed.
    lines = sketch.source.splitlines()
    front, front_first, sections = body_parts(sketch, title_is_heading)
    drop_orgnr = applicant is not None and applicant.orgnr is not None
    parts = [
        Converter(min_heading=2, skip_title=title, budget=budget, labels=labels).convert(
            _front_lines(front, drop_fields=bool(rows), drop_orgnr=drop_orgnr), max(front_first, 1)
        )
    ]
    for section in sections:
        converter = Converter(heading_shift=section.level - 1, min_heading=2, budget=budget, labels=labels)
        heading = converter.inline(section.heading)
        if heading:
            parts.append(f"#heading(level: 1)[{heading}]")
        parts.append(converter.convert(lines[section.body_line - 1 : section.end_line], section.body_line))
    body = "\n\n".join(p for p in parts if p)

    running_text = running_head(title, applicant.name if applicant else None)
    running = f"[{show(running_text)}]" if running_text else "none"
    authors = ", ".join(lit(o.name) for o in ([applicant] if applicant else []))
    head = [
        f'#import "{TEMPLATE_NAME}": skisse, title-block, cramped-table',
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
