"""Prompt files to `ChatPromptTemplate`s, and the values each action fills in.

`prompts/<lang>/system.toml` holds the shared system message; `prompts/<lang>/<action>.toml`
the action's `human` message and an optional `system` addition. A call folder may hold its own
copies of any of them (`rubric/<call-id>/prompts/<lang>/system.toml` describes that call), read
in place of the shared ones for sketches judged by that call's rubric. LangChain is imported when
a template is built, not when this module is imported.
"""

from __future__ import annotations

import re
import secrets
import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.data.paths import prompts_dir, rubric_dir
from ..core.sketch.amounts import format_amount, format_millions
from ..i18n import t
from .base import CoachRequest

if TYPE_CHECKING:
    from langchain_core.prompts import ChatPromptTemplate

    from .context import DraftContext

LANGS = ("nb", "nn", "en")
SYSTEM_VARIABLES = frozenset({"rubric"})
# The variables each action's human message uses; the code fills exactly these.
# Every action puts text from the sketch in blocks marked with `boundary`, a code drawn anew for
# each request: `<utkast-{boundary}>` … `</utkast-{boundary}>`. The draft cannot know the code, so
# nothing in it can close its own block and speak as the user.
TEMPLATE_VARIABLES: dict[str, frozenset[str]] = {
    "ask": frozenset({"draft", "status", "findings", "question", "boundary"}),
    "interview": frozenset({"section_title", "section_guide", "section_text", "questions", "findings", "answer", "boundary"}),
    "improve": frozenset({"section_title", "section_guide", "section_text", "findings", "instruction", "boundary"}),
    "assess": frozenset({"criteria_ids", "findings", "draft", "boundary"}),
    "fit": frozenset({"pages", "page_limit", "cuts", "draft", "boundary"}),
    "budget-narrative": frozenset({"budget", "budget_facts", "need", "boundary"}),
    "translate": frozenset({"source_name", "target_name", "text", "boundary"}),
}
# The values that hold text from the sketch (or the checker's words about it): what looks like
# one of the prompts' block marks in them is defused, so a model cannot mistake it for one.
DATA_VALUES = frozenset({"draft", "status", "findings", "section_text", "cuts", "budget", "budget_facts", "need", "text"})
_BLOCK_MARK = re.compile(
    r"<(\s*/?\s*)(utkast|draft|del|part|section|tekst|text|funn|findings|status|kutt|cuts|budsjett|budget|behov|need)\b",
    re.IGNORECASE,
)
HISTORY = "history"  # the chat so far, for ask and interview
CHAT_KINDS = frozenset({"ask", "interview"})


_CALL_ID = re.compile(r"[a-z0-9][a-z0-9-]*")  # a call folder's name, never a path


class PromptError(ValueError):
    """A prompt file is missing or broken; the message names the file."""


def prompt_path(kind: str, lang: str, call: str | None = None) -> Path:
    """The prompt file for an action: the call's own (`rubric/<call>/prompts/<lang>/`) when the
    call folder has one, else the shared one in `prompts/<lang>/`."""
    lang = lang if lang in LANGS else "nb"
    if call and _CALL_ID.fullmatch(call):
        own = rubric_dir() / call / "prompts" / lang / f"{kind}.toml"
        if own.is_file():
            return own
    return prompts_dir() / lang / f"{kind}.toml"


@cache
def _read(path: Path) -> dict[str, str]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PromptError(f"{path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PromptError(f"{path}: {exc}") from exc
    for key, value in data.items():
        if key not in ("system", "human") or not isinstance(value, str):
            raise PromptError(f"{path}: {key}: only the strings 'system' and 'human' are allowed")
    return data


def prompt_texts(kind: str, lang: str, call: str | None = None) -> tuple[str, str]:
    """(system text, human text) for an action, before any values are filled in; `call` (a
    rubric id) picks the call's own prompts where its folder has them."""
    shared = _read(prompt_path("system", lang, call))
    own = _read(prompt_path(kind, lang, call))
    if "human" not in own:
        raise PromptError(f"{prompt_path(kind, lang, call)}: human: missing")
    system = shared.get("system", "").strip()
    if own.get("system"):
        system += "\n\n" + own["system"].strip()
    return system, own["human"].strip()


def load_prompt(kind: str, lang: str, call: str | None = None) -> ChatPromptTemplate:
    """The action's chat template: system, the chat history (ask/interview), human."""
    from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder

    system, human = prompt_texts(kind, lang, call)
    messages: list = [("system", system)]
    if kind in CHAT_KINDS:
        messages.append(MessagesPlaceholder(HISTORY, optional=True))
    messages.append(("human", human))
    return ChatPromptTemplate.from_messages(messages)


def prompt_language(kind: str, ui_lang: str, sketch_lang: str) -> str:
    """The language of the prompt files: text written into the sketch follows the sketch's language."""
    if kind in ("improve", "budget-narrative") and sketch_lang in LANGS:
        return sketch_lang
    if kind == "translate":
        return "nn" if sketch_lang == "nb" else "nb"
    return ui_lang


def budget_facts(ctx: DraftContext) -> str:
    """Totals computed by the core, so the model does not add up numbers itself."""
    lang = ctx.lang
    budget = ctx.sketch.budget
    if budget is None or not budget.lines:
        return t("coach.budget.none", lang)
    facts = [
        t("coach.budget.total_excl", lang, amount=format_amount(budget.total_excluding_procurement, currency=True, lang=lang), millions=format_millions(budget.total_excluding_procurement, lang)),
        t("coach.budget.lines", lang, count=len(budget.lines)),
    ]
    if budget.procurement_lines:
        names = ", ".join(line.item for line in budget.procurement_lines)
        facts.append(t("coach.budget.procurement", lang, items=names))
    if budget.year_columns:
        facts.append(t("coach.budget.years", lang, years=", ".join(budget.year_columns)))
    if budget.stated_total is not None and budget.stated_total != budget.total_excluding_procurement:
        facts.append(t("coach.budget.stated_differs", lang, stated=format_amount(budget.stated_total, currency=True, lang=lang)))
    return "\n".join(f"- {f}" for f in facts)


def _lang_name(code: str, lang: str) -> str:
    return t(f"coach.lang_name.{code}", lang)


def template_values(request: CoachRequest, ctx: DraftContext, draft: str | None = None) -> dict[str, str]:
    """The values for the action's template (system included), from the request and the draft.

    `draft` replaces the sketch text where the template carries it (e.g. after redaction).
    """
    draft = request.sketch_text if draft is None else draft
    values: dict[str, str] = {"rubric": ctx.rubric_text()}
    kind = request.kind
    section = request.section
    if kind == "ask":
        values |= {"draft": draft, "status": ctx.status_text(), "findings": ctx.findings_text(), "question": request.question}
    elif kind in ("interview", "improve"):
        section = section or "need"
        findings = ctx.findings_text(ctx.findings(section=section, min_level=_info()))
        values |= {
            "section_title": ctx.section_title(section),
            "section_guide": ctx.section_guide(section),
            "section_text": ctx.section_body(section) or t("coach.context.empty_section", request.lang),
            "findings": findings,
        }
        if kind == "interview":
            questions = ctx.section_questions(section)
            values["questions"] = "\n".join(f"- {q}" for q in questions) or "-"
            values["answer"] = request.question.strip() or t("coach.context.no_answer", request.lang)
        else:
            values["instruction"] = request.question or "-"
    elif kind == "assess":
        values |= {"criteria_ids": ctx.criteria_ids(), "findings": ctx.findings_text(), "draft": draft}
    elif kind == "fit":
        from .fit import cuts_text, estimated_pages, rank_cuts

        values |= {
            "pages": f"{estimated_pages(ctx):.1f}".replace(".", "," if request.lang != "en" else "."),
            "page_limit": str(ctx.rubric.layout.page_limit),
            "cuts": cuts_text(rank_cuts(ctx, limit=12), request.lang),
            "draft": draft,
        }
    elif kind == "budget-narrative":
        budget = ctx.section_body("budget")
        values |= {
            "budget": budget or t("coach.budget.none", request.lang),
            "budget_facts": budget_facts(ctx),
            "need": ctx.section_body("need") or ctx.section_body("summary") or "-",
        }
    elif kind == "translate":
        source = str(ctx.sketch.language)
        target = "nn" if source == "nb" else "nb"
        text = ctx.section_body(section) if section else draft
        values |= {"source_name": _lang_name(source, request.lang), "target_name": _lang_name(target, request.lang), "text": text}
    for key in DATA_VALUES & values.keys():
        values[key] = defuse_marks(values[key])
    values["boundary"] = new_boundary()
    return values


def new_boundary() -> str:
    """A code for this request's data blocks: 14 random letters (some 65 bits). Letters only, so
    that no redaction of numbers can touch it."""
    return "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(14))


def defuse_marks(text: str) -> str:
    """`</utkast>`, `<draft-…>` and the like in the sketch's text, with «<» made «‹»: still
    readable, but no mark a model could take for the end of the block it stands in."""
    return _BLOCK_MARK.sub(lambda m: "‹" + m.group(1) + m.group(2), text) if "<" in text else text


def _info():
    from ..core.judging.findings import Level

    return Level.INFO
