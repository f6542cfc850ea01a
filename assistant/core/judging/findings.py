"""What a check says about a sketch: findings, per-criterion results, and the report."""

# No `from __future__ import annotations`: pydantic would evaluate every field annotation of
# this module from its string at import, about a millisecond a module at every start.

from collections.abc import Callable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from ..sketch.model import ParseNote

# The checker builds these from values it has already typed, with `model_construct`: checking a
# sketch then validates nothing it made itself, and the schemas are built only when something
# is read in (history, a worker's answer) or written out.
_INTERNAL = ConfigDict(defer_build=True)


class Said(str):
    """Text said in one language that remembers how it was said: the catalogue's key, the
    values put into it (themselves `Said` when they were words of the catalogue) and the
    criterion whose own messages come first. A reader of another language then has it said
    again (`Report.read_in`); quotes from the sketch among the values stay as written.
    `catalogue` is "messages" (rubric/messages.toml and the criterion's table) or "locale"
    (assistant/locale)."""

    key: str
    values: dict
    criterion: str | None
    catalogue: str

    def __new__(cls, text: str, key: str, values: dict | None = None, criterion: str | None = None, catalogue: str = "messages") -> "Said":
        self = super().__new__(cls, text)
        self.key, self.values, self.criterion, self.catalogue = key, dict(values or {}), criterion, catalogue
        return self

    def __reduce__(self):  # noqa: ANN204 - kept when a report crosses to or from a worker process
        return (Said, (str(self), self.key, self.values, self.criterion, self.catalogue))


class Decimal1(float):
    """A figure said with one decimal in the reader's language («0,4» in bokmål and nynorsk,
    «0.4» in English): a finding keeps the number, not its text, so a reader of another
    language than the sketch's gets it with their own decimal mark (`shown_value`)."""

    __slots__ = ()

    def __reduce__(self):  # noqa: ANN204
        return (Decimal1, (float(self),))


class Part(str):
    """A part of the sketch named in a finding, by its id («need»): said as the part's name in
    the reader's language («Problem og behov», «Problem and need»; rubric/sections.toml)."""

    __slots__ = ()

    def __reduce__(self):  # noqa: ANN204
        return (Part, (str(self),))


def shown_value(value: object, lang: str) -> object:
    """A finding's value as text in `lang`: a `Decimal1` with the language's decimal mark, a
    `Part` by its name; any other value as it is."""
    if isinstance(value, Decimal1):
        text = f"{float(value):.1f}"
        return text if lang == "en" else text.replace(".", ",")
    if isinstance(value, Part):
        from ..sketch.sections import spec

        found = spec(str(value))
        return found.title.get(lang) if found is not None else str(value)
    return value


def shown_values(values: dict, lang: str) -> dict:
    return {k: shown_value(v, lang) for k, v in values.items()}


class Status(StrEnum):
    """A criterion's verdict."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    NA = "n/a"


_RANK = {Status.NA: 0, Status.PASS: 1, Status.WARN: 2, Status.FAIL: 3}


def worst(statuses: list[Status]) -> Status:
    return max(statuses, key=_RANK.__getitem__, default=Status.NA)


class Level(StrEnum):
    """How serious one finding is."""

    INFO = "info"
    WARN = "warn"
    FAIL = "fail"


class Finding(BaseModel):
    """One observation about the sketch, tied to a criterion and a place."""

    model_config = _INTERNAL

    criterion: str
    level: Level
    message: str
    section: str | None = None  # canonical section id, or the heading when unrecognised
    line: int | None = None  # 1-based line in the file
    suggestion: str | None = None
    quote: str | None = None  # the words in the sketch the finding is about
    start: int | None = None  # character offsets of `quote` in the source
    end: int | None = None


class CriterionResult(BaseModel):
    """The verdict on one criterion and the findings behind it."""

    model_config = _INTERNAL

    id: str
    title: str
    weight: float = 1.0
    status: Status
    findings: list[Finding] = Field(default_factory=list)


class TextStats(BaseModel):
    model_config = _INTERNAL

    words: int
    lix: float
    lix_band: str
    sections_lix: dict[str, float] = Field(default_factory=dict)


class Report(BaseModel):
    """Everything a check found in one sketch."""

    model_config = _INTERNAL

    path: str | None = None
    rubric: str
    language: str
    pages: int | None = None
    page_fraction: float | None = None
    page_limit: int | None = None
    criteria: list[CriterionResult]
    notes: list[str] = Field(default_factory=list)
    stats: TextStats | None = None
    # The parser's notes as keys and values, so `read_in` can say them in another language;
    # `notes` holds them said in the sketch's language (after the file's and the layout's own).
    parse_notes: list[ParseNote] = Field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(c.status is Status.FAIL for c in self.criteria)

    def criterion(self, cid: str) -> CriterionResult | None:
        return next((c for c in self.criteria if c.id == cid), None)

    def statuses(self) -> dict[str, str]:
        return {c.id: c.status.value for c in self.criteria}

    def read_in(self, lang: str, titles: dict[str, str] | None = None, resay: "Callable[[str], str] | None" = None) -> "Report":
        """The report as a reader of `lang` reads it: the parser's notes in `lang`, each
        criterion's title from `titles` (id → title in `lang`, see `rubric.criterion_titles`),
        and, with `resay` (see `engine.report_in`), every finding's message and suggestion and
        every note that remembers how it was said (`Said`) said again in `lang`. The report
        itself is unchanged (checkups are shared); a copy is returned when anything differs."""
        if lang == self.language:
            return self  # judged in this language: titles, notes and findings are in it already
        notes = self.notes
        if self.parse_notes:
            said = {n.text(self.language): n.text(lang) for n in self.parse_notes}
            notes = [said.get(note, note) for note in self.notes]
        if resay is not None:
            notes = [resay(note) for note in notes]
        criteria = []
        for c in self.criteria:
            update: dict = {}
            if titles and titles.get(c.id, c.title) != c.title:
                update["title"] = titles[c.id]
            if resay is not None and any(isinstance(f.message, Said) or isinstance(f.suggestion, Said) for f in c.findings):
                update["findings"] = [
                    f.model_copy(update={"message": resay(f.message), "suggestion": resay(f.suggestion) if f.suggestion is not None else None})
                    for f in c.findings
                ]
            criteria.append(c.model_copy(update=update) if update else c)
        if notes == self.notes and all(a is b for a, b in zip(criteria, self.criteria, strict=True)):
            return self
        return self.model_copy(update={"notes": notes, "criteria": criteria, "language": lang})

    def to_json_dict(self) -> dict:
        """The shape `skisse check --json` prints for one file."""
        return {
            "path": self.path,
            "pages": self.pages,
            # What the text output shows as «!» lines: what a Word file could not carry over, its
            # tracked changes, whose pagination counts, an encoding guessed, … (empty when none).
            "notes": list(self.notes),
            "criteria": [
                {
                    "id": c.id,
                    "status": c.status.value,
                    "findings": [
                        {
                            "level": f.level.value,
                            "message": f.message,
                            "section": f.section,
                            "line": f.line,
                            "suggestion": f.suggestion,
                        }
                        for f in c.findings
                    ],
                }
                for c in self.criteria
            ],
        }
