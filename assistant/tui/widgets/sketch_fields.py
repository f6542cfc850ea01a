"""The fields every sketch's form asks for: title, applicant, org number, kind, language, rubric.

One widget for the new-sketch form and the form after a Word import: the fields, their labels
and options in the window's language, the org number checked as it is typed (python-stdnum,
through `OrgnrInput`), the kind guessed from the applicant's name, and the check before saving.
The screens add what is theirs (a file name; the partners found in a Word file) around it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select, Static

from ...core.sketch.model import Language, Organisation, OrgKind
from ...core.sketch.orgs import infer_kind, normalise_orgnr
from ...core.sketch.rubric import DEFAULT_RUBRIC
from ...i18n import t
from ..keys import UiLanguage
from .orgnr_input import OrgnrInput

APPLICANT_KINDS = [OrgKind.KOMMUNE, OrgKind.FYLKESKOMMUNE, OrgKind.STATLIG, OrgKind.HELSEFORETAK, OrgKind.OFFENTLIG]
FIELDS = ("title", "applicant", "orgnr", "kind", "language", "rubric")
LANGUAGES = ("nb", "nn", "en")
ORGNR_EXAMPLE = "964 338 531"
TITLE_MAX = 150  # characters: a title of two lines at most on the PDF's first page


class SketchFields(UiLanguage, Vertical):
    """The six fields with their labels; `problems()` says what stops a save, `values()` what to save.

    `kind_blank`: the kind may be left unchosen (shown as a prompt, asked for before a save) and a
    kind guessed from the applicant's name fills only an unchosen one; otherwise a kind is always
    chosen and the guess follows the name as it is typed. `marks` maps a field to the text key that
    wraps its label (such as «(missing)»), shown in the window's language.
    """

    DEFAULT_CSS = """
    /* The space above the first label is the widget's own, so it joins (not adds to) the margin
       of what stands above it, as if the fields stood in the form itself. */
    SketchFields { height: auto; margin-top: 1; }
    SketchFields Label { margin-top: 1; }
    SketchFields > Label:first-child { margin-top: 0; }
    SketchFields Input, SketchFields Select { margin-right: 1; }
    SketchFields .row { height: auto; }
    SketchFields .cell { height: auto; width: 1fr; margin-right: 1; }
    SketchFields .cell.wide { width: 2fr; }  /* the rubric's title is the long one */
    /* A chosen value on one line, cut with an ellipsis, never broken inside a word at 80×24. */
    SketchFields SelectCurrent Static#label { text-wrap: nowrap; text-overflow: ellipsis; }
    SketchFields #orgnr-status { height: 1; }
    """

    def __init__(
        self,
        *,
        title: str = "",
        applicant: str = "",
        orgnr: str = "",
        kind: OrgKind | None = OrgKind.KOMMUNE,
        language: str = "nb",
        rubric: str = DEFAULT_RUBRIC,
        kind_blank: bool = False,
        marks: dict[str, str] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self._initial = {"title": title, "applicant": applicant, "orgnr": orgnr}
        self._kind = kind.value if kind in APPLICANT_KINDS else None
        self._language = language if language in LANGUAGES else "nb"
        self._rubric = rubric
        self.kind_blank = kind_blank
        self.marks = dict(marks or {})

    # ------------------------------------------------------------------ texts

    def label_text(self, key: str) -> str:
        mark = self.marks.get(key)
        if mark is None:
            return self.tr(f"tui.new.{key}")
        return self.tr(mark, label=t(f"tui.new.{key}", self.lang))  # our own text, passed as a value: escaped once

    def _kind_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"tui.kind.{k.value}"), k.value) for k in APPLICANT_KINDS]

    def _language_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"tui.language.{code}"), code) for code in LANGUAGES]

    def _rubric_options(self) -> list[tuple[str, str]]:
        rubrics = self.app.services.list_rubrics()  # type: ignore[attr-defined]
        return [(r.title.get(self.lang), r.id) for r in rubrics] or [(DEFAULT_RUBRIC, DEFAULT_RUBRIC)]

    def _options(self) -> dict[str, list[tuple[str, str]]]:
        return {"kind": self._kind_options(), "language": self._language_options(), "rubric": self._rubric_options()}

    # ------------------------------------------------------------------ the fields

    def compose(self) -> ComposeResult:
        options = self._options()
        rubric_ids = [o[1] for o in options["rubric"]]
        rubric = self._rubric if self._rubric in rubric_ids else DEFAULT_RUBRIC
        chosen = {"kind": self._kind, "language": self._language, "rubric": rubric if rubric in rubric_ids else None}
        yield Label(self.label_text("title"), id="l-title")
        yield Input(self._initial["title"], placeholder=self.tr("tui.new.title_placeholder"), id="title", compact=True)
        yield Label(self.label_text("applicant"), id="l-applicant")
        yield Input(self._initial["applicant"], placeholder=self.tr("tui.new.applicant_placeholder"), id="applicant", compact=True)
        yield Label(self.label_text("orgnr"), id="l-orgnr")
        yield OrgnrInput(self._initial["orgnr"], placeholder=ORGNR_EXAMPLE, id="orgnr", compact=True)
        yield Static(id="orgnr-status", classes="hint")
        with Horizontal(classes="row"):
            for key in ("kind", "language", "rubric"):
                with Vertical(classes="cell wide" if key == "rubric" else "cell"):
                    yield Label(self.label_text(key), id=f"l-{key}")
                    blank = key == "kind" and self.kind_blank
                    value = chosen[key] if chosen[key] is not None else Select.NULL
                    prompt = self.tr("tui.import.choose_kind") if blank else "Select"
                    yield Select(options[key], prompt=prompt, allow_blank=blank, value=value, id=key, compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self._show_orgnr()

    def relabel(self) -> None:
        """Every text in the window's language now; what is chosen stays chosen."""
        for key in FIELDS:
            self.query_one(f"#l-{key}", Label).update(self.label_text(key))
        self.query_one("#title", Input).placeholder = self.tr("tui.new.title_placeholder")
        self.query_one("#applicant", Input).placeholder = self.tr("tui.new.applicant_placeholder")
        for key, options in self._options().items():
            select = self.query_one(f"#{key}", Select)
            value = select.value
            select.set_options(options)  # the options' names in the language now chosen
            ids = [o[1] for o in options]
            if value in ids:
                select.value = value
            elif key == "rubric" and DEFAULT_RUBRIC in ids:
                select.value = DEFAULT_RUBRIC
        if self.kind_blank:
            self.query_one("#kind", Select).prompt = self.tr("tui.import.choose_kind")
        self._show_orgnr()

    # ------------------------------------------------------------------ as it is typed

    @on(Input.Changed, "#orgnr")
    def _show_orgnr(self) -> None:
        field = self.query_one("#orgnr", OrgnrInput)
        status = self.query_one("#orgnr-status", Static)
        problem = field.problem
        if problem is None:
            status.update(self.tr("tui.orgnr.ok") if field.value.strip() else self.tr("tui.orgnr.optional"))
        else:
            status.update(self.tr(f"tui.orgnr.{problem}"))
        status.set_class(problem is not None, "error")

    @on(Input.Changed, "#applicant")
    def _guess_kind(self, event: Input.Changed) -> None:
        kind = infer_kind(event.value)
        select = self.query_one("#kind", Select)
        if kind in APPLICANT_KINDS and (select.is_blank() or not self.kind_blank):
            select.value = kind.value

    # ------------------------------------------------------------------ before a save

    def problems(self) -> list[str]:
        """What stops a save, one sentence each, in the order of the fields; empty when all is well."""
        problems = []
        name = self.query_one("#applicant", Input).value.strip()
        title = self.query_one("#title", Input).value.strip()
        if not title:
            problems.append(self.tr("tui.new.need_title"))
        elif len(title) > TITLE_MAX:  # 5 000 characters filled 3,4 pages of the PDF
            problems.append(self.tr("tui.new.title_too_long", n=len(title), max=TITLE_MAX))
        if not name:
            problems.append(self.tr("tui.new.need_applicant"))
        problem = self.query_one("#orgnr", OrgnrInput).problem
        if problem is not None:
            problems.append(self.tr(f"tui.orgnr.{problem}"))
        if name and self.query_one("#kind", Select).is_blank():
            problems.append(self.tr("tui.import.need_kind"))
        return problems

    def values(self) -> dict[str, object]:
        """The metadata as filled in (title, applicant, language, rubric); call when `problems()` is empty."""
        return {
            "title": self.query_one("#title", Input).value.strip(),
            "applicant": Organisation(
                name=self.query_one("#applicant", Input).value.strip(),
                orgnr=normalise_orgnr(self.query_one("#orgnr", OrgnrInput).value),
                kind=OrgKind(str(self.query_one("#kind", Select).value)),
            ),
            "language": Language(str(self.query_one("#language", Select).value)),
            "rubric": str(self.query_one("#rubric", Select).value),
        }


__all__ = ["APPLICANT_KINDS", "FIELDS", "SketchFields"]
