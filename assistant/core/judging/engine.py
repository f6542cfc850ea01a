"""Judge a sketch against a rubric: the one function the CLI, the TUI and the tests call."""

from __future__ import annotations

import string
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ..data.datafiles import DataFileError, read_validated
from ..data.paths import rubric_dir
from ..rendering.pages import PageInfo
from ..sketch import sections as sections_module
from ..sketch.model import Sketch
from ..sketch.rubric import Criterion, Rubric, RubricError, load_rubric, sketch_rubric
from ..sketch.sections import Localised
from ..sketch.text import lix_of_sentences
from .analysis import Analysis
from .checks import CHECKS, Context, Outcome
from .findings import CriterionResult, Finding, Level, Report, Said, Status, TextStats, shown_values, worst

MAX_CHECK_CHARS = 200_000


@cache
def default_messages() -> dict[str, Localised]:
    """Messages for every check kind, from rubric/messages.toml."""
    path = rubric_dir() / "messages.toml"
    try:
        return read_validated(path, lambda data: _messages(path, data), code=(Path(__file__), Path(sections_module.__file__)))
    except (OSError, DataFileError) as exc:
        raise RubricError(f"{path}: {exc}") from exc


def _messages(path: Path, data: dict) -> dict[str, Localised]:
    out: dict[str, Localised] = {}

    def walk(node: dict, prefix: str) -> None:
        for key, value in node.items():
            full = f"{prefix}{key}"
            if isinstance(value, dict) and "nb" in value:
                try:
                    out[full] = Localised.model_validate(value)
                except ValueError as exc:
                    raise RubricError(f"{path}: {full}: {exc}") from exc
            elif isinstance(value, dict):
                walk(value, full + ".")

    walk(data, "")
    return out


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _speaker(criterion: Criterion, lang: str):
    messages = default_messages()
    title = criterion.title.get(lang)
    # Titles read as the object of a sentence: «Skissen sier lite om dialog med næringslivet».
    if title[:2].isupper() is False and title[:1].isupper():
        title = title[:1].lower() + title[1:]

    def lookup(key: str) -> str | None:
        entry = criterion.messages.get(key) or messages.get(key)
        return entry.get(lang) if entry else None

    # What is said remembers how (`Said`), so a reader of another language can have it said
    # again in theirs (`report_in`).
    def say(key: str, **values: object) -> str:
        text = lookup(key)
        if text is None:
            return key
        return Said(string.Formatter().vformat(text, (), _Safe(title=title, **shown_values(values, lang))), key, values, criterion.id)

    def tip(key: str, **values: object) -> str | None:
        text = lookup(key + "-tip")
        if text is None:
            return None
        return Said(string.Formatter().vformat(text, (), _Safe(title=title, **shown_values(values, lang))), key + "-tip", values, criterion.id)

    return say, tip


# Check kinds that read the page count: they run after every other check, so that a layout
# started in another thread (see `batch.check_path`) is still working while the rest is judged.
PAGE_KINDS = frozenset({"page_limit"})


def _reads_pages(criterion: Criterion) -> bool:
    return any(check.kind in PAGE_KINDS for check in criterion.checks)


def _keep(finding: Finding, outcome: Outcome, status: Status, combine: str) -> bool:
    """Whether a finding is shown under the criterion's verdict. Where the best reading decides
    («combine = best»: the part is there and argued), a weaker reading's warnings would contradict
    the verdict shown beside them («OK … Skissen forklarer ikke …»): only its notes stay."""
    if combine != "best" or outcome.status in (status, Status.NA) or finding.level is Level.INFO:
        return True
    return False


def _budget_past_cut(whole: Sketch, cut: Sketch) -> int | None:
    """The line of the budget the whole text has past the part checked, when the part checked has
    none: the budget criteria then say it was not read, not that there is none."""
    if cut.budget is not None and (cut.budget.lines or cut.budget.stated_total is not None):
        return None
    last = cut.source.count("\n") + 1
    budget = whole.budget
    if budget is not None and (budget.lines or budget.stated_total is not None):
        line = min(x for x in (budget.table_start, budget.total_line) if x) if (budget.table_start or budget.total_line) else None
        if line is not None and line >= last:
            return line
    part = next((s for s in whole.sections if s.key == "budget"), None)
    if part is not None and part.line >= last and not any(s.key == "budget" for s in cut.sections):
        return part.line
    return None


def check_sketch(
    sketch: Sketch,
    rubric: Rubric | None = None,
    *,
    pages: PageInfo | Callable[[], PageInfo | None] | None = None,
    path: str | None = None,
) -> Report:
    """Run every check of the rubric on a parsed sketch.

    `pages` comes from the renderer: the page info, or a function that returns it when it is
    first needed (it may wait for a layout in progress, and its exceptions pass through).
    """
    rubric = rubric or sketch_rubric(sketch.meta.rubric)
    lang = sketch.language.value
    truncated = len(sketch.source) > MAX_CHECK_CHARS
    rest = ""
    if truncated:
        # A five-page sketch is some 20 000 characters; checking far past that only costs time.
        # Personal data is still looked for in the rest (`checks_personal`).
        from ..sketch.document import parse_sketch

        rest = sketch.source[MAX_CHECK_CHARS:]
        whole, sketch = sketch, parse_sketch(sketch.source[:MAX_CHECK_CHARS])
    analysis = Analysis(sketch)
    analysis.rest = rest
    if truncated:
        analysis.budget_past_cut = _budget_past_cut(whole, sketch)
    page_info = cache(lambda: pages() if callable(pages) else pages)  # waits once, when first needed

    def judge(criterion: Criterion) -> CriterionResult:
        say, tip = _speaker(criterion, lang)
        ctx = Context(analysis, criterion, rubric.layout, page_info() if _reads_pages(criterion) else None, say, tip)
        outcomes: list[Outcome] = [CHECKS[check.kind](ctx, check) for check in criterion.checks]
        statuses = [o.status for o in outcomes if o.status is not Status.NA]
        if not statuses:
            status = Status.NA
        elif criterion.combine == "best":
            status = min(statuses, key=[Status.PASS, Status.WARN, Status.FAIL].index)
        else:
            status = worst(statuses)
        findings = [f for o in outcomes for f in o.findings if _keep(f, o, status, criterion.combine)]
        return CriterionResult.model_construct(id=criterion.id, title=criterion.title.get(lang), weight=criterion.weight, status=status, findings=findings)

    judged = {id(c): judge(c) for c in rubric.criteria if not _reads_pages(c)}
    sents = analysis.all_sentences
    whole = lix_of_sentences(sents)
    stats = TextStats.model_construct(
        words=whole.words,
        lix=round(whole.value, 1),
        lix_band=whole.band,
        sections_lix={
            (s.key or s.heading): round(lix_of_sentences(analysis.section_sentences(s)).value, 1)
            for s in sketch.sections
            if analysis.section_sentences(s)
        },
    )
    notes = [n.text(lang) for n in sketch.notes]
    if truncated:
        chars = f"{MAX_CHECK_CHARS:,}".replace(",", " ")
        notes.insert(0, Said(default_messages()["engine.truncated"].get(lang).format(chars=chars), "engine.truncated", {"chars": chars}))
    judged.update({id(c): judge(c) for c in rubric.criteria if _reads_pages(c)})
    info = page_info()
    return Report.model_construct(
        path=path,
        rubric=rubric.id,
        language=lang,
        pages=info.pages if info else None,
        page_fraction=info.fraction if info else None,
        page_limit=rubric.layout.page_limit,
        criteria=[judged[id(c)] for c in rubric.criteria],
        notes=notes,
        stats=stats,
        parse_notes=list(sketch.notes),
    )


def report_in(report: Report, lang: str, rubric: Rubric | str | Path | None = None) -> Report:
    """The report as a reader of `lang` reads it (`--lang`, SKISSE_LANG, the window's language):
    criterion titles, the parser's notes, the notes and every finding's message and suggestion
    said in `lang`. Words quoted from the sketch stay as written. A rubric that cannot be read
    leaves titles and findings as judged."""
    if lang == report.language:
        return report
    try:
        found = rubric if isinstance(rubric, Rubric) else load_rubric(rubric or report.rubric)
    except RubricError:
        return report.read_in(lang)
    by_id = {c.id: c for c in found.criteria}
    titles = {c.id: c.title.get(lang) for c in found.criteria}
    speakers: dict[str | None, tuple] = {}
    messages = default_messages()

    def resay(text: str) -> str:
        if not isinstance(text, Said):
            return text
        values = {k: resay(v) if isinstance(v, str) else v for k, v in text.values.items()}
        if text.catalogue == "locale":
            from ...i18n import t

            return Said(t(text.key, lang, **shown_values(values, lang)), text.key, values, catalogue="locale")
        criterion = by_id.get(text.criterion) if text.criterion else None
        if criterion is None:
            entry = messages.get(text.key)
            if entry is None:
                return text
            return Said(string.Formatter().vformat(entry.get(lang), (), _Safe(**shown_values(values, lang))), text.key, values)
        if text.criterion not in speakers:
            speakers[text.criterion] = _speaker(criterion, lang)
        said = speakers[text.criterion][0](text.key, **values)
        return text if said == text.key else said

    return report.read_in(lang, titles, resay)
