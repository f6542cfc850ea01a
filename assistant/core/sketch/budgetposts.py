"""A line of a budget typed as one post: a list item («- Prosjektleiing: 1,8 mill. kr»), «label:
amount» («Innkjøp av plattformen: 4 000 000 kr») or a post joined to its amount by dot leaders;
the reading `parse_budget_text` takes posts by, and the exports keep such lines apart by."""

from __future__ import annotations

import re

from .amounts import MONEY_UNIT, find_amounts
from .budgetcues import _CONTACT
from .budgetrows import without_emphasis as _without_emphasis
from .budgetunits import amounts_in, prose_found, semicolon_posts

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(?P<text>.+)$")
_CONTACT_LINE = 400  # a line of contact details, or a list line giving its years, is short
_LEADER = re.compile(r"^\s*(?P<item>[^\W\d_][^\n]{1,140}?)\s*(?:\.{4,}|…{2,}|_{4,}|(?:\.\s){4,})\s*(?P<rest>\S[^\n]*)$")
# The longest post of a column of dot leaders keeps one to three dots («Frikjøp av ansatte
# (kommuner og sykehus) . 2,100,000»): then only an amount may follow them.
_SHORT_LEADER = re.compile(rf"^\s*(?P<item>[^\W\d_][^\n]{{1,140}}?)\s+\.{{1,3}}\s+(?P<rest>(?:kr\.?\s*|NOK\s*)?\d[\d\s.,\u00a0]*(?:,-|{MONEY_UNIT})?)\s*$", re.IGNORECASE)


def _typed_post(text: str, scale: int = 0) -> tuple[str, list[tuple[int, int, int]], bool] | None:
    """A line typed as one post of the budget, a list item («- Prosjektleiing: 1,8 mill. kr») or
    «label: amount» («Innkjøp av plattformen: 4 000 000 kr»): its text without the list marker,
    the amounts in it, and whether it is a list item. None for prose, read sentence by sentence."""
    item_m = _LIST_ITEM.match(text)
    # «Needs analysis with children, young people and foster parents, including fees: 500 000»
    colon = re.match(r"^\s*(?P<item>[^:.!?]{2,140}):\s*(?P<rest>.+)$", text)
    # «Vi trenger kr 2 400 000,- til prosjektet: 1 400 000 til frikjøp og 1 000 000 til …» opens
    # with the total and names its parts after the colon: prose, not one line.
    parts = colon is not None and bool(find_amounts(colon.group("item"))) and len(prose_found(": " + colon.group("rest"), scale)) >= 2
    if not scale and semicolon_posts(text):
        # «Felles: markedsdialog 400 000; utviklingsfase 8 500 000»: several posts on one line, read as prose.
        return None
    if not (item_m or (colon and not parts and len(amounts_in(colon.group("rest"), True, scale)) == 1 and len(text) < 220)):
        # «Project management (3 years) ........ 4 000 000»: a post and its amount joined by dot
        # leaders, as a word processor's tab leaders paste; the item before them is words only.
        leader = _LEADER.match(text) or _SHORT_LEADER.match(text)
        if not (leader and len(text) < 220 and not find_amounts(leader.group("item")) and len(amounts_in(leader.group("rest"), True, scale)) == 1):
            return None
        return text, amounts_in(text, True, scale)[-1:], False
    body = item_m.group("text") if item_m else text
    return body, amounts_in(body, True, scale), bool(item_m)


def budget_post_line(raw: str, scale: int = 0) -> bool:
    """Whether `parse_budget_text` reads the line as a post of the budget, or its total, on a
    line of its own («Innkjøp av plattformen: 4 000 000 kr», «- Totalt: 4,5 mill. kr»): the
    reading the exports keep such lines apart by, as the checker counts them."""
    if len(raw) < _CONTACT_LINE and _CONTACT.search(raw):
        return False  # where to reach the applicant, which the budget passes over
    post = _typed_post(_without_emphasis(raw), scale)
    return post is not None and (len(post[1]) == 1 or (post[2] and bool(post[1])))
