"""What a budget line is: its category from its wording or a typed name, the category labels per
language, and whether the sketch's own stated total counts its procurement lines. The meaning of
the words is `budgetmeaning`'s (rules in rubric/budget.toml); reading a budget is `budget`'s."""

from __future__ import annotations

import re

from .budgetmeaning import PROCUREMENT, UNCLEAR, classify, excluded
from .model import Budget, BudgetCategory, Language

# Planning the procurement is project work; buying the finished solution is procurement.
_PROCEDURE = re.compile(
    r"anskaffelsesprosess|anskaffingsprosess|anskaffelsesstrategi|anskaffingsstrategi|konkurransegrunnlag|"
    r"procurement process|procurement procedure|procurement strategy|forberede anskaff|planlegging av anskaff",
    re.I,
)
_CATEGORY_WORDS: list[tuple[BudgetCategory, re.Pattern[str]]] = [
    (BudgetCategory.PROCUREMENT, re.compile(r"anskaff|innkjøp|\bkjøp\b|kjøp av|lisens|procure|purchas|acquisition|utrulling|roll-?out|\binvestering", re.I)),
    (BudgetCategory.PROJECT_MANAGEMENT, re.compile(r"prosjektled|prosjektleiing|prosjektstyring|koordiner|administrasjon|project manag|coordination|styringsgruppe", re.I)),
    (BudgetCategory.MARKET_DIALOGUE, re.compile(r"dialog|markeds|marknads|leverandørkonferanse|leverandørmøte|market|supplier", re.I)),
    (BudgetCategory.TESTING, re.compile(r"test|pilot|utprøving|utprøving|validering|trial", re.I)),
    (BudgetCategory.DEVELOPMENT, re.compile(r"utvikl|development|prototyp|innovasjon|FoU|\bR&D\b|behovsavklaring|behovsanaly|behovskartlegg|needs? analysis|kartlegging|design", re.I)),
    # Staff time bought out for the project, follow-up research and evaluation: development
    # costs, as the call lists them (not «Other»); a project lead's buy-out is project
    # management, the evaluation of the pilot is testing (the words above come first).
    (BudgetCategory.DEVELOPMENT, re.compile(r"frikjøp|buy(?:ing)?[- ]out|staff time|følgeforsk|følgjeforsk|follow-up research|evaluer|evaluation|forskning|forsking|research", re.I)),
]
_CATEGORY_NAMES: dict[str, BudgetCategory] = {
    "utvikling": BudgetCategory.DEVELOPMENT,
    "development": BudgetCategory.DEVELOPMENT,
    "prosjektledelse": BudgetCategory.PROJECT_MANAGEMENT,
    "prosjektleiing": BudgetCategory.PROJECT_MANAGEMENT,
    "project management": BudgetCategory.PROJECT_MANAGEMENT,
    "markedsdialog": BudgetCategory.MARKET_DIALOGUE,
    "marknadsdialog": BudgetCategory.MARKET_DIALOGUE,
    "market dialogue": BudgetCategory.MARKET_DIALOGUE,
    "testing": BudgetCategory.TESTING,
    "test/pilot": BudgetCategory.TESTING,
    "pilot": BudgetCategory.TESTING,
    "utprøving": BudgetCategory.TESTING,
    "annet": BudgetCategory.OTHER,
    "anna": BudgetCategory.OTHER,
    "other": BudgetCategory.OTHER,
    "anskaffelse": BudgetCategory.PROCUREMENT,
    "anskaffing": BudgetCategory.PROCUREMENT,
    "procurement": BudgetCategory.PROCUREMENT,
}
for _cat in BudgetCategory:
    _CATEGORY_NAMES.setdefault(_cat.value, _cat)

CATEGORY_LABELS: dict[Language, dict[BudgetCategory, str]] = {
    Language.NB: {
        BudgetCategory.DEVELOPMENT: "Utvikling",
        BudgetCategory.PROJECT_MANAGEMENT: "Prosjektledelse",
        BudgetCategory.MARKET_DIALOGUE: "Markedsdialog",
        BudgetCategory.TESTING: "Testing/pilot",
        BudgetCategory.OTHER: "Annet",
        BudgetCategory.PROCUREMENT: "Anskaffelse",
    },
    Language.NN: {
        BudgetCategory.DEVELOPMENT: "Utvikling",
        BudgetCategory.PROJECT_MANAGEMENT: "Prosjektleiing",
        BudgetCategory.MARKET_DIALOGUE: "Marknadsdialog",
        BudgetCategory.TESTING: "Testing/pilot",
        BudgetCategory.OTHER: "Anna",
        BudgetCategory.PROCUREMENT: "Anskaffing",
    },
    Language.EN: {
        BudgetCategory.DEVELOPMENT: "Development",
        BudgetCategory.PROJECT_MANAGEMENT: "Project management",
        BudgetCategory.MARKET_DIALOGUE: "Market dialogue",
        BudgetCategory.TESTING: "Testing/pilot",
        BudgetCategory.OTHER: "Other",
        BudgetCategory.PROCUREMENT: "Procurement",
    },
}


def infer_category(item: str) -> BudgetCategory:
    """A budget line's category from its wording. Procurement only when the line buys or rolls
    out the finished solution (see `budgetmeaning`): «frikjøp», «innkjøp av testutstyr til
    utprøvingen» and «anskaffelsesfaglig bistand» are project costs."""
    meaning = classify(item)
    if meaning.kind == PROCUREMENT:
        return BudgetCategory.PROCUREMENT
    if meaning.kind == UNCLEAR and _CATEGORY_WORDS[0][1].search(item):
        # A buying word and nothing that says what for: shown as procurement, a guess the user
        # can change in the budget editor; the checker says it cannot tell (see checks).
        return BudgetCategory.PROCUREMENT
    if _PROCEDURE.search(item):
        return BudgetCategory.PROJECT_MANAGEMENT
    for category, pattern in _CATEGORY_WORDS:
        if category is not BudgetCategory.PROCUREMENT and pattern.search(item):
            return category
    return BudgetCategory.OTHER


def procurement_in_stated_total(budget: Budget | None) -> int:
    """What the sketch's own stated total counts of its procurement lines (a line said to be «ikke
    med i summen» is not counted): the total matches the sum with them and not without them.
    0 when the total leaves them out, or there is no total or no procurement line."""
    if budget is None or budget.stated_total is None:
        return 0
    bought = sum(x.amount or sum(x.years.values()) for x in budget.lines if x.procurement and not excluded(x.raw or x.item))
    if not bought:
        return 0
    counted = sum(x.amount or sum(x.years.values()) for x in budget.lines if not x.procurement or not excluded(x.raw or x.item))
    tolerance = max(1, counted // 1000)
    with_it, without = abs(budget.stated_total - counted) <= tolerance, abs(budget.stated_total - (counted - bought)) <= tolerance
    return bought if with_it and not without else 0


def category_from_text(value: str) -> BudgetCategory | None:
    key = value.strip().strip("*_").casefold()
    if not key:
        return None
    if key in _CATEGORY_NAMES:
        return _CATEGORY_NAMES[key]
    for name, cat in _CATEGORY_NAMES.items():
        if key.startswith(name):
            return cat
    return None
