"""The feedback report an advisor hands the applicant, as Markdown (and PDF through the renderer)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.judging.checkup import parse
from ..core.judging.findings import Report
from ..core.sketch.document import parse_sketch
from ..core.judging.engine import report_in
from ..core.sketch.sections import spec
from ..i18n import t
from .comments import Comment, CommentStatus, list_comments
from .db import HistoryDB
from .sessions import Session, Step, sessions_for, steps_for
from .versions import Version, latest_version, list_versions, sections_changed, verdict_changes

MAX_EVIDENCE = 4  # findings shown per criterion; the rest are counted


@dataclass
class FeedbackData:
    """Everything the report says, gathered from the history and the latest check."""

    title: str
    applicant: str | None
    report: Report
    version: Version | None
    session: Session | None
    baseline: Version | None
    comments: list[Comment] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    sections_changed: list[str] = field(default_factory=list)


def status_label(status: str | None, lang: str) -> str:
    return t(f"advisor.status.{status}", lang) if status else t("advisor.status.none", lang)


def section_title(section: str | None, lang: str) -> str:
    if not section:
        return t("advisor.report.whole_sketch", lang)
    s = spec(section)
    return s.title.get(lang) if s else section


def _baseline(versions: list[Version], session: Session | None, sessions: list[Session]) -> Version | None:
    """The version the applicant had at the end of the previous session."""
    if not versions:
        return None
    if session is None:
        return versions[-2] if len(versions) > 1 else None
    earlier = [s for s in sessions if s.id < session.id]
    if not earlier:
        # No earlier meeting: show what changed since this one started (the text as it stood then).
        before = [v for v in versions if v.session_id != session.id and v.created <= session.started]
        first = before[-1] if before else next((v for v in versions if v.session_id == session.id), None)
        return first if first is not None and first.id != versions[-1].id else None
    previous = earlier[-1]
    in_previous = [v for v in versions if v.session_id == previous.id]
    if in_previous:
        return in_previous[-1]
    before = [v for v in versions if v.created <= (previous.ended or session.started)]
    return before[-1] if before else None


def gather(db: HistoryDB, path: Path | str, report: Report, *, text: str, session: Session | None = None) -> FeedbackData:
    """Collect the report's content for the sketch at `path` as it reads now (`text`)."""
    sketch = parse(text)
    versions = list_versions(db, path)
    sessions = sessions_for(db, path)
    if session is None and sessions:
        session = sessions[-1]
    baseline = _baseline(versions, session, sessions)
    current = latest_version(db, path)
    return FeedbackData(
        title=sketch.title or sketch.meta.title or "",
        applicant=sketch.applicant.name if sketch.applicant else None,
        report=report,
        version=current,
        session=session,
        baseline=baseline,
        comments=list_comments(db, path, status=CommentStatus.OPEN),
        steps=steps_for(db, path),
        sections_changed=sections_changed(baseline.text, text) if baseline else [],
    )


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def render_markdown(data: FeedbackData, lang: str, *, table: bool = True) -> str:
    """The report as Markdown, in the applicant's language; `table=False` lists the verdicts instead."""
    out: list[str] = []
    # Titles, notes and findings in the report's language, whatever the sketch's.
    report = report_in(data.report, lang)
    title = data.title or t("advisor.report.untitled", lang)
    out.append(f"# {t('advisor.report.title', lang, title=title)}")
    out.append("")
    facts: list[str] = []
    if data.applicant:
        facts.append(f"**{t('advisor.report.applicant', lang)}:** {data.applicant}")
    if data.session:
        facts.append(f"**{t('advisor.report.advisor', lang)}:** {data.session.advisor}")
        facts.append(f"**{t('advisor.report.date', lang)}:** {data.session.started[:10]}")
    if data.version:
        facts.append(f"**{t('advisor.report.version', lang)}:** {data.version.number}")
    if facts:
        out.append("  \n".join(facts))
        out.append("")

    out.append(f"## {t('advisor.report.verdicts', lang)}")
    out.append("")
    if table:
        out.append(f"| {t('advisor.report.col_criterion', lang)} | {t('advisor.report.col_verdict', lang)} | {t('advisor.report.col_evidence', lang)} |")
        out.append("|---|---|---|")
    for c in report.criteria:
        findings = [f for f in c.findings if f.message]
        evidence = [f.message + (f" ({section_title(f.section, lang)})" if f.section and spec(f.section) else "") for f in findings[:MAX_EVIDENCE]]
        if len(findings) > MAX_EVIDENCE:
            evidence.append(f"+{len(findings) - MAX_EVIDENCE}")
        cell = " ".join(e if e.rstrip().endswith((".", "!", "?", ")")) else e + "." for e in evidence) if evidence else t("advisor.report.no_findings", lang)
        if table:
            out.append(f"| {_cell(c.title)} | {status_label(c.status.value, lang)} | {_cell(cell)} |")
        else:
            out.append(f"- **{_cell(c.title)}: {status_label(c.status.value, lang)}.** {_cell(cell)}")
    out.append("")

    out.append(f"## {t('advisor.report.pages', lang)}")
    out.append("")
    if report.page_fraction is not None or report.pages is not None:
        pages = report.page_fraction if report.page_fraction is not None else report.pages
        shown = f"{pages:.1f}".replace(".", ",") if lang != "en" else f"{pages:.1f}"
        out.append(t("advisor.report.pages_value", lang, pages=shown, limit=report.page_limit or 5))
    else:
        out.append(t("advisor.report.pages_unknown", lang))
    out.append("")
    # How the file was read (a Word file: what was left out, whose pagination counts).
    if report.notes:
        out.extend(f"- {_cell(note)}" for note in report.notes)
        out.append("")

    out.append(f"## {t('advisor.report.progress', lang)}")
    out.append("")
    if data.baseline is None:
        out.append(t("advisor.report.progress_first", lang))
    else:
        out.append(t("advisor.report.progress_since", lang, old=data.baseline.number, date=data.baseline.created[:10]))
        out.append("")
        changes = [v for v in verdict_changes(data.baseline.report, data.report) if v.changed]
        if changes:
            for v in changes:
                out.append(f"- {v.title} ({v.criterion}): {status_label(v.before, lang)} → {status_label(v.after, lang)}")
        else:
            out.append(f"- {t('advisor.report.progress_none', lang)}")
        if data.sections_changed:
            names = ", ".join(section_title(s, lang) for s in data.sections_changed)
            out.append(f"- {t('advisor.report.progress_sections', lang, sections=names)}")
        else:
            out.append(f"- {t('advisor.report.progress_no_sections', lang)}")
    out.append("")

    out.append(f"## {t('advisor.report.comments', lang)}")
    out.append("")
    if data.comments:
        for c in data.comments:
            where = section_title(c.section, lang)
            quote = f" «{' '.join(c.quote.split())}»" if c.quote else ""
            gone = f" ({t('advisor.report.comment_orphaned', lang)})" if c.orphaned else ""
            out.append(f"- **{where}**{quote}{gone}: {c.body} — {c.author}, {c.created[:10]}")
    else:
        out.append(t("advisor.report.comments_none", lang))
    out.append("")

    out.append(f"## {t('advisor.report.steps', lang)}")
    out.append("")
    if data.steps:
        # Each step keeps its number on the sketch (the one `coach --step-done N` takes), so
        # after step 1 is done the list reads «2. …», not a renumbered «1. …».
        for step in data.steps:
            out.append(f"{step.number}. {step.text}")
    else:
        out.append(t("advisor.report.steps_none", lang))
    out.append("")
    return "\n".join(out)


def feedback_markdown(
    db: HistoryDB, path: Path | str, report: Report, *, text: str, lang: str, session: Session | None = None, table: bool = True
) -> str:
    """Gather and render in one call."""
    return render_markdown(gather(db, path, report, text=text, session=session), lang, table=table)


def feedback_pdf(markdown: str, *, lang: str = "nb", rubric_id: str | None = None) -> bytes:
    """The report (best made with `table=False`) as a PDF, through the sketch's renderer and layout.

    Only the report's own `#` headings are headings: a lone «1. Skriv mer om hvorfor oss» under
    «Avtalte neste steg» is a one-item list, not a heading a word processor left. The title
    block's kicker, applicant label and page footer are in the report's language `lang`.

    Raises RuntimeError (the renderer's RenderError) when typst cannot lay it out.
    """
    from ..core.rendering.render import default_renderer
    from ..core.sketch.model import Language
    from ..core.sketch.rubric import load_rubric

    sketch = parse_sketch(markdown, marked_headings_only=True)
    sketch = sketch.model_copy(update={"meta": sketch.meta.model_copy(update={"language": Language(lang)})})
    return default_renderer().pdf(sketch, load_rubric(rubric_id).layout)
