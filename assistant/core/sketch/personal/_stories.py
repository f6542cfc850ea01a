"""A named citizen in a case story: personal data with no number in it.

«Jonas Eide Rasmussen (f. 2010) går i 9. trinn. Han har diagnosen ADHD …» names a pupil and
tells his health: an evaluator reads that as personal data though no identity number, phone or
address is there. The reading: a person named by given name and surname (or by a given name with
a birth year or a class at a named school, or any two-word name with an age after it: «Milan
Novak (34)») in the same sentence as, or the sentence after, a detail about
health or life (diagnosis, referral, admission, sentence served, the family's situation).

Not a citizen: a staff member named with a title or role («overlege Kari Holm», «Kari Holm,
rådgiver»), and a story said to be made up or anonymised («fiktivt navn», «navnet er endret»,
«a composite case»). Unnamed people («ei kvinne i 80-åra», «ein elev på 14 år») are never read.

The words are data (rubric/personal.toml). Every pattern runs over bounded windows around a
given name, so a long text costs one pass of the capitalised-word scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...data.datafiles import DataFileError, read_toml
from ...data.paths import rubric_dir
from ..rubric import RubricError

_CAP_WORD = re.compile(r"(?<![\w-])[A-ZÆØÅ][a-zæøåäöüéèá]+(?:-[A-ZÆØÅ][a-zæøåäöüéèá]+)?(?![\w-])")
_NEXT_WORD = re.compile(r"[ \t]+([A-ZÆØÅ][a-zæøåäöüéèá]+(?:-[A-ZÆØÅ][a-zæøåäöüéèá]+)?)(?![\w-])")
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")
# A given name alone is no one's identity («Astrid is 87 and lives alone» is read as an anonymised
# story): only with a birth year or date right after it («Jonas (f. 2010)», «Kari, født 1941»), or
# with a class at a named school («Emma i 9B på Voss ungdomsskule»), does it name a citizen.
_BORN_OR_CLASS = re.compile(
    r"\s*(?:\(\s*|,\s*)(?:f\.|født|fødd|b\.|born)\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?)?\d{2,4}\b"
    r"|\s+(?:i|in|går i|går på)\s+(?:\d{1,2}\.?\s?[A-Da-d]|\d{1,2}\.\s*(?:klasse|trinn|trinnet)|(?:year|grade|class)\s+\d{1,2})"
    r"\s+(?:på|ved|at)\s+(?:[A-ZÆØÅ]\w+\s+){1,3}(?:skole|skule|school|ungdomsskule|ungdomsskole)\b"
    r"|\s+(?:i|in|går i|går på)\s+(?:\d{1,2}\.?\s?[A-Da-d]|\d{1,2}\.\s*(?:klasse|trinn|trinnet)|(?:year|grade|class)\s+\d{1,2})"
    r"\s+(?:på|ved|at)\s+[A-ZÆØÅ]\w*(?:skole|skule|school)\b",
)
# A name of two or three capitalised words with an age right after it («Kåre Martinsen (52)»,
# «Milan Novak, 34 år,»): a person however rare the given name, as a newspaper writes one. A first
# word in the definite form («Sykehuset Østfold (12)») is a body with a note number, not a name.
_AGED_NAME = re.compile(
    r"(?![A-ZÆØÅ][a-zæøå]+(?:et|en|ene|ets|ens)[ \t])[A-ZÆØÅ][a-zæøåäöüéèá]+(?:-[A-ZÆØÅ][a-zæøåäöüéèá]+)?(?:[ \t]+[A-ZÆØÅ][a-zæøåäöüéèá]+(?:-[A-ZÆØÅ][a-zæøåäöüéèá]+)?){1,2}"
    r"(?:[ \t]*\(\s*\d{1,3}(?:\s*(?:år|years?))?\s*\)|,[ \t]*\d{1,3}[ \t]+(?:år|years?(?:[ \t]+old)?)\b)"
)
# A name cited as an author or a source («leia av Thomas Nordahl (2019)», «Holm, 2021»): no
# citizen told about.
_CITED_AFTER = re.compile(r"\s*(?:\(\s*\d{4}\b|,\s*\d{4}\)|\s+(?:et al|mfl|m\.fl)\b)")
_CITED_BEFORE = re.compile(r"\b(?:ifølge|ifølgje|etter|according to|cited by|by|av|leia av|ledet av|led by|written by|skrive av|skrevet av)\s+$", re.IGNORECASE)
# A sentence ends at a full stop before a capital, at a blank line, or at a line that starts a
# heading, a list item, a table row, a quote or a bold field label («**Prosjektleiar:** …»).
_BOUNDARY = re.compile(r"[.!?…]+[»\"”)]*\s+(?=[«\"“(]?[A-ZÆØÅ])|\n[ \t]*\n|\n(?=[ \t]*(?:[#|>*+-]|\d+[.)]\s))")
_WINDOW = 500  # characters either side of a name that can hold its sentence and the next
_ANON_BEFORE = 1500  # «Eksempelet er fiktivt:» may stand a paragraph before the story
_ANON_AFTER = 600
_MAX_NAMES = 100  # people named in one text that are read; a text naming more is a list, not a story
_PREPOSITIONS = frozenset({"i", "ved", "på", "at", "in", "of", "for", "hos"})
_TOKEN = re.compile(r"[\w./]+")


class StoryWordsError(RubricError):
    """rubric/personal.toml is broken; the message names the file and the key."""


@dataclass(frozen=True)
class _Words:
    given: frozenset[str]
    full_only: frozenset[str]
    not_surname: re.Pattern[str]
    staff_title: re.Pattern[str]
    staff_after: re.Pattern[str]
    details: re.Pattern[str]
    anonymised: re.Pattern[str]


@cache
def _words() -> _Words:
    path = rubric_dir() / "personal.toml"
    try:
        data = read_toml(path)
    except (OSError, UnicodeDecodeError, DataFileError) as exc:
        raise StoryWordsError(f"{path}: {exc}") from exc
    key = "?"
    try:
        key = "staff_titles"
        titles = data[key]
        staff_title = re.compile(titles, re.IGNORECASE)
        staff_after = re.compile(
            rf"^\s*(?:[(,|:–—-]|\bsom\b|\bwho\b|\ber\b|\bis\b|\bjobb\w*\b|\barbeid\w*\b|\bworks\b)\s*"
            rf"(?:(?:som|er|as|is|a|an|the|our|vår|vårt|var|was|jobbar|jobber|arbeider|works)\s+){{0,3}}(?:\w+\s+)?{titles}\b"
            rf"|^,?\s+{data['staff_bodies']}"
            # A signature: the title on the line under the name («Gunnhild Aasmundstad» over
            # «avdelingsdirektør, Avdeling for …»).
            rf"|^[ \t]*\r?\n[ \t*_>]*(?:\w+\s+)?{titles}\b",
            re.IGNORECASE,
        )
        key = "details"
        details = re.compile("|".join(f"(?:{p})" for p in data[key]), re.IGNORECASE)
        key = "anonymised"
        anonymised = re.compile(data[key], re.IGNORECASE)
        key = "not_surnames"
        not_surname = re.compile(data[key], re.IGNORECASE)
        key = "given_names"
        given = frozenset(data[key].split())
        key = "given_names_full_only"
        full_only = frozenset(data[key].split())
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise StoryWordsError(f"{path}: {key}: {exc}") from exc
    return _Words(given | full_only, full_only, not_surname, staff_title, staff_after, details, anonymised)


@dataclass(frozen=True)
class StoryHit:
    """A named citizen with details about them: the name's offsets and text, and the detail word."""

    start: int
    end: int
    name: str
    detail: str


def _sentence_end(text: str, start: int, sentences: int) -> int:
    """The end of the `sentences`-th sentence from `start` (bounded by `_WINDOW`)."""
    limit = min(len(text), start + _WINDOW)
    pos = start
    for _ in range(sentences):
        m = _BOUNDARY.search(text, pos, limit)
        if not m:
            return limit
        pos = m.end()
    return pos


def _sentence_start(text: str, at: int) -> int:
    low = max(0, at - _WINDOW)
    last = low
    for m in _BOUNDARY.finditer(text, low, at):
        last = m.end()
    return last


def _titled(w: _Words, before: str) -> bool:
    """A title or role right before a name («overlege Kari Holm», «| Project manager | Ingrid Aune»,
    «rådgiver i Voss Kari Holm»): the last word before it, or the word before «i/ved/at X»."""
    tokens = _TOKEN.findall(before)[-3:]
    if tokens and w.staff_title.fullmatch(tokens[-1].rstrip(".:") or tokens[-1]):
        return True
    return len(tokens) == 3 and tokens[1].lower() in _PREPOSITIONS and bool(w.staff_title.fullmatch(tokens[0]))


# A family named by its surname («Familien Al-Hassan (far Omar, mor Rania og tre barn …)», «the
# Berg family», «Hansen-familien»): its members are named citizens, whatever follows.
_FAMILY = re.compile(
    r"(?<![\w-])(?:[Ff]amilien|[Ff]amilie)[ \t]+(?P<a>[A-ZÆØÅ][a-zæøåäöüéèá]+(?:-[A-ZÆØÅ][a-zæøåäöüéèá]+)?)(?![\w-])"
    r"|(?<![\w-])[Tt]he[ \t]+(?P<b>[A-ZÆØÅ][a-zæøåäöüéèá]+(?:-[A-ZÆØÅ][a-zæøåäöüéèá]+)?)[ \t]+famil(?:y|ies)\b"
    r"|(?<![\w-])(?P<c>[A-ZÆØÅ][a-zæøåäöüéèá]+(?:-[A-ZÆØÅ][a-zæøåäöüéèá]+)?)-familien\b"
)
# A family's story goes on in the sentences after its name («De bodde …», «Den yngste, Yusuf, har
# astma …»): this many are read for a detail.
_FAMILY_SENTENCES = 4


def _families(text: str, w: _Words) -> list[StoryHit]:
    """Each family named by its surname with details about its members (see `_FAMILY`)."""
    hits: list[StoryHit] = []
    for m in _FAMILY.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        if w.not_surname.match(m.group(group)) or w.staff_title.fullmatch(m.group(group)):
            continue
        window_start = _sentence_start(text, m.start())
        detail = w.details.search(text, window_start, _sentence_end(text, m.end(), _FAMILY_SENTENCES))
        if detail is None or w.anonymised.search(text, max(0, m.start() - _ANON_BEFORE), min(len(text), m.end() + _ANON_AFTER)):
            continue
        hits.append(StoryHit(m.start(), m.end(), m.group(0), detail.group()))
        if len(hits) >= _MAX_NAMES:
            break
    return hits


def find_case_stories(text: str) -> list[StoryHit]:
    """Every named citizen told about in `text` (see the module's docstring), in order."""
    if not text:
        return []
    w = _words()
    hits: list[StoryHit] = _families(text, w)
    pos = named = 0
    for m in _CAP_WORD.finditer(text):
        if m.start() < pos or (m.group() not in w.given and not _AGED_NAME.match(text, m.start())):
            continue
        start, end = m.start(), m.end()
        surnames = 0
        while surnames < 3 and (n := _NEXT_WORD.match(text, end)) and not w.not_surname.match(n.group(1)):
            end, surnames = n.end(), surnames + 1
        if surnames and (after := _WORD_AFTER.match(text, end)) and w.not_surname.match(after.group(1)):
            continue  # «Olav Kyrres gate», «Sofie Hospital»: a place or a body
        if not surnames and (m.group() in w.full_only or not _BORN_OR_CLASS.match(text, end)):
            continue
        pos = end
        named += 1
        if named > _MAX_NAMES:
            break
        before = text[max(0, start - 60) : start]
        if _titled(w, before) or w.staff_after.match(text[end : end + 80]):
            continue
        if _CITED_BEFORE.search(before) or _CITED_AFTER.match(text, end):
            continue
        window_start = _sentence_start(text, start)
        window_end = _sentence_end(text, end, 2)
        detail = w.details.search(text, window_start, window_end)
        if not detail:
            continue
        if w.anonymised.search(text, max(0, start - _ANON_BEFORE), min(len(text), end + _ANON_AFTER)):
            continue
        hits.append(StoryHit(start, end, text[start:end], detail.group()))
    return sorted(hits, key=lambda hit: hit.start)
