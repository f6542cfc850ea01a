"""The sketch as typed data: what a parsed skisse holds."""

# No `from __future__ import annotations`: pydantic would evaluate every field annotation of
# this module from its string at import, about a millisecond a module at every start.

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Language(StrEnum):
    """The written standard of a sketch (and of the UI)."""

    NB = "nb"
    NN = "nn"
    EN = "en"


class OrgKind(StrEnum):
    """What kind of body an organisation is; decides eligibility."""

    KOMMUNE = "kommune"
    FYLKESKOMMUNE = "fylkeskommune"
    STATLIG = "statlig-etat"
    HELSEFORETAK = "helseforetak"
    OFFENTLIG = "offentlig"  # other publicly funded bodies (IKS, KF, universities, ...)
    SELSKAP = "selskap"  # AS, ASA, ANS, ENK ...
    FORSKNING = "forskning"
    KLYNGE = "klynge"
    BRUKERORGANISASJON = "brukerorganisasjon"
    PRIVATPERSON = "privatperson"
    UKJENT = "ukjent"

    @property
    def is_public(self) -> bool:
        return self in PUBLIC_KINDS


PUBLIC_KINDS = frozenset(
    {OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE, OrgKind.STATLIG, OrgKind.HELSEFORETAK, OrgKind.OFFENTLIG}
)


class PartnerRole(StrEnum):
    """How a partner takes part, as the partners editor offers it."""

    PUBLIC = "public"
    BUSINESS = "business"
    RESEARCH = "research"
    CLUSTER = "cluster"
    USER_ORGANISATION = "user-organisation"


class Organisation(BaseModel):
    """A body with a name, and if known an organisasjonsnummer and a kind."""

    model_config = ConfigDict(extra="ignore")

    name: str
    orgnr: str | None = None
    kind: OrgKind = OrgKind.UKJENT
    # How the kind was known when it was read from the text: registry, legal-form, name-word,
    # person (a name that looks like a person's), first-person («Jeg heter …») or unknown.
    # Never written to the metadata block.
    basis: str | None = None


class Partner(Organisation):
    """A partner in the sketch, with its role in the project."""

    role: str | None = None


class BudgetCategory(StrEnum):
    """Budget categories; procurement is shown but never counted in the total."""

    DEVELOPMENT = "development"
    PROJECT_MANAGEMENT = "project-management"
    MARKET_DIALOGUE = "market-dialogue"
    TESTING = "testing"
    OTHER = "other"
    PROCUREMENT = "procurement"


class BudgetLine(BaseModel):
    """One row of the budget table."""

    item: str
    category: BudgetCategory = BudgetCategory.OTHER
    amount: int | None = None  # whole kroner
    years: dict[str, int] = {}
    line: int | None = None  # 1-based line in the file
    raw: str = ""

    @property
    def procurement(self) -> bool:
        return self.category is BudgetCategory.PROCUREMENT


class Budget(BaseModel):
    """The budget table as read from the budget section."""

    lines: list[BudgetLine] = []
    stated_total: int | None = None
    total_line: int | None = None
    total_text: str | None = None  # the line that states the total, as written
    table_start: int | None = None  # 1-based first line of the table in the file
    table_end: int | None = None  # 1-based last line of the table
    year_columns: list[str] = []
    unreadable_rows: list[int] = []
    written: str = "table"  # "table", or "text" for a budget read from a list or prose

    @property
    def sum_of_lines(self) -> int:
        """The sum of all lines that carry an amount, procurement included."""
        return sum(line.amount or 0 for line in self.lines)

    @property
    def total_excluding_procurement(self) -> int:
        """What the project costs without buying the finished solution."""
        return sum(line.amount or 0 for line in self.lines if not line.procurement)

    @property
    def procurement_lines(self) -> list[BudgetLine]:
        return [line for line in self.lines if line.procurement]


class Section(BaseModel):
    """A part of the sketch under one heading."""

    key: str | None  # canonical section id from rubric/sections.toml, None if unrecognised
    heading: str
    level: int
    line: int  # 1-based line of the heading in the file
    end_line: int  # 1-based last line of the section
    body: str  # the Markdown under the heading, as written
    body_line: int  # 1-based line where the body starts

    @property
    def text(self) -> str:
        from .text import plain_text

        return plain_text(self.body)


class ParseNote(BaseModel):
    """Something the parser could not read, said plainly in the reader's language.

    The parser knows no reader: a note is a catalogue key (`parse.*`, assistant/locale/parse.toml)
    with the values it names, and `text(lang)` says it in the language of whoever reads it (the
    window's, the command line's `--lang`, the feedback report's). Values are data from the file
    (a name, a kind): the screens and the command line escape them as every such value."""

    line: int | None = None
    code: str
    key: str
    values: dict[str, str] = {}

    def text(self, lang: str = "nb") -> str:
        from ...i18n import t

        message = t(self.key, lang, **self.values)
        if self.values.get("detail") and lang == "en":  # a library's own English words, for English readers and logs
            message = t("parse.detail", lang, message=message, detail=self.values["detail"])
        if self.line and self.values.get("column"):
            return t("parse.at_line_column", lang, message=message, line=self.line, column=self.values["column"])
        return t("parse.at_line", lang, message=message, line=self.line) if self.line else message

    @property
    def message(self) -> str:
        """The note in English (logs, tests); readers get `text(lang)`."""
        return self.text("en")


class Metadata(BaseModel):
    """The metadata block at the top of a sketch."""

    model_config = ConfigDict(extra="allow")

    title: str | None = None
    applicant: Organisation | None = None
    partners: list[Partner] = []
    language: Language = Language.NB
    rubric: str | None = None


class Sketch(BaseModel):
    """A parsed skisse. `source` is the file's exact text; everything else is read from it."""

    source: str
    meta: Metadata
    has_front_matter: bool = False
    front_matter_end: int = 0  # number of lines the metadata block occupies
    title: str | None = None
    applicant: Organisation | None = None
    partners: list[Partner] = []
    preamble: str = ""
    sections: list[Section] = []
    budget: Budget | None = None
    notes: list[ParseNote] = []
    newline: str = "\n"
    # The heading level the parser read as the sections' level; a section added by an edit gets a
    # heading at this level, so adding it never changes how the other headings are read.
    section_level: int = 2
    # The 1-based line of a title written as a paragraph (a bold or plain line above the text, as
    # a word processor leaves it); the PDF shows it in the title block, not again as body text.
    title_line: int | None = None

    @property
    def language(self) -> Language:
        return self.meta.language

    def section(self, key: str) -> Section | None:
        """The first section with this canonical id."""
        for section in self.sections:
            if section.key == key:
                return section
        return None

    def sections_by(self, key: str) -> list[Section]:
        return [s for s in self.sections if s.key == key]

    @property
    def public_bodies(self) -> list[Organisation]:
        """The applicant and every public partner, de-duplicated by name."""
        seen: dict[str, Organisation] = {}
        orgs: list[Organisation] = ([self.applicant] if self.applicant else []) + list(self.partners)
        for org in orgs:
            if org.kind.is_public:
                seen.setdefault(org.name.strip().casefold(), org)
        return list(seen.values())

    def to_markdown(self) -> str:
        """The sketch as Markdown: its source, unchanged."""
        return self.source
