"""The sections a skisse has, read from rubric/sections.toml, and heading recognition."""

# No `from __future__ import annotations`: pydantic would evaluate every field annotation of
# this module from its string at import, about a millisecond a module at every start.

import re
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..data.datafiles import DataFileError, read_validated
from ..data.paths import rubric_dir
from .model import Language

# Schemas are built when the file is first validated, not at import: specs read through their
# validated copy (see `datafiles.read_validated`) need none.
_CONFIG = ConfigDict(defer_build=True)


class Localised(BaseModel):
    """A text in bokmål, nynorsk and English."""

    model_config = _CONFIG

    nb: str
    nn: str
    en: str

    def get(self, lang: Language | str) -> str:
        return getattr(self, str(lang), self.nb)


class SectionSpec(BaseModel):
    model_config = _CONFIG

    id: str
    title: Localised
    synonyms: list[str]
    guide: Localised
    content: list[str] = []
    # Sentences that make the section's claim and give its reason («Vi meiner vi er rett søkjar
    # fordi …»): one such sentence in a sketch without the part's heading is the part.
    claims: list[str] = []


class SectionsFile(BaseModel):
    model_config = _CONFIG

    section: list[SectionSpec]


class SectionsError(ValueError):
    """The sections file is broken; the message names the file and the key."""


@cache
def section_specs() -> tuple[SectionSpec, ...]:
    path = rubric_dir() / "sections.toml"
    try:
        return read_validated(path, lambda data: tuple(SectionsFile.model_validate(data).section), code=(Path(__file__),))
    except (OSError, DataFileError) as exc:
        raise SectionsError(f"{path}: {exc}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise SectionsError(f"{path}: {key}: {first['msg']}") from exc


def section_order() -> list[str]:
    return [s.id for s in section_specs()]


def spec(section_id: str) -> SectionSpec | None:
    return next((s for s in section_specs() if s.id == section_id), None)


_NUMBERING = re.compile(r"^\s*(?:del\s+|part\s+|kapittel\s+)?(?:\d+(?:\.\d+)*|[a-hA-H]|[ivxIVX]+)[.):]\s*|^\s*\d+\s+")
_PUNCT = re.compile(r"[*_`#:?!.,;«»\"“”()\[\]]+")


def normalise_heading(text: str) -> str:
    text = text.replace("\u00a0", " ").strip()
    text = _NUMBERING.sub("", text)
    text = _PUNCT.sub(" ", text).casefold()
    text = text.replace("/", " / ").replace("–", " ").replace("-", " ")
    return " ".join(text.split())


@cache
def _synonyms() -> list[tuple[str, str]]:
    """(synonym, section id), longest first; a synonym written '=word' matches only exactly."""
    pairs = [
        (("=" if syn.startswith("=") else "") + normalise_heading(syn.removeprefix("=")), s.id)
        for s in section_specs()
        for syn in [*s.synonyms, s.title.nb, s.title.nn, s.title.en]
    ]
    # Each pair once, in the order the sections and their words are written in the data (not a
    # set's order, which changes from run to run with the hash seed): between two synonyms of
    # the same length the first written wins, in every run.
    return sorted(dict.fromkeys(pairs), key=lambda p: -len(p[0]))


@cache
def match_heading(text: str) -> str | None:
    """The canonical section id a heading names, or None."""
    norm = normalise_heading(text)
    if not norm:
        return None
    synonyms = _synonyms()
    for syn, sid in synonyms:
        if norm == syn.removeprefix("="):
            return sid
    # Otherwise a synonym the heading starts with, else the longest it contains as whole
    # words: «Kompetanse og kapasitet i partnerskapet» is about why-us.
    padded = f" {norm} "
    best: tuple[int, int, str] | None = None
    for syn, sid in synonyms:
        if syn.startswith("="):
            continue
        prefix = norm.startswith(syn + " ") or norm.startswith(syn + "/")
        if prefix or (len(syn) >= 4 and f" {syn} " in padded):
            rank = (int(prefix), len(syn), sid)
            if best is None or rank[:2] > best[:2]:
                best = rank
    if best is not None and best[1] and _BARE_WHY.fullmatch(norm.split()[0]) and len(norm.split()) > 1 and best[1] == len(norm.split()[0]):
        # Only the bare «Hvorfor …» matched: it asks why the applicant when a name, «oss» or «vi»
        # follows («Hvorfor Skatteetaten», «Kvifor oss»), not when it asks why the problem is
        # («Hvorfor er det slik?», «Why does this matter?», «Hvorfor en app»).
        rest = _NUMBERING.sub("", _PUNCT.sub(" ", text.replace("\u00a0", " "))).split()[1:]
        if not any(w[:1].isupper() or _WHY_US_WORD.fullmatch(w.casefold()) for w in rest) or _asks_why_needed(norm):
            return None
    return best[2] if best else None


_BARE_WHY = re.compile(r"hvorfor|kvifor|why")
# A bare «Hvorfor» followed by a verb of needing, wanting or applying asks why the project is
# needed («Kvifor treng vi appen?», «Hvorfor søker vi?», «Why do we need this?»), not why the
# applicant is the one to do it.
_WHY_NEEDED = re.compile(
    r"(?:hvorfor|kvifor|why)\s+(?:(?:do|does|did)\s+\w+\s+)?(?:treng|trenger|trengs|trengst|søker|søkjer|søkar|ønsker|ønskjer|need|needs|want|wants|apply|applying)\b"
)


def _asks_why_needed(norm: str) -> bool:
    """Whether a heading (normalised) asks why the project is needed or applied for, not why us."""
    return _WHY_NEEDED.match(norm) is not None
# A word after a bare «Hvorfor» that makes it ask why the applicant or the partnership (a name,
# capitalised, does too; so does the reader addressed, «Hvorfor er dere best egnet?»).
_WHY_US_WORD = re.compile(
    r"oss|vi|meg|eg|jeg|us|we|me|our|vår|vårt|våre|dere|you|akkurat|nettopp|alene|åleine|aleine|alone|"
    r"egnet|eigna|placed|suited|rustet|rusta|equipped|"
    r"partnerskap\w*|partnarskap\w*|partnership|partners?|partnere|partnarar|søker|søkjar|søkar|applicants?|"
    r"team|teamet|teams|gruppa|gruppen|group|konsortiet|consortium|samarbeidet|kommunene|kommunane|municipalities|etaten|etatane|etatene|agencies"
)


def leading_heading(text: str) -> str | None:
    """The section a text names exactly or starts with («Om problemet», not «… utan å sprengje
    budsjettet»), or None."""
    norm = normalise_heading(text)
    for syn, sid in _synonyms():
        bare = syn.removeprefix("=")
        if norm == bare or (not syn.startswith("=") and (norm.startswith(bare + " ") or norm.startswith(bare + "/"))):
            if _BARE_WHY.fullmatch(bare) and _asks_why_needed(norm):
                continue
            return sid
    return None


def exact_heading(text: str) -> str | None:
    """The section a text names exactly (after numbering and punctuation), or None."""
    norm = normalise_heading(text)
    for syn, sid in _synonyms():
        if norm == syn.removeprefix("="):
            return sid
    return None


@cache
def _content_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (s.id, re.compile(r"(?<!\w)(?:" + "|".join(s.content) + r")(?!\w)", re.IGNORECASE))
        for s in section_specs()
        if s.content
    )


# A body names a section by its content when this many of that section's words occur in it and
# clearly more than any other section's (so a mixed section is left unnamed, not guessed).
CONTENT_MIN_HITS = 3
CONTENT_LEAD = 1.5


def content_scores(text: str) -> dict[str, int]:
    """How many of each section's content words a text holds."""
    return {sid: len(rx.findall(text)) for sid, rx in _content_patterns()}


@cache
def _claim_patterns() -> dict[str, re.Pattern[str]]:
    return {s.id: re.compile("|".join(f"(?:{c})" for c in s.claims), re.IGNORECASE) for s in section_specs() if s.claims}


def claim_in(section_id: str, text: str) -> re.Match[str] | None:
    """The first sentence-level claim of a section in a text («… er godt egnet fordi …»), or None."""
    rx = _claim_patterns().get(section_id)
    return rx.search(text) if rx else None


def classify_body(text: str) -> str | None:
    """The section a body of text is about, by its words, or None when it does not say clearly."""
    if len(text.split(None, CONTENT_MIN_HITS)) < CONTENT_MIN_HITS:
        return None  # fewer words than the hits it takes: nothing to score (a run of empty parts)
    scores = sorted(content_scores(text).items(), key=lambda kv: -kv[1])
    if not scores or scores[0][1] < CONTENT_MIN_HITS:
        return None
    if len(scores) > 1 and scores[0][1] < CONTENT_LEAD * scores[1][1]:
        return None
    return scores[0][0]
