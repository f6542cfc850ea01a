"""A session's log as lines a person reads, in the UI language."""

from __future__ import annotations

from ..i18n import t
from .report import section_title, status_label
from .sessions import Event


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(event: Event, lang: str) -> str:
    """One line for one entry of the log."""
    d = event.data
    match event.kind:
        case "start":
            return t("advisor.log.start", lang, advisor=d.get("advisor", ""))
        case "end":
            return t("advisor.log.end", lang)
        case "check":
            values = list((d.get("verdicts") or {}).values())
            counts = ", ".join(f"{values.count(s)} {status_label(s, lang)}" for s in ("pass", "warn", "fail") if values.count(s))
            return t("advisor.log.check", lang, counts=counts or "–")
        case "version":
            line = t("advisor.log.version", lang, number=d.get("number", "?"))
            if d.get("sections_changed"):
                line += " " + t("advisor.report.progress_sections", lang, sections=", ".join(section_title(s, lang) for s in d["sections_changed"]))
            if d.get("changes"):
                line += " " + "; ".join(d["changes"])
            return line
        case "comment":
            quote = f" «{_short(d['quote'], 40)}»" if d.get("quote") else ""
            return t("advisor.log.comment", lang, id=d.get("number", d.get("id", "?")), where=section_title(d.get("section"), lang)) + f"{quote}: {_short(d.get('body', ''))}"
        case "resolve":
            return t("advisor.cli.comment_resolved", lang, id=d.get("number", d.get("id", "?")))
        case "reopen":
            return t("advisor.cli.comment_reopened", lang, id=d.get("number", d.get("id", "?")))
        case "step":
            return t("advisor.log.step", lang, text=_short(d.get("text", ""), 120))
        case "step_done":
            return t("advisor.log.step_done", lang, id=d.get("number", d.get("id", "?")), text=_short(d.get("text", ""), 120))
        case "coach":
            return t("advisor.log.coach", lang, question=_short(d.get("question", ""), 60), answer=_short(d.get("answer", ""), 80))
        case "restore":
            return t("advisor.log.restore", lang, number=d.get("version", "?"))
    return f"{event.kind}: {d}"
