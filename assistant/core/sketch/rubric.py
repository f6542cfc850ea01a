"""The rubric as data: a call's folder `rubric/<call-id>/` (its `rubric.toml`, an optional
`sections.toml` with the call's own section guides, its `prompts/` and its test `fixtures/`),
loaded and validated, errors naming file and key. Adding a call is adding a folder: no code
names a call."""

# No `from __future__ import annotations`: pydantic would evaluate every field annotation of
# this module from its string at import, about a millisecond a module at every start.

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..data.datafiles import DataFileError, read_validated
from ..data.paths import rubric_dir
from . import sections as sections_module
from .sections import Localised
from .rubric_checks import (  # noqa: F401 - the check models are part of this module's interface
    BudgetPresentCheck,
    BudgetProcurementCheck,
    Check,
    EligibilityCheck,
    KeywordsCheck,
    NumbersCheck,
    PageLimitCheck,
    PersonalDataCheck,
    Phrase,
    PublicBodiesCheck,
    ReadabilityCheck,
    SectionCheck,
    TechnologyFirstCheck,
)

DEFAULT_RUBRIC = "innovasjonspartnerskap"


# Schemas are built when a rubric is first validated, not at import: a rubric read through its
# validated copy (see `datafiles.read_validated`) needs none.
_CONFIG = ConfigDict(extra="forbid", defer_build=True)


class RubricError(ValueError):
    """A rubric file is missing or wrong; the message names the file and the key."""

    def text(self, lang: str) -> str:
        """The message in the reader's language (a file's own error is quoted as it is)."""
        return str(self)


class UnknownRubric(RubricError):
    """A rubric id that names no call Skisse knows."""

    def __init__(self, rubric_id: str, known: list[str]) -> None:
        self.rubric_id, self.known = rubric_id, known
        super().__init__(f"unknown rubric '{rubric_id}' (known: {', '.join(known)})")

    def text(self, lang: str) -> str:
        from ...i18n import t

        return t("rubric.unknown", lang, id=self.rubric_id, known=", ".join(self.known))


class Layout(BaseModel):
    """The page layout the rubric prescribes; page counts are taken in this layout."""

    model_config = _CONFIG

    paper: str = "a4"
    font: str = "Libertinus Serif"
    font_size_pt: float = 11
    margin_top_mm: float = 25
    margin_bottom_mm: float = 25
    margin_left_mm: float = 25
    margin_right_mm: float = 25
    leading_em: float = 0.65
    # False: left-aligned, ragged right, words not hyphenated (even word spacing; WCAG 1.4.8
    # asks for text that is not justified). True: justified and hyphenated, as in a book.
    justify: bool = False
    page_limit: int = 5


class Criterion(BaseModel):
    """One thing the evaluators look for, with the checks that judge it."""

    model_config = _CONFIG

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: Localised
    guidance: Localised
    weight: float = Field(default=1.0, ge=0)
    checks: list[Check] = []
    questions: list[Localised] = []
    messages: dict[str, Localised] = {}
    combine: Literal["worst", "best"] = "worst"  # how the checks' verdicts make the criterion's
    # The sections the criterion speaks about; its questions are asked in the first. The one
    # answer the template, the interview and the coach all take.
    sections: list[str] = []


class Rubric(BaseModel):
    """A call's rubric: its criteria, its layout, and its texts."""

    model_config = _CONFIG

    id: str
    title: Localised
    description: Localised
    source: str = ""
    layout: Layout = Layout()
    criteria: list[Criterion]

    # The call's own guide per section id (from its sections.toml), over the shared guides.
    section_guides: dict[str, Localised] = {}

    def criterion(self, cid: str) -> Criterion | None:
        return next((c for c in self.criteria if c.id == cid), None)

    def criteria_about(self, section_id: str) -> list[Criterion]:
        """The criteria that speak about a section, in rubric order (what the coach weighs)."""
        return [c for c in self.criteria if section_id in c.sections]

    def questions_for(self, section_id: str, lang: str) -> list[str]:
        """The questions asked in a section: those of the criteria whose first section it is."""
        out: list[str] = []
        for c in self.criteria:
            if c.sections and c.sections[0] == section_id:
                out += [q.get(lang) for q in c.questions if q.get(lang) not in out]
        return out

    def section_guide(self, section_id: str, lang: str) -> str:
        """The guide to a section: the call's own, or the shared one from rubric/sections.toml."""
        if section_id in self.section_guides:
            return self.section_guides[section_id].get(lang)
        found = sections_module.spec(section_id)
        return found.guide.get(lang) if found else ""


def _load(path: Path) -> Rubric:
    try:
        return read_validated(path, lambda data: _validate(path, data), code=(Path(__file__), Path(__file__).with_name("rubric_checks.py"), Path(sections_module.__file__), Path(__file__).with_name("patterns.py")))
    except OSError as exc:
        raise RubricError(f"{path}: {exc.strerror or exc}") from exc
    except DataFileError as exc:
        raise RubricError(f"{path}: {exc}") from exc


def _validate(path: Path, data: dict) -> Rubric:
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        parts: list[str] = []
        loc = list(first["loc"])
        node = data
        for p in loc:
            # criteria.3 -> criteria[3] (id), so the reader finds the table
            if isinstance(p, int) and isinstance(node, list) and p < len(node):
                node = node[p]
                ident = node.get("id") if isinstance(node, dict) else None
                parts[-1] = f"{parts[-1]}[{ident or p}]"
            else:
                parts.append(str(p))
                node = node.get(p) if isinstance(node, dict) else None
        raise RubricError(f"{path}: {'.'.join(parts)}: {first['msg']}") from exc
    ids = [c.id for c in rubric.criteria]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RubricError(f"{path}: criteria: duplicate id {', '.join(dupes)}")
    known = set(sections_module.section_order())
    for c in rubric.criteria:
        unknown = [s for s in c.sections if s not in known]
        if unknown:
            raise RubricError(f"{path}: criteria[{c.id}].sections: unknown section {', '.join(unknown)} (known: {', '.join(sections_module.section_order())})")
    _check_patterns(path, rubric)
    return rubric


# The fields of a check that hold regular expressions.
_PATTERN_FIELDS = ("patterns", "exclude", "need_words", "solution_words", "solved_words", "vague_words", "general_words", "affected_words", "wrong_words", "scale_words", "sources", "exclusion_patterns", "procurement_patterns")


def _check_patterns(path: Path, rubric: Rubric) -> None:
    """Every pattern compiles and cannot backtrack without end; else the file and key are named."""
    import re

    from .patterns import UnsafePattern, check_pattern

    for crit in rubric.criteria:
        for n, check in enumerate(crit.checks):
            found: list[tuple[str, str]] = []
            for name in _PATTERN_FIELDS:
                found += [(f"{name}[{k}]", p) for k, p in enumerate(getattr(check, name, None) or [])]
            found += [(f"phrases[{k}].pattern", ph.pattern) for k, ph in enumerate(getattr(check, "phrases", None) or [])]
            for key, pattern in found:
                try:
                    check_pattern(pattern)
                except re.error as exc:
                    raise RubricError(f"{path}: criteria[{crit.id}].checks[{n}].{key}: not a valid pattern ({exc})") from exc
                except UnsafePattern as exc:
                    raise RubricError(f"{path}: criteria[{crit.id}].checks[{n}].{key}: {exc}; refused, as it could make a check hang") from exc


CALL_FILE = "rubric.toml"


def _with_call_sections(rubric: Rubric, path: Path) -> Rubric:
    """The rubric with its call folder's section guides (`sections.toml` beside it), if any."""
    override = path.with_name("sections.toml")
    if path.name != CALL_FILE or not override.is_file():
        return rubric
    from ..data.datafiles import read_toml

    try:
        data = read_toml(override)
    except (OSError, DataFileError) as exc:
        raise RubricError(f"{override}: {exc}") from exc
    guides: dict[str, Localised] = {}
    known = set(sections_module.section_order())
    for index, entry in enumerate(data.get("section", [])):
        sid = entry.get("id") if isinstance(entry, dict) else None
        if sid not in known:
            raise RubricError(f"{override}: section[{index}].id: unknown section {sid!r} (known: {', '.join(sections_module.section_order())})")
        try:
            guides[sid] = Localised.model_validate(entry.get("guide"))
        except ValidationError as exc:
            raise RubricError(f"{override}: section[{sid}].guide: {exc.errors()[0]['msg']}") from exc
    return rubric.model_copy(update={"section_guides": guides})


def call_folder(rubric: Rubric) -> Path | None:
    """The folder of the call a rubric belongs to (its prompts and fixtures), if it has one."""
    folder = rubric_dir() / rubric.id
    return folder if (folder / CALL_FILE).is_file() else None


def rubric_files() -> list[Path]:
    """Every call's rubric file: `rubric/<call-id>/rubric.toml`."""
    return sorted(rubric_dir().glob(f"*/{CALL_FILE}"))


@cache
def load_rubric(rubric_id: "str | Path | None" = None) -> Rubric:
    """Load a rubric by id (its call folder's name, or its `id`), or the default one.

    A `str` is only ever an id: a sketch's metadata names its rubric, and a name there never
    reaches a file outside the rubric folder. A `Path` is a rubric file the user gave on the
    command line (`--rubric PATH`, see `rubric_argument`)."""
    if isinstance(rubric_id, Path):
        return _with_call_sections(_load(rubric_id), rubric_id)
    rubric_id = rubric_id or DEFAULT_RUBRIC
    for path in rubric_files():
        if path.parent.name == rubric_id:
            return _with_call_sections(_load(path), path)
    for path in rubric_files():
        rubric = _load(path)
        if rubric.id == rubric_id:
            return _with_call_sections(rubric, path)
    raise UnknownRubric(rubric_id, [p.parent.name for p in rubric_files()])


@cache
def known_rubric_ids() -> frozenset[str]:
    """The names a sketch may give in `rubric:`: each call folder's name and its rubric's `id`."""
    names: set[str] = set()
    for path in rubric_files():
        names.add(path.parent.name)
        try:
            names.add(_load(path).id)
        except RubricError:
            pass
    return frozenset(names)


def sketch_rubric(name: str | None) -> Rubric:
    """The rubric a sketch's metadata names, when it names a known id; else the default one
    (the parser has said so in the sketch's notes, see `document`)."""
    return load_rubric(name if name and name in known_rubric_ids() else DEFAULT_RUBRIC)


def rubric_argument(value: str | None) -> "str | Path | None":
    """`--rubric` as the user typed it: a known id stays an id; anything that names a file
    (a path with a folder, or a `.toml` name) is that file, taken as given."""
    if not value or value in known_rubric_ids():
        return value
    candidate = Path(value).expanduser()
    if candidate.suffix == ".toml" or len(candidate.parts) > 1:
        return candidate.resolve()
    return value


def list_rubrics() -> list[Rubric]:
    return [_with_call_sections(_load(p), p) for p in rubric_files()]


def criterion_titles(rubric: "Rubric | str | Path | None", lang: str) -> dict[str, str]:
    """Each criterion's title in `lang`, by id: for showing a report in the reader's language
    (`Report.read_in`). A rubric that cannot be read gives no titles (the report keeps its own)."""
    try:
        found = rubric if isinstance(rubric, Rubric) else load_rubric(rubric)
    except RubricError:
        return {}
    return {c.id: c.title.get(lang) for c in found.criteria}
