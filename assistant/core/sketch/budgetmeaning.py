"""What a budget line pays for: development and process work, or procurement of the finished
solution. The rule is the call's, its patterns are data (rubric/budget.toml); a buying word alone
decides nothing, and a line the rules cannot place is said to be unclear, never guessed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data.datafiles import DataFileError, read_toml
from ..data.paths import rubric_dir
from .rubric import RubricError

PROCUREMENT = "procurement"
PROCESS = "process"
UNCLEAR = "unclear"
NONE = "none"


@dataclass(frozen=True)
class Meaning:
    kind: str  # procurement, process, unclear or none (no word that says)
    reason: str  # a key under budget_meaning.* in rubric/messages.toml
    words: str  # the words that decided, as written
    excluded: bool = False  # the text says it is kept out of the total


class BudgetRulesError(RubricError):
    """rubric/budget.toml is broken; the message names the file and the key."""


@cache
def _rules() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    path = rubric_dir() / "budget.toml"
    try:
        data = read_toml(path)
    except (OSError, UnicodeDecodeError, DataFileError) as exc:
        raise BudgetRulesError(f"{path}: {exc}") from exc
    out: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for key in ("excluded", "procurement", "process", "procurement_weak", "unclear", "including", "asked"):
        entries = data.get(key, [])
        rules = []
        for n, entry in enumerate(entries):
            pattern, reason = (entry, key) if isinstance(entry, str) else (entry[0], entry[1])
            try:
                rules.append((re.compile(pattern, re.IGNORECASE), str(reason)))
            except (re.error, TypeError, IndexError) as exc:
                raise BudgetRulesError(f"{path}: {key}[{n}]: {exc}") from exc
        out[key] = rules
    return out


def _first(key: str, text: str) -> tuple[str, str] | None:
    for rx, reason in _rules()[key]:
        if m := rx.search(text):
            return reason, m.group(0).strip()
    return None


def excluded(text: str) -> bool:
    """The text says what it names is kept out of the total («ikke med i summen»)."""
    return _first("excluded", text[:MAX_TEXT]) is not None


def including(text: str) -> bool:
    """The text says the budget holds what it names («Budsjettet inkluderer …»)."""
    return _first("including", text[:MAX_TEXT]) is not None


def asked(text: str) -> bool:
    """The text asks for money for what it names («… som vi også ber om støtte til»)."""
    return _first("asked", text[:MAX_TEXT]) is not None


# Reasons that name the purchase itself; roll-out and operation words also describe what a
# solution developed in the project may later be used for («… som kan tas i bruk av alle»).
_PURCHASE_REASONS = frozenset({"finished", "all-users", "licences"})


def asks_for_purchase(text: str) -> bool:
    """The sentence asks support for buying or rolling out the finished solution: it asks
    («ber vi om», «søker om», «we apply for»), its meaning is procurement and it is not said to be
    kept out. A roll-out word in a sentence that also asks for development or tests («Vi søker om
    3 mill. til utvikling og utprøving av en løsning som kan tas i bruk av alle») does not count."""
    meaning = classify(text)
    if meaning.kind != PROCUREMENT or meaning.excluded or not asked(text):
        return False
    return meaning.reason in _PURCHASE_REASONS or _first("process", text[:MAX_TEXT]) is None


# A budget line or a sentence about one is short; past this its words are not read (a line of
# a megabyte would otherwise cost every pattern a pass over it).
MAX_TEXT = 400


def classify(text: str) -> Meaning:
    """What a budget line or sentence pays for, and why."""
    text = text[:MAX_TEXT]
    out = excluded(text)
    for key, kind in (("procurement", PROCUREMENT), ("process", PROCESS), ("procurement_weak", PROCUREMENT), ("unclear", UNCLEAR)):
        if found := _first(key, text):
            return Meaning(kind, found[0], found[1], out)
    return Meaning(NONE, "none", "", out)


# A sentence that opens by saying it is about the line named before it («Den dekker ikke …»,
# «Det gjeld …», «It does not cover …»): the note goes on.
_NOTE_GOES_ON = re.compile(r"^\W*(?:den|det|denne|dette|posten|linjen|linja|it|this|the\s+(?:line|item))\b", re.IGNORECASE)
_LINE_WORD = r"(?:linjen|linja|linje|posten|post|budsjettposten|budsjettlinjen|budsjettlinja|the\s+(?:budget\s+)?(?:line|item|post)|line|item)"
_QUOTES = ("«»", '""', "“”", "''", "‘’", "„“")


def note_on_line(item: str, sentences: list[str]) -> Meaning | None:
    """What a note near the budget says a line pays for, when it names the line («Linjen
    «Anskaffelse» dekker innkjøpsrådgivere … Den dekker ikke kjøp av sykkelparkering», «The item
    "Procurement" covers procurement advisers»): the line's words alone may say nothing, and the
    note explains it. None when no sentence names the line, or the note says nothing either way."""
    name = re.sub(r"\s+", " ", item).strip(" *_:")
    if not name or len(name) > 60:
        return None
    said = re.escape(name).replace(r"\ ", r"\s+")
    quoted = "|".join(rf"{re.escape(o)}\s*{said}\s*{re.escape(c)}" for o, c in _QUOTES)
    named = re.compile(rf"(?:{quoted})|\b{_LINE_WORD}\s+{said}\b|\b{said}-?(?:posten|linjen|linja)\b", re.IGNORECASE)
    for k, sentence in enumerate(sentences):
        m = named.search(sentence)
        if m is None:
            continue
        own = (sentence[: m.start()] + " " + sentence[m.end() :])[:MAX_TEXT]
        meaning = classify(own)
        if meaning.kind == NONE:
            rest = [s for s in sentences[k + 1 : k + 3] if _NOTE_GOES_ON.match(s)]
            meaning = classify(" ".join([own, *rest]))
        if meaning.kind in (PROCESS, PROCUREMENT):
            return meaning
    return None
