"""Change a sketch's text without touching what was not changed.

Each edit splices new text into the sketch's `source` and returns the whole text; what the edit
did not name stays byte for byte, and every other part is read as before (tested by property).
"""

from __future__ import annotations

from typing import Any

import yaml

from .amounts import format_amount
from .budget import CATEGORY_LABELS, total_only
from .document import _BOLD_ONLY, _SETEXT, _lines, atx_heading, parse_sketch
from .model import BudgetLine, Language, Metadata, Section, Sketch
from .sections import section_order, spec
from .text import FENCE


def _join(lines: list[str], newline: str, trailing: bool) -> str:
    return newline.join(lines) + (newline if trailing else "")


def metadata_block(meta: Metadata) -> str:
    """The YAML metadata block for a sketch, between '---' lines."""
    data: dict[str, Any] = {}
    if meta.title:
        data["title"] = meta.title
    if meta.applicant:
        data["applicant"] = {k: v for k, v in {"name": meta.applicant.name, "orgnr": meta.applicant.orgnr, "kind": meta.applicant.kind.value}.items() if v}
    if meta.partners:
        data["partners"] = [
            {k: v for k, v in {"name": p.name, "orgnr": p.orgnr, "kind": p.kind.value, "role": p.role}.items() if v}
            for p in meta.partners
        ]
    data["language"] = meta.language.value
    if meta.rubric:
        data["rubric"] = meta.rubric
    for key, value in (meta.model_extra or {}).items():
        data.setdefault(key, value)
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)
    return "---\n" + dumped + "---\n"


def set_metadata(sketch: Sketch, meta: Metadata) -> str:
    """The sketch's text with its metadata block replaced (or added)."""
    lines = _lines(sketch.source)
    block = _lines(metadata_block(meta))
    rest = lines[sketch.front_matter_end :]
    # Any line break the parser splits on ends the text, a record separator («\x1e») as well.
    trailing = sketch.source[-1:].splitlines() == [""]
    return _join(block + rest, sketch.newline, trailing or not rest)


def _heading_for(section_id: str, lang: Language, level: int, bold: bool = False) -> str:
    s = spec(section_id)
    title = s.title.get(lang) if s else section_id
    return f"**{title}**" if bold else "#" * level + " " + title


def _bold_headed(sketch: Sketch, lines: list[str]) -> bool:
    """Whether the sketch's parts are headed by bold lines only, as a draft pasted from a word
    processor is: a part added to it is headed the same way, since one «##» heading would make
    the parser read the sketch as a Markdown one and its bold lines as text."""
    if not sketch.sections:
        return False
    for s in sketch.sections:
        line = lines[s.line - 1] if s.line - 1 < len(lines) else ""
        underlined = s.line < len(lines) and _SETEXT.match(lines[s.line]) is not None
        if atx_heading(line) is not None or underlined or _BOLD_ONLY.match(line) is None:
            return False
    return True


def set_section_body(sketch: Sketch, section_id: str, body: str) -> str:
    """The sketch's text with one section's body replaced; a missing section is added in order."""
    lines = _lines(sketch.source)
    new_body = _lines(body.strip("\n"))
    target = sketch.section(section_id)
    if target is not None:
        return _replace_body(sketch, target, new_body)
    # The level the parser read the sections at, not the deepest one a section has: a sketch with
    # «# Behov» twice and one «## Sammendrag» reads its sections at level 1, and a second level-2
    # heading would tip the count to level 2 and turn both «#» headings into a title. Where even
    # that tips the reading (one heading per level, each naming its own part), the first other
    # level that keeps every part read as before is used.
    order = section_order()
    pos = order.index(section_id) if section_id in order else len(order)
    insert_at = len(lines)
    for s in sketch.sections:
        if s.key in order and order.index(s.key) > pos:
            insert_at = s.line - 1
            break
    bold = _bold_headed(sketch, lines)
    before = lines[:insert_at]
    if (fence := _unclosed_fence(before, sketch.front_matter_end)) is not None:
        before.append(fence)  # a heading added inside an open code fence would not be a heading
    kept = _parts(sketch, section_id)
    first = None
    for level in dict.fromkeys([sketch.section_level, *range(1, 7)]):
        text = _added(sketch, section_id, level, bold, before, new_body, lines[insert_at:])
        first = first or text
        after = parse_sketch(text)
        if bold or (_parts(after, section_id) == kept and after.section(section_id) is not None):
            return text
    return first


def _added(sketch: Sketch, section_id: str, level: int, bold: bool, before: list[str], body: list[str], rest: list[str]) -> str:
    """The text with a part headed at `level` added between `before` and `rest`."""
    nl = sketch.newline
    block = [_heading_for(section_id, sketch.language, level, bold), ""] + body + [""]
    if not (before and before[-1].strip()):
        return _join(before + block + rest, nl, True)
    # A blank line above the new heading, as the house style has it, unless that blank would leave
    # the line above standing alone, where a short line reads as a heading pasted from a word
    # processor («BEHOV» above «# Sammendrag»): then the heading follows the line directly, as
    # Markdown allows, and every other part is read as before.
    spaced = _join(before + [""] + block + rest, nl, True)
    if _parts(parse_sketch(spaced), section_id) == _parts(sketch, section_id):
        return spaced
    return _join(before + block + rest, nl, True)


def _replace_body(sketch: Sketch, target: Section, new_body: list[str]) -> str:
    """The text with `target`'s body replaced, set off by a blank line above and (before the next
    heading) below, as the house style has it. Where the body stood right against its heading or
    the next one, such a blank line can make a short line of it stand alone and read as a heading
    («BEHOV» right under «# Budsjett»); then the blank line is left out where that keeps every
    part (this one included) read as before."""
    lines = _lines(sketch.source)
    start, end = target.body_line - 1, target.end_line
    following = end < len(lines)

    def spliced(above: bool, below: bool) -> str:
        return _join(lines[:start] + [""] * above + new_body + [""] * below + lines[end:], sketch.newline, True)

    house = spliced(True, following)
    tight = start < end and (lines[start].strip() or (following and lines[end - 1].strip()))
    if not tight:  # the blank lines were there already: nothing reads differently for them
        return house
    before = _reading(sketch)
    for above, below in ((True, following), (False, following), (True, False), (False, False)):
        text = house if (above, below) == (True, following) else spliced(above, below)
        if _reading(parse_sketch(text)) == before:
            return text
    return house


def _reading(sketch: Sketch) -> tuple[str | None, list[tuple[str, str, int]]]:
    """The title and the parts (key, heading, level) as the parser read them."""
    return sketch.title, [(s.key, s.heading, s.level) for s in sketch.sections]


def _parts(sketch: Sketch, section_id: str) -> list[tuple[str, str, int]]:
    """The parts other than one, as the parser read them: what an edit of that one must keep."""
    return [(s.key, s.heading, s.level) for s in sketch.sections if s.key != section_id]


def _unclosed_fence(lines: list[str], start: int) -> str | None:
    """The marker of a code fence still open after `lines` (as `_headings` reads fences), or None."""
    opened: str | None = None
    for line in lines[start:]:
        if m := FENCE.match(line):
            opened = None if opened is not None else m.group(1)
    return opened


def set_budget(sketch: Sketch, lines_: list[BudgetLine], years: list[str] | None = None) -> str:
    """The sketch's text with its budget table rewritten from these lines."""
    table = _lines(budget_table(lines_, sketch.language, years))
    budget = sketch.budget
    lines = _lines(sketch.source)
    section = sketch.section("budget")
    # A budget read from text outside the budget part («1 KR; 1 KR» above «# Budsjett») stays as
    # written and the table goes into the budget part: replacing those lines put the table where
    # a budget is read only with two amounts or more, and a one-line budget was lost.
    # With no budget part at all, such a budget is elsewhere too: the table makes the part.
    elsewhere = (
        budget is not None
        and budget.table_start is not None
        and (section is None or not (section.body_line <= budget.table_start and (budget.table_end or 0) <= section.end_line))
    )
    if budget is not None and budget.table_start is not None and budget.table_end is not None and not elsewhere:
        start, end = budget.table_start - 1, budget.table_end
        after = lines[end:]
        if (at := _own_total_line(sketch, budget.total_line)) is not None and at > end:
            # «Sum: 1 800 000 kr» under a list: the table's total row says it now, and an old sum
            # left standing would say another figure once a line changed.
            after = lines[end : at - 1] + lines[at:]
            if after[: at - 1 - end] and not any(x.strip() for x in after[: at - 1 - end]) and at < len(lines) and not lines[at].strip():
                after = after[: at - 1 - end] + after[at - end :]  # no double blank line left behind
            if not any(x.strip() for x in after):
                after = []
        if (fence := _unclosed_fence(lines[:start], sketch.front_matter_end)) is not None:
            table = [fence, *table]  # a table inside an open code fence would not be read
        elif start and "|" in lines[start - 1]:
            table = ["", *table]  # a row-like line right above would be read as the table's header
        if after and "|" in after[0]:
            table = [*table, ""]  # and one right below, as one of the table's rows
        return _join(lines[:start] + table + after, sketch.newline, True)
    before = section.body.strip("\n") if section and section.body.strip() else ""
    if before and (fence := _unclosed_fence(_lines(before), 0)) is not None:
        before += "\n" + fence  # a table inside an open code fence would not be read
    body = (before + "\n\n" if before else "") + "\n".join(table)
    return set_section_body(sketch, "budget", body)


def _own_total_line(sketch: Sketch, lineno: int | None) -> int | None:
    """The line number of a line in the budget part that says only the total, else None."""
    section = sketch.section("budget")
    lines = _lines(sketch.source)
    if lineno is None or section is None or not (section.body_line <= lineno <= section.end_line):
        return None
    return lineno if total_only(lines[lineno - 1]) else None


def budget_table(lines: list[BudgetLine], lang: Language = Language.NB, years: list[str] | None = None) -> str:
    """Write budget lines as a Markdown table with a total that leaves procurement out."""
    labels = CATEGORY_LABELS[lang]
    head = {
        Language.NB: ("Post", "Kategori", "Beløp (kr)", "Sum ekskl. anskaffelse", "Ikke med i summen"),
        Language.NN: ("Post", "Kategori", "Beløp (kr)", "Sum ekskl. anskaffing", "Ikkje med i summen"),
        Language.EN: ("Item", "Category", "Amount (NOK)", "Total excl. procurement", "Not in the total"),
    }[lang]
    years = years or []
    columns = [head[0], head[1], *years, head[2]]
    out = ["| " + " | ".join(columns) + " |", "|" + "|".join(["---", "---", *(["---:"] * len(years)), "---:"]) + "|"]
    total = 0
    for line in lines:
        year_cells = [format_amount(line.years[y]) if y in line.years else "" for y in years]
        amount = line.amount if line.amount is not None else sum(line.years.values())
        label = labels[line.category]
        if line.procurement:
            label = f"{label} ({head[4].lower()})"
        else:
            total += amount or 0
        out.append("| " + " | ".join([line.item.replace("|", "\\|"), label, *year_cells, format_amount(amount or 0)]) + " |")
    out.append("| " + " | ".join([f"**{head[3]}**", "", *([""] * len(years)), f"**{format_amount(total)}**"]) + " |")
    return "\n".join(out) + "\n"
