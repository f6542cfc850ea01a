"""The rubric as data: a call's folder `rubric/<call-id>/` (its `rubric.toml`, an optional
`sections.toml` with the call's own section guides, its `prompts/` and its test `fixtures/`),
loaded and validated, errors naming file and key. Adding a call is adding a folder: no code
names a call."""

# No `from __future__ import annotations`: pydantic would evaluate every field annotation of
# this module from its string at import, about a millisecond a module at every start.

from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..data.datafiles import DataFileError, read_validated
from ..data.paths import rubric_dir
from . import sections as sections_module
from .sections import Localised

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


class _Check(BaseModel):
    model_config = _CONFIG


class EligibilityCheck(_Check):
    kind: Literal["eligibility"]


class PageLimitCheck(_Check):
    kind: Literal["page_limit"]
    warn_fraction: float = 0.95  # warn when this share of the limit is used


class SectionCheck(_Check):
    kind: Literal["section"]
    section: str
    fail_below_words: int = 0
    warn_below_words: int = 60
    missing: Literal["fail", "warn"] = "fail"
    need_words: list[str] = []  # patterns that show the text speaks of a need; none found: warn
    solution_words: list[str] = []  # patterns that show it describes a solution instead: warn
    vague_words: list[str] = []  # patterns of talk in general terms; two kinds and no figure: warn
    # Patterns of a line or sentence that argues nothing (a partner named with its role, «Vi er
    # godt egnet.» with no reason): a part made only of such says nothing of its own: warn.
    hollow: list[str] = []
    # A part of one sentence that matches none of these (a figure, an earlier deed, data held, a
    # first or only position, an arrangement shared already) claims without a reason: warn.
    lone_reasons: list[str] = []


class Phrase(BaseModel):
    """A pattern that marks solution-first or technology-first wording."""

    model_config = _CONFIG
    pattern: str  # a regular expression, matched case-insensitively
    weight: int = 1  # an explicit 'we will build X' weighs more than a technology noun


class TechnologyFirstCheck(_Check):
    kind: Literal["technology_first"]
    phrases: list[Phrase]
    lead_sections: list[str] = ["summary", "need"]
    fail_at: int = 2  # this many solution-first phrases in the lead sections fail the criterion
    warn_at: int = 1  # this many warn; fewer are only pointed out
    # A part headed as the solution («Løsningen», «Løsningen vi vil utvikle») counts as much as
    # a plan to build a named technology (patterns matched against the heading, lower-cased).
    solution_headings: list[str] = []
    # A phrase in a sentence that says «not» («vi ber ikke om en app») does not count.
    # A technology named as what exists or is tried elsewhere today («Markedet tilbyr i dag …
    # sensorer», «St. Olavs har hatt førerløse vogner siden 2010») describes the state of things,
    # not the sketch's starting point: such a sentence takes a technology noun out of the count,
    # but not a first-person plan to build or buy it.
    described: list[str] = []
    # …unless the same sentence says what the applicant will do with it («… finnes i dag, og vi
    # vil ta dem i bruk»): then it is a plan again.
    planned: list[str] = []
    # A sentence that specifies what the technology will do («Appen skal vise hvor bussen er, … når
    # barnet ikke skal være med») is a plan: a «not» elsewhere in it does not take the noun out.
    specified: list[str] = []
    negations: list[str] = ["\\bikke\\b", "\\bikkje\\b", "\\bnot\\b", "(?<![.\\w])no\\b", "\\buten\\b", "\\butan\\b", "\\bwithout\\b", "\\bkanskje\\b", "\\bmaybe\\b", "\\bperhaps\\b", "\\bkan være\\b", "\\bkan vere\\b", "\\bcould be\\b", "\\bsammen med (?:leverandør\\w*|næringslivet|markedet|bedrift\\w*)", "\\bsaman med (?:leverandør\\w*|næringslivet|marknaden|bedrift\\w*)", "\\btogether with (?:suppliers|business|the market|companies)", "\\b(?:ingen|inga|nobody|no one|none)\\s+(?:\\w+\\s+)?(?:har|hev|tilbyr|leverer|has|have|offers?)\\b", "\\bkan (?:bli|vere|være) (?:ein|en|ei) del av\\b", "\\b(?:could|may|might) (?:become|be) (?:a )?part of\\b", "\\b(?:opp|op) til (?:partnerskapet|partnarskapet|leverandørene|leverandørane|markedet|marknaden|dialogen)\\b", "\\bup to the (?:partnership|suppliers|market|dialogue)\\b", "\\b(?:nærliggende|nærliggjande|fristende|fristande) å (?:tenke|tenkje) på\\b", "\\b(?:tempting|obvious|natural) to think of\\b"]


class NumbersCheck(_Check):
    kind: Literal["numbers"]
    exclude_sections: list[str] = ["budget"]
    min_figures: int = 3
    sources: list[str] = []
    # Sources that open with a mark, not a word: «(Helse Fonna, 2024)», a footnote «[^1]».
    marked_sources: list[str] = []


class KeywordsCheck(_Check):
    kind: Literal["keywords"]
    patterns: list[str]
    exclude: list[str] = []  # a hit inside a match of one of these does not count
    sections: list[str] = []  # empty: the whole text
    exclude_sections: list[str] = []
    fail_below: int = 0  # fewer distinct hits than this: fail
    warn_below: int = 1  # fewer distinct hits than this: warn
    # A hit that is an amount of at least this many kroner is enough alone (a large budget item).
    large_amount: int = 0
    # In a sketch of fewer words than this, a single hit says little: warn; unless the hit
    # stands under the criterion's own heading in a part of a full sentence, or in a sentence
    # matching one of `aims` («… vil gi ein grønare by»: the sketch states it as its aim).
    thin_text_words: int = 0
    aims: list[str] = []
    # A part whose heading matches one of `heading` («Grønnere og smartere») over a body of a
    # sentence or more (and no `negated` in it) states the aim: it counts as a hit.
    heading: list[str] = []
    # Words found, each standing only in `incidental_sections` (the problem as it is today, the
    # partners, the suppliers) and each time in a sentence matching none of `gains`, are met by
    # chance: warn.
    incidental_sections: list[str] = []
    gains: list[str] = []
    # When every word found is one of `slogan` («grønnere», «smarter», «bærekraftig») and none
    # stands in a paragraph (or, for a heading, a part) saying what changes (`concrete`: less
    # transport, lower emissions, use of resources, time), the aim is a slogan: warn. A slogan word followed in its sentence by one of `explained` («… der etterlevelse skjer
    # automatisk», «… som gir flere ferdige kandidater») is explained there.
    slogan: list[str] = []
    concrete: list[str] = []
    explained: list[str] = []
    # With no hit, one of these (an aim said in other words) makes the verdict warn, not fail.
    soft: list[str] = []
    # A hit whose sentence says its subject is more of today's service («om korleis klinikkane
    # kan utvidast», «about recruiting») does not count; with no other hit, warn quoting it.
    same_service: list[str] = []
    # Words standing in the criterion's own part when that part is one sentence matching none of
    # these (see SectionCheck.lone_reasons) do not count: the sentence only claims.
    lone_reasons: list[str] = []
    # The headings of the sketch's own part on what the criterion asks («Forankring»): when that
    # part says it is only planned (`negated`) and no word found stands in it, nor a strong word
    # (`strong`) in a sentence elsewhere, the verdict warns, quoting the part.
    own_part: list[str] = []
    # With `statements_only`: a sentence whose plan or «not» (`negated`) stands in another clause
    # than the word found, beside a clause that says it is done (`strong`), still states it.
    clauses: bool = False
    # A hit that is an amount below this many kroner does not count (a budget line, not a cost area).
    small_amount: int = 0
    # A sentence matching one of these gives the value of a stock (equipment, buildings), not a
    # yearly cost: its amounts count only from `large_amount`.
    asset_words: list[str] = []
    # A sentence matching one of these gives a cost summed over the partners («samla for dei seks
    # kommunane»): each public body's share is what `small_amount` is held against.
    shared_words: list[str] = []
    # A sketch that sizes its own cost small but says the same cost or task weighs on many bodies
    # («ei stor oppgåve for alle kystkommunane», «most municipalities face the same cost») shows
    # a large budget item all the same.
    scaled: list[str] = []
    # A hit whose sentence matches one of these does not count (the project's own budget in prose).
    drop_sentences: list[str] = []
    # A hit whose whole sentence (a list item or table row counts as one) matches one of these is
    # dropped: the sentence says nothing of what the criterion asks («- Valle kommune – testarena»).
    drop_units: list[str] = []
    # Hits read as statements: a hit standing alone on its line (a heading, a label) does not
    # count; nor one whose sentence matches `negated`, nor one whose sentence matches `weak`
    # unless it also matches `strong` («er orientert» is not «har godkjent»).
    statements_only: bool = False
    negated: list[str] = []
    weak: list[str] = []
    strong: list[str] = []
    # A hit that is one of these general nouns as a whole («board», «council», «styret»,
    # «direktør») counts only in a sentence matching `strong`: «the Norwegian Board of Health
    # Supervision has pointed out» names a body, «the board has approved» anchors.
    said_with: list[str] = []
    # When given, a `said_with` hit counts in a sentence matching one of these instead of
    # `strong`: «bedrifter» counts in «vi vil ha dialog med bedriftene», not in «et tilbud som
    # passer for innbyggere og næringsliv».
    said_with_words: list[str] = []
    # A hit matching one of these (the body's chief executive) in a sentence that says only
    # `weak` or `negated` («Kommunedirektøren er orientert», «ennå ikke lagt fram for rådmannen»)
    # makes the verdict `warn` whatever else is found, unless the same role is said strongly too.
    doubt_roles: list[str] = []
    # When the applicant is not a public body and no hit's sentence matches `public_roles`, the
    # anchoring is the applicant's own: it passes when a sentence names one of `own_roles` (its
    # board, daglig leder, director) with a `strong` word, and warns otherwise.
    public_roles: list[str] = []
    own_roles: list[str] = []
    # With such own anchoring, a sentence beside it that names a public partner (`public_bodies`)
    # and says its leadership is only informed, asked or still to anchor it (`pending`, or the
    # check's `negated` and `weak` words) leaves the public anchoring the call asks for open.
    public_bodies: list[str] = []
    pending: list[str] = []
    settled: list[str] = []  # a partner's leader has approved or signed: not open


class PublicBodiesCheck(_Check):
    kind: Literal["public_bodies"]
    min_bodies: int = 2
    missing: Literal["fail", "warn"] = "warn"


class BudgetPresentCheck(_Check):
    kind: Literal["budget_present"]
    min_lines: int = 2


class BudgetProcurementCheck(_Check):
    kind: Literal["budget_procurement"]
    # Older rubric files list their own words; what a line pays for is now read by meaning
    # (rubric/budget.toml), so these are accepted and not used.
    exclusion_patterns: list[str] = []
    procurement_patterns: list[str] = []
    # A budget of one sum, in a sketch whose solution is already designed and ready to build
    # (these words), may pay for building the finished solution: warn, saying so.
    finished_cues: list[str] = []


class PersonalDataCheck(_Check):
    kind: Literal["personal_data"]


class ReadabilityCheck(_Check):
    kind: Literal["readability"]
    warn_lix: float = 55
    fail_lix: float = 70
    long_sentence_words: int = 30
    max_long_sentences: int = 5
    # Many long sentences make a text hard only when its sentences are long on the whole (this
    # many words on average) or several run past `very_long_words`; a clear text of short
    # sentences holds some long ones, and a reader does not stumble on them.
    heavy_mean_words: float = 20
    very_long_words: int = 45
    max_very_long: int = 2


Check = Annotated[
    EligibilityCheck
    | PageLimitCheck
    | SectionCheck
    | TechnologyFirstCheck
    | NumbersCheck
    | KeywordsCheck
    | PublicBodiesCheck
    | BudgetPresentCheck
    | BudgetProcurementCheck
    | PersonalDataCheck
    | ReadabilityCheck,
    Field(discriminator="kind"),
]


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
        return read_validated(path, lambda data: _validate(path, data), code=(Path(__file__), Path(sections_module.__file__), Path(__file__).with_name("patterns.py")))
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
_PATTERN_FIELDS = ("patterns", "exclude", "need_words", "solution_words", "vague_words", "sources", "exclusion_patterns", "procurement_patterns")


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
